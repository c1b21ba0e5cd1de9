package extract_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tokenize"

	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/internal/devdata"
)

// The benchmarks read their texts from the repository (the seed article,
// the bundled sample) and, when it is there, from ../../shared/data, the
// development sets beside the repository; those that need it skip cleanly
// without it. Run them with
//
//	go test -run '^$' -bench . -benchmem ./extract
//
// BenchmarkProseTokenize is the reference the throughput issue compares
// against: prose v3's tokenizer alone over the same news texts.

const dataDir = "../../shared/data"

// readTexts returns the "text" field of every line of a JSONL file whose
// "id" starts with prefix, skipping tb when there is none.
func readTexts(tb testing.TB, path, prefix string) []string {
	tb.Helper()
	texts, err := devdata.Texts(path, prefix)
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("no %s: %v", path, err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	if len(texts) == 0 {
		tb.Skipf("%s: no text with an id starting %q", path, prefix)
	}
	return texts
}

// newsTexts returns PolNeAR's development texts, or the seed article alone
// when the data folder is absent.
func newsTexts(tb testing.TB) []string {
	if _, err := os.Stat(dataDir + "/polnear.dev.jsonl"); err == nil {
		return readTexts(tb, dataDir+"/polnear.dev.jsonl", "")
	}
	return readTexts(tb, "testdata/seed.gold.jsonl", "")
}

// benchExtract runs Extract over texts, round after round.
func benchExtract(b *testing.B, texts []string) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := ex.Extract(ctx, t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractNewsArticle is one news article: the seed.
func BenchmarkExtractNewsArticle(b *testing.B) {
	benchExtract(b, readTexts(b, "testdata/seed.gold.jsonl", ""))
}

// BenchmarkExtractNewsCorpus is PolNeAR's 708 development articles.
func BenchmarkExtractNewsCorpus(b *testing.B) {
	benchExtract(b, readTexts(b, dataDir+"/polnear.dev.jsonl", ""))
}

// BenchmarkExtractNovel is one long fiction text: a whole novel from PDNC,
// or the LitBank excerpts of the bundled sample joined into one text when
// the data folder is absent.
func BenchmarkExtractNovel(b *testing.B) {
	if _, err := os.Stat(dataDir + "/pdnc.dev.jsonl"); err == nil {
		benchExtract(b, readTexts(b, dataDir+"/pdnc.dev.jsonl", "pdnc/PrideAndPrejudice"))
		return
	}
	benchExtract(b, []string{strings.Join(readTexts(b, "../sample/sample.gold.jsonl", "litbank/"), "\n\n")})
}

// BenchmarkProseTokenize is the reference: prose v3's tokenizer alone over
// the news texts of BenchmarkExtractNewsCorpus (the seed article without
// the data folder).
func BenchmarkProseTokenize(b *testing.B) {
	texts := newsTexts(b)
	tok := tokenize.New()
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			tok.Tokenize(t)
		}
	}
}
