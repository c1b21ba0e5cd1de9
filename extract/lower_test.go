package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestUsedInLowerCase checks usedInLowerCase against a map of the words
// written in lower case, also with a filter so small that every bit is set.
func TestUsedInLowerCase(t *testing.T) {
	text := `Poor Alice was poor. Happily Bowyer came. Robert Hormats said so.
The New President met the president. Will Smith will go. NEW news. Crème brûlée, crème.`
	looked := newDoc(text, defaultCues, nil, RegisterNews, nil)
	full := newDoc(text, defaultCues, nil, RegisterNews, nil)
	full.lowerBits = []uint64{^uint64(0)}
	mapped := newDoc(text, defaultCues, nil, RegisterNews, nil)
	mapped.lowerRead = 1 << 30 // as if asked about many words already
	lower := map[string]bool{}
	for i, tok := range looked.toks {
		if r, _ := utf8.DecodeRuneInString(text[tok.Start:]); tok.Kind == tokWord && unicode.IsLower(r) {
			lower[looked.w.lower(i)] = true
		}
	}
	want := map[string]bool{"poor": true, "happily": false, "robert": false, "hormats": false,
		"president": true, "new": false, "will": true, "smith": false, "crème": true, "alice": false}
	for i := range looked.toks {
		if !looked.w.isWord(i) {
			continue
		}
		l := looked.w.lower(i)
		a, b, c := looked.usedInLowerCase(l), full.usedInLowerCase(l), mapped.usedInLowerCase(l)
		if a != lower[l] || b != lower[l] || c != lower[l] {
			t.Errorf("usedInLowerCase(%q) = %v, with every bit set %v, from the map %v, want %v", l, a, b, c, lower[l])
		}
		if v, ok := want[l]; ok && a != v {
			t.Errorf("usedInLowerCase(%q) = %v, want %v", l, a, v)
		}
	}
}

func TestIsThat(t *testing.T) {
	text := "That, that. THAT thaT than the thatch \u0422hat «that»"
	toks, _ := scan(text, nil)
	low, odd := lowerText(text)
	w := words{text: text, toks: toks, low: low, odd: odd}
	for i := range toks {
		want := w.isWord(i) && w.lower(i) == "that"
		if got := w.isThat(i); got != want {
			t.Errorf("isThat(%q) = %v, want %v", w.word(i), got, want)
		}
	}
}

// TestFindLower checks findLower, where it can tell, against scanLower on
// words, parts of words, capitalised names, periods and a word found too
// often to look each occurrence up.
func TestFindLower(t *testing.T) {
	text := `Ada met ada's friend in Canada. Mr. Ada said "ada." Then a.m. came, x.. and
anna Anna ANNA panna. ` + strings.Repeat("bada ", 40) + `bad, bada.`
	d := newDoc(text, defaultCues, nil, RegisterNews, nil)
	for _, w := range []string{"ada", "anna", "a.m", "a.m.", "x.", "x", "bad", "bada", "ad", "canada", "then", "came", "mr", "panna", "nope", "a"} {
		seen, ok := d.findLower(w)
		if want := d.scanLower(w); ok && seen != want {
			t.Errorf("findLower(%q) = %v, want %v", w, seen, want)
		}
		if h := wordHash(w); len(w) <= 8 && h != chunkHash(tail64(w), len(w)) {
			t.Errorf("wordHash(%q) differs from its short form", w)
		}
	}
	for i := range d.toks {
		if l := d.w.lower(i); d.w.isLower(i) && !d.usedInLowerCase(l) {
			t.Errorf("usedInLowerCase(%q) = false for a word in lower case", l)
		}
	}
}
