package eval

// PRF is a precision, recall and F1 triple.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// prf computes the triple; an empty denominator gives 0, not NaN, so a
// report of an empty scope still reads (and encodes) as numbers.
func prf(hits, predicted, gold int) PRF {
	var v PRF
	if predicted > 0 {
		v.P = float64(hits) / float64(predicted)
	}
	if gold > 0 {
		v.R = float64(hits) / float64(gold)
	}
	if v.P+v.R > 0 {
		v.F1 = 2 * v.P * v.R / (v.P + v.R)
	}
	return v
}

// ratio returns hits/total, or nil when total is 0: an accuracy over nothing
// is undefined, not zero.
func ratio(hits, total int) *float64 {
	if total == 0 {
		return nil
	}
	v := float64(hits) / float64(total)
	return &v
}

// Counts are the additive counts of one scope. Every figure is computed from
// them, so the counts of documents sum to the counts of a corpus: that is
// what lets a bootstrap resample documents without keeping them.
type Counts struct {
	// Gold counts the owed (non-optional) gold quotes.
	Gold int `json:"gold"`
	// OptionalGold counts gold quotes marked optional: never owed.
	OptionalGold int `json:"optional_gold"`
	// Predicted counts the predictions that count: all but the ignored.
	Predicted int `json:"predicted"`
	// IgnoredPredictions were paired with an optional gold quote.
	IgnoredPredictions int `json:"ignored_predictions"`
	// Matched counts owed gold quotes paired with a prediction (partial).
	Matched        int `json:"matched"`
	ExactMatched   int `json:"exact_matched"`
	Cover30Matched int `json:"cover30_matched"`
	Cover80Matched int `json:"cover80_matched"`
	// SpeakerJudged counts matched gold quotes with a non-null speaker.
	SpeakerJudged  int `json:"speaker_judged"`
	SpeakerCorrect int `json:"speaker_correct"`
	// MentionJudged counts matched gold quotes with speaker_mentions.
	MentionJudged  int `json:"mention_judged"`
	MentionCorrect int `json:"mention_correct"`
	// EndToEndCorrect counts matched predictions naming the right speaker.
	EndToEndCorrect int `json:"end_to_end_correct"`
}

// add adds o's counts to c.
func (c *Counts) add(o Counts) { c.addTimes(o, 1) }

// sub subtracts o's counts from c.
func (c *Counts) sub(o Counts) { c.addTimes(o, -1) }

// addTimes adds k times o's counts to c.
func (c *Counts) addTimes(o Counts, k int) {
	c.Gold += k * o.Gold
	c.OptionalGold += k * o.OptionalGold
	c.Predicted += k * o.Predicted
	c.IgnoredPredictions += k * o.IgnoredPredictions
	c.Matched += k * o.Matched
	c.ExactMatched += k * o.ExactMatched
	c.Cover30Matched += k * o.Cover30Matched
	c.Cover80Matched += k * o.Cover80Matched
	c.SpeakerJudged += k * o.SpeakerJudged
	c.SpeakerCorrect += k * o.SpeakerCorrect
	c.MentionJudged += k * o.MentionJudged
	c.MentionCorrect += k * o.MentionCorrect
	c.EndToEndCorrect += k * o.EndToEndCorrect
}

// Scores holds the counts and figures of one scope: all quotes, one kind or
// one corpus. Its count fields are those of Counts.
type Scores struct {
	Gold               int `json:"gold"`
	OptionalGold       int `json:"optional_gold"`
	Predicted          int `json:"predicted"`
	IgnoredPredictions int `json:"ignored_predictions"`
	Matched            int `json:"matched"`
	ExactMatched       int `json:"exact_matched"`
	Cover30Matched     int `json:"cover30_matched"`
	Cover80Matched     int `json:"cover80_matched"`
	SpeakerJudged      int `json:"speaker_judged"`
	SpeakerCorrect     int `json:"speaker_correct"`
	MentionJudged      int `json:"mention_judged"`
	MentionCorrect     int `json:"mention_correct"`
	EndToEndCorrect    int `json:"end_to_end_correct"`

	// Figures, computed from the counts above.
	Partial         PRF      `json:"partial"`
	Exact           PRF      `json:"exact"`
	Cover30         PRF      `json:"cover30"`
	Cover80         PRF      `json:"cover80"`
	SpeakerAccuracy *float64 `json:"speaker_accuracy"`
	MentionAccuracy *float64 `json:"mention_accuracy"`
	EndToEnd        PRF      `json:"end_to_end"`
}

// Counts returns the counts of sc, from which its figures follow.
func (sc Scores) Counts() Counts {
	return Counts{
		Gold: sc.Gold, OptionalGold: sc.OptionalGold, Predicted: sc.Predicted, IgnoredPredictions: sc.IgnoredPredictions,
		Matched: sc.Matched, ExactMatched: sc.ExactMatched, Cover30Matched: sc.Cover30Matched, Cover80Matched: sc.Cover80Matched,
		SpeakerJudged: sc.SpeakerJudged, SpeakerCorrect: sc.SpeakerCorrect,
		MentionJudged: sc.MentionJudged, MentionCorrect: sc.MentionCorrect, EndToEndCorrect: sc.EndToEndCorrect,
	}
}

// Figures returns the scores of c, FORMAT.md's figures computed from the
// counts. Counts from several runs (shards of a corpus, say) can be added
// first and turned into figures once.
func (c Counts) Figures() Scores {
	return Scores{
		Gold: c.Gold, OptionalGold: c.OptionalGold, Predicted: c.Predicted, IgnoredPredictions: c.IgnoredPredictions,
		Matched: c.Matched, ExactMatched: c.ExactMatched, Cover30Matched: c.Cover30Matched, Cover80Matched: c.Cover80Matched,
		SpeakerJudged: c.SpeakerJudged, SpeakerCorrect: c.SpeakerCorrect,
		MentionJudged: c.MentionJudged, MentionCorrect: c.MentionCorrect, EndToEndCorrect: c.EndToEndCorrect,

		Partial:         prf(c.Matched, c.Predicted, c.Gold),
		Exact:           prf(c.ExactMatched, c.Predicted, c.Gold),
		Cover30:         prf(c.Cover30Matched, c.Predicted, c.Gold),
		Cover80:         prf(c.Cover80Matched, c.Predicted, c.Gold),
		SpeakerAccuracy: ratio(c.SpeakerCorrect, c.SpeakerJudged),
		MentionAccuracy: ratio(c.MentionCorrect, c.MentionJudged),
		EndToEnd:        prf(c.EndToEndCorrect, c.Predicted, c.Gold),
	}
}

// LabelScores holds the figures of the gold quotes that carry one value of a
// categorical gold field, such as PDNC's quote_type. Predictions carry no such
// label, so a spurious prediction belongs to no value: only the gold side is
// scored (recall and accuracies), never precision or F1.
type LabelScores struct {
	Gold            int `json:"gold"`
	OptionalGold    int `json:"optional_gold"`
	Matched         int `json:"matched"`
	ExactMatched    int `json:"exact_matched"`
	Cover30Matched  int `json:"cover30_matched"`
	Cover80Matched  int `json:"cover80_matched"`
	SpeakerJudged   int `json:"speaker_judged"`
	SpeakerCorrect  int `json:"speaker_correct"`
	MentionJudged   int `json:"mention_judged"`
	MentionCorrect  int `json:"mention_correct"`
	EndToEndCorrect int `json:"end_to_end_correct"`

	PartialRecall   float64  `json:"partial_recall"`
	ExactRecall     float64  `json:"exact_recall"`
	Cover30Recall   float64  `json:"cover30_recall"`
	Cover80Recall   float64  `json:"cover80_recall"`
	SpeakerAccuracy *float64 `json:"speaker_accuracy"`
	MentionAccuracy *float64 `json:"mention_accuracy"`
	EndToEndRecall  float64  `json:"end_to_end_recall"`
}

// labelFigures returns the gold-side figures of c.
func (c Counts) labelFigures() LabelScores {
	return LabelScores{
		Gold: c.Gold, OptionalGold: c.OptionalGold, Matched: c.Matched, ExactMatched: c.ExactMatched,
		Cover30Matched: c.Cover30Matched, Cover80Matched: c.Cover80Matched,
		SpeakerJudged: c.SpeakerJudged, SpeakerCorrect: c.SpeakerCorrect,
		MentionJudged: c.MentionJudged, MentionCorrect: c.MentionCorrect, EndToEndCorrect: c.EndToEndCorrect,

		PartialRecall:   prf(c.Matched, 0, c.Gold).R,
		ExactRecall:     prf(c.ExactMatched, 0, c.Gold).R,
		Cover30Recall:   prf(c.Cover30Matched, 0, c.Gold).R,
		Cover80Recall:   prf(c.Cover80Matched, 0, c.Gold).R,
		SpeakerAccuracy: ratio(c.SpeakerCorrect, c.SpeakerJudged),
		MentionAccuracy: ratio(c.MentionCorrect, c.MentionJudged),
		EndToEndRecall:  prf(c.EndToEndCorrect, 0, c.Gold).R,
	}
}

// Metric names one figure of a scope, as the comparison tables and JSON
// name it.
type Metric string

// Metrics compared between two systems. The recall-only metrics are those a
// categorical gold field can carry (see LabelScores).
const (
	PartialP        Metric = "partial_p"
	PartialR        Metric = "partial_r"
	PartialF1       Metric = "partial_f1"
	ExactR          Metric = "exact_r"
	ExactF1         Metric = "exact_f1"
	Cover30R        Metric = "cover30_r"
	Cover30F1       Metric = "cover30_f1"
	Cover80R        Metric = "cover80_r"
	Cover80F1       Metric = "cover80_f1"
	SpeakerAccuracy Metric = "speaker_accuracy"
	MentionAccuracy Metric = "mention_accuracy"
	EndToEndR       Metric = "end_to_end_r"
	EndToEndF1      Metric = "end_to_end_f1"
)

// scopeMetrics are compared for the overall, kind and corpus scopes;
// labelMetrics for the values of a categorical gold field.
var (
	scopeMetrics = []Metric{PartialP, PartialR, PartialF1, ExactF1, Cover30F1, Cover80F1, SpeakerAccuracy, MentionAccuracy, EndToEndF1}
	labelMetrics = []Metric{PartialR, ExactR, Cover30R, Cover80R, SpeakerAccuracy, MentionAccuracy, EndToEndR}
)

// value computes metric m of counts c; nil when it is undefined (an accuracy
// over no judged quote).
func (c Counts) value(m Metric) *float64 {
	f := func(v float64) *float64 { return &v }
	switch m {
	case PartialP:
		return f(prf(c.Matched, c.Predicted, c.Gold).P)
	case PartialR:
		return f(prf(c.Matched, c.Predicted, c.Gold).R)
	case PartialF1:
		return f(prf(c.Matched, c.Predicted, c.Gold).F1)
	case ExactR:
		return f(prf(c.ExactMatched, c.Predicted, c.Gold).R)
	case ExactF1:
		return f(prf(c.ExactMatched, c.Predicted, c.Gold).F1)
	case Cover30R:
		return f(prf(c.Cover30Matched, c.Predicted, c.Gold).R)
	case Cover30F1:
		return f(prf(c.Cover30Matched, c.Predicted, c.Gold).F1)
	case Cover80R:
		return f(prf(c.Cover80Matched, c.Predicted, c.Gold).R)
	case Cover80F1:
		return f(prf(c.Cover80Matched, c.Predicted, c.Gold).F1)
	case SpeakerAccuracy:
		return ratio(c.SpeakerCorrect, c.SpeakerJudged)
	case MentionAccuracy:
		return ratio(c.MentionCorrect, c.MentionJudged)
	case EndToEndR:
		return f(prf(c.EndToEndCorrect, c.Predicted, c.Gold).R)
	case EndToEndF1:
		return f(prf(c.EndToEndCorrect, c.Predicted, c.Gold).F1)
	}
	return nil
}
