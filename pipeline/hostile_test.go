package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/klauspost/compress/gzip"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/pipeline"
)

// The tests here run the real extractor over hostile corpora, as saidwho
// extract does, and check that nothing is lost: one prediction per input
// document, in order, whatever the documents hold, and offsets that are
// code points into the document's text.

var (
	extractorOnce sync.Once
	extractorVal  *extract.Extractor
	extractorErr  error
)

func extractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	extractorOnce.Do(func() { extractorVal, extractorErr = extract.New(extract.Options{}) })
	if extractorErr != nil {
		tb.Fatal(extractorErr)
	}
	return extractorVal
}

// expected is what a test expects of one output line.
type expected struct {
	id     string
	failed bool // an "error" and no quotes
}

// hostileCorpus writes a directory mixing good and bad documents of every
// kind and returns it with the lines a run over it must write, in order.
func hostileCorpus(t *testing.T) (string, []expected) {
	t.Helper()
	gz := func(b string) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(b))
		zw.Close()
		return buf.Bytes()
	}
	utf16 := func(s string) []byte {
		b, _, err := transform.Bytes(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	long := 1 << 20
	if raceEnabled {
		long = 256 << 10
	}
	news := `“We will not give up,” said the minister, Ann Lee. Her deputy said that the plan would fail. According to the police, nobody was hurt. `
	marks := strings.Repeat(`He said " hi. “a ‘b « c » ” 'd' “nested “deeper” still” ''two'' `+"``latex'' ", 40)
	records := []struct {
		line string
		want expected
	}{
		{`{"id": "good", "text": "\"We will win,\" Smith said."}`, expected{"good", false}},
		{`{"id": "broken", "text": `, expected{"a.jsonl:2", true}},
		{`{"id": "notext"}`, expected{"notext", true}},
		{`{"id": "number", "text": 42}`, expected{"number", true}},
		{`{"id": 7, "text": "numeric id"}`, expected{"a.jsonl:5", true}},
		{`{"id": "empty", "text": ""}`, expected{"empty", false}},
		{`{"id": "dup", "text": "“First,” she said."}`, expected{"dup", false}},
		{`{"id": "dup", "text": "“Second,” she said."}`, expected{"dup", false}},
		{`{"id": "nul", "text": "\"Zero\u0000byte,\" he said.\u0000"}`, expected{"nul", false}},
		{"{\"id\": \"badutf8\", \"text\": \"\\\"Caf\xe9 \xff\xfe,\\\" he said.\"}", expected{"badutf8", false}},
		{`{"id": "rtl", "text": "\u202bقال الوزير: «لن نستسلم».\u202c He said: \"שלום עולם,\" in Hebrew."}`, expected{"rtl", false}},
		{`{"id": "cjk", "text": "钱晓千说：“互联网不是零和游戏”。他说「你好」。『引用』"}`, expected{"cjk", false}},
		{`{"id": "emoji", "text": "“👩‍👩‍👧‍👦 are 🇫🇷 fine 😀,” said Zoë. \"👍🏽\" she added."}`, expected{"emoji", false}},
		{`{"id": "combining", "text": "\"Cafe\u0301 e\u0301\u0301\u0301 n\u0303,\" said Jose\u0301 Nun\u0303ez. A\u030a\u0328\u0301"}`, expected{"combining", false}},
		{`{"id": "crlf", "text": "\"One,\" he said.\r\n\r\n\"Two,\r\nthree,\" she said.\r\n"}`, expected{"crlf", false}},
		{`{"id": "lonecr", "text": "\"One,\" he said.\r\r\"Two,\rthree,\" she said.\r"}`, expected{"lonecr", false}},
		{`{"id": "marks", "text": ` + fmt.Sprintf("%q", marks) + `}`, expected{"marks", false}},
		{`{"id": "unbalanced", "text": ` + fmt.Sprintf("%q", strings.Repeat(`“open `, 300)+strings.Repeat(`close” `, 200)+strings.Repeat(`" `, 201)) + `}`, expected{"unbalanced", false}},
		{`{"id": "long", "text": ` + fmt.Sprintf("%q", strings.Repeat(news, long/len(news))) + `}`, expected{"long", false}},
		{`{"id": "nolines", "text": ` + fmt.Sprintf("%q", strings.Repeat("word ", long/5)) + `}`, expected{"nolines", false}},
	}
	var jsonl strings.Builder
	var want []expected
	for _, r := range records {
		jsonl.WriteString(r.line + "\n")
		want = append(want, r.want)
	}
	dir := t.TempDir()
	files := map[string][]byte{
		"a.jsonl":      []byte(jsonl.String()),
		"b-bom.txt":    []byte("\xEF\xBB\xBF“Hello,” she said."),
		"c-utf16.txt":  utf16("“Ça va,” dit-il. 他说「你好」。"),
		"d-binary.txt": {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0xff, 0xfe},
		"e-empty.txt":  {},
		"f-cut.jsonl.gz": func() []byte {
			b := gz(`{"id":"g1","text":"\"In,\" he said."}` + "\n" + `{"id":"g2","text":"two"}` + "\n")
			return b[:len(b)-4]
		}(),
		"g-cr.jsonl":   []byte(`{"id":"cr1","text":"\"A,\" he said."}` + "\r" + `{"id":"cr2","text":"b"}` + "\r"),
		"h-latin1.txt": []byte("\"Caf\xe9 cr\xe8me,\" dit-il."),
		"i-notes.md":   []byte("not a document: skipped"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	want = append(want,
		expected{"b-bom.txt", false},
		expected{"c-utf16.txt", false},
		expected{"d-binary.txt", true},
		expected{"e-empty.txt", false},
		expected{"g1", false}, expected{"g2", false}, expected{"f-cut.jsonl.gz", true},
		expected{"cr1", false}, expected{"cr2", false},
		expected{"h-latin1.txt", false},
	)
	return dir, want
}

// readDocuments returns the documents of paths as the reader yields them.
func readDocuments(t *testing.T, paths ...string) []corpus.Document {
	t.Helper()
	r, err := corpus.Open(paths, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var docs []corpus.Document
	for {
		d, err := r.Next()
		if err == io.EOF {
			return docs
		}
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
}

// checkSpans fails unless every span of p is text[start:end] in code points
// and the quotes are in order.
func checkSpans(t *testing.T, text string, p corpus.Prediction) {
	t.Helper()
	runes := []rune(text)
	check := func(i int, what string, s corpus.Span) {
		t.Helper()
		if s.Start < 0 || s.Start > s.End || s.End > len(runes) || string(runes[s.Start:s.End]) != s.Text {
			t.Errorf("%s: quote %d: %s [%d, %d) %q is not a span of the %d-code-point text", p.ID, i, what, s.Start, s.End, s.Text, len(runes))
		}
		if !utf8.ValidString(s.Text) {
			t.Errorf("%s: quote %d: %s %q is not valid UTF-8", p.ID, i, what, s.Text)
		}
	}
	for i, q := range p.Quotes {
		check(i, "quote", corpus.Span{Start: q.Start, End: q.End, Text: q.Text})
		if q.Mention != nil {
			check(i, "mention", *q.Mention)
		}
		if q.Cue != nil {
			check(i, "cue", *q.Cue)
		}
		if i > 0 && q.Start < p.Quotes[i-1].Start {
			t.Errorf("%s: quote %d starts before quote %d", p.ID, i, i-1)
		}
	}
}

// collect is a Sink keeping every prediction, and writing it as saidwho does.
type collect struct {
	got []corpus.Prediction
	w   *corpus.Writer
}

func (c *collect) Write(p corpus.Prediction) error {
	c.got = append(c.got, p)
	return c.w.Write(p)
}

// TestNothingLost runs the extractor over a corpus mixing good and bad
// documents with 1 and 4 workers: every document yields one line, in input
// order, with an error exactly when it could not be read, and the two runs
// write the same bytes.
func TestNothingLost(t *testing.T) {
	dir, want := hostileCorpus(t)
	docs := readDocuments(t, dir)
	if len(docs) != len(want) {
		t.Fatalf("the reader yields %d documents, want %d", len(docs), len(want))
	}
	var outputs [][]byte
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			src, err := corpus.Open([]string{dir}, corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer src.Close()
			var buf bytes.Buffer
			sink := &collect{w: corpus.NewWriter(&buf)}
			st, err := pipeline.Run(context.Background(), src, pipeline.Extraction(extractor(t)), sink, pipeline.Options{Workers: workers})
			if err != nil {
				t.Fatal(err)
			}
			sink.w.Flush()
			if st.Read != len(want) || st.Written != len(want) || len(sink.got) != len(want) {
				t.Fatalf("Stats %+v with %d predictions, want %d documents", st, len(sink.got), len(want))
			}
			if n := bytes.Count(buf.Bytes(), []byte("\n")); n != len(want) {
				t.Errorf("%d output lines, want %d", n, len(want))
			}
			failed := 0
			for i, p := range sink.got {
				w := want[i]
				if p.ID != w.id || (p.Error != "") != w.failed {
					t.Errorf("line %d: id %q, error %q; want id %q, failed %v", i+1, p.ID, p.Error, w.id, w.failed)
				}
				if strings.Contains(p.Error, "internal error") {
					t.Errorf("line %d (%s): %s", i+1, p.ID, p.Error)
				}
				if p.Error != "" {
					failed++
					if len(p.Quotes) != 0 {
						t.Errorf("line %d (%s): quotes with an error", i+1, p.ID)
					}
					continue
				}
				checkSpans(t, docs[i].Text, p)
			}
			if st.Failed != failed {
				t.Errorf("Stats.Failed = %d, want %d", st.Failed, failed)
			}
			outputs = append(outputs, buf.Bytes())
		})
	}
	if len(outputs) == 2 && !bytes.Equal(outputs[0], outputs[1]) {
		t.Errorf("1 and 4 workers write different output")
	}
}

// TestManyDocuments runs a million tiny documents (100,000 under the race
// detector), one in a thousand with a quote, read from a stream, checking their count and order and that
// memory stays flat.
func TestManyDocuments(t *testing.T) {
	if testing.Short() {
		t.Skip("a million documents")
	}
	n := 1_000_000
	if raceEnabled {
		n = 100_000
	}
	pr, pw := io.Pipe()
	go func() {
		bw := bytes.Buffer{}
		for i := range n {
			text := "x"
			if i%1000 == 0 {
				text = `\"Hi,\" she said.`
			}
			fmt.Fprintf(&bw, "{\"id\":\"d%d\",\"text\":\"%s\"}\n", i, text)
			if bw.Len() > 64<<10 {
				pw.Write(bw.Bytes())
				bw.Reset()
			}
		}
		pw.Write(bw.Bytes())
		pw.Close()
	}()
	src, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: pr})
	if err != nil {
		t.Fatal(err)
	}
	var (
		count int
		peak  uint64
		bad   error
	)
	sink := sinkFunc(func(p corpus.Prediction) error {
		if bad == nil && (p.ID != fmt.Sprintf("d%d", count) || p.Error != "") {
			bad = fmt.Errorf("line %d: %+v", count+1, p)
		}
		count++
		if count%20_000 == 0 {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
		return nil
	})
	st, err := pipeline.Run(context.Background(), src, pipeline.Extraction(extractor(t)), sink, pipeline.Options{Workers: 4})
	if err != nil || st.Written != n || count != n {
		t.Fatalf("Run = %+v, %v; %d written, want %d", st, err, count, n)
	}
	if bad != nil {
		t.Error(bad)
	}
	if peak > 200<<20 {
		t.Errorf("heap in use reached %d MB", peak>>20)
	}
}

type sinkFunc func(corpus.Prediction) error

func (f sinkFunc) Write(p corpus.Prediction) error { return f(p) }

// TestBigDocument runs one document of 8 MB (1 MB under the race detector;
// 100 MB with SAIDWHO_HUGE=1) of news prose: quotes of every kind, stray
// marks, apostrophes, long paragraphs. It checks the record and that the
// heap stays within a fixed multiple of the document's size.
func TestBigDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("a big document")
	}
	size := 8 << 20
	if raceEnabled {
		size = 1 << 20
	}
	if os.Getenv("SAIDWHO_HUGE") != "" {
		size = 100 << 20
	}
	unit := "“We will not give up,” said the minister, Ann Lee. Her deputy said that the plan would fail; the unions' leaders " +
		"called it a \"zero sum game\". According to the police, nobody was hurt. 'Tis the season, he said, and 12\" records sold out. " +
		"Jones' cow, they said, was \"fine\" — or so the farmers' union's spokesman told reporters: 「好」.\n\n"
	text := strings.Repeat(unit, size/len(unit))
	var peak uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	src := &oneDoc{doc: corpus.Document{ID: "big", Text: text}}
	var got []corpus.Prediction
	_, err := pipeline.Run(context.Background(), src, pipeline.Extraction(extractor(t)), sinkFunc(func(p corpus.Prediction) error {
		got = append(got, p)
		return nil
	}), pipeline.Options{Workers: 2})
	elapsed := time.Since(start)
	close(stop)
	<-sampled
	if err != nil || len(got) != 1 || got[0].Error != "" {
		t.Fatalf("Run: %v, %d predictions: %.200v", err, len(got), got)
	}
	checkSpans(t, text, got[0])
	t.Logf("%.1f MB: %d quotes in %v, heap peak %d MB", float64(len(text))/(1<<20), len(got[0].Quotes), elapsed, peak>>20)
	if limit := uint64(100*len(text)) + 200<<20; peak > limit {
		t.Errorf("heap in use reached %d MB for a %d MB document", peak>>20, len(text)>>20)
	}
}

// oneDoc is a Source of one document.
type oneDoc struct {
	doc  corpus.Document
	done bool
}

func (s *oneDoc) Next() (corpus.Document, error) {
	if s.done {
		return corpus.Document{}, io.EOF
	}
	s.done = true
	return s.doc, nil
}
