package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/saidwho/saidwho/corpus"
)

func sampleReport() Report {
	const text = "Ann said the plan is good."
	s := NewScorer(Options{})
	s.Add(corpus.GoldDocument{ID: "d", Text: text, Quotes: []corpus.GoldQuote{gq(text, "the plan is good", I, nil)}},
		corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{withRule(pq(text, "plan is good", I, str("Ann")), "said-after")}})
	return s.Report()
}

func TestReportJSONLayout(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleReport().WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]any) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	scope := []string{"cover30", "cover30_matched", "cover80", "cover80_matched", "end_to_end", "end_to_end_correct",
		"exact", "exact_matched", "gold", "ignored_predictions", "matched", "mention_accuracy", "mention_correct",
		"mention_judged", "optional_gold", "partial", "predicted", "speaker_accuracy", "speaker_correct", "speaker_judged"}
	top := append(slices.Clone(scope), "by_field", "by_kind", "by_source", "calibration", "documents", "error_counts", "errors", "failed_predictions",
		"inconsistent_spans", "missing_predictions", "rules", "tokenless_gold", "unmatched_predictions")
	slices.Sort(top)
	if k := keys(got); !slices.Equal(k, top) {
		t.Errorf("top-level keys\n got %v\nwant %v", k, top)
	}
	byKind := got["by_kind"].(map[string]any)
	if k := keys(byKind); !slices.Equal(k, []string{"direct", "indirect", "mixed"}) {
		t.Errorf("by_kind keys = %v", k)
	}
	if k := keys(byKind["indirect"].(map[string]any)); !slices.Equal(k, scope) {
		t.Errorf("by_kind scope keys\n got %v\nwant %v", k, scope)
	}
	if v, ok := got["speaker_accuracy"]; !ok || v != nil {
		t.Errorf("speaker_accuracy = %v, want null (gold speaker unknown)", v)
	}
	if p := got["partial"].(map[string]any); p["p"] != 1.0 || p["r"] != 1.0 || p["f1"] != 1.0 {
		t.Errorf("partial = %v", p)
	}
	cases := got["errors"].([]any)
	if len(cases) != 1 || cases[0].(map[string]any)["category"] != "wrong_boundary" {
		t.Errorf("errors = %v", cases)
	}
}

func TestReportJSONRoundTrip(t *testing.T) {
	want := sampleReport()
	raw, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	var got Report
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip\n got %+v\nwant %+v", got, want)
	}
	// An empty report still encodes collections as {} and [].
	raw, err = json.Marshal(Report{})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"by_kind":{}`, `"rules":{}`, `"errors":[]`, `"speaker_accuracy":null`} {
		if !bytes.Contains(raw, []byte(k)) {
			t.Errorf("empty report lacks %s: %s", k, raw)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	r := sampleReport()
	if err := r.WriteText(failingWriter{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("WriteText error = %v", err)
	}
	if err := r.WriteJSON(failingWriter{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("WriteJSON error = %v", err)
	}
	if err := r.WriteMarkdown(failingWriter{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("WriteMarkdown error = %v", err)
	}
	if err := r.WriteHTML(failingWriter{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("WriteHTML error = %v", err)
	}
}
