// Package eval scores predicted quote attributions against hand-labelled gold
// documents, as FORMAT.md's Scoring section defines: quotes are paired
// one-to-one by shared word tokens, then counted as partial, exact and
// covering matches, with speaker, mention and end-to-end attribution figures,
// overall, per quote kind, per corpus and per value of categorical gold
// fields (PDNC's quote_type, say).
//
// A Scorer consumes one document at a time and keeps only counts, a capped
// list of error cases and, when asked, a few documents to render, so gold
// sets of any size stream through it. Score and ScoreFiles join a gold file
// with a prediction file and feed a Scorer; Compare scores two prediction
// files against one gold file and adds a paired bootstrap of the
// differences. A Report renders as terminal tables, Markdown, JSON or one
// self-contained HTML page.
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

// DefaultDocumentChars is how many code points of each shown document a
// Report keeps when Options.DocumentChars is zero.
const DefaultDocumentChars = 20000

// NoRule is the rule name under which predictions without a rule are counted.
const NoRule = "(none)"

// Options tunes a Scorer. The zero value is the default.
type Options struct {
	// MaxErrors caps the error cases kept per category (all are counted):
	// 0 means DefaultMaxErrors, a negative value keeps none.
	MaxErrors int
	// Fields names the gold quote keys (corpus.GoldQuote.Extra) to break the
	// figures down by. Nil picks them from the data: every key whose values
	// are strings with at most MaxAutoFieldValues distinct values. A non-nil
	// empty slice breaks down by none.
	Fields []string
	// Documents is how many documents the Report keeps, with their quotes
	// marked, for WriteHTML to show: 0 keeps none.
	Documents int
	// DocumentOrder says which documents are kept: those with the most error
	// cases (the default) or the first ones.
	DocumentOrder DocumentOrder
	// DocumentChars caps the text kept of each shown document, in code
	// points: 0 means DefaultDocumentChars, a negative value no cap.
	DocumentChars int
}

func (o Options) maxErrors() int {
	if o.MaxErrors == 0 {
		return DefaultMaxErrors
	}
	return o.MaxErrors
}

func (o Options) documentChars() int {
	switch {
	case o.DocumentChars == 0:
		return DefaultDocumentChars
	case o.DocumentChars < 0:
		return -1
	}
	return o.DocumentChars
}

// Scorer accumulates the scores of documents added one at a time. Its zero
// value is ready to use with default Options. A Scorer is not safe for
// concurrent use.
type Scorer struct {
	opts Options

	// Document counts.
	documents, missing, failed, inconsistent, tokenless int

	overall  Counts
	byKind   map[string]*Counts
	bySource map[string]*Counts
	fields   *fieldSet

	rules       map[string]*RuleStats
	calibration Calibration
	errorCounts map[Category]int
	errors      []ErrorCase
	kept        map[Category]int // cases stored so far per category, for the cap

	keeper *docKeeper // documents kept for rendering; nil when none are
	log    *docLog    // per-document counts for a bootstrap; nil unless comparing
}

// NewScorer returns a Scorer with the given options.
func NewScorer(opts Options) *Scorer {
	return &Scorer{opts: opts}
}

func (s *Scorer) init() {
	if s.byKind != nil {
		return
	}
	s.byKind = make(map[string]*Counts)
	for _, k := range corpus.Kinds {
		s.byKind[k] = &Counts{}
	}
	s.bySource = make(map[string]*Counts)
	s.fields = newFieldSet(s.opts.Fields)
	s.rules = make(map[string]*RuleStats)
	s.errorCounts = make(map[Category]int)
	s.kept = make(map[Category]int)
	if s.opts.Documents > 0 {
		s.keeper = newDocKeeper(s.opts.Documents, s.opts.DocumentOrder)
	}
}

// Add scores the prediction line of one gold document. A prediction with a
// non-empty Error counts as a document with no quotes. The caller pairs
// documents: Add does not compare their ids.
func (s *Scorer) Add(gold corpus.GoldDocument, pred corpus.Prediction) {
	s.keep(s.add(&gold, &pred))
}

// AddMissing scores a gold document that has no prediction line: every quote
// it owes is missed.
func (s *Scorer) AddMissing(gold corpus.GoldDocument) {
	s.keep(s.add(&gold, nil))
}

// keep hands a scored document to the Scorer's own keeper, if it has one.
func (s *Scorer) keep(sd *scoredDoc) {
	if s.keeper != nil && s.keeper.wants(sd.errors) {
		s.keeper.add(draw(s.opts.documentChars(), []*scoredDoc{sd}, []string{"predictions"}))
	}
}

// add scores one document; pred is nil when the document has no prediction
// line. The result is valid until the next call.
func (s *Scorer) add(gold *corpus.GoldDocument, pred *corpus.Prediction) *scoredDoc {
	s.init()
	index := s.documents
	s.documents++
	var quotes []corpus.PredictedQuote
	var docCase *ErrorCase
	switch {
	case pred == nil:
		s.missing++
		docCase = &ErrorCase{Category: NoPrediction, DocID: gold.ID, Message: "no prediction line for this document"}
	case pred.Error != "":
		s.failed++
		docCase = &ErrorCase{Category: Failed, DocID: gold.ID, Message: pred.Error}
	default:
		quotes = pred.Quotes
	}
	sd := s.score(gold, quotes, docCase)
	sd.index, sd.pred = index, pred
	return sd
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

// index returns the document's code-point index, building it once.
func (d *document) index() *runeIndex {
	if d.ix == nil {
		d.ix = newRuneIndex(d.text)
	}
	return d.ix
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
	if t, ok := d.index().slice(start, end); ok {
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

// pairing is the outcome of greedy pairing over one scope: for each gold
// quote and each prediction, the index into document.cands of its pair, or
// -1.
type pairing struct {
	goldTo, predTo []int
}

// pair pairs the gold quotes and predictions that inScope admits (all of
// them when it is nil), taking candidates in order.
func (d *document) pair(inScope func(kind string) bool) pairing {
	p := pairing{goldTo: make([]int, len(d.gold)), predTo: make([]int, len(d.pred))}
	for i := range p.goldTo {
		p.goldTo[i] = -1
	}
	for i := range p.predTo {
		p.predTo[i] = -1
	}
	for ci, c := range d.cands {
		if p.goldTo[c.g] >= 0 || p.predTo[c.p] >= 0 {
			continue
		}
		if inScope != nil && (!inScope(d.gold[c.g].q.Kind) || !inScope(d.pred[c.p].q.Kind)) {
			continue
		}
		p.goldTo[c.g], p.predTo[c.p] = ci, ci
	}
	return p
}

// match is what FORMAT.md's figures ask of one matched pair.
type match struct {
	candidate
	exact, cover30, cover80     bool
	speakerJudged, speakerRight bool
	mentionJudged, mentionRight bool
	kindRight                   bool
	gold                        *goldSpan
	pred                        *predSpan
}

func (d *document) match(ci int) match {
	c := d.cands[ci]
	g, p := &d.gold[c.g], &d.pred[c.p]
	m := match{candidate: c, gold: g, pred: p}
	m.exact = g.trimS == p.trimS && g.trimE == p.trimE
	m.cover30 = c.shared*10 >= 3*len(g.tokens)
	m.cover80 = c.shared*10 >= 8*len(g.tokens)
	m.speakerJudged = g.q.Speaker != nil
	m.speakerRight = m.speakerJudged && d.speakerRight(g.q.Speaker, p.q.Speaker)
	m.mentionJudged = len(g.q.SpeakerMentions) > 0
	m.mentionRight = m.mentionJudged && mentionOverlaps(p.q.Mention, g.q.SpeakerMentions)
	m.kindRight = g.q.Kind == p.q.Kind
	return m
}

// goldCounts returns what gold quote gi adds to the counts of its scope.
func (d *document) goldCounts(gi int, p pairing) Counts {
	if d.gold[gi].q.Optional {
		return Counts{OptionalGold: 1}
	}
	c := Counts{Gold: 1}
	ci := p.goldTo[gi]
	if ci < 0 {
		return c
	}
	m := d.match(ci)
	c.Matched = 1
	c.ExactMatched = b2i(m.exact)
	c.Cover30Matched = b2i(m.cover30)
	c.Cover80Matched = b2i(m.cover80)
	c.SpeakerJudged = b2i(m.speakerJudged)
	c.SpeakerCorrect = b2i(m.speakerRight)
	c.EndToEndCorrect = b2i(m.speakerRight)
	c.MentionJudged = b2i(m.mentionJudged)
	c.MentionCorrect = b2i(m.mentionRight)
	return c
}

// predIgnored reports whether prediction pi is paired with an optional gold
// quote, and so counts on neither side.
func (d *document) predIgnored(pi int, p pairing) bool {
	ci := p.predTo[pi]
	return ci >= 0 && d.gold[d.cands[ci].g].q.Optional
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scoredDoc is one document as the Scorer scored it: enough to draw it.
type scoredDoc struct {
	index  int // position among the documents added
	doc    *document
	source string
	all    pairing            // the overall pairing
	pred   *corpus.Prediction // nil without a prediction line
	counts Counts             // the document's overall counts
	errors int                // its error cases, document-level ones included
}

// score pairs and counts one document overall, per kind, per corpus and per
// field value; error cases and rule counts come from the overall pairing
// only: per-kind pairings would list the same mistakes again.
func (s *Scorer) score(gold *corpus.GoldDocument, quotes []corpus.PredictedQuote, docCase *ErrorCase) *scoredDoc {
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
	all := d.pair(nil)
	var doc Counts
	var labels []label
	docLabels := make(map[label]*Counts)
	for gi := range d.gold {
		c := d.goldCounts(gi, all)
		doc.add(c)
		labels = s.fields.labels(labels[:0], d.gold[gi].q)
		for _, l := range labels {
			lc := docLabels[l]
			if lc == nil {
				lc = &Counts{}
				docLabels[l] = lc
			}
			lc.add(c)
		}
	}
	for pi := range d.pred {
		if d.predIgnored(pi, all) {
			doc.IgnoredPredictions++
		} else {
			doc.Predicted++
		}
	}
	cases = s.overallCases(d, all, cases)

	s.overall.add(doc)
	src := s.bySource[gold.Source]
	if src == nil {
		src = &Counts{}
		s.bySource[gold.Source] = src
	}
	src.add(doc)
	for l, c := range docLabels {
		s.fields.add(l, *c)
	}

	var entries []scopeCount
	if s.log != nil {
		entries = append(entries,
			scopeCount{s.log.id(Scope{Group: GroupOverall}), doc},
			scopeCount{s.log.id(Scope{Group: GroupSource, Name: gold.Source}), doc})
		for l, c := range docLabels {
			entries = append(entries, scopeCount{s.log.id(Scope{Group: GroupField, Field: l.field, Name: l.value}), *c})
		}
	}
	for _, k := range d.kinds() {
		kc := d.kindCounts(k)
		sc := s.byKind[k]
		if sc == nil {
			sc = &Counts{}
			s.byKind[k] = sc
		}
		sc.add(kc)
		if s.log != nil {
			entries = append(entries, scopeCount{s.log.id(Scope{Group: GroupKind, Name: k}), kc})
		}
	}
	if s.log != nil {
		s.log.docs = append(s.log.docs, entries)
	}

	// Sort by position so a reader walks the document once per listing.
	slices.SortStableFunc(cases, func(a, b ErrorCase) int { return cmp.Compare(a.position(), b.position()) })
	for _, c := range cases {
		s.record(d, c)
	}
	return &scoredDoc{doc: d, source: gold.Source, all: all, counts: doc, errors: len(cases)}
}

// kinds lists the kinds the document's gold quotes and predictions have, in
// a fixed order.
func (d *document) kinds() []string {
	var ks []string
	for _, g := range d.gold {
		if !slices.Contains(ks, g.q.Kind) {
			ks = append(ks, g.q.Kind)
		}
	}
	for _, p := range d.pred {
		if !slices.Contains(ks, p.q.Kind) {
			ks = append(ks, p.q.Kind)
		}
	}
	slices.Sort(ks)
	return ks
}

// kindCounts pairs and counts the gold quotes and predictions of one kind:
// a direct quote predicted as indirect is missed and spurious here.
func (d *document) kindCounts(kind string) Counts {
	p := d.pair(func(k string) bool { return k == kind })
	var c Counts
	for gi, g := range d.gold {
		if g.q.Kind == kind {
			c.add(d.goldCounts(gi, p))
		}
	}
	for pi, q := range d.pred {
		if q.q.Kind != kind {
			continue
		}
		if d.predIgnored(pi, p) {
			c.IgnoredPredictions++
		} else {
			c.Predicted++
		}
	}
	return c
}

// overallCases appends the error cases of the overall pairing to cases and
// counts each prediction under its rule.
func (s *Scorer) overallCases(d *document, all pairing, cases []ErrorCase) []ErrorCase {
	for gi := range d.gold {
		g := &d.gold[gi]
		if g.q.Optional {
			continue
		}
		ci := all.goldTo[gi]
		if ci < 0 {
			cases = append(cases, ErrorCase{Category: Missed, DocID: d.id, Gold: goldRef(g.q), GoldTokens: len(g.tokens)})
			continue
		}
		m := d.match(ci)
		r := s.rule(m.pred.q)
		r.Matched++
		pair := func(cat Category) ErrorCase {
			return ErrorCase{Category: cat, DocID: d.id, Gold: goldRef(g.q), Pred: predRef(m.pred.q),
				SharedTokens: m.shared, GoldTokens: len(g.tokens)}
		}
		if !m.exact {
			r.WrongBoundary++
			cases = append(cases, pair(WrongBoundary))
		}
		if m.speakerJudged {
			r.SpeakerJudged++
			s.calibration.Speaker.add(m.pred.q.Confidence, m.speakerRight)
			if m.speakerRight {
				r.EndToEndCorrect++
			} else {
				r.WrongSpeaker++
				cases = append(cases, pair(WrongSpeaker))
			}
		}
		if m.mentionJudged {
			r.MentionJudged++
			s.calibration.Mention.add(m.pred.q.Confidence, m.mentionRight)
			if m.mentionRight {
				r.MentionCorrect++
			}
		}
		if !m.kindRight {
			r.WrongKind++
			cases = append(cases, pair(WrongKind))
		}
	}
	for pi := range d.pred {
		p := &d.pred[pi]
		r := s.rule(p.q)
		r.Predicted++
		switch {
		case d.predIgnored(pi, all):
			r.Ignored++
		case all.predTo[pi] < 0:
			r.Spurious++
			cases = append(cases, ErrorCase{Category: Spurious, DocID: d.id, Pred: predRef(p.q)})
		}
	}
	return cases
}

// rule returns the counts of the rule that produced p.
func (s *Scorer) rule(p *corpus.PredictedQuote) *RuleStats {
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

// record counts a case and keeps it, with its context, while its category is
// under the cap.
func (s *Scorer) record(d *document, c ErrorCase) {
	s.errorCounts[c.Category]++
	limit := s.opts.maxErrors()
	if s.kept[c.Category] >= limit {
		return
	}
	s.kept[c.Category]++
	c.Context = d.context(c)
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
		Overall:            s.overall.Figures(),
		ByKind:             make(map[string]Scores, len(s.byKind)),
		BySource:           make(map[string]Scores, len(s.bySource)),
		ByField:            make(map[string]map[string]LabelScores),
		Rules:              make(map[string]RuleStats, len(s.rules)),
		Calibration:        s.calibration,
		ErrorCounts:        make(map[Category]int, len(s.errorCounts)),
		Errors:             slices.Clone(s.errors),
	}
	for k, c := range s.byKind {
		r.ByKind[k] = c.Figures()
	}
	for k, c := range s.bySource {
		r.BySource[k] = c.Figures()
	}
	for f, vals := range s.fields.counts(s.overall) {
		m := make(map[string]LabelScores, len(vals))
		for v, c := range vals {
			m[v] = c.labelFigures()
		}
		r.ByField[f] = m
	}
	for k, rs := range s.rules {
		r.Rules[k] = *rs
	}
	for k, n := range s.errorCounts {
		r.ErrorCounts[k] = n
	}
	if s.keeper != nil {
		r.Shown = s.keeper.sample(s.opts.documentChars())
	}
	return r
}
