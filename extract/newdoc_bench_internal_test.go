package extract

import (
	"os"
	"testing"

	"github.com/saidwho/saidwho/internal/devdata"
)

// BenchmarkNewDoc times building the document alone (tokens, register,
// marks, sentences, cues) over the texts of $SAIDWHO_BENCH_TEXTS, a JSONL
// file with a "text" field, or the seed article.
func BenchmarkNewDoc(b *testing.B) {
	path := os.Getenv("SAIDWHO_BENCH_TEXTS")
	if path == "" {
		path = "testdata/seed.gold.jsonl"
	}
	texts, err := devdata.Texts(path, "")
	if err != nil {
		b.Fatal(err)
	}
	tg, err := newWordTagger()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			d := newDoc(t, defaultCues, tg, RegisterAuto, bufferPool.Get().(*buffers))
			d.release()
		}
	}
}
