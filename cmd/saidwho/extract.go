package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
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
			&cli.BoolFlag{Name: "resume", Usage: "finish the --output FILE of an interrupted run over the same inputs: keep its records, skip their documents, append the rest"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "documents analysed at once"},
			&cli.StringFlag{Name: "id-field", Value: "id", Usage: "JSONL field holding the document id"},
			&cli.StringFlag{Name: "text-field", Value: "text", Usage: "JSONL field holding the document text"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress line on a terminal, no closing count of failed documents"},
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
			out, err := openOutput(c.String("output"), c.Bool("resume"), format, src)
			if err != nil {
				return err
			}
			ex, err := extract.New(extract.Options{})
			if err != nil {
				out.close()
				return err
			}
			ctx, stop := interruptible(c.Context, os.Stderr)
			defer stop()
			var progress *progressLine
			if !c.Bool("quiet") && isTerminal(os.Stderr) {
				progress = startProgress(os.Stderr, src)
			}
			w := format.newWriter(out.w)
			sink := &firstFailure{Sink: sinkErrors{w}}
			stats, runErr := pipeline.Run(ctx, src, pipeline.Extraction(ex), sink, pipeline.Options{Workers: c.Int("workers")})
			progress.stop(out.skipped + stats.Written)
			if err := (sinkErrors{w}).Flush(); err != nil && runErr == nil {
				runErr = err
			}
			if err := out.close(); err != nil && runErr == nil {
				runErr = err
			}
			if runErr == nil {
				fmt.Fprint(os.Stderr, failureSummary(stats, sink.first, c.Bool("quiet")))
			}
			return runError(runErr, stats, out, w, format)
		},
	}
}

// firstFailure passes predictions on to its Sink and keeps the first one
// that failed, for the summary a run ends with.
type firstFailure struct {
	pipeline.Sink
	first *corpus.Prediction
}

func (f *firstFailure) Write(p corpus.Prediction) error {
	if p.Error != "" && f.first == nil {
		f.first = &p
	}
	return f.Sink.Write(p)
}

// failureSummary returns the lines a run ends with on standard error when
// some documents failed, or "". Failed documents are data and the exit
// status stays 0, so without this line a run over millions could lose
// many of them unnoticed. quiet drops it, but never the line about
// internal errors: those are bugs to report, not bad input.
func failureSummary(stats pipeline.Stats, first *corpus.Prediction, quiet bool) string {
	if stats.Failed == 0 {
		return ""
	}
	var b strings.Builder
	if !quiet {
		fmt.Fprintf(&b, "saidwho: %d of %d documents could not be analysed; their records say why in \"error\" (the first, %q: %s)\n",
			stats.Failed, stats.Written, first.ID, first.Error)
	}
	if stats.Panicked > 0 {
		fmt.Fprintf(&b, "saidwho: %d of them hit an internal error, a bug in saidwho rather than in the input: please report it with the document (its \"error\" begins \"internal error\")\n",
			stats.Panicked)
	}
	return b.String()
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
