package main

import (
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/pipeline"
)

// recordWriter is where extract writes its records, in input order; Flush
// is called once at the end.
type recordWriter interface {
	pipeline.Sink
	Flush() error
}

// outputFormat is the value of extract's --format flag.
type outputFormat string

const (
	formatJSONL outputFormat = "jsonl" // FORMAT.md's records, one document a line
	formatCSV   outputFormat = "csv"   // one row per quote (corpus.TableWriter)
	formatTSV   outputFormat = "tsv"   // the same, tab-separated, escaped
)

func formatFlag() cli.Flag {
	return &cli.StringFlag{
		Name:  "format",
		Value: string(formatJSONL),
		Usage: "output `FORMAT`: jsonl (one record per document), csv or tsv (one row per quote, with a header)",
	}
}

// parseFormat checks the value of --format.
func parseFormat(s string) (outputFormat, error) {
	switch f := outputFormat(s); f {
	case formatJSONL, formatCSV, formatTSV:
		return f, nil
	}
	return "", usageError{fmt.Errorf("--format must be jsonl, csv or tsv, not %q", s)}
}

// newWriter returns a writer of records in format f to w.
func (f outputFormat) newWriter(w io.Writer) recordWriter {
	switch f {
	case formatCSV:
		return corpus.NewCSVWriter(w)
	case formatTSV:
		return corpus.NewTSVWriter(w)
	}
	return corpus.NewWriter(w)
}
