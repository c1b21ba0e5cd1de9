package eval

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/saidwho/saidwho/corpus"
)

func str(s string) *string { return &s }

// cp returns the code-point span of the n-th (0-based) occurrence of sub in
// text, so cases are written as text, not as offsets.
func cp(text, sub string, n int) (int, int) {
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			panic("test case: " + sub + " not in text")
		}
		if n == 0 {
			s := utf8.RuneCountInString(text[:from+i])
			return s, s + utf8.RuneCountInString(sub)
		}
		n--
		from += i + len(sub)
	}
}

// gq builds a gold quote over the first occurrence of sub.
func gq(text, sub, kind string, speaker *string) corpus.GoldQuote {
	s, e := cp(text, sub, 0)
	return corpus.GoldQuote{Start: s, End: e, Text: sub, Kind: kind, Speaker: speaker}
}

// pq builds a predicted quote over the first occurrence of sub.
func pq(text, sub, kind string, speaker *string) corpus.PredictedQuote {
	s, e := cp(text, sub, 0)
	return corpus.PredictedQuote{Start: s, End: e, Text: sub, Kind: kind, Speaker: speaker}
}

func optional(q corpus.GoldQuote) corpus.GoldQuote { q.Optional = true; return q }

func withRule(q corpus.PredictedQuote, rule string) corpus.PredictedQuote { q.Rule = rule; return q }

// counts keeps only the counts of sc, which determine its figures.
func counts(sc Scores) Counts { return sc.Counts() }

const (
	D = corpus.KindDirect
	I = corpus.KindIndirect
	M = corpus.KindMixed
)

func TestScorerCounts(t *testing.T) {
	const abc = "alpha beta gamma delta epsilon"
	const says = "Ann said the plan is good and Bob said it is bad."
	const multi = "Zhāng 说: “你好 wörld”, and Ēmile said it was ﬁne."
	const ten = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10"
	const nested = `He said, "how 'are' you doing?"`
	hormats := map[string][]string{"Robert D. Hormats": {"Hormats", "Robert Hormats"}}

	tests := []struct {
		name    string
		gold    corpus.GoldDocument
		pred    corpus.Prediction
		missing bool // no prediction line
		want    Counts
		kind    map[string]Counts // per-kind counts to check, if any
		errs    map[Category]int
		// tokenless is the expected Report.TokenlessGold.
		tokenless int
	}{
		{
			name: "empty document",
			gold: corpus.GoldDocument{ID: "d", Text: ""},
			pred: corpus.Prediction{ID: "d"},
			want: Counts{},
			errs: map[Category]int{},
		},
		{
			name: "optional gold: its prediction is ignored, unpaired optional not owed",
			gold: corpus.GoldDocument{ID: "d", Text: says, Quotes: []corpus.GoldQuote{
				gq(says, "the plan is good", I, str("Ann")),
				optional(gq(says, "it is bad", I, str("Bob"))),
				optional(gq(says, "Ann", I, nil)),
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
				pq(says, "the plan is good", I, str("Ann")),
				pq(says, "it is bad", I, str("Someone")),
			}},
			want: Counts{Gold: 1, OptionalGold: 2, Predicted: 1, IgnoredPredictions: 1, Matched: 1, ExactMatched: 1,
				Cover30Matched: 1, Cover80Matched: 1, SpeakerJudged: 1, SpeakerCorrect: 1, EndToEndCorrect: 1},
			errs: map[Category]int{},
		},
		{
			name: "optional gold takes part in pairing and can take a prediction from owed gold",
			gold: corpus.GoldDocument{ID: "d", Text: abc, Quotes: []corpus.GoldQuote{
				gq(abc, "alpha beta", I, nil),
				optional(gq(abc, "beta gamma delta", I, nil)),
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{pq(abc, "beta gamma delta", I, nil)}},
			want: Counts{Gold: 1, OptionalGold: 1, IgnoredPredictions: 1},
			errs: map[Category]int{Missed: 1},
		},
		{
			name: "two predictions over one gold quote: the larger overlap matches, the other is spurious",
			gold: corpus.GoldDocument{ID: "d", Text: abc, Quotes: []corpus.GoldQuote{gq(abc, abc, D, nil)}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
				pq(abc, "alpha beta", D, nil),
				pq(abc, "gamma delta epsilon", D, nil),
			}},
			want: Counts{Gold: 1, Predicted: 2, Matched: 1, Cover30Matched: 1},
			errs: map[Category]int{Spurious: 1, WrongBoundary: 1},
		},
		{
			name: "overlapping predictions each take the gold quote they share most with",
			gold: corpus.GoldDocument{ID: "d", Text: abc, Quotes: []corpus.GoldQuote{
				gq(abc, "alpha beta", D, nil),
				gq(abc, "delta epsilon", D, nil),
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
				pq(abc, "alpha beta gamma", D, nil),
				pq(abc, "beta gamma delta", D, nil), // overlaps the first prediction
			}},
			// "delta epsilon" shares 1 of its 2 tokens: covers 30%, not 80%.
			want: Counts{Gold: 2, Predicted: 2, Matched: 2, Cover30Matched: 2, Cover80Matched: 1},
			errs: map[Category]int{WrongBoundary: 2},
		},
		{
			name: "a document without gold quotes: every prediction is spurious",
			gold: corpus.GoldDocument{ID: "d", Text: says},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{pq(says, "the plan is good", I, str("Ann"))}},
			want: Counts{Predicted: 1},
			errs: map[Category]int{Spurious: 1},
		},
		{
			name: "a nested optional quote takes the inner prediction; the outer one matches the owed quote",
			gold: corpus.GoldDocument{ID: "d", Text: nested, Quotes: []corpus.GoldQuote{
				gq(nested, "how 'are' you doing?", D, nil),
				optional(gq(nested, "are", D, nil)),
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
				pq(nested, "how 'are' you doing?", D, nil),
				pq(nested, "are", D, nil),
			}},
			want: Counts{Gold: 1, OptionalGold: 1, Predicted: 1, IgnoredPredictions: 1, Matched: 1, ExactMatched: 1,
				Cover30Matched: 1, Cover80Matched: 1},
			errs: map[Category]int{},
		},
		{
			name: "failed document: its quotes are ignored and the gold is missed",
			gold: corpus.GoldDocument{ID: "d", Text: says, Quotes: []corpus.GoldQuote{gq(says, "the plan is good", I, str("Ann"))}},
			pred: corpus.Prediction{ID: "d", Error: "boom", Quotes: []corpus.PredictedQuote{pq(says, "the plan is good", I, str("Ann"))}},
			want: Counts{Gold: 1},
			errs: map[Category]int{Failed: 1, Missed: 1},
		},
		{
			name:    "no prediction line: the gold is missed",
			gold:    corpus.GoldDocument{ID: "d", Text: says, Quotes: []corpus.GoldQuote{gq(says, "the plan is good", I, str("Ann"))}},
			missing: true,
			want:    Counts{Gold: 1},
			errs:    map[Category]int{NoPrediction: 1, Missed: 1},
		},
		{
			name: "kind mismatch: matched overall, missed and spurious per kind",
			gold: corpus.GoldDocument{ID: "d", Text: says, Quotes: []corpus.GoldQuote{gq(says, "the plan is good", D, str("Ann"))}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{pq(says, "the plan is good", I, str("Ann"))}},
			want: Counts{Gold: 1, Predicted: 1, Matched: 1, ExactMatched: 1, Cover30Matched: 1, Cover80Matched: 1,
				SpeakerJudged: 1, SpeakerCorrect: 1, EndToEndCorrect: 1},
			kind: map[string]Counts{D: {Gold: 1}, I: {Predicted: 1}, M: {}},
			errs: map[Category]int{WrongKind: 1},
		},
		{
			name: "tie on shared tokens goes to the earlier gold quote",
			gold: corpus.GoldDocument{ID: "d", Text: abc, Quotes: []corpus.GoldQuote{
				gq(abc, "alpha beta gamma", D, nil),
				gq(abc, "beta gamma delta", D, nil),
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{pq(abc, "beta gamma", D, nil)}},
			want: Counts{Gold: 2, Predicted: 1, Matched: 1, Cover30Matched: 1},
			errs: map[Category]int{Missed: 1, WrongBoundary: 1},
		},
		{
			name: "greedy order: a tie lost first is won back by a later prediction",
			gold: corpus.GoldDocument{ID: "d", Text: abc, Quotes: []corpus.GoldQuote{
				gq(abc, "alpha beta gamma", D, nil),
				gq(abc, "beta gamma delta", D, nil),
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
				pq(abc, "beta gamma", D, nil),
				pq(abc, "gamma delta", D, nil),
			}},
			want: Counts{Gold: 2, Predicted: 2, Matched: 2, Cover30Matched: 2},
			errs: map[Category]int{WrongBoundary: 2},
		},
		{
			name: "multibyte text: offsets are code points, CJK runs are one token",
			gold: corpus.GoldDocument{ID: "d", Text: multi, Quotes: []corpus.GoldQuote{
				gq(multi, "你好 wörld", D, str("Zhāng")),
				gq(multi, "it was ﬁne", I, str("Ēmile")),
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
				pq(multi, "“你好 wörld”,", D, str("ZHĀNG")), // marks and comma trim away: exact
				pq(multi, "was ﬁne", I, str("Ēmile")),
			}},
			// "was ﬁne" holds 2 of the 3 tokens of "it was ﬁne": covers 30%, not 80%.
			want: Counts{Gold: 2, Predicted: 2, Matched: 2, ExactMatched: 1, Cover30Matched: 2, Cover80Matched: 1,
				SpeakerJudged: 2, SpeakerCorrect: 2, EndToEndCorrect: 2},
			errs: map[Category]int{WrongBoundary: 1},
		},
		{
			name: "speakers: aliases, NFKC and case match; pronouns, null and other names do not",
			gold: corpus.GoldDocument{ID: "d", Text: ten, Entities: hormats, Quotes: []corpus.GoldQuote{
				gq(ten, "w1", D, str("Robert D. Hormats")),
				gq(ten, "w2", D, str("Robert D. Hormats")),
				gq(ten, "w3", D, str("Robert D. Hormats")),
				gq(ten, "w4", D, str("Robert D. Hormats")),
				gq(ten, "w5", D, str("Robert D. Hormats")),
				gq(ten, "w6", D, str("Robert D. Hormats")),
				gq(ten, "w7", D, nil), // unknown speaker: owed, never judged
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
				pq(ten, "w1", D, str("HORMATS")),
				pq(ten, "w2", D, str("robert  d hormats")),
				pq(ten, "w3", D, str("Ｒｏｂｅｒｔ Ｈｏｒｍａｔｓ")),
				pq(ten, "w4", D, str("He")),
				pq(ten, "w5", D, nil),
				pq(ten, "w6", D, str("Robert")),
				pq(ten, "w7", D, nil),
			}},
			want: Counts{Gold: 7, Predicted: 7, Matched: 7, ExactMatched: 7, Cover30Matched: 7, Cover80Matched: 7,
				SpeakerJudged: 6, SpeakerCorrect: 3, EndToEndCorrect: 3},
			errs: map[Category]int{WrongSpeaker: 3},
		},
		{
			name: "mentions: overlap counts, quotes without speaker_mentions are not judged",
			gold: corpus.GoldDocument{ID: "d", Text: says, Quotes: []corpus.GoldQuote{
				func() corpus.GoldQuote {
					q := gq(says, "the plan is good", I, str("Ann"))
					q.SpeakerMentions = [][2]int{{0, 3}}
					return q
				}(),
				func() corpus.GoldQuote {
					q := gq(says, "it is bad", I, str("Bob"))
					q.SpeakerMentions = [][2]int{{30, 33}}
					return q
				}(),
				gq(says, "plan", I, str("Ann")),
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
				func() corpus.PredictedQuote {
					q := pq(says, "the plan is good", I, str("Ann"))
					q.Mention = &corpus.Span{Start: 2, End: 8, Text: "n said"}
					return q
				}(),
				func() corpus.PredictedQuote {
					q := pq(says, "it is bad", I, str("Bob"))
					q.Mention = &corpus.Span{Start: 33, End: 37, Text: " sai"} // touches, does not overlap
					return q
				}(),
				pq(says, "plan", I, str("Ann")),
			}},
			want: Counts{Gold: 3, Predicted: 3, Matched: 3, ExactMatched: 3, Cover30Matched: 3, Cover80Matched: 3,
				SpeakerJudged: 3, SpeakerCorrect: 3, EndToEndCorrect: 3, MentionJudged: 2, MentionCorrect: 1},
			errs: map[Category]int{},
		},
		{
			name: "coverage thresholds: 3 of 10 tokens cover 30%, 8 of 10 cover 80%",
			gold: corpus.GoldDocument{ID: "d", Text: ten + " " + ten, Quotes: []corpus.GoldQuote{
				gq(ten+" "+ten, ten, I, nil),
				func() corpus.GoldQuote {
					s, e := cp(ten+" "+ten, ten, 1)
					return corpus.GoldQuote{Start: s, End: e, Text: ten, Kind: I}
				}(),
			}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
				pq(ten, "w1 w2 w3", I, nil),
				func() corpus.PredictedQuote {
					s, _ := cp(ten+" "+ten, ten, 1)
					return corpus.PredictedQuote{Start: s, End: s + 23, Text: "w1 w2 w3 w4 w5 w6 w7 w8", Kind: I}
				}(),
			}},
			want: Counts{Gold: 2, Predicted: 2, Matched: 2, Cover30Matched: 2, Cover80Matched: 1},
			errs: map[Category]int{WrongBoundary: 2},
		},
		{
			name: "a span whose text disagrees with its offsets is read from the document",
			gold: corpus.GoldDocument{ID: "d", Text: says, Quotes: []corpus.GoldQuote{gq(says, "the plan is good", I, nil)}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{{Start: 9, End: 25, Kind: I}}},
			want: Counts{Gold: 1, Predicted: 1, Matched: 1, ExactMatched: 1, Cover30Matched: 1, Cover80Matched: 1},
			errs: map[Category]int{},
		},
		{
			name: "offsets out of range do not panic",
			gold: corpus.GoldDocument{ID: "d", Text: "short", Quotes: []corpus.GoldQuote{{Start: -4, End: 900, Text: "short", Kind: D}}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{{Start: 50, End: 10, Text: "x", Kind: D}}},
			want: Counts{Gold: 1, Predicted: 1},
			errs: map[Category]int{Missed: 1, Spurious: 1},
		},
		{
			name: "a quote without a kind counts overall and under the empty kind, once",
			gold: corpus.GoldDocument{ID: "d", Text: says, Quotes: []corpus.GoldQuote{gq(says, "it is bad", "", nil)}},
			pred: corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{withRule(pq(says, "it is bad", "", nil), "r")}},
			want: Counts{Gold: 1, Predicted: 1, Matched: 1, ExactMatched: 1, Cover30Matched: 1, Cover80Matched: 1},
			kind: map[string]Counts{"": {Gold: 1, Predicted: 1, Matched: 1, ExactMatched: 1, Cover30Matched: 1, Cover80Matched: 1}, D: {}},
			errs: map[Category]int{},
		},
		{
			name:      "a gold quote without word tokens can never match",
			gold:      corpus.GoldDocument{ID: "d", Text: "He asked: ?", Quotes: []corpus.GoldQuote{{Start: 10, End: 11, Text: "?", Kind: D}}},
			pred:      corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{{Start: 10, End: 11, Text: "?", Kind: D}}},
			want:      Counts{Gold: 1, Predicted: 1},
			errs:      map[Category]int{Missed: 1, Spurious: 1},
			tokenless: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewScorer(Options{})
			if tt.missing {
				s.AddMissing(tt.gold)
			} else {
				s.Add(tt.gold, tt.pred)
			}
			r := s.Report()
			if got := counts(r.Overall); got != tt.want {
				t.Errorf("overall counts\n got %+v\nwant %+v", got, tt.want)
			}
			for k, want := range tt.kind {
				if got := counts(r.ByKind[k]); got != want {
					t.Errorf("%s counts\n got %+v\nwant %+v", k, got, want)
				}
			}
			for _, k := range corpus.Kinds {
				if _, ok := r.ByKind[k]; !ok {
					t.Errorf("by kind lacks %q", k)
				}
			}
			if len(r.ErrorCounts) != len(tt.errs) {
				t.Errorf("error counts = %v, want %v", r.ErrorCounts, tt.errs)
			}
			for c, n := range tt.errs {
				if r.ErrorCounts[c] != n {
					t.Errorf("error counts = %v, want %v", r.ErrorCounts, tt.errs)
					break
				}
			}
			if r.TokenlessGold != tt.tokenless {
				t.Errorf("tokenless gold = %d, want %d", r.TokenlessGold, tt.tokenless)
			}
			if r.Documents != 1 {
				t.Errorf("documents = %d, want 1", r.Documents)
			}
			predicted := 0
			for _, rs := range r.Rules {
				predicted += rs.Predicted
			}
			if predicted != r.Overall.Predicted+r.Overall.IgnoredPredictions {
				t.Errorf("rules count %d predictions, overall %d", predicted, r.Overall.Predicted+r.Overall.IgnoredPredictions)
			}
		})
	}
}

func TestTieGoesToEarlierPredictionInFileOrder(t *testing.T) {
	const text = "alpha beta gamma delta"
	gold := corpus.GoldDocument{ID: "d", Text: text, Quotes: []corpus.GoldQuote{gq(text, text, D, nil)}}
	// File order, not offset order, breaks the tie: "gamma delta" comes first.
	pred := corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
		pq(text, "gamma delta", D, nil),
		pq(text, "alpha beta", D, nil),
	}}
	s := NewScorer(Options{})
	s.Add(gold, pred)
	var spurious []string
	for _, c := range s.Report().Errors {
		if c.Category == Spurious {
			spurious = append(spurious, c.Pred.Text)
		}
	}
	if len(spurious) != 1 || spurious[0] != "alpha beta" {
		t.Errorf("spurious = %q, want [alpha beta]", spurious)
	}
}

func TestFigures(t *testing.T) {
	s := NewScorer(Options{})
	const text = "one two three four"
	s.Add(corpus.GoldDocument{ID: "a", Text: text, Quotes: []corpus.GoldQuote{
		gq(text, "one", D, str("X")), gq(text, "two", D, str("X")), gq(text, "three", D, str("X")),
	}}, corpus.Prediction{ID: "a", Quotes: []corpus.PredictedQuote{
		pq(text, "one", D, str("X")), pq(text, "two", D, str("Y")), pq(text, "four", D, str("X")), pq(text, "three four", D, nil),
	}})
	s.Add(corpus.GoldDocument{ID: "b"}, corpus.Prediction{ID: "b"})
	r := s.Report()
	o := r.Overall
	near := func(name string, got, want float64) {
		t.Helper()
		if d := got - want; d > 1e-12 || d < -1e-12 {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	// 3 matched of 4 predicted and 3 gold; one of the matches is not exact.
	near("partial P", o.Partial.P, 0.75)
	near("partial R", o.Partial.R, 1)
	near("partial F1", o.Partial.F1, 2*0.75/1.75)
	near("exact P", o.Exact.P, 0.5)
	near("exact R", o.Exact.R, 2.0/3)
	// Speakers: X right, Y wrong, null wrong.
	near("speaker accuracy", *o.SpeakerAccuracy, 1.0/3)
	near("end-to-end P", o.EndToEnd.P, 0.25)
	near("end-to-end R", o.EndToEnd.R, 1.0/3)
	if o.MentionAccuracy != nil {
		t.Errorf("mention accuracy = %v, want nil (nothing to judge)", *o.MentionAccuracy)
	}
	if mixed := r.ByKind[M]; mixed.Partial != (PRF{}) || mixed.SpeakerAccuracy != nil {
		t.Errorf("empty kind = %+v, want zero figures and nil accuracy", mixed)
	}
	if r.Documents != 2 {
		t.Errorf("documents = %d, want 2", r.Documents)
	}
}

func TestErrorCasesAndRules(t *testing.T) {
	const text = "a b c d e f"
	gold := corpus.GoldDocument{ID: "doc", Text: text, Quotes: []corpus.GoldQuote{
		gq(text, "a", D, nil), gq(text, "b", D, nil), gq(text, "c", D, nil), gq(text, "d e", D, str("X")),
	}}
	pred := corpus.Prediction{ID: "doc", Quotes: []corpus.PredictedQuote{
		withRule(pq(text, "f", D, nil), "colon"),
		withRule(pq(text, "d", I, str("Y")), "said-after"),
		pq(text, "a", D, nil),
	}}

	s := NewScorer(Options{MaxErrors: 1})
	s.Add(gold, pred)
	r := s.Report()
	want := map[Category]int{Missed: 2, Spurious: 1, WrongBoundary: 1, WrongSpeaker: 1, WrongKind: 1}
	for c, n := range want {
		if r.ErrorCounts[c] != n {
			t.Errorf("error counts = %v, want %v", r.ErrorCounts, want)
			break
		}
	}
	// One case kept per category, in document order.
	var got []string
	for _, c := range r.Errors {
		got = append(got, string(c.Category))
	}
	if strings.Join(got, ",") != "missed,wrong_boundary,wrong_speaker,wrong_kind,spurious" {
		t.Errorf("kept cases = %v", got)
	}
	for _, c := range r.Errors {
		if c.DocID != "doc" {
			t.Errorf("case %+v lacks the document id", c)
		}
		if c.Category == WrongBoundary && (c.Gold.Start != 6 || c.Gold.End != 9 || c.Pred.Rule != "said-after" || c.SharedTokens != 1 || c.GoldTokens != 2) {
			t.Errorf("wrong boundary case = %+v %+v %+v", c, *c.Gold, *c.Pred)
		}
	}
	wantRules := map[string]RuleStats{
		"colon":      {Predicted: 1, Spurious: 1},
		"said-after": {Predicted: 1, Matched: 1, WrongBoundary: 1, WrongSpeaker: 1, WrongKind: 1, SpeakerJudged: 1},
		NoRule:       {Predicted: 1, Matched: 1},
	}
	if len(r.Rules) != len(wantRules) {
		t.Errorf("rules = %+v, want %+v", r.Rules, wantRules)
	}
	for name, w := range wantRules {
		if r.Rules[name] != w {
			t.Errorf("rule %q = %+v, want %+v", name, r.Rules[name], w)
		}
	}

	none := NewScorer(Options{MaxErrors: -1})
	none.Add(gold, pred)
	if r := none.Report(); len(r.Errors) != 0 || r.ErrorCounts[Missed] != 2 {
		t.Errorf("MaxErrors -1: kept %d cases, counts %v", len(r.Errors), r.ErrorCounts)
	}
}

func TestReportIsASnapshot(t *testing.T) {
	var s Scorer // the zero value is usable
	const text = "x y"
	gold := corpus.GoldDocument{ID: "d", Text: text, Quotes: []corpus.GoldQuote{gq(text, "x", D, nil)}}
	s.AddMissing(gold)
	r := s.Report()
	s.AddMissing(gold)
	if r.Documents != 1 || r.Overall.Gold != 1 || r.ErrorCounts[Missed] != 1 || len(r.Errors) != 2 {
		t.Errorf("report changed after a later Add: %+v", r)
	}
}
