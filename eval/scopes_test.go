package eval

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/saidwho/saidwho/corpus"
)

// labelledDoc builds a gold document whose quotes are the words of text,
// each a direct quote with the extra keys extras[i] (a JSON object's inner
// text), through JSON so that GoldQuote.Extra is filled as from a file.
func labelledDoc(t *testing.T, id, source, text string, extras []string) corpus.GoldDocument {
	t.Helper()
	var quotes []string
	start := 0
	for i, w := range strings.Fields(text) {
		s := strings.Index(text[start:], w) + start
		q := fmt.Sprintf(`{"start":%d,"end":%d,"text":%q,"kind":"direct","speaker":null`, s, s+len(w), w)
		if i < len(extras) && extras[i] != "" {
			q += "," + extras[i]
		}
		quotes = append(quotes, q+"}")
		start = s + len(w)
	}
	line := fmt.Sprintf(`{"id":%q,"source":%q,"text":%q,"quotes":[%s]}`, id, source, text, strings.Join(quotes, ","))
	var d corpus.GoldDocument
	if err := json.Unmarshal([]byte(line), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// predictAll predicts every gold quote of d exactly.
func predictAll(d corpus.GoldDocument) corpus.Prediction {
	p := corpus.Prediction{ID: d.ID}
	for _, q := range d.Quotes {
		p.Quotes = append(p.Quotes, corpus.PredictedQuote{Start: q.Start, End: q.End, Text: q.Text, Kind: q.Kind})
	}
	return p
}

func TestFieldBreakdown(t *testing.T) {
	const text = "a b c d e f g h i j k l m n"
	many := func(key string) []string { // a distinct value per quote: 14 of them
		var ex []string
		for i := range 14 {
			ex = append(ex, fmt.Sprintf(`%q:"v%d"`, key, i))
		}
		return ex
	}
	mixed := []string{
		`"quote_type":"Explicit","fragment":1`, `"quote_type":"Explicit","fragment":2`, `"quote_type":"Implicit"`,
		`"quote_type":null`, `"quote_type":["x"]`, ``,
	}
	tests := []struct {
		name   string
		fields []string
		extras []string
		want   map[string]map[string]int // field -> value -> owed gold quotes
	}{
		{"auto: string keys with few values", nil, mixed,
			map[string]map[string]int{"quote_type": {"Explicit": 2, "Implicit": 1, AbsentValue: 11}}},
		{"auto: a key with more than MaxAutoFieldValues values is an identifier", nil, many("group"),
			map[string]map[string]int{}},
		{"named: numbers count, absent keys count as absent", []string{"fragment", "missing"}, mixed,
			map[string]map[string]int{"fragment": {"1": 1, "2": 1, AbsentValue: 12}, "missing": {AbsentValue: 14}}},
		{"named: many values are kept", []string{"group"}, many("group"),
			map[string]map[string]int{"group": func() map[string]int {
				m := map[string]int{}
				for i := range 14 {
					m[fmt.Sprintf("v%d", i)] = 1
				}
				return m
			}()}},
		{"none", []string{}, mixed, map[string]map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := labelledDoc(t, "d", "src", text, tt.extras)
			s := NewScorer(Options{Fields: tt.fields})
			s.Add(d, predictAll(d))
			r := s.Report()
			got := make(map[string]map[string]int)
			for f, vals := range r.ByField {
				got[f] = make(map[string]int)
				for v, sc := range vals {
					got[f][v] = sc.Gold
					if sc.Matched != sc.Gold || sc.PartialRecall != 1 {
						t.Errorf("%s=%s: matched %d of %d, recall %v", f, v, sc.Matched, sc.Gold, sc.PartialRecall)
					}
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("by field = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFieldOverflow(t *testing.T) {
	words := make([]string, MaxFieldValues+5)
	extras := make([]string, len(words))
	for i := range words {
		words[i] = fmt.Sprintf("w%d", i)
		extras[i] = fmt.Sprintf(`"id":"v%d"`, i)
	}
	d := labelledDoc(t, "d", "", strings.Join(words, " "), extras)
	s := NewScorer(Options{Fields: []string{"id"}})
	s.Add(d, corpus.Prediction{ID: "d"})
	vals := s.Report().ByField["id"]
	if len(vals) != MaxFieldValues+1 || vals[OtherValue].Gold != 5 {
		t.Errorf("%d values, %d quotes under %s; want %d values and 5", len(vals), vals[OtherValue].Gold, OtherValue, MaxFieldValues+1)
	}
}

func TestFieldFoundLateCountsEarlierQuotesAsAbsent(t *testing.T) {
	s := NewScorer(Options{})
	first := labelledDoc(t, "a", "", "x y", nil)
	second := labelledDoc(t, "b", "", "z", []string{`"quote_type":"Explicit"`})
	s.Add(first, corpus.Prediction{ID: "a"})
	s.Add(second, predictAll(second))
	qt := s.Report().ByField["quote_type"]
	if qt["Explicit"].Gold != 1 || qt["Explicit"].Matched != 1 || qt[AbsentValue].Gold != 2 || qt[AbsentValue].Matched != 0 {
		t.Errorf("quote_type = %+v", qt)
	}
}

func TestBySource(t *testing.T) {
	s := NewScorer(Options{})
	news := labelledDoc(t, "n", "news", "a b", nil)
	fiction := labelledDoc(t, "f", "fiction", "c d e", nil)
	s.Add(news, predictAll(news))
	s.Add(fiction, corpus.Prediction{ID: "f"})
	s.AddMissing(labelledDoc(t, "x", "", "q", nil))
	r := s.Report()
	got := map[string][2]int{}
	for k, sc := range r.BySource {
		got[k] = [2]int{sc.Gold, sc.Matched}
	}
	want := map[string][2]int{"news": {2, 2}, "fiction": {3, 0}, "": {1, 0}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("by source = %v, want %v", got, want)
	}
	var sum Counts
	for _, sc := range r.BySource {
		sum.add(sc.Counts())
	}
	if sum != r.Overall.Counts() {
		t.Errorf("corpora sum to %+v, overall is %+v", sum, r.Overall.Counts())
	}
	names := []string{}
	for _, row := range r.scopes() {
		names = append(names, row.scope.String())
	}
	if want := []string{"overall", "direct", "indirect", "mixed", "corpus (none)", "corpus fiction", "corpus news"}; !slices.Equal(names, want) {
		t.Errorf("scopes = %v, want %v", names, want)
	}
}
