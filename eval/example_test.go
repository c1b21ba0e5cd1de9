package eval_test

import (
	"fmt"

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
