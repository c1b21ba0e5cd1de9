package extract

import (
	"strings"
	"testing"
)

func TestLowerText(t *testing.T) {
	for _, text := range []string{
		"",
		"Plain ASCII, Mixed CASE.",
		"Élodie ÉCOLE Straße ΣΟΦΙΑ",
		"İstanbul KELVIN \u212a and Å\u212b", // lower cases of other lengths
		"bad \xff byte and cut \xe2\x82 short",
	} {
		low, odd := lowerText(text)
		if len(low) != len(text) {
			t.Fatalf("lowerText(%q): %d bytes, want %d", text, len(low), len(text))
		}
		toks, _ := scan(text, nil)
		w := words{text: text, toks: toks, low: low, odd: odd}
		for i := range toks {
			want := strings.ToLower(strings.TrimSuffix(w.word(i), "."))
			if got := w.lower(i); got != want {
				t.Errorf("%q: lower(%q) = %q, want %q", text, w.word(i), got, want)
			}
		}
	}
}

// TestUsedInLowerCase checks the per-word lookups against the table a
// document asked too often builds.
func TestUsedInLowerCase(t *testing.T) {
	text := `Poor Alice was poor. Happily Archer came. Robert Hormats said so.
The New President met the president. Will Smith will go. NEW news. Crème brûlée, crème.`
	looked := newDoc(text, defaultCues, nil, RegisterNews, nil)
	tabled := newDoc(text, defaultCues, nil, RegisterNews, nil)
	tabled.buildLowerTable()
	want := map[string]bool{"poor": true, "happily": false, "robert": false, "hormats": false,
		"president": true, "new": false, "will": true, "smith": false, "crème": true, "alice": false}
	for i := range looked.toks {
		if !looked.w.isWord(i) {
			continue
		}
		l := looked.w.lower(i)
		a, b := looked.usedInLowerCase(l), tabled.usedInLowerCase(l)
		if a != b {
			t.Errorf("%q: looked up %v, table %v", l, a, b)
		}
		if v, ok := want[l]; ok && a != v {
			t.Errorf("usedInLowerCase(%q) = %v, want %v", l, a, v)
		}
	}
}
