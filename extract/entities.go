package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// entity is one speaker or named thing of a document, with the mentions
// that were linked to it.
type entity struct {
	canonical string
	// tokens are the lower-cased words of its names, without honorifics.
	tokens []string
	// honorific is the first honorific it was named with ("mrs"), which
	// tells Mrs. Bennet from Miss Lydia Bennet.
	honorific string
	// mentions counts the times it was named; spoke is set once it was
	// the speaker of a quote.
	mentions int
	spoke    bool
	gender   gender
	org      bool
	nominal  bool
	// forms counts how often each form of its name was written; in
	// fiction the commonest names the character, as the story does.
	forms map[string]int
	// votes counts the he and she that follow its mentions in the
	// narration, [male, female], for a name that does not tell.
	votes [2]int
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
	m, f := e.votes[0], e.votes[1]
	switch {
	case m >= 2 && m >= 3*f:
		e.gender = genderMale
	case f >= 2 && f >= 3*m:
		e.gender = genderFemale
	}
}

// onlyTitled reports whether every form of e's name was written after
// "the", as a title: "The Hatter".
func (e *entity) onlyTitled() bool {
	for f := range e.forms {
		if !strings.HasPrefix(f, "The ") {
			return false
		}
	}
	return len(e.forms) > 0
}

// commonestForm returns the name form written most often, the longer on a
// tie, or "" when e has none.
func (e *entity) commonestForm() string {
	best, n := "", 0
	for f, c := range e.forms {
		if c > n || c == n && (len(f) > len(best) || len(f) == len(best) && f < best) {
			best, n = f, c
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
	// split caches nameParts by name (see parts).
	split map[string]nameSplit
	// narrator is who "I" is in the narration.
	narrator *entity
	// byWord indexes t.ents by the words of their names, and nominals by
	// their phrase, so that linking a mention does not scan every entity.
	byWord   map[string][]int
	nominals map[string]*entity
	// fiction is set in fiction, where names of a family are told apart.
	fiction bool
	// reach is how many paragraphs back a he or she finds a person known
	// to be of that gender: dialogue in fiction runs long between names.
	reach int
	// epithets maps a description, "the doctor", to the named character
	// an exchange showed it to stand for.
	epithets map[string]*entity
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
		if ix := t.byWord[w]; len(ix) == 0 || ix[len(ix)-1] != i {
			t.byWord[w] = append(ix, i)
		}
	}
}

// candidates returns the indexes of the entities sharing a word with toks,
// most recent first.
func (t *entityTable) candidates(toks []string) []int {
	var out []int
	for _, w := range toks {
		out = append(out, t.byWord[w]...)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(out)))
	return slices.Compact(out)
}

// narratorEntity returns the entity "I" refers to outside quotations.
func (t *entityTable) narratorEntity() *entity {
	if t.narrator == nil {
		t.narrator = t.register(&entity{canonical: "I", tokens: []string{"i"}})
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
	if p, ok := t.split[name]; ok {
		return p.toks, p.honor, p.title, p.hasHonor
	}
	toks, honor, title, hasHonor = nameParts(name)
	toks = slices.Clip(toks) // an append by a caller copies
	if t.split == nil {
		t.split = map[string]nameSplit{}
	}
	t.split[name] = nameSplit{toks, honor, title, hasHonor}
	return toks, honor, title, hasHonor
}

// nameParts splits a name into lower-cased words, leaving out initials and
// a leading honorific, which it returns with its gender.
func nameParts(name string) (toks []string, honor gender, title string, hasHonor bool) {
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
		if len(l) <= 1 || stopCaps[l] {
			continue
		}
		toks = append(toks, l)
	}
	return toks, honor, title, hasHonor
}

// linkName returns the entity a name mention refers to, creating it when
// the name is new. A surname links to the fuller name it shortens
// ("Qian" -> "Qian Xiaoqian"); a fuller name upgrades the canonical form.
func (t *entityTable) linkName(m mention) *entity {
	toks, honor, title, hasHonor := t.parts(m.Name)
	if len(toks) == 0 && t.fiction && rankTitle(title) {
		// "said the King": a rank alone names a character in fiction.
		toks = []string{title}
	}
	if len(toks) == 0 {
		return nil
	}
	g := m.Gender
	if hasHonor && honor != genderUnknown {
		g = honor
	} else if g == genderUnknown && !m.Org {
		g = nameGender(toks)
	}
	var best, fallback *entity
	for _, i := range t.candidates(toks) {
		e := t.ents[i]
		if e.nominal || e.org != m.Org && len(toks) > 1 {
			continue
		}
		if g != genderUnknown && e.gender != genderUnknown && g != e.gender {
			continue
		}
		if title != "" && e.honorific != "" && title != e.honorific {
			continue
		}
		if t.fiction && len(e.tokens) != len(toks) && !familyMatch(toks, title, e) {
			continue
		}
		if nameMatch(toks, e.tokens) {
			// A bare surname names the man of the family more often
			// than Mrs. or Miss: keep looking for one without them.
			if len(toks) == 1 && !hasHonor && (e.honorific == "mrs" || e.honorific == "miss") {
				if fallback == nil {
					fallback = e
				}
				continue
			}
			best = e
			break
		}
	}
	if best == nil {
		best = fallback
	}
	name := cleanName(m.Name)
	if t.fiction && title == "master" && len(toks) >= 2 {
		// "Master John Rolfe": before a given name and a surname, Master
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
		return t.register(&entity{canonical: name, tokens: toks, gender: g, org: m.Org, honorific: title, forms: map[string]int{form: 1}})
	}
	if best.forms == nil {
		best.forms = map[string]int{}
	}
	if !m.Trimmed {
		// A name that lost a sentence-initial word ("Big Medicine")
		// is no evidence of the form the story names it by.
		best.forms[form]++
	}
	if len(toks) > len(best.tokens) {
		best.canonical, best.tokens = name, toks
		t.index(best, slices.Index(t.ents, best))
	}
	if best.honorific == "" {
		best.honorific = title
	}
	if best.gender == genderUnknown {
		best.gender = g
	}
	return best
}

// rankTitle reports whether an honorific is a rank or a kinship that names
// a character on its own, "the King", "the Duchess", "Aunt", rather than a
// courtesy that needs a name after it, "Mr.", "Miss", "Sir".
func rankTitle(title string) bool {
	switch title {
	case "", "mr", "mrs", "ms", "miss", "mx", "messrs", "madam", "madame", "mme", "mlle", "monsieur", "sir", "master", "dame", "mistress":
		return false
	}
	return true
}

// familyMatch reports whether, in fiction, a name toks with honorific
// title can name e when one of them is a surname alone. Novels are full of
// families: "Mrs. Price" is not her daughter Fanny Price, and "Charles
// Wilcox" is not his father Mr. Wilcox. A surname with an honorific names
// only who was called so; a full name without one, only who had no
// honorific.
//
// The rule is for surnames: "Miss Elizabeth" is Elizabeth Bennet.
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
	e := &entity{canonical: m.Name, tokens: words, gender: m.Gender, org: m.Org, nominal: true}
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

// antecedent resolves a pronoun at pos to the most recent compatible entity
// mentioned before it, within a few paragraphs.
func (t *entityTable) antecedent(pos, para int, g gender) *entity {
	return t.antecedentSkip(pos, para, g, nil)
}

// antecedentSkip is antecedent, passing over the entity skip.
func (t *entityTable) antecedentSkip(pos, para int, g gender, skip *entity) *entity {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	// In fiction a description, "his wife", "the old man", is a last
	// resort: a he or she mostly refers to a named character.
	var described, recent *entity
	if g == genderMale || g == genderFemale {
		// An entity known to be a he or a she beats a nearer one whose
		// gender is unknown (a surname, a place). In fiction a subject
		// of this paragraph or the one before beats a nearer object.
		for i := k - 1; i >= 0 && k-i <= 40; i-- {
			r := t.timeline[i]
			if para-r.para > max(4, t.reach) || recent != nil && para-r.para > 1 {
				break
			}
			if r.ent == skip {
				continue
			}
			if e := r.ent; e.gender == g && !e.org && e != t.narrator {
				if t.fiction && e.nominal {
					if described == nil {
						described = e
					}
					continue
				}
				if !t.fiction || r.subj {
					return e
				}
				if recent == nil {
					recent = e
				}
			}
		}
		if recent != nil {
			return recent
		}
	}
	for i := k - 1; i >= 0 && k-i <= 40; i-- {
		r := t.timeline[i]
		if para-r.para > 4 {
			break
		}
		e := r.ent
		if e == t.narrator || e == skip {
			continue
		}
		switch g {
		case genderMale, genderFemale:
			if e.org || e.gender == genderPlural || e.gender == genderNeuter {
				continue
			}
			if e.gender != genderUnknown && e.gender != g {
				continue
			}
			// A lone capitalised word seen once or twice may be a place
			// or a thing; a person has spoken, or is named more fully.
			if e.gender == genderUnknown && !e.spoke && len(e.tokens) < 2 && e.mentions < 3 {
				continue
			}
			// "the Red Indians", "the Happy Family": a title the text
			// never gives without its article is a he or she only once
			// known to be one.
			if e.gender == genderUnknown && e.onlyTitled() {
				continue
			}
			if e.gender == genderUnknown {
				e.gender = g
			}
			return e
		case genderPlural:
			if e.org || e.gender == genderPlural {
				return e
			}
		case genderNeuter:
			if e.org {
				return e
			}
		}
	}
	return described
}

// inParagraph returns the most recent entity of gender g mentioned in
// paragraph para before pos, known to be of that gender.
func (t *entityTable) inParagraph(pos, para int, g gender) *entity {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0 && t.timeline[i].para == para; i-- {
		if e := t.timeline[i].ent; e.gender == g && !e.org && e != t.narrator && !e.nominal {
			return e
		}
	}
	return nil
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

// names registers the proper names of the narration (outside quotations)
// in text order, so that "Hormats" can find "Robert D. Hormats" introduced
// in a sentence that quotes nobody.
func (d *doc) names(t *entityTable, upTo int, next *int) {
	w := d.w
	for i := *next; i < len(d.toks) && d.toks[i].Start < upTo; i++ {
		*next = i + 1
		// A gendered noun in lower case is never part of a name:
		// "The man" opening a sentence is a man.
		noun := w.isWord(i) && !w.isCap(i) && nounGender[w.lower(i)] != genderUnknown
		if !w.nameLike(i) && !noun || !noun && w.nameLike(i-1) && d.sentOf[i-1] == d.sentOf[i] {
			continue
		}
		if d.inQuote(d.toks[i].Start) {
			continue
		}
		if d.gendered(i, t) {
			continue
		}
		s := d.sents[d.sentOf[i]]
		np, name, ok := w.nameAfter(i, s.Last)
		if !ok {
			continue
		}
		*next = np[1]
		first := name[0]
		np, name = d.trimName(np, name)
		np, name = d.trimKnown(np, name, t)
		m := d.makeMention(mentionName, np, name, genderUnknown)
		m.Trimmed = name[0] != first
		_, _, _, hasHonor := t.parts(m.Name)
		if name[1]-name[0] < 2 && !hasHonor {
			// A lone capitalised word names someone only inside a
			// sentence, or when it is a name already known.
			if d.sentenceStart(name[0]) || w.isPunct(name[0]-1, "\"“‘'") || placePreposition[w.lower(name[0]-1)] && w.isWord(name[0]-1) {
				if e := t.known(m); e != nil {
					t.add(m.Start, int(d.paraOf[i]), e)
				}
				continue
			}
		}
		e := t.linkName(m)
		t.addRef(m.Start, int(d.paraOf[i]), e, d.clauseStart(np[0], d.sents[d.sentOf[np[0]]].First))
		d.voteGender(e, np[1])
	}
}

// trimKnown drops the first word of a name opening a sentence when the rest
// is a name the table knows and the word is no given name: "Therefore
// Marilla", "Poor Harriet", "Whereas Philip" are Marilla, Harriet and
// Philip, though the text never writes "therefore" in lower case.
func (d *doc) trimKnown(np, name [2]int, t *entityTable) ([2]int, [2]int) {
	w := d.w
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

// voteGender looks after a name in the narration, ending before token i,
// for the he or she that refers back to it: the first subject or reflexive
// pronoun of the sentence or the next, before any other name or quotation.
// "Holmes rose. He took his hat" tells that Holmes is a he. In fiction
// only: news names people in full and quotes many of them.
func (d *doc) voteGender(e *entity, i int) {
	if e == nil || e.org || e.nominal || d.register != RegisterFiction {
		return
	}
	w := d.w
	if i >= len(d.toks) {
		return
	}
	sents := 0
	for k := i; k < len(d.toks) && k-i < 30; k++ {
		if d.sentenceStart(k) {
			if sents++; sents > 1 {
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
		switch w.lower(k) {
		case "he", "himself":
			e.vote(genderMale)
			return
		case "she", "herself":
			e.vote(genderFemale)
			return
		}
	}
}

// resolve links every quote's mention to an entity and gives quotes without
// a mention the speaker the discourse implies. It reads the text once, in
// order, a paragraph of quotes at a time: mentions first, so that a quote
// can inherit from one later in its paragraph, then the quotes without.
func (d *doc) resolve(fs []found) {
	c := conversation{t: &entityTable{}, fiction: d.register == RegisterFiction, lastTurn: -2}
	if c.fiction {
		c.t.reach, c.t.fiction = fictionReach, true
	}
	next := 0
	for i := 0; i < len(fs); {
		j := i
		for j < len(fs) && fs[j].para == fs[i].para {
			j++
		}
		group := fs[i:j]
		for k := range group {
			f := &group[k]
			if f.Mention == nil {
				continue
			}
			m := *f.Mention
			d.names(c.t, m.Start, &next)
			f.speaker = d.link(m, f, &c)
			c.t.addRef(m.Start, f.para, f.speaker, true)
			if c.fiction {
				f.hearer = d.hearer(f, c.t)
			}
			if f.speaker != nil {
				f.speaker.spoke = true
			}
		}
		for k := range group {
			f := &group[k]
			if f.Mention == nil && f.mark >= 0 {
				d.names(c.t, f.Start, &next)
				d.inheritOne(fs, i+k, f, group, &c)
			}
		}
		for k := range group {
			c.note(&group[k])
		}
		i = j
	}
	if c.fiction {
		for _, e := range c.t.ents {
			if e == c.t.narrator || e.nominal {
				continue
			}
			if f := e.commonestForm(); f != "" {
				e.canonical = f
			}
		}
	}
	if c.fiction {
		d.alternate(fs, c.t)
	}
	d.nameNarrator(fs, c.t)
}

// fictionReach is entityTable.reach in fiction.
var fictionReach = 25

// turn is a paragraph of dialogue: its quotes and who speaks them.
type turn struct {
	para    int
	quotes  []*found
	speaker *entity
	// narrative is set when only the narration before the turn names
	// its speaker, which a vocative in the next turn overrules.
	narrative bool
	// weight is how far the rule that named the speaker is trusted.
	weight float64
}

// anchorWeight is how far the speaker a quote's rule gives is trusted when
// the turns of a dialogue are read as an alternation: a name beats a
// pronoun, which beats the narration or a vocative.
func anchorWeight(f *found) float64 {
	switch f.Rule {
	case ruleCueAfter, ruleCueBefore, ruleSamePara:
		if f.Mention != nil && f.Mention.Kind == mentionName {
			return 3
		}
		return 1.5
	case ruleContinues:
		return 0
	}
	return 1
}

// alternate gives the turns of a dialogue that name no speaker the speaker
// of the turn two before or two after, when the turns between alternate
// between two people: A, B, ?, B, A reads A, B, A, B, A. A run of turns is
// broken by any paragraph without a quotation. Turns whose speaker the text
// names (a cue, a narration, a vocative) anchor the alternation.
func (d *doc) alternate(fs []found, et *entityTable) {
	var turns []turn
	for i := range fs {
		f := &fs[i]
		if f.mark < 0 {
			continue
		}
		if n := len(turns); n == 0 || turns[n-1].para != f.para {
			turns = append(turns, turn{para: f.para})
		}
		t := &turns[len(turns)-1]
		t.quotes = append(t.quotes, f)
		if t.speaker == nil && f.speaker != nil && anchors(f.Rule) {
			t.speaker, t.narrative = f.speaker, f.Rule == ruleNarrative
			t.weight = anchorWeight(f)
		}
	}
	next := func(i, j int) bool { return turns[j].para-turns[i].para == j-i }
	known := func(i int) *entity {
		if i < 0 || i >= len(turns) {
			return nil
		}
		return turns[i].speaker
	}
	// voc is whom each turn addresses by name: never its own speaker.
	voc := make([]*entity, len(turns))
	for i, t := range turns {
		if e := d.addressee(d.marks[t.quotes[0].mark], et); e != et.narrator {
			voc[i] = e
		}
	}
	filled := make([]bool, len(turns))
	rule := make([]string, len(turns))
	for i := range turns {
		if turns[i].narrative && voc[i] == turns[i].speaker {
			turns[i].speaker, turns[i].narrative, filled[i], rule[i] = nil, false, true, ruleUnattributed
		}
	}
	// A turn that opens by addressing someone answers them: "Father, I
	// always knew it." follows a turn of the father's.
	for i := 0; i+1 < len(turns); i++ {
		if turns[i].speaker != nil && !turns[i].narrative || !next(i, i+1) {
			continue
		}
		if e := voc[i+1]; e != nil && e != turns[i+1].speaker && e != voc[i] {
			turns[i].speaker, filled[i], rule[i] = e, true, ruleAddressee
		}
	}
	// A run of turns whose named speakers alternate between two people
	// is read as their dialogue throughout.
	for a := 0; a < len(turns); {
		b := a + 1
		for b < len(turns) && next(b-1, b) {
			b++
		}
		d.parity(turns[a:b], voc[a:b], filled[a:b], rule[a:b])
		a = b
	}
	// The first round trusts only two named turns in a row; later rounds,
	// until none fills a turn, also build on turns the earlier ones filled.
	for round, changed := 0, true; changed; round++ {
		changed = round == 0
		for i := range turns {
			if turns[i].speaker != nil {
				continue
			}
			var e *entity
			switch a, b, c, d := known(i-2), known(i-1), known(i+1), known(i+2); {
			case a != nil && b != nil && a != b && a != voc[i] && next(i-2, i):
				e = a
			case c != nil && d != nil && c != d && d != voc[i] && next(i, i+2):
				e = d
			case round > 0 && a != nil && b == nil && a != voc[i] && next(i-2, i):
				e = a
			case round > 0 && d != nil && c == nil && d != voc[i] && next(i, i+2):
				e = d
			}
			if e != nil {
				turns[i].speaker, filled[i], rule[i] = e, true, ruleTurnTaking
				changed = true
			}
		}
	}
	for i, t := range turns {
		if !filled[i] {
			continue
		}
		for _, f := range t.quotes {
			f.speaker, f.Mention, f.Rule = t.speaker, nil, rule[i]
		}
	}
}

// parity fills the turns of one run of consecutive turns from the two
// people whose named turns alternate, when the named turns agree on them:
// the most weighty speaker keeps the parity of most of their turns, the
// other party takes the other.
func (d *doc) parity(turns []turn, voc []*entity, filled []bool, rule []string) {
	if len(turns) < 3 {
		return
	}
	votes := map[*entity]*[2]float64{}
	total, named := 0.0, 0
	for i, t := range turns {
		if t.speaker == nil || filled[i] || t.weight == 0 {
			continue
		}
		v := votes[t.speaker]
		if v == nil {
			v = &[2]float64{}
			votes[t.speaker] = v
		}
		v[i%2] += t.weight
		total += t.weight
		named++
	}
	if named < 2 {
		return
	}
	var a *entity
	pa := 0
	for e, v := range votes {
		for p := 0; p < 2; p++ {
			if a == nil || v[p] > votes[a][pa] || v[p] == votes[a][pa] && e.canonical < a.canonical {
				a, pa = e, p
			}
		}
	}
	var b *entity
	for e, v := range votes {
		if e != a && v[1-pa] > 0 && (b == nil || v[1-pa] > votes[b][1-pa] || v[1-pa] == votes[b][1-pa] && e.canonical < b.canonical) {
			b = e
		}
	}
	if b == nil {
		return
	}
	if agree := votes[a][pa] + votes[b][1-pa]; agree < parityAgree*total {
		return
	}
	for i := range turns {
		e := a
		if i%2 != pa {
			e = b
		}
		// A weak anchor gives way, unless the turn before addressed
		// its speaker by name.
		if t := turns[i]; t.speaker != nil && (t.speaker == e || t.weight > parityOverrule || filled[i] || i > 0 && voc[i-1] == t.speaker) {
			continue
		}
		if e == voc[i] {
			continue
		}
		turns[i].speaker, filled[i], rule[i] = e, true, ruleTurnTaking
	}
}

// parityOverrule is the weight of the rules whose speaker an alternation
// overrules.
var parityOverrule = 1.0

// parityAgree is the share of the weight of a run's named turns that must
// agree with its alternation.
var parityAgree = 0.75

// anchors reports whether a quote's rule names its speaker from the text
// itself rather than from the turns around it.
func anchors(rule string) bool {
	switch rule {
	case ruleCueAfter, ruleCueBefore, ruleSamePara, ruleNarrative, ruleAddressee, ruleContinues:
		return true
	}
	return false
}

// nameNarrator gives a first-person narrator the name the other characters
// call them by: the name addressed, most often, in a turn next to one of
// the narrator's own.
func (d *doc) nameNarrator(fs []found, t *entityTable) {
	n := t.narrator
	if n == nil {
		return
	}
	// Votes go to names: a narrator seldom names themself in the
	// narration, so the name may be known only from the vocative. A name
	// the narration gives often is more likely someone else's, "Potapitch,
	// go!" said to a servant next to the narrator's turn: its vote counts
	// half. Forms of one name vote together: "O Alexis Ivanovitch" and
	// "Alexis Ivanovitch".
	votes := map[string]float64{}
	count := map[string]int{}
	form := map[string]string{}
	honored := map[string]bool{}
	for i, f := range fs {
		if f.mark < 0 || f.speaker == nil || f.speaker == n || !narratorNear(fs, i, n) {
			continue
		}
		e, m, ok := d.vocative(d.marks[f.mark], t)
		if !ok || e != nil && (e == n || e.nominal || e == f.speaker) {
			continue
		}
		toks, _, _, hasHonor := t.parts(m.Name)
		key := strings.Join(toks, " ")
		if key == "" {
			continue
		}
		if hasHonor {
			honored[key] = true
		}
		if _, ok := form[key]; !ok {
			form[key] = cleanName(m.Name)
		}
		v := 1.0
		if e != nil && e.mentions >= 3 {
			v = 0.5
		}
		votes[key] += v
		count[key]++
	}
	best := ""
	for key, v := range votes {
		if count[key] >= 2 && (best == "" || v > votes[best] || v == votes[best] && key < best) {
			best = key
		}
	}
	if best == "" {
		return
	}
	n.canonical = form[best]
	// "Come in, Jake" and "Thank you, Mr. Barnes": the one narrator is
	// called by a given name and by a surname with an honorific, and is
	// named in full by both, given name first.
	if strings.Contains(best, " ") {
		return
	}
	other := ""
	for key := range votes {
		if key == best || strings.Contains(key, " ") || honored[key] == honored[best] || count[key] < 2 {
			continue
		}
		if other == "" || votes[key] > votes[other] || votes[key] == votes[other] && key < other {
			other = key
		}
	}
	if other == "" {
		return
	}
	given, sur := best, other
	if honored[best] {
		given, sur = other, best
	}
	if f := strings.Fields(form[sur]); len(f) > 1 {
		n.canonical = form[given] + " " + f[len(f)-1]
	}
}

// narratorNear reports whether a turn of narrator n stands in the
// paragraph of quote i or the one before or after it, looking past the
// other quotes of i's own paragraph: "“Ralph,” he said, “have you …”" /
// "“I have,” I replied."
func narratorNear(fs []found, i int, n *entity) bool {
	p := fs[i].para
	for k := i - 1; k >= 0 && fs[k].para >= p-1; k-- {
		if fs[k].speaker == n && fs[k].mark >= 0 {
			return true
		}
	}
	for k := i + 1; k < len(fs) && fs[k].para <= p+1; k++ {
		if fs[k].speaker == n && fs[k].mark >= 0 {
			return true
		}
	}
	return false
}

// conversation is what the reader knows at a point of the text: the
// entities so far and, in fiction, who is talking to whom.
type conversation struct {
	t       *entityTable
	fiction bool
	// cur spoke last; other spoke before cur.
	cur, other *entity
	lastTurn   int // paragraph of the last quote
	lastQuote  *found
	// prevQuote is the last quote of the paragraph before lastQuote's.
	prevQuote *found
}

func (c *conversation) note(f *found) {
	if c.lastQuote == nil || c.lastQuote.para != f.para {
		c.prevQuote = c.lastQuote
	}
	c.lastTurn, c.lastQuote = f.para, f
	if f.speaker != nil && f.speaker != c.cur {
		c.other, c.cur = c.cur, f.speaker
	}
}

// replying reports whether the quote in paragraph para answers the turn
// just before it.
func (c *conversation) replying(para int) bool {
	return c.fiction && c.lastTurn == para-1 && c.lastQuote != nil
}

// link resolves a quote's own mention to an entity.
func (d *doc) link(m mention, f *found, c *conversation) *entity {
	switch m.Kind {
	case mentionName:
		return c.t.linkName(m)
	case mentionNominal:
		if pm, ok := d.voiceOf(m); ok && c.fiction {
			return d.link(pm, f, c)
		}
		// A description the exchange showed to stand for a named
		// character goes on naming them while they are about.
		key := strings.Join(strings.Fields(strings.ToLower(m.Name)), " ")
		if e := c.t.epithets[key]; e != nil && c.t.recent(e, m.Start, f.para, 12) {
			return e
		}
		if e := d.nominalReferent(m, f.para, c); e != nil {
			return e
		}
		if e := d.partyReferent(m, f, c); e != nil {
			if c.t.epithets == nil {
				c.t.epithets = map[string]*entity{}
			}
			c.t.epithets[key] = e
			return e
		}
		return c.t.linkNominal(m)
	}
	if strings.EqualFold(m.Name, "I") {
		return c.t.narratorEntity()
	}
	e := d.pronounReferent(m, f, c)
	if e != nil && c.fiction && f.mark >= 0 && (m.Gender == genderMale || m.Gender == genderFemale) && d.addressee(d.marks[f.mark], c.t) == e {
		// "“Have a troche, Kronborg,” he said": no one addresses
		// themself; the he is someone else.
		return c.t.antecedentSkip(m.Start, f.para, m.Gender, e)
	}
	return e
}

// pronounReferent resolves the he, she or they of quote f's attribution.
func (d *doc) pronounReferent(m mention, f *found, c *conversation) *entity {
	if (m.Gender == genderMale || m.Gender == genderFemale) && f.mark >= 0 && c.fiction {
		// A description of a person the narration just before the
		// quotation is about: "The surgeon leaned over the body.
		// 'The old story,' he said."
		if e := d.describedSubject(f, m.Gender, c); e != nil {
			return e
		}
		// Someone of that gender named earlier in the paragraph: "Holmes
		// rose. \"Come,\" he said."
		if e := c.t.inParagraph(m.Start, f.para, m.Gender); e != nil {
			return e
		}
	}
	if (m.Gender == genderMale || m.Gender == genderFemale) && f.mark >= 0 && c.replying(f.para) {
		// "…, Lilia." / "…," she exclaimed: the one addressed answers.
		if c.lastQuote.mark >= 0 {
			if e := d.addressee(d.marks[c.lastQuote.mark], c.t); e != nil && e != c.lastQuote.speaker && e.gender == m.Gender {
				return e
			}
		}
		// "…," he said, in answer to the turn before: the other party,
		// when the pronoun fits.
		if o := c.other; o != nil && c.lastQuote.speaker == c.cur && compatible(o, m.Gender) && !compatible(c.cur, m.Gender) {
			return o
		}
		if o := c.other; o != nil && c.lastQuote.speaker == c.cur && compatible(o, m.Gender) && o.gender == m.Gender {
			return o
		}
	}
	return c.t.antecedent(m.Start, f.para, m.Gender)
}

// describedSubject finds, in fiction, the person a he or she in the
// attribution of quote f refers to when the sentence of narration nearest
// before the quotation, in its paragraph, opens with a description of a
// person, "The surgeon leaned over the body.", whose noun does not tell
// the other gender. Lexical tests only: "the", at most one lower-case word,
// the noun, then a lower-case word.
func (d *doc) describedSubject(f *found, g gender, c *conversation) *entity {
	w := d.w
	p := d.paras[f.para]
	open := d.tokenAt(d.marks[f.mark].Open.Start)
	if open <= p.First {
		return nil
	}
	s := d.sents[d.sentOf[open-1]]
	if s.First < p.First || d.inQuote(d.toks[s.First].Start) {
		return nil
	}
	i := s.First
	if !w.isWord(i) || w.lower(i) != "the" {
		return nil
	}
	for h := i + 1; h <= i+2 && h+1 < open; h++ {
		if !w.isWord(h) || w.isCap(h) {
			return nil
		}
		head := w.lower(h)
		if !personNouns[head] && nounGender[head] == genderUnknown && !strings.HasSuffix(head, "keeper") && !strings.HasSuffix(head, "maker") {
			continue
		}
		if ng := nounGender[head]; ng != genderUnknown && ng != g {
			return nil
		}
		if !w.isWord(h+1) || w.isCap(h+1) {
			return nil
		}
		m := d.makeMention(mentionNominal, [2]int{i, h + 1}, [2]int{i, h + 1}, nounGender[head])
		if e := d.nominalReferent(m, f.para, c); e != nil {
			return e
		}
		return c.t.linkNominal(m)
	}
	return nil
}

// voiceOf finds whose voice a description names: "said a girl's voice" is
// a girl's, "interrupted his mother's voice" his mother's, "said her voice"
// the one she refers to.
func (d *doc) voiceOf(m mention) (mention, bool) {
	w := d.w
	j := m.Last - 1
	if j <= m.First || !w.isWord(j) || w.lower(j) != "voice" {
		return mention{}, false
	}
	if j == m.First+1 {
		switch w.lower(m.First) {
		case "his":
			return d.makeMention(mentionPronoun, [2]int{m.First, j}, [2]int{m.First, j}, genderMale), true
		case "her":
			return d.makeMention(mentionPronoun, [2]int{m.First, j}, [2]int{m.First, j}, genderFemale), true
		}
		return mention{}, false
	}
	// The possessive: "girl's", or "girl", "'", "s".
	k := j
	for k-1 > m.First && (w.isPunct(k-1, "'’") || w.isWord(k-1) && w.lower(k-1) == "s") {
		k--
	}
	if k == j {
		l := w.lower(j - 1)
		if !strings.HasSuffix(l, "'s") && !strings.HasSuffix(l, "’s") {
			return mention{}, false
		}
	}
	if k <= m.First {
		return mention{}, false
	}
	kind, g := mentionNominal, genderUnknown
	head := strings.TrimSuffix(strings.TrimSuffix(w.lower(k-1), "'s"), "’s")
	if w.nameLike(k - 1) {
		kind = mentionName
	} else {
		g = nounGender[head]
	}
	pm := d.makeMention(kind, [2]int{m.First, k}, [2]int{m.First, k}, g)
	pm.Name = cleanName(pm.Name)
	if strings.HasSuffix(pm.Name, "s") && !strings.HasSuffix(head, "s") {
		pm.Name = strings.TrimRight(strings.TrimSuffix(pm.Name, "s"), "'’")
	}
	return pm, true
}

// nominalReferent resolves, in fiction, a definite description that tells
// a gender, "the old lady", "the lad", to the named character it stands
// for: the most recent one of that gender, as a pronoun would be, unless
// the description is itself one of the two parties talking.
func (d *doc) nominalReferent(m mention, para int, c *conversation) *entity {
	if !c.fiction || m.Org {
		return nil
	}
	if e := d.kin(m, para, c); e != nil {
		return e
	}
	if !strings.EqualFold(d.w.word(m.First), "the") {
		return nil
	}
	// "the count" is the one known as Count Mippipopolous.
	if e := c.t.titled(strings.ToLower(d.w.word(m.Last-1)), m.Start); e != nil {
		return e
	}
	if m.Gender != genderMale && m.Gender != genderFemale {
		return nil
	}
	// A description already speaking in this exchange goes on naming
	// the same person: "a gentleman" who asked, then "the gentleman".
	head := strings.ToLower(d.w.word(m.Last - 1))
	for _, k := range []*entity{c.cur, c.other} {
		if k != nil && k.nominal && len(k.tokens) > 0 && k.tokens[len(k.tokens)-1] == head {
			return nil
		}
	}
	// "…, Bedwin," / "…," replied the old lady: the one addressed
	// answers, when the description fits her.
	if c.replying(para) && c.lastQuote.mark >= 0 {
		if e := d.addressee(d.marks[c.lastQuote.mark], c.t); e != nil && e != c.lastQuote.speaker && !e.nominal && e != c.t.narrator && compatible(e, m.Gender) {
			return e
		}
	}
	e := c.t.antecedent(m.Start, para, m.Gender)
	if e == nil || e.nominal {
		return nil
	}
	// "…," said Rose. / "…," replied the girl: not Rose, who was
	// answered, but the other party.
	if c.replying(para) && e == c.lastQuote.speaker {
		if o := c.other; o != nil && !o.nominal && o.gender == m.Gender {
			return o
		}
		return nil
	}
	return e
}

// partyReferent resolves, in fiction, a description of a person that
// answers the turn before, "…," replied the doctor, "…," said her father,
// to the other party of the exchange: a novel calls the people talking by
// what they are as often as by their names, and the one who answers is
// mostly the one who was spoken to. The turn before must name its speaker,
// or the parties are a guess. A description already speaking, or just
// brought in with "a", is a person of its own.
func (d *doc) partyReferent(m mention, f *found, c *conversation) *entity {
	if !c.fiction || m.Org || f.mark < 0 || !c.replying(f.para) || m.Last-m.First < 2 {
		return nil
	}
	w := d.w
	head := w.lower(m.Last - 1)
	g := nounGender[head]
	switch w.lower(m.First) {
	case "the":
	case "his", "her":
		// "his companion" could be anyone's; "his mother" is a woman.
		if g == genderUnknown {
			return nil
		}
	default:
		return nil
	}
	if g == genderUnknown && !personNouns[head] {
		return nil
	}
	for _, k := range []*entity{c.cur, c.other} {
		if k != nil && k.nominal && len(k.tokens) > 0 && k.tokens[len(k.tokens)-1] == head {
			return nil
		}
	}
	if d.introduced(m, head) {
		return nil
	}
	fits := func(e *entity) bool {
		return e != nil && !e.nominal && e != c.t.narrator && e != c.lastQuote.speaker && (g == genderUnknown || compatible(e, g))
	}
	// "…, Snake?" / "…," replied the leader: the one addressed answers.
	if c.lastQuote.mark >= 0 {
		if e := d.addressee(d.marks[c.lastQuote.mark], c.t); fits(e) {
			return e
		}
	}
	if c.lastQuote.Mention == nil {
		return nil
	}
	if cur := c.cur; cur == nil || cur.nominal || c.lastQuote.speaker != cur || !fits(c.other) {
		return nil
	}
	return c.other
}

// introduced reports whether the head noun of description m was brought
// in with "a" or "an" shortly before it: "a stout man came up. … said the
// man" is that new man.
func (d *doc) introduced(m mention, head string) bool {
	w := d.w
	para := d.paraOf[m.First]
	for k := m.First - 1; k >= 0 && para-d.paraOf[k] <= 3; k-- {
		if !w.isWord(k) || w.lower(k) != head {
			continue
		}
		for j := k - 1; j >= 0 && k-j <= 3 && w.isWord(j); j-- {
			if l := w.lower(j); l == "a" || l == "an" {
				return true
			}
		}
	}
	return false
}

// kin resolves, in fiction, a description by kinship to the character the
// family's surname names with the honorific it implies: "his wife", said of
// Mr. Bennet, is Mrs. Bennet; "her father", said of Elizabeth Bennet, is
// Mr. Bennet. The his or her is resolved as a pronoun would be.
func (d *doc) kin(m mention, para int, c *conversation) *entity {
	if m.Last-m.First != 2 {
		return nil
	}
	var g gender
	switch d.w.lower(m.First) {
	case "his":
		g = genderMale
	case "her":
		g = genderFemale
	default:
		return nil
	}
	var title string
	switch d.w.lower(m.First + 1) {
	case "wife", "mother":
		title = "mrs"
	case "husband", "father":
		title = "mr"
	default:
		return nil
	}
	owner := c.t.antecedent(d.toks[m.First].Start, para, g)
	if owner == nil || owner.nominal || owner.org {
		return nil
	}
	if len(owner.tokens) < 2 && owner.honorific == "" {
		t := c.t
		pos := d.toks[m.First].Start
		k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
		for i := k - 1; i >= 0 && para-t.timeline[i].para <= 4; i-- {
			if e := t.timeline[i].ent; e != owner && !e.nominal && e.honorific == title && len(e.tokens) == 1 {
				return e
			}
		}
		return nil
	}
	sur := owner.tokens[len(owner.tokens)-1]
	for _, i := range c.t.candidates([]string{sur}) {
		if e := c.t.ents[i]; e != owner && !e.nominal && e.honorific == title && len(e.tokens) == 1 && e.tokens[0] == sur {
			return e
		}
	}
	return nil
}

// titled returns the most recent entity before pos named with honorific
// title, "count" for Count Mippipopolous, when the title is a rank or a
// profession, not a kinship or a courtesy ("the lady"): "doctor" is "dr".
func (t *entityTable) titled(title string, pos int) *entity {
	switch title {
	case "doctor":
		title = "dr"
	case "count", "countess", "duke", "duchess", "colonel", "captain", "professor", "king", "queen", "prince", "princess":
	default:
		return nil
	}
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0; i-- {
		if e := t.timeline[i].ent; !e.nominal && e.honorific == title {
			return e
		}
	}
	return nil
}

// compatible reports whether a he or she can refer to e.
func compatible(e *entity, g gender) bool {
	if e == nil || e.org || e.gender == genderPlural || e.gender == genderNeuter {
		return false
	}
	return e.gender == genderUnknown || e.gender == g
}

// inheritOne gives one direct quote without a mention of its own the
// speaker the discourse implies.
func (d *doc) inheritOne(fs []found, i int, f *found, group []found, c *conversation) {
	// A later piece of a quotation running over paragraphs.
	if f.mark > 0 && d.marks[f.mark-1].Continues && i > 0 && fs[i-1].mark == f.mark-1 && fs[i-1].speaker != nil {
		f.inheritFrom(&fs[i-1], ruleContinues)
		return
	}
	// Another quotation of the same paragraph names the speaker: the
	// nearest before it, else the first after it.
	var same *found
	for k := range group {
		g := &group[k]
		if g == f || g.speaker == nil || g.Mention == nil {
			continue
		}
		if g.Start < f.Start || same == nil {
			same = g
		}
		if g.Start > f.Start {
			break
		}
	}
	if same != nil {
		f.inheritFrom(same, ruleSamePara)
		return
	}
	if e, m, ok := d.narrativeSubject(f, c); ok {
		f.speaker, f.Rule = e, ruleNarrative
		f.Mention = &m
		return
	}
	f.Rule = ruleUnattributed
	if !d.toks[d.tokenAt(d.marks[f.mark].Open.Start)].ParaStart {
		return
	}
	if c.fiction {
		// After a paragraph of narration, the last speaker most often
		// goes on: "\"…,\" said Tom. / He looked away. / \"…\"".
		if l := c.lastQuote; l != nil && l.para == f.para-2 && l.speaker != nil && l.mark >= 0 && !d.paraHasQuote(f.para-1) {
			f.speaker, f.Rule = l.speaker, ruleResumes
			return
		}
		// The paragraph before was a turn of the same exchange: the one
		// addressed there answers, or else the other party.
		if !c.replying(f.para) {
			return
		}
		if c.lastQuote.mark >= 0 {
			if e := d.addressee(d.marks[c.lastQuote.mark], c.t); e != nil && e != c.cur {
				f.speaker, f.Rule = e, ruleAddressee
				return
			}
		}
		if e := c.lastQuote.hearer; e != nil && e != c.cur {
			f.speaker, f.Rule = e, ruleAddressee
			return
		}
		if c.other != nil && c.cur != nil && c.lastQuote.speaker == c.cur {
			// No one addresses themself: "My dear Fanny, …" after
			// Fanny's turn is not hers.
			if d.addressee(d.marks[f.mark], c.t) == c.other {
				return
			}
			f.speaker, f.Rule = c.other, ruleTurnTaking
			return
		}
		// B, ?, and now B again: the turn two paragraphs back.
		if p := c.prevQuote; c.lastQuote.speaker == nil && p != nil && p.para == f.para-2 && p.speaker != nil {
			f.speaker, f.Rule = p.speaker, ruleTurnTaking
		}
		return
	}
	if c.lastQuote != nil && c.lastQuote.para == f.para-1 && c.lastQuote.speaker != nil {
		f.inheritFrom(c.lastQuote, rulePrevSpeaker)
	}
}

// addressee finds the person a quotation speaks to by name, set off by
// commas: "I am waiting, Basil," / "Jane, come here."
func (d *doc) addressee(mq markQuote, t *entityTable) *entity {
	e, _, _ := d.vocative(mq, t)
	return e
}

// vocative finds the name a quotation addresses, set off by commas, as
// written, and the entity it names when that is known. A lone word the text
// writes in lower case, or capitalised only where a sentence starts, is an
// interjection, not a name: "Ah, you are back."
func (d *doc) vocative(mq markQuote, t *entityTable) (*entity, mention, bool) {
	w := d.w
	first, last := d.tokenAt(mq.Inner.Start), d.tokenAt(mq.Inner.End)
	var voc mention
	found := false
	for k := first; k < last; k++ {
		if !w.nameLike(k) || !(k == first || w.isPunct(k-1, ",") || w.isWord(k-1) && vocativeOpeners[w.lower(k-1)] && k-1 >= first) {
			continue
		}
		np, nm, ok := w.nameAfter(k, last)
		if !ok {
			continue
		}
		after := np[1]
		if after < last && !w.isPunct(after, ",.!?;") {
			continue
		}
		if after == last && k == first {
			continue
		}
		// A name opening a quotation is addressed when a comma follows
		// it, "Tom, come here"; "Harry! I wish he were here" exclaims.
		if k == first && after < last && !w.isPunct(after, ",") {
			continue
		}
		m := d.makeMention(mentionName, np, nm, genderUnknown)
		if m.Org || m.Name == "I" {
			continue
		}
		e := t.known(m)
		// A given name the lexicon knows is a name wherever it stands:
		// "“Ralph,” he said".
		if l := w.lower(nm[0]); nm[1]-nm[0] == 1 && (d.usedInLowerCase(l) || !d.capsInside(l) && (e == nil || e.mentions < 3) && !femaleNames[l] && !maleNames[l]) {
			continue
		}
		if !found {
			voc, found = m, true
		}
		if e != nil {
			return e, voc, true
		}
	}
	return nil, voc, found
}

// hearer finds the person an attribution says a quotation was spoken
// to, by name: "said Tom to Mary", "Tom whispered to Mary Smith".
func (d *doc) hearer(f *found, t *entityTable) *entity {
	if f.Cue == nil || f.Mention == nil {
		return nil
	}
	from := max(f.Cue.LastTok, f.Mention.Last-1) + 1
	p := d.paras[f.para]
	for k := from; k < p.Last && k-from < 4; k++ {
		if !d.w.isWord(k) || d.inQuote(d.toks[k].Start) {
			return nil
		}
		if d.w.lower(k) != "to" {
			continue
		}
		m, ok := d.mentionStartingAt(k+1, p.Last)
		if !ok || m.Kind != mentionName || m.Org {
			return nil
		}
		if e := t.known(m); e != nil && e != f.speaker && e != t.narrator {
			return e
		}
		return nil
	}
	return nil
}

// vocativeOpeners stand before a name addressed: "My dear Lilia", "Oh
// Henry".
var vocativeOpeners = map[string]bool{"dear": true, "dearest": true, "oh": true, "o": true, "my": true}

// narrativeSubject finds the subject of a sentence of narration in the
// quote's paragraph, before it: "Brenda sat up. \"And, please, …\"".
func (d *doc) narrativeSubject(f *found, c *conversation) (*entity, mention, bool) {
	t := c.t
	p := d.paras[f.para]
	open := d.tokenAt(d.marks[f.mark].Open.Start)
	var sents []int
	for si := int(d.sentOf[p.First]); si < len(d.sents) && d.sents[si].First < open; si++ {
		sents = append(sents, si)
	}
	// The sentence nearest the quotation first: "Tom came in. Mary
	// looked up. \"Hello.\"" is Mary's.
	slices.Reverse(sents)
	// In fiction, a turn that opens its paragraph after a paragraph of
	// narration is most often spoken by whoever that narration ended on:
	// "Mrs. Wilcox had recovered herself. / \"Oh, Henry dear! …\"".
	if len(sents) == 0 && d.register == RegisterFiction && f.para > 0 && !d.paraHasQuote(f.para-1) {
		prev := d.paras[f.para-1]
		last, first := int(d.sentOf[prev.Last-1]), int(d.sentOf[prev.First])
		sents = append(sents, last)
		if first != last {
			sents = append(sents, first)
		}
	}
	for _, si := range sents {
		s := d.sents[si]
		if d.inQuote(d.toks[s.First].Start) {
			continue
		}
		m, ok := d.mentionStartingAt(s.First, s.Last)
		if k := s.First + 1; !ok && d.register == RegisterFiction && d.w.isWord(s.First) && openingAdverb(d.w.lower(s.First)) {
			// "Presently he came back", "Then, Brenda smiled".
			if d.w.isPunct(k, ",") {
				k++
			}
			m, ok = d.mentionStartingAt(k, s.Last)
		}
		if !ok && d.register == RegisterFiction {
			// "In the hall the doctor stopped."
			if k := d.afterOpeningPhrase(s); k > s.First {
				m, ok = d.mentionStartingAt(k, s.Last)
			}
		}
		if !ok || m.Org {
			continue
		}
		var e *entity
		switch m.Kind {
		case mentionName:
			e = t.linkName(m)
		case mentionPronoun:
			if m.Gender == genderMale || m.Gender == genderFemale {
				e = d.link(m, f, c)
			}
		case mentionNominal:
			// "The rain fell." names no speaker: in fiction a
			// description must tell a man or a woman, or be of a person.
			if d.register != RegisterFiction || m.Gender == genderMale || m.Gender == genderFemale || personNouns[strings.ToLower(d.w.word(m.Last-1))] {
				if e = d.nominalReferent(m, f.para, c); e == nil {
					e = t.linkNominal(m)
				}
			}
		}
		if e == nil {
			continue
		}
		// "He was silent.": who listens does not speak next; the
		// turns around tell who does.
		if d.register == RegisterFiction && d.silent(s) {
			continue
		}
		return e, m, true
	}
	return nil, mention{}, false
}

// silent reports whether sentence s of narration tells that its subject
// listened without speaking: "He was silent.", "Mr. Wilcox listened
// attentively.", "Philip made no answer." Words alone, and only in a short
// sentence, which tells nothing else. A nod is no silence: "John nodded.
// / \"Yes; …\"" is John's.
func (d *doc) silent(s sentence) bool {
	if s.Last-s.First > 12 {
		return false
	}
	w := d.w
	for k := s.First; k < s.Last; k++ {
		if !w.isWord(k) {
			continue
		}
		switch w.lower(k) {
		case "silent", "listened":
			return true
		case "no", "nothing":
			if k+1 < s.Last && w.isWord(k+1) && (w.lower(k+1) == "answer" || w.lower(k+1) == "reply") || k > s.First && w.isWord(k-1) && w.lower(k-1) == "said" {
				return true
			}
		}
	}
	return false
}

// afterOpeningPhrase returns the token after a short prepositional phrase
// opening sentence s, where its subject may stand: "In the hall the doctor
// stopped", "At last, Brenda smiled"; s.First when there is none. Words
// alone: the preposition, an article, at most three lower-case words, then
// a comma, an article or a capitalised word; without the article, only up
// to a comma.
func (d *doc) afterOpeningPhrase(s sentence) int {
	w := d.w
	i := s.First
	if !w.isWord(i) || !openingPreposition[w.lower(i)] {
		return s.First
	}
	k := i + 1
	article := k < s.Last && w.isWord(k) && determiners[w.lower(k)]
	if article {
		k++
	}
	for n := 0; k < s.Last && n < 4; n, k = n+1, k+1 {
		switch {
		case w.isPunct(k, ","):
			return k + 1
		case !w.isWord(k) || w.isCap(k) && !article:
			return s.First
		case n > 0 && (w.isCap(k) || w.lower(k) == "the"):
			return k
		case w.isCap(k) || w.lower(k) == "of" || strings.HasSuffix(w.lower(k), "ing"):
			return s.First
		}
	}
	return s.First
}

// openingPreposition words open a sentence with a phrase before its
// subject.
var openingPreposition = setOf(`in at on after before with by near into inside outside behind
	beside under over across through upon during from`)

// openingAdverb reports whether a word opening a sentence may stand
// before its subject: "Presently", "Then", "Suddenly".
func openingAdverb(w string) bool {
	switch w {
	case "then", "presently", "now", "again", "still", "soon", "afterwards", "meanwhile":
		return true
	}
	return strings.HasSuffix(w, "ly") && len(w) > 4
}

// inheritFrom gives f the speaker of quote src, and its mention: the text
// names the speaker once for both.
func (f *found) inheritFrom(src *found, rule string) {
	f.speaker, f.Mention, f.Rule = src.speaker, src.Mention, rule
}

// known returns the entity a name mention refers to, without creating one.
// An honorific must agree: "Mr. Bennet" is not Mrs. Bennet.
func (t *entityTable) known(m mention) *entity {
	toks, honor, title, hasHonor := t.parts(m.Name)
	if len(toks) == 0 && t.fiction && rankTitle(title) {
		toks = []string{title}
	}
	var fallback *entity
	for _, i := range t.candidates(toks) {
		e := t.ents[i]
		if e.nominal || !nameMatch(toks, e.tokens) {
			continue
		}
		if title != "" && e.honorific != "" && title != e.honorific {
			continue
		}
		if honor != genderUnknown && e.gender != genderUnknown && honor != e.gender {
			continue
		}
		// In fiction, names of one family are told apart as linkName
		// does: "Tom Gradgrind" is not Miss Gradgrind.
		if t.fiction && len(e.tokens) != len(toks) && !familyMatch(toks, title, e) {
			continue
		}
		// A bare surname names the man of the family more often than
		// Mrs. or Miss, as in linkName.
		if t.fiction && len(toks) == 1 && !hasHonor && (e.honorific == "mrs" || e.honorific == "miss") {
			if fallback == nil {
				fallback = e
			}
			continue
		}
		return e
	}
	return fallback
}

// cleanName is a name as a canonical form: one line, no possessive.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

// personNouns are common nouns of people that tell no gender, for
// descriptions that may speak: "The doctor looked up."
var personNouns = setOf(`doctor surgeon stranger officer servant clerk child youth
	stripling kidnapper auctioneer porter driver landlord landlady keeper captain
	sergeant soldier sailor priest parson vicar clergyman curate judge lawyer
	magistrate constable policeman inspector detective nurse maid butler footman
	coachman waiter cook farmer peasant merchant shopkeeper traveller traveler
	visitor guest host hostess prisoner guard colonel general major lieutenant
	professor teacher master mistress student pupil baby infant speaker voice
	newcomer leader chief king queen prince princess duke duchess count countess
	baron baroness knight squire lord lady friend companion cousin neighbour
	neighbor fellow creature dwarf giant beggar thief stranger rider hunter`)

// placePreposition words come before places more than people: "in London".
var placePreposition = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "near": true, "of": true, "into": true,
	"toward": true, "towards": true, "across": true, "through": true, "on": true, "for": true,
}

// gendered registers a nominal whose noun tells a gender, "the girl", "an
// old man", as someone a later "she" or "he" can refer to. It reports
// whether token i was such a noun.
func (d *doc) gendered(i int, t *entityTable) bool {
	w := d.w
	if !w.isWord(i) || w.isCap(i) {
		return false
	}
	g := nounGender[w.lower(i)]
	if g == genderUnknown {
		return false
	}
	first := -1
	for k := i - 1; k >= 0 && i-k <= 3 && w.isWord(k); k-- {
		if determiners[w.lower(k)] {
			first = k
			break
		}
	}
	if first < 0 {
		return true
	}
	m := d.makeMention(mentionNominal, [2]int{first, i + 1}, [2]int{first, i + 1}, g)
	t.add(m.Start, int(d.paraOf[i]), t.linkNominal(m))
	return true
}

// paraHasQuote reports whether paragraph pi holds a quotation mark pair.
func (d *doc) paraHasQuote(pi int) bool {
	p := d.paras[pi]
	k := sort.Search(len(d.marks), func(i int) bool { return d.marks[i].Inner.End > p.Start })
	return k < len(d.marks) && d.marks[k].Open.Start < p.End
}
