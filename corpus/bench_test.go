package corpus_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/internal/devdata"
)

// Run with: go test -run '^$' -bench . -benchmem ./corpus

// sampleTexts returns the texts of the bundled sample: one news article and
// four novel excerpts, with curly quotes and other non-ASCII characters.
func sampleTexts(tb testing.TB) []string {
	tb.Helper()
	texts, err := devdata.Texts("../sample/sample.gold.jsonl", "")
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}

// writeJSONL writes about size bytes of JSONL documents, the sample's texts
// repeated with distinct ids, gzip-compressed when gz is set. It returns the
// path and the number of bytes of text.
func writeJSONL(tb testing.TB, size int, gz bool) (string, int64) {
	tb.Helper()
	texts := sampleTexts(tb)
	name := "docs.jsonl"
	if gz {
		name += ".gz"
	}
	path := filepath.Join(tb.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	var w io.Writer = f
	var zw *gzip.Writer
	if gz {
		zw = gzip.NewWriter(f)
		w = zw
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	var text int64
	for i := 0; text < int64(size); i++ {
		t := texts[i%len(texts)]
		if err := enc.Encode(map[string]string{"id": "doc/" + string(rune('a'+i%26)) + "/" + itoa(i), "text": t}); err != nil {
			tb.Fatal(err)
		}
		text += int64(len(t))
	}
	if err := bw.Flush(); err != nil {
		tb.Fatal(err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			tb.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path, text
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// benchRead reads every document of path, b.N times over; MB/s counts
// bytes of document text.
func benchRead(b *testing.B, path string, text int64) {
	b.SetBytes(text)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r, err := corpus.Open([]string{path}, corpus.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for {
			d, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil || d.Err != nil {
				b.Fatal(err, d.Err)
			}
		}
		r.Close()
	}
}

// BenchmarkReadJSONL reads 8 MB of text as JSONL documents.
func BenchmarkReadJSONL(b *testing.B) {
	path, text := writeJSONL(b, 8<<20, false)
	benchRead(b, path, text)
}

// BenchmarkReadJSONLGzip reads the same documents gzip-compressed.
func BenchmarkReadJSONLGzip(b *testing.B) {
	path, text := writeJSONL(b, 8<<20, true)
	benchRead(b, path, text)
}

// BenchmarkWriter writes predictions of ten quotes each; MB/s counts the
// JSON written.
func BenchmarkWriter(b *testing.B) {
	speaker := "Qian Xiaoqian"
	p := corpus.Prediction{ID: "seed/china-opposes-internet-war"}
	for i := range 10 {
		p.Quotes = append(p.Quotes, corpus.PredictedQuote{
			Start: 100 * i, End: 100*i + 80, Text: "China and the US should not be a “zero sum game” in cyberspace, he said to them",
			Kind: corpus.KindMixed, Speaker: &speaker,
			Mention: &corpus.Span{Start: 100*i + 85, End: 100*i + 89, Text: "Qian"},
			Cue:     &corpus.Span{Start: 100*i + 90, End: 100*i + 98, Text: "stressed"}, Confidence: 0.8, Rule: "indirect/subject-cue+mixed",
		})
	}
	line, _ := json.Marshal(p)
	b.SetBytes(int64(len(line) + 1))
	b.ReportAllocs()
	w := corpus.NewWriter(io.Discard)
	for b.Loop() {
		if err := w.Write(p); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
}
