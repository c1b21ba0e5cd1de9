package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// singleSpaced must answer as cleanName's strings.Fields and Join would.
func TestSingleSpacedMatchesFields(t *testing.T) {
	alpha := []string{"a", "B", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "é", "\xff", "’", "\u0085", "\u3000", "x"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := r.Intn(7); k > 0; k-- {
			b.WriteString(alpha[r.Intn(len(alpha))])
		}
		s := b.String()
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Fatalf("%q: %v want %v", s, got, want)
		}
	}
}

// namePartsRef is nameParts as it was written before its fast paths.
func namePartsRef(name string) (toks []string, honor gender, title string, hasHonor bool) {
	for rest := name; rest != ""; {
		// The next field: up to a space, tab, line break or no-break space.
		f := rest
		if k := strings.IndexAny(rest, " \n\t\u00a0"); k >= 0 {
			_, size := utf8.DecodeRuneInString(rest[k:])
			f, rest = rest[:k], rest[k+size:]
		} else {
			rest = ""
		}
		if f == "" {
			continue
		}
		l := strings.ToLower(strings.TrimSuffix(f, "."))
		l = strings.TrimSuffix(strings.TrimSuffix(l, "’s"), "'s")
		if g, ok := honorifics[l]; ok && len(toks) == 0 {
			honor, title, hasHonor = g, l, true
			continue
		}
		// "of" of "Duchess of Aldwych" is no part of who she is.
		// "Mrs Early", "Mr. Will": after a title a word that never opens a
		// name elsewhere is the surname.
		surname := hasHonor && len(toks) == 0 && rest == "" && l != "of"
		if len(l) <= 1 || stopCaps[l] && !surname || f == "of" && hasHonor {
			continue
		}
		// "Ned Hale, Esquire" on a letter is Ned Hale: the courtesy after
		// a name tells no one apart, as "Jr." would.
		if (l == "esquire" || l == "esq") && len(toks) > 0 {
			continue
		}
		// "De Witt" and "Witt" are one name: the particle tells no one
		// apart.
		if surnameParticles[l] && rest != "" {
			continue
		}
		toks = append(toks, l)
	}
	return toks, honor, title, hasHonor
}

// nameParts must split a name as namePartsRef does.
func TestNamePartsMatchesReference(t *testing.T) {
	alpha := []string{"Mr.", "mr", "Ann", "de", "De", "Witt", " ", "  ", "\t", "\n", "\u00a0", "José", "\xff", "’s", "'s", "of", "Esq.", "İ", "x", ".", "Ünal", "\xc2", "MRS"}
	r := rand.New(rand.NewSource(2))
	for n := 0; n < 200000; n++ {
		s := randomName(r, alpha, 2)
		t1, h1, ti1, o1 := nameParts(s)
		t2, h2, ti2, o2 := namePartsRef(s)
		if !slices.Equal(t1, t2) || h1 != h2 || ti1 != ti2 || o1 != o2 {
			t.Fatalf("%q: %q %v %q %v, want %q %v %q %v", s, t1, h1, ti1, o1, t2, h2, ti2, o2)
		}
		// As names calls it, with the lower-cased text at the name.
		low, _ := lowerText(s)
		t3, h3, ti3, o3 := namePartsLow(s, low, make([]string, 1, 4))
		if !slices.Equal(t3, t2) || h3 != h2 || ti3 != ti2 || o3 != o2 {
			t.Fatalf("%q lowered: %q %v %q %v, want %q %v %q %v", s, t3, h3, ti3, o3, t2, h2, ti2, o2)
		}
	}
}

// lastHyphen must answer as strings.LastIndexAny(s, "-‐").
func TestLastHyphen(t *testing.T) {
	for _, s := range []string{"", "-", "a-b", "Fifteen-year-old", "a‐b", "a‐b-c", "a-b‐c", "\xe2", "\xe2\x80", "x\xe2-", "‐", "--‐--"} {
		if got, want := lastHyphen(s), strings.LastIndexAny(s, "-‐"); got != want {
			t.Errorf("lastHyphen(%q) = %d, want %d", s, got, want)
		}
	}
}

// capsCounts must count the same by its passes over the tokens as from the
// map of every capitalised word.
func TestCapsCountsScanMatchesMap(t *testing.T) {
	for _, text := range []string{
		`Ferrot stared. "Ferrot!" said Ann, and Ferrot, Ann and ANN left. Fields spoke. Fields later posted, as Fields does.`,
		"İstanbul and İstanbul. Kelvin \u212aelvin said \u212aelvin, \u212aelvin. Bad \xffByte, Byte.",
		`Dr. Dr Aa Aaa AA aa. Aa. "Aa." X. x. St.. St. U.S. U.S said Ann's Ann, AnnAnn ANN ann. Élan élan, Élan.`,
	} {
		scanned := newDoc(text, defaultCues, nil, RegisterNews, nil)
		mapped := newDoc(text, defaultCues, nil, RegisterNews, nil)
		mapped.capsScans = 1 << 30
		for i := range scanned.toks {
			for _, l := range []string{scanned.w.lower(i), strings.ToLower(scanned.w.word(i))} {
				scanned.capsScans = 0 // a pass for every word
				if a, b := scanned.capsCounts(l), mapped.capsCounts(l); a != b {
					t.Errorf("%q: capsCounts(%q) = %v by a pass, %v from the map", text, l, a, b)
				}
			}
		}
	}
}

// cleanNameRef is cleanName as it was written before its fast paths.
func cleanNameRef(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, suf := range []string{" Esquire", " Esq.", " Esq", " ESQUIRE"} {
		if strings.HasSuffix(s, suf) {
			s = strings.TrimSuffix(s[:len(s)-len(suf)], ",")
			break
		}
	}
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// cleanName must clean a name as cleanNameRef does.
func TestCleanNameMatchesReference(t *testing.T) {
	alpha := []string{"Ann", "s", "'s", "’s", "'", "’", " ", "  ", "\n", "\u00a0", "Esquire", "Esq.", "Esq", "ESQUIRE", ",", "e", "q", ".", "E", "x", "é"}
	r := rand.New(rand.NewSource(3))
	for n := 0; n < 200000; n++ {
		s := randomName(r, alpha, 3)
		if got, want := cleanName(s), cleanNameRef(s); got != want {
			t.Fatalf("cleanName(%q) = %q, want %q", s, got, want)
		}
	}
}

// mayBeIn and plainRun may turn down only words that are not in their
// lexicons.
func TestLetterPairsTurnDownOnlyOthers(t *testing.T) {
	text := `May may. MAY, Mayor June Jun. J. Sunday sundays Su. man Man men woman's lady ladies a. x boy-king Wednesday. wed`
	d := newDoc(text, defaultCues, nil, RegisterNews, nil)
	for i := range d.toks {
		if !d.w.isWord(i) {
			continue
		}
		if l := d.w.lower(i); calendarWords[l] && !d.mayBeIn(&calendarPairs, i) {
			t.Errorf("mayBeIn(calendarPairs, %q) = false", l)
		}
		if d.w.in(i, classGenderNoun) && d.plainRun(i, len(text)) != i {
			t.Errorf("plainRun passed %q", d.w.word(i))
		}
	}
}

// randomName joins up to five pieces drawn from alpha, each followed by a
// space one time in spaceOdds: names glued and spaced every which way.
func randomName(r *rand.Rand, alpha []string, spaceOdds int) string {
	var b strings.Builder
	for k := r.Intn(6); k > 0; k-- {
		b.WriteString(alpha[r.Intn(len(alpha))])
		if r.Intn(spaceOdds) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
