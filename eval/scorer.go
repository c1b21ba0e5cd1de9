// Package eval scores predicted quote attributions against hand-labelled gold
// documents, as FORMAT.md's Scoring section defines: quotes are paired
// one-to-one by shared word tokens, then counted as partial, exact and
// covering matches, with speaker, mention and end-to-end attribution figures,
// overall and per quote kind.
//
// A Scorer consumes one document at a time and keeps only counts and a capped
// list of error cases, so gold sets of any size stream through it; Score and
// ScoreFiles join a gold file with a prediction file and feed a Scorer.
package eval

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"github.com/saidwho/saidwho/corpus"
)

// DefaultMaxErrors is how many error cases per category a Report keeps when
// Options.MaxErrors is zero.
const DefaultMaxErrors = 1000

// NoRule is the rule name under which predictions without a rule are counted.
const NoRule = "(none)"

// Options tunes a Scorer. The zero value is the default.
type Options struct {
	// MaxErrors caps the error cases kept per category (all are counted):
	// 0 means DefaultMaxErrors, a negative value keeps none.
	MaxErrors int
}

// Scorer accumulates the scores of documents added one at a time. Its zero
// value is ready to use with default Options. A Scorer is not safe for
// concurrent use.
type Scorer struct {
	opts Options

	// Document counts.
	documents, missing, failed, inconsistent, tokenless int

	overall Scores
	byKind  map[string]*Scores

	rules       map[string]*RuleStats
	errorCounts map[Category]int
	errors      []ErrorCase
	kept        map[Category]int // cases stored so far per category, for the cap
}

// NewScorer returns a Scorer with the given options.
func NewScorer(opts Options) *Scorer {
	return &Scorer{opts: opts}
}

func (s *Scorer) init() {
	if s.byKind != nil {
		return
	}
	s.byKind = make(map[string]*Scores)
	for _, k := range corpus.Kinds {
		s.byKind[k] = &Scores{}
	}
	s.rules = make(map[string]*RuleStats)
	s.errorCounts = make(map[Category]int)
	s.kept = make(map[Category]int)
}

// Add scores the prediction line of one gold document. A prediction with a
// non-empty Error counts as a document with no quotes. The caller pairs
// documents: Add does not compare their ids.
func (s *Scorer) Add(gold corpus.GoldDocument, pred corpus.Prediction) {
	s.init()
	s.documents++
	quotes := pred.Quotes
	var docCase *ErrorCase
	if pred.Error != "" {
		s.failed++
		quotes = nil
		docCase = &ErrorCase{Category: Failed, DocID: gold.ID, Message: pred.Error}
	}
	s.score(&gold, quotes, docCase)
}

// AddMissing scores a gold document that has no prediction line: every quote
// it owes is missed.
func (s *Scorer) AddMissing(gold corpus.GoldDocument) {
	s.init()
	s.documents++
	s.missing++
	s.score(&gold, nil, &ErrorCase{Category: NoPrediction, DocID: gold.ID, Message: "no prediction line for this document"})
}

// measured is what pairing needs of a span: its tokens and trimmed extent.
type measured struct {
	tokens       []int // absolute code-point starts of its word tokens
	trimS, trimE int   // code-point span without white space and punctuation at the ends
}

// goldSpan is a gold quote prepared for pairing.
type goldSpan struct {
	q *corpus.GoldQuote
	measured
}

// predSpan is a predicted quote prepared for pairing.
type predSpan struct {
	q *corpus.PredictedQuote
	measured
}

// candidate is a gold/prediction pair that shares at least one token.
type candidate struct {
	g, p, shared int
}

// document holds what pairing needs of one gold document and its prediction.
type document struct {
	id      string
	gold    []goldSpan
	pred    []predSpan
	cands   []candidate // in pairing order
	aliases map[string][]string
	ix      *runeIndex // built on first need
	text    string
}

// spanText returns the text a span's tokens are read from: its own text, as
// FORMAT.md says, unless that text disagrees with the offsets (a hand-written
// prediction without text, say); then the document's code points, when the
// offsets fit the document.
func (s *Scorer) spanText(d *document, start, end int, own string) string {
	if utf8.RuneCountInString(own) == end-start {
		return own
	}
	s.inconsistent++
	if d.ix == nil {
		d.ix = newRuneIndex(d.text)
	}
	if t, ok := d.ix.slice(start, end); ok {
		return t
	}
	return own
}

// measure reads the tokens and trimmed extent of the span [start, end).
func (s *Scorer) measure(d *document, start, end int, own string) measured {
	t := s.spanText(d, start, end, own)
	m := measured{tokens: wordStarts(nil, t, start)}
	m.trimS, m.trimE = trimmedSpan(t, start)
	return m
}

func (s *Scorer) prepare(gold *corpus.GoldDocument, quotes []corpus.PredictedQuote) *document {
	d := &document{id: gold.ID, text: gold.Text}
	d.gold = make([]goldSpan, len(gold.Quotes))
	for i := range gold.Quotes {
		q := &gold.Quotes[i]
		d.gold[i] = goldSpan{q: q, measured: s.measure(d, q.Start, q.End, q.Text)}
	}
	d.pred = make([]predSpan, len(quotes))
	for i := range quotes {
		q := &quotes[i]
		d.pred[i] = predSpan{q: q, measured: s.measure(d, q.Start, q.End, q.Text)}
	}
	d.cands = candidates(d.gold, d.pred)
	d.aliases = aliasTable(gold.Entities)
	return d
}

// candidates lists every gold/prediction pair sharing a token, in the order
// greedy pairing takes them: more shared tokens first, ties to the earlier
// gold quote, then to the earlier prediction. Gold tokens are indexed by
// offset so a long document costs its tokens, not gold × predictions.
func candidates(gold []goldSpan, pred []predSpan) []candidate {
	if len(gold) == 0 || len(pred) == 0 {
		return nil
	}
	owners := make(map[int][]int) // token start -> gold quotes holding it
	for gi, g := range gold {
		for _, t := range g.tokens {
			owners[t] = append(owners[t], gi)
		}
	}
	var cands []candidate
	counts := make([]int, len(gold))
	var touched []int
	for pi, p := range pred {
		touched = touched[:0]
		for _, t := range p.tokens {
			for _, gi := range owners[t] {
				if counts[gi] == 0 {
					touched = append(touched, gi)
				}
				counts[gi]++
			}
		}
		for _, gi := range touched {
			cands = append(cands, candidate{g: gi, p: pi, shared: counts[gi]})
			counts[gi] = 0
		}
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		if c := cmp.Compare(b.shared, a.shared); c != 0 {
			return c
		}
		if c := cmp.Compare(a.g, b.g); c != 0 {
			return c
		}
		return cmp.Compare(a.p, b.p)
	})
	return cands
}

// aliasTable maps each normalized canonical name to its normalized aliases.
func aliasTable(entities map[string][]string) map[string][]string {
	if len(entities) == 0 {
		return nil
	}
	t := make(map[string][]string, len(entities))
	for name, aliases := range entities {
		key := normalizeName(name)
		for _, a := range aliases {
			if n := normalizeName(a); n != "" {
				t[key] = append(t[key], n)
			}
		}
	}
	return t
}

// speakerRight reports whether the predicted speaker names the gold speaker
// or one of its aliases. A null or empty name is never right.
func (d *document) speakerRight(gold, pred *string) bool {
	if gold == nil || pred == nil {
		return false
	}
	p := normalizeName(*pred)
	if p == "" {
		return false
	}
	g := normalizeName(*gold)
	if p == g {
		return true
	}
	return slices.Contains(d.aliases[g], p)
}

// score pairs and counts one document overall and per kind; error cases and
// rule counts come from the overall pairing only.
func (s *Scorer) score(gold *corpus.GoldDocument, quotes []corpus.PredictedQuote, docCase *ErrorCase) {
	d := s.prepare(gold, quotes)
	for _, g := range d.gold {
		if !g.q.Optional && len(g.tokens) == 0 {
			s.tokenless++
		}
	}
	var cases []ErrorCase
	if docCase != nil {
		cases = append(cases, *docCase)
	}
	cases = s.scoreScope(d, true, "", &s.overall, cases)

	kinds := make(map[string]bool)
	for _, g := range d.gold {
		kinds[g.q.Kind] = true
	}
	for _, p := range d.pred {
		kinds[p.q.Kind] = true
	}
	for k := range kinds {
		sc := s.byKind[k]
		if sc == nil {
			sc = &Scores{}
			s.byKind[k] = sc
		}
		s.scoreScope(d, false, k, sc, nil)
	}

	// Sort by position so a reader walks the document once per listing.
	slices.SortStableFunc(cases, func(a, b ErrorCase) int { return cmp.Compare(a.position(), b.position()) })
	for _, c := range cases {
		s.record(c)
	}
}

// scoreScope pairs all quotes (overall) or those of one kind and adds their
// counts to sc. Only the overall scope appends error cases and counts rules:
// per-kind pairings would list the same mistakes again.
func (s *Scorer) scoreScope(d *document, overall bool, kind string, sc *Scores, cases []ErrorCase) []ErrorCase {
	inGold := func(i int) bool { return overall || d.gold[i].q.Kind == kind }
	inPred := func(i int) bool { return overall || d.pred[i].q.Kind == kind }

	goldTo := make([]int, len(d.gold)) // index into d.cands, or -1
	for i := range goldTo {
		goldTo[i] = -1
	}
	predTo := make([]int, len(d.pred))
	for i := range predTo {
		predTo[i] = -1
	}
	for ci, c := range d.cands {
		if goldTo[c.g] >= 0 || predTo[c.p] >= 0 || !inGold(c.g) || !inPred(c.p) {
			continue
		}
		goldTo[c.g], predTo[c.p] = ci, ci
	}

	var rule func(p *corpus.PredictedQuote) *RuleStats
	if overall {
		rule = func(p *corpus.PredictedQuote) *RuleStats {
			name := p.Rule
			if name == "" {
				name = NoRule
			}
			r := s.rules[name]
			if r == nil {
				r = &RuleStats{}
				s.rules[name] = r
			}
			return r
		}
	}

	for gi := range d.gold {
		if !inGold(gi) {
			continue
		}
		g := &d.gold[gi]
		if g.q.Optional {
			sc.OptionalGold++
			continue
		}
		sc.Gold++
		ci := goldTo[gi]
		if ci < 0 {
			if overall {
				cases = append(cases, ErrorCase{Category: Missed, DocID: d.id, Gold: goldRef(g.q), GoldTokens: len(g.tokens)})
			}
			continue
		}
		c := d.cands[ci]
		p := &d.pred[c.p]
		exact := g.trimS == p.trimS && g.trimE == p.trimE
		sc.Matched++
		if exact {
			sc.ExactMatched++
		}
		if c.shared*10 >= 3*len(g.tokens) {
			sc.Cover30Matched++
		}
		if c.shared*10 >= 8*len(g.tokens) {
			sc.Cover80Matched++
		}
		speakerOK := false
		if g.q.Speaker != nil {
			sc.SpeakerJudged++
			if speakerOK = d.speakerRight(g.q.Speaker, p.q.Speaker); speakerOK {
				sc.SpeakerCorrect++
				sc.EndToEndCorrect++
			}
		}
		if len(g.q.SpeakerMentions) > 0 {
			sc.MentionJudged++
			if mentionOverlaps(p.q.Mention, g.q.SpeakerMentions) {
				sc.MentionCorrect++
			}
		}
		if !overall {
			continue
		}
		r := rule(p.q)
		r.Matched++
		pair := func(cat Category) ErrorCase {
			return ErrorCase{Category: cat, DocID: d.id, Gold: goldRef(g.q), Pred: predRef(p.q),
				SharedTokens: c.shared, GoldTokens: len(g.tokens)}
		}
		if !exact {
			r.WrongBoundary++
			cases = append(cases, pair(WrongBoundary))
		}
		if g.q.Speaker != nil {
			if speakerOK {
				r.EndToEndCorrect++
			} else {
				r.WrongSpeaker++
				cases = append(cases, pair(WrongSpeaker))
			}
		}
		if g.q.Kind != p.q.Kind {
			r.WrongKind++
			cases = append(cases, pair(WrongKind))
		}
	}

	for pi := range d.pred {
		if !inPred(pi) {
			continue
		}
		p := &d.pred[pi]
		ci := predTo[pi]
		ignored := ci >= 0 && d.gold[d.cands[ci].g].q.Optional
		if ignored {
			sc.IgnoredPredictions++
		} else {
			sc.Predicted++
		}
		if !overall {
			continue
		}
		r := rule(p.q)
		r.Predicted++
		switch {
		case ignored:
			r.Ignored++
		case ci < 0:
			r.Spurious++
			cases = append(cases, ErrorCase{Category: Spurious, DocID: d.id, Pred: predRef(p.q)})
		}
	}
	return cases
}

// mentionOverlaps reports whether m shares at least one code point with one
// of the gold mention spans.
func mentionOverlaps(m *corpus.Span, gold [][2]int) bool {
	if m == nil {
		return false
	}
	for _, g := range gold {
		if m.Start < g[1] && g[0] < m.End {
			return true
		}
	}
	return false
}

// record counts a case and keeps it while its category is under the cap.
func (s *Scorer) record(c ErrorCase) {
	s.errorCounts[c.Category]++
	limit := s.opts.MaxErrors
	if limit == 0 {
		limit = DefaultMaxErrors
	}
	if s.kept[c.Category] >= limit {
		return
	}
	s.kept[c.Category]++
	s.errors = append(s.errors, c)
}

func goldRef(q *corpus.GoldQuote) *QuoteRef {
	return &QuoteRef{Start: q.Start, End: q.End, Text: q.Text, Kind: q.Kind, Speaker: q.Speaker}
}

func predRef(q *corpus.PredictedQuote) *QuoteRef {
	return &QuoteRef{Start: q.Start, End: q.End, Text: q.Text, Kind: q.Kind, Speaker: q.Speaker, Rule: q.Rule}
}

// Report returns the figures of every document added so far. The Scorer can
// go on accepting documents; the Report does not change with them.
func (s *Scorer) Report() Report {
	s.init()
	r := Report{
		Documents:          s.documents,
		MissingPredictions: s.missing,
		FailedPredictions:  s.failed,
		InconsistentSpans:  s.inconsistent,
		TokenlessGold:      s.tokenless,
		Overall:            s.overall.withFigures(),
		ByKind:             make(map[string]Scores, len(s.byKind)),
		Rules:              make(map[string]RuleStats, len(s.rules)),
		ErrorCounts:        make(map[Category]int, len(s.errorCounts)),
		Errors:             slices.Clone(s.errors),
	}
	for k, sc := range s.byKind {
		r.ByKind[k] = sc.withFigures()
	}
	for k, rs := range s.rules {
		r.Rules[k] = *rs
	}
	for k, n := range s.errorCounts {
		r.ErrorCounts[k] = n
	}
	return r
}
