package corpus

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
)

// Bad input of every kind the reader meets: each yields documents, one per
// record, or an error document whose message says what is wrong, and never
// stops the stream.

func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeFiles(t testing.TB, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, b := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestHostileFiles(t *testing.T) {
	good := []byte(`{"id":"g1","text":"one"}` + "\n" + `{"id":"g2","text":"two"}` + "\n")
	zgood := gz(t, good)
	dir := writeFiles(t, map[string][]byte{
		"01-empty.txt":              {},
		"02-empty.jsonl":            {},
		"03-blank.jsonl":            []byte("\n \r\n\t\n"),
		"04-bom.txt":                []byte("\xEF\xBB\xBF\"Hi,\" she said."),
		"05-binary.txt":             {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0},
		"06-latin1.txt":             []byte("\"Caf\xe9 cr\xe8me,\" dit-il."),
		"07-empty.jsonl.gz":         {},
		"08-truncated.jsonl.gz":     zgood[:len(zgood)-12],
		"09-garbage-after.jsonl.gz": append(bytes.Clone(zgood), "trailing garbage"...),
		"10-two-members.jsonl.gz":   append(bytes.Clone(zgood), gz(t, []byte(`{"id":"g3","text":"three"}`))...),
		"11-flipped.jsonl.gz":       func() []byte { b := bytes.Clone(zgood); b[len(b)/2] ^= 0xff; return b }(),
		"12-plain-named.txt.gz":     []byte("not compressed at all"),
		"13-bad.jsonl": []byte(strings.Join([]string{
			`{"id":"dup","text":"first"}`,
			`{"id":"dup","text":"second"}`,
			`{"id":7,"text":"numeric id"}`,
			`{"id":null,"text":"null id"}`,
			`{"id":"obj","text":{"nested":"text"}}`,
			`{"id":"arr","text":["a"]}`,
			`["not","an","object"]`,
			`"a string"`,
			`null`,
			`{"id":"two","text":"objects"} {"id":"on","text":"one line"}`,
			`{"id":"trunc","text":"cut`,
			`{"id":"x","id":"y","text":"last key wins"}`,
			strings.Repeat("[", 20000) + strings.Repeat("]", 20000),
			`{"id":"ctl","text":"raw	tab"}`,
			`{"id":"` + strings.Repeat("i", 1000) + `","text":"long id"}`,
		}, "\n")),
	})
	r, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	want := []doc{
		{id: "01-empty.txt", text: ""},
		// 02-empty.jsonl and 03-blank.jsonl hold no document.
		{id: "04-bom.txt", text: "\"Hi,\" she said."},
		{id: "05-binary.txt", err: "05-binary.txt: not a text file: NUL byte at byte 7"},
		{id: "06-latin1.txt", text: "\"Caf\uFFFD cr\uFFFDme,\" dit-il."},
		{id: "07-empty.jsonl.gz", err: "07-empty.jsonl.gz: gzip: unexpected EOF: the file is cut short"},
		// What a cut-short stream held before the cut may be lost with it.
		{id: "g1", text: "one"},
		{id: "08-truncated.jsonl.gz", err: "08-truncated.jsonl.gz: line 2: gzip: unexpected EOF: the file is cut short"},
		{id: "g1", text: "one"},
		{id: "g2", text: "two"},
		{id: "09-garbage-after.jsonl.gz", err: "09-garbage-after.jsonl.gz: line 3: gzip: invalid header: not a gzip file, or damaged"},
		{id: "g1", text: "one"},
		{id: "g2", text: "two"},
		{id: "g3", text: "three"},
		// A damaged stream yields what it yields, then says it is damaged.
		{id: "11-flipped.jsonl.gz:1", err: "11-flipped.jsonl.gz:1: invalid JSON: unexpected end of JSON input"},
		{id: "g2", text: "two"},
		{id: "11-flipped.jsonl.gz", err: "11-flipped.jsonl.gz: line 3: gzip: invalid checksum: the file is damaged"},
		{id: "12-plain-named.txt.gz", err: "12-plain-named.txt.gz: gzip: invalid header: not a gzip file, or damaged"},
		{id: "dup", text: "first"},
		{id: "dup", text: "second"},
		{id: "13-bad.jsonl:3", err: `13-bad.jsonl:3: "id" is not a string`},
		{id: "13-bad.jsonl:4", err: `13-bad.jsonl:4: "id" is not a string`},
		{id: "obj", err: `13-bad.jsonl:5: "text" is not a string`},
		{id: "arr", err: `13-bad.jsonl:6: "text" is not a string`},
		{id: "13-bad.jsonl:7", err: "13-bad.jsonl:7: not a JSON object but a JSON array"},
		{id: "13-bad.jsonl:8", err: "13-bad.jsonl:8: not a JSON object but a JSON string"},
		{id: "13-bad.jsonl:9", err: "13-bad.jsonl:9: not a JSON object but null"},
		{id: "13-bad.jsonl:10", err: "13-bad.jsonl:10: invalid JSON: invalid character '{' after top-level value"},
		{id: "13-bad.jsonl:11", err: "13-bad.jsonl:11: invalid JSON: unexpected end of JSON input"},
		{id: "y", text: "last key wins"},
		{id: "13-bad.jsonl:13", err: "13-bad.jsonl:13: invalid JSON: invalid character '[' exceeded max depth"},
		{id: "13-bad.jsonl:14", err: "13-bad.jsonl:14: invalid JSON: invalid character '\\t' in string literal"},
		{id: strings.Repeat("i", 1000), text: "long id"},
	}
	got := readAll(t, r)
	for i := range max(len(got), len(want)) {
		var g, w doc
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g.id != w.id || g.text != w.text || (w.err == "") != (g.err == "") || !strings.Contains(g.err, w.err) {
			t.Errorf("document %d = %q,\n                       want %q", i, g, w)
		}
	}
}

// TestBigInputs reads a 10 MB line without a newline, as JSONL and as a text
// file, and a million tiny documents (100,000 under the race detector),
// checking that memory stays bounded.
func TestBigInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("big inputs")
	}
	text := strings.Repeat(`"Quote," he said. `, 10<<20/18)
	line := fmt.Sprintf(`{"id":"long","text":%q}`, text) // no newline at the end
	var many bytes.Buffer
	n := 1_000_000
	if raceEnabled {
		n = 100_000
	}
	for i := range n {
		fmt.Fprintf(&many, "{\"id\":\"d%d\",\"text\":\"x\"}\n", i)
	}
	dir := writeFiles(t, map[string][]byte{
		"a-long.jsonl":    []byte(line),
		"b-long.txt":      []byte(text),
		"c-many.jsonl.gz": gz(t, many.Bytes()),
		"d-after.txt":     []byte("after"),
	})
	r, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var peak uint64
	count := 0
	for {
		d, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case count == 0 && (d.ID != "long" || d.Text != text):
			t.Errorf("document 0: id %q, %d bytes of text", d.ID, len(d.Text))
		case count == 1 && (d.ID != "b-long.txt" || d.Text != text):
			t.Errorf("document 1: id %q, %d bytes of text", d.ID, len(d.Text))
		case count >= 2 && count < n+2 && (d.ID != fmt.Sprintf("d%d", count-2) || d.Text != "x" || d.Err != nil):
			t.Fatalf("document %d = %+v", count, d)
		case count == n+2 && d.ID != "d-after.txt":
			t.Errorf("last document %q", d.ID)
		}
		count++
		if count%100_000 == 0 {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	if count != n+3 {
		t.Errorf("%d documents, want %d", count, n+3)
	}
	// The input files are held in memory by the test (about 60 MB); the
	// reader must not add more than a few documents' worth to them.
	if peak > 300<<20 {
		t.Errorf("heap in use reached %d MB while reading tiny documents", peak>>20)
	}
}

// TestHugeDocument reads a 100 MB text file and a 100 MB JSONL record; the
// limit on a document, 256 MB, is well above. Set SAIDWHO_HUGE=1 to run it:
// it needs a few seconds and a few hundred MB.
func TestHugeDocument(t *testing.T) {
	if os.Getenv("SAIDWHO_HUGE") == "" {
		t.Skip("set SAIDWHO_HUGE=1 to read 100 MB documents")
	}
	text := strings.Repeat("“Quote,” she said. 他说「你好」。 ", 100<<20/48)
	dir := writeFiles(t, map[string][]byte{
		"a.txt":   []byte(text),
		"b.jsonl": fmt.Appendf(nil, "{\"id\":\"b\",\"text\":%q}\n", text),
	})
	r, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	if len(got) != 2 || got[0].text != text || got[1].text != text {
		t.Errorf("got %d documents", len(got))
	}
	// Past the limit: an error document, not an exhausted memory.
	r, err = Open([]string{dir}, Options{MaxDocumentBytes: 50 << 20})
	if err != nil {
		t.Fatal(err)
	}
	got = readAll(t, r)
	if len(got) != 2 || !strings.Contains(got[0].err, "longer than 52428800 bytes") || !strings.Contains(got[1].err, "line longer than 52428800 bytes") {
		t.Errorf("got %.200q", got)
	}
}
