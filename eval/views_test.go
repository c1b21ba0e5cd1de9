package eval

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/saidwho/saidwho/corpus"
)

// docWithMisses is a document of n+1 words whose first n words are gold
// quotes nobody predicts: n error cases.
func docWithMisses(id string, n int) corpus.GoldDocument {
	text := strings.Repeat("w ", n) + "end"
	d := corpus.GoldDocument{ID: id, Text: text}
	for i := range n {
		d.Quotes = append(d.Quotes, corpus.GoldQuote{Start: 2 * i, End: 2*i + 1, Text: "w", Kind: D})
	}
	return d
}

func TestDocumentKeeper(t *testing.T) {
	errs := []int{1, 5, 3, 5, 0, 3, 2}
	tests := []struct {
		order DocumentOrder
		want  []string // ids shown, in display order
	}{
		// Ties go to the earlier document: d5 has as many errors as d2.
		{MostErrors, []string{"d1", "d3", "d2"}},
		{FirstDocuments, []string{"d0", "d1", "d2"}},
	}
	for _, tt := range tests {
		t.Run(tt.order.String(), func(t *testing.T) {
			s := NewScorer(Options{Documents: 3, DocumentOrder: tt.order})
			for i, n := range errs {
				d := docWithMisses(fmt.Sprintf("d%d", i), n)
				s.Add(d, corpus.Prediction{ID: d.ID})
				if s.keeper != nil && len(s.keeper.docs) > 3 {
					t.Fatalf("keeper holds %d documents", len(s.keeper.docs))
				}
			}
			sample := s.Report().Shown
			var got []string
			for _, d := range sample.Documents {
				got = append(got, d.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("shown %v, want %v", got, tt.want)
			}
			if sample.Limit != 3 || sample.Order != tt.order || sample.Chars != DefaultDocumentChars {
				t.Errorf("sample = %+v", sample)
			}
		})
	}
	if r := NewScorer(Options{}).Report(); r.Shown != nil {
		t.Errorf("no documents asked for, got %+v", r.Shown)
	}
}

func TestDocumentView(t *testing.T) {
	// "é" and "ü" are one code point each; the cut falls after "Zoë said".
	const text = `"Héllo," Zoë said. "Güten Tag," said Ann. "Bye," she said.`
	gold := corpus.GoldDocument{ID: "d", Source: "s", Text: text, Entities: map[string][]string{"Zoë Ray": {"Zoë"}},
		Quotes: []corpus.GoldQuote{
			gq(text, "Héllo,", D, str("Zoë Ray")),
			gq(text, "Güten Tag,", D, str("Ann")),
			optional(gq(text, "Bye,", D, nil)),
		}}
	pred := corpus.Prediction{ID: "d", Quotes: []corpus.PredictedQuote{
		withRule(pq(text, "Héllo,", D, str("ZOË")), "cue-after"), // right speaker through the alias
		withRule(pq(text, "Güten", I, str("Zoë")), "cue-before"), // boundary, speaker and kind wrong
		withRule(pq(text, "she said", D, nil), "narrative"),      // spurious, beyond the cut
	}}
	s := NewScorer(Options{Documents: 1, DocumentChars: 25})
	s.Add(gold, pred)
	v := s.Report().Shown.Documents[0]

	if v.Text != `"Héllo," Zoë said. "Güten` || v.Length != len([]rune(text)) || !v.Truncated() {
		t.Errorf("text %q of %d code points, truncated %v", v.Text, v.Length, v.Truncated())
	}
	if len(v.Gold) != 2 || v.HiddenGold != 1 {
		t.Fatalf("gold shown %d, hidden %d", len(v.Gold), v.HiddenGold)
	}
	if g := v.Gold[1]; g.End != 25 {
		t.Errorf("a quote crossing the cut ends at %d, want it clipped to 25", g.End)
	}
	p := v.Panels[0]
	if len(p.Quotes) != 2 || p.Hidden != 1 {
		t.Fatalf("predictions shown %d, hidden %d", len(p.Quotes), p.Hidden)
	}
	if v.Gold[0].SpeakerKey != "zoë ray" || p.Quotes[0].SpeakerKey != "zoë ray" || p.Quotes[1].SpeakerKey != "zoë ray" {
		t.Errorf("speaker keys %q %q %q, want the entity's name for all", v.Gold[0].SpeakerKey, p.Quotes[0].SpeakerKey, p.Quotes[1].SpeakerKey)
	}
	if p.Quotes[0].Pair != 0 || len(p.Quotes[0].Problems) != 0 {
		t.Errorf("first prediction = %+v", p.Quotes[0])
	}
	if got := p.Quotes[1].Problems; !slices.Equal(got, []Category{WrongBoundary, WrongSpeaker, WrongKind}) || p.Quotes[1].Pair != 1 {
		t.Errorf("second prediction problems %v, pair %d", got, p.Quotes[1].Pair)
	}
	if !slices.Equal(p.GoldPair, []int{0, 1}) || !slices.Equal(p.Missed, []bool{false, false}) {
		t.Errorf("gold pairs %v, missed %v", p.GoldPair, p.Missed)
	}
	if p.Errors != 4 || p.Counts.Gold != 2 || v.Source != "s" {
		t.Errorf("panel errors %d, counts %+v, source %q", p.Errors, p.Counts, v.Source)
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		text  string
		n     int
		want  string
		total int
	}{
		{"héllo", 2, "hé", 5},
		{"héllo", 5, "héllo", 5},
		{"héllo", 9, "héllo", 5},
		{"héllo", -1, "héllo", 5},
		{"", 3, "", 0},
		{"日本語", 0, "", 3},
	}
	for _, tt := range tests {
		got, total := truncate(tt.text, tt.n)
		if got != tt.want || total != tt.total {
			t.Errorf("truncate(%q, %d) = %q, %d; want %q, %d", tt.text, tt.n, got, total, tt.want, tt.total)
		}
	}
}
