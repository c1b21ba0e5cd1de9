package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
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

// writes records each Write call made to it.
type writes struct {
	calls [][]byte
	fail  error // returned by every call once set
}

func (w *writes) Write(p []byte) (int, error) {
	if w.fail != nil {
		return 0, w.fail
	}
	w.calls = append(w.calls, bytes.Clone(p))
	return len(p), nil
}

func TestWriterWritesWholeLines(t *testing.T) {
	out := &writes{}
	w := NewWriter(out)
	long := strings.Repeat("é", flushAt) // one record longer than the buffer
	var want bytes.Buffer
	for i := range 200 {
		p := Prediction{ID: fmt.Sprint(i), Quotes: []PredictedQuote{{Text: strings.Repeat("x", i*37)}}}
		if i%50 == 7 {
			p.Quotes[0].Text = long
		}
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(p)
		want.Write(b)
		want.WriteByte('\n')
		if got := w.Flushed(); got > i+1 {
			t.Fatalf("Flushed = %d after %d writes", got, i+1)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if w.Flushed() != 200 {
		t.Errorf("Flushed = %d, want 200", w.Flushed())
	}
	if len(out.calls) < 2 {
		t.Errorf("%d Write calls: the Writer did not flush as it went", len(out.calls))
	}
	var got bytes.Buffer
	for i, c := range out.calls {
		if len(c) == 0 || c[len(c)-1] != '\n' {
			t.Errorf("Write call %d does not end a line: %.40q...", i, c[max(0, len(c)-40):])
		}
		got.Write(c)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("output differs from the records encoded one by one")
	}
}

func TestWriterUnencodable(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	bad := Prediction{ID: "nan", Quotes: []PredictedQuote{{Text: "x", Confidence: math.NaN()}}}
	for _, p := range []Prediction{{ID: "before"}, bad, {ID: "after"}} {
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	want := `{"id":"before","quotes":[]}
{"id":"nan","quotes":[],"error":"cannot write the record: json: unsupported value: NaN"}
{"id":"after","quotes":[]}
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestWriterErrorSticks(t *testing.T) {
	full := errors.New("no space left on device")
	out := &writes{}
	w := NewWriter(out)
	w.Write(Prediction{ID: "a"})
	w.Flush()
	out.fail = full
	w.Write(Prediction{ID: "b"})
	if err := w.Flush(); !errors.Is(err, full) {
		t.Fatalf("Flush = %v, want %v", err, full)
	}
	out.fail = nil // the disk has room again, but what it holds is unknown
	if err := w.Write(Prediction{ID: "c"}); !errors.Is(err, full) {
		t.Errorf("Write after a failure = %v, want %v", err, full)
	}
	if err := w.Flush(); !errors.Is(err, full) {
		t.Errorf("Flush after a failure = %v, want %v", err, full)
	}
	if w.Flushed() != 1 || len(out.calls) != 1 {
		t.Errorf("Flushed = %d after %d calls, want 1 and 1", w.Flushed(), len(out.calls))
	}
}
