package corpus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var updateTables = flag.Bool("update-tables", false, "rewrite testdata/table/pred.{csv,tsv} from pred.jsonl")

// readPredictions reads a prediction JSONL file.
func readPredictions(t *testing.T, path string) []Prediction {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ps []Prediction
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p Prediction
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		ps = append(ps, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ps
}

func writeTable(t *testing.T, newWriter func(*bytes.Buffer) *TableWriter, ps []Prediction) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := newWriter(&buf)
	for _, p := range ps {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var tableDialects = []struct {
	ext       string
	newWriter func(*bytes.Buffer) *TableWriter
}{
	{"csv", func(b *bytes.Buffer) *TableWriter { return NewCSVWriter(b) }},
	{"tsv", func(b *bytes.Buffer) *TableWriter { return NewTSVWriter(b) }},
}

// TestTableGolden writes the predictions of testdata/table/pred.jsonl (two
// quotes with commas, quotes, a line break, a tab and a backslash, null
// fields, a document without quotes and a failed one) as CSV and TSV and
// compares them with the golden files beside it.
func TestTableGolden(t *testing.T) {
	ps := readPredictions(t, "testdata/table/pred.jsonl")
	for _, d := range tableDialects {
		t.Run(d.ext, func(t *testing.T) {
			got := writeTable(t, d.newWriter, ps)
			golden := filepath.Join("testdata/table", "pred."+d.ext)
			if *updateTables {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (go test ./corpus -run TestTableGolden -update-tables to rewrite):\n%s", d.ext, golden, got)
			}
		})
	}
}

// tableRows returns the rows a table should hold for ps, as strings.
func tableRows(ps []Prediction) [][]string {
	rows := [][]string{TableColumns}
	for _, p := range ps {
		if len(p.Quotes) == 0 {
			row := make([]string, len(TableColumns))
			row[0], row[len(row)-1] = p.ID, p.Error
			rows = append(rows, row)
			continue
		}
		for _, q := range p.Quotes {
			speaker := ""
			if q.Speaker != nil {
				speaker = *q.Speaker
			}
			row := []string{p.ID, itoa(q.Start), itoa(q.End), q.Kind, q.Text, speaker}
			row = appendSpan(row, q.Mention)
			row = appendSpan(row, q.Cue)
			conf, _ := json.Marshal(q.Confidence)
			row = append(row, string(conf), q.Rule, p.Error)
			rows = append(rows, row)
		}
	}
	return rows
}

// TestTableReadBack reads the tables back as pandas and R would, CSV with a
// CSV parser and TSV by splitting lines on tabs and undoing the escapes, and
// checks every field.
func TestTableReadBack(t *testing.T) {
	ps := readPredictions(t, "testdata/table/pred.jsonl")
	want := tableRows(ps)

	raw := writeTable(t, tableDialects[0].newWriter, ps)
	got, err := csv.NewReader(bytes.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CSV read back:\n%q\nwant\n%q", got, want)
	}

	raw = writeTable(t, tableDialects[1].newWriter, ps)
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	got = nil
	for i, line := range lines {
		fields := strings.Split(line, "\t")
		if len(fields) != len(TableColumns) {
			t.Fatalf("TSV line %d has %d fields, want %d: %q", i+1, len(fields), len(TableColumns), line)
		}
		for j, f := range fields {
			if fields[j], err = unescapeTSV(f); err != nil {
				t.Fatalf("TSV line %d field %d: %v", i+1, j+1, err)
			}
		}
		got = append(got, fields)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("TSV read back:\n%q\nwant\n%q", got, want)
	}
}

// unescapeTSV undoes the escapes of PostgreSQL's text format that
// TableWriter uses.
func unescapeTSV(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		i++
		if i == len(s) {
			return "", errors.New("backslash at the end")
		}
		switch s[i] {
		case '\\':
			b.WriteByte('\\')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			return "", errors.New("unknown escape \\" + string(s[i]))
		}
	}
	return b.String(), nil
}

// TestTableEmpty checks that a run over no documents still writes the
// header, so that the table has its columns.
func TestTableEmpty(t *testing.T) {
	for _, d := range tableDialects {
		got := string(writeTable(t, d.newWriter, nil))
		sep := ","
		if d.ext == "tsv" {
			sep = "\t"
		}
		if want := strings.Join(TableColumns, sep) + "\n"; got != want {
			t.Errorf("%s of no documents = %q, want %q", d.ext, got, want)
		}
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestTableWriteError checks that an error of the underlying writer is
// returned, by Write once the buffer fills or else by Flush.
func TestTableWriteError(t *testing.T) {
	for _, w := range []*TableWriter{NewCSVWriter(failingWriter{}), NewTSVWriter(failingWriter{})} {
		var err error
		long := Prediction{ID: strings.Repeat("x", 1<<10)}
		for range 100 {
			if err = w.Write(long); err != nil {
				break
			}
		}
		if err == nil {
			err = w.Flush()
		}
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("error = %v, want disk full", err)
		}
	}
}

// TestTableWritesWholeDocuments checks that each Write call to the
// underlying writer ends after the last row of a document, also when a row
// spans lines (CSV) and when one document holds more than the buffer.
func TestTableWritesWholeDocuments(t *testing.T) {
	for _, dialect := range []struct {
		name string
		new  func(io.Writer) *TableWriter
	}{{"csv", NewCSVWriter}, {"tsv", NewTSVWriter}} {
		out := &writes{}
		w := dialect.new(out)
		var ends []int // offset of the end of each document's rows
		var all bytes.Buffer
		for i := range 300 {
			p := Prediction{ID: fmt.Sprint(i)}
			for k := range i % 4 {
				p.Quotes = append(p.Quotes, PredictedQuote{Kind: "direct", Text: strings.Repeat("a \"b\"\nc,", i*k)})
			}
			if i%97 == 5 {
				p.Quotes = append(p.Quotes, PredictedQuote{Text: strings.Repeat("long ", flushAt)})
			}
			if err := w.Write(p); err != nil {
				t.Fatal(err)
			}
			if got := w.Flushed(); got > i+1 {
				t.Fatalf("%s: Flushed = %d after %d documents", dialect.name, got, i+1)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if w.Flushed() != 300 || len(out.calls) < 2 {
			t.Fatalf("%s: Flushed = %d in %d calls", dialect.name, w.Flushed(), len(out.calls))
		}
		// Each call must end where some document's rows end: read the
		// table back one call-prefix at a time and count whole documents.
		for _, c := range out.calls {
			all.Write(c)
			ends = append(ends, all.Len())
		}
		rows := func(b []byte) [][]string {
			if dialect.name == "tsv" {
				var out [][]string
				for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
					out = append(out, strings.Split(line, "\t"))
				}
				return out
			}
			out, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
			if err != nil {
				t.Fatalf("csv: does not parse: %v", err)
			}
			return out
		}
		for k, end := range ends[:len(ends)-1] {
			before, after := rows(all.Bytes()[:end]), rows(all.Bytes()[end:])
			if last, next := before[len(before)-1][0], after[0][0]; last == next {
				t.Errorf("%s: call %d ends inside the rows of document %s", dialect.name, k, last)
			}
		}
	}
}
