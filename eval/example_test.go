package eval_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/eval"
)

func ExampleScorer() {
	speaker := func(s string) *string { return &s }
	// Offsets are code points: "é" counts as one.
	gold := corpus.GoldDocument{
		ID:   "ex/1",
		Text: `René said: "We will win." Later he said the vote was close.`,
		Quotes: []corpus.GoldQuote{
			{Start: 12, End: 24, Text: "We will win.", Kind: corpus.KindDirect, Speaker: speaker("René Lévesque")},
			{Start: 40, End: 58, Text: "the vote was close", Kind: corpus.KindIndirect, Speaker: speaker("René Lévesque")},
		},
		Entities: map[string][]string{"René Lévesque": {"René"}},
	}
	pred := corpus.Prediction{
		ID: "ex/1",
		Quotes: []corpus.PredictedQuote{
			{Start: 11, End: 25, Text: `"We will win."`, Kind: corpus.KindDirect, Speaker: speaker("RENÉ"), Rule: "colon"},
			{Start: 44, End: 58, Text: "vote was close", Kind: corpus.KindIndirect, Speaker: speaker("he"), Rule: "said-after"},
		},
	}

	s := eval.NewScorer(eval.Options{})
	s.Add(gold, pred)
	r := s.Report()

	fmt.Printf("partial F1 %.2f, exact F1 %.2f, speaker accuracy %.2f\n",
		r.Overall.Partial.F1, r.Overall.Exact.F1, *r.Overall.SpeakerAccuracy)
	for _, c := range r.Errors {
		fmt.Printf("%s %s [%d,%d) %q rule=%s\n", c.Category, c.DocID, c.Pred.Start, c.Pred.End, c.Pred.Text, c.Pred.Rule)
	}
	// Output:
	// partial F1 1.00, exact F1 0.50, speaker accuracy 0.50
	// wrong_boundary ex/1 [44,58) "vote was close" rule=said-after
	// wrong_speaker ex/1 [44,58) "vote was close" rule=said-after
}

func ExampleCompare() {
	// Two documents of two direct quotes each; the system names every
	// speaker, the baseline misses one quote and names one speaker wrong.
	gold := `{"id":"a","text":"\"Yes,\" said Ann. \"No,\" said Bob.","quotes":[` +
		`{"start":1,"end":5,"text":"Yes,","kind":"direct","speaker":"Ann"},` +
		`{"start":18,"end":21,"text":"No,","kind":"direct","speaker":"Bob"}]}
{"id":"b","text":"\"Up,\" said Cy. \"Down,\" said Di.","quotes":[` +
		`{"start":1,"end":4,"text":"Up,","kind":"direct","speaker":"Cy"},` +
		`{"start":16,"end":21,"text":"Down,","kind":"direct","speaker":"Di"}]}
`
	system := `{"id":"a","quotes":[{"start":1,"end":5,"text":"Yes,","kind":"direct","speaker":"Ann"},{"start":18,"end":21,"text":"No,","kind":"direct","speaker":"Bob"}]}
{"id":"b","quotes":[{"start":1,"end":4,"text":"Up,","kind":"direct","speaker":"Cy"},{"start":16,"end":21,"text":"Down,","kind":"direct","speaker":"Di"}]}
`
	baseline := `{"id":"a","quotes":[{"start":1,"end":5,"text":"Yes,","kind":"direct","speaker":"Bob"},{"start":18,"end":21,"text":"No,","kind":"direct","speaker":"Bob"}]}
{"id":"b","quotes":[{"start":1,"end":4,"text":"Up,","kind":"direct","speaker":"Cy"}]}
`
	r, err := eval.Compare(
		eval.Input{Name: "gold", Reader: strings.NewReader(gold)},
		eval.Input{Name: "system", Reader: strings.NewReader(system)},
		eval.Input{Name: "baseline", Reader: strings.NewReader(baseline)},
		eval.Options{}, eval.Bootstrap{Resamples: 200, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range r.Comparison.Figures {
		if d.Group == eval.GroupOverall && (d.Metric == eval.PartialR || d.Metric == eval.SpeakerAccuracy) {
			fmt.Printf("%s: %.2f vs %.2f, diff %+.2f, 95%% interval [%+.2f, %+.2f]\n",
				d.Metric, *d.System, *d.Baseline, *d.Diff, *d.Low, *d.High)
		}
	}
	// Output:
	// partial_r: 1.00 vs 0.75, diff +0.25, 95% interval [+0.00, +0.50]
	// speaker_accuracy: 1.00 vs 0.67, diff +0.33, 95% interval [+0.00, +0.50]
}

func ExampleDigest() {
	// The CLI hashes each input as it scores it, for Provenance.Inputs.
	d := eval.NewDigest(strings.NewReader("{}\n"))
	if _, err := io.ReadAll(io.LimitReader(d, 1)); err != nil { // a reader that stops early
		fmt.Println(err)
		return
	}
	sum, n, err := d.Finish()
	fmt.Println(sum[:16], n, err)
	// Output:
	// ca3d163bab055381 3 <nil>
}
