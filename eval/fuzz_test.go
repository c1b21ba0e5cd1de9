package eval_test

import (
	"bytes"
	"io"
	"math"
	"os"
	"testing"

	"github.com/saidwho/saidwho/eval"
)

// FuzzScore scores arbitrary JSONL against arbitrary JSONL: Score must not
// panic, whatever the lines hold (offsets out of range or reversed, text that
// disagrees with them, invalid UTF-8, duplicate ids, wrong types); it either
// returns an error naming a line or a report whose counts and figures make
// sense, which every rendering can write.
func FuzzScore(f *testing.F) {
	gold, err := os.ReadFile("testdata/small.gold.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	pred, err := os.ReadFile("testdata/small.pred.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(gold, pred)
	f.Add(gold, gold)
	f.Add([]byte(`{"id":"a","text":"x y","quotes":[{"start":5,"end":-1,"text":"q","kind":"direct","speaker":null}]}`),
		[]byte(`{"id":"a","quotes":[{"start":-3,"end":99,"text":"zz","kind":"weird","speaker":"\u00e9"}]}`+"\n"+`{"id":"a","quotes":null}`))
	f.Add([]byte(`{"id":"a","text":"caf\xe9 \"x\"","quotes":[{"start":0,"end":4,"text":"caf\xe9","kind":"mixed","speaker":"A","speaker_mentions":[[9,1]],"cue_span":[2,1],"optional":true}],"entities":{"A":["B"]}}`),
		[]byte(`{"id":"a","quotes":[{"start":0,"end":4,"text":"café","kind":"mixed","speaker":"B","mention":{"start":7,"end":2,"text":""}}],"error":""}`))
	f.Add([]byte("\n\n{}\n[]\nnull\n"), []byte("{\"id\":1}\n\"x\"\n{"))
	f.Fuzz(func(t *testing.T, gold, pred []byte) {
		r, err := eval.Score(eval.Input{Name: "gold", Reader: bytes.NewReader(gold)}, eval.Input{Name: "pred", Reader: bytes.NewReader(pred)}, eval.Options{})
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an empty error")
			}
			return
		}
		for kind, sc := range r.ByKind {
			checkScores(t, kind, sc)
		}
		checkScores(t, "overall", r.Overall)
		for _, format := range []eval.Format{eval.FormatText, eval.FormatMarkdown, eval.FormatJSON, eval.FormatHTML} {
			if err := r.Write(io.Discard, format, eval.RenderOptions{}); err != nil {
				t.Errorf("Write(%v): %v", format, err)
			}
		}
	})
}

func checkScores(t *testing.T, scope string, sc eval.Scores) {
	t.Helper()
	c := []int{sc.Gold, sc.OptionalGold, sc.Predicted, sc.IgnoredPredictions, sc.Matched, sc.ExactMatched,
		sc.Cover30Matched, sc.Cover80Matched, sc.SpeakerJudged, sc.SpeakerCorrect, sc.MentionJudged, sc.MentionCorrect, sc.EndToEndCorrect}
	for _, n := range c {
		if n < 0 {
			t.Fatalf("%s: a negative count: %+v", scope, sc)
		}
	}
	if sc.Matched > sc.Predicted || sc.ExactMatched > sc.Matched || sc.SpeakerCorrect > sc.SpeakerJudged || sc.MentionCorrect > sc.MentionJudged {
		t.Fatalf("%s: counts out of order: %+v", scope, sc)
	}
	for _, prf := range []eval.PRF{sc.Partial, sc.Exact, sc.Cover30, sc.Cover80, sc.EndToEnd} {
		for _, x := range []float64{prf.P, prf.R, prf.F1} {
			if math.IsNaN(x) || x < 0 || x > 1 {
				t.Fatalf("%s: figure %v out of [0, 1]: %+v", scope, x, sc)
			}
		}
	}
}
