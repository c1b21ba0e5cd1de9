package corpus

import (
	"bytes"
	"testing"
)

func TestWriter(t *testing.T) {
	speaker := "Qian Xiaoqian"
	var buf bytes.Buffer
	w := NewWriter(&buf)
	preds := []Prediction{
		{ID: "empty"},
		{ID: "failed", Error: "boom"},
		{ID: "one", Quotes: []PredictedQuote{{
			Start: 1, End: 9, Text: "<b> & é", Kind: KindDirect, Speaker: &speaker,
			Mention: &Span{Start: 12, End: 16, Text: "Qian"}, Confidence: 0.5, Rule: "after-said",
		}}},
		{ID: "unknown", Quotes: []PredictedQuote{{Start: 0, End: 1, Text: "x", Kind: KindIndirect}}},
	}
	for _, p := range preds {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if buf.Len() != 0 {
		t.Errorf("Writer did not buffer")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := `{"id":"empty","quotes":[]}
{"id":"failed","quotes":[],"error":"boom"}
{"id":"one","quotes":[{"start":1,"end":9,"text":"<b> & é","kind":"direct","speaker":"Qian Xiaoqian","mention":{"start":12,"end":16,"text":"Qian"},"cue":null,"confidence":0.5,"rule":"after-said"}]}
{"id":"unknown","quotes":[{"start":0,"end":1,"text":"x","kind":"indirect","speaker":null,"mention":null,"cue":null,"confidence":0,"rule":""}]}
`
	if got := buf.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
