package eval

import (
	"math"
	"math/rand/v2"
	"slices"
)

// DefaultResamples is how many bootstrap resamples Compare draws when
// Bootstrap.Resamples is zero.
const DefaultResamples = 1000

// Bootstrap configures the paired bootstrap of Compare: Resamples times, n
// documents are drawn with replacement from the n scored documents; both
// systems are scored on the same draw and the difference of each figure
// is kept. The 95% interval is the 2.5th to 97.5th percentile of those
// differences. The draw comes from PCG seeded with Seed, so the same inputs
// and seed give the same interval.
type Bootstrap struct {
	Resamples int
	Seed      uint64
}

// Comparison is the difference between two systems scored on one gold set.
type Comparison struct {
	Resamples  int     `json:"resamples"`
	Seed       uint64  `json:"seed"`
	Confidence float64 `json:"confidence"`
	// Documents is how many documents each resample draws.
	Documents int          `json:"documents"`
	Figures   []Difference `json:"figures"`
}

// Difference compares one figure of one scope between the system and the
// baseline. A nil value is undefined (an accuracy over nothing); Low and
// High are nil when no resample defines the difference.
type Difference struct {
	Scope
	Metric   Metric   `json:"metric"`
	System   *float64 `json:"system"`
	Baseline *float64 `json:"baseline"`
	// Diff is System - Baseline.
	Diff *float64 `json:"diff"`
	// Low and High bound the paired bootstrap confidence interval of Diff.
	Low  *float64 `json:"low"`
	High *float64 `json:"high"`
}

// scopeTable numbers the scopes that per-document counts are kept for.
type scopeTable struct {
	ids map[Scope]int
}

func newScopeTable() *scopeTable { return &scopeTable{ids: make(map[Scope]int)} }

// id returns the number of s, giving it one on first sight.
func (t *scopeTable) id(s Scope) int {
	if id, ok := t.ids[s]; ok {
		return id
	}
	id := len(t.ids)
	t.ids[s] = id
	return id
}

// scopeCount is one document's counts in one scope.
type scopeCount struct {
	scope int
	c     Counts
}

// docLog keeps each document's counts per scope, in gold order: a few
// dozen integers per document, never its text or quotes.
type docLog struct {
	table *scopeTable
	docs  [][]scopeCount
}

func (l *docLog) id(s Scope) int { return l.table.id(s) }

// measured figure: a scope of the report and how to read it from the
// summed counts of a resample.
type compared struct {
	scope   Scope
	metrics []Metric
	// read returns the scope's counts from the per-scope sums acc.
	read func(acc []Counts) Counts
}

// comparedScopes lists the scopes of r to compare, in report order.
func comparedScopes(r Report, t *scopeTable) []compared {
	direct := func(s Scope) func([]Counts) Counts {
		id, ok := t.ids[s]
		return func(acc []Counts) Counts {
			if !ok {
				return Counts{}
			}
			return acc[id]
		}
	}
	var out []compared
	for _, s := range r.scopes() {
		out = append(out, compared{s.scope, scopeMetrics, direct(s.scope)})
	}
	for _, f := range r.fieldOrder() {
		var ids []int
		for v := range r.ByField[f] {
			if id, ok := t.ids[Scope{Group: GroupField, Field: f, Name: v}]; ok {
				ids = append(ids, id)
			}
		}
		overall := direct(Scope{Group: GroupOverall})
		for _, v := range valueOrder(r.ByField[f]) {
			s := Scope{Group: GroupField, Field: f, Name: v}
			read := direct(s)
			if v == AbsentValue {
				// As in the report: the quotes of no value are the rest.
				read = func(acc []Counts) Counts {
					c := overall(acc)
					for _, id := range ids {
						c.sub(acc[id])
					}
					return goldSide(c)
				}
			}
			out = append(out, compared{s, labelMetrics, read})
		}
	}
	return out
}

// compare runs the paired bootstrap over the per-document counts of the
// two systems.
func compare(sys, base Report, ls, lb *docLog, b Bootstrap) Comparison {
	if b.Resamples <= 0 {
		b.Resamples = DefaultResamples
	}
	n := len(ls.docs)
	c := Comparison{Resamples: b.Resamples, Seed: b.Seed, Confidence: 0.95, Documents: n}
	scopes := comparedScopes(sys, ls.table)
	sum := func(l *docLog, draw func(i int) int) []Counts {
		acc := make([]Counts, len(l.table.ids))
		for i := range n {
			for _, e := range l.docs[draw(i)] {
				acc[e.scope].add(e.c)
			}
		}
		return acc
	}
	identity := func(i int) int { return i }
	fullS, fullB := sum(ls, identity), sum(lb, identity)

	type key struct{ scope, metric int }
	diffs := make(map[key][]float64)
	if n > 0 {
		rng := rand.New(rand.NewPCG(b.Seed, 0x5eed))
		draws := make([]int, n)
		for range b.Resamples {
			for i := range draws {
				draws[i] = rng.IntN(n)
			}
			at := func(i int) int { return draws[i] }
			accS, accB := sum(ls, at), sum(lb, at)
			for si, sc := range scopes {
				cs, cb := sc.read(accS), sc.read(accB)
				for mi, m := range sc.metrics {
					vs, vb := cs.value(m), cb.value(m)
					if vs != nil && vb != nil {
						k := key{si, mi}
						diffs[k] = append(diffs[k], *vs-*vb)
					}
				}
			}
		}
	}
	for si, sc := range scopes {
		cs, cb := sc.read(fullS), sc.read(fullB)
		for mi, m := range sc.metrics {
			d := Difference{Scope: sc.scope, Metric: m, System: cs.value(m), Baseline: cb.value(m)}
			if d.System != nil && d.Baseline != nil {
				v := *d.System - *d.Baseline
				d.Diff = &v
			}
			if ds := diffs[key{si, mi}]; len(ds) > 0 {
				slices.Sort(ds)
				lo, hi := quantile(ds, 0.025), quantile(ds, 0.975)
				d.Low, d.High = &lo, &hi
			}
			c.Figures = append(c.Figures, d)
		}
	}
	return c
}

// quantile returns the q-quantile of sorted xs, interpolating linearly
// between order statistics (R's type 7).
func quantile(xs []float64, q float64) float64 {
	h := q * float64(len(xs)-1)
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(xs) {
		return xs[len(xs)-1]
	}
	return xs[i] + (h-lo)*(xs[i+1]-xs[i])
}
