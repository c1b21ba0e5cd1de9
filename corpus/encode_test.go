package corpus

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
)

// encodingJSON is what the Writer wrote before appendPrediction.
func encodingJSON(p Prediction) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(p)
	return buf.Bytes(), err
}

func checkAppend(t *testing.T, p Prediction) {
	t.Helper()
	got, ok := appendPrediction(nil, p)
	want, err := encodingJSON(p)
	if ok != (err == nil) {
		t.Fatalf("%+v: appendPrediction ok %v, encoding/json error %v", p, ok, err)
	}
	if ok && !bytes.Equal(got, want) {
		t.Errorf("appendPrediction\n got %s\nwant %s", got, want)
	}
}

func TestAppendPrediction(t *testing.T) {
	name := "Qian Xiaoqian"
	for _, p := range []Prediction{
		{ID: "empty"},
		{ID: "none", Quotes: []PredictedQuote{}},
		{ID: "failed", Quotes: []PredictedQuote{}, Error: "not a text file: NUL byte at byte 3"},
		{ID: "seed", Quotes: []PredictedQuote{{Start: 10, End: 52, Text: "\"zero sum\" <&> \n\t\u2028\u2029 \x01 \x7f é \xff\xfe",
			Kind: "mixed", Speaker: &name, Mention: &Span{Start: 1, End: 5, Text: "Qian"}, Cue: &Span{Start: 6, End: 14, Text: "stressed"},
			Confidence: 0.93, Rule: "subject-cue"}, {Kind: "direct", Confidence: 1}}},
	} {
		checkAppend(t, p)
	}
	for _, f := range []float64{0, -0.0, 1, 0.5, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, 1.5e300, -2.5e-10, math.SmallestNonzeroFloat64, math.MaxFloat64, math.NaN(), math.Inf(1)} {
		checkAppend(t, Prediction{ID: "f", Quotes: []PredictedQuote{{Confidence: f}}})
	}
}

// FuzzAppendPrediction holds appendPrediction to encoding/json's bytes.
func FuzzAppendPrediction(f *testing.F) {
	f.Add("id", "text \"q\" \n", "Name", 0.75, 3, -1)
	f.Add("\xff\u2028", "\x00\x1f<>&", "", 1e-9, 0, 1<<40)
	f.Fuzz(func(t *testing.T, id, text, speaker string, conf float64, start, end int) {
		q := PredictedQuote{Start: start, End: end, Text: text, Kind: "direct", Confidence: conf, Rule: speaker}
		if speaker != "" {
			q.Speaker = &speaker
			q.Mention = &Span{Start: end, End: start, Text: speaker}
		}
		checkAppend(t, Prediction{ID: id, Quotes: []PredictedQuote{q}, Error: text})
	})
}
