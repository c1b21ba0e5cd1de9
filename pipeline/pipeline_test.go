package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/saidwho/saidwho/corpus"
)

// docs is a Source of n documents "d0", "d1", ... whose text is their id.
// It can fail after a number of documents and counts the calls to Next.
type docs struct {
	n, failAfter int // failAfter < 0: never
	next         atomic.Int64
	onNext       func(i int) // called before document i is returned
}

func newDocs(n int) *docs { return &docs{n: n, failAfter: -1} }

var errSource = errors.New("source broke")

func (s *docs) Next() (corpus.Document, error) {
	i := int(s.next.Load())
	if i == s.failAfter {
		return corpus.Document{}, errSource
	}
	if i == s.n {
		return corpus.Document{}, io.EOF
	}
	if s.onNext != nil {
		s.onNext(i)
	}
	s.next.Add(1)
	id := fmt.Sprintf("d%d", i)
	return corpus.Document{ID: id, Text: id}, nil
}

// sink collects predictions; it can fail on one write.
type sink struct {
	got    []corpus.Prediction
	failAt int // index of the failing write; < 0: never
}

var errSink = errors.New("disk full")

func (s *sink) Write(p corpus.Prediction) error {
	if len(s.got) == s.failAt {
		return errSink
	}
	s.got = append(s.got, p)
	return nil
}

// echo is an Analyzer whose prediction is a quote of the whole text.
func echo(ctx context.Context, doc corpus.Document) (corpus.Prediction, error) {
	return corpus.Prediction{Quotes: []corpus.PredictedQuote{{Text: doc.Text}}}, nil
}

// checkPrefix fails unless got is the first predictions of the docs source,
// in order.
func checkPrefix(t *testing.T, got []corpus.Prediction) {
	t.Helper()
	for i, p := range got {
		if id := fmt.Sprintf("d%d", i); p.ID != id {
			t.Fatalf("prediction %d has id %q, want %q", i, p.ID, id)
		}
	}
}

func TestOrder(t *testing.T) {
	for _, workers := range []int{1, 4, 16} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			an := AnalyzerFunc(func(ctx context.Context, doc corpus.Document) (corpus.Prediction, error) {
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				return echo(ctx, doc)
			})
			out := &sink{failAt: -1}
			st, err := Run(context.Background(), newDocs(1000), an, out, Options{Workers: workers})
			if err != nil {
				t.Fatal(err)
			}
			if want := (Stats{Read: 1000, Written: 1000, Bytes: st.Bytes}); st != want || st.Bytes == 0 {
				t.Errorf("Stats = %+v, want %+v", st, want)
			}
			if len(out.got) != 1000 {
				t.Fatalf("%d predictions, want 1000", len(out.got))
			}
			checkPrefix(t, out.got)
			for _, p := range out.got {
				if len(p.Quotes) != 1 || p.Quotes[0].Text != p.ID {
					t.Fatalf("prediction %s came from another document: %+v", p.ID, p.Quotes)
				}
			}
		})
	}
}

func TestFailingDocuments(t *testing.T) {
	src := newDocs(10)
	readErr := errors.New("line 5: invalid JSON")
	an := AnalyzerFunc(func(ctx context.Context, doc corpus.Document) (corpus.Prediction, error) {
		switch doc.ID {
		case "d3":
			var m map[string]int
			m["boom"]++ // a panic in the analyzer
		case "d5":
			return corpus.Prediction{}, errors.New("extract: no model")
		case "d6":
			return corpus.Prediction{ID: "wrong"}, nil
		}
		return echo(ctx, doc)
	})
	withReadErr := sourceFunc(func() (corpus.Document, error) {
		d, err := src.Next()
		if d.ID == "d7" {
			d = corpus.Document{ID: d.ID, Err: readErr}
		}
		return d, err
	})
	out := &sink{failAt: -1}
	st, err := Run(context.Background(), withReadErr, an, out, Options{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if st.Written != 10 || st.Failed != 3 || st.Panicked != 1 {
		t.Errorf("Stats = %+v, want 10 written, 3 failed, 1 panicked", st)
	}
	checkPrefix(t, out.got)
	wantErr := map[string]string{
		"d3": "internal error: assignment to entry in nil map",
		"d5": "extract: no model",
		"d7": "line 5: invalid JSON",
	}
	for _, p := range out.got {
		if p.Error != wantErr[p.ID] {
			t.Errorf("%s: Error = %q, want %q", p.ID, p.Error, wantErr[p.ID])
		}
		if p.Quotes == nil {
			t.Errorf("%s: nil Quotes", p.ID)
		}
	}
}

type sourceFunc func() (corpus.Document, error)

func (f sourceFunc) Next() (corpus.Document, error) { return f() }

func TestCancel(t *testing.T) {
	for _, workers := range []int{1, 4, 16} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			src := newDocs(1000)
			src.onNext = func(i int) {
				if i == 300 {
					cancel()
				}
			}
			an := AnalyzerFunc(func(actx context.Context, doc corpus.Document) (corpus.Prediction, error) {
				time.Sleep(time.Duration(rand.IntN(100)) * time.Microsecond)
				if actx.Err() != nil {
					return corpus.Prediction{}, actx.Err()
				}
				return echo(actx, doc)
			})
			out := &sink{failAt: -1}
			st, err := Run(ctx, src, an, out, Options{Workers: workers})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("Run = %v, want context.Canceled", err)
			}
			if st.Written != len(out.got) || st.Read != st.Written || st.Failed != 0 {
				t.Errorf("Stats = %+v with %d written: documents read were not all written", st, len(out.got))
			}
			if st.Read < 301 || st.Read > 301+window*workers {
				t.Errorf("read %d documents after cancelling at the 301st", st.Read)
			}
			checkPrefix(t, out.got)
		})
	}
}

func TestSinkError(t *testing.T) {
	out := &sink{failAt: 10}
	st, err := Run(context.Background(), newDocs(1000), AnalyzerFunc(echo), out, Options{Workers: 4})
	if !errors.Is(err, errSink) || !strings.Contains(err.Error(), "write d10: ") {
		t.Fatalf("Run = %v, want %v", err, errSink)
	}
	if st.Written != 10 || st.Read > 10+1+window*4 {
		t.Errorf("Stats = %+v, want 10 written and reading stopped", st)
	}
	checkPrefix(t, out.got)
}

func TestSourceError(t *testing.T) {
	src := newDocs(1000)
	src.failAfter = 50
	out := &sink{failAt: -1}
	st, err := Run(context.Background(), src, AnalyzerFunc(echo), out, Options{Workers: 4})
	if !errors.Is(err, errSource) || !strings.Contains(err.Error(), "read document 51: ") {
		t.Fatalf("Run = %v, want %v", err, errSource)
	}
	if st.Written != 50 || len(out.got) != 50 {
		t.Errorf("Stats = %+v, want the 50 documents read written", st)
	}
	checkPrefix(t, out.got)
}

// TestBoundedInFlight checks that a document that does not finish stops the
// reading once the window is full, rather than letting documents pile up.
func TestBoundedInFlight(t *testing.T) {
	const workers = 4
	release := make(chan struct{})
	an := AnalyzerFunc(func(ctx context.Context, doc corpus.Document) (corpus.Prediction, error) {
		if doc.ID == "d0" {
			<-release
		}
		return echo(ctx, doc)
	})
	src := newDocs(1000)
	out := &sink{failAt: -1}
	var (
		st  Stats
		err error
		wg  sync.WaitGroup
	)
	wg.Go(func() { st, err = Run(context.Background(), src, an, out, Options{Workers: workers}) })

	limit := int64(window * workers)
	deadline := time.Now().Add(5 * time.Second)
	for src.next.Load() < limit && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // time to overrun the window, if it could
	if n := src.next.Load(); n != limit {
		t.Errorf("%d documents read while the first was blocked, want %d", n, limit)
	}
	close(release)
	wg.Wait()
	if err != nil || st.Written != 1000 {
		t.Fatalf("Run = %+v, %v", st, err)
	}
	checkPrefix(t, out.got)
}

func TestEmptySource(t *testing.T) {
	out := &sink{failAt: -1}
	st, err := Run(context.Background(), newDocs(0), AnalyzerFunc(echo), out, Options{})
	if err != nil || st != (Stats{}) || len(out.got) != 0 {
		t.Errorf("Run = %+v, %v; %d written", st, err, len(out.got))
	}
}

// TestPanickingStages checks that a panic in the source or the sink ends
// the run with an error, after writing what was read before it.
func TestPanickingStages(t *testing.T) {
	src := newDocs(100)
	src.onNext = func(i int) {
		if i == 40 {
			panic("reader bug")
		}
	}
	out := &sink{failAt: -1}
	st, err := Run(context.Background(), src, AnalyzerFunc(echo), out, Options{Workers: 3})
	if err == nil || err.Error() != "read document 41: internal error: reader bug" {
		t.Errorf("Run = %v", err)
	}
	if st.Written != 40 {
		t.Errorf("Stats = %+v, want the 40 documents read written", st)
	}
	checkPrefix(t, out.got)

	panicky := sinkFunc(func(p corpus.Prediction) error {
		if p.ID == "d7" {
			var m map[string]int
			m[p.ID]++
		}
		return nil
	})
	st, err = Run(context.Background(), newDocs(100), AnalyzerFunc(echo), panicky, Options{Workers: 3})
	if err == nil || err.Error() != "write d7: internal error: assignment to entry in nil map" || st.Written != 7 {
		t.Errorf("Run = %+v, %v", st, err)
	}
}

type sinkFunc func(corpus.Prediction) error

func (f sinkFunc) Write(p corpus.Prediction) error { return f(p) }
