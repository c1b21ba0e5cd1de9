package extract

// This file keeps, per token, which of the small lexicons of names and noun
// phrases its lower-cased form belongs to. A capitalised run is asked
// about word by word many times over, "stopCaps?", "jobTitles?",
// "nameParticles?", by nameAfter, splitName, trimName, makeMention and the
// mention finders: one look-up in one map answers them all, and the answer
// is kept in the token.

// wordClass is a set of lexicons, one bit each.
type wordClass uint16

const (
	classStopCap         wordClass = 1 << iota // stopCaps
	classJobTitle                              // jobTitles
	classHonorific                             // a key of honorifics (honorificWord)
	classNameParticle                          // nameParticles
	classSurnameParticle                       // surnameParticles
	classOrgHead                               // orgHeads
	classHeading                               // headingWords
	classFunction                              // functionWords
	classDeterminer                            // determiners
	classSkippable                             // skippable
	classGenderNoun                            // nounGender, with a gender other than genderUnknown

	// classRead marks a token whose classes are filled in, so that a
	// word of no lexicon is not looked up again.
	classRead wordClass = 1 << 15
)

// wordClasses maps each word of those lexicons to its classes. It is built
// once, from the lexicons themselves, and only read afterwards.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	sets := []struct {
		set   map[string]bool
		class wordClass
	}{
		{stopCaps, classStopCap}, {jobTitles, classJobTitle}, {nameParticles, classNameParticle},
		{surnameParticles, classSurnameParticle}, {orgHeads, classOrgHead}, {headingWords, classHeading},
		{functionWords, classFunction}, {determiners, classDeterminer}, {skippable, classSkippable},
	}
	for _, s := range sets {
		for w, in := range s.set {
			if in {
				m[w] |= s.class
			}
		}
	}
	for w := range honorifics {
		m[w] |= classHonorific
	}
	for w, g := range nounGender {
		if g != genderUnknown {
			m[w] |= classGenderNoun
		}
	}
	return m
}()

// class returns the lexicons w.lower(i) belongs to; none when i is outside
// the text, as no lexicon holds "".
func (w *words) class(i int) wordClass {
	if i < 0 || i >= len(w.toks) {
		return 0
	}
	t := &w.toks[i]
	if t.cls == 0 {
		t.cls = wordClasses[w.lower(i)] | classRead
	}
	return t.cls
}

// in reports whether w.lower(i) belongs to any of the lexicons of c.
func (w *words) in(i int, c wordClass) bool { return w.class(i)&c != 0 }
