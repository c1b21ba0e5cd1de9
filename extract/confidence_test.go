package extract

import (
	"context"
	"testing"
)

// TestConfidence checks that a quote's confidence follows its rule, the
// register and how its speaker is named: a name is surer than a pronoun,
// and a pronoun surer in news than in fiction.
func TestConfidence(t *testing.T) {
	tests := []struct {
		name     string
		register Register
		text     string
		want     []float64
	}{
		{"news: named after the quote", RegisterNews, `"We will win," Smith said.`, []float64{0.95}},
		{"news: a pronoun", RegisterNews, `Tom Reed spoke first. "We will win," he said.`, []float64{0.9}},
		{"news: reported speech by name", RegisterNews, "Her lawyer, Ann Cole, said that she would appeal.", []float64{0.95}},
		{"fiction: named after the quote", RegisterFiction, `"I am tired," said Clara.`, []float64{0.95}},
		{"fiction: a pronoun", RegisterFiction, "Mr. Reed came in.\n\n\"I am tired,\" he said.", []float64{0.8}},
		{"fiction: a description after the quote", RegisterFiction, "\"I am tired,\" said the old man.", []float64{0.8}},
		{"fiction: a description before the quote", RegisterFiction, "The old man sat down and said, \"I am tired.\"", []float64{0.6}},
		{"fiction: no speaker, no confidence", RegisterFiction, `"I am tired."`, []float64{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := New(Options{Register: tt.register})
			if err != nil {
				t.Fatal(err)
			}
			qs, err := ex.Extract(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(qs) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(qs), len(tt.want), qs)
			}
			for i, q := range qs {
				if q.Confidence != tt.want[i] {
					t.Errorf("quote %d (%s, %q): confidence %v, want %v", i, q.Rule, q.Speaker, q.Confidence, tt.want[i])
				}
			}
		})
	}
}

// TestEveryRuleTrusted checks that no rule falls through the tables to a
// confidence of 0 with a speaker.
func TestEveryRuleTrusted(t *testing.T) {
	rules := []string{ruleCueAfter, ruleCueBefore, ruleContinues, ruleSamePara, ruleNarrative, ruleTurnTaking,
		ruleAddressee, ruleResumes, rulePrevSpeaker, ruleSaidThat, ruleContentCue, ruleAccordingTo, ruleGerund, ruleLabelled, ruleFragment, ruleCredited, ruleOtherParty, ruleNextSpeaker}
	for _, r := range rules {
		if newsTrust[r].name == 0 {
			t.Errorf("rule %s has no trust in news", r)
		}
	}
	for r := range fictionTrust {
		if _, ok := newsTrust[r]; !ok {
			t.Errorf("rule %s is trusted in fiction only", r)
		}
	}
}
