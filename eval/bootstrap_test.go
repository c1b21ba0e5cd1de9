package eval

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// synthetic writes a gold file of n documents of 10 one-word direct quotes,
// and two prediction files: the system finds each quote with probability
// ps, the baseline with pb, both naming the right speaker half the time.
func synthetic(n int, ps, pb float64, seed uint64) (gold, sys, base string) {
	rng := rand.New(rand.NewPCG(seed, 0))
	var g, s, b strings.Builder
	text := "q0 q1 q2 q3 q4 q5 q6 q7 q8 q9"
	for d := range n {
		id := fmt.Sprintf("doc%03d", d)
		var gq, sq, bq []string
		for i := range 10 {
			q := fmt.Sprintf(`{"start":%d,"end":%d,"text":"q%d","kind":"direct","speaker":"S%d"`, 3*i, 3*i+2, i, i%3)
			gq = append(gq, q+"}")
			who := func() string {
				if rng.IntN(2) == 0 {
					return fmt.Sprintf(`"S%d"`, i%3)
				}
				return "null"
			}
			if rng.Float64() < ps {
				sq = append(sq, q[:strings.LastIndex(q, `"speaker"`)]+`"speaker":`+who()+`}`)
			}
			if rng.Float64() < pb {
				bq = append(bq, q[:strings.LastIndex(q, `"speaker"`)]+`"speaker":`+who()+`}`)
			}
		}
		fmt.Fprintf(&g, `{"id":%q,"source":"syn","text":%q,"quotes":[%s]}`+"\n", id, text, strings.Join(gq, ","))
		fmt.Fprintf(&s, `{"id":%q,"quotes":[%s]}`+"\n", id, strings.Join(sq, ","))
		fmt.Fprintf(&b, `{"id":%q,"quotes":[%s]}`+"\n", id, strings.Join(bq, ","))
	}
	return g.String(), s.String(), b.String()
}

func compareStrings(t *testing.T, gold, sys, base string, b Bootstrap) Report {
	t.Helper()
	r, err := Compare(Input{"gold", strings.NewReader(gold)}, Input{"sys", strings.NewReader(sys)},
		Input{"base", strings.NewReader(base)}, Options{}, b)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func figure(c *Comparison, group, name string, m Metric) Difference {
	for _, d := range c.Figures {
		if d.Group == group && d.Name == name && d.Metric == m {
			return d
		}
	}
	return Difference{}
}

func TestCompareAgreesWithScore(t *testing.T) {
	gold, sys, base := synthetic(40, 0.9, 0.6, 7)
	r := compareStrings(t, gold, sys, base, Bootstrap{Resamples: 50, Seed: 1})
	for _, tc := range []struct {
		name string
		pred string
		got  Report
	}{{"system", sys, r}, {"baseline", base, *r.Baseline}} {
		want, err := Score(Input{"gold", strings.NewReader(gold)}, Input{"p", strings.NewReader(tc.pred)}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(tc.got.Overall, want.Overall) || !reflect.DeepEqual(tc.got.ByKind, want.ByKind) || tc.got.Documents != 40 {
			t.Errorf("%s: Compare's report differs from Score's:\n got %+v\nwant %+v", tc.name, tc.got.Overall, want.Overall)
		}
	}
	d := figure(r.Comparison, GroupOverall, "", PartialR)
	if *d.System != r.Overall.Partial.R || *d.Baseline != r.Baseline.Overall.Partial.R || *d.Diff != *d.System-*d.Baseline {
		t.Errorf("partial recall difference = %+v", d)
	}
	// The system finds half as many quotes again: the interval is well away from 0.
	if *d.Low <= 0 || *d.Low > *d.Diff || *d.High < *d.Diff {
		t.Errorf("interval [%v, %v] for a difference of %v", *d.Low, *d.High, *d.Diff)
	}
	if r.Comparison.Documents != 40 || r.Comparison.Resamples != 50 || r.Comparison.Confidence != 0.95 {
		t.Errorf("comparison = %+v", r.Comparison)
	}
}

func TestCompareIsSeeded(t *testing.T) {
	gold, sys, base := synthetic(30, 0.8, 0.7, 3)
	a := compareStrings(t, gold, sys, base, Bootstrap{Resamples: 100, Seed: 1})
	b := compareStrings(t, gold, sys, base, Bootstrap{Resamples: 100, Seed: 1})
	c := compareStrings(t, gold, sys, base, Bootstrap{Resamples: 100, Seed: 2})
	if !reflect.DeepEqual(a.Comparison, b.Comparison) {
		t.Error("the same seed gave different intervals")
	}
	if reflect.DeepEqual(a.Comparison, c.Comparison) {
		t.Error("another seed gave the same intervals")
	}
}

func TestCompareWithItself(t *testing.T) {
	gold, sys, _ := synthetic(10, 0.7, 0, 5)
	r := compareStrings(t, gold, sys, sys, Bootstrap{Seed: 9})
	if r.Comparison.Resamples != DefaultResamples {
		t.Errorf("resamples = %d, want the default", r.Comparison.Resamples)
	}
	for _, d := range r.Comparison.Figures {
		if d.Diff == nil {
			if d.System != nil {
				t.Errorf("%s %s: defined figure without difference", d.Scope, d.Metric)
			}
			continue
		}
		if *d.Diff != 0 || *d.Low != 0 || *d.High != 0 {
			t.Errorf("%s %s: diff %v in [%v, %v], want all 0", d.Scope, d.Metric, *d.Diff, *d.Low, *d.High)
		}
	}
}

func TestCompareJoinsEachStreamOnItsOwn(t *testing.T) {
	gold := goldLine("a") + goldLine("b") + goldLine("c")
	// The baseline is out of order and lacks "b"; the system is in order.
	sys := predLine("a") + predLine("b") + predLine("c")
	base := predLine("c") + predLine("a") + predLine("x")
	r := compareStrings(t, gold, sys, base, Bootstrap{Resamples: 10})
	if r.Overall.Matched != 3 || r.Baseline.Overall.Matched != 2 || r.Baseline.MissingPredictions != 1 || r.Baseline.UnmatchedPredictions != 1 {
		t.Errorf("system matched %d; baseline matched %d, missing %d, unmatched %d", r.Overall.Matched,
			r.Baseline.Overall.Matched, r.Baseline.MissingPredictions, r.Baseline.UnmatchedPredictions)
	}
	if _, err := Compare(Input{"gold", strings.NewReader(gold)}, Input{"sys", strings.NewReader(sys)},
		Input{"base", strings.NewReader("{nope\n")}, Options{}, Bootstrap{}); err == nil || !strings.Contains(err.Error(), "read baseline predictions: base:1:") {
		t.Errorf("malformed baseline: error = %v", err)
	}
}

func TestCompareFieldScopes(t *testing.T) {
	r := compareStrings(t,
		`{"id":"a","text":"x y z","quotes":[{"start":0,"end":1,"text":"x","kind":"direct","speaker":null,"quote_type":"Explicit"},{"start":2,"end":3,"text":"y","kind":"direct","speaker":null}]}`+"\n",
		`{"id":"a","quotes":[{"start":0,"end":1,"text":"x","kind":"direct","speaker":null},{"start":2,"end":3,"text":"y","kind":"direct","speaker":null}]}`+"\n",
		`{"id":"a","quotes":[{"start":2,"end":3,"text":"y","kind":"direct","speaker":null}]}`+"\n",
		Bootstrap{Resamples: 5})
	ex := figure(r.Comparison, GroupField, "Explicit", PartialR)
	ab := figure(r.Comparison, GroupField, AbsentValue, PartialR)
	if ex.Field != "quote_type" || *ex.System != 1 || *ex.Baseline != 0 || *ab.System != 1 || *ab.Baseline != 1 {
		t.Errorf("Explicit %+v, absent %+v", ex, ab)
	}
	if f := figure(r.Comparison, GroupField, "Explicit", PartialF1); f.Metric != "" {
		t.Errorf("a gold field has no F1, got %+v", f)
	}
}

func TestQuantile(t *testing.T) {
	xs := []float64{1, 2, 3, 4, 5}
	tests := []struct{ q, want float64 }{{0, 1}, {0.5, 3}, {1, 5}, {0.25, 2}, {0.1, 1.4}, {0.975, 4.9}}
	for _, tt := range tests {
		if got := quantile(xs, tt.q); got < tt.want-1e-12 || got > tt.want+1e-12 {
			t.Errorf("quantile(%v) = %v, want %v", tt.q, got, tt.want)
		}
	}
	if got := quantile([]float64{7}, 0.025); got != 7 {
		t.Errorf("quantile of one value = %v", got)
	}
}
