package corpus

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// doc is what a test expects of one document: its id, its text, and a
// fragment of its error message ("" when it has none).
type doc struct {
	id, text, err string
}

// readAll reads every document of r, failing the test on a stream error.
func readAll(t *testing.T, r *Reader) []doc {
	t.Helper()
	var got []doc
	for {
		d, err := r.Next()
		if err == io.EOF {
			return got
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		g := doc{id: d.ID, text: d.Text}
		if d.Err != nil {
			g.err = d.Err.Error()
			if d.Text != "" {
				t.Errorf("%s: error document has text %q", d.ID, d.Text)
			}
		}
		got = append(got, g)
	}
}

func TestReader(t *testing.T) {
	tests := []struct {
		name string
		args []string
		opt  Options
		want []doc
	}{{
		name: "text file named directly",
		args: []string{"testdata/tree/a.txt"},
		want: []doc{{id: "testdata/tree/a.txt", text: "Alpha text.\n"}},
	}, {
		name: "directory walked in order, ids relative to it",
		args: []string{"testdata/tree"},
		want: []doc{
			{id: "a.txt", text: "Alpha text.\n"},
			{id: "sub/b.txt", text: "“Bonjour”, dit-il."},
			{id: "sub/deeper/c.txt.gz", text: "Deep text in gzip.\n"},
			{id: "z1", text: "first"},
			{id: "z2", text: "second"},
		},
	}, {
		name: "arguments read in the order given",
		args: []string{"testdata/tree/sub/z.jsonl", "testdata/tree/sub"},
		want: []doc{
			{id: "z1", text: "first"},
			{id: "z2", text: "second"},
			{id: "b.txt", text: "“Bonjour”, dit-il."},
			{id: "deeper/c.txt.gz", text: "Deep text in gzip.\n"},
			{id: "z1", text: "first"},
			{id: "z2", text: "second"},
		},
	}, {
		name: "jsonl with bad lines",
		args: []string{"testdata/mixed.jsonl"},
		want: []doc{
			{id: "ok", text: `He said "hi".`},
			{id: "testdata/mixed.jsonl:2", err: "testdata/mixed.jsonl:2: invalid JSON"},
			{id: "notext", err: `testdata/mixed.jsonl:3: no "text" field`},
			{id: "empty", text: ""},
			// Line 5 is blank.
			{id: "testdata/mixed.jsonl:6", err: `"id" is not a string`},
			{id: "nulltext", err: `"text" is not a string`},
			{id: "testdata/mixed.jsonl:8", err: `no "id" field`},
			{id: "testdata/mixed.jsonl:9", err: "not a JSON object but a JSON array"},
			{id: "testdata/mixed.jsonl:10", err: `empty "id"`},
			{id: "last", text: "no newline at the end"},
		},
	}, {
		name: "custom field names",
		args: []string{"testdata/custom.jsonl"},
		opt:  Options{IDField: "doc_id", TextField: "body"},
		want: []doc{
			{id: "c1", text: "custom one"},
			{id: "testdata/custom.jsonl:2", err: `no "doc_id" field`},
		},
	}, {
		name: "gzip jsonl",
		args: []string{"testdata/good.jsonl.gz"},
		want: []doc{{id: "g1", text: "gz one"}, {id: "g2", text: "gz two"}},
	}, {
		name: "corrupt gzip becomes an error document and the stream goes on",
		args: []string{"testdata/badcrc.jsonl.gz", "testdata/truncated.txt.gz", "testdata/notgzip.jsonl.gz", "testdata/tree/a.txt"},
		want: []doc{
			{id: "k1", text: "one"},
			{id: "k2", text: "two"},
			{id: "testdata/badcrc.jsonl.gz", err: "line 3: gzip: invalid checksum: the file is damaged"},
			{id: "testdata/truncated.txt.gz", err: "read testdata/truncated.txt.gz: gzip: unexpected EOF: the file is cut short"},
			{id: "testdata/notgzip.jsonl.gz", err: "gzip: invalid header: not a gzip file, or damaged"},
			{id: "testdata/tree/a.txt", text: "Alpha text.\n"},
		},
	}, {
		name: "invalid UTF-8 replaced",
		args: []string{"testdata/invalid-utf8.txt"},
		want: []doc{{id: "testdata/invalid-utf8.txt", text: "café \uFFFD\uFFFD ok"}},
	}, {
		name: "too long",
		args: []string{"testdata/tree/a.txt", "testdata/tree/sub/z.jsonl"},
		opt:  Options{MaxDocumentBytes: 11},
		want: []doc{
			{id: "testdata/tree/a.txt", err: "longer than 11 bytes"},
			{id: "testdata/tree/sub/z.jsonl:1", err: "line longer than 11 bytes"},
			{id: "testdata/tree/sub/z.jsonl:3", err: "line longer than 11 bytes"},
		},
	}, {
		name: "stdin",
		args: []string{"-"},
		opt:  Options{Stdin: strings.NewReader("{\"id\":\"s1\",\"text\":\"in\"}\r\n\r\n{oops\n")},
		want: []doc{{id: "s1", text: "in"}, {id: "-:3", err: "-:3: invalid JSON"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(tt.args, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			got := readAll(t, r)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d documents, want %d:\n got %q\nwant %q", len(got), len(tt.want), got, tt.want)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.id != w.id || g.text != w.text || (w.err == "") != (g.err == "") || !strings.Contains(g.err, w.err) {
					t.Errorf("document %d = %q, want %q", i, g, w)
				}
			}
			if r.BytesRead() == 0 {
				t.Errorf("BytesRead = 0")
			}
			if _, err := r.Next(); err != io.EOF {
				t.Errorf("Next after the end = %v, want io.EOF", err)
			}
		})
	}
}

func TestOpenFailsUpFront(t *testing.T) {
	_, err := Open([]string{"testdata/tree/a.txt", "testdata/missing.txt"}, Options{})
	if err == nil || err.Error() != "open testdata/missing.txt: no such file or directory" {
		t.Errorf("Open(missing) = %v", err)
	}
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open(missing) = %v, want os.ErrNotExist", err)
	}
	if os.Getuid() == 0 {
		t.Skip("root can read unreadable files")
	}
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte("x"), 0o200); err != nil {
		t.Fatal(err)
	}
	if _, err := Open([]string{dir}, Options{}); !errors.Is(err, os.ErrPermission) {
		t.Errorf("Open(dir with unreadable file) = %v, want os.ErrPermission", err)
	}
}

func TestStdinFailureStopsTheStream(t *testing.T) {
	boom := errors.New("boom")
	r, err := Open([]string{"-", "testdata/tree/a.txt"}, Options{
		Stdin: io.MultiReader(strings.NewReader("{\"id\":\"a\",\"text\":\"\"}\n"), errReader{boom}),
	})
	if err != nil {
		t.Fatal(err)
	}
	if d, err := r.Next(); err != nil || d.ID != "a" {
		t.Fatalf("Next = %v, %v", d, err)
	}
	for range 2 { // the error sticks
		if _, err := r.Next(); !errors.Is(err, boom) {
			t.Fatalf("Next = %v, want %v", err, boom)
		}
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

func TestLongLine(t *testing.T) {
	// Longer than bufio's buffer and bufio.Scanner's default limit.
	long := strings.Repeat("é", 100_000)
	in := `{"id":"long","text":"` + long + "\"}\n" + `{"id":"next","text":"x"}`
	r, err := Open([]string{"-"}, Options{Stdin: strings.NewReader(in)})
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, r)
	if len(got) != 2 || got[0].text != long || got[1].id != "next" {
		t.Errorf("got %d documents, first id %q", len(got), got[0].id)
	}
	if r.BytesRead() != int64(len(in)) {
		t.Errorf("BytesRead = %d, want %d", r.BytesRead(), len(in))
	}
}

func FuzzReadJSONL(f *testing.F) {
	for _, name := range []string{"testdata/mixed.jsonl", "testdata/custom.jsonl", "testdata/tree/sub/z.jsonl"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("\n \n\t\r\n"))
	f.Add([]byte(`{"id":"a","text":"\ud800 \xff"}`))
	f.Add([]byte("\xEF\xBB\xBF{\"id\":\"bom\",\"text\":\"x\"}\r{\"id\":\"cr\",\"text\":\"y\"}\r\n"))
	f.Add([]byte("\xFF\xFE{\x00\"\x00i\x00d\x00\"\x00:\x00\"\x00a\x00\"\x00}\x00\n\x00"))
	f.Add([]byte("\xFF\xFE\xFF\xFE\n\x00"))
	f.Add([]byte("{\"id\":\"nul\",\"text\":\"a\x00b\"}\n[1]\nnull\n\"s\"\n{\"id\":1}"))
	f.Fuzz(func(t *testing.T, in []byte) {
		// A small limit exercises the discarding of long lines.
		r, err := Open([]string{"-"}, Options{Stdin: bytes.NewReader(in), MaxDocumentBytes: 40})
		if err != nil {
			t.Fatal(err)
		}
		want := jsonlRecords(in)
		n := 0
		for {
			d, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			n++
			if d.ID == "" || !utf8.ValidString(d.ID) || !utf8.ValidString(d.Text) {
				t.Errorf("document %d: id %q, text %q", n, d.ID, d.Text)
			}
			if d.Err != nil && (d.Text != "" || d.Err.Error() == "") {
				t.Errorf("document %d: error %q with text %q", n, d.Err, d.Text)
			}
		}
		if n != want {
			t.Errorf("%d documents from %d non-blank lines", n, want)
		}
		if r.BytesRead() != int64(len(in)) {
			t.Errorf("BytesRead = %d of %d", r.BytesRead(), len(in))
		}
	})
}

// jsonlRecords counts the records of a JSONL input the plain way: decoded
// from UTF-16 when it starts with a UTF-16 byte-order mark, lines ended by
// "\n", "\r\n" or a lone "\r", blank lines skipped.
func jsonlRecords(in []byte) int {
	if dec := utf16Decoder(in); dec != nil {
		in, _, _ = transform.Bytes(dec, in)
	} else {
		in = bytes.TrimPrefix(in, []byte("\xEF\xBB\xBF"))
	}
	in = bytes.ReplaceAll(in, []byte("\r\n"), []byte("\n"))
	in = bytes.ReplaceAll(in, []byte("\r"), []byte("\n"))
	n := 0
	for line := range bytes.Lines(in) {
		if !isJSONSpace(line) {
			n++
		}
	}
	return n
}
