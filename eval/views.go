package eval

import (
	"cmp"
	"container/heap"
	"slices"
	"strings"
	"unicode/utf8"
)

// DocumentOrder says which documents a Report keeps to show.
type DocumentOrder int

const (
	// MostErrors keeps the documents with the most error cases (missed,
	// spurious, wrong boundary, speaker or kind), ties to the earlier one,
	// and shows them worst first.
	MostErrors DocumentOrder = iota
	// FirstDocuments keeps the first documents of the gold file, in order.
	FirstDocuments
)

// String names the order as the flag --html-order spells it.
func (o DocumentOrder) String() string {
	if o == FirstDocuments {
		return "first"
	}
	return "errors"
}

// DocumentSample is the documents a Report keeps for WriteHTML, chosen while
// scoring so that no more than Limit documents are ever held.
type DocumentSample struct {
	Order DocumentOrder
	// Limit is how many documents were asked for; Documents may hold fewer.
	Limit int
	// Chars caps the text kept of each document, in code points; -1 is no cap.
	Chars int
	// Documents in display order: worst first, or input order.
	Documents []DocumentView
}

// DocumentView is one document with its gold quotes and each system's
// predictions, ready to draw. Only quotes starting within Text are kept;
// their ends are clipped to it.
type DocumentView struct {
	Index  int    // position in the gold file, from 0
	ID     string // the gold document's id
	Source string // its corpus
	Text   string // the first Chars code points of its text
	Length int    // code points of the whole text
	Gold   []MarkedQuote
	// HiddenGold counts the gold quotes beyond Text.
	HiddenGold int
	// Panels holds one system each: the predictions, then the baseline's.
	Panels []Panel
}

// Truncated reports whether Text is only the start of the document.
func (v DocumentView) Truncated() bool { return utf8.RuneCountInString(v.Text) < v.Length }

// Panel is one system's predictions on a shown document.
type Panel struct {
	Name   string
	Quotes []MarkedQuote
	// Hidden counts the predictions beyond the shown text.
	Hidden int
	// GoldPair gives, for each DocumentView.Gold entry, the index in Quotes
	// of its paired prediction, or -1.
	GoldPair []int
	// Missed marks the DocumentView.Gold entries this system owed and missed.
	Missed []bool
	// Error is the prediction line's error; NoLine is set when the document
	// had no prediction line.
	Error  string
	NoLine bool
	// Counts are the document's overall counts; Errors its error cases.
	Counts Counts
	Errors int
}

// MarkedQuote is a gold quote or a prediction placed on a shown document.
type MarkedQuote struct {
	Start, End int // code points into DocumentView.Text
	Kind       string
	Speaker    *string
	// SpeakerKey is the normalized canonical name of the speaker: a gold
	// speaker and a prediction naming it, or one of its aliases, share it,
	// so a page can colour them alike. Empty for a null speaker.
	SpeakerKey string
	Rule       string
	Optional   bool // a gold quote neither owed nor penalised
	// Pair is, for a prediction, the DocumentView.Gold index of its pair;
	// -1 when it has none shown.
	Pair int
	// Ignored marks a prediction paired with an optional gold quote.
	Ignored bool
	// Problems lists a prediction's error categories: spurious, or a
	// match's wrong boundary, speaker or kind.
	Problems []Category
}

// truncate returns the first n code points of text as a fresh string (n < 0:
// all of it) and the length of text in code points.
func truncate(text string, n int) (string, int) {
	total := utf8.RuneCountInString(text)
	if n < 0 || n >= total {
		return strings.Clone(text), total
	}
	i := 0
	for b := range text {
		if i == n {
			return strings.Clone(text[:b]), total
		}
		i++
	}
	return strings.Clone(text), total
}

// shown maps each quote index to its index among the quotes shown on a text
// of n code points, -1 for those not shown: starting outside the text or
// with no extent.
func shown(n int, count int, span func(int) (int, int)) (index []int, hidden int) {
	index = make([]int, count)
	k := 0
	for i := range count {
		s, e := span(i)
		if s < 0 || s >= n || e <= s {
			index[i] = -1
			hidden++
			continue
		}
		index[i] = k
		k++
	}
	return index, hidden
}

// speakerKeys returns the function that puts a speaker name in its
// canonical normalized form: an alias becomes the name of its entity.
func (d *document) speakerKeys() func(*string) string {
	canon := make(map[string]string)
	for name, aliases := range d.aliases {
		for _, a := range aliases {
			if _, taken := canon[a]; !taken {
				canon[a] = name
			}
		}
	}
	return func(s *string) string {
		if s == nil {
			return ""
		}
		n := normalizeName(*s)
		if _, isName := d.aliases[n]; isName {
			return n
		}
		if c, ok := canon[n]; ok {
			return c
		}
		return n
	}
}

// draw draws the document of docs[0] with one panel per scored document:
// the same gold document scored against each system's predictions.
func draw(chars int, docs []*scoredDoc, names []string) DocumentView {
	sd := docs[0]
	d := sd.doc
	v := DocumentView{Index: sd.index, ID: strings.Clone(d.id), Source: strings.Clone(sd.source)}
	v.Text, v.Length = truncate(d.text, chars)
	n := utf8.RuneCountInString(v.Text)
	gmap, hidden := shown(n, len(d.gold), func(i int) (int, int) { return d.gold[i].q.Start, d.gold[i].q.End })
	v.HiddenGold = hidden
	key := d.speakerKeys()
	for gi, g := range d.gold {
		if gmap[gi] < 0 {
			continue
		}
		v.Gold = append(v.Gold, MarkedQuote{
			Start: g.q.Start, End: min(g.q.End, n), Kind: g.q.Kind, Speaker: cloneStr(g.q.Speaker),
			SpeakerKey: key(g.q.Speaker), Optional: g.q.Optional, Pair: -1,
		})
	}
	for i, o := range docs {
		v.Panels = append(v.Panels, o.panel(names[i], n, gmap))
	}
	return v
}

// panel draws this scorer's predictions on a text of n code points whose
// gold quotes are mapped by gmap (see shown).
func (sd *scoredDoc) panel(name string, n int, gmap []int) Panel {
	d := sd.doc
	p := Panel{Name: name, Counts: sd.counts, Errors: sd.errors}
	switch {
	case sd.pred == nil:
		p.NoLine = true
	case sd.pred.Error != "":
		p.Error = sd.pred.Error
	}
	pmap, hidden := shown(n, len(d.pred), func(i int) (int, int) { return d.pred[i].q.Start, d.pred[i].q.End })
	p.Hidden = hidden
	key := d.speakerKeys()
	for pi, q := range d.pred {
		if pmap[pi] < 0 {
			continue
		}
		mq := MarkedQuote{Start: q.q.Start, End: min(q.q.End, n), Kind: q.q.Kind, Speaker: cloneStr(q.q.Speaker),
			SpeakerKey: key(q.q.Speaker), Rule: q.q.Rule, Pair: -1}
		if ci := sd.all.predTo[pi]; ci < 0 {
			mq.Problems = []Category{Spurious}
		} else {
			m := d.match(ci)
			mq.Pair = gmap[m.g]
			if m.gold.q.Optional {
				mq.Ignored = true
			} else {
				if !m.exact {
					mq.Problems = append(mq.Problems, WrongBoundary)
				}
				if m.speakerJudged && !m.speakerRight {
					mq.Problems = append(mq.Problems, WrongSpeaker)
				}
				if !m.kindRight {
					mq.Problems = append(mq.Problems, WrongKind)
				}
			}
		}
		p.Quotes = append(p.Quotes, mq)
	}
	for gi, g := range d.gold {
		if gmap[gi] < 0 {
			continue
		}
		pair := -1
		if ci := sd.all.goldTo[gi]; ci >= 0 {
			pair = pmap[d.cands[ci].p]
		}
		p.GoldPair = append(p.GoldPair, pair)
		p.Missed = append(p.Missed, !g.q.Optional && sd.all.goldTo[gi] < 0)
	}
	return p
}

func cloneStr(s *string) *string {
	if s == nil {
		return nil
	}
	c := strings.Clone(*s)
	return &c
}

// docKeeper keeps the documents a Report will show, never more than limit:
// with MostErrors, a min-heap whose root is the least bad document kept.
type docKeeper struct {
	limit int
	order DocumentOrder
	docs  viewHeap
}

func newDocKeeper(limit int, order DocumentOrder) *docKeeper {
	return &docKeeper{limit: limit, order: order}
}

// wants reports whether the next document, with errors error cases, would
// be kept: it is asked before the document is drawn, so drawing costs only
// the documents kept.
func (k *docKeeper) wants(errors int) bool {
	if len(k.docs) < k.limit {
		return true
	}
	// A later document never wins a tie: the earlier one stays.
	return k.order == MostErrors && errors > k.docs[0].errors()
}

// add keeps v, dropping the least bad document when full.
func (k *docKeeper) add(v DocumentView) {
	if len(k.docs) < k.limit {
		heap.Push(&k.docs, v)
		return
	}
	k.docs[0] = v
	heap.Fix(&k.docs, 0)
}

// sample returns the kept documents in display order.
func (k *docKeeper) sample(chars int) *DocumentSample {
	docs := slices.Clone([]DocumentView(k.docs))
	slices.SortFunc(docs, func(a, b DocumentView) int {
		if k.order == MostErrors {
			if c := cmp.Compare(b.errors(), a.errors()); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.Index, b.Index)
	})
	return &DocumentSample{Order: k.order, Limit: k.limit, Chars: chars, Documents: docs}
}

// errors is the error count a view is ranked by: its first panel's.
func (v DocumentView) errors() int {
	if len(v.Panels) == 0 {
		return 0
	}
	return v.Panels[0].Errors
}

// viewHeap orders views least bad first: fewer errors, then later in the
// file.
type viewHeap []DocumentView

func (h viewHeap) Len() int { return len(h) }
func (h viewHeap) Less(i, j int) bool {
	if a, b := h[i].errors(), h[j].errors(); a != b {
		return a < b
	}
	return h[i].Index > h[j].Index
}
func (h viewHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *viewHeap) Push(x any)   { *h = append(*h, x.(DocumentView)) }
func (h *viewHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
