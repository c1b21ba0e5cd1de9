package corpus

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// TableColumns are the columns of the flat tables TableWriter writes, in
// order: one row per quote, its mention and cue flattened into three
// columns each, and the document's error last.
var TableColumns = []string{
	"id", "start", "end", "kind", "text", "speaker",
	"mention_start", "mention_end", "mention",
	"cue_start", "cue_end", "cue",
	"confidence", "rule", "error",
}

// TableWriter writes predictions as a flat table with a header row, for
// spreadsheets, pandas and R: one row per quote. A document without quotes,
// or one that could not be processed, still yields one row, its quote
// columns empty and its error in the error column, so that the documents
// can be counted in the table as in the JSONL. Null values (no speaker, no
// mention, no cue) are empty fields. Offsets are code points, as in the
// JSONL records.
//
// Two dialects:
//
//   - CSV (NewCSVWriter) is RFC 4180 as encoding/csv writes it: fields
//     holding a comma, a double quote, a line break or a leading space are
//     quoted, quotes doubled; records end with "\n". A quote spanning
//     paragraphs thus spans lines of the file.
//   - TSV (NewTSVWriter) has no quoting: fields are separated by tabs and
//     every row is one line, for cut, awk, sort and grep. A backslash, tab,
//     line feed or carriage return inside a field is written as \\, \t, \n
//     or \r, PostgreSQL's text format (COPY ... FROM reads it as is); every
//     other character, double quotes included, stands for itself.
//
// Output is buffered: call Flush when done. The header is written by the
// first Write or by Flush, so a run over no documents still yields it. As
// with Writer, only the whole rows of whole documents reach the underlying
// writer, each batch in one Write call, so that a run stopped at any point
// leaves no document's rows cut short; Flushed says how many documents.
type TableWriter struct {
	batch  // of documents' rows
	bw     *bufio.Writer
	csv    *csv.Writer // nil for TSV
	header bool        // written
	row    []string
}

// NewCSVWriter returns a TableWriter of comma-separated values to w.
func NewCSVWriter(w io.Writer) *TableWriter {
	t := NewTSVWriter(w)
	t.csv = csv.NewWriter(t.bw)
	return t
}

// NewTSVWriter returns a TableWriter of tab-separated values to w.
func NewTSVWriter(w io.Writer) *TableWriter {
	t := &TableWriter{batch: batch{w: w}}
	// Rows are formatted through a small buffer into buf, never straight
	// to w.
	t.bw = bufio.NewWriter(&t.buf)
	return t
}

// Write writes the rows of one prediction.
func (t *TableWriter) Write(p Prediction) error {
	if t.err != nil {
		return t.err
	}
	if err := t.rows(p); err != nil {
		return err
	}
	if err := t.format(); err != nil {
		return err
	}
	return t.done()
}

// rows formats the rows of p (after the header, the first time).
func (t *TableWriter) rows(p Prediction) error {
	if err := t.writeHeader(); err != nil {
		return err
	}
	if len(p.Quotes) == 0 {
		t.row = append(t.row[:0], p.ID)
		for range len(TableColumns) - 2 {
			t.row = append(t.row, "")
		}
		t.row = append(t.row, p.Error)
		return t.writeRow(t.row)
	}
	for _, q := range p.Quotes {
		t.row = append(t.row[:0], p.ID, itoa(q.Start), itoa(q.End), q.Kind, q.Text, "")
		if q.Speaker != nil {
			t.row[len(t.row)-1] = *q.Speaker
		}
		t.row = appendSpan(t.row, q.Mention)
		t.row = appendSpan(t.row, q.Cue)
		t.row = append(t.row, strconv.FormatFloat(q.Confidence, 'f', -1, 64), q.Rule, p.Error)
		if err := t.writeRow(t.row); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes the header if no row was written, then the buffered rows to
// the underlying writer. After an error every call returns it.
func (t *TableWriter) Flush() error {
	if t.err != nil {
		return t.err
	}
	if err := t.writeHeader(); err != nil {
		return err
	}
	if err := t.format(); err != nil {
		return err
	}
	return t.send()
}

// format moves what the csv and bufio writers hold into buf.
func (t *TableWriter) format() error {
	if t.csv != nil {
		t.csv.Flush()
		if err := t.csv.Error(); err != nil {
			return err
		}
	}
	return t.bw.Flush()
}

func (t *TableWriter) writeHeader() error {
	if t.header {
		return nil
	}
	t.header = true
	return t.writeRow(TableColumns)
}

func (t *TableWriter) writeRow(row []string) error {
	if t.csv != nil {
		return t.csv.Write(row)
	}
	for i, f := range row {
		if i > 0 {
			t.bw.WriteByte('\t')
		}
		if strings.ContainsAny(f, "\\\t\n\r") {
			f = tsvEscaper.Replace(f)
		}
		t.bw.WriteString(f)
	}
	// bufio.Writer errors are sticky: the last call reports any of them.
	return t.bw.WriteByte('\n')
}

// tsvEscaper escapes the characters a TSV field cannot hold as itself.
var tsvEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// appendSpan appends the start, end and text columns of a span, empty for a
// nil one.
func appendSpan(row []string, s *Span) []string {
	if s == nil {
		return append(row, "", "", "")
	}
	return append(row, itoa(s.Start), itoa(s.End), s.Text)
}

func itoa(i int) string { return strconv.Itoa(i) }
