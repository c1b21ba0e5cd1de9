package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entity is one speaker or named thing of a document, with the mentions
// that were linked to it.
type entity struct {
	canonical string
	// tokens are the lower-cased words of its names, without honorifics.
	tokens []string
	// honorific is the first honorific it was named with ("mrs"), which
	// tells Mrs. Penhallow from Miss Lydia Penhallow.
	honorific string
	// mentions counts the times it was named; spoke is set once it was
	// the speaker of a quote.
	mentions int
	spoke    bool
	gender   gender
	org      bool
	nominal  bool
	// forms counts how often each form of its name was written; in
	// fiction the commonest names the character, as the story does. It
	// is nil until a name of e is counted (see linkParts).
	forms nameForms
	// form0 holds the first form, so that an entity and its forms are
	// one allocation until a second form is written.
	form0 [1]formCount
	// votes counts the he and she that follow its mentions in the
	// narration, [male, female], for a name that does not tell.
	votes [2]int
	// voted is set once the votes gave e its gender.
	voted bool
	// titled is set when e was named with an honorific that tells a
	// gender ("Miss Kessick") and agreed with it: the pronouns after a
	// name in narration often belong to someone else, the honorific never
	// does.
	titled bool
	// named counts its names in the narration, places those of them
	// that stood where a place stands (see notePlace).
	named, places int
	// inside counts its names after a preposition of being inside ("in
	// Wexhall", "across the Kessar"), where people seldom stand; inPlace
	// is set while they make it a place, and held is the gender it had
	// before.
	inside  int
	inPlace bool
	held    gender
	// thing is set while e is a thing by its name (see noteThing).
	thing bool
	// landmark is set once e was named with a place noun closing its
	// name, "the Kestrel Hills": a place for good, whatever the he and
	// she near its other mentions say.
	landmark bool
	// age gathers what the descriptions resolved to e told of its age
	// ("the boy", "the old lady"), so that a later one that tells the
	// contrary is not taken for e.
	age ageKind
	// dubbed is a rank or profession others call e by in dialogue,
	// "Doctor Pike" for Mr. Pike, which "the doctor" may then name.
	dubbed string
	// walkOn is set on a description the narration brought in with "a"
	// as the subject opening its sentence, "A stout man sat down.":
	// someone new, not a named character's epithet.
	walkOn bool
	// chained counts the he and she of the narration resolved to e.
	chained int
}

// nameForms counts the forms of a name, each once: an entity has one
// or two mostly, which a slice holds with less work than a map.
type nameForms []formCount

// formCount is one form of a name and how often it was written.
type formCount struct {
	form string
	n    int
}

// add counts one more writing of form.
func (fs *nameForms) add(form string) {
	for k := range *fs {
		if (*fs)[k].form == form {
			(*fs)[k].n++
			return
		}
	}
	*fs = append(*fs, formCount{form, 1})
}

// vote adds the evidence of a pronoun that refers back to e, and settles
// e's gender once the pronouns agree.
func (e *entity) vote(g gender) {
	switch g {
	case genderMale:
		e.votes[0]++
	case genderFemale:
		e.votes[1]++
	default:
		return
	}
	if e.gender != genderUnknown && e.gender != genderMale && e.gender != genderFemale {
		return
	}
	if e.titled || e.landmark {
		return
	}
	// A given name tells a gender better than the pronouns after it,
	// which are often another's ("Rupert bowed. She laughed."): a man
	// the votes made a woman is split from his next "Rupert".
	if g := nameGender(e.tokens); g != genderUnknown && g == e.gender && !e.voted {
		return
	}
	m, f := e.votes[0], e.votes[1]
	switch {
	case m >= 2 && m >= 3*f:
		e.settleVote(genderMale)
	case f >= 2 && f >= 3*m:
		e.settleVote(genderFemale)
	case e.voted && e.gender == genderMale && f > m:
		// The first pronouns after a name are often another's ("Ada
		// stood by Tom. He..."): a gender they gave yields to a
		// majority of all of them.
		e.settleVote(genderFemale)
	case e.voted && e.gender == genderFemale && m > f:
		e.settleVote(genderMale)
	}
}

// settleVote gives e the gender its votes tell, which the votes alone
// may later change.
func (e *entity) settleVote(g gender) {
	e.gender, e.voted = g, true
}

// onlyTitled reports whether every form of e's name was written after
// "the", as a title: "The Saddler".
func (e *entity) onlyTitled() bool {
	for _, fc := range e.forms {
		f := fc.form
		if !strings.HasPrefix(f, "The ") && !strings.HasPrefix(f, "the ") {
			return false
		}
	}
	return len(e.forms) > 0
}

// commonestForm returns the name form written most often, the longer on a
// tie, or "" when e has none. A bare surname yields to the same name with
// its honorific when the story writes that at least half as often: "Mr.
// Grimsby" is the fuller name of the one the narration calls Grimsby, and
// the name the story gives him when it names him formally.
func (e *entity) commonestForm() string {
	best, n := "", 0
	for _, fc := range e.forms {
		f, c := fc.form, fc.n
		if c > n || c == n && (len(f) > len(best) || len(f) == len(best) && f < best) {
			best, n = f, c
		}
	}
	if best == "" {
		return best
	}
	// A given name and surname the story writes often enough is the
	// fullest name it knows the character by: "Ada Quince", though the
	// narration mostly says "Ada".
	if f := e.personalName(n); f != "" {
		return f
	}
	if strings.ContainsAny(best, " \n") {
		return best
	}
	full, m := "", 0
	for _, fc := range e.forms {
		f, c := fc.form, fc.n
		h, rest, ok := strings.Cut(f, " ")
		if ok && rest == best && honorificWord(strings.ToLower(strings.TrimSuffix(h, "."))) && (c > m || c == m && f < full) {
			full, m = f, c
		}
	}
	if 2*m >= n {
		return full
	}
	return best
}

// surnameOf returns the full name, given name and surname, of a
// character whose name the story writes most often as a bare surname
// ("Grimsby" of "Ada Grimsby"), or "" when it has none. A surname is a
// family's, shared by father, mother and children; the given name before
// it names the one person, and is the fullest name the story knows them by.
// A bare given name already names one person and stays. common reports
// whether the text writes a word in lower case, which tells "Old
// Grimsby" from a name.
func (e *entity) surnameOf(common func(string) bool) string {
	c := e.canonical
	if strings.ContainsAny(c, " \n") || len(e.tokens) == 0 || nameGender([]string{strings.ToLower(c)}) != genderUnknown {
		return ""
	}
	best, n := "", 0
	for _, fc := range e.forms {
		f, k := fc.form, fc.n
		w := strings.Fields(f)
		if len(w) < 2 || len(w) > 3 || w[len(w)-1] != c || k < n || k == n && (len(f) < len(best) || len(f) == len(best) && f >= best) {
			continue
		}
		ok := true
		for _, x := range w[:len(w)-1] {
			r, _ := utf8.DecodeRuneInString(x)
			l := strings.ToLower(x)
			ok = ok && unicode.IsUpper(r) && !strings.ContainsAny(x, ".-'") && !honorificWord(l) && !jobTitles[l] && l != "the" && !common(l)
		}
		if ok {
			best, n = f, k
		}
	}
	return best
}

// personalName returns e's commonest form of two or three capitalised
// words that opens with no honorific or article ("Ada Quince"), when the
// story writes it at least twice and at least a fifth as often as the n of
// its commonest form; else "". Rarer, a full name is one formal sentence
// and not how the story names the character.
func (e *entity) personalName(n int) string {
	best, m := "", 0
	for _, fc := range e.forms {
		f, c := fc.form, fc.n
		if c < 2 || 5*c < n || c < m || c == m && f > best {
			continue
		}
		w := strings.Fields(f)
		if len(w) < 2 || len(w) > 3 || honorificWord(strings.ToLower(strings.TrimSuffix(w[0], "."))) || strings.EqualFold(w[0], "the") {
			continue
		}
		caps := true
		for _, x := range w {
			r, _ := utf8.DecodeRuneInString(x)
			caps = caps && unicode.IsUpper(r)
		}
		if caps {
			best, m = f, c
		}
	}
	return best
}

// ref is a mention of an entity at a byte offset, for pronoun resolution.
type ref struct {
	pos  int
	para int
	ent  *entity
	// subj is set when the mention opens a clause, where subjects stand.
	subj bool
}

// entityTable clusters the mentions of one document.
type entityTable struct {
	ents     []*entity
	timeline []ref // in text order
	// said is who spoke each quotation with a speaker, in text order.
	said []ref
	// split caches nameParts by name (see parts).
	split map[string]nameSplit
	// narrator is who "I" is in the narration.
	narrator *entity
	// narratorCalls holds the names, as parts keys them, that the
	// other characters call the narrator by (nameNarrator).
	narratorCalls map[string]bool
	// missGiven maps a surname to the given name of the one woman the
	// text names in full by it (see missTies).
	missGiven map[string]string
	// byWord indexes t.ents by the words of their names, and nominals by
	// their phrase, so that linking a mention does not scan every entity.
	byWord   map[string][]int
	nominals map[string]*entity
	// words holds the words of split's names (see partsLow), lists the
	// first entity of each word of byWord (see index).
	words []string
	lists []int
	// linkCands and knownCands are the memory of linkParts' and known's
	// candidates.
	linkCands, knownCands []int
	// fiction is set in fiction, where names of a family are told apart.
	fiction bool
	// reach is how many paragraphs back a he or she finds a person known
	// to be of that gender: dialogue in fiction runs long between names.
	reach int
	// epithets maps a description, "the doctor", to the named character
	// an exchange showed it to stand for.
	epithets map[string]*entity
	// appositions maps the head noun of a description the narration set
	// beside a name, "Ned Pike, the carter", to that name's entity.
	appositions map[string]*entity
	// resolved counts, for each description, the named characters it was
	// found to stand for, once per mention (by position).
	resolved     map[string]map[*entity]int
	resolvedSeen map[int]bool
	// descCues holds, in text order, each description a quote's cue
	// named and the entity it was resolved to, keyed in para by descKey
	// (see namedLater).
	descCues []descCue
}

// descCue is one description of a cue and the entity it stood for.
type descCue struct {
	key string
	ref
}

// register adds e to the table and its indexes.
func (t *entityTable) register(e *entity) *entity {
	t.ents = append(t.ents, e)
	t.index(e, len(t.ents)-1)
	return e
}

// index makes entity number i findable by the words of e's name.
func (t *entityTable) index(e *entity, i int) {
	if e.nominal {
		if t.nominals == nil {
			t.nominals = map[string]*entity{}
		}
		t.nominals[strings.Join(e.tokens, " ")] = e
		return
	}
	if t.byWord == nil {
		t.byWord = map[string][]int{}
	}
	for _, w := range e.tokens {
		ix := t.byWord[w]
		switch {
		case len(ix) == 0:
			// A new word's list starts in a block of them: most
			// words of names name one entity, and the list stays
			// one long.
			if len(t.lists) == cap(t.lists) {
				t.lists = make([]int, 0, min(256, 16+2*cap(t.lists)))
			}
			t.lists = append(t.lists, i)
			t.byWord[w] = t.lists[len(t.lists)-1 : len(t.lists) : len(t.lists)]
		case !slices.Contains(ix, i):
			// An entity indexed again when its name grew may share a
			// word with entities filed since: it stays listed once.
			t.byWord[w] = append(ix, i)
		}
	}
}

// candidates returns the indexes of the entities sharing a word with toks,
// most recent first.
func (t *entityTable) candidates(toks []string) []int {
	return t.candidatesIn(nil, toks)
}

// candidatesIn is candidates, written over buf: linkParts and known, which
// look up every name of the text, keep one each, and nothing they call
// while they read it writes it.
func (t *entityTable) candidatesIn(buf *[]int, toks []string) []int {
	var out []int
	if buf != nil {
		out = (*buf)[:0]
	}
	for _, w := range toks {
		out = append(out, t.byWord[w]...)
	}
	if buf != nil {
		*buf = out
	}
	slices.Sort(out)
	slices.Reverse(out)
	return slices.Compact(out)
}

// narratorEntity returns the entity "I" refers to outside quotations. A
// story's first-person narrator is "Narrator" until the story names them
// (nameNarrator): "I" says nothing of who spoke once the record leaves the
// text. In news the "I" of a column is the writer, kept as written.
func (t *entityTable) narratorEntity() *entity {
	if t.narrator == nil {
		name := "I"
		if t.fiction {
			name = "Narrator"
		}
		t.narrator = t.register(&entity{canonical: name, tokens: []string{"i"}})
	}
	return t.narrator
}

// nameSplit is what nameParts makes of a name.
type nameSplit struct {
	toks     []string
	honor    gender
	title    string
	hasHonor bool
}

// parts returns nameParts(name), kept per table: a document names its
// people over and over. The words it returns are shared: not to be changed.
func (t *entityTable) parts(name string) (toks []string, honor gender, title string, hasHonor bool) {
	return t.partsLow(name, "")
}

// partsLow is parts given low, name in lower case where the text is
// ASCII (the doc's lower-cased text at the name), or "".
func (t *entityTable) partsLow(name, low string) (toks []string, honor gender, title string, hasHonor bool) {
	if p, ok := t.split[name]; ok {
		return p.toks, p.honor, p.title, p.hasHonor
	}
	// The words go to the end of t.words, a block kept for the words of
	// the table's names, where there is room: a name a block, not a
	// name an allocation.
	if cap(t.words)-len(t.words) < 8 {
		t.words = make([]string, 0, min(256, 32+2*cap(t.words)))
	}
	free := t.words[len(t.words):]
	toks, honor, title, hasHonor = namePartsLow(name, low, free)
	if len(toks) > 0 && &toks[0] == &free[:1][0] {
		t.words = t.words[:len(t.words)+len(toks)]
	}
	toks = slices.Clip(toks) // an append by a caller copies
	if t.fiction && !hasHonor && len(toks) > 0 && strings.HasPrefix(name, "M. ") {
		// "M. Dufresne": in a novel a lone M. before a surname is the
		// French Monsieur, not an initial, which comes before a given
		// name too.
		honor, title, hasHonor = genderMale, "monsieur", true
	}
	if t.split == nil {
		t.split = map[string]nameSplit{}
	}
	t.split[name] = nameSplit{toks, honor, title, hasHonor}
	return toks, honor, title, hasHonor
}

// nameParts splits a name into lower-cased words, leaving out initials and
// a leading honorific, which it returns with its gender.
func nameParts(name string) (toks []string, honor gender, title string, hasHonor bool) {
	return namePartsLow(name, "", nil)
}

// namePartsLow is nameParts given name in lower case, or "": the text a
// mention's name is cut from is lowered already. The words are appended
// to buf[:0].
func namePartsLow(name, low string, buf []string) (toks []string, honor gender, title string, hasHonor bool) {
	toks = buf[:0]
	// An ASCII name is lowered in one piece, each field a slice of it: one
	// copy where a copy a word cost as many allocations.
	if !asciiOnly(name) {
		low = ""
	} else if len(low) != len(name) {
		low = strings.ToLower(name)
	}
	for rest := name; rest != ""; {
		// The next field: up to a space, tab, line break or no-break space.
		f, at := rest, len(name)-len(rest)
		if k, size := fieldBreak(rest); k >= 0 {
			f, rest = rest[:k], rest[k+size:]
		} else {
			rest = ""
		}
		if f == "" {
			continue
		}
		var l string
		if low != "" {
			l = strings.TrimSuffix(low[at:at+len(f)], ".")
		} else {
			l = strings.ToLower(strings.TrimSuffix(f, "."))
		}
		l = strings.TrimSuffix(strings.TrimSuffix(l, "’s"), "'s")
		// One look-up tells the lexicons below.
		cls := wordClasses[l]
		if cls&classHonorific != 0 && len(toks) == 0 {
			honor, title, hasHonor = honorifics[l], l, true
			continue
		}
		// "of" of "Duchess of Aldwych" is no part of who she is.
		// "Mrs Early", "Mr. Will": after a title a word that never opens a
		// name elsewhere is the surname.
		surname := hasHonor && len(toks) == 0 && rest == "" && l != "of"
		if len(l) <= 1 || cls&classStopCap != 0 && !surname || f == "of" && hasHonor {
			continue
		}
		// "Ned Hale, Esquire" on a letter is Ned Hale: the courtesy after
		// a name tells no one apart, as "Jr." would.
		if (l == "esquire" || l == "esq") && len(toks) > 0 {
			continue
		}
		// "De Witt" and "Witt" are one name: the particle tells no one
		// apart.
		if cls&classSurnameParticle != 0 && rest != "" {
			continue
		}
		toks = append(toks, l)
	}
	if len(toks) == 0 {
		toks = nil // as when no buf is given
	}
	return toks, honor, title, hasHonor
}

// fieldBreak returns where the first space, tab, line break or no-break
// space of s is, and its length in bytes, or -1: strings.IndexAny with a
// cutset beyond ASCII reads s rune by rune against each of the cutset.
func fieldBreak(s string) (int, int) {
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case ' ', '\n', '\t':
			return k, 1
		case 0xc2: // a lead byte only: U+00A0 is c2 a0
			if k+1 < len(s) && s[k+1] == 0xa0 {
				return k, 2
			}
		}
	}
	return -1, 0
}

// asciiOnly reports whether s is all ASCII, which strings.ToLower lowers
// byte for byte.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// linkName returns the entity a name mention refers to, creating it when
// the name is new. A surname links to the fuller name it shortens
// ("Qian" -> "Qian Xiaoqian"); a fuller name upgrades the canonical form.
func (t *entityTable) linkName(m mention) *entity {
	toks, honor, title, hasHonor := t.parts(m.Name)
	return t.linkParts(m, nameSplit{toks, honor, title, hasHonor})
}

// linkParts is linkName given t.parts(m.Name), which names has already
// asked for: a name is hashed for the table once, not twice.
func (t *entityTable) linkParts(m mention, p nameSplit) *entity {
	toks, honor, title, hasHonor := p.toks, p.honor, p.title, p.hasHonor
	if len(toks) == 0 && t.fiction && rankTitle(title) {
		// "Aunt" alone is the one the story calls Aunt Mabel.
		if e := t.calledBy(title, m.Start); e != nil && (title == "aunt" || title == "uncle") {
			if form := cleanName(m.Name); e.forms != nil && !m.Trimmed {
				e.forms.add(form)
			}
			return e
		}
		// "the Colonel" after "Colonel Hale" is he, as "the colonel" is.
		// The rank alone is no form of his name: the story names him
		// by the name it gave with the rank. "The Queen of Hearts" is
		// named by a place, not a name, and the story goes on calling
		// her the Queen.
		if e := t.titled(title, m.Start); e != nil && len(e.tokens) > 0 && e.tokens[0] != title && !strings.Contains(strings.ToLower(e.canonical), " of ") {
			return e
		}
		// "said the King": a rank alone names a character in fiction.
		toks = []string{title}
	}
	// News calls people by surname, and some surnames are ranks: "For
	// Major, a retiree, ..." is Ms. Major, not a rank with no name, and
	// tells nothing of her sex.
	if len(toks) == 0 && !t.fiction && hasHonor && rankTitle(title) && !strings.ContainsAny(strings.TrimSpace(m.Name), " \n\t\u00a0.") {
		toks, honor, title, hasHonor = []string{title}, genderUnknown, "", false
	}
	if len(toks) == 0 {
		return nil
	}
	// "Miss Pell" where the text names one woman "Ada Pell" is Ada called
	// formally: taken as "Miss Ada Pell", she joins the one the story
	// calls Ada, not a second Miss Pell whom turn-taking and the he and
	// she would hold for another person.
	tied := false
	if g := t.missGiven[firstOf(toks)]; t.fiction && g != "" && title == "miss" && len(toks) == 1 {
		toks, tied = []string{g, toks[0]}, true
	}
	// "your Ladyship", "his Honour", "Your Majesty": a style of address
	// stands for whoever bears the rank, and is no name of its own.
	if t.fiction && !hasHonor && len(toks) == 1 && styleWords[toks[0]] {
		return nil
	}
	// "than February", "by Tuesday": a month or a weekday names no one,
	// unless it is a given name too ("May", "June").
	if t.fiction && !hasHonor && len(toks) == 1 && calendarWords[toks[0]] && !femaleNames[toks[0]] && !maleNames[toks[0]] {
		return nil
	}
	g := m.Gender
	if hasHonor && honor != genderUnknown {
		g = honor
	} else if g == genderUnknown && !m.Org {
		g = nameGender(toks)
	}
	if t.fiction && !m.Org && (!hasHonor || title == "miss") && t.family(toks) {
		g = genderPlural
	}
	if t.fiction && !hasHonor && len(toks) == 1 && peoples[toks[0]] {
		g = genderPlural
	}
	if t.fiction && !hasHonor && len(toks) == 1 && countries[toks[0]] {
		g = genderNeuter
	}
	// News names states and countries as it names people, as subjects
	// ("Ohio voted"), and a state may be a given name too: named
	// alone, it is the place, which no he or she refers to.
	if !t.fiction && !hasHonor && !m.Org && len(toks) <= 2 && (len(toks) == 1 && countries[toks[0]] || usStates[strings.Join(toks, " ")]) {
		g = genderNeuter
	}
	var best, surname, plural *entity
	var held deferred
	for _, i := range t.candidatesIn(&t.linkCands, toks) {
		e := t.ents[i]
		if e.nominal || e.org != m.Org && len(toks) > 1 {
			continue
		}
		// "Oswin II" is a king the story mentions, not its Lord Oswin;
		// news writes "Harry Tresize III" for the Mr. Tresize it quotes.
		if t.fiction && numbered(toks) != numbered(e.tokens) {
			continue
		}
		// "Quince" is no "Quince College": in fiction a name alone
		// is someone's before an organisation's named after them.
		if t.fiction && e.org && !m.Org && len(e.tokens) > len(toks) {
			continue
		}
		if g != genderUnknown && e.gender != genderUnknown && g != e.gender {
			continue
		}
		// "Messrs. Plimsoll and Dane" is a firm or a family: a name
		// not said of many goes to the man so named, if there is one.
		if e.gender == genderPlural && g != genderPlural {
			if plural == nil {
				plural = e
			}
			continue
		}
		if title != "" && e.honorific != "" && title != e.honorific && !t.sameRank(title, e.honorific) {
			continue
		}
		if t.fiction && len(e.tokens) != len(toks) && !familyMatch(toks, title, e) {
			continue
		}
		// "Mrs. Hugh Tolley" is Hugh's wife, named by his name: the
		// name alone is Hugh, unless it is a woman's.
		if t.fiction && len(toks) > 1 && !hasHonor && e.honorific == "mrs" && nameGender(toks) != genderFemale {
			continue
		}
		// "Mrs. Ned Pike" is the wife of the Ned Pike the story
		// knows, not the Mrs. Pike who may be his mother: she does
		// not take his given name.
		if t.fiction && hasHonor && title == "mrs" && len(toks) > 1 && len(e.tokens) < len(toks) && t.manNamed(toks) {
			continue
		}
		// "Mr. Pike" is no "Pike Hollis": a courtesy title names a
		// surname, which no given name follows.
		if t.fiction && len(toks) > 1 && !hasHonor && len(e.tokens) == 1 && courtesy(e.honorific) && e.tokens[0] == toks[0] && nameGender(e.tokens) == genderUnknown {
			continue
		}
		if nameMatch(toks, e.tokens) {
			// "Mr. George Halloran" is George, whom the story already
			// knows, before the Mr. Halloran who may be his father.
			if t.fiction && len(toks) > 1 && len(e.tokens) == 1 && e.tokens[0] != toks[0] {
				if surname == nil {
					surname = e
				}
				continue
			}
			if k := t.deferral(toks, title, hasHonor, e); k != deferNone {
				held.keep(k, e)
				continue
			}
			best = e
			break
		}
	}
	fallback, partial, bare := held[deferWife], held[deferFuller], held[deferBare]
	if best == nil {
		best = bare
	}
	if best == nil {
		best = partial
	}
	if best != nil && t.fiction && len(toks) == 1 && !hasHonor {
		best = t.mister(toks, best)
		best = t.surnameUser(toks, best, g)
	}
	if best == nil {
		best = plural
	}
	// Only Mrs. or Miss known by a surname a bare name gives, "said
	// Hall": in fiction that is her husband or father coming in, not
	// her, unless the name is a given name ("Emma" for Miss Emma).
	if best == nil && fallback != nil && !(t.fiction && fallback.tokens[len(fallback.tokens)-1] == toks[0] && nameGender(toks) == genderUnknown) {
		best = fallback
	}
	// "Mr. John Wexcombe" after many a "Mr. Wexcombe" is his brother: a
	// courtesy title before the surname alone names the head of the
	// family, and a given name after it someone else of that family.
	if best == nil && surname != nil && !(t.fiction && courtesy(title) && surname.honorific == title && surname.mentions >= 3) {
		best = surname
	}
	// familyMatch keeps "Mr. Pike" from a full name without Mr.; a man
	// of that surname with no kin named is the exception.
	if best == nil && t.fiction && len(toks) == 1 && honor == genderMale && !rankTitle(title) {
		best = t.onlyMan(toks[0])
	}
	name := cleanName(m.Name)
	if t.fiction && title == "master" && len(toks) >= 2 {
		// "Master John Trenow": before a given name and a surname, Master
		// is a courtesy of address, not part of the name the story keeps.
		if k := strings.IndexByte(name, ' '); k >= 0 {
			name = name[k+1:]
		}
	}
	form := name
	if m.The {
		form = "The " + name
	}
	if best == nil {
		titled := hasHonor && (honor == genderMale || honor == genderFemale)
		e := &entity{canonical: name, tokens: toks, gender: g, org: m.Org, honorific: title, titled: titled}
		e.form0[0] = formCount{form, 1}
		e.forms = e.form0[:]
		return t.register(e)
	}
	if best.forms == nil {
		best.forms = best.form0[:0]
	}
	if !m.Trimmed && !tied {
		// A name that lost a sentence-initial word ("Big Kettle")
		// is no evidence of the form the story names it by. Nor is
		// "Miss Pell" of one the story knows only as Ada or Ada Pell:
		// the courtesy is how the others address her, the name hers.
		best.forms.add(form)
	}
	if len(toks) > len(best.tokens) {
		best.canonical, best.tokens = name, toks
		t.index(best, slices.Index(t.ents, best))
	}
	if best.honorific == "" {
		best.honorific = title
		if hasHonor && (honor == genderMale || honor == genderFemale) && (best.gender == genderUnknown || best.gender == honor) {
			best.titled = true
		}
	}
	if best.gender == genderUnknown {
		best.gender = g
	}
	return best
}

// firstOf returns toks[0], or "" when toks is empty.
func firstOf(toks []string) string {
	if len(toks) == 0 {
		return ""
	}
	return toks[0]
}

// missTies returns, for a novel, the surnames the text writes after
// exactly one woman's given name ("Ada Pell"), each with that given name:
// a Miss Pell of such a story is she. A surname written after two given
// names of women, or after a name that may be a man's, ties to no one:
// the elder sister is Miss Pell, and a name that may be a brother's says
// nothing; a man's plainly named does not stand in the way. "Mrs. Ned
// Pell" is his wife, named by his name, and no tie.
func (d *doc) missTies() map[string]string {
	w := &d.w
	given := map[string]string{}
	// "Jane Pell" and "Jane Hollis": a given name the text writes before
	// two surnames names two women, and ties neither surname to one.
	surnames := map[string]string{}
	// "Miss Ada Pell" is how a younger sister is told from the Miss Pell
	// who is the eldest: only a full name without the Miss ties.
	bare := map[string]bool{}
	for i := 0; i+1 < len(d.toks); i++ {
		if !w.isCap(i) || !w.isCap(i+1) || d.toks[i+1].Start-d.toks[i].End != 1 {
			continue
		}
		g, s := w.lower(i), w.lower(i+1)
		if _, ok := honorifics[g]; ok || stopCaps[g] || stopCaps[s] || len(g) < 2 || len(s) < 2 {
			continue
		}
		// "Mary Ann" is two given names, "Ada Pell's" no surname alone.
		if _, ok := honorifics[s]; ok || femaleNames[s] || maleNames[s] || strings.ContainsAny(g+s, "'’") {
			continue
		}
		p := i - 1
		if w.isPunct(p, ".") {
			p--
		}
		_, titled := honorifics[w.lower(p)]
		if titled && w.lower(p) != "miss" || !titled && w.isCap(p) && !d.sentenceStart(i) {
			continue
		}
		female := titled || femaleNames[g] && !maleNames[g]
		if female && !titled {
			bare[s] = true
		}
		if female && surnames[g] != s {
			if surnames[g] == "" {
				surnames[g] = s
			} else {
				surnames[g] = "-"
			}
		}
		switch {
		case female && given[s] == "":
			given[s] = g
		case female && given[s] == g:
		case female || !maleNames[g]:
			given[s] = "-"
		}
	}
	for s, g := range given {
		if g == "-" || surnames[g] == "-" || !bare[s] {
			delete(given, s)
		}
	}
	return given
}

// mister returns, for a bare surname that found best, a man named in full
// by it ("Ned Pike" for "Pike"), the one the story calls Mr. Pike (or Dr.
// Pike) instead when he is named more often: a novel that has long called
// a man Mr. Pike may name him once in full, "Edward Pike", without the Mr.
// that keeps a son apart from his father, and its bare "Pike" goes on
// naming the man it knows best by that surname. Only the newest entity of
// a name is found first, so without this the one full naming would take
// every later "Pike" away from him.
func (t *entityTable) mister(toks []string, best *entity) *entity {
	n := len(best.tokens)
	if n < 2 || best.tokens[n-1] != toks[0] || best.honorific != "" {
		return best
	}
	for _, i := range t.candidates(toks) {
		e := t.ents[i]
		if e != best && !e.nominal && !e.org && e.honorific != "" && !wifeOrDaughter(e.honorific) && len(e.tokens) == 1 && e.tokens[0] == toks[0] && e.gender == genderMale && e.mentions > best.mentions {
			return e
		}
	}
	return best
}

// surnameUser returns, for a bare surname or given name that found best,
// a newer full name that holds it ("Ada Pike", "Ned Hollis"), the one the
// story has already called by the bare word instead, when best never was:
// a novel that calls Ned Pike "Pike" or "Ned" goes on doing so after it
// names his sister, or another Ned, in full once.
func (t *entityTable) surnameUser(toks []string, best *entity, g gender) *entity {
	n := len(best.tokens)
	if n < 2 || !slices.Contains(best.tokens, toks[0]) || bareUses(best, toks[0]) > 0 {
		return best
	}
	user, most := best, 0
	for _, i := range t.candidates(toks) {
		e := t.ents[i]
		if e == best || e.nominal || e.org || len(e.tokens) < 2 || !slices.Contains(e.tokens, toks[0]) || wifeOrDaughter(e.honorific) {
			continue
		}
		if e.gender == genderPlural || e.gender == genderNeuter || g != genderUnknown && e.gender != genderUnknown && g != e.gender {
			continue
		}
		if k := bareUses(e, toks[0]); k > most {
			user, most = e, k
		}
	}
	return user
}

// bareUses counts the times e was named by the one word w alone.
func bareUses(e *entity, w string) int {
	n := 0
	for _, fc := range e.forms {
		f, c := fc.form, fc.n
		if strings.EqualFold(f, w) {
			n += c
		}
	}
	return n
}

// onlyMan returns the one man the story has named in full by the surname
// and never with an honorific, "Ned Pike", when no other man or person of
// unknown gender bears that surname; else nil. A first "Mr. Pike" is
// then Ned Pike called formally, not his father, whom a novel would have
// had to bring in. Not when the story mostly calls him by his given name
// alone: that is a son or a young man, and Mr. Pike his father.
func (t *entityTable) onlyMan(surname string) *entity {
	var man *entity
	for _, i := range t.byWord[surname] {
		e := t.ents[i]
		if e.nominal || e.org || e.gender == genderFemale || e.gender == genderPlural || e.gender == genderNeuter {
			continue
		}
		if e.tokens[len(e.tokens)-1] != surname {
			continue
		}
		if man != nil || len(e.tokens) < 2 || e.honorific != "" || e.gender != genderMale {
			return nil
		}
		man = e
	}
	if man != nil {
		given, other := 0, 0
		for _, fc := range man.forms {
			f, c := fc.form, fc.n
			if strings.EqualFold(f, man.tokens[0]) {
				given += c
			} else {
				other += c
			}
		}
		if given > other {
			return nil
		}
	}
	return man
}

// courtesy reports whether an honorific is Mr., Mrs. or Miss, which with a
// surname alone name the head of a family, its wife or its eldest
// daughter, and with a given name too someone else of that family: "Miss
// Penhallow" and "Miss Elizabeth Penhallow".
func courtesy(title string) bool {
	return title == "mr" || title == "mrs" || title == "miss"
}

// wifeOrDaughter reports whether an honorific is a woman's courtesy,
// "Mrs.", "Miss", "Madame", which a bare name leaves out when it names
// the man of the family or the man who holds a rank: "the General" is not
// Madame General.
func wifeOrDaughter(title string) bool {
	return honorifics[title] == genderFemale && !rankTitle(title)
}

// herSurname reports whether toks is the surname alone of e, a woman
// named in full by a woman's given name: in fiction the bare surname is
// the man of her family, "Mary Tolley" is not the Tolley who says "he".
func herSurname(toks []string, e *entity) bool {
	return len(e.tokens) > 1 && e.tokens[len(e.tokens)-1] == toks[0] && nameGender(e.tokens) == genderFemale
}

// family reports whether a name is the plural of a surname the table
// knows, "the Hallorans", "the Miss Penhallows", "the Joneses": a family, which
// no he or she refers to.
func (t *entityTable) family(toks []string) bool {
	if len(toks) != 1 {
		return false
	}
	var stems []string
	if s, ok := strings.CutSuffix(toks[0], "s"); ok && !strings.HasSuffix(s, "s") {
		stems = append(stems, s)
	}
	// "Joneses", "Pendishes": -es after a hissing sound.
	if s, ok := strings.CutSuffix(toks[0], "es"); ok && (strings.HasSuffix(s, "s") || strings.HasSuffix(s, "sh") || strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "x") || strings.HasSuffix(s, "z")) {
		stems = append(stems, s)
	}
	// A name known for one person ("Vokes") is no plural of a rarer
	// misspelling of it ("Mr. Voke").
	single := 0
	for _, i := range t.byWord[toks[0]] {
		if e := t.ents[i]; !e.nominal && len(e.tokens) == 1 && e.gender != genderPlural {
			single = max(single, e.mentions)
		}
	}
	for _, s := range stems {
		if len(s) < 3 {
			continue
		}
		for _, i := range t.byWord[s] {
			if e := t.ents[i]; !e.nominal && !e.org && e.mentions >= 2 && e.mentions >= single && e.tokens[len(e.tokens)-1] == s {
				return true
			}
		}
	}
	return false
}

// rankTitle reports whether an honorific is a rank or a kinship that names
// a character on its own, "the King", "the Duchess", "Aunt", rather than a
// courtesy that needs a name after it, "Mr.", "Miss", "Sir".
func rankTitle(title string) bool {
	switch title {
	case "", "mr", "mrs", "ms", "miss", "mx", "messrs", "mesdames", "madam", "madame", "mme", "mlle", "monsieur", "sir", "master", "dame", "mistress",
		"mademoiselle", "herr", "frau", "fraulein", "fräulein", "signor", "signora", "signorina",
		"senor", "señor", "senora", "señora", "senorita", "señorita":
		return false
	}
	return true
}

// familyMatch reports whether, in fiction, a name toks with honorific
// title can name e when one of them is a surname alone. Novels are full of
// families: "Mrs. Barley" is not her daughter Fanny Barley, and "Charles
// Ludbrook" is not his father Mr. Ludbrook. A surname with an honorific names
// only who was called so; a full name without one, only who had no
// honorific.
//
// The rule is for surnames: "Miss Elizabeth" is Elizabeth Penhallow.
func familyMatch(toks []string, title string, e *entity) bool {
	switch {
	case len(toks) == 1 && title != "" && len(e.tokens) > 1:
		return e.honorific == title || toks[0] != e.tokens[len(e.tokens)-1]
	case len(toks) > 1 && title == "" && len(e.tokens) == 1:
		return e.honorific == "" || e.tokens[0] != toks[len(toks)-1]
	}
	return true
}

// nameMatch reports whether two names can be the same entity: equal, one a
// word of the other, or the same first and last words.
func nameMatch(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) == 1 || len(b) == 1 {
		short, long := a, b
		if len(b) < len(a) {
			short, long = b, a
		}
		for _, x := range long {
			if x == short[0] {
				return true
			}
		}
		return false
	}
	return a[0] == b[0] && a[len(a)-1] == b[len(b)-1]
}

// numbered reports whether a name ends in a king's or a pope's number, a
// roman numeral of two letters or more: "Henry II", "Louis XIV".
func numbered(toks []string) bool {
	if len(toks) < 2 {
		return false
	}
	l := toks[len(toks)-1]
	return len(l) >= 2 && strings.Trim(l, "ivx") == ""
}

// linkNominal links "the ministry" to an organisation whose name holds its
// head word, or keeps the nominal as an entity of its own.
func (t *entityTable) linkNominal(m mention) *entity {
	words := strings.Fields(strings.ToLower(m.Name))
	if len(words) == 0 {
		return nil
	}
	head := words[len(words)-1]
	if m.Org {
		for _, i := range t.candidates([]string{head}) {
			if e := t.ents[i]; e.org && !e.nominal {
				return e
			}
		}
	}
	// "the campaign's earlier claim": the owner of the words is the
	// campaign; the 's is no part of what it is called, though it keeps
	// the description apart from the campaign's own mentions, as ever.
	e := &entity{canonical: cleanName(m.Name), tokens: words, gender: m.Gender, org: m.Org, nominal: true}
	if determiners[words[0]] && words[0] != "the" {
		// "a spokesman" is a new person each time.
		t.ents = append(t.ents, e)
		return e
	}
	if known := t.nominals[strings.Join(words, " ")]; known != nil {
		return known
	}
	return t.register(e)
}

// recent reports whether e was mentioned within n paragraphs before pos.
func (t *entityTable) recent(e *entity, pos, para, n int) bool {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0 && para-t.timeline[i].para <= n; i-- {
		if t.timeline[i].ent == e {
			return true
		}
	}
	return false
}

// add records a mention of e at pos, keeping the timeline in order.
func (t *entityTable) add(pos, para int, e *entity) {
	t.addRef(pos, para, e, false)
}

// addRef is add, saying whether the mention is a subject.
func (t *entityTable) addRef(pos, para int, e *entity, subj bool) {
	if e == nil {
		return
	}
	e.mentions++
	r := ref{pos, para, e, subj}
	n := len(t.timeline)
	if n == 0 || t.timeline[n-1].pos <= pos {
		t.timeline = append(t.timeline, r)
		return
	}
	k := sort.Search(n, func(i int) bool { return t.timeline[i].pos > pos })
	t.timeline = append(t.timeline, ref{})
	copy(t.timeline[k+1:], t.timeline[k:])
	t.timeline[k] = r
}

// saintsPlace reports whether name is a saint's in the possessive, "St.
// Paul's", "St James's": a church, a palace or a hospital, never a
// character, though a given name follows the title.
func (d *doc) saintsPlace(name [2]int) bool {
	// "St", "St." or "st..": a word of two to four bytes opening with
	// an s, which most words before a name are not.
	if i := name[0] - 1; i < 0 || d.toks[i].Kind != tokWord || d.toks[i].End-d.toks[i].Start > 4 || d.text[d.toks[i].Start]|0x20 != 's' {
		return false
	}
	w := &d.w
	return w.isWord(name[0]-1) && strings.TrimSuffix(w.lower(name[0]-1), ".") == "st" && possessive(w.word(name[1]-1))
}

// names registers the proper names of the narration (outside quotations)
// in text order, so that "Hormats" can find "Robert D. Hormats" introduced
// in a sentence that quotes nobody.
func (d *doc) names(t *entityTable, upTo int, next *int) {
	w := &d.w
	// The loop reads every token: what it asks of each is kept in
	// locals, *next too, which nothing it calls reads.
	toks, text, fiction, nx := d.toks, d.text, t.fiction, *next
	// within is the end of the last name read: its inner words, "Kolk"
	// of "Mr. van der Kolk", are no names of their own.
	within := 0
	for i := nx; i < len(toks) && toks[i].Start < upTo; i++ {
		if !fiction {
			// Pass at once the tokens the tests below would pass one
			// by one: most are.
			if i = d.plainRun(i, upTo); i >= len(toks) || toks[i].Start >= upTo {
				nx = max(nx, i)
				break
			}
		}
		nx = max(nx, i+1)
		if i < within {
			continue
		}
		// Both read fiction only.
		if fiction && (d.titleSubject(i, t) || d.walkOnNoun(i, t)) {
			continue
		}
		// A gendered noun in lower case is never part of a name:
		// "The man" opening a sentence is a man. Only a capitalised word
		// is nameLike.
		// capital(i), its ASCII case spelled out here.
		tk := &toks[i]
		var capital bool
		if c := text[tk.Start]; c < utf8.RuneSelf {
			capital = tk.Kind == tokWord && 'A' <= c && c <= 'Z'
		} else {
			capital = d.capital(i)
		}
		noun := !capital && tk.Kind == tokWord && (d.mayBeGenderNoun(i) && w.in(i, classGenderNoun) || fiction && t.possNounGender(w.lower(i)) != genderUnknown)
		if !noun && (!capital || !w.nameLike(i) || mayCap(toks, text, i-1) && w.nameLike(i-1) && d.sentOf[i-1] == d.sentOf[i]) {
			continue
		}
		if d.inQuote(d.toks[i].Start) {
			continue
		}
		// gendered asks no capitalised word.
		if !capital && d.gendered(i, t) {
			continue
		}
		s := d.sents[d.sentOf[i]]
		np, name, ok := w.nameAfter(i, s.Last)
		if !ok {
			continue
		}
		nx, within = np[1], np[1]
		if d.saintsPlace(name) || d.dated(name) {
			continue
		}
		first := name[0]
		np, name = d.trimName(np, name)
		np, name = d.trimKnown(np, name, t)
		np, name = d.trimPlace(np, name, t)
		np, name = d.trimPlaceWord(np, name, t)
		m := d.makeMention(mentionName, np, name, genderUnknown)
		m.Trimmed = name[0] != first
		toks, honor, title, hasHonor := t.partsLow(m.Name, d.w.low[m.Start:m.End])
		if name[1]-name[0] < 2 && !hasHonor {
			// A lone capitalised word names someone inside a
			// sentence. Where its place capitalises it, it does when it
			// is a name already known, or, opening a sentence of
			// fiction, a given name or a word a verb follows. A name
			// opening a sentence is its subject, and the he or she
			// after it is mostly its own; a word capitalised only by
			// its place is neither.
			opening := t.fiction && d.sentenceStart(name[0]) && !d.ordinaryWord(name[0])
			if d.sentenceStart(name[0]) || w.isPunct(name[0]-1, "\"“‘'") || w.isWord(name[0]-1) && placePreposition[w.lower(name[0]-1)] {
				e := t.known(m)
				if e != nil {
					t.addRef(m.Start, int(d.paraOf[i]), e, opening)
					e.notePlace(d.placed(name), d.inside(name))
					if opening {
						d.voteGender(e, np[0], np[1], true)
					}
				}
				if e != nil || !opening || !d.openingName(name[0]) {
					continue
				}
			}
		}
		e := t.linkParts(m, nameSplit{toks, honor, title, hasHonor})
		// "sat with his sister, Bella Moss." : in fiction a name after a
		// comma that no verb follows is set beside a noun, an object
		// like it, not a subject the he or she after goes on with. A
		// possessive, "Vantry's voice broke in", still tells whom the
		// narration is about.
		subj := d.clauseStart(np[0], d.sents[d.sentOf[np[0]]].First)
		if subj && t.fiction && w.isPunct(np[0]-1, ",") && !d.verbAfter(np[1]) && !possessive(w.word(np[1]-1)) && w.word(np[1]) != "s" {
			subj = false
		}
		t.addRef(m.Start, int(d.paraOf[i]), e, subj)
		d.apposition(np, e, t)
		d.newsApposition(np, name, e, t)
		if e != nil && !hasHonor {
			e.notePlace(d.placed(name), d.inside(name))
			d.noteThing(e)
			e.noteLandmark(w, name, t.fiction)
		}
		d.voteGender(e, np[0], np[1], d.sentenceStart(np[0]) && w.isWord(np[1]) && (strings.HasPrefix(d.tagOf(np[1]), "VB") || d.tagOf(np[1]) == "MD"))
	}
	*next = nx
}

// plainRun returns the first token from i on, before the offset upTo,
// that may open a name or be a gendered noun: a capitalised word, a word
// opening with a letter beyond ASCII, or one genderNounPairs lets
// through. names passes the others, punctuation and most words in lower
// case, in this one loop instead of one round of its own each; outside
// fiction, where names asks nothing else of them.
func (d *doc) plainRun(i, upTo int) int {
	toks, text, low := d.toks, d.text, d.w.low
	if len(d.w.odd) > 0 {
		return i // mayBeGenderNoun lets every word through
	}
	for ; i < len(toks) && toks[i].Start < upTo; i++ {
		t := &toks[i]
		if t.Kind != tokWord {
			continue
		}
		c := text[t.Start]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return i
		}
		// A gendered noun, a word of classGenderNoun, opens with two
		// letters of a-z (c is its own lower case), and genderNounPairs
		// has a bit for them and its length.
		n := t.End - t.Start
		if low[t.End-1] == '.' {
			n--
		}
		if n < 2 || c < 'a' || c > 'z' {
			continue
		}
		if c2 := low[t.Start+1]; 'a' <= c2 && c2 <= 'z' && genderNounPairs[c-'a'][c2-'a']&(1<<min(n, 15)) != 0 {
			return i
		}
	}
	return i
}

// genderNounPairs has, for the first two letters of each word of
// classGenderNoun, all of a-z, a bit for each length such a word has
// (lengths from 15 on share one).
var genderNounPairs = func() (s [26][26]uint16) {
	for w, g := range nounGender {
		if g == genderUnknown {
			continue
		}
		if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
			panic("genderNounPairs: " + w) // plainRun would pass it by
		}
		s[w[0]-'a'][w[1]-'a'] |= 1 << min(len(w), 15)
	}
	return s
}()

// mayCap reports whether token i may be a capitalised word, from its
// first byte: false only where w.isCap(i), and so w.nameLike(i), is false.
func mayCap(toks []token, text string, i int) bool {
	if i < 0 || toks[i].Kind != tokWord {
		return false
	}
	c := text[toks[i].Start]
	return c >= utf8.RuneSelf || 'A' <= c && c <= 'Z'
}

// capital is w.isCap(i), its ASCII case spelled out for names, which asks
// it of every token.
func (d *doc) capital(i int) bool {
	t := d.toks[i]
	if t.Kind != tokWord {
		return false
	}
	if c := d.text[t.Start]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	return d.w.isCap(i)
}

// genderNounShapes has, for each ASCII letter a word of nounGender starts
// with, a bit for each length such a word has (lengths from 15 on share
// one).
var genderNounShapes = func() (s [utf8.RuneSelf]uint16) {
	for w := range nounGender {
		s[w[0]] |= 1 << min(len(w), 15)
	}
	return s
}()

// mayBeGenderNoun reports whether word i may be a word of nounGender, from
// its first letter and length alone, which rules out most words without a
// map look-up: false only when w.lower(i) is surely no such word.
func (d *doc) mayBeGenderNoun(i int) bool {
	t := d.toks[i]
	c := d.w.low[t.Start]
	if c >= utf8.RuneSelf || len(d.w.odd) > 0 {
		return true // lower(i) may differ from low; ask the map
	}
	n := t.End - t.Start
	if d.w.low[t.End-1] == '.' {
		n-- // lower trims a final period
	}
	return genderNounShapes[c]&(1<<min(n, 15)) != 0
}

// titleSubject registers, in fiction, "the doctor" opening a clause of the
// narration as a subject mention of the character the story names with
// that title, "Dr. Pell", or set that noun beside, "Ned Pike, the carter":
// the he and she after it go on with that character, not with one named
// in the paragraph before. It reports whether token i was such a noun.
func (d *doc) titleSubject(i int, t *entityTable) bool {
	w := &d.w
	if !t.fiction || !w.isWord(i) || w.isCap(i) || !w.isWord(i-1) || w.lower(i-1) != "the" {
		return false
	}
	if !d.clauseStart(i-1, d.sents[d.sentOf[i-1]].First) || w.isWord(i-2) || d.inQuote(d.toks[i].Start) {
		return false
	}
	// The noun must end its phrase: "the doctor's bag" is a bag.
	if !w.isWord(i+1) || possessive(w.word(i)) || d.tagOf(i+1) != "" && !strings.HasPrefix(d.tagOf(i+1), "VB") && d.tagOf(i+1) != "MD" && !strings.HasPrefix(d.tagOf(i+1), "RB") {
		return false
	}
	head := w.lower(i)
	pos, para := d.toks[i-1].Start, int(d.paraOf[i])
	e := t.titled(head, pos)
	if e == nil {
		if a := t.appositions[head]; a != nil && t.recent(a, pos, para, 12) {
			e = a
		}
	}
	if e == nil {
		return false
	}
	t.addRef(pos, para, e, true)
	return true
}

// openingName reports whether the lone capitalised word i opening a
// sentence of narration names someone the story has not yet met: "Rupert
// waited in the hall." A word the text also writes in lower case, or a
// function word, is an ordinary word capitalised by its place ("Always
// polite, he bowed"); else a given name, or a word a verb follows, is the
// sentence's subject.
func (d *doc) openingName(i int) bool {
	w := &d.w
	if d.ordinaryWord(i) {
		return false
	}
	if l := w.lower(i); femaleNames[l] || maleNames[l] {
		return true
	}
	if !w.isWord(i+1) || w.isCap(i+1) {
		return false
	}
	t := d.tagOf(i + 1)
	return strings.HasPrefix(t, "VB") || t == "MD"
}

// ordinaryWord reports whether capitalised word i may be an ordinary word
// capitalised by its place: a function word, an adverb in -ly, or a word
// the text also writes in lower case.
func (d *doc) ordinaryWord(i int) bool {
	l := d.w.lower(i)
	return stopCaps[l] || functionWords[l] || strings.HasSuffix(l, "ly") || d.usedInLowerCase(l)
}

// apposition records, in fiction, the description the narration sets
// beside a name, "Ned Pike, the carter," or "the carter himself, Ned
// Pike": a novel goes on calling a character by it, "said the carter".
func (d *doc) apposition(np [2]int, e *entity, t *entityTable) {
	if !t.fiction || e == nil || e.org || e.nominal {
		return
	}
	w := &d.w
	head := ""
	// "Ned Pike, a carter," says what he is as "the carter" does;
	// "Ada, a mortal maid," only what she is like: with "a", only a
	// bare trade names him (the tagger reads "mortal" as a noun).
	if i := np[1]; w.isPunct(i, ",") && w.isWord(i+1) && (w.lower(i+1) == "the" || w.lower(i+1) == "a" || w.lower(i+1) == "an") {
		indefinite := w.lower(i+1) != "the"
		for k := i + 2; k < i+6 && w.isWord(k) && !w.isCap(k); k++ {
			if indefinite && k > i+2 {
				break
			}
			// The head ends the phrase: "the carter's boy" is not the
			// carter.
			if d.describes(k) && !possessive(w.word(k)) && !(w.isWord(k+1) && !w.in(k+1, classFunction)) {
				head = w.lower(k)
				break
			}
		}
	}
	if i := np[0] - 1; head == "" && w.isPunct(i, ",") && w.isWord(i-1) && !w.isCap(i-1) {
		k := i - 1
		if l := w.lower(k); l == "himself" || l == "herself" {
			k--
		}
		if d.describes(k) {
			for j := k - 1; j >= k-4 && w.isWord(j); j-- {
				if w.lower(j) == "the" {
					// "On their way to the magistrate, Ned Pike said":
					// a description after a preposition is no apposition.
					if !placePreposition[w.lower(j-1)] || !w.isWord(j-1) {
						head = w.lower(k)
					}
					break
				}
				if w.isCap(j) || w.in(j, classFunction) {
					break
				}
			}
		}
	}
	if head == "" {
		return
	}
	if g := nounGender[head]; g != genderUnknown && (e.gender == genderMale || e.gender == genderFemale) && e.gender != g {
		return
	}
	if t.appositions == nil {
		t.appositions = map[string]*entity{}
	}
	t.appositions[head] = e
}

// newsTitles are the words of a title before a name, and the noun news
// calls its bearer by after: "Sen. Ann Roe" is "the senator".
var newsTitles = map[string]string{
	"sen": "senator", "senator": "senator", "gov": "governor", "governor": "governor",
	"mayor": "mayor", "president": "president", "secretary": "secretary",
	"rep": "congressman", "representative": "congressman", "judge": "judge",
	"gen": "general", "general": "general", "chairman": "chairman", "chairwoman": "chairwoman",
}

// newsApposition records, in news, the noun a report goes on calling a
// named person by: the title before the name, "Sen. Ann Roe", or the
// head of the description set beside it, "Ann Roe, the Republican
// nominee," or "the party's nominee, Ann Roe": "the senator", "the
// nominee" said is she, while she is about (linkDescription).
func (d *doc) newsApposition(np, name [2]int, e *entity, t *entityTable) {
	if d.register != RegisterNews || e == nil || e.org || e.nominal {
		return
	}
	w := &d.w
	note := func(head string) {
		if t.appositions == nil {
			t.appositions = map[string]*entity{}
		}
		t.appositions[head] = e
	}
	for k := np[0]; k < name[0]; k++ {
		if h, ok := newsTitles[strings.TrimSuffix(w.lower(k), ".")]; ok && w.isWord(k) {
			note(h)
		}
	}
	titleHead := func(k int) bool {
		l := w.lower(k)
		return w.isWord(k) && !w.isCap(k) && (lowerTitles[l] || jobTitles[l]) && d.tagOf(k) == "NN"
	}
	if i := np[1]; w.isPunct(i, ",") && w.isWord(i+1) && articles[w.lower(i+1)] {
		for k := i + 2; k < i+7 && w.isWord(k) && !possessive(w.word(k)); k++ {
			if titleHead(k) {
				if n := k + 1; !w.isWord(n) || w.in(n, classFunction) {
					note(w.lower(k))
				}
				break
			}
		}
	}
	if i := np[0] - 1; w.isPunct(i, ",") && titleHead(i-1) {
		for j := i - 2; j >= i-6 && w.isWord(j); j-- {
			if articles[w.lower(j)] {
				note(w.lower(i - 1))
				break
			}
		}
	}
}

// describes reports whether token i, a word in lower case, is a noun of
// a person, one a character can be called by: "carter", "surgeon".
func (d *doc) describes(i int) bool {
	w := &d.w
	if !w.isWord(i) || w.isCap(i) {
		return false
	}
	l := w.lower(i)
	return personLexicon(l) || d.tagOf(i) == "NN" && agentEnding(l)
}

// placed reports whether a name in the narration stands where places
// do, after "in", "at", "to" ("in Wexhall", "came to Ashgrove"), in
// news after "in", its kin and "from" alone; a possessive ("in Emma's
// room") is someone's.
func (d *doc) placed(name [2]int) bool {
	w := &d.w
	if !w.isWord(name[0]-1) || possessive(w.word(name[1]-1)) {
		return false
	}
	if d.register != RegisterFiction {
		return newsPlaceWords[w.lower(name[0]-1)]
	}
	return placeWords[w.lower(name[0]-1)]
}

// newsPlaceWords are the prepositions before a place in news, where the
// people in the story stand after "to" and "at" as often as places do:
// "apologised to Ann Roe", "lashed out at Roe". "From" stays: "a retiree
// from Dover", and notePlace asks for most mentions.
var newsPlaceWords = setOf(`in into near across through throughout within beyond from`)

// placeWords are the prepositions before a place. People stand after some
// of them too ("smiled at Anne", "said to Anne"), but not in most of
// their mentions: notePlace asks for most.
var placeWords = map[string]bool{
	"in": true, "into": true, "near": true, "across": true, "through": true,
	"throughout": true, "within": true, "beyond": true, "at": true, "to": true,
	"from": true, "towards": true, "toward": true,
}

// notePlace counts a mention of e by name in the narration, and whether
// it stood where places stand. A name found there at least twice, and in
// most of its mentions, is a place, which no he or she refers to, however
// the pronouns near it were counted. So is one found inside at least
// twice and in a tenth of its mentions: people are "in" a name only
// about one time in thirty ("in Ada she found a friend"), and a place
// is also the subject of sentences, which the first test misses.
func (e *entity) notePlace(placed, inside bool) {
	e.named++
	if placed {
		e.places++
	}
	if inside {
		e.inside++
	}
	if e.titled {
		return
	}
	if e.places >= 2 && 2*e.places > e.named {
		e.gender, e.inPlace = genderNeuter, false
		return
	}
	// A person the story happened to put "in" twice early on becomes
	// one again as its other mentions add up.
	e.neuterWhile(e.inside >= 2 && 10*e.inside >= e.named, &e.inPlace)
}

// noteLandmark makes e, in fiction, a place for good when its name of
// two words or more ends in a noun of a place: "the Kestrel Caves",
// "Quarn Street". A bare "Kestrel" after them names the place, and
// the he or she that happens to follow it is someone else's.
func (e *entity) noteLandmark(w *words, name [2]int, fiction bool) {
	if !fiction || e.landmark || e.titled || name[1]-name[0] < 2 || !landmarkNouns[w.lower(name[1]-1)] && !compassWords[w.lower(name[0])] {
		return
	}
	e.landmark, e.gender = true, genderNeuter
}

// landmarkNouns close the names of places. Only plurals and words that
// are seldom a surname: "Hill", "Lane" and "Wood" name people too.
var landmarkNouns = setOf(`caves hills mountains gardens islands street road avenue square river
valley museum cathedral`)

// sameRank reports whether, in fiction, two honorifics may name one
// person: "Madame Quince" is the Countess Quince, where "Mrs." and
// "Miss", or "Aunt", tell a wife from a daughter or a kinswoman.
func (t *entityTable) sameRank(a, b string) bool {
	ga, gb := honorifics[a], honorifics[b]
	if !t.fiction || ga != gb || ga != genderMale && ga != genderFemale {
		return false
	}
	for _, h := range []string{a, b} {
		switch h {
		case "mr", "mrs", "miss", "ms", "master", "aunt", "uncle", "father", "mother", "sister", "brother", "mistress":
			return false
		}
	}
	return true
}

// compassWords open the names of regions: "Northern Spain", "Central
// India".
var compassWords = setOf(`north south east west northern southern eastern western central upper lower`)

// neuterWhile records in *signal whether a sign that e is a place or a
// thing holds: while it does, e is neuter and no he or she refers to it;
// once it stops, e takes back the gender it had.
func (e *entity) neuterWhile(holds bool, signal *bool) {
	if e.landmark {
		return
	}
	switch {
	case holds && !*signal:
		if e.gender != genderNeuter {
			e.held, e.gender, *signal = e.gender, genderNeuter, true
		}
	case !holds && *signal && e.gender == genderNeuter:
		e.gender, *signal = e.held, false
	case !holds:
		*signal = false
	}
}

// noteThing makes e, in fiction, a thing no he or she refers to while the
// story writes its name only after "the" and the last word of it never
// in lower case: "the Blue Boar", "the Kalmberg" are an inn and a hill,
// while "the Saddler" and "the Nameless Man" are called by a noun; one
// an attribution named as speaker ("said the Old Heron") is someone.
func (d *doc) noteThing(e *entity) {
	if d.register != RegisterFiction || e.titled || e.inPlace || len(e.tokens) == 0 {
		return
	}
	// "the Quillbys" are a family, whom "they" refers to.
	thing := !e.spoke && e.onlyTitled() && e.gender != genderPlural && !strings.HasSuffix(e.tokens[len(e.tokens)-1], "s")
	for _, w := range e.tokens {
		if d.usedInLowerCase(w) || personWord(w) {
			thing = false
		}
	}
	e.neuterWhile(thing, &e.thing)
}

// personWord reports whether a noun names a person by the lexicon or by
// the ending of an agent noun: "Collector", "Chemist", "Librarian",
// "Marchioness".
func personWord(l string) bool {
	return personLexicon(l) || agentEnding(l) || strings.HasSuffix(l, "ess")
}

// personLexicon reports whether the lexicons know l as a common noun of a
// person.
func personLexicon(l string) bool {
	return personNouns[l] || roleNouns[l] || nounGender[l] != genderUnknown
}

// agentEnding reports whether l ends as agent nouns do: "carter",
// "collector", "chemist", "librarian".
func agentEnding(l string) bool {
	for _, suf := range []string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// inside reports whether a name in the narration follows a preposition
// of being inside, with or without "the": "in Wexhall", "through the
// Kessar Hills". A possessive ("in Emma's room") is someone's.
func (d *doc) inside(name [2]int) bool {
	w := &d.w
	if d.register != RegisterFiction || possessive(w.word(name[1]-1)) {
		return false
	}
	// "in Quillby s ear": a text that lost its apostrophes.
	if w.isWord(name[1]) && w.word(name[1]) == "s" {
		return false
	}
	k := name[0] - 1
	if w.isWord(k) && w.lower(k) == "the" {
		k--
	}
	return w.isWord(k) && insideWords[w.lower(k)]
}

// insideWords are the prepositions of being in a place.
var insideWords = map[string]bool{
	"in": true, "into": true, "within": true, "throughout": true,
	"across": true, "beyond": true, "through": true,
}

// trimKnown drops the first word of a name opening a sentence when the rest
// is a name the table knows and the word is no given name: "Therefore
// Rhoda", "Poor Harriet", "Whereas Philip" are Rhoda, Harriet and
// Philip, though the text never writes "therefore" in lower case.
func (d *doc) trimKnown(np, name [2]int, t *entityTable) ([2]int, [2]int) {
	w := &d.w
	if name[1]-name[0] < 2 || !(d.sentenceStart(name[0]) || w.isPunct(name[0]-1, "\"“‘'-—")) {
		return np, name
	}
	l := w.lower(name[0])
	if honorificWord(l) || femaleNames[l] || maleNames[l] {
		return np, name
	}
	rest := d.makeMention(mentionName, [2]int{name[0] + 1, name[1]}, [2]int{name[0] + 1, name[1]}, genderUnknown)
	if e := t.known(rest); e == nil || e.mentions < 2 {
		return np, name
	}
	name[0]++
	if np[0] < name[0] {
		np[0] = name[0]
	}
	return np, name
}

// trimKnownMention is trimKnown for a name mention found outside the
// narration scan, the subject that opens a paragraph before a turn:
// "Whereas Philip could never read" is Philip, who would otherwise be
// split into a "Whereas Philip" the later "Philip"s go to.
func (d *doc) trimKnownMention(m mention, t *entityTable) mention {
	if !t.fiction || m.Kind != mentionName || m.End <= m.Start {
		return m
	}
	np := [2]int{m.First, m.Last}
	name := [2]int{d.tokenAt(m.Start), d.tokenAt(m.End)}
	if name[0] < np[0] || name[1] > np[1] {
		return m
	}
	// "Osric Quince" the story already knows by that name keeps it,
	// though his family is known by the surname alone.
	if e := t.known(m); e != nil && slices.Contains(e.tokens, d.w.lower(name[0])) {
		return m
	}
	np2, name2 := d.trimKnown(np, name, t)
	if name2 == name {
		return m
	}
	trimmed := d.makeMention(mentionName, np2, name2, m.Gender)
	trimmed.Trimmed = true
	return trimmed
}

// trimPlace drops the words before a character's name when "the" puts
// them before it, in fiction: "In the Academy Ada worked", "on the
// terrace of the Mirabel Ada ordered" run a place into a name the story
// writes alone. A title the story always writes with "the", "the White
// Badger", keeps its words.
func (d *doc) trimPlace(np, name [2]int, t *entityTable) ([2]int, [2]int) {
	w := &d.w
	if !t.fiction || name[1]-name[0] < 2 || !w.isWord(name[0]-1) || w.lower(name[0]-1) != "the" || w.in(name[0], classHonorific) {
		return np, name
	}
	last := [2]int{name[1] - 1, name[1]}
	e := t.known(d.makeMention(mentionName, last, last, genderUnknown))
	if e == nil || e.org || e.mentions < 2 || e.onlyTitled() || slices.Contains(e.tokens, w.lower(name[0])) {
		return np, name
	}
	return last, last
}

// trimPlaceWord drops, in fiction, a word the story writes alone as a
// place from either end of a name when the rest is a character it knows
// and the whole is no name it knows: "back from Quellport Ada came", "on
// Ada Quellport made its mark" run a place into Ada, whose entity would
// take the place's word as a name of hers and so, found "in Quellport"
// after, become the place. A month or a weekday is trimmed as a place.
func (d *doc) trimPlaceWord(np, name [2]int, t *entityTable) ([2]int, [2]int) {
	w := &d.w
	if !t.fiction || name[1]-name[0] < 2 || w.in(name[0], classHonorific) {
		return np, name
	}
	whole := t.known(d.makeMention(mentionName, name, name, genderUnknown))
	for _, k := range [2]int{name[0], name[1] - 1} {
		l := w.lower(k)
		// "Ada Quellport" the story has named before is her full name.
		if whole != nil && slices.Contains(whole.tokens, l) {
			continue
		}
		// A month or a weekday is no one's name ("with Ada Tuesday
		// night"), unless a given name too, which it is when the
		// story writes it "in June" as it writes places.
		given := femaleNames[l] || maleNames[l]
		placed := d.placedAlone(l) >= 2
		if !(calendarWords[l] && (!given || placed) || placed && !given) {
			continue
		}
		rest := [2]int{name[0] + 1, name[1]}
		if k != name[0] {
			rest = [2]int{name[0], name[1] - 1}
		}
		e := t.known(d.makeMention(mentionName, rest, rest, genderUnknown))
		if e == nil || e.org || e.mentions < 2 || e.onlyTitled() || e.gender != genderMale && e.gender != genderFemale {
			continue
		}
		return rest, rest
	}
	return np, name
}

// placedAlone counts the times the narration writes the word l, in lower
// case, as a name of one word after a preposition of being inside, "in
// Quellport", as places are written and people seldom are.
func (d *doc) placedAlone(l string) int {
	if d.alonePlaces == nil {
		d.alonePlaces = map[string]int{}
		w := &d.w
		for k := 1; k < len(d.toks); k++ {
			if w.isLower(k-1) && insideWords[w.lower(k-1)] && w.nameLike(k) && !w.nameLike(k+1) && !possessive(w.word(k)) {
				d.alonePlaces[w.lower(k)]++
			}
		}
	}
	return d.alonePlaces[l]
}

// voteGender looks after a name in the narration, ending before token i,
// for the he or she that refers back to it: the first subject or reflexive
// pronoun of the sentence or the next, before any other name or quotation.
// "Vantry rose. He took his hat" tells that Vantry is a he. In fiction
// only: news names people in full and quotes many of them.
//
// A subject the story names for the first time, "Zebedee waited in the
// hall. He was cold.", takes the gender of that first he or she at once:
// the pronouns of the narration carry on only a person known to be of
// theirs, and the next he would otherwise go back to a man named before.
//
// A person noun of that gender or a "him" between them, "Ada waved to
// the old man. He nodded.", makes the pronoun likelier the other's than
// the name's, and no vote: counted, such pronouns outvote the name's own
// and turn a woman into a man.
//
// The name runs from token first to before token i.
func (d *doc) voteGender(e *entity, first, i int, subj bool) {
	if e == nil || e.org || e.nominal || d.register != RegisterFiction {
		return
	}
	w := &d.w
	if i >= len(d.toks) {
		return
	}
	sents := 0
	// "let fall by Ned. She was...": after a preposition a name is
	// an object, and the next sentence's he or she is seldom its own.
	object := w.isWord(first-1) && (placePreposition[w.lower(first-1)] || objectPrepositions[w.lower(first-1)])
	for k := i; k < len(d.toks) && k-i < 30; k++ {
		if d.sentenceStart(k) {
			if sents++; sents > 1 || object {
				return
			}
		}
		if d.toks[k].ParaStart || d.inQuote(d.toks[k].Start) {
			return
		}
		if !w.isWord(k) {
			continue
		}
		if w.isCap(k) && !d.sentenceStart(k) && w.lower(k) != "i" {
			return
		}
		var g gender
		switch w.lower(k) {
		case "he", "himself":
			g = genderMale
		case "she", "herself":
			g = genderFemale
		default:
			continue
		}
		fresh := subj && !abstractNoun(e.tokens) && e.gender == genderUnknown && !e.voted && !e.titled && e.votes == [2]int{} && nameGender(e.tokens) == genderUnknown
		if d.personNounBetween(i, k, g) {
			return
		}
		e.vote(g)
		if fresh && d.sentenceStart(k) {
			e.settleVote(g)
		}
		return
	}
}

// objectPrepositions, with placePreposition, stand before a name that is
// an object: "let fall by Ned", "unlike Ned".
var objectPrepositions = setOf(`by with like about after before behind beside upon than`)

// abstractNoun reports whether a one-word name ends as an abstract noun
// does, "Paternity", "Happiness": a word capitalised by its place.
func abstractNoun(toks []string) bool {
	if len(toks) != 1 {
		return false
	}
	for _, suf := range []string{"ity", "ness", "ment", "tion", "sion", "ism", "hood", "ship", "ence", "ance", "th"} {
		if strings.HasSuffix(toks[0], suf) {
			return true
		}
	}
	return false
}

// personNounBetween reports whether a noun of a person of gender g, or
// "him", stands in tokens [i, k): "Zebedee met the old man. He..." may be
// the man's, and "Zebedee made him wait. He..." is another's. "her" is
// not counted: as often a possessive, "Ada took her hat. She...", it tells
// the name's own gender.
func (d *doc) personNounBetween(i, k int, g gender) bool {
	for j := i; j < k; j++ {
		if d.w.isWord(j) && (nounGender[d.w.lower(j)] == g || g == genderMale && d.w.lower(j) == "him") {
			return true
		}
	}
	return false
}

// known returns the entity a name mention refers to, without creating one.
// An honorific must agree: "Mr. Penhallow" is not Mrs. Penhallow.
func (t *entityTable) known(m mention) *entity {
	toks, honor, title, hasHonor := t.parts(m.Name)
	if len(toks) == 0 && t.fiction && rankTitle(title) {
		toks = []string{title}
	}
	var held deferred
	var plural *entity
	for _, i := range t.candidatesIn(&t.knownCands, toks) {
		e := t.ents[i]
		if e.nominal || !nameMatch(toks, e.tokens) || t.fiction && numbered(toks) != numbered(e.tokens) {
			continue
		}
		// As in linkName: "Mesdames Pike" are the women of a family, and
		// "Pike" alone is the one person so called, if there is one.
		if t.fiction && e.gender == genderPlural && honor != genderPlural {
			if plural == nil {
				plural = e
			}
			continue
		}
		// As in linkName: "Quince" is no "Quince College".
		if t.fiction && e.org && !m.Org && len(e.tokens) > len(toks) {
			continue
		}
		if title != "" && e.honorific != "" && title != e.honorific {
			continue
		}
		if honor != genderUnknown && e.gender != genderUnknown && honor != e.gender {
			continue
		}
		// In fiction, names of one family are told apart as linkName
		// does: "Tom Marrable" is not Miss Marrable.
		if t.fiction && len(e.tokens) != len(toks) && !familyMatch(toks, title, e) {
			continue
		}
		// Names of one family are told apart as in linkName, but for
		// news, where a surname finds a Mrs. as readily as a Mr.
		if k := t.deferral(toks, title, hasHonor, e); k != deferNone && (k != deferWife || t.fiction) {
			held.keep(k, e)
			continue
		}
		// "Pike opened the door": the bare surname opening a sentence
		// is the one the story calls so, as in linkName.
		if t.fiction && len(toks) == 1 && !hasHonor {
			return t.surnameUser(toks, e, honor)
		}
		return e
	}
	if held[deferBare] != nil {
		return held[deferBare]
	}
	if held[deferFuller] != nil {
		return held[deferFuller]
	}
	if held[deferWife] != nil {
		return held[deferWife]
	}
	return plural
}

// knownNear is known for a name a quotation addresses at pos, when the
// name fits more than one person, "Wexcombe" for two brothers: the one
// spoken to is in the room. One who spoke in the last turns of the talk
// is, unless the narration told of known's pick since; else known's pick,
// if the text told of them within vocativeReach paragraphs, with the
// preferences of known: a bare surname for the man of the family, "Miss
// Tolley" for the Miss the story knows; else the one the text told of
// last. A name known finds no one by, "Mr. Reed" for Tom Reed, calls one
// who spoke in the talk.
func (t *entityTable) knownNear(m mention, pos, para int) *entity {
	best := t.known(m)
	if !t.fiction {
		return best
	}
	toks, honor, title, hasHonor := t.parts(m.Name)
	if len(toks) == 0 {
		return best
	}
	fits := map[*entity]bool{}
	if best != nil {
		fits[best] = true
	}
	for _, i := range t.candidates(toks) {
		e := t.ents[i]
		if e.nominal || e.org || e == t.narrator || !nameMatch(toks, e.tokens) || numbered(toks) != numbered(e.tokens) {
			continue
		}
		// One called by a surname is one person, not the family or
		// the ladies named together by it.
		if e.gender == genderPlural && honor != genderPlural {
			continue
		}
		if title != "" && e.honorific != "" && title != e.honorific {
			continue
		}
		if honor != genderUnknown && e.gender != genderUnknown && honor != e.gender {
			continue
		}
		// A bare surname calls the man of the family, as in known.
		if t.deferral(toks, title, hasHonor, e) == deferWife {
			continue
		}
		fits[e] = true
	}
	if len(fits) < 2 && (best != nil || len(fits) == 0) {
		return best
	}
	// A talker called with an honorific must be known to bear it: "Mrs.
	// Pell" is not her son, whose sex the story has not told.
	j := sort.Search(len(t.said), func(i int) bool { return t.said[i].pos >= pos })
	var talker *entity
	talkAt := 0
	for i := j - 1; i >= 0 && j-i <= talkTurns && para-t.said[i].para <= talkParas; i-- {
		if e := t.said[i].ent; e == best {
			break
		} else if fits[e] && (title == "" || e.honorific == title || honor != genderUnknown && e.gender == honor) {
			talker, talkAt = e, i
			break
		}
	}
	if talker != nil && (best == nil || !t.toldSince(best, t.said[talkAt].pos, pos)) {
		return talker
	}
	if best == nil {
		return nil
	}
	if t.recent(best, pos, para, vocativeReach) {
		return best
	}
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0 && para-t.timeline[i].para <= vocativeReach; i-- {
		if e := t.timeline[i].ent; fits[e] {
			return e
		}
	}
	return best
}

// toldSince reports whether the timeline names e between from and to.
func (t *entityTable) toldSince(e *entity, from, to int) bool {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos > from })
	for ; k < len(t.timeline) && t.timeline[k].pos < to; k++ {
		if t.timeline[k].ent == e {
			return true
		}
	}
	return false
}

// vocativeReach is how many paragraphs back knownNear looks for the
// person a name addresses.
const vocativeReach = 40

// talkTurns and talkParas bound the last turns of a talk, in quotations
// and in paragraphs, whose speakers knownNear takes to be in the room.
const (
	talkTurns = 12
	talkParas = 16
)

// deferral is why a name that matches an entity may yet name another of
// its family: linkName and known take such an entity only when they find
// no better one.
type deferral uint8

const (
	deferNone deferral = iota
	// deferWife: a bare surname names the man of the family more often
	// than Mrs. or Miss.
	deferWife
	// deferFuller: "Mr. Wexcombe" is the Mr. Wexcombe the story knows by
	// that name, before a later Mr. John Wexcombe.
	deferFuller
	// deferBare: "Mrs. Tolley" is the Mrs. Tolley the story knows before a
	// bare "Tolley", which names her husband (or "the Tolleys' house"), and
	// before her sister Miss Ada Tolley named once lately: taken by the
	// newer name, she would be split from herself.
	deferBare
)

// deferred holds the first candidate met of each deferral.
type deferred [deferBare + 1]*entity

func (h *deferred) keep(k deferral, e *entity) {
	if h[k] == nil {
		h[k] = e
	}
}

// deferral tells whether name toks, with its title, matches e only as
// another of e's family may. The cases exclude one another.
func (t *entityTable) deferral(toks []string, title string, hasHonor bool, e *entity) deferral {
	switch {
	case len(toks) == 1 && !hasHonor && (wifeOrDaughter(e.honorific) || t.fiction && herSurname(toks, e)):
		return deferWife
	case t.fiction && courtesy(title) && len(toks) < len(e.tokens):
		return deferFuller
	case t.fiction && wifeOrDaughter(title) && e.honorific == "" && len(e.tokens) == 1:
		return deferBare
	}
	return deferNone
}

// cleanName is a name as a canonical form: one line, no possessive.
func cleanName(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if s == "" {
		return s
	}
	// The last byte tells most names from every suffix below: the loops
	// are for the few that end as one does.
	switch s[len(s)-1] {
	case 'e', '.', 'q', 'E':
		// The courtesy after a name is no part of it (see nameParts).
		for _, suf := range []string{" Esquire", " Esq.", " Esq", " ESQUIRE"} {
			if strings.HasSuffix(s, suf) {
				s = strings.TrimSuffix(s[:len(s)-len(suf)], ",")
				break
			}
		}
		if s == "" {
			return s
		}
	}
	switch s[len(s)-1] {
	case 's', '\'', 0x99: // 0x99 ends ’
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
				return s[:len(s)-len(suf)]
			}
		}
	}
	return s
}

// singleSpaced reports whether strings.Join(strings.Fields(s), " ") is s
// itself: words parted by single spaces, as nearly every name is. It
// spares cleanName the split and the join.
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); {
		c := s[i]
		if ' ' < c && c < utf8.RuneSelf {
			i++ // no space, as most bytes of a name
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size
			continue
		}
		if c == ' ' && s[i+1] == ' ' || c != ' ' && asciiSpace(c) {
			return false
		}
		i++
	}
	return true
}

// asciiSpace reports whether c is one of the ASCII bytes unicode.IsSpace
// accepts.
func asciiSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// ordinalWords are the day numbers of a date written out, "the fourth of
// May".
var ordinalWords = setOf(`first second third fourth fifth sixth seventh
	eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
	sixteenth seventeenth eighteenth nineteenth twentieth thirtieth`)

// dated reports whether name, one word, is the month of a date, "the
// fourth of May", "the 3rd of June", "May 4", "4 May": a month that is a given name
// too names no one there.
func (d *doc) dated(name [2]int) bool {
	if name[1]-name[0] != 1 || !d.mayBeIn(&calendarPairs, name[0]) {
		return false
	}
	w := &d.w
	i := name[0]
	if !calendarWords[w.lower(i)] {
		return false
	}
	digits := func(j int) bool { return w.isWord(j) && strings.Trim(w.word(j), "0123456789") == "" }
	if digits(i+1) || digits(i-1) {
		return true
	}
	if !w.isWord(i-1) || w.lower(i-1) != "of" || !w.isWord(i-2) {
		return false
	}
	day := strings.TrimRight(w.lower(i-2), "stndrh")
	return ordinalWords[w.lower(i-2)] || day != "" && strings.Trim(day, "0123456789") == ""
}

// calendarPairs is letterPairs of calendarWords.
var calendarPairs = letterPairs(calendarWords)

// letterPairs has, for the first two letters of each word of set, all of
// a-z, a bit for each length such a word has (lengths from 15 on share
// one).
func letterPairs(set map[string]bool) (s [26][26]uint16) {
	for w := range set {
		if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
			panic("letterPairs: " + w) // mayBeIn would turn it down
		}
		s[w[0]-'a'][w[1]-'a'] |= 1 << min(len(w), 15)
	}
	return s
}

// mayBeIn reports whether w.lower(i) may be a word of the set pairs is
// made from, by its first two letters and its length: false only when
// it surely is not.
func (d *doc) mayBeIn(pairs *[26][26]uint16, i int) bool {
	t := &d.toks[i]
	if len(d.w.odd) > 0 || t.End-t.Start < 2 {
		return len(d.w.odd) > 0 // lower(i) may differ from low; else one letter is no such word
	}
	low := d.w.low
	c, c2 := low[t.Start], low[t.Start+1]
	if c < 'a' || c > 'z' || c2 < 'a' || c2 > 'z' {
		return false
	}
	n := t.End - t.Start
	if low[t.End-1] == '.' {
		n--
	}
	return pairs[c-'a'][c2-'a']&(1<<min(n, 15)) != 0
}

// styleWords are the nouns of the styles of address, "your Ladyship".
var styleWords = setOf(`ladyship lordship ladyships lordships honour honor worship majesty highness excellency reverence`)

// calendarWords are the names of the months and the days of the week.
var calendarWords = setOf(`january february march april may june july august
	september october november december monday tuesday wednesday thursday
	friday saturday sunday`)

// placePreposition words come before places more than people: "in London".
var placePreposition = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "of": true, "into": true,
	"toward": true, "towards": true, "across": true, "through": true, "on": true, "for": true,
}

// possNounGender is the gender nounGender gives l, or in fiction the noun
// l is the possessive of: "A man's voice came from the door" brings in a
// man. News mentions people by name; "his father's business" there is no
// one a he refers to.
func (t *entityTable) possNounGender(l string) gender {
	if g := nounGender[l]; g != genderUnknown || !t.fiction || !possessive(l) {
		return g
	}
	return nounGender[cleanName(l)]
}

// gendered registers a nominal whose noun tells a gender, "the girl", "an
// old man", as someone a later "she" or "he" can refer to. It reports
// whether token i was such a noun.
func (d *doc) gendered(i int, t *entityTable) bool {
	w := &d.w
	if !w.isWord(i) || w.isCap(i) {
		return false
	}
	g := t.possNounGender(w.lower(i))
	poss := nounGender[w.lower(i)] == genderUnknown
	if g == genderUnknown {
		return false
	}
	// "the kind of man", "the sort of woman": the article is the kind's,
	// and the noun names no one.
	first := d.determinerBefore(i, func(k int) bool { return w.lower(k) == "of" })
	if first < 0 {
		return true
	}
	m := d.makeMention(mentionNominal, [2]int{first, i + 1}, [2]int{first, i + 1}, g)
	if poss {
		m.Name = cleanName(m.Name)
	}
	// One opening its clause is whom the narration is about, which a he
	// or she after it more likely goes on with than a nearer object.
	subj := d.opensClause(first)
	e := t.linkNominal(m)
	if o := d.walkOnAgain(first, i, t); o != nil {
		e = o
	} else if t.fiction && w.lower(first) == "the" {
		// "The girl smiled.": a novel whose attributions keep calling
		// one character the girl means her by it in the narration too,
		// while she is about, and a she after it goes on with her.
		if u := t.usualReferent(descKey(m.Name)); u != nil && t.recent(u, m.Start, int(d.paraOf[i]), habitualReach) {
			e = u
		}
	}
	if t.fiction && e.nominal && d.walkOnOpening(first, i) {
		// "Presently a boy came in.": the subject past an opening
		// adverb.
		e.walkOn, subj = true, true
	}
	t.addRef(m.Start, int(d.paraOf[i]), e, subj)
	return true
}

// determinerBefore returns the determiner that opens the noun phrase of
// token i within the three words before it, or -1 when there is none or
// stop says a word on the way ends the search.
func (d *doc) determinerBefore(i int, stop func(k int) bool) int {
	w := &d.w
	for k := i - 1; k >= 0 && i-k <= 3 && w.isWord(k); k-- {
		if w.in(k, classDeterminer) {
			return k
		}
		if stop(k) {
			break
		}
	}
	return -1
}

// opensClause reports whether the nominal from token first opens its
// clause, with no word right before it: whom the narration is about.
func (d *doc) opensClause(first int) bool {
	return d.clauseStart(first, d.sents[d.sentOf[first]].First) && !d.w.isWord(first-1)
}

// walkOnNoun registers, in fiction, a person noun that tells no gender
// brought in with "a" as the subject opening its sentence, "A tall soldier came
// back from the brook.", as a walk-on the he or she after it may refer to;
// the pronoun settles the gender. It reports whether token i was such a
// noun.
func (d *doc) walkOnNoun(i int, t *entityTable) bool {
	w := &d.w
	if !t.fiction || !w.isWord(i) || w.isCap(i) {
		return false
	}
	l := w.lower(i)
	if nounGender[l] != genderUnknown || !personNouns[l] && !roleNouns[l] || utterers[l] || d.inQuote(d.toks[i].Start) {
		return false
	}
	first := d.determinerBefore(i, w.isCap)
	if first < 0 {
		return false
	}
	if o := d.walkOnAgain(first, i, t); o != nil && d.opensClause(first) {
		t.addRef(d.toks[first].Start, int(d.paraOf[i]), o, true)
		return true
	}
	// "The porter took the bags.": a trade with "the" no named
	// character bears (titleSubject took those) is a walk-on too.
	trade := roleNouns[l] && w.lower(first) == "the" && d.subjectOpening(first, i)
	if !trade && !d.walkOnOpening(first, i) {
		return false
	}
	m := d.makeMention(mentionNominal, [2]int{first, i + 1}, [2]int{first, i + 1}, genderUnknown)
	e := t.linkNominal(m)
	e.walkOn = true
	t.addRef(m.Start, int(d.paraOf[i]), e, true)
	return true
}

// walkOnAgain returns the walk-on a description from token first to its
// noun i with "the", "this" or "that" refers back to: the one of that noun
// the narration brought in lately. "A tall soldier came in. … The soldier
// sat down." is that soldier. Other words before the noun, "the young
// man" after "a man", may tell of someone else, unless the narration went
// on about the walk-on with a he or she: "this little boy" after "a small
// boy" it followed.
func (d *doc) walkOnAgain(first, i int, t *entityTable) *entity {
	w := &d.w
	if l := w.lower(first); !t.fiction || l != "the" && l != "this" && l != "that" {
		return nil
	}
	head := w.lower(i)
	var mods []string
	for k := first + 1; k < i; k++ {
		mods = append(mods, w.lower(k))
	}
	pos, para := d.toks[first].Start, int(d.paraOf[i])
	k := sort.Search(len(t.timeline), func(j int) bool { return t.timeline[j].pos >= pos })
	for j := k - 1; j >= 0 && para-t.timeline[j].para <= walkOnAgainReach; j-- {
		if e := t.timeline[j].ent; e.walkOn && len(e.tokens) > 0 && e.tokens[len(e.tokens)-1] == head && (e.chained > 0 || modifiersWithin(strings.Join(mods, " "), strings.Join(e.tokens, " "))) {
			return e
		}
	}
	return nil
}

// walkOnAgainReach is how many paragraphs back a walk-on may have been
// mentioned for a description with "the" to refer back to them.
const walkOnAgainReach = 3

// walkOnOpening reports whether the description from token first to its
// noun i opens its sentence with "a" and a finite verb follows it: "A
// stout man sat down." brings someone in as whom the sentence is about;
// "a crime, a clerk holding one key" only names one.
func (d *doc) walkOnOpening(first, i int) bool {
	if l := d.w.lower(first); l != "a" && l != "an" {
		return false
	}
	return d.subjectOpening(first, i)
}

// subjectOpening reports whether the description from token first to its
// noun i is the subject opening its sentence, a finite verb after it.
func (d *doc) subjectOpening(first, i int) bool {
	w := &d.w
	// Past an opening phrase or adverb: "In the doorway a porter
	// stood.", "Presently a clerk came in.", "Once a tall soldier went
	// to the brook."
	s := d.sents[d.sentOf[first]]
	open := d.afterOpeningPhrase(s)
	if w.isWord(open) && openingAdverb(w.lower(open)) {
		if open++; w.isPunct(open, ",") {
			open++
		}
	}
	if first != s.First && first != open && !(first == s.First+1 && w.isWord(s.First) && strings.HasPrefix(d.tagOf(s.First), "RB")) {
		return false
	}
	tag := d.tagOf(i + 1)
	return w.isWord(i+1) && (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD")
}

// verbAfter reports whether token j is a verb, an adverb, or "who": what
// follows a name that is a subject.
func (d *doc) verbAfter(j int) bool {
	if !d.w.isWord(j) {
		return false
	}
	if d.w.lower(j) == "who" {
		return true
	}
	tag := d.tagOf(j)
	return strings.HasPrefix(tag, "VB") || tag == "MD" || strings.HasPrefix(tag, "RB")
}

// callsNarrator reports whether name mention m is one the other characters
// call the first-person narrator by.
func (t *entityTable) callsNarrator(m mention) bool {
	if len(t.narratorCalls) == 0 {
		return false
	}
	toks, _, _, _ := t.parts(m.Name)
	return t.narratorCalls[strings.Join(toks, " ")]
}

// manNamed reports whether the table knows a man, not titled Mrs., by
// the full name toks.
func (t *entityTable) manNamed(toks []string) bool {
	for _, i := range t.candidates(toks) {
		if e := t.ents[i]; !e.nominal && !e.org && e.honorific != "mrs" && e.gender == genderMale && slices.Equal(e.tokens, toks) {
			return true
		}
	}
	return false
}
