package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/eval"
)

func init() {
	// A Report travels between workers as the JSON eval writes and reads.
	beam.RegisterCoder(reflect.TypeFor[eval.Report](),
		func(r eval.Report) ([]byte, error) { return json.Marshal(r) },
		func(b []byte) (eval.Report, error) {
			var r eval.Report
			err := json.Unmarshal(b, &r)
			return r, err
		})
	register.DoFn3x0[context.Context, string, func(string, string)](&keyGoldFn{})
	register.DoFn5x1[context.Context, string, func(*string) bool, func(*string) bool, func(eval.Report), error](&scoreFn{})
	register.Combiner3[eval.Report, eval.Report, eval.Report](&reportFn{})
	register.DoFn2x1[context.Context, eval.Report, error](&writeReportFn{})
	register.Emitter1[eval.Report]()
}

// badGoldCounter counts gold lines that could not be read: `saidwho eval`
// stops at the first; here they are left out of the report and main fails
// the run after it.
var badGoldCounter = beam.NewCounter("saidwho", "bad_gold_lines")

// ReadGold reads a gold JSONL file as KV<id, line>.
func ReadGold(s beam.Scope, path string) beam.PCollection {
	s = s.Scope("ReadGold")
	return beam.ParDo(s, &keyGoldFn{}, textio.Read(s, path))
}

// keyGoldFn keys a gold line by its document's id.
type keyGoldFn struct{}

func (f *keyGoldFn) ProcessElement(ctx context.Context, line string, emit func(string, string)) {
	if len(bytes.TrimSpace([]byte(line))) == 0 {
		return
	}
	var g corpus.GoldDocument
	if err := json.Unmarshal([]byte(line), &g); err != nil {
		badGoldCounter.Inc(ctx, 1)
		log.Errorf(ctx, "gold line %s: %v", lineStart(line), err)
		return
	}
	emit(g.ID, line)
}

// Score joins predictions (KV<id, line>) with gold documents (KV<id, line>)
// by id, scores each document on its own and sums the counts into one
// report, as `saidwho eval --gold G --pred P` would make of the same lines.
func Score(s beam.Scope, gold, preds beam.PCollection) beam.PCollection {
	s = s.Scope("Score")
	joined := beam.CoGroupByKey(s, preds, gold)
	perDoc := beam.ParDo(s, &scoreFn{}, joined)
	return beam.Combine(s, &reportFn{}, perDoc)
}

// scoreFn scores the gold documents and prediction lines of one id. As in
// eval.Score, the first gold document of an id takes its first prediction, a
// gold document left without one has all its quotes missed and a prediction
// left without a gold document is unmatched.
type scoreFn struct{}

func (f *scoreFn) ProcessElement(ctx context.Context, id string, preds, golds func(*string) bool, emit func(eval.Report)) error {
	var ps []corpus.Prediction
	var line string
	for preds(&line) {
		var p corpus.Prediction
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return fmt.Errorf("prediction %q: %w", id, err) // we wrote it: a bug
		}
		ps = append(ps, p)
	}
	// No breakdown by gold field: eval.Report.Merge cannot keep one.
	sc := eval.NewScorer(eval.Options{Fields: []string{}})
	for golds(&line) {
		var g corpus.GoldDocument
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return fmt.Errorf("gold %q: %w", id, err) // keyGoldFn read it
		}
		if len(ps) > 0 {
			sc.Add(g, ps[0])
			ps = ps[1:]
		} else {
			sc.AddMissing(g)
		}
	}
	r := sc.Report()
	r.UnmatchedPredictions = len(ps)
	emit(r)
	return nil
}

// reportFn sums per-document reports into one: counts add up and figures
// follow from the sums (eval.Counts.Figures). Error cases are kept in order
// of document id, at most eval.DefaultMaxErrors per category, so the result
// does not depend on how the runner splits and merges.
type reportFn struct{}

func (f *reportFn) CreateAccumulator() eval.Report { return eval.Report{} }

func (f *reportFn) AddInput(a, r eval.Report) eval.Report { return a.Merge(r) }

func (f *reportFn) MergeAccumulators(a, b eval.Report) eval.Report { return a.Merge(b) }

// ExtractOutput gives the report the scopes eval's always has, also when no
// document came in.
func (f *reportFn) ExtractOutput(a eval.Report) eval.Report {
	a = a.Merge(eval.Report{})
	for _, k := range corpus.Kinds {
		if _, ok := a.ByKind[k]; !ok {
			a.ByKind[k] = eval.Counts{}.Figures()
		}
	}
	a.ByField = map[string]map[string]eval.LabelScores{}
	return a
}

// ReportNames returns the files WriteReport writes for an output prefix.
func ReportNames(prefix string) (text, jsonName string) {
	return prefix + ".report.txt", prefix + ".report.json"
}

// WriteReport writes the report as text tables and as JSON, the two forms
// `saidwho eval` prints, beside the prediction shards.
func WriteReport(s beam.Scope, prefix string, report beam.PCollection) {
	beam.ParDo0(s.Scope("WriteReport"), &writeReportFn{Prefix: prefix}, report)
}

type writeReportFn struct {
	Prefix string `json:"prefix"`
}

func (f *writeReportFn) ProcessElement(ctx context.Context, r eval.Report) error {
	textName, jsonName := ReportNames(f.Prefix)
	var text, js bytes.Buffer
	if err := r.WriteText(&text); err != nil {
		return err
	}
	if err := r.WriteJSON(&js); err != nil {
		return err
	}
	if err := writeFile(ctx, textName, text.Bytes()); err != nil {
		return err
	}
	return writeFile(ctx, jsonName, js.Bytes())
}

// writeFile writes data to the file name of any registered filesystem.
func writeFile(ctx context.Context, name string, data []byte) (err error) {
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if _, err := fd.Write(data); err != nil {
		fd.Close()
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}
