package extract

// This file resolves what a quote's attribution refers to when it does not
// give a name: a he or she, or a description ("the old lady", "his mother").

import (
	"slices"
	"sort"
	"strings"
)

// narrationCursor is how far narration has read the text: the next token
// to look at for names, and for pronouns.
type narrationCursor struct{ name, pron int }

// narration registers the names of the narration before upTo, as names
// does, and in fiction also the he, she and I of the narration, each resolved
// to the person it refers to, so that a he of an attribution finds the
// person the narration has gone on talking about, however far back that
// person was named: "Vantry rose. / He went to the window. / He looked
// down at Pellow in the street. / \"Come,\" he said" is Vantry's, not
// Pellow's, who was named last, and only as an object.
func (d *doc) narration(t *entityTable, upTo int, next *narrationCursor) {
	if !t.fiction {
		d.names(t, upTo, &next.name)
		return
	}
	w := &d.w
	for i := next.pron; i < len(d.toks) && d.toks[i].Start < upTo; i++ {
		next.pron = i + 1
		if !w.isWord(i) {
			continue
		}
		var g gender
		switch w.lower(i) {
		case "i":
			// The narrator's own I is a subject wherever it stands
			// (the object is "me"), so "I crossed to the window"
			// makes the narrator whom the narration goes on about, and
			// a run that follows turns to them rather than to someone
			// named before. Only once an attribution has shown a
			// first-person narrator: an I outside quotes in a
			// third-person story is mostly a quotation's mark lost.
			// An I before no word is a numeral heading.
			pos := d.toks[i].Start
			if !w.isCap(i) || t.narrator == nil || d.inQuote(pos) {
				continue
			}
			d.names(t, pos, &next.name)
			if t.refAt(pos) || !w.isWord(i+1) {
				continue
			}
			t.chain(pos, int(d.paraOf[i]), t.narrator)
			continue
		case "he":
			g = genderMale
		case "she":
			g = genderFemale
		default:
			continue
		}
		pos := d.toks[i].Start
		if d.inQuote(pos) {
			continue
		}
		d.names(t, pos, &next.name)
		// A he or she is a subject wherever it stands, "it was plain
		// that he was angry", and the narration goes on about that
		// person. Not right after a verb, though: "said he", "had she
		// known" is an inverted clause, and chaining those too lost
		// more than it gained on the novels tried.
		if t.refAt(pos) || !d.clauseStart(i, d.sents[d.sentOf[i]].First) && w.isWord(i-1) && (strings.HasPrefix(d.tagOf(i-1), "VB") || d.tagOf(i-1) == "MD") {
			continue
		}
		// The pronouns of the narration do not settle a gender, and
		// carry on only a person known to be of theirs: a wrong guess
		// here would spread to every later he or she.
		if e := d.chainReferent(t, pos, int(d.paraOf[i]), g); e != nil {
			t.chain(pos, int(d.paraOf[i]), e)
		}
	}
	d.names(t, upTo, &next.name)
}

// chainReferent resolves a he or she of the narration as a quotation's
// is: a person of its gender named earlier in the paragraph, else as
// antecedent would, when that one is known to be of its gender. "Obedient
// to John, I came up to his chair: he spat" is John's, though the
// paragraph before ended on someone else doing something. A person the
// paragraph names only after a preposition is mostly where someone went
// or looked, not whom the narration goes on about: "Ned stood at the
// window. / A cart passed the gate of Mr. Lott. He drew the curtain" is
// Ned's.
func (d *doc) chainReferent(t *entityTable, pos, para int, g gender) *entity {
	if e := t.walkOnSubject(pos, para, g); e != nil {
		if e.gender == genderUnknown {
			e.gender = g
		}
		e.chained++
		return e
	}
	if e := d.mainSubject(t, pos, para, g); e != nil {
		return e
	}
	if e := t.inParagraphBut(pos, para, g, d.passedOver); e != nil {
		return e
	}
	if e := t.antecedentFind(pos, para, g, nil, false); e != nil && e.gender == g {
		return e
	}
	return nil
}

// passedOver reports whether the mention at pos stands right after a
// preposition, as its object, in a sentence a first-person narrator does
// not open: the narrator is no he or she, so "I went up to Tom: he
// frowned" is about Tom.
func (d *doc) passedOver(pos int) bool {
	j := d.tokenAt(pos)
	if !d.w.isWord(j-1) || !chainPassesOver[d.w.lower(j-1)] {
		return false
	}
	f := d.sents[d.sentOf[j]].First
	l := d.w.lower(f)
	return !d.w.isWord(f) || l != "i" && l != "we"
}

// chainPassesOver are the prepositions whose object passedOver finds.
var chainPassesOver = setOf(`to at with from for towards toward upon on by into of about over
	after beside near behind past against among like than before`)

// mainSubject returns the subject of the main clause of the sentence
// before a he or she at pos, in its paragraph, when the latest subject of
// its gender opens a clause that tells what went on beside: "Tom stood at
// the door when Ned came in. He took off his hat" goes on with Tom. Only
// within that one sentence: reaching a subject of a sentence further back
// lost more than it gained.
func (d *doc) mainSubject(t *entityTable, pos, para int, g gender) *entity {
	w := &d.w
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	var side *ref
	for i := k - 1; i >= 0 && t.timeline[i].para == para; i-- {
		r := &t.timeline[i]
		e := r.ent
		if !r.subj || e.gender != g || e.org || e == t.narrator || e.nominal {
			continue
		}
		j := d.tokenAt(r.pos)
		inSide := w.isWord(j-1) && sideClause(w.lower(j-1))
		if side == nil {
			if !inSide {
				return nil
			}
			side = r
			continue
		}
		if d.sentOf[j] != d.sentOf[d.tokenAt(side.pos)] {
			return nil
		}
		if e != side.ent && !inSide {
			return e
		}
	}
	return nil
}

// walkOnSubject returns the walk-on a he or she at pos goes on with: the
// latest subject before it, in its paragraph or the one before, that the
// pronoun may refer to, when that is a description the narration brought
// in with "a". "A stout man sat facing Tom. He ate" is the stout man's,
// though a named man was the subject before.
func (t *entityTable) walkOnSubject(pos, para int, g gender) *entity {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0 && para-t.timeline[i].para <= walkOnReach; i-- {
		r := t.timeline[i]
		e := r.ent
		if !r.subj || e == t.narrator || !compatible(e, g) || e.gender == genderUnknown && !e.walkOn && !unknownPerson(e) {
			continue
		}
		if e.walkOn {
			return e
		}
		return nil
	}
	return nil
}

// refAt reports whether the timeline holds a mention at pos: the he of an
// attribution, already resolved with the quote.
func (t *entityTable) refAt(pos int) bool {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	return k < len(t.timeline) && t.timeline[k].pos == pos
}

// chain records a he or she of the narration resolved to e as a subject
// mention of e. It does not count as naming e.
func (t *entityTable) chain(pos, para int, e *entity) {
	t.addRef(pos, para, e, true)
	e.mentions--
}

// antecedent resolves a pronoun at pos to the most recent compatible entity
// mentioned before it, within a few paragraphs.
func (t *entityTable) antecedent(pos, para int, g gender) *entity {
	return t.antecedentSkip(pos, para, g, nil)
}

// antecedentSkip is antecedent, passing over the entity skip.
func (t *entityTable) antecedentSkip(pos, para int, g gender, skip *entity) *entity {
	return t.antecedentFind(pos, para, g, skip, true)
}

// antecedentFind is antecedentSkip; settle gives an entity whose gender is
// unknown the pronoun's gender when it is found.
func (t *entityTable) antecedentFind(pos, para int, g gender, skip *entity, settle bool) *entity {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	// In fiction a description, "his wife", "the old man", is a last
	// resort: a he or she mostly refers to a named character.
	var described, describedSubj, recent *entity
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
					// A description that was the subject of the
					// narration just before is whom it goes on
					// about; the one nearest may be but an
					// object, "inquiries about his father".
					if describedSubj == nil && r.subj && para-r.para <= 1 {
						describedSubj = e
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
			// "the Red Indians", "the Merry Crew": a title the text
			// never gives without its article is a he or she only once
			// known to be one.
			if e.gender == genderUnknown && e.onlyTitled() {
				continue
			}
			// One he taken for e is as weak as the first pronoun
			// after its name: the she that follow its names more
			// often may yet make it a woman ("could look towards
			// Quarn. ... He").
			if e.gender == genderUnknown && settle {
				e.settleVote(g)
			}
			if t.fiction && e.nominal && describedSubj != nil {
				return describedSubj
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
	if describedSubj != nil {
		return describedSubj
	}
	return described
}

// inParagraph returns the entity of gender g mentioned in paragraph para
// before pos, known to be of that gender: the most recent subject, else the
// most recent one. "Tom looked up at Harry. \"Sit,\" he said." is Tom's.
func (t *entityTable) inParagraph(pos, para int, g gender) *entity {
	return t.inParagraphBut(pos, para, g, nil)
}

// inParagraphBut is inParagraph, where an object mention at a pos that
// skip reports is no candidate.
func (t *entityTable) inParagraphBut(pos, para int, g gender, skip func(pos int) bool) *entity {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	var obj *entity
	for i := k - 1; i >= 0 && t.timeline[i].para == para; i-- {
		r := t.timeline[i]
		if e := r.ent; e.gender == g && !e.org && e != t.narrator && !e.nominal {
			if r.subj {
				return e
			}
			if obj == nil && (skip == nil || !skip(r.pos)) {
				obj = e
			}
		}
	}
	return obj
}

// subjectInParagraph is inParagraph for the he or she of a quote's
// attribution, where the latest subject of the paragraph counts though
// its gender is not yet known, when it names a person: "Orla Venn set
// down the lamp. \"…,\" she said." is hers, not that of a woman named in
// the paragraph before her.
func (t *entityTable) subjectInParagraph(pos, para int, g gender) *entity {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0 && t.timeline[i].para == para; i-- {
		r := t.timeline[i]
		if e := r.ent; r.subj && !e.nominal && e != t.narrator {
			if e.gender == g {
				break
			}
			if unknownPerson(e) {
				return e
			}
		}
	}
	return t.inParagraph(pos, para, g)
}

// narrationEndedOn finds, in fiction, whom a he or she in the attribution
// of quote f refers to when the quotation opens its paragraph after a
// paragraph of narration: the subject of that narration's last sentence,
// when it fits the pronoun. "Jane put the letter down. / \"…,\" she said."
// is Jane's, though the turns before were others'. A he or she standing
// there is whom the narration resolved it to; a name of no known gender
// counts when it names a person.
func (d *doc) narrationEndedOn(f *found, g gender, t *entityTable) *entity {
	if f.mark < 0 || f.para == 0 || !d.toks[d.tokenAt(d.marks[f.mark].Open.Start)].ParaStart {
		return nil
	}
	m, ok := d.narrationEndsOn(f.para - 1)
	if !ok {
		return nil
	}
	var e *entity
	switch m.Kind {
	case mentionName:
		e = t.known(m)
	case mentionPronoun:
		if m.Gender != g {
			return nil
		}
		i := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= m.Start })
		if i < len(t.timeline) && t.timeline[i].pos == m.Start {
			e = t.timeline[i].ent
		}
	}
	if e == nil || e.nominal || e == t.narrator || !(e.gender == g || unknownPerson(e)) {
		return nil
	}
	// A later clause of that sentence may bring in another subject of
	// the pronoun's gender, "She was near tears when Mrs. Lark came
	// back", and the narration ends on that one: the quotation after
	// is hers. Not a relative clause's, "the keys which Tom gave him",
	// nor one of a clause of what went on meanwhile, "Ada waited while
	// Bella talked": those tell of someone the sentence is not about.
	p := d.paras[f.para-1]
	end := d.toks[p.Last-1].Start + 1
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= end })
	for i := k - 1; i >= 0 && t.timeline[i].pos > m.Start; i-- {
		r := t.timeline[i]
		if j := d.tokenAt(r.pos); d.w.isWord(j-1) && asideOpeners[d.w.lower(j-1)] {
			continue
		}
		if o := r.ent; r.subj && o != e && o.gender == g && !o.nominal && !o.org && o != t.narrator {
			return o
		}
	}
	return e
}

// asideOpeners open a relative clause, or one of what went on meanwhile,
// whose subject is not whom the sentence is about.
var asideOpeners = setOf(`which whom that while whilst as`)

// narrationEndsOn returns the mention opening the last sentence of
// paragraph para, past a short opening phrase ("In the hall, Ada
// waited.") and an opening adverb ("Presently she looked up."),
// when para is narration: whom the narration ended on. Organisations are
// no one it ends on.
func (d *doc) narrationEndsOn(para int) (mention, bool) {
	if para < 0 || para >= len(d.paras) || d.paraHasQuote(para) {
		return mention{}, false
	}
	p := d.paras[para]
	if p.Last <= p.First {
		return mention{}, false
	}
	s := d.sents[d.sentOf[p.Last-1]]
	k := d.afterOpeningPhrase(s)
	if d.w.isWord(k) && openingAdverb(d.w.lower(k)) {
		if k++; d.w.isPunct(k, ",") {
			k++
		}
	}
	m, ok := d.mentionStartingAt(k, s.Last)
	if !ok || m.Org {
		return mention{}, false
	}
	return m, true
}

// unknownPerson reports whether e, of no known gender, is likely a person
// a he or she may refer to: one who has spoken, or is named more fully or
// often, and not only as a title ("the Red Indians").
func unknownPerson(e *entity) bool {
	return e.gender == genderUnknown && !e.org && (e.spoke || len(e.tokens) >= 2 || e.mentions >= 3) && !e.onlyTitled()
}

// link resolves a quote's own mention to an entity.
func (d *doc) link(m mention, f *found, c *conversation) *entity {
	switch m.Kind {
	case mentionName:
		return c.t.linkName(m)
	case mentionNominal:
		if n, ok := d.appositiveName(m); ok {
			return c.t.linkName(n)
		}
		e, fallback := d.linkDescription(m, f, c)
		// "“Sit down, Ada,” said her sister": no one calls herself by
		// name, so the description is someone other than Ada.
		// Only a name that is e's own: "Loo Pell" calls his wife, not
		// the Mr. Pell the surname finds.
		if c.fiction && e != nil && !e.nominal && f.mark >= 0 {
			if a, voc, ok := d.vocative(d.marks[f.mark], c.t); ok && a == e {
				if toks, _, _, _ := c.t.parts(voc.Name); len(toks) > 0 && slices.Contains(e.tokens, toks[0]) {
					e, fallback = c.t.linkNominal(m), true
				}
			}
		}
		if !fallback {
			c.t.noteResolved(m, e)
		}
		if c.fiction && e != nil {
			c.t.descCues = append(c.t.descCues, descCue{descKey(m.Name), ref{pos: m.Start, para: f.para, ent: e}})
		}
		return e
	}
	return d.linkPronoun(m, f, c)
}

// noteResolved counts that description m was found to stand for e. A
// kinship is counted as written, "her uncle": a story told mostly about
// one family keeps calling the same man so.
func (t *entityTable) noteResolved(m mention, e *entity) {
	det, _, _ := strings.Cut(strings.ToLower(m.Name), " ")
	if e == nil || e.nominal || e.org || det != "the" && det != "his" && det != "her" || t.resolvedSeen[m.Start] {
		return
	}
	if t.resolved == nil {
		t.resolved, t.resolvedSeen = map[string]map[*entity]int{}, map[int]bool{}
	}
	t.resolvedSeen[m.Start] = true
	key := descKey(m.Name)
	if t.resolved[key] == nil {
		t.resolved[key] = map[*entity]int{}
	}
	t.resolved[key][e]++
}

// usualReferent is the named character description key has mostly stood
// for: a novel keeps calling its people by the same epithets, "the girl"
// for the one it names Nancy.
func (t *entityTable) usualReferent(key string) *entity {
	best, n, all := t.topReferent(key)
	if n < usualMin || n*5 < all*3 {
		return nil
	}
	return best
}

// habitualReferent returns the character description key stood for more
// often than for all others together, at least habitualMin times: a
// weaker hold than usualReferent's, so it only settles between
// candidates.
func (t *entityTable) habitualReferent(key string) *entity {
	best, n, all := t.topReferent(key)
	if n < habitualMin || n*2 <= all {
		return nil
	}
	return best
}

// topReferent returns the character description key stood for most
// often (the first name in order on a tie, so that map order decides
// nothing), that count, and the count over all characters.
func (t *entityTable) topReferent(key string) (best *entity, n, all int) {
	for e, k := range t.resolved[key] {
		all += k
		if k > n || k == n && best != nil && e.canonical < best.canonical {
			best, n = e, k
		}
	}
	return best, n, all
}

// habitualReach is how many paragraphs back a character must have been
// mentioned for a habitual description to stand for them.
const habitualReach = 10

// habitualMin is how often a description must have stood for one
// character to be habitual.
const habitualMin = 3

// usualMin is how often a description must have stood for one character
// before it is taken for them on no other evidence.
const usualMin = 2

// linkDescription resolves a description, saying whether it fell back on
// the description's own entity or a guess from earlier resolutions.
func (d *doc) linkDescription(m mention, f *found, c *conversation) (*entity, bool) {
	// "Sen. Ann Roe spoke. … The Ohio senator said": news goes on
	// calling a person by the title or the description it gave them,
	// while they are about. Only "the" and the noun alone before the
	// head: "the senator's aide" and "a senator" are others.
	if d.register == RegisterNews && strings.EqualFold(d.w.word(m.First), "the") {
		words := strings.Fields(strings.ToLower(m.Name))
		if e := c.t.appositions[words[len(words)-1]]; e != nil && len(words) <= 4 && c.t.recent(e, m.Start, f.para, 3) {
			return e, false
		}
	}
	if pm, ok := d.voiceOf(m); ok && c.fiction {
		return d.link(pm, f, c), false
	}
	if e := d.unknownVoice(m, f, c); e != nil {
		return e, false
	}
	if e := d.theLatter(m, f, c.t); e != nil {
		return e, false
	}
	// A description the exchange showed to stand for a named
	// character goes on naming them while they are about.
	key := descKey(m.Name)
	if e := d.describedParty(c, key, m.Start, f.para); e != nil {
		return e, false
	}
	// "Ned Pike, the carter": "said the carter" is Ned, while he is
	// about; "the other carter" is someone else.
	if head := strings.ToLower(d.w.word(m.Last - 1)); c.fiction && strings.EqualFold(d.w.word(m.First), "the") && !slices.Contains(strings.Fields(key), "other") {
		if e := c.t.appositions[head]; e != nil && c.t.recent(e, m.Start, f.para, 12) {
			return e, false
		}
	}
	// "…," said the landlady: a novel calls a walk-on by their trade,
	// and its named people by their names, so the trade is a character
	// of its own, not the last woman named, unless someone bears it as
	// a title ("the colonel"). A stranger is by definition not yet
	// anyone the reader knows by name.
	if head := strings.ToLower(d.w.word(m.Last - 1)); c.fiction && roleNouns[head] {
		if e := c.t.titled(head, m.Start); e != nil {
			return e, false
		}
		return c.t.linkNominal(m), true
	}
	age := ageKind(0)
	if c.fiction {
		age = descAge(strings.Fields(key))
	}
	fits := func(e *entity) bool {
		if e == nil || ageClash(e, age) {
			return false
		}
		if !e.nominal {
			e.age |= age
		}
		return true
	}
	// "“…,” said Mr. Pike. The old gentleman at the desk looked up. “…,”
	// said the old gentleman": the narration just brought this
	// description in as a person of its own while a named man was
	// talking, so it is that person, not the named man.
	if c.fiction && age == ageOld && strings.EqualFold(d.w.word(m.First), "the") {
		if a := c.t.antecedent(m.Start, f.para, m.Gender); a != nil && !a.nominal && a.spoke {
			if e := c.t.nominals[key]; e != nil && e.nominal && c.t.recent(e, m.Start, f.para, 1) && c.t.epithets[key] == nil && c.t.usualReferent(key) == nil {
				return e, false
			}
		}
	}
	if e := c.t.epithets[key]; e != nil && c.t.recent(e, m.Start, f.para, 12) && fits(e) {
		return e, false
	}
	if strings.EqualFold(d.w.word(m.First), "the") {
		if e := d.bloodKin(m, f, c); fits(e) {
			return e, false
		}
	}
	if e := d.nominalReferent(m, f, c); fits(e) {
		// "…," said the girl: a novel that has called one character
		// the girl more often than anyone else goes on doing so
		// while she is about; the nearest woman is a weaker guess.
		// Not in answer to her own turn: the one answering her is
		// someone else.
		if c.fiction {
			if u := c.t.habitualReferent(key); u != nil && u != e && c.t.recent(u, m.Start, f.para, habitualReach) && fits(u) && !(c.replying(f.para) && u == c.lastQuote.speaker) {
				return u, false
			}
		}
		return e, false
	} else if e != nil && !e.nominal && (m.Gender == genderMale || m.Gender == genderFemale) {
		// The one called the boy was the nearest man; the old
		// gentleman is the one before him.
		if o := c.t.antecedentSkip(m.Start, f.para, m.Gender, e); o != nil && !o.nominal && o.gender == m.Gender && (c.lastQuote == nil || o != c.lastQuote.speaker) && fits(o) {
			return o, false
		}
	}
	if e := d.partyReferent(m, f, c); fits(e) {
		if c.t.epithets == nil {
			c.t.epithets = map[string]*entity{}
		}
		c.t.epithets[key] = e
		return e, false
	}
	// "his mother" is one woman however many are about: once the
	// story has shown whom the kinship names, the nearest woman is a
	// worse guess than she, when the family's name cannot tell.
	if c.fiction && possessorGender(d.w.lower(m.First)) != genderUnknown {
		if e := c.t.usualReferent(key); fits(e) {
			return e, false
		}
	}
	if e := d.relative(m, f, c); fits(e) {
		return e, false
	}
	if e := d.bloodKin(m, f, c); fits(e) {
		return e, false
	}
	// Nothing near tells who the description is: a novel keeps its
	// epithets, so it is whom it mostly stood for before, unless an "a
	// girl" just brought a new one in.
	if e := c.t.usualReferent(key); fits(e) && c.fiction && !d.introduced(m, strings.ToLower(d.w.word(m.Last-1))) {
		return e, true
	}
	return c.t.linkNominal(m), true
}

// linkPronoun resolves a he, she, I or they.
func (d *doc) linkPronoun(m mention, f *found, c *conversation) *entity {
	if strings.EqualFold(m.Name, "I") || d.contracted(strings.ToLower(m.Name)) == "i" {
		return c.t.narratorEntity()
	}
	e := d.pronounReferent(m, f, c)
	// A first-person narrator is I to the narration, never he or she.
	if e != nil && e == c.t.narrator && (m.Gender == genderMale || m.Gender == genderFemale) {
		e = c.t.antecedentSkip(m.Start, f.para, m.Gender, e)
	}
	if e != nil && c.fiction && f.mark >= 0 && (m.Gender == genderMale || m.Gender == genderFemale) && (d.addressee(d.marks[f.mark], c.t) == e || d.nextPieceCalls(f, e, c.t)) {
		// "“Have a troche, Trenow,” he said": no one addresses
		// themself; the he is someone else.
		return c.t.antecedentSkip(m.Start, f.para, m.Gender, e)
	}
	if e != nil && c.fiction && f.mark >= 0 && (f.Rule == ruleCueAfter || f.Rule == ruleCueBefore) && (m.Gender == genderMale || m.Gender == genderFemale) && d.namedLaterInSentence(m, e, c.t) {
		// "“…,” he said, with a nod to Tom": a he or she is not
		// someone its own sentence goes on to call by name.
		return c.t.antecedentSkip(m.Start, f.para, m.Gender, e)
	}
	return e
}

// namedLaterInSentence reports whether the narration after pronoun m, up to
// the next stop, colon or semicolon, or quotation, names e, or gives a
// description that stands for e: "he said, bowing to the old man". A
// comparison may set one against one's former self, "paler than Ada had
// ever been", so a "than" ends the search too.
func (d *doc) namedLaterInSentence(m mention, e *entity, t *entityTable) bool {
	w := &d.w
	s := d.sents[d.sentOf[m.First]]
	for k := m.Last; k < s.Last; k++ {
		if d.inQuote(d.toks[k].Start) || !w.isWord(k) && w.punctIn(k, "\"“”.!?;:") || w.isWord(k) && w.lower(k) == "than" {
			return false
		}
		name := w.isCap(k)
		if !name && !(w.isWord(k) && w.lower(k) == "the") {
			continue
		}
		n, ok := d.mentionStartingAt(k, s.Last)
		switch {
		case !ok:
			continue
		case name && n.Kind == mentionName:
			if t.known(n) == e {
				return true
			}
		case !name && n.Kind == mentionNominal:
			if key := descKey(n.Name); t.nominals[key] == e || t.usualReferent(key) == e || d.walkOnAgain(n.First, n.Last-1, t) == e {
				return true
			}
		}
		k = n.Last - 1
	}
	return false
}

// nextPieceCalls reports whether the piece of quotation that goes on after
// the attribution of quote f, "“Come,” he said. “Sit down, Tom.”", calls
// e by name. Only right after an attribution that follows the quote: a
// quotation further on may be another's.
func (d *doc) nextPieceCalls(f *found, e *entity, t *entityTable) bool {
	k := f.mark + 1
	if f.Rule != ruleCueAfter || f.Mention == nil || k >= len(d.marks) {
		return false
	}
	open := d.tokenAt(d.marks[k].Open.Start)
	if int(d.paraOf[open]) != f.para {
		return false
	}
	ms, qs := int(d.sentOf[f.Mention.First]), int(d.sentOf[open])
	if qs != ms && (qs != ms+1 || d.sents[qs].First != open) {
		return false
	}
	return d.addressee(d.marks[k], t) == e
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
		if e := d.describedGoesOn(m, f, c.t); e != nil {
			return e
		}
		if e := d.sentenceOpenedBy(m, f, c.t); e != nil {
			return e
		}
		// A walk-on the narration went on about with a he or she
		// is whom the attribution's goes on with too; one it only
		// brought in, "A lady near her laughed.", is as often a
		// passer-by.
		if e := c.t.walkOnSubject(m.Start, f.para, m.Gender); e != nil && e.chained > 0 {
			return e
		}
		// Someone of that gender named earlier in the paragraph: "Vantry
		// rose. \"Come,\" he said."
		if e := c.t.subjectInParagraph(m.Start, f.para, m.Gender); e != nil {
			return e
		}
		if e := d.narrationEndedOn(f, m.Gender, c.t); e != nil {
			return e
		}
	}
	if (m.Gender == genderMale || m.Gender == genderFemale) && f.mark >= 0 && c.replying(f.para) {
		// "…, Isolde." / "…," she exclaimed: the one addressed answers,
		// also when the name tells no gender, as a fill of the turn
		// would have it.
		if c.lastQuote.mark >= 0 {
			if e := d.turnCalled(c.lastQuote, c.t); e != nil && e != c.lastQuote.speaker && (e.gender == m.Gender || unknownPerson(e) && !e.nominal) {
				return e
			}
			if e := d.turnCalledTitled(c.lastQuote, m.Gender, c.t); e != nil && e != c.lastQuote.speaker {
				return e
			}
		}
		// "…," said Ada to Tom. / "…," he answered: the one the turn
		// before was said to answers, as a turn with no attribution
		// would have it.
		if e := c.lastQuote.hearer; e != nil && e != c.lastQuote.speaker && e.gender == m.Gender {
			return e
		}
		// "…," he said, in answer to the turn before: the other party,
		// when the pronoun fits. A description of no known gender is
		// too weak a party for that: it is most often a walk-on of an
		// earlier exchange ("the butler"), the turns since read wrong.
		// Nor is a party whose last turn lies many paragraphs back, or
		// before a heading or a break: the exchange was an earlier
		// scene's, and the he or she is more often whom the narration
		// since brought in.
		if o := c.other; o != nil && d.otherFresh(c, f.para) && c.lastQuote.speaker == c.cur && compatible(o, m.Gender) && !compatible(c.cur, m.Gender) && (o.gender == m.Gender || !o.nominal) {
			return o
		}
		if e := d.narratedSince(c, m); e != nil {
			return e
		}
		if o := c.other; o != nil && d.otherFresh(c, f.para) && c.lastQuote.speaker == c.cur && compatible(o, m.Gender) && o.gender == m.Gender {
			return o
		}
	}
	e := c.t.antecedent(m.Start, f.para, m.Gender)
	// In answer to the turn before, a he or she the narration gives no
	// subject in its paragraph or the one before is more likely the one
	// party of the exchange it fits than a person named further back, or
	// named here only as an object.
	if (m.Gender == genderMale || m.Gender == genderFemale) && f.mark >= 0 && c.replying(f.para) && e != c.cur && e != c.other && !c.t.subjectSince(e, m.Start, f.para-1) {
		cur := c.cur != nil && c.cur.gender == m.Gender && !c.cur.nominal
		other := c.other != nil && c.other.gender == m.Gender && !c.other.nominal
		switch {
		case cur && !other:
			return c.cur
		case other && !cur:
			return c.other
		}
	}
	return e
}

// sentenceOpenedBy finds, in fiction, whom the he or she of the attribution
// after quote f refers to when the sentence of narration just before the
// quotation, in its paragraph, is about a named person of that gender:
// the subject of its last main clause. "Tom went to the door before Will
// came in. “It is late,” he said." is Tom's, though Will stands as a
// subject nearer the quotation, in a clause that only tells what went on
// beside; "Ada rose, and Orla took the lamp." is about Orla at its end.
// A sentence about a he or she, or a description, leaves the pronoun to
// the readings after this one.
func (d *doc) sentenceOpenedBy(m mention, f *found, t *entityTable) *entity {
	mq := d.marks[f.mark]
	if m.Start < mq.Close.End {
		return nil
	}
	open := d.tokenAt(mq.Open.Start)
	p := d.paras[f.para]
	if open <= p.First {
		return nil
	}
	s := d.sents[d.sentOf[open-1]]
	if s.First < p.First || d.inQuote(d.toks[s.First].Start) {
		return nil
	}
	var main *ref
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= d.toks[s.First].Start })
	for ; k < len(t.timeline) && t.timeline[k].pos < mq.Open.Start; k++ {
		r := t.timeline[k]
		if !r.subj {
			continue
		}
		// "Tom rose, and he went out": a clause that goes on about
		// the same person leaves them the one the sentence is about.
		if j := d.tokenAt(r.pos); main != nil && (r.ent == main.ent || d.w.isWord(j-1) && sideClause(d.w.lower(j-1))) {
			continue
		}
		main = &t.timeline[k]
	}
	if main == nil {
		return nil
	}
	e := main.ent
	if e.nominal || e == t.narrator || !d.namedAt(*main) || !compatible(e, m.Gender) || e.gender != m.Gender && !unknownPerson(e) {
		return nil
	}
	return e
}

// sideClause reports whether word l opens a clause that tells of something
// beside what the sentence's main clause is about: a subordinate or a
// relative clause.
func sideClause(l string) bool {
	return subordinators[l] || asideOpeners[l] || sideOpeners[l]
}

// sideOpeners are the openers of such clauses that subordinators and
// asideOpeners leave out.
var sideOpeners = setOf(`before after because unless who whose where`)

// describedGoesOn finds the description a he or she in the attribution
// after quote f goes on with when the attribution after the quotation
// before it, in the paragraph, was a description's whose noun tells no
// gender: "“…,” laughed the porter. “…,” he added." is the porter's, not
// that of a man named before. A noun that tells the gender, "the old
// lady", is more often a named character's epithet the description did
// not find, whom the pronoun finds; not a first-person narrator's kin, "my
// uncle", whom the story goes on calling so.
func (d *doc) describedGoesOn(m mention, f *found, t *entityTable) *entity {
	if f.mark < 1 || m.Start < d.marks[f.mark].Close.End {
		return nil
	}
	prev := d.marks[f.mark-1].Close
	if prev.End >= d.marks[f.mark].Open.Start || int(d.paraOf[d.tokenAt(prev.Start)]) != f.para {
		return nil
	}
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= m.Start })
	for i := k - 1; i >= 0 && t.timeline[i].pos >= prev.End; i-- {
		r := t.timeline[i]
		if !r.subj {
			continue
		}
		e := r.ent
		if !e.nominal || e == t.narrator || !compatible(e, m.Gender) || len(e.tokens) == 0 || nounGender[e.tokens[len(e.tokens)-1]] != genderUnknown && e.tokens[0] != "my" && e.tokens[0] != "our" {
			return nil
		}
		// The description must be the attribution of that quotation,
		// in its sentence.
		if r.pos > d.marks[f.mark].Open.Start || d.sentOf[d.tokenAt(r.pos)] != d.sentOf[d.tokenAt(prev.Start)] {
			return nil
		}
		return e
	}
	return nil
}

// narratedSince returns the person of m's gender whom the narration after
// the last quote, in that quote's paragraph, goes on about as a subject:
// "“…,” said Tom. Ann rose and crossed to the fire. / “…,” she said." is
// Ann's, though she is not the other party of the exchange. The last
// quote's own attribution is no narration after it.
func (d *doc) narratedSince(c *conversation, m mention) *entity {
	lq := c.lastQuote
	k := sort.Search(len(c.t.timeline), func(i int) bool { return c.t.timeline[i].pos >= m.Start })
	for i := k - 1; i >= 0; i-- {
		r := c.t.timeline[i]
		if r.pos <= lq.End || r.para != lq.para {
			break
		}
		if lq.Mention != nil && r.pos == lq.Mention.Start {
			continue
		}
		if e := r.ent; r.subj && e.gender == m.Gender && !e.org && !e.nominal && e != c.t.narrator {
			return e
		}
	}
	return nil
}

// subjectSince reports whether e stands as a subject in the timeline
// before pos, from paragraph para on.
func (t *entityTable) subjectSince(e *entity, pos, para int) bool {
	return t.referredSince(e, pos, para, func(r ref) bool { return r.subj })
}

// referredSince reports whether the timeline holds a reference to e before
// pos, from paragraph para on, that ok accepts.
func (t *entityTable) referredSince(e *entity, pos, para int, ok func(ref) bool) bool {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0 && t.timeline[i].para >= para; i-- {
		if r := t.timeline[i]; r.ent == e && ok(r) {
			return true
		}
	}
	return false
}

// describedSubject finds, in fiction, the person a he or she in the
// attribution of quote f refers to when the sentence of narration nearest
// before the quotation, in its paragraph, opens with a description of a
// person, "The surgeon leaned over the body.", whose noun does not tell
// the other gender. Lexical tests only: "the", at most one lower-case word,
// the noun, then a lower-case word. A quotation that opens its paragraph
// reads the last sentence of the paragraph before.
func (d *doc) describedSubject(f *found, g gender, c *conversation) *entity {
	w := &d.w
	p := d.paras[f.para]
	open := d.tokenAt(d.marks[f.mark].Open.Start)
	before := false
	if open <= p.First {
		// A quotation that opens its paragraph answers to the last
		// sentence of the paragraph before: "The porter shrugged. ¶
		// “No,” he said."
		if f.para == 0 || !d.toks[open].ParaStart {
			return nil
		}
		p = d.paras[f.para-1]
		if p.Last <= p.First {
			return nil
		}
		open, before = p.Last, true
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
		// Across a paragraph break the one acted on is as likely to
		// answer as the one acting: "The nurse kissed him. ¶ “Home?”
		// he asked." Only a description known to be of the pronoun's
		// gender holds.
		// "The child held out her cup.": a possessive of the
		// sentence's own tells the gender the noun does not.
		owns := before && nounGender[head] == genderUnknown && d.ownGender(h+1, open) == g
		e := d.nominalReferent(m, f, c)
		if e == nil {
			if before && nounGender[head] != g && !owns {
				return nil
			}
			e = c.t.linkNominal(m)
			if owns && e != nil && e.nominal && e.gender == genderUnknown {
				e.gender = g
			}
		}
		if before && (e == nil || e.gender != g) {
			return nil
		}
		return e
	}
	return nil
}

// ownGender returns the gender of the first possessive or reflexive in
// tokens [from, to), "his coat", "her hand", "herself", when no other
// person is mentioned before it: the subject's own.
func (d *doc) ownGender(from, to int) gender {
	w := &d.w
	for k := from; k < to; k++ {
		if !w.isWord(k) {
			continue
		}
		switch w.lower(k) {
		case "his", "himself":
			return genderMale
		case "herself":
			return genderFemale
		case "her":
			if t := d.tagOf(k + 1); w.isWord(k+1) && (strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ")) {
				return genderFemale
			}
			return genderUnknown
		case "he", "she", "him", "they", "them", "i", "me", "we", "us":
			return genderUnknown
		}
		if w.isCap(k) {
			return genderUnknown
		}
	}
	return genderUnknown
}

// utterers are what speaks for one: "said his voice", "his lips said".
var utterers = setOf(`voice lips tongue mouth advice answer reply words thought thoughts response rejoinder retort comment remark greeting`)

// voiceOf finds whose voice a description names: "said a girl's voice" is
// a girl's, "interrupted his mother's voice" his mother's, "said her voice"
// the one she refers to.
func (d *doc) voiceOf(m mention) (mention, bool) {
	w := &d.w
	j := m.Last - 1
	// "his advice concluded", "her faint voice had answered": what
	// speaks for one is theirs, unless it is a kinsman's, "his
	// mother's voice", or a walk-on's, "his sister with pinched lips".
	if j > m.First && w.isWord(j) && utterers[w.lower(j)] && possessorGender(w.lower(m.First)) != genderUnknown && !d.saysWhichOne(m) && !strings.ContainsAny(m.Name, "'’") {
		j = m.First + 1
	} else if j <= m.First || !w.isWord(j) || w.lower(j) != "voice" {
		return mention{}, false
	}
	if j == m.First+1 {
		if g := possessorGender(w.lower(m.First)); g != genderUnknown {
			return d.makeMention(mentionPronoun, [2]int{m.First, j}, [2]int{m.First, j}, g), true
		}
		return mention{}, false
	}
	// "Ada's eager voice", "a girl's clear voice": adjectives between
	// the possessive and the voice leave it the possessor's.
	for j-1 > m.First && w.isWord(j-1) && w.isLower(j-1) && w.lower(j-1) != "s" && !possessive(w.word(j-1)) && strings.HasPrefix(d.tagOf(j-1), "JJ") {
		j--
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
func (d *doc) nominalReferent(m mention, f *found, c *conversation) *entity {
	para := f.para
	if !c.fiction || m.Org {
		return nil
	}
	if e := d.kin(m, f, c); e != nil {
		return e
	}
	// "exclaimed that young gentleman" points back as "the" does.
	if det := d.w.lower(m.First); det != "the" && det != "this" && det != "that" {
		return nil
	}
	if d.saysWhichOne(m) {
		return nil
	}
	// "the count" is the one known as Count Varsky.
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
	// "…, Fenby," / "…," replied the old lady: the one addressed
	// answers, when the description fits her.
	if c.replying(para) && c.lastQuote.mark >= 0 {
		if e := d.turnAddressee(c); e != nil && e != c.lastQuote.speaker && !e.nominal && e != c.t.narrator && compatible(e, m.Gender) {
			return e
		}
	}
	e := c.t.antecedent(m.Start, para, m.Gender)
	// "…," urged the girl. / "…," cried the young lady: the exchange
	// called the girl so a turn ago; a new epithet is someone else.
	epithet := d.w.lower(m.First) == "the" && !strings.ContainsAny(m.Name, "'’")
	if e != nil && epithet && c.otherEpithet(e, head, para) {
		e = c.t.antecedentSkip(m.Start, para, m.Gender, e)
		if e != nil && c.otherEpithet(e, head, para) {
			return nil
		}
	}
	if e == nil || e.nominal {
		return nil
	}
	// "…," said Tom. / "…," replied the old man: in answer to a named
	// turn, the one Tom was talking with, rather than a man the
	// narration named further back who has no part in the exchange.
	if c.replying(para) && e != c.cur && e != c.other && c.cur != nil && !c.cur.nominal && c.lastQuote.speaker == c.cur {
		if o := c.other; o != nil && !o.nominal && o != c.t.narrator && (o.gender == m.Gender || unknownPerson(o)) {
			return o
		}
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

// turnAddressee returns whom the last turn of the exchange called by
// name: "“This is grave, Hale,” said Tom. “You should have helped.”" calls
// Hale, though its last piece names no one. Only the pieces of the same
// speaker in the paragraph of the last quote count.
func (d *doc) turnAddressee(c *conversation) *entity {
	for k := len(c.turn) - 1; k >= 0; k-- {
		f := c.turn[k]
		if f.mark < 0 || f.speaker != c.lastQuote.speaker {
			continue
		}
		if e := d.addressee(d.marks[f.mark], c.t); e != nil {
			return e
		}
	}
	return nil
}

// otherEpithet reports whether the exchange lately called e by a
// description whose head noun is not head.
func (c *conversation) otherEpithet(e *entity, head string, para int) bool {
	for key, u := range c.described {
		if u.e != e || para-u.para > describedReach {
			continue
		}
		if f := strings.Fields(key); len(f) > 0 && f[len(f)-1] != head {
			return true
		}
	}
	return false
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
	w := &d.w
	head := w.lower(m.Last - 1)
	g := nounGender[head]
	switch w.lower(m.First) {
	case "the":
	case "his", "her", "my", "our":
		// "his mother" is a woman; "his companion" could be anyone's,
		// but answering the one he keeps company with, "my friend" or
		// "his companion" is the other party.
		if g == genderUnknown && !companionNouns[head] {
			return nil
		}
	default:
		return nil
	}
	// A trade the lexicons do not know, "the painter", is a walk-on's
	// as often as a named party's: only the one addressed by name is
	// known to answer.
	trade := false
	if g == genderUnknown && !personNouns[head] {
		if !d.describes(m.Last - 1) {
			return nil
		}
		trade = true
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
		if e := d.turnAddressee(c); fits(e) {
			return e
		}
	}
	if c.lastQuote.Mention == nil || trade {
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
	w := &d.w
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

// possessorGender is the gender of a possessive pronoun that tells one,
// "his" or "her", else genderUnknown.
func possessorGender(l string) gender {
	switch l {
	case "his":
		return genderMale
	case "her":
		return genderFemale
	}
	return genderUnknown
}

// kin resolves, in fiction, a description by kinship to the character the
// family's surname names with the honorific it implies: "his wife", said of
// Mr. Penhallow, is Mrs. Penhallow; "her father", said of Elizabeth Penhallow, is
// Mr. Penhallow. The his or her is resolved as a pronoun would be.
func (d *doc) kin(m mention, f *found, c *conversation) *entity {
	para := f.para
	if m.Last-m.First != 2 {
		return nil
	}
	g := possessorGender(d.w.lower(m.First))
	if g == genderUnknown {
		return nil
	}
	var title string
	kw := d.w.lower(m.First + 1)
	switch kw {
	case "aunt", "uncle":
		// "her aunt" is the one the story calls Aunt Mabel, whoever's
		// niece the her is: a family has few of them.
		return c.t.calledBy(kw, m.Start)
	case "ladyship", "lordship":
		// "her ladyship" is the lady of the story last named so: Lady
		// Mabel.
		return c.t.calledBy(strings.TrimSuffix(kw, "ship"), m.Start)
	case "wife", "mother":
		title = "mrs"
	case "husband", "father":
		title = "mr"
	default:
		return nil
	}
	// "“Mrs. Dunmore,” said her husband": the her is the one the
	// quotation speaks to.
	var owner *entity
	sur, written := "", ""
	// The quotation before the attribution: the first part of one it
	// splits, "“Mrs. Dunmore,” said her husband, “sit here.”"
	k := f.mark
	if k > 0 && d.marks[k].Inner.Start > m.Start && d.paraOf[d.tokenAt(d.marks[k-1].Inner.Start)] == d.paraOf[m.First] {
		k--
	}
	if k >= 0 && d.marks[k].Inner.End <= m.Start && f.Mention != nil && f.Mention.Start == m.Start {
		if e, voc, ok := d.vocative(d.marks[k], c.t); ok {
			toks, honor, _, hasHonor := c.t.parts(voc.Name)
			if e != nil && !e.nominal && !e.org && (e.gender == g || hasHonor && honor == g) {
				owner = e
			} else if e == nil && hasHonor && honor == g && len(toks) > 0 {
				sur = toks[len(toks)-1]
				written = voc.Name
			}
		}
	}
	if owner == nil && sur == "" {
		owner = c.t.antecedent(d.toks[m.First].Start, para, g)
	}
	if sur != "" {
		if e := c.t.familyTitled(sur, title, nil); e != nil {
			return e
		}
		return c.t.spouse(kw, title, written)
	}
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
	// A woman the story does not call Mrs. may bear her father's name,
	// not her husband's: "her husband", said of May Quince, is not Mr.
	// Quince.
	if e := c.t.familyTitled(owner.tokens[len(owner.tokens)-1], title, owner); e != nil && (kw != "husband" || owner.honorific == "mrs") {
		return e
	}
	// "his wife", said of Mr. Dunmore, is Mrs. Dunmore.
	if kw == "wife" && owner.honorific == "mr" || kw == "husband" && owner.honorific == "mrs" {
		return c.t.spouse(kw, title, owner.canonical)
	}
	return nil
}

// bloodKin resolves, in fiction, "…," said his brother, answering a
// turn, when nothing nearer told who the brother is: the his is the one
// who spoke that turn, and the brother, sister, son or daughter the one of
// that sex who bears the speaker's surname, the last told of when there
// are several. A married woman's brother and sister bear her maiden name,
// not the one the story calls her by; a Mrs. married the name.
func (d *doc) bloodKin(m mention, f *found, c *conversation) *entity {
	if !c.fiction || m.Last-m.First != 2 || !c.replying(f.para) {
		return nil
	}
	// "…," said the son, answering his father: "the" tells no one's
	// kin but the one who spoke the turn before's.
	det := d.w.lower(m.First)
	g := possessorGender(det)
	if g == genderUnknown && det != "the" {
		return nil
	}
	kw := d.w.lower(m.First + 1)
	switch kw {
	case "brother", "sister", "son", "daughter":
	default:
		return nil
	}
	owner := c.lastQuote.speaker
	if owner == nil || owner.nominal || owner.org || g != genderUnknown && owner.gender != g || len(owner.tokens) == 0 {
		return nil
	}
	if len(owner.tokens) < 2 && owner.honorific == "" || (kw == "brother" || kw == "sister") && owner.honorific == "mrs" {
		return nil
	}
	sur := owner.tokens[len(owner.tokens)-1]
	t := c.t
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= m.Start })
	for i := k - 1; i >= 0; i-- {
		e := t.timeline[i].ent
		if e == owner || e.nominal || e.org || len(e.tokens) == 0 || e.tokens[len(e.tokens)-1] != sur {
			continue
		}
		// A bare untitled surname, "Pike", or a name with the
		// speaker's own given name may be the table's other entry for
		// the speaker himself.
		if !e.titled && len(e.tokens) < 2 || slices.Contains(owner.tokens, e.tokens[0]) && len(e.tokens) > 1 {
			continue
		}
		if e.gender == nounGender[kw] && !(e.honorific == "mrs" && (kw == "sister" || kw == "daughter")) {
			return e
		}
	}
	return nil
}

// spouse returns the wife or husband, as kw says, of the one named name,
// by the honorific title and the surname: the story may not have named
// them yet.
func (t *entityTable) spouse(kw, title, name string) *entity {
	f := strings.Fields(name)
	if len(f) == 0 || kw != "wife" && kw != "husband" {
		return nil
	}
	return t.linkName(mention{Kind: mentionName, Name: honorificForm[title] + " " + cleanName(f[len(f)-1])})
}

// honorificForm writes an honorific as a name opens with it.
var honorificForm = map[string]string{"mr": "Mr.", "mrs": "Mrs."}

// familyTitled returns the entity named by honorific title and surname
// sur alone, "Mrs." and "Dunmore", other than skip.
func (t *entityTable) familyTitled(sur, title string, skip *entity) *entity {
	for _, i := range t.candidates([]string{sur}) {
		if e := t.ents[i]; e != skip && !e.nominal && e.honorific == title && len(e.tokens) == 1 && e.tokens[0] == sur {
			return e
		}
	}
	return nil
}

// calledBy returns the entity last mentioned before pos that the story
// names with honorific title: "Aunt Mabel" for "aunt".
func (t *entityTable) calledBy(title string, pos int) *entity {
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0; i-- {
		if e := t.timeline[i].ent; !e.nominal && e.honorific == title {
			return e
		}
	}
	return nil
}

// titled returns the most recent entity before pos named with honorific
// title, "count" for Count Varsky, when the title is a rank or a
// profession, not a kinship or a courtesy ("the lady"): "doctor" is "dr".
func (t *entityTable) titled(title string, pos int) *entity {
	switch title {
	case "doctor":
		title = "dr"
	case "count", "countess", "duke", "duchess", "colonel", "captain", "professor", "king", "queen", "prince", "princess", "major":
	default:
		return nil
	}
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0; i-- {
		if e := t.timeline[i].ent; !e.nominal && (e.honorific == title || e.dubbed == title) {
			return e
		}
	}
	return nil
}

// dub notes the ranks and professions quotation mq calls known
// characters by, "Doctor Pike" for the Mr. Pike of the narration: the
// narration goes on to call him "the doctor".
func (d *doc) dub(mq markQuote, t *entityTable) {
	w := &d.w
	first, last := d.tokenAt(mq.Inner.Start), d.tokenAt(mq.Inner.End)
	for k := first; k+1 < last; k++ {
		if !w.isWord(k) || !w.isCap(k) {
			continue
		}
		title := strings.TrimSuffix(w.lower(k), ".")
		if title == "doctor" {
			title = "dr"
		}
		if !dubTitles[title] {
			continue
		}
		j := k + 1
		if w.isPunct(j, ".") {
			j++
		}
		np, nm, ok := w.nameAfter(j, last)
		if !ok {
			continue
		}
		m := d.makeMention(mentionName, np, nm, genderUnknown)
		e := t.known(m)
		// "Doctor Pike" is not Mrs. Pike, but her husband, nor Ada
		// Pike, nor, maybe, Ned Pike: the doctor is one the story calls
		// by the name alone.
		if e == nil || e.nominal || e.org || e.honorific == title || wifeOrDaughter(e.honorific) || len(e.tokens) != len(strings.Fields(m.Name)) {
			continue
		}
		e.dubbed = title
	}
}

// dubTitles are the titles of rank and profession titled looks up.
var dubTitles = setOf(`dr count countess duke duchess colonel captain professor king queen prince princess`)

// ageKind is what a description tells of a person's age.
type ageKind uint8

const (
	ageChild ageKind = 1 << iota // "the boy", "the child"
	ageGirl                      // "the girl", who may be a young woman
	ageAdult                     // "the gentleman", "the woman"
	ageOld                       // "the old gentleman", "the elderly lady"
)

var (
	childNouns = setOf(`boy child urchin infant baby youngster`)
	girlNouns  = setOf(`girl lass`)
	adultNouns = setOf(`gentleman lady man woman`)
	oldWords   = setOf(`old elderly aged`)
)

// descAge reads what the words of a description tell of age.
func descAge(words []string) ageKind {
	if len(words) == 0 {
		return 0
	}
	head := words[len(words)-1]
	var k ageKind
	switch {
	case childNouns[head]:
		k = ageChild
	case girlNouns[head]:
		k = ageGirl
	case adultNouns[head]:
		k = ageAdult
	default:
		return 0
	}
	for _, w := range words[:len(words)-1] {
		if oldWords[w] {
			if k == ageChild || k == ageGirl {
				return 0
			}
			k = ageOld
		}
		if w == "young" || w == "younger" || w == "little" {
			if k == ageOld {
				return 0
			}
			if k == ageAdult && w != "little" {
				// "the young man" may have been "the lad" a page before.
				return 0
			}
		}
	}
	return k
}

// ageClash reports whether a description telling age k cannot be e: an
// old gentleman is not the one called the boy or the girl, a man or a
// woman not the child, a boy or a girl not the one called old.
func ageClash(e *entity, k ageKind) bool {
	if e == nil || k == 0 {
		return false
	}
	switch k {
	case ageChild:
		// "Mr. Pike" is a grown man, whatever "the boy" near his name.
		return adultTitles[e.honorific]
	case ageOld:
		return e.age&(ageChild|ageGirl) != 0
	case ageAdult:
		return e.age&ageChild != 0
	}
	return false
}

// adultTitles are the honorifics only a grown person is given; "Miss"
// and "Master" are a child's as well, and a lord may be a boy.
var adultTitles = setOf(`mr mrs ms dr sir madame mme madam monsieur dame captain colonel major professor herr frau signor signora senor señor senora señora`)

// compatible reports whether a he or she can refer to e.
func compatible(e *entity, g gender) bool {
	if e == nil || e.org || e.gender == genderPlural || e.gender == genderNeuter {
		return false
	}
	return e.gender == genderUnknown || e.gender == g
}

// roleNouns are trades and stations a walk-on character is called by,
// and "stranger". Not "visitor" or "guest": one who came to see the host
// is a party of the exchange.
var roleNouns = setOf(`stranger officer servant clerk porter driver landlord
	landlady keeper sergeant soldier sailor priest parson vicar curate judge
	lawyer magistrate constable policeman inspector detective maid butler
	footman coachman waiter cook farmer peasant merchant shopkeeper guard
	jailer barman surgeon`)

// personNouns are common nouns of people that tell no gender, for
// descriptions that may speak: "The doctor looked up."
var personNouns = setOf(`doctor surgeon stranger officer servant clerk child youth
	stripling kidnapper auctioneer porter driver landlord landlady keeper captain
	sergeant soldier sailor priest parson vicar clergyman curate judge lawyer
	magistrate constable policeman inspector detective nurse nanny governess maid butler footman
	coachman waiter cook farmer peasant merchant shopkeeper traveller traveler
	visitor guest host hostess prisoner guard colonel general major lieutenant
	professor teacher master mistress student pupil baby infant speaker voice
	newcomer leader chief king queen prince princess duke duchess count countess
	baron baroness knight squire lord lady friend companion cousin neighbour
	neighbor fellow creature dwarf giant beggar thief stranger rider hunter`)

// relative resolves, in fiction, "her uncle", "his mother", when kin found
// no family title to know them by and the exchange no party to be them: a
// kinsman the attribution names so is someone about, the nearest one of
// the noun's gender other than the one the his or her refers to. "Mary
// and her uncle Ned Pike came in. …," said her uncle" is Ned. The kinsman
// must have been named lately, not only carried on by pronouns.
func (d *doc) relative(m mention, f *found, c *conversation) *entity {
	if !c.fiction || m.Last-m.First != 2 || m.Gender != genderMale && m.Gender != genderFemale {
		return nil
	}
	owner := possessorGender(d.w.lower(m.First))
	if owner == genderUnknown {
		return nil
	}
	o := c.t.antecedentFind(m.Start, f.para, owner, nil, false)
	if o == nil || o.nominal {
		return nil
	}
	// "Ada Pike came in with Ned Pike and Tom Reed. …," said her
	// brother: a kinsman mostly bears the family's name.
	if e := d.sameFamily(o, m, f, c); e != nil {
		return e
	}
	e := c.t.antecedentFind(m.Start, f.para, m.Gender, o, false)
	if e == nil || e.nominal || e == c.t.narrator || !d.namedSince(c.t, e, m.Start, f.para-namedK) {
		return nil
	}
	return e
}

// sameFamily is the person of kinsman description m's gender named lately,
// the nearest first, who bears the surname of o, the one the his or her
// refers to. A bare name may be a given name, so o and the kinsman must
// each have a surname or an honorific to tell it.
func (d *doc) sameFamily(o *entity, m mention, f *found, c *conversation) *entity {
	if len(o.tokens) < 2 && o.honorific == "" || len(o.tokens) == 0 {
		return nil
	}
	// A husband bears the name only of a woman called Mrs.
	if d.w.lower(m.Last-1) == "husband" && o.honorific != "mrs" {
		return nil
	}
	sur := o.tokens[len(o.tokens)-1]
	t := c.t
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= m.Start })
	for i := k - 1; i >= 0 && f.para-t.timeline[i].para <= namedK; i-- {
		e := t.timeline[i].ent
		if e == o || e.nominal || e.org || e == t.narrator || len(e.tokens) == 0 || e.tokens[len(e.tokens)-1] != sur || e.gender != m.Gender {
			continue
		}
		if len(e.tokens) < 2 && e.honorific == "" {
			continue
		}
		return e
	}
	return nil
}

// namedSince reports whether e was named, not only referred to by a he or
// she, between paragraph para and pos: a chain of pronouns may have
// carried e on past where the story turned to others.
func (d *doc) namedSince(t *entityTable, e *entity, pos, para int) bool {
	return t.referredSince(e, pos, para, d.namedAt)
}

// namedAt reports whether the text names the one reference r stands for,
// rather than referring to them by a he or she.
func (d *doc) namedAt(r ref) bool {
	j := d.tokenAt(r.pos)
	if j >= len(d.toks) || !d.w.isCap(j) {
		return false
	}
	_, pron := subjectPronouns[d.w.lower(j)]
	return !pron
}

// namedK is how many paragraphs back relative looks for the kinsman's
// name.
const namedK = 5

// turnCalled is the person the turn ending with quote l last calls by
// name, in any of its quotations: "“Good-bye, Tom,” she said. “Come
// again.”" hands the word to Tom, though its last piece names no one. The
// last name called wins, as the turn hands the word to them: "“Come, Tom,”
// … “What do you say, Ned?”".
func (d *doc) turnCalled(l *found, t *entityTable) *entity {
	for k := l.mark; k >= 0; k-- {
		if int(d.paraOf[d.tokenAt(d.marks[k].Inner.Start)]) != l.para {
			break
		}
		if e := d.addressee(d.marks[k], t); e != nil {
			return e
		}
	}
	return nil
}

// companionNouns are the nouns of one who keeps another company, or
// receives them.
var companionNouns = setOf(`companion friend host hostess visitor guest`)

// turnCalledTitled is turnCalled for a name the narration has not brought
// in near the turn, when a title tells it is of gender g: "“…, Mr. Pike?”
// said Ada. / “…,” he answered." is the one so called, found by his name
// as an attribution would find it, though no one near was known by it.
// Only when no one the turn calls is known: that one was turnCalled's to
// take or leave.
func (d *doc) turnCalledTitled(l *found, g gender, t *entityTable) *entity {
	for k := l.mark; k >= 0; k-- {
		if int(d.paraOf[d.tokenAt(d.marks[k].Inner.Start)]) != l.para {
			break
		}
		e, voc, ok := d.vocative(d.marks[k], t)
		if e != nil {
			return nil
		}
		// Only a name set off by a comma inside the turn: one opening
		// it may be the speaker's own, "Mr. Pike, your new tenant.",
		// and one after "my" may be said of someone, "sent by my Lord
		// Pike".
		if ok && voc.Gender == g && voc.First > d.tokenAt(d.marks[k].Inner.Start) && d.w.isPunct(voc.First-1, ",") {
			return t.linkName(voc)
		}
	}
	return nil
}

// descKey is the key a description is known by: its words in lower case.
func descKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(name)), " ")
}

// unknownVoice resolves, in fiction, "cried a voice": the speaker is not
// yet seen, so the description tells nothing of who it is. The one the
// turn before called by name answers, "“Helen!” she called. “Yes!”
// replied a voice"; else the narration of the paragraph goes on to show
// who spoke, "said a voice, and Tom came out of the reeds".
func (d *doc) unknownVoice(m mention, f *found, c *conversation) *entity {
	w := &d.w
	if !c.fiction || m.Last-m.First < 2 || w.lower(m.Last-1) != "voice" {
		return nil
	}
	if det := w.lower(m.First); det != "a" && det != "an" {
		return nil
	}
	if c.replying(f.para) && c.lastQuote.mark >= 0 {
		if e := d.turnCalled(c.lastQuote, c.t); e != nil && e != c.lastQuote.speaker && !e.nominal && e != c.t.narrator {
			return e
		}
	}
	p := d.paras[f.para]
	for k := m.Last; k < p.Last; k++ {
		if d.inQuote(d.toks[k].Start) || !w.nameLike(k) || d.sentenceStart(k) {
			continue
		}
		np, nm, ok := w.nameAfter(k, p.Last)
		if !ok {
			continue
		}
		if d.voiceListener(np, p.Last) {
			k = np[1] - 1
			continue
		}
		if e := c.t.known(d.makeMention(mentionName, np, nm, genderUnknown)); e != nil && !e.nominal && !e.org && e != c.t.narrator {
			return e
		}
		k = np[1] - 1
	}
	return nil
}

// voiceListener reports whether the name at np, in the narration after
// "said a voice", is one who heard it rather than who spoke: the object of
// a preposition, "a voice in Tom's ear", "the face of Tom", or the subject
// of a verb of perceiving, "which Tom thought he had heard", "Tom saw Ada".
// Not after "by" or "with": "she was walking by Tom" shows the speaker.
func (d *doc) voiceListener(np [2]int, end int) bool {
	w := &d.w
	b := np[0] - 1
	if b >= 0 && w.isWord(b) && w.lower(b) == "the" {
		b--
	}
	if b >= 0 && w.isWord(b) && voicePrepositions[w.lower(b)] {
		// "the youngest of the Pike girls" describes the one it names.
		return possessive(w.word(np[1]-1)) || np[1] >= end || !(w.isWord(np[1]) && w.isLower(np[1]))
	}
	return np[1] < end && w.isWord(np[1]) && listenerVerbs[w.lower(np[1])]
}

var (
	voicePrepositions = setOf(`in into from to at of`)
	listenerVerbs     = setOf(`saw heard thought knew recognised recognized felt fancied`)
)

// saysWhichOne reports whether description m tells its person apart by a
// phrase, "the gentleman in the white waistcoat", "the man with the keys":
// a novel marks a walk-on so, and calls its named people by their names.
func (d *doc) saysWhichOne(m mention) bool {
	for k := m.First + 1; k < m.Last; k++ {
		if l := d.w.lower(k); l == "in" || l == "with" {
			return true
		}
	}
	return false
}

// theLatter resolves "said the latter" to the second of the last two
// people the narration named, in the paragraph of the quote or the one
// before: "Ada and Nell came in. “…,” said the latter." is Nell.
func (d *doc) theLatter(m mention, f *found, t *entityTable) *entity {
	if m.Last-m.First != 2 || d.w.lower(m.First) != "the" || d.w.lower(m.First+1) != "latter" {
		return nil
	}
	var seen []*entity
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= m.Start })
	for i := k - 1; i >= 0 && f.para-t.timeline[i].para <= 1 && len(seen) < 2; i-- {
		r := t.timeline[i]
		if e := r.ent; !e.nominal && !e.org && e != t.narrator && !d.inQuote(r.pos) && d.namedAt(r) && !slices.Contains(seen, e) {
			seen = append(seen, e)
		}
	}
	// One name alone is no pair to take the latter of.
	if len(seen) < 2 {
		return nil
	}
	return seen[0]
}

// tradeNouns are more trades, offices, professions and ranks, beyond
// roleNouns, that a walk-on is called by. Only strayAnchor reads them: a
// turn attributed to "the chauffeur" or "the doctor" is the one who holds
// the post, not a party's of the exchange (every turn of "the doctor" the
// alternation took was a third person's), where "the companion", "the
// visitor" or "a voice" more often is a party; but they do not
// make a walk-on of their own in linkDescription, where a novel may use
// one as a named character's epithet. Not the arts
// (painter, singer, actor, dancer): a novel more often calls its own
// artist so, a party of the exchange, than a walk-on.
var tradeNouns = setOf(`doctor nurse nanny governess teacher professor
	clergyman captain colonel major general lieutenant
	abbot acrobat advocate alderman apothecary attendant attorney
	auctioneer bailiff baker banker bargeman barmaid barrister bartender
	beadle bishop blacksmith boatman boatswain bookkeeper bootblack brewer
	broker bugler butcher cabby cabman caretaker carpenter carter cashier
	chairman chairwoman chambermaid chaplain charwoman chauffeur chef
	clown cobbler collier concierge conductor coroner corporal councillor
	courier croupier deacon doorkeeper doorman dressmaker drover druggist
	drummer executioner ferryman fiddler fisherman footboy foreman friar
	gaoler gardener glazier gravedigger grocer groom gunner hangman hatter
	hawker headmaster helmsman herdsman hostler housekeeper housemaid
	innkeeper jailor janitor joiner juggler laborer labourer lamplighter
	laundress marshal mason mayor messenger miller milliner miner monk
	navvy newsboy newsvendor notary nun nursemaid orderly ostler overseer
	pageboy parlourmaid pawnbroker peddler pedlar piper ploughman plumber
	postboy postilion postman proprietor proprietress publican purser
	rector registrar salesman saleswoman schoolmaster schoolmistress
	scullion seaman sentinel sentry sexton shepherd sheriff shoemaker
	shopgirl shopman shopwoman showman signalman skipper smith solicitor
	stableman stationmaster steward stewardess stoker superintendent
	tailor tapster teller tradesman treasurer trooper trumpeter turnkey
	tutor typist undertaker usher valet vendor verger warder washerwoman
	watchman weaver workman`)

// walkOnReach is how many paragraphs back a walk-on's last subject mention
// may stand for a he or she to go on with them.
const walkOnReach = 1
