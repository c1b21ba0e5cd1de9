package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// DefaultListedErrors is how many error cases per category the text and
// Markdown reports list when RenderOptions.Errors is zero.
const DefaultListedErrors = 10

// RenderOptions tunes the text, Markdown and HTML renderings. The zero value
// is the default.
type RenderOptions struct {
	// Errors is how many kept error cases per category are listed: 0 means
	// DefaultListedErrors (HTMLListedErrors for HTML), negative none. All
	// are counted whatever it says.
	Errors int
}

func (o RenderOptions) errors(def int) int {
	switch {
	case o.Errors == 0:
		return def
	case o.Errors < 0:
		return 0
	}
	return o.Errors
}

// Format names a rendering of a Report.
type Format int

// The renderings of a Report.
const (
	FormatText     Format = iota // terminal tables, WriteText
	FormatMarkdown               // GitHub-flavoured Markdown, WriteMarkdown
	FormatJSON                   // one JSON object, WriteJSON
	FormatHTML                   // one self-contained page, WriteHTML
)

// Write renders the report in format f; RenderOptions do not apply to JSON,
// which holds every kept error case.
func (r Report) Write(w io.Writer, f Format, o RenderOptions) error {
	switch f {
	case FormatMarkdown:
		return r.writeMarkdown(w, o)
	case FormatJSON:
		return r.WriteJSON(w)
	case FormatHTML:
		return r.writeHTML(w, o)
	}
	return r.writeText(w, o)
}

// quotesTable holds the span figures of every scope.
func (r Report) quotesTable() *table {
	t := &table{cols: []column{{head: "quotes", left: true}, {head: "gold"}, {head: "pred"},
		{group: "partial", head: "P"}, {group: "partial", head: "R"}, {group: "partial", head: "F1"},
		{group: "exact", head: "P"}, {group: "exact", head: "R"}, {group: "exact", head: "F1"},
		{group: "cover F1", head: "30%"}, {group: "cover F1", head: "80%"}}}
	group := GroupOverall
	for _, s := range r.scopes() {
		if s.scope.Group == GroupSource && group != GroupSource {
			t.gap()
		}
		group = s.scope.Group
		c := s.scores
		t.add(s.scope.String(), strconv.Itoa(c.Gold), strconv.Itoa(c.Predicted),
			num(c.Partial.P), num(c.Partial.R), num(c.Partial.F1),
			num(c.Exact.P), num(c.Exact.R), num(c.Exact.F1),
			num(c.Cover30.F1), num(c.Cover80.F1))
	}
	return t
}

// speakersTable holds the attribution figures of every scope.
func (r Report) speakersTable() *table {
	t := &table{cols: []column{{head: "speakers", left: true},
		{group: "speaker", head: "acc"}, {group: "speaker", head: "of"},
		{group: "mention", head: "acc"}, {group: "mention", head: "of"},
		{group: "end-to-end", head: "P"}, {group: "end-to-end", head: "R"}, {group: "end-to-end", head: "F1"}}}
	group := GroupOverall
	for _, s := range r.scopes() {
		if s.scope.Group == GroupSource && group != GroupSource {
			t.gap()
		}
		group = s.scope.Group
		c := s.scores
		t.add(s.scope.String(), acc(c.SpeakerAccuracy), strconv.Itoa(c.SpeakerJudged),
			acc(c.MentionAccuracy), strconv.Itoa(c.MentionJudged),
			num(c.EndToEnd.P), num(c.EndToEnd.R), num(c.EndToEnd.F1))
	}
	return t
}

// fieldsNote explains why the field table has no precision.
const fieldsNote = "Gold fields score the gold side only: predictions carry no such label, so no precision or F1."

// fieldsTable holds the figures of each value of each categorical gold
// field; nil when there are none.
func (r Report) fieldsTable() *table {
	rows := r.labels()
	if len(rows) == 0 {
		return nil
	}
	t := &table{cols: []column{{head: "gold field", left: true}, {head: "gold"}, {head: "matched"},
		{group: "recall", head: "partial"}, {group: "recall", head: "exact"}, {group: "recall", head: "30%"}, {group: "recall", head: "80%"},
		{group: "speaker", head: "acc"}, {group: "speaker", head: "of"},
		{group: "mention", head: "acc"}, {group: "mention", head: "of"},
		{group: "end-to-end", head: "R"}}}
	for i, l := range rows {
		if i > 0 && l.scope.Field != rows[i-1].scope.Field {
			t.gap()
		}
		c := l.scores
		t.add(l.scope.String(), strconv.Itoa(c.Gold), strconv.Itoa(c.Matched),
			num(c.PartialRecall), num(c.ExactRecall), num(c.Cover30Recall), num(c.Cover80Recall),
			acc(c.SpeakerAccuracy), strconv.Itoa(c.SpeakerJudged),
			acc(c.MentionAccuracy), strconv.Itoa(c.MentionJudged), num(c.EndToEndRecall))
	}
	return t
}

// rulesTable counts predictions and errors per rule, most errors first;
// nil when there are no predictions.
func (r Report) rulesTable() *table {
	if len(r.Rules) == 0 {
		return nil
	}
	t := &table{cols: []column{{head: "rule", left: true}, {head: "predicted"}, {head: "matched"}, {head: "ignored"},
		{group: "errors", head: "spurious"}, {group: "errors", head: "boundary"}, {group: "errors", head: "speaker"},
		{group: "errors", head: "kind"}, {group: "errors", head: "all"},
		{group: "accuracy", head: "precision"}, {group: "accuracy", head: "speaker"}, {group: "accuracy", head: "mention"}}}
	for _, n := range r.ruleOrder() {
		s := r.Rules[n]
		t.add(n, strconv.Itoa(s.Predicted), strconv.Itoa(s.Matched), strconv.Itoa(s.Ignored),
			strconv.Itoa(s.Spurious), strconv.Itoa(s.WrongBoundary), strconv.Itoa(s.WrongSpeaker),
			strconv.Itoa(s.WrongKind), strconv.Itoa(s.Errors()),
			share(s.Matched, s.Predicted-s.Ignored), share(s.EndToEndCorrect, s.SpeakerJudged),
			share(s.MentionCorrect, s.MentionJudged))
	}
	return t
}

// rulesNote says what the rule table's accuracies are.
const rulesNote = "precision = matched / (predicted - ignored); speaker and mention accuracy over the rule's matches that gold can judge. Missed quotes have no rule."

// calibration is the confidence calibration section: the judged matches
// per confidence band, their ECE, and what filtering at each threshold
// keeps.
type calibration struct {
	bands, thresholds *table
	ece               string
}

// calibrationNote says what the band table shows and how ECE reads.
const calibrationNote = "Matches whose speaker gold can judge, by the prediction's confidence: of = predictions, acc = share naming the right speaker " +
	"(mention: pointing at a gold speaker mention), conf = their mean confidence. Confidence that means what it says has acc close to conf " +
	"in every band; ECE = sum over bands of (of / all) × |acc - conf|, 0 for such confidence, larger the further it is off."

// thresholdsNote says what the threshold table shows.
const thresholdsNote = "kept = judged matches with confidence ≥ t, share = kept / all judged, acc = accuracy among the kept: " +
	"what a researcher filtering at t gets."

// calibration builds the section; nil when gold judged no match.
func (r Report) calibration() *calibration {
	c := r.Calibration
	if !c.judged() {
		return nil
	}
	bands := &table{cols: []column{{head: "confidence", left: true},
		{group: "speaker", head: "of"}, {group: "speaker", head: "acc"}, {group: "speaker", head: "conf"},
		{group: "mention", head: "of"}, {group: "mention", head: "acc"}, {group: "mention", head: "conf"}}}
	for k := range ConfidenceBands {
		bands.add(bandRow(bandName(k), c.Speaker.Bands[k], c.Mention.Bands[k])...)
	}
	bands.gap()
	bands.add(bandRow("all", c.Speaker.Total(), c.Mention.Total())...)

	thresholds := &table{cols: []column{{head: "confidence ≥", left: true},
		{group: "speaker", head: "kept"}, {group: "speaker", head: "share"}, {group: "speaker", head: "acc"},
		{group: "mention", head: "kept"}, {group: "mention", head: "share"}, {group: "mention", head: "acc"}}}
	sp, mt := c.Speaker.Thresholds(), c.Mention.Thresholds()
	for k := range sp {
		thresholds.add(fmt.Sprintf("%.1f", sp[k].MinConfidence),
			strconv.Itoa(sp[k].Judged), acc(sp[k].Coverage), acc(sp[k].Accuracy),
			strconv.Itoa(mt[k].Judged), acc(mt[k].Coverage), acc(mt[k].Accuracy))
	}
	return &calibration{bands: bands, thresholds: thresholds,
		ece: fmt.Sprintf("expected calibration error (ECE): speaker %s, mention %s", acc(c.Speaker.ECE()), acc(c.Mention.ECE()))}
}

// bandName names band k as the interval it covers; the top one holds 1.0.
func bandName(k int) string {
	end := ")"
	if k == ConfidenceBands-1 {
		end = "]"
	}
	return fmt.Sprintf("[%.1f, %.1f%s", bandEdge(k), bandEdge(k+1), end)
}

// bandRow is one row of the band table: a band of each population.
func bandRow(name string, speaker, mention Band) []string {
	row := []string{name}
	for _, b := range []Band{speaker, mention} {
		row = append(row, strconv.Itoa(b.Judged), acc(b.Accuracy()), acc(b.MeanConfidence()))
	}
	return row
}

// headline lists the metrics the text and Markdown comparisons show for
// scopes other than overall, which shows them all.
var headline = map[Metric]bool{PartialF1: true, PartialR: true, ExactF1: true, ExactR: true, SpeakerAccuracy: true, MentionAccuracy: true, EndToEndF1: true, EndToEndR: true}

// comparisonTable sets the system's figures beside the baseline's; nil
// when there is no baseline.
func (r Report) comparisonTable() *table {
	c := r.Comparison
	if c == nil {
		return nil
	}
	t := &table{cols: []column{{head: "scope", left: true}, {head: "metric", left: true}, {head: "predictions"},
		{head: "baseline"}, {head: "diff"}, {head: fmt.Sprintf("%g%% interval", 100*c.Confidence), left: true}, {head: "", left: true}}}
	var last Scope
	for i, d := range c.Figures {
		if d.Scope.Group != GroupOverall && !headline[d.Metric] {
			continue
		}
		name := ""
		if i == 0 || d.Scope != last {
			if i > 0 {
				t.gap()
			}
			name = d.Scope.String()
		}
		last = d.Scope
		t.add(name, string(d.Metric), acc(d.System), acc(d.Baseline), signed(d.Diff), interval(d), significance(d, c.Documents))
	}
	return t
}

// interval formats a difference's confidence interval.
func interval(d Difference) string {
	if d.Low == nil || d.High == nil {
		return "-"
	}
	return "[" + signed(d.Low) + ", " + signed(d.High) + "]"
}

// significance marks an interval that excludes zero.
func significance(d Difference, docs int) string {
	if docs >= 2 && d.Low != nil && d.High != nil && (*d.Low > 0 || *d.High < 0) {
		return "*"
	}
	return ""
}

// minBootstrapDocs is the fewest documents whose bootstrap interval the
// reports give without a caveat.
const minBootstrapDocs = 30

// comparisonNote describes how the comparison was made.
func (c *Comparison) note() string {
	s := fmt.Sprintf("diff = predictions - baseline; paired bootstrap over %d documents, %d resamples, seed %d: "+
		"the %g%% interval is the 2.5th-97.5th percentile of the resampled differences; * marks an interval that excludes 0.",
		c.Documents, c.Resamples, c.Seed, 100*c.Confidence)
	if c.Documents < minBootstrapDocs {
		// Resampling a handful of documents (PDNC's dev set has 20 novels)
		// gives intervals far narrower or coarser than the truth.
		s += fmt.Sprintf(" With fewer than %d documents the interval is a rough guide only.", minBootstrapDocs)
	}
	return s
}

// documentsLine summarises the documents scored.
func (r Report) documentsLine() string {
	return fmt.Sprintf("documents: %d scored, %d without prediction line, %d failed; %d prediction lines unmatched",
		r.Documents, r.MissingPredictions, r.FailedPredictions, r.UnmatchedPredictions)
}

// notes lists the report's caveats, one sentence each.
func (r Report) notes() []string {
	var n []string
	if r.InconsistentSpans > 0 {
		n = append(n, fmt.Sprintf("spans whose text disagrees with their offsets: %d (read from the document)", r.InconsistentSpans))
	}
	if r.TokenlessGold > 0 {
		n = append(n, fmt.Sprintf("owed gold quotes without a word token (never matchable): %d", r.TokenlessGold))
	}
	return n
}

// errorsLine counts the error cases by category, "" when there are none.
func (r Report) errorsLine() string {
	var b strings.Builder
	for _, c := range Categories {
		if n := r.ErrorCounts[c]; n > 0 {
			fmt.Fprintf(&b, " %s %d", c, n)
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "errors:" + b.String()
}

// span formats a code-point span.
func span(q *QuoteRef) string { return fmt.Sprintf("[%d,%d)", q.Start, q.End) }

// speaker formats a speaker name, null as "null".
func speaker(s *string) string {
	if s == nil {
		return "null"
	}
	return strconv.Quote(*s)
}

// caseSummary describes one error case on one line, without its context.
func caseSummary(c ErrorCase) string {
	g, p := c.Gold, c.Pred
	switch c.Category {
	case Missed:
		return fmt.Sprintf("%s %s %s, speaker %s", c.DocID, span(g), g.Kind, speaker(g.Speaker))
	case Spurious:
		return fmt.Sprintf("%s %s %s, speaker %s, rule %s", c.DocID, span(p), p.Kind, speaker(p.Speaker), c.Rule())
	case WrongBoundary:
		return fmt.Sprintf("%s gold %s pred %s, %d of %d gold tokens, rule %s", c.DocID, span(g), span(p), c.SharedTokens, c.GoldTokens, c.Rule())
	case WrongSpeaker:
		return fmt.Sprintf("%s %s gold %s, predicted %s, rule %s", c.DocID, span(g), speaker(g.Speaker), speaker(p.Speaker), c.Rule())
	case WrongKind:
		return fmt.Sprintf("%s %s gold %s, predicted %s, rule %s", c.DocID, span(g), g.Kind, p.Kind, c.Rule())
	}
	return c.DocID + ": " + c.Message
}

// caseContext shows the case's span in its context: "before ⟦quote⟧ after".
func caseContext(c ErrorCase) string {
	ref, ok := c.span()
	if !ok {
		return ""
	}
	q := elide(squeeze(ref.Text), 100)
	if c.Context == nil {
		return "⟦" + q + "⟧"
	}
	return c.Context.Before + "⟦" + q + "⟧" + c.Context.After
}
