package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/pipeline"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "write the quotations of each document as JSON Lines",
		ArgsUsage: "[PATH...]  (.txt, .jsonl, .gz files, directories, or - for JSONL on stdin; default -)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write to `FILE` instead of standard output"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "documents analysed at once"},
			&cli.StringFlag{Name: "id-field", Value: "id", Usage: "JSONL field holding the document id"},
			&cli.StringFlag{Name: "text-field", Value: "text", Usage: "JSONL field holding the document text"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress line on a terminal"},
			&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile to `FILE`"},
			formatFlag(),
		},
		Action: func(c *cli.Context) error {
			if c.Int("workers") < 1 {
				return usageError{fmt.Errorf("--workers must be at least 1, not %d", c.Int("workers"))}
			}
			format, err := parseFormat(c.String("format"))
			if err != nil {
				return err
			}
			paths := c.Args().Slice()
			if len(paths) == 0 {
				paths = []string{"-"}
			}
			src, err := corpus.Open(paths, corpus.Options{IDField: c.String("id-field"), TextField: c.String("text-field")})
			if err != nil {
				return err
			}
			defer src.Close()
			if prof := c.String("cpuprofile"); prof != "" {
				f, err := os.Create(prof)
				if err != nil {
					return fmt.Errorf("cpu profile: %w", err)
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return fmt.Errorf("cpu profile: %w", err)
				}
				defer pprof.StopCPUProfile()
			}
			var out io.Writer = os.Stdout
			if path := c.String("output"); path != "" {
				f, err := os.Create(path)
				if err != nil {
					return err
				}
				defer f.Close()
				out = f
			}
			ex, err := extract.New(extract.Options{})
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			var progress *progressLine
			if !c.Bool("quiet") && isTerminal(os.Stderr) {
				progress = startProgress(os.Stderr, src)
			}
			w := format.newWriter(out)
			stats, runErr := pipeline.Run(ctx, src, pipeline.Extraction(ex), w, pipeline.Options{Workers: c.Int("workers")})
			progress.stop(stats.Written)
			if err := w.Flush(); err != nil && runErr == nil {
				runErr = fmt.Errorf("write: %w", err)
			}
			if runErr != nil {
				if errors.Is(runErr, context.Canceled) {
					return exitError{exitInterrupted, fmt.Errorf("interrupted: wrote %d documents (the first %d of the input)", stats.Written, stats.Written)}
				}
				return fmt.Errorf("after %d documents: %w", stats.Written, runErr)
			}
			return nil
		},
	}
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressLine redraws "documents, MB, MB/s" on a terminal twice a second.
type progressLine struct {
	w     io.Writer
	src   *corpus.Reader
	start time.Time
	done  chan struct{}
	quit  chan struct{}
}

func startProgress(w io.Writer, src *corpus.Reader) *progressLine {
	p := &progressLine{w: w, src: src, start: time.Now(), done: make(chan struct{}), quit: make(chan struct{})}
	go func() {
		defer close(p.done)
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.quit:
				return
			case <-t.C:
				p.draw(-1)
			}
		}
	}()
	return p
}

func (p *progressLine) draw(docs int) {
	mb := float64(p.src.BytesRead()) / 1e6
	secs := time.Since(p.start).Seconds()
	label := "read"
	if docs >= 0 {
		label = fmt.Sprintf("%d documents,", docs)
	}
	fmt.Fprintf(p.w, "\r%s %.1f MB, %.1f MB/s   ", label, mb, mb/max(secs, 1e-9))
}

// stop ends the progress line; it is safe on a nil *progressLine.
func (p *progressLine) stop(docs int) {
	if p == nil {
		return
	}
	close(p.quit)
	<-p.done
	p.draw(docs)
	fmt.Fprintln(p.w)
}
