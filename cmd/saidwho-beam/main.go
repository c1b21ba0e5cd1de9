// Command saidwho-beam runs saidwho's extraction as an Apache Beam pipeline,
// on the local prism runner or on Flink, Spark or Dataflow:
//
//	saidwho-beam --input 'PATTERN' [--input ...] --output PREFIX [--shards N] [--gold FILE] [BEAM FLAGS]
//
// It shows:
//   - textio and fileio reading JSONL (one document per line) and text files
//     (one document per file) from any registered filesystem (local, gs://);
//   - a DoFn that builds saidwho's Extractor once, in Setup, and turns each
//     document into the record `saidwho extract` writes, byte for byte; a bad
//     document becomes an error record, never a failed bundle;
//   - predictions written as JSONL shards, PREFIX-00000-of-0000N.jsonl;
//   - with --gold, scoring joined by document id and summed by a CombineFn,
//     so corpus-level evaluation runs distributed too;
//   - counters for documents, quotes and error records.
//
// Records come out in no particular order, unlike `saidwho extract`, whose
// output keeps input order. Beam's flags (--runner, --endpoint, --project,
// ...) sit beside saidwho-beam's own; the runner defaults to prism.
//
// Exit status: 0 success (error records are data, not failures), 1 the
// pipeline failed, an input matched no file or gold lines could not be read,
// 2 bad usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

// Exit statuses, as saidwho's.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// usage is the short help; -h lists every flag, Beam's included.
const usage = `usage: saidwho-beam --input PATTERN [--input PATTERN...] --output PREFIX [--shards N]
                    [--gold FILE] [--id-field NAME] [--text-field NAME]
                    [--runner prism|flink|spark|dataflow] [BEAM FLAGS]
saidwho-beam -h lists every flag, Beam's included.
`

// patterns is a repeatable string flag.
type patterns []string

func (p *patterns) String() string     { return strings.Join(*p, ",") }
func (p *patterns) Set(v string) error { *p = append(*p, v); return nil }

var (
	inputs    patterns
	output    = flag.String("output", "", "prefix of the prediction files, PREFIX-00000-of-00001.jsonl (required)")
	shards    = flag.Int("shards", 1, "number of prediction files")
	idField   = flag.String("id-field", "id", "JSONL field holding the document id")
	textField = flag.String("text-field", "text", "JSONL field holding the document text")
	gold      = flag.String("gold", "", "gold JSONL `FILE`: score the predictions against it, report in PREFIX.report.txt and .json; without --input, its texts are the input")
)

func init() {
	flag.Var(&inputs, "input", "file `PATTERN` (repeatable): *.jsonl and *.jsonl.gz hold a document per line, any other file is one document")
}

func main() {
	flag.Parse()
	// On a worker, Init takes over and never returns.
	beam.Init()
	os.Exit(run(context.Background()))
}

func run(ctx context.Context) int {
	cfg := Config{Inputs: inputs, IDField: *idField, TextField: *textField, Output: *output, Shards: *shards, Gold: *gold}
	if len(cfg.Inputs) == 0 && cfg.Gold != "" {
		cfg.Inputs = []string{cfg.Gold}
	}
	if err := checkUsage(cfg); err != nil {
		fmt.Fprintf(os.Stderr, "saidwho-beam: %v\n%s", err, usage)
		return exitUsage
	}
	if err := checkInputs(ctx, cfg); err != nil {
		fmt.Fprintf(os.Stderr, "saidwho-beam: %v\n", err)
		return exitFail
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg)
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "saidwho-beam: pipeline failed: %v\n", err)
		return exitFail
	}
	status := exitOK
	if res != nil {
		c := Counts(res)
		fmt.Fprintf(os.Stderr, "saidwho-beam: %d documents, %d quotes, %d error records; predictions in %s\n",
			c.Documents, c.Quotes, c.Errors, ShardName(cfg.Output, 0, cfg.Shards)+" ...")
		if c.Panics > 0 {
			fmt.Fprintf(os.Stderr, "saidwho-beam: %d of the error records are internal errors, a bug in saidwho rather than in the input: please report it with the document (its \"error\" begins \"internal error\")\n", c.Panics)
		}
		if c.BadGold > 0 {
			fmt.Fprintf(os.Stderr, "saidwho-beam: %d gold lines could not be read and are not in the report (see the worker logs)\n", c.BadGold)
			status = exitFail
		}
	}
	if cfg.Gold != "" {
		textName, _ := ReportNames(cfg.Output)
		if err := printFile(ctx, os.Stdout, textName); err != nil {
			fmt.Fprintf(os.Stderr, "saidwho-beam: report: %v\n", err)
			status = exitFail
		}
	}
	return status
}

func checkUsage(cfg Config) error {
	switch {
	case len(cfg.Inputs) == 0:
		return errors.New("--input PATTERN or --gold FILE is required")
	case cfg.Output == "":
		return errors.New("--output PREFIX is required")
	case cfg.Shards < 1:
		return fmt.Errorf("--shards must be at least 1, not %d", cfg.Shards)
	case flag.NArg() > 0:
		return fmt.Errorf("unexpected argument %q: inputs are given with --input", flag.Arg(0))
	}
	for _, in := range cfg.Inputs {
		if in == "-" {
			return errors.New("saidwho-beam reads files, not standard input: use `saidwho extract -` for a stream")
		}
	}
	return nil
}

// checkInputs fails early, before a job is submitted, when a pattern
// matches no file: Beam's text reader would quietly read nothing.
func checkInputs(ctx context.Context, cfg Config) error {
	all := cfg.Inputs
	if cfg.Gold != "" {
		all = append(slices.Clone(all), cfg.Gold)
	}
	for _, pattern := range all {
		fs, err := filesystem.New(ctx, pattern)
		if err != nil {
			return err
		}
		files, err := fs.List(ctx, pattern)
		fs.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", pattern, err)
		}
		if len(files) == 0 {
			return fmt.Errorf("%s: no file matches", pattern)
		}
	}
	return nil
}

// Totals are the counters of a finished run.
type Totals struct {
	Documents, Quotes, Errors, Panics, BadGold int64
}

// Counts reads the saidwho counters of a pipeline result.
func Counts(res beam.PipelineResult) Totals {
	var t Totals
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() != "saidwho" {
			continue
		}
		switch c.Name() {
		case "documents":
			t.Documents += c.Result()
		case "quotes":
			t.Quotes += c.Result()
		case "errors":
			t.Errors += c.Result()
		case "panics":
			t.Panics += c.Result()
		case "bad_gold_lines":
			t.BadGold += c.Result()
		}
	}
	return t
}

// printFile copies a file of any registered filesystem to w.
func printFile(ctx context.Context, w io.Writer, name string) error {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, name)
	if err != nil {
		return err
	}
	defer r.Close()
	_, err = io.Copy(w, r)
	return err
}
