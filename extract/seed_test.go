package extract

import (
	"context"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"
)

// goldQuote is the part of a gold record this test needs.
type goldQuote struct {
	Start, End int
	Kind       string
	Speaker    *string
	Optional   bool
}

// TestSeedArticle checks the project's worked example: every owed quote
// with its exact span, kind and canonical speaker, and nothing else but
// the optional quotes.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("testdata/seed.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Text   string
		Quotes []goldQuote
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := ex.Extract(context.Background(), gold.Text)
	if err != nil {
		t.Fatal(err)
	}
	cp := func(b int) int { return utf8.RuneCountInString(gold.Text[:b]) }
	found := map[int]bool{}
	for _, q := range got {
		start, end := cp(q.Start), cp(q.End)
		match := -1
		for i, g := range gold.Quotes {
			if g.Start == start && g.End == end {
				match = i
			}
		}
		if match < 0 {
			// A prediction over an optional quote counts on neither
			// side (FORMAT.md); any other is spurious.
			for _, g := range gold.Quotes {
				if g.Optional && start < g.End && g.Start < end {
					match = -2
				}
			}
		}
		if match == -2 {
			continue
		}
		if match < 0 {
			t.Errorf("unexpected quote %d-%d %s %q: %q", start, end, q.Kind, q.Speaker, gold.Text[q.Start:q.End])
			continue
		}
		found[match] = true
		g := gold.Quotes[match]
		if string(q.Kind) != g.Kind {
			t.Errorf("quote %d-%d: kind %s, want %s", start, end, q.Kind, g.Kind)
		}
		if g.Speaker != nil && q.Speaker != *g.Speaker {
			t.Errorf("quote %d-%d: speaker %q (rule %s), want %q", start, end, q.Speaker, q.Rule, *g.Speaker)
		}
	}
	for i, g := range gold.Quotes {
		if !g.Optional && !found[i] {
			t.Errorf("missed %s quote %d-%d %q", g.Kind, g.Start, g.End, []rune(gold.Text)[g.Start:g.End])
		}
	}
}
