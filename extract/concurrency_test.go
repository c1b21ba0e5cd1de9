package extract_test

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/internal/devdata"
)

// concurrencyTexts returns texts that exercise every stage: the worked
// example (news), the bundled sample (news and fiction) and a few short
// paragraphs with non-ASCII text and curly quotes.
func concurrencyTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		`Ana Lopez defended the bridge. "It will pay for itself," Lopez said. Tom Reed said the plan was "a gamble".`,
		"“Ça suffit,” said Zoë Müller, the café’s owner. According to her lawyer, the company will appeal.",
		"No quotes here at all.",
		"",
	}
	for _, path := range []string{"testdata/seed.gold.jsonl", "../sample/sample.gold.jsonl"} {
		more, err := devdata.Texts(path, "")
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, more...)
	}
	return texts
}

// TestExtractConcurrent runs one Extractor from many goroutines at once, as
// the pipeline's workers and the HTTP service do, and checks that every call
// returns what a call on its own returns. Run it with -race: it is there to
// let the race detector see the shared models and lexicons in use.
func TestExtractConcurrent(t *testing.T) {
	texts := concurrencyTexts(t)
	ctx := context.Background()
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]extract.Quote, len(texts))
	for i, text := range texts {
		if want[i], err = ex.Extract(ctx, text); err != nil {
			t.Fatal(err)
		}
	}
	const goroutines, rounds = 8, 2
	var wg sync.WaitGroup
	errs := make(chan error, goroutines*rounds*len(texts))
	for g := range goroutines {
		wg.Go(func() {
			for r := range rounds * len(texts) {
				// Each goroutine starts at another text, so that different
				// texts, news and fiction, are in flight at once.
				i := (g + r) % len(texts)
				got, err := ex.Extract(ctx, texts[i])
				if err != nil {
					errs <- err
					continue
				}
				if !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Errorf("goroutine %d, text %d: %d quotes differ from the %d of a lone call", g, i, len(got), len(want[i]))
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestNewConcurrent builds Extractors from several goroutines at once: the
// models New loads are shared package state.
func TestNewConcurrent(t *testing.T) {
	text := `"We will win," Smith said.`
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			ex, err := extract.New(extract.Options{})
			if err != nil {
				t.Error(err)
				return
			}
			qs, err := ex.Extract(context.Background(), text)
			if err != nil || len(qs) != 1 || qs[0].Speaker != "Smith" {
				t.Errorf("Extract(%q) = %+v, %v; want one quote by Smith", text, qs, err)
			}
		})
	}
	wg.Wait()
}
