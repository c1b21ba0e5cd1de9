package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/eval"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/pipeline"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "score predictions against hand-labelled gold (FORMAT.md definitions)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Usage: "gold JSONL `FILE` (required)"},
			&cli.StringFlag{Name: "pred", Usage: "prediction JSONL `FILE`; without it saidwho extracts from the gold texts itself"},
			&cli.StringFlag{Name: "baseline", Usage: "baseline prediction JSONL `FILE`: compare --pred with it (paired bootstrap over documents)"},
			&cli.BoolFlag{Name: "json", Usage: "write the report as JSON"},
			&cli.BoolFlag{Name: "markdown", Usage: "write the report as Markdown"},
			&cli.StringFlag{Name: "html", Usage: "also write the report as one self-contained HTML page to `FILE`"},
			&cli.IntFlag{Name: "html-docs", Value: 50, Usage: "documents the HTML page shows with their quotes marked"},
			&cli.StringFlag{Name: "html-order", Value: "errors", Usage: "which documents the HTML page shows: errors (most errors first) or first"},
			&cli.IntFlag{Name: "html-chars", Value: eval.DefaultDocumentChars, Usage: "code points of each shown document's text (-1: all)"},
			&cli.StringSliceFlag{Name: "by", Usage: "break figures down by this gold quote `FIELD` (repeatable; default: categorical fields found in the gold; none: no breakdown)"},
			&cli.IntFlag{Name: "max-errors", Value: eval.DefaultMaxErrors, Usage: "error cases kept per category for JSON and HTML (all are counted)"},
			&cli.IntFlag{Name: "show-errors", Value: eval.DefaultListedErrors, Usage: "error cases listed per category in the text and Markdown reports"},
			&cli.IntFlag{Name: "bootstrap", Value: eval.DefaultResamples, Usage: "bootstrap resamples for --baseline"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "seed of the bootstrap's draws"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "documents analysed at once when extracting"},
		},
		Action: runEval,
	}
}

// evalFlags checks the flags that have to agree and returns the scorer's
// options.
func evalFlags(c *cli.Context) (eval.Options, error) {
	var opts eval.Options
	switch {
	case c.String("gold") == "":
		// Checked here, not with Required, so that it is a usage error.
		return opts, usageError{errors.New("--gold FILE is required")}
	case c.Bool("json") && c.Bool("markdown"):
		return opts, usageError{errors.New("--json and --markdown exclude each other")}
	case c.Int("html-docs") < 0:
		return opts, usageError{errors.New("--html-docs must be 0 or more")}
	case c.Int("bootstrap") < 1:
		return opts, usageError{errors.New("--bootstrap must be 1 or more")}
	case c.Int("workers") < 1:
		return opts, usageError{errors.New("--workers must be 1 or more")}
	case c.Int("html-chars") == 0 || c.Int("html-chars") < -1:
		return opts, usageError{errors.New("--html-chars must be 1 or more, or -1 for whole documents")}
	}
	switch c.String("html-order") {
	case "errors":
		opts.DocumentOrder = eval.MostErrors
	case "first":
		opts.DocumentOrder = eval.FirstDocuments
	default:
		return opts, usageError{fmt.Errorf("--html-order is errors or first, not %q", c.String("html-order"))}
	}
	if c.IsSet("by") {
		opts.Fields = []string{}
		for _, f := range c.StringSlice("by") {
			if f != "none" {
				opts.Fields = append(opts.Fields, f)
			}
		}
	}
	opts.MaxErrors = c.Int("max-errors")
	if opts.MaxErrors == 0 {
		opts.MaxErrors = -1 // 0 asks for none, not for the default
	}
	if c.String("html") != "" {
		opts.Documents = c.Int("html-docs")
		opts.DocumentChars = c.Int("html-chars")
	}
	return opts, nil
}

// input is one file of the run, hashed as it is read.
type input struct {
	role, path string
	file       *os.File
	digest     *eval.Digest
}

func openInput(role, path string) (*input, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &input{role: role, path: path, file: f, digest: eval.NewDigest(f)}, nil
}

func (in *input) eval() eval.Input { return eval.Input{Name: in.path, Reader: in.digest} }

// finish hashes the rest of the file and closes it.
func (in *input) finish() (eval.InputFile, error) {
	defer in.file.Close()
	sum, n, err := in.digest.Finish()
	if err != nil {
		return eval.InputFile{}, fmt.Errorf("%s: %w", in.path, err)
	}
	return eval.InputFile{Role: in.role, Path: in.path, SHA256: sum, Bytes: n}, nil
}

func runEval(c *cli.Context) error {
	opts, err := evalFlags(c)
	if err != nil {
		return err
	}
	goldPath := c.String("gold")
	prov := provenance()

	var inputs []*input
	defer func() {
		for _, in := range inputs {
			in.file.Close() // a second Close after finish is harmless
		}
	}()
	open := func(role, path string) (*input, error) {
		in, err := openInput(role, path)
		if err == nil {
			inputs = append(inputs, in)
		}
		return in, err
	}
	gold, err := open("gold", goldPath)
	if err != nil {
		return err
	}
	var pred eval.Input
	if p := c.String("pred"); p != "" {
		in, err := open("predictions", p)
		if err != nil {
			return err
		}
		pred = in.eval()
	} else {
		r, err := extractGold(c, goldPath)
		if err != nil {
			return err
		}
		defer r.Close()
		pred = eval.Input{Name: "saidwho extract " + goldPath, Reader: r}
		prov.Note = "no --pred: the predictions were made by this saidwho from the gold texts, not read from a file"
	}

	var rep eval.Report
	if b := c.String("baseline"); b != "" {
		base, err := open("baseline", b)
		if err != nil {
			return err
		}
		rep, err = eval.Compare(gold.eval(), pred, base.eval(), opts,
			eval.Bootstrap{Resamples: c.Int("bootstrap"), Seed: c.Uint64("seed")})
		if err != nil {
			return err
		}
	} else {
		rep, err = eval.Score(gold.eval(), pred, opts)
		if err != nil {
			return err
		}
	}
	for _, in := range inputs {
		f, err := in.finish()
		if err != nil {
			return err
		}
		prov.Inputs = append(prov.Inputs, f)
	}
	rep.Provenance = prov

	ro := eval.RenderOptions{Errors: c.Int("show-errors")}
	if ro.Errors == 0 {
		ro.Errors = -1
	}
	if path := c.String("html"); path != "" {
		if err := writeHTML(path, rep); err != nil {
			return err
		}
	}
	format := eval.FormatText
	switch {
	case c.Bool("json"):
		format = eval.FormatJSON
	case c.Bool("markdown"):
		format = eval.FormatMarkdown
	}
	return rep.Write(os.Stdout, format, ro)
}

// writeHTML writes the report's page to path.
func writeHTML(path string, rep eval.Report) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := rep.WriteHTML(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// commit is the full VCS commit saidwho was built from, set like version
// with -ldflags "-X main.commit=..." (make build does): Go's own VCS stamp is
// missing when GOFLAGS has -buildvcs=false.
var commit = ""

// provenance says which saidwho, built from which commit, ran with which
// arguments; the inputs are added once read.
func provenance() *eval.Provenance {
	// os.Args, not c.Args: the flags are what a reader needs to rerun it.
	p := &eval.Provenance{Tool: "saidwho eval", Version: version, GoVersion: runtime.Version(), Args: os.Args[1:]}
	if commit != "" {
		p.Commit = commit
		p.Modified = strings.HasSuffix(version, "-dirty") // git describe --dirty
		return p
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				p.Commit = s.Value
			case "vcs.modified":
				p.Modified = s.Value == "true"
			}
		}
	}
	return p
}

// extractGold runs extraction over the texts of a gold file and returns the
// predictions as a stream, so that scoring runs alongside extraction and
// neither holds the corpus in memory.
func extractGold(c *cli.Context, goldPath string) (io.ReadCloser, error) {
	src, err := corpus.Open([]string{goldPath}, corpus.Options{})
	if err != nil {
		return nil, err
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		src.Close()
		return nil, err
	}
	pr, pw := io.Pipe()
	go func() {
		defer src.Close()
		w := corpus.NewWriter(pw)
		_, err := pipeline.Run(c.Context, src, pipeline.Extraction(ex), w, pipeline.Options{Workers: c.Int("workers")})
		if err == nil {
			err = w.Flush()
		}
		if err != nil {
			err = fmt.Errorf("extract %s: %w", goldPath, err)
		}
		pw.CloseWithError(err)
	}()
	return pr, nil
}
