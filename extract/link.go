package extract

import (
	"sort"
	"strings"
	"unicode"
)

// Rule names, carried into every record so an error leads to its rule.
const (
	ruleCueAfter     = "direct/cue-after"        // "…," Hormats said.
	ruleCueBefore    = "direct/cue-before"       // Qian stressed: "…"
	ruleContinues    = "direct/continues"        // next paragraph of a quotation
	ruleSamePara     = "direct/same-paragraph"   // another quote of the paragraph names the speaker
	ruleNarrative    = "direct/narrative"        // Brenda sat up. "…"
	ruleTurnTaking   = "direct/turn-taking"      // alternating dialogue
	ruleAddressee    = "direct/addressee"        // "…, Basil." / "…": Basil answers
	ruleResumes      = "direct/resumes"          // the last speaker goes on after a narration
	rulePrevSpeaker  = "direct/previous-speaker" // a quote paragraph after the speaker's
	ruleCredited     = "direct/credited"         // "…" ― Ann Roe
	ruleOtherParty   = "direct/other-party"      // A, ?, where the run names only A: B answers
	ruleNextSpeaker  = "direct/next-speaker"     // a guess: the next quote's speaker
	ruleUnattributed = "direct/unattributed"
	ruleSaidThat     = "indirect/subject-cue"  // X said (that) …
	ruleContentCue   = "indirect/content-cue"  // …, X said.
	ruleAccordingTo  = "indirect/according-to" // according to X, …
	ruleGerund       = "indirect/gerund"       // …, saying …
	rulePassive      = "indirect/passive"      // X was criticized (by Y)
	ruleLabelled     = "indirect/labelled"     // Roe: Taxes must rise.
	ruleFragment     = "mixed/fragment"        // a sentence reporting a quoted fragment
	ruleMixedSuffix  = "+mixed"
)

// found is a quote before its speaker is resolved.
type found struct {
	Span
	Kind    Kind
	Mention *mention
	Cue     *cue
	Rule    string
	// antecedent is the mention a relative pronoun Mention stands for:
	// "Ann Roe" of "Ann Roe, who said".
	antecedent *mention
	mark       int // index into doc.marks, -1 for indirect
	para       int
	speaker    *entity
	// hearer is whom the attribution says the quote was spoken to: "said
	// Tom to Mary".
	hearer *entity
	// unsaid marks words no one spoke aloud, a letter read or words only
	// meant: they still place who takes part in the scene, as the
	// narration around them does, but are no quote.
	unsaid bool
}

// attribute runs the rules over d and returns the attributed quotes.
func (d *doc) attribute() []Quote {
	used := map[int]bool{} // cue token -> used by a direct quote
	// One quote a quotation, and about one a cue at most: room for them
	// all at once rather than growing the slice quote by quote.
	quotes := make([]found, 0, len(d.marks)+len(d.cues))
	for k, mq := range d.marks {
		f := found{Span: mq.Inner, Kind: Direct, mark: k, para: int(d.paraOf[d.tokenAt(mq.Inner.Start)])}
		if f.End > f.Start {
			d.directCue(&f, mq, used)
		}
		quotes = append(quotes, f)
	}
	if d.register != RegisterFiction {
		quotes = append(quotes, d.indirect(used, quotes)...)
		lab, drop := d.labelled(quotes)
		if len(drop) > 0 {
			kept := quotes[:0]
			for i, q := range quotes {
				if !drop[i] {
					kept = append(kept, q)
				}
			}
			quotes = kept
		}
		quotes = append(quotes, lab...)
	}
	quotes = d.mergeMixed(quotes)
	quotes = d.mergeColonLead(quotes)
	quotes = d.dropScareQuotes(quotes)
	quotes = d.endBeforePredicate(quotes)
	d.startAfterCue(quotes)
	sort.SliceStable(quotes, func(i, j int) bool { return quotes[i].Start < quotes[j].Start })
	d.resolve(quotes)
	head, headed := d.headline()
	headed = headed && d.wordsOutside(head)
	out := make([]Quote, 0, len(quotes))
	for _, f := range quotes {
		if f.unsaid {
			continue
		}
		q := Quote{Span: f.Span, Kind: f.Kind, Rule: f.Rule}
		q.Span = trimSpan(d.text, q.Span)
		if q.End <= q.Start {
			continue
		}
		// A headline's quotation is cut to fit by whoever wrote the
		// headline ("Roe: 'Taxes must rise.'"): it reports the words
		// rather than giving them whole, as the story below does.
		if headed && head.Start <= q.Start && q.End <= head.End {
			q.Kind = Indirect
		}
		// Two quotations of one clause make one mixed quote, not two.
		if n := len(out); n > 0 && out[n-1].Span == q.Span && out[n-1].Kind == q.Kind {
			continue
		}
		if f.Mention != nil {
			m := f.Mention.Span
			q.Mention = &m
		}
		if f.Cue != nil {
			c := f.Cue.Span
			q.Cue = &c
		}
		if f.speaker != nil {
			q.Speaker = f.speaker.canonical
		}
		if q.Speaker != "" {
			q.Confidence = d.confidence(&f)
		}
		out = append(out, q)
	}
	return out
}

// trimSpan drops white space at both ends of s.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r := rune(text[s.Start])
		if r >= 0x80 || !unicode.IsSpace(r) {
			break
		}
		s.Start++
	}
	for s.End > s.Start {
		r := rune(text[s.End-1])
		if r >= 0x80 || !unicode.IsSpace(r) {
			break
		}
		s.End--
	}
	return s
}

// directCue looks for a cue and speaker right after or right before a
// direct quotation.
func (d *doc) directCue(f *found, mq markQuote, used map[int]bool) {
	w := &d.w
	// After: `"…," Hormats said.` / `"…," said the parson.` A quotation
	// that ends a sentence with a full stop is followed by a new sentence,
	// not by its attribution, unless that goes on in lower case.
	endsSentence := d.w.isPunct(d.tokenAt(mq.Inner.End)-1, ".")
	endsQuestion := d.w.isPunct(d.tokenAt(mq.Inner.End)-1, "?!")
	if !mq.Continues && !(endsSentence && d.w.isCap(d.tokenAt(mq.Close.End))) {
		i := d.tokenAt(mq.Close.End)
		p := d.paraOf[min(i, len(d.toks)-1)]
		if i < len(d.toks) && int(d.paraOf[i]) == f.para {
			for i < len(d.toks) && w.isPunct(i, ",—–-") {
				i++
			}
			end := d.clauseEnd(i, int(p))
			if m, c, ok := d.cueAndSubject(i, end, true, !d.midSentence(mq)); ok && !d.reportsClause(c) {
				// `Ann said, "…" Tom said, "…"`: in fiction a cue after the
				// quotation that opens the next one belongs to that one
				// when the quotation has a cue of its own before it.
				if d.register == RegisterFiction && m.Last <= c.Tok && d.w.isPunct(c.LastTok+1, ",:") && d.opensQuote(c.LastTok+2) && d.cueBefore(f, mq, used) {
					return
				}
				// `"A," Tom said. "B?" He began to pace.`: a manner verb
				// opening the next sentence tells what someone did after
				// Tom's turn, not who said B. So does one after a
				// quotation the narration introduced with a cue of its
				// own: `Ann cried, "Hush!" and Tom put on his hat`.
				if !(d.register == RegisterFiction && c.Class == classManner && m.Last <= c.Tok && (endsQuestion && d.w.isCap(i) && d.cuedPieceBefore(f.mark) || d.hasCueBefore(f, mq))) {
					if m, c, ok := d.heardAfter(m, c, end); ok && !d.denied(mq, m, c, end) && !d.thingSpeaks(m) {
						if d.register == RegisterFiction && m.Kind == mentionPronoun && d.namedCueBefore(f, mq, used) {
							return
						}
						f.Mention, f.Cue, f.Rule = &m, &c, ruleCueAfter
						used[c.Tok] = true
						return
					}
				}
			}
			if m, c, ok := d.pastTenseAfter(i, end); ok && !d.reportsClause(c) && !d.midSentence(mq) && !d.scareQuote(mq) && !d.cuedPieceBefore(f.mark) && !d.hasCueBefore(f, mq) {
				if m2, c2, ok := d.heardAfter(m, c, end); ok && !d.denied(mq, m2, c2, end) {
					f.Mention, f.Cue, f.Rule = &m2, &c2, ruleCueAfter
					return
				}
			}
			if m, c, ok := d.fromAfter(i, end); ok && !d.midSentence(mq) && !d.scareQuote(mq) {
				f.Mention, f.Cue, f.Rule = &m, &c, ruleCueAfter
				return
			}
		}
	}
	if m, ok := d.creditAfter(mq); ok {
		f.Mention, f.Rule = &m, ruleCredited
		return
	}
	d.cueBefore(f, mq, used)
}

// hasCueBefore reports whether the narration right before quotation mq
// introduces it with a cue and a speaker, "Ann gasped: “…”", leaving f
// as it is.
func (d *doc) hasCueBefore(f *found, mq markQuote) bool {
	g := *f
	return d.cueBefore(&g, mq, map[int]bool{})
}

// namedCueBefore attributes f by the cue before quotation mq when that
// names its speaker rather than standing for them with a pronoun.
func (d *doc) namedCueBefore(f *found, mq markQuote, used map[int]bool) bool {
	g := *f
	if !d.cueBefore(&g, mq, map[int]bool{}) || g.Mention == nil || g.Mention.Kind == mentionPronoun {
		return false
	}
	return d.cueBefore(f, mq, used)
}

// cueBefore looks for a cue and speaker right before a direct quotation.
func (d *doc) cueBefore(f *found, mq markQuote, used map[int]bool) bool {
	w := &d.w
	// Before: `Qian stressed in his keynote address: "…"`, `He said, "…"`.
	open := d.tokenAt(mq.Open.Start)
	// A turn may open a paragraph after one that ends "His mother said:"
	// or "and said at once--".
	if open == 0 || d.toks[open].ParaStart && !w.isPunct(open-1, ":,—–--") {
		return false
	}
	j := open - 1
	for j >= 0 && w.isPunct(j, ":,—–-") {
		j--
	}
	start := d.clauseStartBefore(j)
	// The cue nearest the quotation introduces it: `When Larkin said …,
	// Varga responded, "…"`.
	cs := d.cuesIn(start, j+1)
	for ci := len(cs) - 1; ci >= 0; ci-- {
		c := cs[ci]
		if !d.introduces(c, open) {
			continue
		}
		if m, ok := d.subjectOf(c, start); ok {
			// `"I hope," said Tom, when Ann returned, "that …"`: a
			// manner verb in a clause a subordinator opens tells what
			// someone did, not who speaks next.
			if c.Class == classManner && d.register == RegisterFiction && m.First > 0 && w.isWord(m.First-1) && subordinators[w.lower(m.First-1)] {
				continue
			}
			cc := c
			f.Mention, f.Cue, f.Rule = &m, &cc, ruleCueBefore
			used[c.Tok] = true
			return true
		}
	}
	if m, c, ok := d.heardSpeaker(start, open); ok {
		f.Mention, f.Cue, f.Rule = &m, &c, ruleCueBefore
		return true
	}
	return false
}

// heardSpeaker finds, in fiction, the speaker of a quotation the narration
// introduces as heard, "she heard Tom say," "overhearing Ann whisper to
// him," or with a possessive and a gerund, "stopped by Tom's saying," "not
// without Ann's giving a sigh and saying,": the lexicon's cues miss the
// verbs there (a bare "whisper" may be a noun, a present form after a
// possessive is) and the speaker is no subject.
func (d *doc) heardSpeaker(start, open int) (mention, cue, bool) {
	w := &d.w
	if d.register != RegisterFiction || !w.isPunct(open-1, ":,—–-") {
		return mention{}, cue{}, false
	}
	verbAt := func(k int) (cue, bool) {
		if k >= open || !w.isWord(k) || w.isCap(k) || !strings.HasPrefix(d.tagOf(k), "VB") && !nounLike[w.lower(k)] {
			return cue{}, false
		}
		return d.tokenCue(k, w.lower(k), formFinite, classManner), true
	}
	for k := open - 2; k >= start && open-k < heardReach; k-- {
		if !w.isWord(k) {
			continue
		}
		if perceptionVerbs[w.lower(k)] {
			m, ok := d.mentionStartingAt(k+1, open)
			// "she heard him say,": an object pronoun before a verb.
			// Not "who heard him muttered": a past form is the
			// hearer's own verb.
			if g, obj := objectGender[w.lower(k+1)]; obj {
				if t := d.tagOf(k + 2); t == "VBD" || t == "VBN" {
					return mention{}, cue{}, false
				}
				m, ok = d.makeMention(mentionPronoun, [2]int{k + 1, k + 2}, [2]int{k + 1, k + 2}, g), true
			}
			// "heard a voice calling", "heard the story": a description
			// may be no one in the room.
			if !ok || m.Kind == mentionNominal || m.Kind == mentionPronoun && m.Gender == genderUnknown {
				return mention{}, cue{}, false
			}
			c, ok := verbAt(m.Last)
			if !ok {
				return mention{}, cue{}, false
			}
			return m, c, true
		}
		if possessive(w.word(k)) && w.isCap(k) {
			m, ok := d.mentionEndingAt(k, max(start, k-4))
			// The possessive governs a gerund, not a noun: "Tom's saying",
			// "Tom's giving a sigh and saying", but not "called Tom's
			// attention to it by saying".
			g := k + 1
			for g < open && d.lyAdverb(g) {
				g++
			}
			if !ok || m.Kind != mentionName || !w.isWord(g) || !strings.HasSuffix(w.lower(g), "ing") {
				return mention{}, cue{}, false
			}
			for g := k + 1; g < open && g-k < 8; g++ {
				for _, e := range defaultCues.forms[w.lower(g)] {
					if e.form == formGerund && e.class != classAct {
						return m, d.tokenCue(g, e.lemma, formGerund, e.class), true
					}
				}
			}
			return mention{}, cue{}, false
		}
	}
	return mention{}, cue{}, false
}

// heardReach is how many tokens before a quotation heardSpeaker looks for
// a verb of hearing: the manner and the listener may stand between the
// one heard and the words, "heard the King say in a low voice, to the
// company at large,".
const heardReach = 20

// perceptionVerbs tell of hearing someone speak: "heard Tom say".
var perceptionVerbs = setOf(`hear heard hearing overhear overheard overhearing`)

// creditAfter finds, in news, the name a dash credits a quotation to
// right after it, alone on the rest of its line or before a comma that
// describes it: `“…” ― Ann Roe⏎`, `"…"⏎⏎- Ann Roe, tweeting after …`, as
// under an epigraph or in a gallery of readers' answers.
func (d *doc) creditAfter(mq markQuote) (mention, bool) {
	w := &d.w
	if d.register != RegisterNews || mq.Continues {
		return mention{}, false
	}
	i := d.tokenAt(mq.Close.End)
	if w.isPunct(i, ".") {
		i++
	}
	if i+1 >= len(d.toks) || !w.isPunct(i, "―—–-") {
		return mention{}, false
	}
	m, ok := d.mentionStartingAt(i+1, min(len(d.toks), i+8))
	if !ok || m.Kind != mentionName {
		return mention{}, false
	}
	k := m.Last
	if k < len(d.toks) && w.isPunct(k, ".") && !d.toks[k].NewlineBefore {
		k++
	}
	if k < len(d.toks) && !d.toks[k].NewlineBefore && !d.toks[k].ParaStart && !(k == m.Last && w.isPunct(k, ",")) {
		return mention{}, false
	}
	return m, true
}

// pastTenseAfter finds, in fiction, the attribution of a quotation that
// goes on after it with a subject and a verb in the past tense the cue
// lexicon does not know: "…," Lucan conjectured; "…," she teased;
// "…," intimated I. Right after a quotation that ends with a comma or goes
// on in lower case, such a clause tells who spoke.
func (d *doc) pastTenseAfter(i, end int) (mention, cue, bool) {
	if d.register != RegisterFiction || i >= end {
		return mention{}, cue{}, false
	}
	verb := func(k int, inverted bool) (cue, bool) {
		// The tagger takes an inverted "…," flashed Ann for a participle;
		// right after the quotation, with a name after it, it is the
		// attribution's verb all the same.
		if k >= end || !d.w.isWord(k) || d.w.isCap(k) || d.tagOf(k) != "VBD" && !(inverted && d.tagOf(k) == "VBN") {
			return cue{}, false
		}
		return d.tokenCue(k, d.w.lower(k), formFinite, classManner), true
	}
	if m, ok := d.mentionStartingAt(i, end); ok && (m.Kind != mentionNominal || m.Gender != genderUnknown || d.personHead(m)) {
		k := m.Last
		for k < end && d.w.isWord(k) && strings.HasSuffix(d.w.lower(k), "ly") {
			k++
		}
		if c, ok := verb(k, false); ok {
			return m, c, true
		}
	}
	if c, ok := verb(i, true); ok {
		// "…," remonstrated the officer: a description after the verb
		// speaks when it is a person's.
		if m, ok := d.mentionStartingAt(i+1, end); ok && (m.Kind != mentionNominal || d.personHead(m) || d.ownUtterance(c, m)) {
			return m, c, true
		}
	}
	return mention{}, cue{}, false
}

// bareRole finds, in fiction, a lower-case noun of a person standing alone
// as the subject after an inverted cue: "“…,” said nanny." A household
// calls its nurse or cook by her post as by a name, with no article.
func (d *doc) bareRole(k int) (mention, bool) {
	w := &d.w
	if d.register != RegisterFiction || k+1 >= len(d.toks) || !w.isWord(k) || w.isCap(k) || !personLexicon(w.lower(k)) || !w.isPunct(k+1, ".,;!?") {
		return mention{}, false
	}
	return d.makeMention(mentionNominal, [2]int{k, k + 1}, [2]int{k, k + 1}, nounGender[w.lower(k)]), true
}

// fromAfter finds, in fiction, a speaker a verbless "from" phrase after a
// quotation gives: "“Agreed,” from the colonel." or "“Hm!” from Tom, who
// …". The phrase must be all the clause, so that "from the hall" or
// "from Tom's lips, as he …" tell where, not who.
func (d *doc) fromAfter(i, end int) (mention, cue, bool) {
	w := &d.w
	if d.register != RegisterFiction || i >= end || !w.isWord(i) || w.lower(i) != "from" {
		return mention{}, cue{}, false
	}
	m, ok := d.mentionStartingAt(i+1, end)
	// "from the Tap", "from the Lodge": a capitalised name after "the"
	// is as often a room or a house as a title.
	if !ok || !(m.Kind == mentionName && w.lower(i+1) != "the" || m.Kind == mentionNominal && d.personHead(m)) || m.Last != end && !w.isPunct(m.Last, ",") {
		return mention{}, cue{}, false
	}
	return m, d.tokenCue(i, "from", formFinite, classManner), true
}

// ownUtterance reports whether m, after the copula c, names what a he or
// she said: "“…,” was his answer", "was her cold reply". The words are
// the possessor's; "was the reply" names nobody.
func (d *doc) ownUtterance(c cue, m mention) bool {
	w := &d.w
	if l := w.lower(c.Tok); l != "was" && l != "were" {
		return false
	}
	return m.Last-1 > m.First && possessorGender(w.lower(m.First)) != genderUnknown && utterers[w.lower(m.Last-1)]
}

// heardAfter checks, in fiction, the narration after a quotation whose
// subject m a cue c follows for a verb of hearing: "“Hush!” he heard Tom
// say" is Tom's, the one heard, and "“Hush!” he heard a door slam" or
// "“Come in.” We heard her steps" names no speaker there, the hearer
// being the one spoken to. "he heard himself say" is his own. Without a
// verb of hearing, m and c stand.
func (d *doc) heardAfter(m mention, c cue, end int) (mention, cue, bool) {
	w := &d.w
	if d.register != RegisterFiction || m.Last > c.Tok+1 {
		return m, c, true
	}
	for k := c.Tok; k < end && k <= c.LastTok+3; k++ {
		if !w.isWord(k) || !perceptionVerbs[w.lower(k)] {
			continue
		}
		if w.isWord(k+1) && reflexives[w.lower(k+1)] {
			return m, c, true
		}
		h, ok := d.mentionStartingAt(k+1, end)
		// "heard her tell them": an object pronoun before a verb.
		if g, obj := objectGender[w.lower(k+1)]; obj && k+2 < end && w.isWord(k+2) && !w.isCap(k+2) && strings.HasPrefix(d.tagOf(k+2), "VB") {
			h, ok = d.makeMention(mentionPronoun, [2]int{k + 1, k + 2}, [2]int{k + 1, k + 2}, g), true
		}
		if !ok || h.Kind == mentionNominal && !d.personHead(h) || h.Kind == mentionPronoun && h.Gender != genderMale && h.Gender != genderFemale {
			return mention{}, cue{}, false
		}
		v := h.Last
		if v >= end || !w.isWord(v) || w.isCap(v) {
			return mention{}, cue{}, false
		}
		return h, d.tokenCue(v, w.lower(v), formBase, classManner), true
	}
	return m, c, true
}

// denied reports whether the narration after a quotation denies the
// speech its cue c tells of: "“…” He made no answer", "She could say
// nothing". That is no attribution: the quotation was another's, or goes
// on a turn before it. Not after a quotation broken off, "“You can't
// think he is--” Ann could not say the word": the one who could not go
// on spoke it.
func (d *doc) denied(mq markQuote, m mention, c cue, end int) bool {
	w := &d.w
	if d.register != RegisterFiction || m.Last > c.Tok || w.isPunct(d.tokenAt(mq.Inner.End)-1, "-—–") {
		return false
	}
	for k := m.Last; k < c.Tok; k++ {
		if w.isWord(k) && negators[w.lower(k)] {
			return true
		}
	}
	k := c.LastTok + 1
	if k >= end || !w.isWord(k) {
		return false
	}
	if l := w.lower(k); l == "nothing" || l == "no" {
		return true
	}
	// "Ann did not answer": the auxiliary the past-tense rule took, a
	// negator, then the speech verb.
	if negators[w.lower(k)] && w.isWord(k+1) {
		return len(defaultCues.forms[w.lower(k+1)]) > 0 || nounLike[w.lower(k+1)]
	}
	return false
}

// thingSpeaks reports whether m, the subject of a speech verb after a
// quotation in fiction, is a thing or a feeling, not a person: "but the
// uneasiness persisted", "and the concussion was repeated". Such a verb
// tells what went on around the words, not who said them.
func (d *doc) thingSpeaks(m mention) bool {
	if d.register != RegisterFiction || m.Kind != mentionNominal || m.Gender != genderUnknown || d.personHead(m) {
		return false
	}
	head := strings.ToLower(d.w.word(m.Last - 1))
	return abstractNoun([]string{head}) && !collectiveNouns[head]
}

// collectiveNouns are nouns of a body of people that end as abstract nouns
// do: "the audience cried", "the deputation replied" are people speaking.
var collectiveNouns = setOf(`audience audiences congregation deputation delegation population
nation generation administration opposition association federation corporation
organisation organization institution parliament government fellowship`)

// negators deny the verb they stand before.
var negators = setOf("not never n't")

// objectGender is the gender of the object pronouns of one person.
var objectGender = map[string]gender{"him": genderMale, "her": genderFemale}

// cuedPieceBefore reports whether the quotation before mark k, in the
// same paragraph, is attributed by a speech cue standing between the two:
// "“A,” Tom said. “B?” He turned away." — B goes on Tom's turn, and the
// narration after it tells what someone did next, often the listener.
func (d *doc) cuedPieceBefore(k int) bool {
	if k <= 0 {
		return false
	}
	prev, cur := d.marks[k-1], d.marks[k]
	a, b := d.tokenAt(prev.Close.End), d.tokenAt(cur.Open.Start)
	if a >= b || d.paraOf[a] != d.paraOf[b] || d.paraOf[d.tokenAt(prev.Inner.Start)] != d.paraOf[b] {
		return false
	}
	for _, c := range d.cuesIn(a, b) {
		if c.Class == classSpeech {
			return true
		}
	}
	return false
}

// personHead reports whether nominal mention m ends on a noun of a person:
// "the officer", "a tall girl".
func (d *doc) personHead(m mention) bool {
	return personLexicon(strings.ToLower(d.w.word(m.Last - 1)))
}

// clauseEnd returns the token index where the narration after a quotation
// ends: the next quotation mark, sentence end or paragraph end.
func (d *doc) clauseEnd(i, para int) int {
	p := d.paras[para]
	for k := i; k < p.Last && k-i < 16; k++ {
		if d.w.isPunct(k, ".!?;:") || d.inQuote(d.toks[k].Start) {
			return k
		}
	}
	return min(p.Last, i+16)
}

// clauseStartBefore returns the first token of the narration that leads up
// to token j: after the previous quotation or sentence end in the paragraph.
func (d *doc) clauseStartBefore(j int) int {
	if j < 0 {
		return 0
	}
	p := d.paras[d.paraOf[j]]
	k := j
	for k > p.First && j-k < 30 {
		if d.w.isPunct(k-1, ".!?;") || d.inQuote(d.toks[k-1].Start) {
			break
		}
		k--
	}
	return k
}

// cuesIn returns the cues whose first token lies in [first, last): the
// document's own, which the caller must not change, in a slice without
// room to append to.
func (d *doc) cuesIn(first, last int) []cue {
	k := sort.Search(len(d.cues), func(i int) bool { return d.cues[i].Tok >= first })
	j := k
	for j < len(d.cues) && d.cues[j].Tok < last {
		j++
	}
	return d.cues[k:j:j]
}

// cueAndSubject finds, in tokens [i, end) right after a quotation, a cue with
// its subject on either side: "Hormats said", "said Hormats", "he added".
// A quotation that opens its sentence (opens) may be followed by a
// description of its speaker before the cue.
func (d *doc) cueAndSubject(i, end int, nearQuote, opens bool) (mention, cue, bool) {
	// "…,” Ama Godfrey, the executive director of …, told The Huffington
	// Post: a name, an apposition set off by commas, then the cue.
	// The cue is looked for first; the mention finder, which tags words,
	// runs only when there is one.
	if nearQuote && d.register == RegisterNews && (d.w.isCap(i) || d.w.isWord(i) && (d.w.lower(i) == "a" || d.w.lower(i) == "an" || d.w.lower(i) == "the")) {
		for k := i + 2; k < len(d.toks) && k-i < 40; k++ {
			// "Dana Okafor, R-Ky., said": the full stop of an
			// abbreviation before a comma ends no sentence.
			abbrev := opens && d.w.isPunct(k, ".") && d.toks[k].Start == d.toks[k-1].End && d.w.isWord(k-1) && d.w.isPunct(k+1, ",")
			if d.w.isPunct(k, ".!?;:") && !abbrev || d.inQuote(d.toks[k].Start) {
				break
			}
			if !d.w.isPunct(k, ",") {
				continue
			}
			c, ok := d.cueAt(k + 1)
			if !ok || c.Class != classSpeech || c.Form != formFinite {
				continue
			}
			m, ok := d.mentionStartingAt(i, k)
			if ok && m.Kind == mentionName && d.w.isPunct(m.Last, ",") && m.Last < k {
				return m, c, true
			}
			// "the Vatican spokesman, Tullio Varani, told": a
			// description, then the name in apposition.
			for j := k - 1; opens && j > i; j-- {
				if d.w.isPunct(j, ",") {
					if a, ok := d.mentionStartingAt(j+1, k); ok && a.Kind == mentionName && a.Last == k && !d.hasFiniteVerb(i, j) {
						return a, c, true
					}
					break
				}
			}
			// "an intelligence source, who was not authorized to speak,
			// told": a description and its relative clause.
			if opens && ok && m.Last < k && d.w.isPunct(m.Last, ",") && d.w.isWord(m.Last+1) && d.w.lower(m.Last+1) == "who" {
				return m, c, true
			}
			break
		}
	}
	for _, c := range d.cuesIn(i, end) {
		if c.Form == formAccording {
			if m, ok := d.mentionStartingAt(c.LastTok+1, end+8); ok {
				return m, c, true
			}
			continue
		}
		if c.Class == classManner && !nearQuote {
			continue
		}
		if c.Tok-i > 6 {
			break
		}
		// Subject before the cue, between the quotation and the cue.
		if c.Tok > i && !d.passive(c) {
			// "Tom calmly asked", "the King hastily said": an adverb in
			// -ly is no part of the subject.
			if k := c.Tok - 1; k > i && d.lyAdverb(k) {
				if m, ok := d.mentionEndingAt(k-1, i); ok && m.First >= i {
					return m, c, true
				}
			}
			// "Tom at length repeated", "Ann in reply said": a phrase of
			// manner between subject and cue is no part of the subject.
			if k := c.Tok - 2; d.register == RegisterFiction && k > i && d.w.isWord(k) && (d.w.lower(k) == "at" || d.w.lower(k) == "in") && d.w.isWord(k+1) && !d.w.isCap(k+1) {
				if m, ok := d.mentionEndingAt(k-1, i); ok && m.First >= i {
					return m, c, true
				}
			}
			if m, ok := d.mentionEndingAt(c.Tok-1, i); ok && m.First >= i {
				return m, c, true
			}
			k := c.Tok - 1
			for k >= i && d.w.isWord(k) && skippable[d.w.lower(k)] {
				k--
			}
			if k < c.Tok-1 {
				if m, ok := d.mentionEndingAt(k, i); ok && m.First >= i {
					return m, c, true
				}
			}
		}
		// Inverted: "said Hormats", "said the parson"; not a participle,
		// whose object follows it: "adding that its shares rose".
		if c.Form != formGerund && (c.Tok == i || (c.Tok > i && d.allSkippable(i, c.Tok))) {
			if m, ok := d.mentionStartingAt(c.LastTok+1, len(d.toks)); ok {
				return d.possessed(m), c, true
			}
			if m, ok := d.bareRole(c.LastTok + 1); ok {
				return m, c, true
			}
		}
	}
	return mention{}, cue{}, false
}

// possessed turns, in fiction, a name in the possessive that a noun of a
// person follows into the description of that person: "said Tom's wife",
// "said Ann's young man" speaks for the wife and the young man, not Tom or
// Ann.
func (d *doc) possessed(m mention) mention {
	w := &d.w
	if d.register != RegisterFiction || m.Kind != mentionName || !possessive(w.word(m.Last-1)) {
		return m
	}
	for k := m.Last; k < m.Last+3 && w.isWord(k) && !w.isCap(k); k++ {
		l := w.lower(k)
		// "said Tom's voice" is Tom's.
		if personLexicon(l) && l != "voice" {
			return d.makeMention(mentionNominal, [2]int{m.First, k + 1}, [2]int{m.First, k + 1}, nounGender[l])
		}
		if !strings.HasPrefix(d.tagOf(k), "JJ") {
			break
		}
	}
	return m
}

func (d *doc) allSkippable(i, j int) bool {
	for k := i; k < j; k++ {
		if !d.w.isWord(k) || !skippable[d.w.lower(k)] && !strings.HasSuffix(d.w.lower(k), "ly") {
			return false
		}
	}
	return true
}

// governing are prepositions whose object may stand just before a verb of
// speech: "with a frown … said", "to his instances … said".
var governing = setOf(`with in to by of for at about over into from upon under behind after
	through across against among`)

// passive reports whether speech cue c is, in fiction, a passive
// participle after a form of "be": "Such things were said on many sides",
// "The question was repeated", "he was asked". Its subject is the words or
// the one spoken to, not the speaker.
func (d *doc) passive(c cue) bool {
	w := &d.w
	k := c.Tok - 1
	return d.register == RegisterFiction && w.isWord(k) && beForms[w.lower(k)] && !strings.HasSuffix(w.lower(c.Tok), "ing")
}

// degreeWords may stand between a preposition and the noun phrase it
// governs when the mention finder leaves them out of the phrase.
var degreeWords = setOf(`a an the such more most very few`)

// governed reports whether m is, in fiction, a description a preposition
// governs.
func (d *doc) governed(m mention) bool {
	p := m.First - 1
	// "after a few moments added", "on such occasions said", "in a more
	// determined manner said": the article and the words of degree stand
	// between the preposition and the noun phrase it governs.
	for p > m.First-4 && p >= 0 && d.w.isWord(p) && degreeWords[d.w.lower(p)] {
		p--
	}
	return d.register == RegisterFiction && m.Kind == mentionNominal && p >= 0 && d.w.isWord(p) && !d.w.isCap(p) && governing[d.w.lower(p)]
}

// subjectOf finds the speaker of cue c within its clause starting at min:
// the subject before it, or after it when inverted.
func (d *doc) subjectOf(c cue, min int) (mention, bool) {
	if c.Form == formAccording {
		return d.mentionStartingAt(c.LastTok+1, len(d.toks))
	}
	if c.Form == formGerund {
		// "X lobbied for it, saying, \"…\"": the subject of the sentence.
		// In a story also "broke the silence by saying,", "and saying,".
		if d.w.isPunct(c.Tok-1, ",") {
			if m, ok := d.gerundClauseSubject(c, min); ok {
				return m, true
			}
			// "The talks will go on, Roe said, adding, \"…\"": the gerund
			// goes on with the cue right before its comma, whose subject
			// speaks, not the reported clause's. (A story's sentence
			// subject is the speaker's already, by gerundClauseSubject.)
			s := d.sents[d.sentOf[c.Tok]]
			for _, p := range d.cuesIn(c.Tok-4, c.Tok-1) {
				if d.register != RegisterFiction && p.LastTok == c.Tok-2 && p.Form == formFinite && p.Class == classSpeech && !d.passive(p) {
					if m, ok := d.subjectBefore(p.Tok, s.First); ok {
						return m, true
					}
				}
			}
			return d.sentenceSubject(s, c.Tok)
		}
		// A story's "broke the silence by saying," "and saying," is the
		// sentence subject's when that is someone: "The memory of it
		// made her end the talk by saying," is not the memory's.
		// "he found himself saying:", "heard herself asking": the one
		// the reflexive stands for.
		if k := c.Tok - 2; d.register == RegisterFiction && k > min && d.w.isWord(c.Tok-1) && reflexives[d.w.lower(c.Tok-1)] && d.w.isWord(k) && d.tagOf(k) == "VBD" {
			return d.subjectBefore(k, min)
		}
		if d.register != RegisterFiction || !d.w.isWord(c.Tok-1) || d.w.lower(c.Tok-1) != "by" && d.w.lower(c.Tok-1) != "and" {
			return mention{}, false
		}
		m, ok := d.gerundClauseSubject(c, min)
		if !ok {
			m, ok = d.sentenceSubject(d.sents[d.sentOf[c.Tok]], c.Tok)
		}
		if !ok || m.Kind == mentionNominal && !d.personHead(m) || m.Kind == mentionPronoun && m.Gender != genderMale && m.Gender != genderFemale {
			return mention{}, false
		}
		return m, true
	}
	if c.Form == formBase {
		if d.register == RegisterFiction {
			return d.infinitiveSubject(c, min)
		}
		return mention{}, false
	}
	if d.passive(c) {
		return mention{}, false
	}
	if m, ok := d.subjectBefore(c.Tok, min); ok {
		// In a story, "walking about with a frown, …, said": a noun a
		// preposition governs is no subject; the subject stands before
		// the phrase, "Ned coloured, and in a low tone said".
		if d.governed(m) {
			if s, ok := d.subjectBefore(m.First-1, min); ok && s.Kind != mentionNominal {
				return s, true
			}
			return mention{}, false
		}
		return m, true
	}
	// Inversion: "…, said Qian Xiaoqian, vice minister of …"
	if c.Tok > min && d.w.isPunct(c.Tok-1, ",") || c.Tok == min {
		if m, ok := d.mentionStartingAt(c.LastTok+1, len(d.toks)); ok {
			return m, true
		}
	}
	return mention{}, false
}

// introduces reports whether cue c introduces the quotation opening at
// token open as a whole utterance: nothing between them but a hearer or a
// short adverbial closed by a colon or comma ("told reporters:", "said in a
// statement,"). "said that \"…\"" is reported speech embedding a quoted
// fragment: a mixed quote, left to the indirect rules.
func (d *doc) introduces(c cue, open int) bool {
	w := &d.w
	between := open - c.LastTok - 1
	if between == 0 {
		return true
	}
	limit := 9
	// "and then said, not fiercely, but still loud enough for the
	// furniture to hear:", "answered, in much the same words as
	// before," — fiction draws out the manner of a cue, the more so
	// before a colon or when a comma sets it off from the verb. A dash
	// there opens an aside, "said, pointing to the picture--a print
	// entitled, \"…\"": what the aside quotes is named, not said.
	drawn := d.register == RegisterFiction && w.isPunct(open-1, ":")
	if d.register == RegisterFiction && !drawn && w.isPunct(c.LastTok+1, ",") {
		drawn = true
		for k := c.LastTok + 1; k < open-1; k++ {
			if w.isPunct(k, "-—–") {
				drawn = false
			}
		}
	}
	if drawn {
		limit = 16
	}
	if between > limit || !w.isPunct(open-1, ":,—–-") {
		return false
	}
	for k := c.LastTok + 1; k < open-1; k++ {
		if w.isWord(k) && w.lower(k) == "that" || w.isPunct(k, ".;!?") {
			return false
		}
	}
	return true
}

// lyAdverb reports whether token k is an adverb in -ly, "calmly". The
// tagger reads many of them as nouns before a verb, so the ending tells,
// but for the nouns that have it.
func (d *doc) lyAdverb(k int) bool {
	w := &d.w
	if !w.isWord(k) || w.isCap(k) {
		return false
	}
	l := w.lower(k)
	return len(l) > 4 && strings.HasSuffix(l, "ly") && !lyNouns[l]
}

// lyNouns are nouns in -ly, which may end a subject: "the family said".
var lyNouns = setOf(`family assembly supply reply monopoly anomaly butterfly bully belly jelly
folly rally holly homily melancholy panoply`)

// reportsClause reports whether cue c, in fiction, goes on with a clause
// of its own, "I answered that it was late", "she replied that she would":
// it reports what was said in the narration's words, and the quotation
// before it is another turn, most often the other party's.
func (d *doc) reportsClause(c cue) bool {
	k := c.LastTok + 1
	if d.register != RegisterFiction || !d.w.isWord(k) || d.w.lower(k) != "that" || !d.w.isWord(k+1) {
		return false
	}
	switch d.w.lower(k + 1) {
	case "i", "he", "she", "it", "we", "they", "you", "there":
		return true
	}
	return false
}

// infinitiveSubject finds, in fiction, the speaker of a cue in its base
// form that a verb and "to" or a modal governs: "Ann hastened to add:",
// "Tom ventured to say,", "Ann ceased not to exclaim,", "and could say:".
// The subject is that of the governing verb.
func (d *doc) infinitiveSubject(c cue, min int) (mention, bool) {
	w := &d.w
	// "was obliged to say \"creatures,\"", "taught to say \"I\"": a word
	// quoted right after the verb is named, not spoken; a spoken
	// quotation stands after a comma or colon.
	open := -1
	for k := c.LastTok + 1; k < len(d.toks) && k-c.LastTok < 18; k++ {
		if d.opensQuote(k) {
			open = k
			break
		}
	}
	if open < 0 || !w.isPunct(open-1, ",:—–-") {
		return mention{}, false
	}
	k := c.Tok - 1
	for k > min && w.isWord(k) && d.lyAdverb(k) {
		k--
	}
	if k <= min || !w.isWord(k) {
		return mention{}, false
	}
	switch l := w.lower(k); {
	case l == "to":
		// "hastened to add", "ceased not to exclaim"
		k--
		if w.isWord(k) && negators[w.lower(k)] {
			k--
		}
		if !w.isWord(k) || w.isCap(k) || !strings.HasPrefix(d.tagOf(k), "VB") {
			// "came to the table to say", "followed him to say": the
			// infinitive of purpose after a verb and its object or
			// place is the verb's subject's, unless the verb gives the
			// words to its object: "asked him to say".
			v := d.purposeVerb(k, min)
			if v < 0 {
				return mention{}, false
			}
			k = v
		}
	case modals[l]:
	default:
		return mention{}, false
	}
	m, ok := d.subjectBefore(k, min)
	if !ok || m.Kind == mentionNominal && !d.personHead(m) || m.Kind == mentionPronoun && m.Gender == genderNeuter {
		return mention{}, false
	}
	return m, true
}

// modals govern a cue in its base form: "could say".
// purposeVerb finds, walking back from token k over a short object or
// place ("him", "to their table", "a fuller pause"), the verb in the past
// tense an infinitive of purpose after k follows, or -1.
func (d *doc) purposeVerb(k, min int) int {
	w := &d.w
	for j := k; j > min && k-j < 5; j-- {
		if !w.isWord(j) {
			return -1
		}
		t := d.tagOf(j)
		if !strings.HasPrefix(t, "VB") {
			continue
		}
		if t != "VBD" || w.isCap(j) || j == k || objectControl[w.lower(j)] {
			return -1
		}
		return j
	}
	return -1
}

// objectControl verbs give the infinitive after their object to the
// object: "asked him to say", "told her to add".
var objectControl = setOf(`asked told begged ordered wanted allowed urged invited persuaded forced
	compelled caused got bade bid expected taught commanded directed instructed required
	advised encouraged challenged dared implored entreated besought requested prompted led`)

var modals = setOf("could would should might must can will shall did")

// gerundOpeners open a clause that may have a subject of its own.
var gerundOpeners = setOf("but and yet while when where whereupon till until then so")

// gerundClauseSubject finds, in fiction, the subject of the nearest clause
// before a participle of speech when that clause is not the sentence's
// first: "…, where the maid burst in, crying,", "…; and at last she rose
// and went out, saying,". The participle tells what the subject of the
// clause it ends did, and a long sentence names others first. A he or she
// there that the sentence's own subject could be is left to that subject,
// which the resolver reads better.
func (d *doc) gerundClauseSubject(c cue, min int) (mention, bool) {
	w := &d.w
	if d.register != RegisterFiction {
		return mention{}, false
	}
	s := d.sents[d.sentOf[c.Tok]]
	for k := c.Tok - 2; k > s.First && k >= min; k-- {
		if d.inQuote(d.toks[k].Start) {
			break
		}
		j := -1
		switch {
		case w.isPunct(k, ";:,"):
			j = k + 1
		case w.isWord(k) && !w.isCap(k) && gerundOpeners[w.lower(k)] && w.isPunct(k-1, ",;"):
			j = k + 1
		}
		if j < 0 || j >= c.Tok {
			continue
		}
		if w.isWord(j) && openingAdverb(w.lower(j)) {
			j++
			if w.isPunct(j, ",") {
				j++
			}
		}
		m, ok := d.mentionStartingAt(j, c.Tok)
		if !ok || m.Org || m.Kind == mentionNominal && !d.personHead(m) || m.Kind == mentionPronoun && m.Gender != genderMale && m.Gender != genderFemale {
			continue
		}
		// A verb follows the subject, maybe after an adverb.
		v := m.Last
		if v < c.Tok && strings.HasPrefix(d.tagOf(v), "RB") {
			v++
		}
		if v >= c.Tok || !w.isWord(v) || w.isCap(v) {
			continue
		}
		if t := d.tagOf(v); !strings.HasPrefix(t, "VB") && t != "MD" {
			continue
		}
		if m.Kind == mentionPronoun {
			if f, ok := d.sentenceSubject(s, c.Tok); ok && f.First < m.First && (f.Kind != mentionPronoun || f.Gender == m.Gender) {
				return mention{}, false
			}
		}
		return m, true
	}
	return mention{}, false
}
