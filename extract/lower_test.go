package extract

import (
	"slices"
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
		toks, _ := scan(text, nil, nil)
		w := words{text: text, toks: toks, low: low, odd: odd}
		w.lowerOddTokens()
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
	toks, _ := scan(text, nil, nil)
	low, odd := lowerText(text)
	w := words{text: text, toks: toks, low: low, odd: odd}
	w.lowerOddTokens()
	for i := range toks {
		want := w.isWord(i) && w.lower(i) == "that"
		if got := w.isThat(i); got != want {
			t.Errorf("isThat(%q) = %v, want %v", w.word(i), got, want)
		}
	}
}

// lowerTextRef is lowerText written rune by rune, the reference its eight
// bytes at a time must match.
func lowerTextRef(text string) (string, []int) {
	var b strings.Builder
	var odd []int
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(l) != size {
			b.WriteString(text[i : i+size])
			odd = append(odd, i)
		} else {
			b.WriteRune(l)
		}
		i += size
	}
	return b.String(), odd
}

// TestLowerTextMatchesRef checks lowerText against lowerTextRef on random
// texts of ASCII, capitals, multi-byte runes and broken bytes.
func TestLowerTextMatchesRef(t *testing.T) {
	pieces := []string{"a", "Z", "@", "[", "`", "{", " ", "The ", "QUICK", "\x7f", "é", "É", "Σ", "İ", "\u212a", "’", "\xff", "\xe2\x82", "\U0001F600", "\ufffd"}
	rng := uint64(1)
	var buf []byte
	for n := range 3000 {
		var b strings.Builder
		for k := 0; k < n%40; k++ {
			rng = rng*6364136223846793005 + 1442695040888963407
			b.WriteString(pieces[rng>>33%uint64(len(pieces))])
		}
		text := b.String()
		var low string
		var odd []int
		low, odd, buf = lowerTextInto(buf, text)
		wantLow, wantOdd := lowerTextRef(text)
		if low != wantLow || !slices.Equal(odd, wantOdd) {
			t.Fatalf("lowerText(%q) = %q %v, want %q %v", text, low, odd, wantLow, wantOdd)
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
