package eval

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/saidwho/saidwho/corpus"
)

// RuleStats counts the predictions of one extractor rule and its mistakes.
type RuleStats struct {
	Predicted     int `json:"predicted"`
	Matched       int `json:"matched"`
	Ignored       int `json:"ignored"`
	Spurious      int `json:"spurious"`
	WrongBoundary int `json:"wrong_boundary"`
	WrongSpeaker  int `json:"wrong_speaker"`
	WrongKind     int `json:"wrong_kind"`
	// SpeakerJudged counts the rule's matches whose gold speaker is known;
	// EndToEndCorrect those of them naming the right speaker.
	SpeakerJudged   int `json:"speaker_judged"`
	EndToEndCorrect int `json:"end_to_end_correct"`
	// MentionJudged counts the rule's matches whose gold quote has
	// speaker_mentions; MentionCorrect those its mention overlaps.
	MentionJudged  int `json:"mention_judged"`
	MentionCorrect int `json:"mention_correct"`
}

// Errors is the number of the rule's error cases: spurious predictions and
// matches with a wrong boundary, speaker or kind (one match can be several).
func (r RuleStats) Errors() int {
	return r.Spurious + r.WrongBoundary + r.WrongSpeaker + r.WrongKind
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

// Categories lists the error categories in report order.
var Categories = []Category{Missed, Spurious, WrongBoundary, WrongSpeaker, WrongKind, NoPrediction, Failed}

// QuoteRef is the part of a gold or predicted quote an error listing shows.
type QuoteRef struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Text    string  `json:"text"`
	Kind    string  `json:"kind"`
	Speaker *string `json:"speaker"`
	Rule    string  `json:"rule,omitempty"`
}

// Context is the document text around an error's span (the gold quote's
// when there is one, else the prediction's), white space runs shown as one
// space, so a listing can be read without opening the document.
type Context struct {
	Before string `json:"before"`
	After  string `json:"after"`
}

// ErrorCase is one scoring error of one document. Offsets are code points.
type ErrorCase struct {
	Category Category  `json:"category"`
	DocID    string    `json:"doc_id"`
	Gold     *QuoteRef `json:"gold,omitempty"`
	Pred     *QuoteRef `json:"pred,omitempty"`
	// SharedTokens and GoldTokens tell how much of the gold span a matched
	// prediction covers.
	SharedTokens int      `json:"shared_tokens,omitempty"`
	GoldTokens   int      `json:"gold_tokens,omitempty"`
	Context      *Context `json:"context,omitempty"`
	Message      string   `json:"message,omitempty"`
}

// Rule is the rule of the prediction involved, "" when there is none.
func (c ErrorCase) Rule() string {
	if c.Pred == nil {
		return ""
	}
	if c.Pred.Rule == "" {
		return NoRule
	}
	return c.Pred.Rule
}

// span returns the span a case is about: the gold quote's, else the
// prediction's; ok is false for document-level cases.
func (c ErrorCase) span() (ref *QuoteRef, ok bool) {
	switch {
	case c.Gold != nil:
		return c.Gold, true
	case c.Pred != nil:
		return c.Pred, true
	}
	return nil, false
}

// position orders the cases of one document: document-level cases first,
// then by where the quote starts.
func (c ErrorCase) position() int {
	if ref, ok := c.span(); ok {
		return ref.Start
	}
	return -1
}

// Report holds the figures of a scoring run.
type Report struct {
	// Provenance says what produced the report; nil when the caller did not
	// say.
	Provenance *Provenance

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
	// BySource scores the documents of each gold "source" (corpus).
	BySource map[string]Scores
	// ByField scores the gold quotes of each value of each categorical gold
	// field (see Options.Fields): field -> value -> scores.
	ByField map[string]map[string]LabelScores
	// Rules counts predictions and errors per extractor rule.
	Rules map[string]RuleStats
	// Calibration counts the judged matches per confidence band.
	Calibration Calibration
	// ErrorCounts counts every error case, stored or not.
	ErrorCounts map[Category]int
	// Errors lists error cases in document order, up to Options.MaxErrors
	// per category.
	Errors []ErrorCase

	// Baseline is the report of the baseline predictions, when two systems
	// were compared; Comparison holds the differences.
	Baseline   *Report
	Comparison *Comparison

	// Shown holds the documents kept for WriteHTML (Options.Documents); it is
	// not part of the JSON.
	Shown *DocumentSample
}

// reportJSON is the JSON layout of a Report: the overall Scores sit at the
// top level so the core keys match FORMAT.md's scoring vectors.
type reportJSON struct {
	Provenance           *Provenance `json:"provenance,omitempty"`
	Documents            int         `json:"documents"`
	MissingPredictions   int         `json:"missing_predictions"`
	FailedPredictions    int         `json:"failed_predictions"`
	UnmatchedPredictions int         `json:"unmatched_predictions"`
	InconsistentSpans    int         `json:"inconsistent_spans"`
	TokenlessGold        int         `json:"tokenless_gold"`
	Scores
	ByKind      map[string]Scores                 `json:"by_kind"`
	BySource    map[string]Scores                 `json:"by_source"`
	ByField     map[string]map[string]LabelScores `json:"by_field"`
	Rules       map[string]RuleStats              `json:"rules"`
	Calibration Calibration                       `json:"calibration"`
	ErrorCounts map[Category]int                  `json:"error_counts"`
	Errors      []ErrorCase                       `json:"errors"`
	Baseline    *Report                           `json:"baseline,omitempty"`
	Comparison  *Comparison                       `json:"comparison,omitempty"`
}

// MarshalJSON encodes the report with stable snake_case keys.
func (r Report) MarshalJSON() ([]byte, error) {
	j := reportJSON{
		Provenance:           r.Provenance,
		Documents:            r.Documents,
		MissingPredictions:   r.MissingPredictions,
		FailedPredictions:    r.FailedPredictions,
		UnmatchedPredictions: r.UnmatchedPredictions,
		InconsistentSpans:    r.InconsistentSpans,
		TokenlessGold:        r.TokenlessGold,
		Scores:               r.Overall,
		ByKind:               r.ByKind,
		BySource:             r.BySource,
		ByField:              r.ByField,
		Rules:                r.Rules,
		Calibration:          r.Calibration,
		ErrorCounts:          r.ErrorCounts,
		Errors:               r.Errors,
		Baseline:             r.Baseline,
		Comparison:           r.Comparison,
	}
	// Empty collections encode as {} and [], never null, so readers need no
	// special case.
	if j.ByKind == nil {
		j.ByKind = map[string]Scores{}
	}
	if j.BySource == nil {
		j.BySource = map[string]Scores{}
	}
	if j.ByField == nil {
		j.ByField = map[string]map[string]LabelScores{}
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
		Provenance:           j.Provenance,
		Documents:            j.Documents,
		MissingPredictions:   j.MissingPredictions,
		FailedPredictions:    j.FailedPredictions,
		UnmatchedPredictions: j.UnmatchedPredictions,
		InconsistentSpans:    j.InconsistentSpans,
		TokenlessGold:        j.TokenlessGold,
		Overall:              j.Scores,
		ByKind:               j.ByKind,
		BySource:             j.BySource,
		ByField:              j.ByField,
		Rules:                j.Rules,
		Calibration:          j.Calibration,
		ErrorCounts:          j.ErrorCounts,
		Errors:               j.Errors,
		Baseline:             j.Baseline,
		Comparison:           j.Comparison,
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

// sourceOrder lists the report's corpora by name.
func (r Report) sourceOrder() []string {
	names := make([]string, 0, len(r.BySource))
	for s := range r.BySource {
		names = append(names, s)
	}
	slices.Sort(names)
	return names
}

// fieldOrder lists the report's categorical fields by name.
func (r Report) fieldOrder() []string {
	names := make([]string, 0, len(r.ByField))
	for f := range r.ByField {
		names = append(names, f)
	}
	slices.Sort(names)
	return names
}

// scoped is one row of the scope tables.
type scoped struct {
	scope  Scope
	scores Scores
}

// scopes lists the overall, kind and corpus scopes in report order.
func (r Report) scopes() []scoped {
	rows := []scoped{{Scope{Group: GroupOverall}, r.Overall}}
	for _, k := range r.kindOrder() {
		rows = append(rows, scoped{Scope{Group: GroupKind, Name: k}, r.ByKind[k]})
	}
	for _, s := range r.sourceOrder() {
		rows = append(rows, scoped{Scope{Group: GroupSource, Name: s}, r.BySource[s]})
	}
	return rows
}

// labelled is one row of the field tables.
type labelled struct {
	scope  Scope
	scores LabelScores
}

// labels lists the field scopes in report order.
func (r Report) labels() []labelled {
	var rows []labelled
	for _, f := range r.fieldOrder() {
		for _, v := range valueOrder(r.ByField[f]) {
			rows = append(rows, labelled{Scope{Group: GroupField, Field: f, Name: v}, r.ByField[f][v]})
		}
	}
	return rows
}

// ruleOrder lists rule names, most errors first, then by name.
func (r Report) ruleOrder() []string {
	names := make([]string, 0, len(r.Rules))
	for n := range r.Rules {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(r.Rules[b].Errors(), r.Rules[a].Errors()); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return names
}

// casesOf returns the kept cases of one category, at most limit of them
// (all when limit is negative).
func (r Report) casesOf(cat Category, limit int) []ErrorCase {
	var out []ErrorCase
	for _, c := range r.Errors {
		if c.Category != cat {
			continue
		}
		if limit >= 0 && len(out) >= limit {
			break
		}
		out = append(out, c)
	}
	return out
}
