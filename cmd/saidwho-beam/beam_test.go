package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/eval"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/pipeline"
)

// The pipelines run on prism, in this process: no Docker, no Java, no
// network (--runner=... chooses another).
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

const sample = "../../sample/sample.gold.jsonl"

// TestSampleAsCLI runs the pipeline over the bundled sample, scoring it
// against itself as `saidwho eval --gold` does, and checks the records
// against what `saidwho extract` writes for the same file and the report
// against eval.Score on those records.
func TestSampleAsCLI(t *testing.T) {
	out := filepath.Join(t.TempDir(), "pred")
	cfg := Config{Inputs: []string{sample}, Output: out, Shards: 2, Gold: sample}
	res := runPipeline(t, cfg)

	got := readShards(t, out, cfg.Shards)
	want := cliRecords(t, sample)
	compareRecords(t, got, want)

	totals := Counts(res)
	quotes := 0
	for _, line := range want {
		var p corpus.Prediction
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatal(err)
		}
		quotes += len(p.Quotes)
	}
	if wantTotals := (Totals{Documents: int64(len(want)), Quotes: int64(quotes)}); totals != wantTotals {
		t.Errorf("counters = %+v, want %+v", totals, wantTotals)
	}

	_, jsonName := ReportNames(out)
	data, err := os.ReadFile(jsonName)
	if err != nil {
		t.Fatal(err)
	}
	var report eval.Report
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatal(err)
	}
	gold, err := os.Open(sample)
	if err != nil {
		t.Fatal(err)
	}
	defer gold.Close()
	wantReport, err := eval.Score(eval.Input{Name: sample, Reader: gold},
		eval.Input{Name: "cli", Reader: strings.NewReader(strings.Join(want, "\n"))}, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	compareReports(t, report, wantReport)
	if report.Documents != len(want) || report.Overall.Gold == 0 {
		t.Errorf("report scores %d documents and %d gold quotes; want %d documents and some quotes",
			report.Documents, report.Overall.Gold, len(want))
	}
}

// TestBadDocuments reads text files, gzipped or not, and a JSONL file with
// lines that cannot be read: the good documents get the CLI's records, each
// bad line an error record, and the run succeeds.
func TestBadDocuments(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	write("a.txt", `"We will win," Ana Smith said. She added that the team was ready.`)
	write("b.txt", "Île? Zoë said no. \xff\n")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`According to the ministry, prices will rise. "Not again," said Mr. Lee.`))
	zw.Close()
	write("c.txt.gz", gz.String())
	write("broken.txt.gz", "not gzip")
	jsonl := write("docs.jsonl", strings.Join([]string{
		`{"id": "good", "text": "\"Yes,\" she said."}`,
		`{"id": "malformed", "text": `,
		`   `,
		`{"id": "notext"}`,
		`{"id": "number", "text": 7}`,
		`{"id": "", "text": "no id"}`,
		`["not", "an", "object"]`,
		`{"id": "last", "text": "He said he would go."}`,
	}, "\n"))

	out := filepath.Join(dir, "out", "pred")
	cfg := Config{
		Inputs: []string{filepath.Join(dir, "*.txt"), filepath.Join(dir, "*.txt.gz"), jsonl},
		Output: out, Shards: 3,
	}
	res := runPipeline(t, cfg)
	got := readShards(t, out, cfg.Shards)

	// Each good document has the CLI's record; text files are named as the
	// pattern matched them, as the CLI names files given to it.
	var good, bad []string
	byID := map[string]corpus.Prediction{}
	for _, line := range got {
		var p corpus.Prediction
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatal(err)
		}
		if p.Error == "" {
			good = append(good, line)
		} else {
			bad = append(bad, p.ID)
			byID[p.ID] = p
		}
	}
	var want []string
	for _, line := range cliRecords(t, filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "c.txt.gz"), jsonl) {
		if !strings.Contains(line, `"error":`) {
			want = append(want, line)
		}
	}
	compareRecords(t, good, want)

	broken := filepath.Join(dir, "broken.txt.gz")
	wantBad := []string{broken, jsonl, jsonl, jsonl, "notext", "number"}
	slices.Sort(bad)
	slices.Sort(wantBad)
	if !slices.Equal(bad, wantBad) {
		t.Errorf("error records for %q, want %q", bad, wantBad)
	}
	if e := byID["notext"].Error; !strings.Contains(e, `no "text" field`) || !strings.Contains(e, jsonl) {
		t.Errorf("error of notext = %q", e)
	}
	if totals, wantTotals := Counts(res), (Totals{Documents: int64(len(got)), Errors: int64(len(wantBad))}); totals.Documents != wantTotals.Documents || totals.Errors != wantTotals.Errors {
		t.Errorf("counters = %+v, want %d documents, %d errors", totals, wantTotals.Documents, wantTotals.Errors)
	}
	if len(got) != 4+7 {
		t.Errorf("%d records, want 11 (4 files, 7 JSONL lines that are not blank)", len(got))
	}
}

// TestParseLineAsCorpus checks that a JSONL line reads as the CLI reads it
// from a file: same id, text and error, but for where the error says it is.
func TestParseLineAsCorpus(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.jsonl")
	for _, line := range []string{
		`{"id": "a", "text": "Ana said hello."}`,
		`{"id": "a", "text": "Ana said hello."`,
		`{"id": "a"}`,
		`{"id": "a", "text": null}`,
		`{"id": "a", "text": ["x"]}`,
		`{"id": 1, "text": "x"}`,
		`{"id": "", "text": "x"}`,
		`{"text": "x"}`,
		`null`,
		`"just a string"`,
		"{\"id\": \"bad\xffutf8\", \"text\": \"caf\xc3\"}",
		`{"id": "esc", "text": "\u00e9\ud83d\ude00 \"q\""}`,
	} {
		if err := os.WriteFile(path, []byte(line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := corpus.Open([]string{path}, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want, err := r.Next()
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		got, ok := parseLine(path, line, corpus.Options{})
		switch {
		case !ok:
			t.Errorf("parseLine(%q) skipped the line", line)
		case want.Err == nil:
			if got != (document{ID: want.ID, Text: want.Text}) {
				t.Errorf("parseLine(%q) = %+v, the CLI reads %+v", line, got, want)
			}
		default:
			// The CLI says "in.jsonl:1: what", parseLine "in.jsonl: line "...": what".
			what := strings.TrimPrefix(want.Err.Error(), path+":1: ")
			wantID := want.ID
			if wantID == path+":1" {
				wantID = path
			}
			if got.ID != wantID || got.Text != "" || !strings.HasPrefix(got.Err, path+": line ") || !strings.HasSuffix(got.Err, ": "+what) {
				t.Errorf("parseLine(%q) = %+v, the CLI reads %+v", line, got, want)
			}
		}
	}
	for _, blank := range []string{"", "  ", "\t\r"} {
		if _, ok := parseLine(path, blank, corpus.Options{}); ok {
			t.Errorf("parseLine(%q) made a document of a blank line", blank)
		}
	}
}

// TestMergeReports checks that per-document reports, summed in any grouping,
// give the report eval.Score gives for the whole file.
func TestMergeReports(t *testing.T) {
	preds := cliRecords(t, sample)
	golds := readLines(t, sample)
	if len(golds) != len(preds) || len(golds) < 3 {
		t.Fatalf("%d gold lines, %d records", len(golds), len(preds))
	}
	var perDoc []eval.Report
	for i := range golds {
		var g corpus.GoldDocument
		var p corpus.Prediction
		if err := json.Unmarshal([]byte(golds[i]), &g); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(preds[i]), &p); err != nil {
			t.Fatal(err)
		}
		s := eval.NewScorer(eval.Options{})
		s.Add(g, p)
		perDoc = append(perDoc, s.Report())
	}
	// A missing prediction and an unmatched one, as a join makes them.
	var extra corpus.GoldDocument
	json.Unmarshal([]byte(golds[0]), &extra)
	extra.ID = "missing"
	s := eval.NewScorer(eval.Options{})
	s.AddMissing(extra)
	perDoc = append(perDoc, s.Report(), eval.Report{UnmatchedPredictions: 1})

	goldAll := strings.Join(golds, "\n") + "\n" + mustJSON(t, extra)
	predAll := strings.Join(preds, "\n") + "\n" + `{"id":"stray","quotes":[]}`
	want, err := eval.Score(eval.Input{Name: "gold", Reader: strings.NewReader(goldAll)},
		eval.Input{Name: "pred", Reader: strings.NewReader(predAll)}, eval.Options{})
	if err != nil {
		t.Fatal(err)
	}

	var fn reportFn
	// Left to right, one at a time.
	acc := fn.CreateAccumulator()
	for _, r := range perDoc {
		acc = fn.AddInput(acc, r)
	}
	compareReports(t, fn.ExtractOutput(acc), want)
	// In two halves, merged in reverse.
	a, b := fn.CreateAccumulator(), fn.CreateAccumulator()
	for i, r := range perDoc {
		if i%2 == 0 {
			a = fn.AddInput(a, r)
		} else {
			b = fn.AddInput(b, r)
		}
	}
	compareReports(t, fn.ExtractOutput(fn.MergeAccumulators(b, a)), want)
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// runPipeline builds and runs cfg's pipeline.
func runPipeline(t *testing.T, cfg Config) beam.PipelineResult {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	Build(s, cfg)
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}
	return res
}

// cliRecords returns the lines `saidwho extract PATHS...` writes, made in
// this process through the same packages.
func cliRecords(t *testing.T, paths ...string) []string {
	t.Helper()
	src, err := corpus.Open(paths, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := corpus.NewWriter(&buf)
	if _, err := pipeline.Run(context.Background(), src, pipeline.Extraction(ex), w, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
}

// readShards returns the lines of every shard of prefix; each must exist.
func readShards(t *testing.T, prefix string, n int) []string {
	t.Helper()
	var lines []string
	for i := range n {
		lines = append(lines, readLines(t, ShardName(prefix, i, n))...)
	}
	return lines
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for line := range strings.Lines(string(data)) {
		if !strings.HasSuffix(line, "\n") {
			t.Errorf("%s: last line has no newline", path)
		}
		if line = strings.TrimSuffix(line, "\n"); strings.TrimSpace(line) != "" {
			lines = append(lines, line)
		}
	}
	return lines
}

// compareRecords checks that two lists hold the same lines, in any order.
func compareRecords(t *testing.T, got, want []string) {
	t.Helper()
	got, want = slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))
	if slices.Equal(got, want) {
		return
	}
	t.Errorf("%d records, want %d (as sets):", len(got), len(want))
	for _, l := range got {
		if !slices.Contains(want, l) {
			t.Errorf("unexpected: %.300s", l)
		}
	}
	for _, l := range want {
		if !slices.Contains(got, l) {
			t.Errorf("missing:    %.300s", l)
		}
	}
}

// compareReports checks two reports for equality as JSON, error cases taken
// in order of document id as the pipeline keeps them.
func compareReports(t *testing.T, got, want eval.Report) {
	t.Helper()
	want.Errors = slices.Clone(want.Errors)
	slices.SortStableFunc(want.Errors, func(x, y eval.ErrorCase) int { return cmp.Compare(x.DocID, y.DocID) })
	g, w := mustJSON(t, got), mustJSON(t, want)
	if g != w {
		t.Errorf("report =\n%s\nwant\n%s", g, w)
	}
}
