package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"syscall"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/pipeline"
)

// output is where extract writes its records: standard output, or --output
// FILE, created or, with --resume, finished.
type output struct {
	w       io.Writer
	f       *os.File // nil for standard output
	path    string   // "" for standard output
	skipped int      // documents FILE already held (--resume)
}

// openOutput opens path for the records of src; "" is standard output.
// With resume, the records path already holds are kept and their documents
// skipped from src.
func openOutput(path string, resume bool, format outputFormat, src *corpus.Reader) (*output, error) {
	if path == "" {
		if resume {
			return nil, usageError{errors.New("--resume needs --output FILE: what went to standard output cannot be read back")}
		}
		return &output{w: os.Stdout}, nil
	}
	if resume && format != formatJSONL {
		return nil, usageError{fmt.Errorf("--resume reads JSONL records back: it does not work with --format %s", format)}
	}
	if st, err := os.Stat(path); err == nil && src.Reads(st) {
		return nil, usageError{fmt.Errorf("--output %s is one of the inputs: refusing to overwrite it", path)}
	}
	var (
		f       *os.File
		skipped int
		err     error
	)
	if resume {
		f, skipped, err = corpus.Resume(path, src)
		if errors.Is(err, corpus.ErrCannotResume) {
			return nil, usageError{err}
		}
	} else {
		f, err = os.Create(path)
	}
	if err != nil {
		return nil, err
	}
	return &output{w: f, f: f, path: path, skipped: skipped}, nil
}

// close closes the output file; a failure means records may be missing.
func (o *output) close() error {
	if o.f == nil {
		return nil
	}
	if err := o.f.Close(); err != nil {
		return writeError{err}
	}
	return nil
}

// name says where the records go, for messages.
func (o *output) name() string {
	if o.path == "" {
		return "standard output"
	}
	return o.path
}

// writeError marks a failure to write the output, as opposed to one to
// read the input.
type writeError struct{ err error }

func (e writeError) Error() string { return e.err.Error() }
func (e writeError) Unwrap() error { return e.err }

// sinkErrors marks the errors of a record writer as write errors.
type sinkErrors struct{ recordWriter }

func (s sinkErrors) Write(p corpus.Prediction) error {
	if err := s.recordWriter.Write(p); err != nil {
		return writeError{err}
	}
	return nil
}

func (s sinkErrors) Flush() error {
	if err := s.recordWriter.Flush(); err != nil {
		return writeError{err}
	}
	return nil
}

// runError turns the outcome of an extract run into the error saidwho
// exits with: what happened, what the output holds, how to finish it.
func runError(err error, stats pipeline.Stats, out *output, w recordWriter, format outputFormat) error {
	if err == nil {
		return nil
	}
	done := out.skipped + stats.Written
	resumable := format == formatJSONL
	switch {
	case errors.Is(err, context.Canceled):
		msg := fmt.Sprintf("interrupted: %s has the records of the first %d documents", out.name(), done)
		switch {
		case !resumable:
		case out.path != "":
			msg += "; run the same command with --resume to finish it"
		default:
			msg += "; if it went to a file, the same command with --resume --output FILE finishes it"
		}
		return exitError{exitInterrupted, errors.New(msg)}
	case errors.As(err, new(writeError)):
		// The file's own error says it best: "write out.jsonl: no space
		// left on device", without the pipeline's wrapping.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe
		}
		msg := fmt.Sprintf("cannot write the records: %v", err)
		if f, ok := w.(interface{ Flushed() int }); ok {
			msg += fmt.Sprintf("; %s has those of the first %d documents, and maybe a cut-short line after them", out.name(), out.skipped+f.Flushed())
			if out.path != "" {
				msg += "; once the problem is fixed, run the same command with --resume to finish it"
			}
		}
		return errors.New(msg)
	}
	return fmt.Errorf("after %d documents: %w", done, err)
}

// interruptible returns a context cancelled at the first SIGINT or SIGTERM,
// which it reports on stderr. It then restores the signals' default action,
// so that a second one stops saidwho at once; the output still ends with a
// whole record, since corpus.Writer writes only whole lines. stop releases
// the signals.
func interruptible(parent context.Context, stderr io.Writer) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancel(parent)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			signal.Stop(sigs)
			fmt.Fprintf(stderr, "saidwho: %v: finishing the documents in progress (interrupt again to stop at once)\n", s)
			cancel()
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel()
	}
}
