package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/saidwho/saidwho/corpus"
)

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

// Scores holds the counts and figures of one scope: all quotes, or one kind.
type Scores struct {
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

	// Figures, filled by Report from the counts above.
	Partial         PRF      `json:"partial"`
	Exact           PRF      `json:"exact"`
	Cover30         PRF      `json:"cover30"`
	Cover80         PRF      `json:"cover80"`
	SpeakerAccuracy *float64 `json:"speaker_accuracy"`
	MentionAccuracy *float64 `json:"mention_accuracy"`
	EndToEnd        PRF      `json:"end_to_end"`
}

// withFigures returns a copy of sc with its figures computed from its counts.
func (sc Scores) withFigures() Scores {
	sc.Partial = prf(sc.Matched, sc.Predicted, sc.Gold)
	sc.Exact = prf(sc.ExactMatched, sc.Predicted, sc.Gold)
	sc.Cover30 = prf(sc.Cover30Matched, sc.Predicted, sc.Gold)
	sc.Cover80 = prf(sc.Cover80Matched, sc.Predicted, sc.Gold)
	sc.SpeakerAccuracy = ratio(sc.SpeakerCorrect, sc.SpeakerJudged)
	sc.MentionAccuracy = ratio(sc.MentionCorrect, sc.MentionJudged)
	sc.EndToEnd = prf(sc.EndToEndCorrect, sc.Predicted, sc.Gold)
	return sc
}

// RuleStats counts the predictions of one extractor rule and its mistakes.
type RuleStats struct {
	Predicted       int `json:"predicted"`
	Matched         int `json:"matched"`
	Ignored         int `json:"ignored"`
	Spurious        int `json:"spurious"`
	WrongBoundary   int `json:"wrong_boundary"`
	WrongSpeaker    int `json:"wrong_speaker"`
	WrongKind       int `json:"wrong_kind"`
	EndToEndCorrect int `json:"end_to_end_correct"`
}

// Category names a kind of scoring error.
type Category string

// Error categories. A matched pair can be in several at once.
const (
	Missed        Category = "missed"         // owed gold quote paired with no prediction
	Spurious      Category = "spurious"       // prediction paired with no gold quote
	WrongBoundary Category = "wrong_boundary" // matched, but the trimmed spans differ
	WrongSpeaker  Category = "wrong_speaker"  // matched, gold speaker known, prediction names another
	WrongKind     Category = "wrong_kind"     // matched, but the kinds differ
	NoPrediction  Category = "no_prediction"  // gold document without a prediction line
	Failed        Category = "failed"         // prediction line carrying an error
)

// QuoteRef is the part of a gold or predicted quote an error listing shows.
type QuoteRef struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Text    string  `json:"text"`
	Kind    string  `json:"kind"`
	Speaker *string `json:"speaker"`
	Rule    string  `json:"rule,omitempty"`
}

// ErrorCase is one scoring error of one document. Offsets are code points.
type ErrorCase struct {
	Category Category  `json:"category"`
	DocID    string    `json:"doc_id"`
	Gold     *QuoteRef `json:"gold,omitempty"`
	Pred     *QuoteRef `json:"pred,omitempty"`
	// SharedTokens and GoldTokens tell how much of the gold span a matched
	// prediction covers.
	SharedTokens int    `json:"shared_tokens,omitempty"`
	GoldTokens   int    `json:"gold_tokens,omitempty"`
	Message      string `json:"message,omitempty"`
}

// position orders the cases of one document: document-level cases first,
// then by where the quote starts.
func (c ErrorCase) position() int {
	switch {
	case c.Gold != nil:
		return c.Gold.Start
	case c.Pred != nil:
		return c.Pred.Start
	}
	return -1
}

// Report holds the figures of a scoring run.
type Report struct {
	// Documents counts the gold documents scored.
	Documents int
	// MissingPredictions counts gold documents without a prediction line.
	MissingPredictions int
	// FailedPredictions counts prediction lines carrying an error.
	FailedPredictions int
	// UnmatchedPredictions counts prediction lines no gold document claimed
	// (unknown or repeated ids); they are not scored.
	UnmatchedPredictions int
	// InconsistentSpans counts quotes whose text does not have end-start
	// code points; their tokens were read from the document instead.
	InconsistentSpans int
	// TokenlessGold counts owed gold quotes without a word token ("?",
	// ". . ."): no prediction can match them, so they cap recall.
	TokenlessGold int

	// Overall scores every quote of every document, whatever its kind.
	Overall Scores
	// ByKind always holds the kinds of corpus.Kinds, and any other kind seen.
	ByKind map[string]Scores
	// Rules counts predictions and errors per extractor rule.
	Rules map[string]RuleStats
	// ErrorCounts counts every error case, stored or not.
	ErrorCounts map[Category]int
	// Errors lists error cases in document order, up to Options.MaxErrors
	// per category.
	Errors []ErrorCase
}

// reportJSON is the JSON layout of a Report: the overall Scores sit at the
// top level so the core keys match FORMAT.md's scoring vectors.
type reportJSON struct {
	Documents            int `json:"documents"`
	MissingPredictions   int `json:"missing_predictions"`
	FailedPredictions    int `json:"failed_predictions"`
	UnmatchedPredictions int `json:"unmatched_predictions"`
	InconsistentSpans    int `json:"inconsistent_spans"`
	TokenlessGold        int `json:"tokenless_gold"`
	Scores
	ByKind      map[string]Scores    `json:"by_kind"`
	Rules       map[string]RuleStats `json:"rules"`
	ErrorCounts map[Category]int     `json:"error_counts"`
	Errors      []ErrorCase          `json:"errors"`
}

// MarshalJSON encodes the report with stable snake_case keys.
func (r Report) MarshalJSON() ([]byte, error) {
	j := reportJSON{
		Documents:            r.Documents,
		MissingPredictions:   r.MissingPredictions,
		FailedPredictions:    r.FailedPredictions,
		UnmatchedPredictions: r.UnmatchedPredictions,
		InconsistentSpans:    r.InconsistentSpans,
		TokenlessGold:        r.TokenlessGold,
		Scores:               r.Overall,
		ByKind:               r.ByKind,
		Rules:                r.Rules,
		ErrorCounts:          r.ErrorCounts,
		Errors:               r.Errors,
	}
	// Empty collections encode as {} and [], never null, so readers need no
	// special case.
	if j.ByKind == nil {
		j.ByKind = map[string]Scores{}
	}
	if j.Rules == nil {
		j.Rules = map[string]RuleStats{}
	}
	if j.ErrorCounts == nil {
		j.ErrorCounts = map[Category]int{}
	}
	if j.Errors == nil {
		j.Errors = []ErrorCase{}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a report written by MarshalJSON.
func (r *Report) UnmarshalJSON(data []byte) error {
	var j reportJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("eval report: %w", err)
	}
	*r = Report{
		Documents:            j.Documents,
		MissingPredictions:   j.MissingPredictions,
		FailedPredictions:    j.FailedPredictions,
		UnmatchedPredictions: j.UnmatchedPredictions,
		InconsistentSpans:    j.InconsistentSpans,
		TokenlessGold:        j.TokenlessGold,
		Overall:              j.Scores,
		ByKind:               j.ByKind,
		Rules:                j.Rules,
		ErrorCounts:          j.ErrorCounts,
		Errors:               j.Errors,
	}
	return nil
}

// WriteJSON writes the report as one indented JSON object.
func (r Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write eval report: %w", err)
	}
	return nil
}

// kindOrder lists the report's kinds: FORMAT.md's first, then any other seen.
func (r Report) kindOrder() []string {
	kinds := slices.Clone(corpus.Kinds)
	var other []string
	for k := range r.ByKind {
		if !slices.Contains(kinds, k) {
			other = append(other, k)
		}
	}
	slices.Sort(other)
	return append(kinds, other...)
}

// WriteText writes the report as terminal tables: span figures and
// attribution figures per kind, document counts, then counts per rule.
func (r Report) WriteText(w io.Writer) error {
	type row struct {
		name string
		sc   Scores
	}
	rows := []row{{"overall", r.Overall}}
	for _, k := range r.kindOrder() {
		name := k
		if name == "" {
			name = "(no kind)"
		}
		rows = append(rows, row{name, r.ByKind[k]})
	}
	nw := len("overall")
	for _, x := range rows {
		nw = max(nw, len(x.name))
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "%-*s  %6s %6s    %s   %s   %s\n", nw, "", "", "",
		groupLabel("partial", 20), groupLabel("exact", 20), groupLabel("cover F1", 13))
	fmt.Fprintf(&b, "%-*s  %6s %6s    %6s %6s %6s   %6s %6s %6s   %6s %6s\n", nw, "quotes", "gold", "pred",
		"P", "R", "F1", "P", "R", "F1", "30%", "80%")
	for _, x := range rows {
		s := x.sc
		fmt.Fprintf(&b, "%-*s  %6d %6d    %6s %6s %6s   %6s %6s %6s   %6s %6s\n", nw, x.name, s.Gold, s.Predicted,
			num(s.Partial.P), num(s.Partial.R), num(s.Partial.F1),
			num(s.Exact.P), num(s.Exact.R), num(s.Exact.F1),
			num(s.Cover30.F1), num(s.Cover80.F1))
	}

	fmt.Fprintf(&b, "\n%-*s  %s   %s   %s\n", nw, "", groupLabel("speaker", 13), groupLabel("mention", 13), groupLabel("end-to-end", 20))
	fmt.Fprintf(&b, "%-*s  %6s %6s   %6s %6s   %6s %6s %6s\n", nw, "speakers", "acc", "of", "acc", "of", "P", "R", "F1")
	for _, x := range rows {
		s := x.sc
		fmt.Fprintf(&b, "%-*s  %6s %6d   %6s %6d   %6s %6s %6s\n", nw, x.name,
			acc(s.SpeakerAccuracy), s.SpeakerJudged, acc(s.MentionAccuracy), s.MentionJudged,
			num(s.EndToEnd.P), num(s.EndToEnd.R), num(s.EndToEnd.F1))
	}

	fmt.Fprintf(&b, "\ndocuments: %d scored, %d without prediction line, %d failed; %d prediction lines unmatched\n",
		r.Documents, r.MissingPredictions, r.FailedPredictions, r.UnmatchedPredictions)
	if r.InconsistentSpans > 0 {
		fmt.Fprintf(&b, "spans whose text disagrees with their offsets: %d (read from the document)\n", r.InconsistentSpans)
	}
	if r.TokenlessGold > 0 {
		fmt.Fprintf(&b, "owed gold quotes without a word token (never matchable): %d\n", r.TokenlessGold)
	}
	if len(r.ErrorCounts) > 0 {
		b.WriteString("errors:")
		for _, c := range categories {
			if n := r.ErrorCounts[c]; n > 0 {
				fmt.Fprintf(&b, " %s %d", c, n)
			}
		}
		b.WriteString("\n")
	}

	if len(r.Rules) > 0 {
		names := make([]string, 0, len(r.Rules))
		rw := len("rule")
		for n := range r.Rules {
			names = append(names, n)
			rw = max(rw, len(n))
		}
		slices.Sort(names)
		fmt.Fprintf(&b, "\n%-*s  %9s %7s %7s %8s %8s %7s %5s %10s\n", rw, "rule",
			"predicted", "matched", "ignored", "spurious", "boundary", "speaker", "kind", "end-to-end")
		for _, n := range names {
			s := r.Rules[n]
			fmt.Fprintf(&b, "%-*s  %9d %7d %7d %8d %8d %7d %5d %10d\n", rw, n, s.Predicted, s.Matched, s.Ignored,
				s.Spurious, s.WrongBoundary, s.WrongSpeaker, s.WrongKind, s.EndToEndCorrect)
		}
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write eval report: %w", err)
	}
	return nil
}

// categories lists the error categories in report order.
var categories = []Category{Missed, Spurious, WrongBoundary, WrongSpeaker, WrongKind, NoPrediction, Failed}

// groupLabel centres a column-group label in a line of dashes width wide, so the
// group reads as spanning its columns whatever their contents.
func groupLabel(label string, width int) string {
	label = " " + label + " "
	pad := max(width-len(label), 0)
	return strings.Repeat("-", pad/2) + label + strings.Repeat("-", pad-pad/2)
}

// num formats a figure for the terminal.
func num(v float64) string { return fmt.Sprintf("%.3f", v) }

// acc formats an accuracy that may be undefined.
func acc(v *float64) string {
	if v == nil {
		return "-"
	}
	return num(*v)
}
