package eval

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// TestMergeEqualsOneRun scores a corpus document by document and merges the
// reports: every additive part must equal one run over the whole.
func TestMergeEqualsOneRun(t *testing.T) {
	gold, err := os.ReadFile("testdata/small.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	pred, err := os.ReadFile("testdata/small.pred.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	score := func(g, p []byte) Report {
		t.Helper()
		r, err := Score(Input{"gold", bytes.NewReader(g)}, Input{"pred", bytes.NewReader(p)}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	whole := score(gold, pred)
	goldLines, predLines := bytes.SplitAfter(gold, []byte("\n")), bytes.SplitAfter(pred, []byte("\n"))
	var merged Report
	for k, g := range goldLines {
		if len(bytes.TrimSpace(g)) == 0 {
			continue
		}
		merged = merged.Merge(score(g, predLines[k]))
	}
	if merged.Documents != whole.Documents || merged.Documents < 2 {
		t.Fatalf("merged %d documents, one run %d", merged.Documents, whole.Documents)
	}
	// Bands from more than one document, else the sum proves nothing.
	if sp := whole.Calibration.Speaker; sp.Total().Judged < 2 || sp.ECE() == nil {
		t.Fatalf("small.pred.jsonl judges too few speakers: %+v", sp)
	}
	for name, pair := range map[string][2]any{
		"Overall":     {merged.Overall, whole.Overall},
		"ByKind":      {merged.ByKind, whole.ByKind},
		"BySource":    {merged.BySource, whole.BySource},
		"Rules":       {merged.Rules, whole.Rules},
		"Calibration": {merged.Calibration, whole.Calibration},
		"ErrorCounts": {merged.ErrorCounts, whole.ErrorCounts},
		"Errors":      {len(merged.Errors), len(whole.Errors)},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s: merged %+v\n one run %+v", name, pair[0], pair[1])
		}
	}
}

// TestRuleStatsPlus fails when RuleStats gains a count plus does not add.
func TestRuleStatsPlus(t *testing.T) {
	checkPlus(t, RuleStats.plus)
}

// checkPlus checks that plus adds every field of T, a struct of integers:
// each field of a holds i+1 and of b 100(i+1), so the sum must hold 101(i+1).
func checkPlus[T any](t *testing.T, plus func(a, b T) T) {
	t.Helper()
	var a, b T
	va, vb := reflect.ValueOf(&a).Elem(), reflect.ValueOf(&b).Elem()
	for i := range va.NumField() {
		va.Field(i).SetInt(int64(i + 1))
		vb.Field(i).SetInt(int64(100 * (i + 1)))
	}
	sum := reflect.ValueOf(plus(a, b))
	for i := range sum.NumField() {
		if got, want := sum.Field(i).Int(), int64(101*(i+1)); got != want {
			t.Errorf("%s.%s: %d, want %d", sum.Type().Name(), sum.Type().Field(i).Name, got, want)
		}
	}
}
