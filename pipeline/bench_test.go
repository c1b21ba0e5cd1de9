package pipeline_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"testing"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/internal/devdata"
	"github.com/saidwho/saidwho/pipeline"
)

// Run with: go test -run '^$' -bench . -benchmem ./pipeline

// memSource yields n documents cycling through texts, without I/O.
type memSource struct {
	texts []string
	n, i  int
}

func (s *memSource) Next() (corpus.Document, error) {
	if s.i == s.n {
		return corpus.Document{}, io.EOF
	}
	t := s.texts[s.i%len(s.texts)]
	s.i++
	return corpus.Document{ID: "doc", Text: t}, nil
}

// discard is a Sink that keeps nothing.
type discard struct{}

func (discard) Write(corpus.Prediction) error { return nil }

// benchTexts returns PolNeAR's development texts when the data folder is
// beside the repository, else the bundled sample's.
func benchTexts(tb testing.TB) []string {
	tb.Helper()
	path := "../../shared/data/polnear.dev.jsonl"
	if _, err := os.Stat(path); err != nil {
		path = "../sample/sample.gold.jsonl"
	}
	texts, err := devdata.Texts(path, "")
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}

// benchRun runs docs documents of texts through an, with 1 worker and with
// GOMAXPROCS workers.
func benchRun(b *testing.B, texts []string, docs int, an pipeline.Analyzer) {
	size := int64(0)
	for i := range docs {
		size += int64(len(texts[i%len(texts)]))
	}
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				src := &memSource{texts: texts, n: docs}
				stats, err := pipeline.Run(context.Background(), src, an, discard{}, pipeline.Options{Workers: workers})
				if err != nil || stats.Written != docs {
					b.Fatal(stats, err)
				}
			}
		})
	}
}

// BenchmarkRunTrivial measures the pipeline's own cost: an analyzer that
// finds nothing, over 10,000 documents.
func BenchmarkRunTrivial(b *testing.B) {
	none := pipeline.AnalyzerFunc(func(ctx context.Context, doc corpus.Document) (corpus.Prediction, error) {
		return corpus.Prediction{}, nil
	})
	benchRun(b, benchTexts(b), 10000, none)
}

// BenchmarkRunExtraction is saidwho extract without file I/O: the
// extraction analyzer over the news texts (PolNeAR's development set when
// present).
func BenchmarkRunExtraction(b *testing.B) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	texts := benchTexts(b)
	benchRun(b, texts, len(texts), pipeline.Extraction(ex))
}
