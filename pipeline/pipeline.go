// Package pipeline runs an analyzer over a stream of documents on several
// goroutines: one reads, Workers analyse, one writes. Output keeps input
// order and every document yields exactly one prediction, as FORMAT.md
// requires, and memory stays bounded whatever the corpus size.
package pipeline

import (
	"context"
	"fmt"
	"io"
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/saidwho/saidwho/corpus"
)

// Source yields documents in order; Next returns io.EOF after the last one.
// A bad document is a Document with Err set; an error from Next means
// nothing more can be read. *corpus.Reader is a Source.
type Source interface {
	Next() (corpus.Document, error)
}

// Sink receives predictions in input order, from one goroutine. An error
// stops the run. *corpus.Writer is a Sink; Run does not flush it.
type Sink interface {
	Write(corpus.Prediction) error
}

// Analyzer turns one document into a prediction. Run calls Analyze from
// several goroutines at once, never with a document whose Err is set, and
// turns an error or a panic into a prediction with Error set.
type Analyzer interface {
	Analyze(ctx context.Context, doc corpus.Document) (corpus.Prediction, error)
}

// AnalyzerFunc adapts a function to the Analyzer interface.
type AnalyzerFunc func(ctx context.Context, doc corpus.Document) (corpus.Prediction, error)

// Analyze calls f(ctx, doc).
func (f AnalyzerFunc) Analyze(ctx context.Context, doc corpus.Document) (corpus.Prediction, error) {
	return f(ctx, doc)
}

// Options tunes Run. The zero value is the default.
type Options struct {
	// Workers is the number of documents analysed at once; <= 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
}

// Stats counts what a run did.
type Stats struct {
	Read    int // documents read from the source
	Written int // predictions written to the sink
	Failed  int // predictions written with Error set
	// Panicked counts the failed predictions whose analysis panicked: a bug
	// in the analyzer, not bad input, which a caller should report as such.
	Panicked int
	Bytes    int64 // bytes of document text read
}

// window is how many documents may be read and not yet written, per worker:
// enough to keep every worker busy while the writer waits for a slow
// document, little enough to bound memory. Replaying PolNeAR's document
// sizes through two workers keeps them 98.3% busy with a window of 2, 99.9%
// with 4.
const window = 4

// job is one document on its way through the pipeline.
type job struct {
	doc  corpus.Document
	done chan result // buffered: workers never wait for the writer
}

// result is a job's prediction and whether its analysis panicked.
type result struct {
	p        corpus.Prediction
	panicked bool
}

// Run reads every document of src, analyses it with an and writes one
// prediction per document to sink, in input order. At most 2*Workers
// documents are held at any time: reading waits for the writer.
//
// When ctx is cancelled Run stops reading, lets the documents already read
// finish (the analyzer's context is not cancelled with ctx, so that no
// document is written as failed merely because of the interruption), writes
// them, and returns an error wrapping ctx.Err(): what was written is a prefix
// of the input, Stats.Written lines long. An error from src likewise stops
// reading and is returned once the documents in flight are written; an error
// from sink stops the run at once. A panic in src or sink is such an error,
// not a crash. A Next blocked on its input is not interrupted: close the
// input to end it.
func Run(ctx context.Context, src Source, an Analyzer, sink Sink, opt Options) (Stats, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	slots := make(chan struct{}, window*workers) // held from read to write
	queue := make(chan *job, window*workers)     // jobs in input order, for the writer
	work := make(chan *job)                      // jobs for the workers
	actx := context.WithoutCancel(ctx)

	var read, written Stats
	g, gctx := errgroup.WithContext(ctx)

	g.Go(func() error {
		defer close(work)
		defer close(queue)
		for {
			select {
			case slots <- struct{}{}:
			case <-gctx.Done():
			}
			// Checked after the select, which picks at random when both
			// cases are ready.
			if gctx.Err() != nil {
				return interrupted(ctx)
			}
			doc, err := next(src)
			if err == io.EOF {
				return nil
			}
			if err != nil {
				if ctx.Err() != nil {
					// The caller closed the input to interrupt us.
					return interrupted(ctx)
				}
				return fmt.Errorf("read document %d: %w", read.Read+1, err)
			}
			read.Read++
			read.Bytes += int64(len(doc.Text))
			j := &job{doc: doc, done: make(chan result, 1)}
			queue <- j // never blocks: it holds at most len(slots) jobs
			work <- j
		}
	})

	for range workers {
		g.Go(func() error {
			for j := range work {
				j.done <- analyze(actx, an, j.doc)
			}
			return nil
		})
	}

	g.Go(func() error {
		for j := range queue {
			r := <-j.done
			p := r.p
			if err := write(sink, p); err != nil {
				return fmt.Errorf("write %s: %w", p.ID, err)
			}
			<-slots
			written.Written++
			if p.Error != "" {
				written.Failed++
			}
			if r.panicked {
				written.Panicked++
			}
		}
		return nil
	})

	err := g.Wait()
	stats := Stats{Read: read.Read, Bytes: read.Bytes, Written: written.Written, Failed: written.Failed, Panicked: written.Panicked}
	return stats, err
}

// interrupted returns the error for a run stopped early: ctx's error when
// the caller cancelled it, nil when another stage failed and returns its own.
func interrupted(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("interrupted: %w", err)
	}
	return nil
}

// next reads the next document of src, turning a panic into an error: what
// was read so far is still written, and the run ends with a message rather
// than a crash.
func next(src Source) (doc corpus.Document, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error: %v", v)
		}
	}()
	return src.Next()
}

// write writes p to sink, turning a panic into an error.
func write(sink Sink, p corpus.Prediction) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error: %v", v)
		}
	}()
	return sink.Write(p)
}

// analyze runs an on one document, turning a read error, an analysis error or
// a panic into a prediction with Error set: one bad document must not end a
// run over millions.
func analyze(ctx context.Context, an Analyzer, doc corpus.Document) (r result) {
	defer func() {
		if v := recover(); v != nil {
			r = result{p: failed(doc.ID, fmt.Errorf("internal error: %v", v)), panicked: true}
		}
	}()
	if doc.Err != nil {
		return result{p: failed(doc.ID, doc.Err)}
	}
	p, err := an.Analyze(ctx, doc)
	if err != nil {
		return result{p: failed(doc.ID, err)}
	}
	// The id ties the output line to its input whatever the analyzer did.
	p.ID = doc.ID
	if p.Quotes == nil {
		p.Quotes = []corpus.PredictedQuote{}
	}
	return result{p: p}
}

// failed returns the prediction of a document that could not be processed.
func failed(id string, err error) corpus.Prediction {
	msg := err.Error()
	if msg == "" {
		msg = "unknown error" // an empty Error would read as success
	}
	return corpus.Prediction{ID: id, Quotes: []corpus.PredictedQuote{}, Error: msg}
}
