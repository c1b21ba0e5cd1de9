package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// indirect finds reported speech without quotation marks around each cue
// that no direct quotation claimed.
func (d *doc) indirect(used map[int]bool, direct []found) []found {
	var out []found
	if len(d.cues) > 0 {
		out = make([]found, 0, len(d.cues)) // about one report a cue at most
	}
	// The speakers of direct quotations by the sentence that names them:
	// "\"…,\" Ockley said, adding that …" reports Ockley again.
	d.directSpeakers = map[int32]*mention{}
	for i := range direct {
		if m := direct[i].Mention; m != nil && m.First >= 0 && m.First < len(d.toks) {
			d.directSpeakers[d.sentOf[m.First]] = m
		}
	}
	// Cues that only the titles of works after them took (namedWork).
	var titled map[int]bool // cue token -> every quotation that took it names a work
	if d.register == RegisterNews {
		for i := range direct {
			f := direct[i]
			if f.Cue == nil || f.mark < 0 {
				continue
			}
			work := f.Kind == Direct && f.Start > f.Cue.Start && d.namedWork(f)
			if titled == nil {
				titled = map[int]bool{}
			}
			if was, seen := titled[f.Cue.Tok]; !seen || was {
				titled[f.Cue.Tok] = work
			}
		}
	}
	covered := -1 // byte offset up to which a content span already reaches
	for ci := range d.cues {
		c := d.cues[ci]
		if c.Class == classManner || c.Start < covered {
			continue
		}
		s := d.sents[d.sentOf[c.Tok]]
		// "Election Commission reports that track spending": a verb
		// right after "that" makes it a relative pronoun, the form a noun.
		if c.NounForm {
			switch d.tagOf(c.Tok + 2) {
			case "VBD", "VBZ", "VBP", "MD":
				continue
			}
		}
		if used[c.Tok] {
			// "…, Roe said in her 2012 book, \"A Harbour Life.\"": a
			// title after the cue took it, but will be dropped as the
			// name of a work; the cue reports the clause before it.
			if titled[c.Tok] {
				if f, ok := d.contentCue(c, s); ok && f.End <= c.Start {
					f.mark, f.para = -1, int(d.paraOf[c.Tok])
					f.Cue = cueCopy(c)
					out = append(out, f)
				}
			}
			// "The streets were deserted, he added, \"but …\"": the cue
			// set in the sentence introduces the quotation after it and
			// reports the words before it too.
			if c.Form == formFinite && c.Class == classSpeech && d.w.isPunct(c.LastTok+1, ",") && d.opensQuote(c.LastTok+2) {
				// Only a clause of its own: "In a statement, he said, \"…\""
				// and "When asked, he said, \"…\"" set the scene.
				if f, ok := d.contentCueMin(c, s, 1); ok && f.Mention.Last <= c.Tok && !d.inQuote(f.Start) && !sceneOpeners[d.w.lower(d.tokenAt(f.Start))] && !d.sceneSetting(d.tokenAt(f.Start), d.tokenAt(f.End)) && !strings.ContainsAny(d.text[f.Start:f.End], ",;:") {
					f.mark, f.para = -1, int(d.paraOf[c.Tok])
					cc := c
					f.Cue = &cc
					out = append(out, f)
				}
			}
			// "“We are not at war with the north,” she said, “only with
			// its army”" without the second pair of marks: the clause
			// after the cue goes on reporting.
			if c.Form == formFinite && c.Class == classSpeech && d.w.isPunct(c.LastTok+1, ",") && d.w.isWord(c.LastTok+2) && reportGoesOn[d.w.lower(c.LastTok+2)] && !d.inQuote(d.toks[c.LastTok+2].Start) {
				m, ok := d.mentionEndingAt(c.Tok-1, s.First)
				// So does "The \"Harbour First\" plan appealed to him, he
				// said, because …": a quoted fragment before took the cue.
				if ok && m.First > s.First && (d.closesQuote(m.First-1) || d.w.isPunct(m.First-1, ",")) {
					if rest, ok2 := d.content(c.LastTok+2, s.Last); ok2 {
						cc := c
						out = append(out, found{Span: rest, Kind: Indirect, Mention: &m, Rule: ruleContentCue, mark: -1, para: int(d.paraOf[c.Tok]), Cue: &cc})
					}
				}
			}
			// "“…,” and he said he hoped …", "“…,” though she noted
			// she had …": a cue that opens a clause of its own after a
			// quotation names its speaker and reports the clause after it.
			// The joiner must stand before the subject: looking for one
			// first spares most cues the subject search.
			if c.Form == formFinite && c.Class == classSpeech && d.w.isWord(c.LastTok+1) && d.joinerIn(s.First+1, c.Tok) {
				if f, ok := d.subjectCue(c, s); ok && f.Start > c.End && !d.inQuote(f.Start) && f.Mention != nil && f.Mention.Last <= c.Tok {
					if j := f.Mention.First - 1; j > s.First && d.w.isWord(j) && clauseJoiners[d.w.lower(j)] && d.reportedClause(d.tokenAt(f.Start), s.Last) {
						f.mark, f.para = -1, int(d.paraOf[c.Tok])
						cc := c
						f.Cue = &cc
						out = append(out, f)
					}
				}
			}
			// "“…?”  The council noted that …": a quotation before
			// took the cue for its speaker, yet the cue has a
			// complement of its own, which it reports.
			if f, ok := d.ownComplement(c, s, direct); ok {
				out = append(out, f)
			}
			continue
		}
		// "Roe writes:" ending a paragraph, the next set off with no
		// quotation marks: each line of that paragraph is what she wrote.
		if lines := d.colonBlock(c, s); len(lines) > 0 {
			out = append(out, lines...)
			covered = max(covered, lines[len(lines)-1].End)
			continue
		}
		// "…, he said, citing the cost": a gerund set off by a comma
		// is a report of its own.
		actGerund := c.Form == formGerund && d.w.isPunct(c.Tok-1, ",")
		// "Roe criticized the plan and said …": a stronger cue that
		// opens a second predicate of the same subject leaves the act
		// its own object, so long as the act's report ends before it.
		actEnd := -1
		if c.Class == classAct && !actGerund && d.strongerCue(s, c) && !d.quotesAfter(c, s) {
			k, ok := d.coordinatedCue(c, s)
			if !ok {
				continue
			}
			actEnd = k
		}
		// "Roe has been criticized by her rivals for …": the subject of a
		// speech act in the passive is part of what was said, and the act
		// is the agent's, not the subject's.
		pf, passive := d.passiveSubject(c, s)
		if passive {
			pf.mark, pf.para = -1, int(d.paraOf[c.Tok])
			pf.Cue = cueCopy(c)
			out = append(out, pf)
		}
		var f found
		var ok bool
		if c.Lemma == "ask" {
			f, ok = d.askedWh(c, s)
		}
		if c.Lemma == "ask about" {
			f, ok = d.askedAbout(c, s)
		}
		if !ok && (c.Lemma == "ask" || c.Lemma == "ask about") {
			f, ok = d.askedHearerAbout(c, s)
		}
		if c.Lemma == "mention of" {
			// "mentioned freedom of religion": with words between,
			// "of" is not the noun's but the object's, and the verb
			// reports as any other.
			if c.LastTok != c.Tok+1 {
				c.Lemma, c.LastTok, c.End = "mention", c.Tok, d.toks[c.Tok].End
			} else if f, ok = d.mentionOf(c, s); !ok {
				continue
			}
		}
		// "As the Post reported, …", "…, as one study noted.": the
		// clause of "as" names the source of the rest.
		if !ok && c.Form == formFinite {
			f, ok = d.apposedObject(c, s)
		}
		var asReport []found
		if !ok && c.Form == formFinite {
			asReport = d.asClause(c, s)
		}
		switch {
		case ok:
		case c.Form == formAccording:
			f, ok = d.accordingTo(c, s)
			// "About 10:03 p.m., according to a timeline, the contractors
			// left": the report is in two pieces, as "X, he said, Y" is.
			if ok && f.Start > c.Start && c.Tok-1 > s.First && d.w.isPunct(c.Tok-1, ",") {
				if before, ok2 := d.contentMin(s.First, c.Tok-1, 1); ok2 {
					out = append(out, found{Span: before, Kind: Indirect, Mention: f.Mention, Rule: ruleAccordingTo, mark: -1, para: int(d.paraOf[c.Tok]), Cue: cueCopy(c)})
				}
			}
			// "Two were killed, according to the police, and eight were
			// hurt": a clause joined after the source reports on.
			if ok && f.End < c.Start && f.Mention != nil {
				j := f.Mention.Last
				for j < s.Last && j-f.Mention.Last < 8 && d.w.isWord(j) {
					j++
				}
				if d.w.isPunct(j, ",") && d.w.isWord(j+1) && clauseJoiners[d.w.lower(j+1)] && d.reportedClause(j+2, s.Last) {
					if rest, ok2 := d.content(j+1, s.Last); ok2 {
						cc := c
						out = append(out, found{Span: f.Span, Kind: Indirect, Mention: f.Mention, Rule: ruleAccordingTo, mark: -1, para: int(d.paraOf[c.Tok]), Cue: &cc})
						f = found{Span: rest, Kind: Indirect, Mention: f.Mention, Rule: ruleAccordingTo}
					}
				}
			}
		case c.Form == formGerund:
			f, ok = d.gerund(c, s, out)
		case c.Form == formBase:
			f, ok = d.infinitive(c, s)
		case len(asReport) > 0:
			f, ok = asReport[len(asReport)-1], true
			for _, e := range asReport[:len(asReport)-1] {
				e.mark, e.para = -1, int(d.paraOf[c.Tok])
				cc := c
				e.Cue = &cc
				out = append(out, e)
			}
		case c.Form == formFinite:
			// "…, experts say, in …": a cue set off by commas reports
			// the clause before it.
			// So does "…, the agency said in a June report."
			// Not "…, Roe said on Monday that …": "that" after the
			// phrase of time opens what was said; nor "Roe pledged to
			// put …": the infinitive is what was pledged.
			if d.w.isPunct(c.LastTok+1, ",.;") || c.LastTok+1 >= s.Last || d.w.isWord(c.LastTok+1) && timeWords[d.w.lower(c.LastTok+1)] && !d.thatAfterPhrase(c, s) && !d.infinitiveAt(c.LastTok+1) {
				f, ok = d.contentCue(c, s)
				// "…, she said on Monday, and it has …": a clause joined
				// after the attribution reports on.
				if ok && f.End < c.Start && !d.w.isPunct(c.LastTok+1, ",") {
					j := c.LastTok + 1
					for j < s.Last && j-c.LastTok < 8 && d.w.isWord(j) {
						j++
					}
					if d.w.isPunct(j, ",") && d.w.isWord(j+1) && clauseJoiners[d.w.lower(j+1)] && d.reportedClause(j+2, s.Last) {
						if rest, ok2 := d.content(j+1, s.Last); ok2 {
							out = append(out, found{Span: f.Span, Kind: Indirect, Mention: f.Mention, Rule: ruleContentCue, mark: -1, para: int(d.paraOf[c.Tok]), Cue: cueCopy(c)})
							f = found{Span: rest, Kind: Indirect, Mention: f.Mention, Rule: ruleContentCue}
						}
					}
				}
				// "X, he said, Y": the clause runs on after the cue too.
				// "X, he said, adding, \"…\"" goes on with a report of
				// its own, which the gerund introduces.
				if j, ok1 := d.attributionComma(c, s); ok && ok1 && f.Mention.Last <= c.Tok && !d.speechGerundAt(j+1) && !d.timeSpanAt(j+1) {
					if rest, ok2 := d.content(j+1, s.Last); ok2 || d.words(rest) > 0 {
						out = append(out, found{Span: f.Span, Kind: Indirect, Mention: f.Mention, Rule: ruleContentCue, mark: -1, para: int(d.paraOf[c.Tok]), Cue: cueCopy(c)})
						f = found{Span: rest, Kind: Indirect, Mention: f.Mention, Rule: ruleContentCue}
					}
				}
			}
			// "The museum, Mr. Brackett said, would …": a short first piece.
			if j, ok1 := d.attributionComma(c, s); !ok && ok1 {
				if f2, ok2 := d.contentCueMin(c, s, 1); ok2 && (f2.Mention.Last <= c.Tok || f2.Mention.First > c.LastTok) {
					rest, ok3 := d.content(j+1, s.Last)
					// "This campaign, he says, is different.": a short
					// predicate is the rest of the clause all the same.
					if !ok3 && d.words(rest) > 0 && d.w.isWord(j+1) {
						t := d.tagOf(j + 1)
						ok3 = strings.HasPrefix(t, "VB") && t != "VBG" && t != "VBN" || t == "MD"
					}
					if ok3 {
						out = append(out, found{Span: f2.Span, Kind: Indirect, Mention: f2.Mention, Rule: ruleContentCue, mark: -1, para: int(d.paraOf[c.Tok]), Cue: cueCopy(c)})
						f, ok = found{Span: rest, Kind: Indirect, Mention: f2.Mention, Rule: ruleContentCue}, true
					}
				}
			}
			if !ok {
				f, ok = d.subjectCue(c, s)
				// "…, she said as she left the court": a clause of time
				// after the cue sets the scene; what was said stands
				// before.
				if ok && d.sceneClauseAt(d.tokenAt(f.Start)) {
					if f2, ok2 := d.contentCue(c, s); ok2 {
						f = f2
					}
				}
			}
			if !ok {
				f, ok = d.contentCue(c, s)
			}
		}
		// "Roe criticized the levy as a waste, after the mayor said …":
		// the act's report ends where the stronger cue's clause opens.
		if ok && actEnd >= 0 && f.End > d.toks[actEnd].Start && f.Start < d.toks[actEnd].Start && f.Start > c.Start {
			k := d.tokenAt(f.Start)
			if span, ok2 := d.contentMin(k, actEnd, d.objectMin(c, k)); ok2 {
				f.Span = span
			}
		}
		if !ok || actEnd >= 0 && f.End > d.toks[actEnd].Start {
			continue
		}
		if passive && f.Start > c.Start {
			f.Mention = pf.Mention
		}
		if r, ok := d.relativePiece(f, c, s); ok {
			out = append(out, found{Span: Span{d.toks[r].Start, d.toks[r].End}, Kind: Indirect, Mention: f.Mention, Rule: f.Rule, mark: -1, para: int(d.paraOf[c.Tok]), Cue: cueCopy(c)})
		}
		f.mark = -1
		f.para = int(d.paraOf[c.Tok])
		cc := c
		f.Cue = &cc
		out = append(out, f)
		if f.End > covered && f.Start > c.Start {
			covered = f.End
		}
	}
	return append(out, d.claimNounReports(out)...)
}

// claimNouns name what someone asserted; "that" after one opens either
// the assertion ("his claim that the vote was rigged") or a relative
// clause ("a claim that originated in a deposition").
var claimNouns = setOf(`claim claims assertion assertions suggestion suggestions allegation allegations
	accusation accusations contention insistence argument arguments statement statements complaint
	complaints warning warnings remark remarks comment comments`)

// claimNounReports are the assertions that a noun of claiming states in a
// clause after "that": "Roe's claim that the pier was sold", "his
// suggestion that the tolls rise", "allegations that the board lied". The
// clause must have a subject and a finite verb with words after it: a verb
// right after "that" ("a claim that originated …") or a verb that ends
// the clause ("a charge that Roe denied") makes "that" a relative pronoun.
// The one whose noun it is, a possessive before it, speaks; else no one
// named. Only the spots of "that" are looked at.
func (d *doc) claimNounReports(prev []found) []found {
	w := &d.w
	var out []found
	for _, k := range d.thats {
		i := k - 1
		if i < 1 || !w.isWord(i) || !claimNouns[w.lower(i)] || !strings.HasPrefix(d.tagOf(i), "NN") || d.inQuote(d.toks[k].Start) {
			continue
		}
		s := d.sents[d.sentOf[k]]
		first := k + 1
		if first >= s.Last || !w.isWord(first) {
			continue
		}
		switch t := d.tagOf(first); {
		case strings.HasPrefix(t, "VB"), t == "MD", strings.HasPrefix(t, "RB"), t == "IN", t == "TO", t == "WDT":
			continue
		}
		last := first
		for last < s.Last && !(w.isPunct(last, ",;:.?!—–") && !d.inQuote(d.toks[last].Start)) {
			last++
		}
		// The subject, a finite verb after it, and words after the verb.
		v := -1
		for j := first + 1; j < last; j++ {
			if t := d.tagOf(j); w.isWord(j) && (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") {
				v = j
				break
			}
		}
		if v < 0 {
			continue
		}
		e := v + 1
		for e < last && w.isWord(e) && (d.tagOf(e) == "VB" || d.tagOf(e) == "VBN" || d.tagOf(e) == "VBG" || strings.HasPrefix(d.tagOf(e), "RB")) {
			e++
		}
		if e >= last {
			continue
		}
		span, ok := d.contentMin(first, last, minContentWords)
		if !ok || d.inQuote(span.Start) {
			continue
		}
		taken := false
		for _, f := range prev {
			if f.Start < span.End && span.Start < f.End {
				taken = true
				break
			}
		}
		if taken {
			continue
		}
		f := found{Span: span, Kind: Indirect, Rule: ruleSaidThat, mark: -1, para: int(d.paraOf[k])}
		if m, ok := d.claimOwner(i, s.First); ok {
			f.Mention = &m
		}
		out = append(out, f)
	}
	return out
}

// claimOwner is the possessor of the noun at token i: "his claim", "the
// mayor's earlier claim", "Roe's false claims".
func (d *doc) claimOwner(i, min int) (mention, bool) {
	w := &d.w
	j := i - 1
	for j > min && w.isWord(j) && (d.tagOf(j) == "JJ" || d.tagOf(j) == "VBN" || strings.HasPrefix(d.tagOf(j), "RB")) {
		j--
	}
	if j < min || !w.isWord(j) {
		return mention{}, false
	}
	switch l := w.lower(j); l {
	case "his":
		return d.makeMention(mentionPronoun, [2]int{j, j + 1}, [2]int{j, j + 1}, genderMale), true
	case "her":
		return d.makeMention(mentionPronoun, [2]int{j, j + 1}, [2]int{j, j + 1}, genderFemale), true
	case "their":
		return d.makeMention(mentionPronoun, [2]int{j, j + 1}, [2]int{j, j + 1}, genderPlural), true
	}
	// Not the phrase a preposition joins before it: in "doubts about
	// Roe's claim" Roe claims.
	if possessive(w.word(j)) && possessiveNoun(w.word(j)) {
		return d.mentionHead(j, min)
	}
	return mention{}, false
}

// cueCopy returns a copy of c to point to: a pointer to the loop's own
// cue would move every cue the loop looks at to the heap.
func cueCopy(c cue) *cue { return &c }

// asStart returns the token of "as" that opens the source clause of cue
// c and the source's mention: "as reported by the Post", "as first
// reported by the Post", "as the Post reported", "as one study noted".
func (d *doc) asStart(c cue, s sentence) (int, mention, bool) {
	w := &d.w
	// The passive: "as reported by X".
	a := c.Tok - 1
	if a > s.First && w.isWord(a) && (w.lower(a) == "first" || w.lower(a) == "previously" || w.lower(a) == "originally") {
		a--
	}
	if a >= s.First && w.isWord(a) && w.lower(a) == "as" {
		if !w.isWord(c.LastTok+1) || w.lower(c.LastTok+1) != "by" {
			return 0, mention{}, false
		}
		m, ok := d.mentionStartingAt(c.LastTok+2, s.Last)
		if !ok {
			m, ok = d.looseSource(c.LastTok+2, s.Last)
		}
		return a, m, ok
	}
	// The active: "as X reported".
	for a := c.Tok - 2; a >= s.First && c.Tok-a <= 10; a-- {
		if !w.isWord(a) {
			return 0, mention{}, false
		}
		if w.lower(a) != "as" {
			continue
		}
		m, ok := d.subjectBefore(c.Tok, a+1)
		// "as some of her aides noted": the head a partitive leads
		// is the source too; "As for the plans suggested by …" opens
		// no source.
		if (!ok || m.First != a+1) && d.tagOf(a+1) != "IN" {
			m, ok = d.looseSubject(c.Tok, a+1)
		}
		if !ok || m.First != a+1 {
			return 0, mention{}, false
		}
		return a, m, true
	}
	return 0, mention{}, false
}

// asClause is the report of a source clause opened by "as": the sentence
// after it ("As the Post reported, the mayor knew"), or before it ("The
// mayor knew, as the Post reported"); both when it stands between them.
func (d *doc) asClause(c cue, s sentence) []found {
	w := &d.w
	a, m, ok := d.asStart(c, s)
	if !ok {
		return nil
	}
	// At the sentence's start ("As the Post reported, …", "But as …")
	// or after a comma ("…, as the Post reported").
	atStart := a == s.First || a == s.First+1 && w.isWord(s.First) && (w.lower(s.First) == "and" || w.lower(s.First) == "but" || w.lower(s.First) == "however")
	if !atStart && !w.isPunct(a-1, ",") {
		return nil
	}
	// The source clause ends, a few words after the cue or its source,
	// at a comma or the sentence's end: "as the Post reported on
	// Monday,"; with a clause of its own it is no source ("as the
	// board has accused its chairman of …").
	from := c.LastTok + 1
	if m.First > c.LastTok {
		from = m.Last
	}
	end := -1
	for k := from; ; k++ {
		if k >= s.Last || w.isPunct(k, ".!?") {
			end = s.Last
			break
		}
		if k-from > 6 || d.inQuote(d.toks[k].Start) || w.isPunct(k, ";:—–(") {
			return nil
		}
		if w.isPunct(k, ",") {
			end = k
			break
		}
	}
	if d.hasFiniteVerb(from, end) {
		return nil
	}
	var out []found
	// "…, as the Post reported on Monday, and he will …": a clause
	// joined after the source reports on.
	joined := !atStart && end < s.Last && w.isWord(end+1) && clauseJoiners[w.lower(end+1)] && d.reportedClause(end+2, s.Last)
	if !atStart && (end == s.Last || joined) {
		for k := s.First; k < a; k++ {
			if d.inQuote(d.toks[k].Start) {
				return nil
			}
		}
		if sp, ok := d.content(s.First, a-1); ok {
			mm := m
			out = append(out, found{Span: sp, Kind: Indirect, Mention: &mm, Rule: ruleContentCue})
		}
	}
	if joined && len(out) > 0 {
		if sp, ok := d.content(end+1, s.Last); ok {
			mm := m
			out = append(out, found{Span: sp, Kind: Indirect, Mention: &mm, Rule: ruleContentCue})
		}
	}
	if atStart && end < s.Last {
		if sp, ok := d.content(end+1, s.Last); ok {
			mm := m
			out = append(out, found{Span: sp, Kind: Indirect, Mention: &mm, Rule: ruleSaidThat})
		}
	}
	return out
}

// minContentWords is the fewest words a reported clause must have; shorter
// ones are fragments ("he said so").
const minContentWords = 3

// objectMin is the fewest words the content of cue c, starting at token
// k, must have. What a verb calls for is a noun phrase, and a short one is
// still the whole demand ("called for his dismissal", "calling for
// change"), not a fragment; the noun ("phone calls for comment") asks for
// nothing, and a quoted phrase after it is a partial quotation left to
// the mixed rules.
func (d *doc) objectMin(c cue, k int) int {
	if c.Lemma == "call for" && k < len(d.toks) && strings.HasPrefix(d.tagOf(c.Tok), "VB") && !d.inQuote(d.toks[k].Start) && !d.opensQuote(k) {
		return 1
	}
	return minContentWords
}

// callsSomething reports whether cue c is "call" as a verb naming what its
// object is, the object opening at token k: "called him a fraud", "call
// themselves moderate", "called it very unfair".
func (d *doc) callsSomething(c cue, k int) bool {
	w := &d.w
	if c.Lemma != "call" || c.LastTok != c.Tok || k != c.Tok+1 || !w.isWord(k) || !callObjects[w.lower(k)] || !w.isWord(k+1) {
		return false
	}
	switch w.lower(k + 1) {
	case "a", "an":
		return true
	}
	switch d.tagOf(k + 1) {
	case "JJ", "RB", "RBR", "JJR":
		return true
	}
	return false
}

// content returns the span of tokens [first, last), trimmed of punctuation
// at its end, and whether it holds enough words to be a clause.
func (d *doc) content(first, last int) (Span, bool) {
	return d.contentMin(first, last, minContentWords)
}

// contentMin is content with its own least number of words.
func (d *doc) contentMin(first, last, minWords int) (Span, bool) {
	w := &d.w
	// The narrator's own contrast ends the reported clause: "…, but
	// residents were sceptical", "…; the company disagreed".
	for k := first + minContentWords; k < last-1; k++ {
		if d.inQuote(d.toks[k].Start) {
			continue
		}
		if w.isWord(k) {
			// The tests of a word; none of punctuation below holds of it.
			// "… and said that …" starts a second report of the same
			// speaker, "…, and three-quarters said …" a report of another.
			l := w.lower(k)
			if (l == "and" || l == "but") && (d.reportFollows(k+1) || d.actFollows(k+1)) {
				last = k
				if w.isPunct(k-1, ",") {
					last--
				}
				break
			}
			// A contrasting clause with a report of its own is another
			// report.
			if reportSubordinator(l) && d.reportFollows(k+1) {
				last = k
				break
			}
			continue
		}
		if w.isPunct(k, ";") || w.isPunct(k, ",") && w.isWord(k+1) && w.lower(k+1) == "but" {
			last = k
			break
		}
		// "…, Varga responded, …" is another report.
		if w.isPunct(k, ",") && d.reportFollows(k+1) {
			last = k
			break
		}
		// "…, insisting that …", "… - noting that …" is a further report.
		// So is "…, even suggesting that …".
		if w.isPunct(k, ",—–-") {
			g := k + 1
			if w.isWord(g) && (w.lower(g) == "even" || w.lower(g) == "also") {
				g++
			}
			if c, ok := d.cueAt(g); ok && c.Form == formGerund && c.Class == classSpeech {
				last = k
				break
			}
		}
		// "… had lost its identity: “France is no longer France,”": a
		// quotation introduced by a colon stands on its own.
		if w.isPunct(k, ":") && k+1 < last && d.opensQuote(k+1) {
			last = k
			break
		}
	}
	for last > first && w.toks[last-1].Kind == tokPunct && !d.closesQuote(last-1) {
		last--
	}
	for first < last && w.isPunct(first, ",:;—–-") {
		first++
	}
	if last <= first {
		return Span{}, false
	}
	n := 0
	for k := first; k < last; k++ {
		if w.isWord(k) {
			n++
		}
	}
	return Span{d.toks[first].Start, d.toks[last-1].End}, n >= minWords
}

// closesQuote reports whether token k is the closing mark of a quotation.
func (d *doc) closesQuote(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	q := d.quoteAt(d.toks[k].Start)
	return q >= 0 && d.marks[q].Close.Start == d.toks[k].Start
}

// subjectCue is "X said (that) CONTENT": the subject before the cue, the
// reported clause after it.
func (d *doc) subjectCue(c cue, s sentence) (found, bool) {
	// The reported clause first: most cues report none (a cue in a
	// relative clause, "said" as a participle), and looking for one is
	// cheaper than looking for a subject, which asks the tagger.
	if d.addsTo(c) {
		return found{}, false
	}
	k := d.afterCue(c, s)
	if k >= s.Last {
		return found{}, false
	}
	// "spoke to reporters", "spoke at a rally", "spoke out against":
	// bare "speak" takes no object, and a phrase after it says to whom,
	// where or how long, not what was said ("spoke of", "spoke about"
	// are cues of their own).
	if c.Lemma == "speak" && d.w.isWord(c.LastTok+1) {
		switch d.tagOf(c.LastTok + 1) {
		case "IN", "TO", "RP":
			return found{}, false
		}
	}
	// "maintains a program", "maintained his lead": with a noun phrase
	// for object "maintain" means keep; it reports only a clause.
	if c.Lemma == "maintain" && d.w.isWord(c.LastTok+1) && k == c.LastTok+1 {
		switch d.tagOf(k) {
		case "DT", "PRP$", "JJ", "CD":
			return found{}, false
		}
	}
	// After "that" the clause begins at once, whatever word opens it
	// ("said that in 1994, while …, she was …"), and a long one holds a
	// verb the tagger missed ("said that about 4,000 people of the region
	// live …"); a short phrase is "said that in a speech", with "that"
	// the object.
	k0 := k
	k, ok := d.clauseAfter(k, s.Last)
	if k0 > c.LastTok+1 && d.w.isWord(k0-1) && d.w.lower(k0-1) == "that" && (ok || d.words(Span{d.toks[k0].Start, d.toks[s.Last-1].End}) >= 8) {
		k, ok = k0, true
	}
	if !ok {
		return found{}, false
	}
	span, ok := d.contentMin(k, s.Last, d.objectMin(c, k))
	// "said no", "said so", "said the same of Varga": a pro-form stands
	// for what was said.
	if !ok && d.w.isWord(k) && (proForms[d.w.lower(k)] || d.w.lower(k) == "the" && d.w.isWord(k+1) && d.w.lower(k+1) == "same") {
		span, ok = d.contentMin(k, s.Last, 1)
	}
	// "said he would", "reported that sales fell": a subject and its
	// finite verb are a clause, however short.
	if !ok && d.w.isWord(k) && d.w.isWord(k+1) && (d.tagOf(k) == "PRP" || k > c.LastTok+1 && d.w.lower(k-1) == "that" && d.nounHead(k)) {
		switch d.tagOf(k + 1) {
		case "VBD", "VBZ", "VBP", "MD":
			span, ok = d.contentMin(k, s.Last, 2)
		}
	}
	if !ok {
		return found{}, false
	}
	m, ok := d.subjectBefore(c.Tok, s.First)
	// A subject with a modifier after its head is looked for only before
	// an active verb that a clause follows: "… were described to him"
	// and "…, who added to her lead" report nothing.
	// It asks the tagger, so only where no other subject was found.
	long := func() bool {
		switch d.tagOf(c.Tok) {
		case "VBD", "VBZ", "VBP":
			switch t := d.tagOf(k); {
			case strings.HasPrefix(t, "VB"), t == "MD":
				// "the question nobody asked was …": the cue is in
				// a relative clause, the verb after it the
				// sentence's.
			default:
				return d.w.isWord(c.LastTok+1) && !notClauseStart[d.w.lower(c.LastTok+1)] && !d.passiveBefore(c.Tok, s.First)
			}
		}
		return false
	}
	var post mention
	hasPost := false
	if ok {
		_, ok = d.phraseStart(m.First, s.First)
		// "adapt to what she said is growing demand", "less credit
		// than aides say he deserves": a relative word opens the
		// subject's clause, and what was said follows the cue.
		if r := m.First - 1; !ok && r > s.First && d.w.isWord(r) && relativeOpeners[d.w.lower(r)] {
			switch t := d.tagOf(k); {
			case strings.HasPrefix(t, "VB") && t != "VBG" && t != "VBN", t == "MD", d.reportedClause(k, s.Last):
				ok = true
			}
		}
		// "a note that he said was written by his lawyer": "that" opens a
		// relative clause only where a verb with no subject follows.
		if r := m.First - 1; !ok && r > s.First && d.w.isWord(r) && d.w.lower(r) == "that" {
			switch d.tagOf(k) {
			case "VBD", "VBZ", "VBP", "MD":
				ok = true
			}
		}
		// "People briefed on the move said": the mention found ends a
		// modifier of the subject, not the subject.
		if !ok && long() {
			post, hasPost = d.postModified(m, s.First)
		}
	} else if j := d.skipBack(c.Tok-1, s.First); j > s.First && d.w.isPunct(j, ",") && long() {
		// "Ann Roe of the First Church in Dover, said": a comma closes
		// the long subject, a name's; "…, said Ann Roe" is the content
		// cue's.
		if mm, ok2 := d.mentionEndingAt(j-1, s.First); ok2 {
			if pm, ok3 := d.postModified(mm, s.First); ok3 && pm.Kind == mentionName {
				if inv, ok4 := d.mentionStartingAt(c.LastTok+1, s.Last); !ok4 || inv.Kind != mentionName {
					post, hasPost = pm, true
				}
			}
		}
	}
	looseAsked := false
	if !ok && looseCues[c.Lemma] && d.w.isWord(c.LastTok+1) && !notClauseStart[d.w.lower(c.LastTok+1)] && strings.HasPrefix(d.tagOf(c.Tok), "VB") {
		m, ok = d.looseSubject(c.Tok, s.First)
		looseAsked = true
	}
	// "Some accused Roe of …", "Both have promised to …", "both of his
	// rivals criticized …": a quantifier that opens its clause, alone or
	// with "of", is a subject before any cue. Where looseSubject was
	// asked above and found none, it would find none again.
	if !ok && !looseAsked && strings.HasPrefix(d.tagOf(c.Tok), "VB") {
		if lm, ok2 := d.looseSubject(c.Tok, s.First); ok2 && quantifierHeads[d.w.lower(lm.First)] && (lm.Last-lm.First == 1 || d.w.isWord(lm.First+1) && d.w.lower(lm.First+1) == "of") {
			m, ok = lm, true
		}
	}
	// A subject found by clauseSubject needs a clause after the cue, not
	// an object: "who maintained a paid speaking schedule" reports nothing.
	if !ok && (c.Class == classSpeech || d.callsSomething(c, k)) && d.w.isWord(c.LastTok+1) && !notClauseStart[d.w.lower(c.LastTok+1)] && strings.HasPrefix(d.tagOf(c.Tok), "VB") && (looseCues[c.Lemma] || d.reportedClause(k, s.Last) || d.callsSomething(c, k)) {
		m, ok = d.clauseSubject(c.Tok, s.First)
	}
	if !ok && hasPost {
		m, ok = post, true
	}
	// "…, who cites them as evidence of …", "a commissioner who
	// accused him of …", "the agency, which first reported the story":
	// in news a relative pronoun right before the cue is its subject,
	// whatever the cue reports; not in the passive ("who was accused of").
	// A quotation in the report is left to the rules of quotations, which
	// look past the pronoun for the one it stands for.
	if !ok && d.register == RegisterNews && strings.HasPrefix(d.tagOf(c.Tok), "VB") && !d.quoteIn(span) {
		if r, ok2 := d.relativeBefore(c, s); ok2 {
			m, ok = d.makeMention(mentionPronoun, [2]int{r, r + 1}, [2]int{r, r + 1}, genderUnknown), true
		}
	}
	// "Roe — after a pause — told me …", "Democrats — and some
	// Republicans — say that …": an aside between dashes parts the
	// subject from its verb.
	if !ok && c.Class == classSpeech && d.reportedClause(k, s.Last) {
		if open, ok2 := d.dashAside(d.skipBack(c.Tok-1, s.First), s.First); ok2 {
			if m, ok = d.subjectBefore(open, s.First); !ok {
				m, ok = d.clauseSubject(open, s.First)
			}
		}
	}
	if !ok && (c.Class == classSpeech && (d.reportedClause(k, s.Last) || d.w.isWord(k) && d.w.lower(k) == "the" && d.w.isWord(k+1) && d.w.lower(k+1) == "same") || d.selfDescribed(c, k)) {
		m, ok = d.headSubject(c, s, k)
		if !ok {
			m, ok = d.coordinatedSubject(c, s)
		}
	}
	if !ok {
		return found{}, false
	}
	// "The mayor, who said the plan would fail, left early": the
	// relative clause ends at the comma before the sentence's own verb.
	if _, ok := d.setOffRelative(c, s); ok {
		first, last := d.tokenAt(span.Start), d.tokenAt(span.End-1)
		for e := first; e < last; e++ {
			if d.w.isPunct(e, ",") && !d.inQuote(d.toks[e].Start) {
				if t := d.tagOf(e + 1); d.w.isWord(e+1) && (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") {
					if cut, ok3 := d.contentMin(first, e, 1); ok3 {
						span = cut
					}
					break
				}
			}
		}
	}
	// "what Varga says his plan would do": the relative pronoun stands
	// for what was said, and the quote reaches back to it. "which" and
	// "whom" are a piece of their own (relativePiece).
	if r := m.First - 1; r >= s.First && d.w.isWord(r) {
		switch d.w.lower(r) {
		case "what":
			if d.tagOf(r-1) != "IN" {
				span.Start = d.toks[r].Start
			}
		case "that":
			if t := d.tagOf(k); (strings.HasPrefix(t, "VB") || t == "MD") && d.tagOf(r-1) != "IN" {
				span.Start = d.toks[r].Start
			}
		}
	}
	return found{Span: span, Kind: Indirect, Mention: &m, Rule: ruleSaidThat}, true
}

// relativePiece returns the relative pronoun that opens the clause of
// the speaker of report f: "the spending, which he said would be its
// lowest ever", "Joel Benenson, whom one insider described as his
// brother". The pronoun stands for what was said, parted from the rest by
// the speaker and the cue, as "The plan, he said, will fail" is parted.
func (d *doc) relativePiece(f found, c cue, s sentence) (int, bool) {
	if f.Rule != ruleSaidThat || f.Mention == nil || f.Start < c.End {
		return 0, false
	}
	r := f.Mention.First - 1
	if r < s.First || r+1 == c.Tok || !d.w.isWord(r) || d.inQuote(d.toks[r].Start) {
		return 0, false
	}
	switch d.w.lower(r) {
	case "which", "whom":
		// "to which 21 percent said …" asks a question.
		t := d.tagOf(r - 1)
		return r, t != "IN" && t != "TO"
	}
	return 0, false
}

// headSubject is the last resort for the subject of a finite speech verb
// that a clause of its own follows: the noun phrase that ends right before
// the verb, back to the nearest punctuation, however its modifiers run ("A
// court filing made public Friday says", "12% of voters say", "all but two
// said"). What follows the verb is then reported whoever says it.
func (d *doc) headSubject(c cue, s sentence, k int) (mention, bool) {
	w := &d.w
	switch d.tagOf(c.Tok) {
	case "VBD", "VBZ", "VBP":
	default:
		return mention{}, false
	}
	if d.passiveBefore(c.Tok, s.First) || !w.isWord(c.LastTok+1) {
		return mention{}, false
	}
	// The clause follows at once, or after "that" or the hearer: "agreed
	// to a settlement over claims that …" reports no claim of its subject.
	if gap := k - c.LastTok - 1; gap > 1 && !(c.Object && gap <= 3) && !(gap <= 4 && w.lower(k-1) == "that") {
		return mention{}, false
	}
	// "A merger announced Monday would …", "Roe said Friday as he left":
	// a participle or a cue whose own subject went unseen.
	if timeNouns[w.lower(c.LastTok+1)] {
		return mention{}, false
	}
	j := d.skipBack(c.Tok-1, s.First)
	// "A filing made public Friday says": a time word ends the phrase.
	if j < c.Tok-1 && !d.nounHead(j) {
		j = c.Tok - 1
	}
	// "One delegate, Ann Roe, told …", "A third of voters, 33%, say":
	// an apposition closed by a comma.
	appos := false
	if j > s.First && w.isPunct(j, ",") {
		j--
		appos = true
	}
	// "Ann Roe (a senator from Ohio) says": the aside is not the subject.
	if j > s.First && w.isPunct(j, ")") {
		o := j - 1
		for o > s.First && !w.isPunct(o, "()") {
			o--
		}
		if o <= s.First || !w.isPunct(o, "(") {
			return mention{}, false
		}
		j = o - 1
	}
	if j < s.First {
		return mention{}, false
	}
	// "18% who say", "listeners to the program who said": the relative
	// pronoun after a share or a noun is the subject.
	if j > s.First && w.isWord(j) && d.contracted(w.lower(j)) == "who" && (w.isPunct(j-1, "%") || d.tagOf(j-1) == "CD" || d.nounHead(j-1)) {
		return d.makeMention(mentionPronoun, [2]int{j, j + 1}, [2]int{j, j + 1}, genderUnknown), true
	}
	// "the experts I interviewed said": a relative clause with no
	// pronoun to open it ends the phrase.
	last := j
	if j-2 >= s.First && w.isWord(j) && (d.tagOf(j) == "VBD" || d.tagOf(j) == "VBP") && d.tagOf(j-1) == "PRP" && d.nounHead(j-2) {
		j -= 2
	}
	if w.isPunct(j, "%") && j > s.First && d.tagOf(j-1) == "CD" {
		j--
	}
	if !w.isWord(j) || !(d.nounHead(j) || d.tagOf(j) == "CD" || quantifierHeads[w.lower(j)]) {
		return mention{}, false
	}
	f := j
	for f > s.First && j-f < 20 && (w.isWord(f-1) || w.isPunct(f-1, "%'’-/.")) && !d.inQuote(d.toks[f-1].Start) {
		f--
	}
	// "…, said a handful of …", "…, said Ann Roe, who …": after a comma
	// a verb before a noun phrase is the inverted attribution of what
	// went before.
	if appos && !c.Object {
		if m, ok := d.mentionStartingAt(c.LastTok+1, s.Last); ok {
			switch d.tagOf(m.Last) {
			case "VBD", "VBZ", "VBP", "MD":
			default:
				return mention{}, false
			}
		}
	}
	// "…, and all but two said": a conjunction opens the clause, not the
	// subject. After a relative word ("whatever Roe charged") the verb
	// is in a clause of its own.
	for p := f + 1; p < j; p++ {
		switch d.tagOf(p) {
		case "WRB", "WDT", "WP", "WP$":
			if !d.nounHead(p-1) && !quantifierHeads[w.lower(p-1)] {
				return mention{}, false
			}
		}
	}
	for f < j {
		switch d.tagOf(f) {
		case "WRB", "WDT", "WP", "WP$":
			return mention{}, false
		case "CC", "IN", "RB":
			f++
			continue
		}
		if !w.isWord(f) {
			f++
			continue
		}
		break
	}
	g := genderUnknown
	if l := w.lower(j); strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") {
		g = genderPlural
	}
	return d.makeMention(mentionNominal, [2]int{f, last + 1}, [2]int{f, last + 1}, g), true
}

// coordinatedSubject is the subject of a finite speech verb that opens the
// second predicate of a clause, "Roe thanked the crowd and said …", "the
// filing cited two witnesses and said that …": the mention before the
// nearest finite verb before "and" or "but", whatever stands before it.
func (d *doc) coordinatedSubject(c cue, s sentence) (mention, bool) {
	w := &d.w
	switch d.tagOf(c.Tok) {
	case "VBD", "VBZ", "VBP":
	default:
		return mention{}, false
	}
	j := d.skipBack(c.Tok-1, s.First)
	if j <= s.First || !w.isWord(j) || w.lower(j) != "and" && w.lower(j) != "but" {
		return mention{}, false
	}
	for v := j - 1; v > s.First && j-v < 15; v-- {
		if !w.isWord(v) || d.inQuote(d.toks[v].Start) {
			if v == j-1 && w.isPunct(v, ",") {
				continue
			}
			return mention{}, false
		}
		switch d.tagOf(v) {
		case "VBD", "VBZ", "VBP":
			m, ok := d.mentionEndingAt(d.skipBack(v-1, s.First), s.First)
			return m, ok
		}
	}
	return mention{}, false
}

// dashAside returns the dash that opens an aside closed by the dash at
// token j, when words stand both in the aside and before it. A dash may be
// written as two hyphens.
func (d *doc) dashAside(j, min int) (int, bool) {
	w := &d.w
	if j <= min || !w.isPunct(j, "—–-") {
		return -1, false
	}
	if w.isPunct(j-1, "-") {
		j--
	}
	for k := j - 1; k > min && j-k <= 12; k-- {
		if w.isPunct(k, "—–-") {
			if w.isPunct(k-1, "-") {
				k--
			}
			return k, k < j-1 && k > min && w.isWord(k-1)
		}
		if !w.isWord(k) && !w.isPunct(k, "’'") {
			return -1, false
		}
	}
	return -1, false
}

// relativeOpeners open a relative or comparative clause whose subject a
// report may follow: "what she said is …", "than aides say he deserves",
// "Ann Roe, who he claims has been unfair".
var relativeOpeners = setOf(`what which whom who than`)

// postModified finds the subject whose modifier ends with mention m:
// "People briefed on the move", "Republicans privy to polling data", "85%
// of Democrats", "Ann Roe of the First Church in Dover". The head stands
// before a preposition (and a participle or adjective before it) at a
// clause start, with no finite verb between it and m.
func (d *doc) postModified(m mention, min int) (mention, bool) {
	w := &d.w
	var best mention
	found := false
	for k := m.First - 1; k > min && m.First-k <= 8; k-- {
		if !w.isWord(k) || d.inQuote(d.toks[k].Start) {
			break
		}
		if !modifierPreps[w.lower(k)] {
			switch d.tagOf(k) {
			case "VBD", "VBZ", "VBP", "MD":
				// "briefed", "privy": a participle or adjective the
				// tagger takes for a verb, right after the head.
				if !(k-1 >= min && d.nounHead(k-1) && modifierPreps[w.lower(k+1)]) {
					return best, found
				}
			}
			continue
		}
		h := k - 1
		if h > min && w.isWord(h) && !d.nounHead(h) && d.nounHead(h-1) {
			h-- // "People briefed on", "Republicans privy to"
		}
		var head mention
		switch {
		case w.isPunct(h, "%") && h > min && d.tagOf(h-1) == "CD":
			head = d.makeMention(mentionNominal, [2]int{h - 1, h + 1}, [2]int{h - 1, h + 1}, genderPlural)
		default:
			hm, ok := d.mentionHead(h, min)
			if !ok {
				continue
			}
			head = hm
		}
		if head.Kind == mentionPronoun {
			break
		}
		start, ok := d.phraseStart(head.First, min)
		if !ok {
			continue
		}
		// The leftmost head wins: "Ann Roe of the First Church in Dover"
		// is Ann Roe.
		if head.Kind == mentionName {
			head.First, head.Last = start, m.Last
			best, found = head, true
		} else {
			best, found = d.makeMention(mentionNominal, [2]int{start, m.Last}, [2]int{start, m.Last}, head.Gender), true
		}
	}
	return best, found
}

// passiveBefore reports whether a form of "be" stands between cue k and
// its subject: "Scenes were described", "who was declared".
func (d *doc) passiveBefore(k, min int) bool {
	for j := k - 1; j >= min && k-j <= 4 && d.w.isWord(j); j-- {
		switch d.w.lower(j) {
		case "is", "are", "was", "were", "be", "been", "being":
			return true
		}
		if !skippable[d.w.lower(j)] && !strings.HasSuffix(d.w.lower(j), "ly") {
			return false
		}
	}
	return false
}

// modifierPreps open a phrase that modifies the subject before a cue.
var modifierPreps = setOf(`of on to in at from for with about among within across`)

// hearers are the pronouns and nouns that stand for the hearer after
// "told".
var hearers = setOf(`him her them me us you reporters journalists`)

// proForms stand for a reported clause: "said no", "said so", "said
// nothing" (and "said the same").
var proForms = setOf(`yes no so nothing`)

// timeWords start adverbials that may stand between a cue and its clause.
var timeWords = map[string]bool{
	"on": true, "in": true, "at": true, "during": true, "last": true, "this": true,
	"earlier": true, "later": true, "after": true, "before": true, "monday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "yesterday": true, "today": true, "recently": true, "previously": true,
	"repeatedly": true, "again": true, "privately": true, "publicly": true, "late": true,
	"early": true, "via": true, "through": true, "to": true, "of": true, "about": true,
}

// afterCue returns the first token of the reported clause after cue c:
// past a hearer ("told reporters"), an adverbial ("on Tuesday", "in a
// statement") and "that".
func (d *doc) afterCue(c cue, s sentence) int {
	w := &d.w
	k := c.LastTok + 1
	if c.Object {
		if w.isWord(k) {
			switch w.lower(k) {
			case "him", "her", "them", "me", "us", "you", "reporters", "journalists":
				k++ // the words of hearers
			case "that":
				// "warned that taxes would rise": the clause, not a
				// hearer "that taxes".
			default:
				if m, ok := d.mentionStartingAt(k, s.Last); ok && m.Kind != mentionPronoun {
					k = m.Last
				}
			}
			// "urged the board to reopen the ward": what was urged is
			// that the board act, and the board belongs to it.
			if c.Lemma == "urge" && k > c.LastTok+1 && d.infinitiveAt(k) {
				return c.LastTok + 1
			}
		}
	}
	// "that" close ahead, with no clause boundary before it. A dash that
	// no second one closes opens an apposition to the end ("said on
	// Monday — a reversal of the law that …"); a pair sets off an aside
	// ("said — after a pause — that …").
	dashes := 0
	for j := k; j < s.Last && j-k < 14; j++ {
		if d.inQuote(d.toks[j].Start) || w.isPunct(j, ";:") {
			break
		}
		if w.isPunct(j, "—–") {
			dashes++
		}
		if w.isWord(j) && w.lower(j) == "that" && dashes%2 == 1 {
			break
		}
		if w.isWord(j) && w.lower(j) == "that" {
			if j == k || d.adverbialAt(k) || w.isPunct(k, ",") {
				return j + 1
			}
			break
		}
	}
	if d.adverbialAt(k) {
		for j := k; j < s.Last && j-k < 12; j++ {
			if w.isPunct(j, ",:") {
				return j + 1
			}
			if d.inQuote(d.toks[j].Start) {
				break
			}
		}
	}
	for k < s.Last && w.isPunct(k, ",:") {
		k++
	}
	return k
}

// infinitiveAt reports whether an infinitive, "to act" or "not to act",
// starts at token k.
func (d *doc) infinitiveAt(k int) bool {
	w := &d.w
	if w.isWord(k) && w.lower(k) == "not" {
		k++
	}
	return w.isWord(k) && w.lower(k) == "to" && d.tagOf(k+1) == "VB"
}

// adverbialAt reports whether token k opens an adverbial that may stand
// between a cue and its clause. "to" before a verb opens what was urged
// ("urged the board to act, but …", "urged them to act, warning that …"),
// not an adverbial to step over.
func (d *doc) adverbialAt(k int) bool {
	w := &d.w
	return w.isWord(k) && timeWords[w.lower(k)] && !(w.lower(k) == "to" && d.tagOf(k+1) == "VB")
}

// contentCue is "CONTENT, X said." or "CONTENT, said X, vice minister …":
// the clause before a comma, with the cue and its subject ending the
// sentence.
func (d *doc) contentCue(c cue, s sentence) (found, bool) {
	return d.contentCueMin(c, s, minContentWords)
}

// contentCueMin is contentCue with its own least number of words in the
// clause: "The museum, Mr. Brackett said, would …" reports a short piece.
func (d *doc) contentCueMin(c cue, s sentence, minWords int) (found, bool) {
	w := &d.w
	var m mention
	var comma int
	loose := false
	if mm, ok := d.mentionEndingAt(c.Tok-1, s.First); ok && w.isPunct(mm.First-1, ",") {
		m, comma = mm, mm.First-1
	} else if both, ok := d.pairEndingAt(c.Tok-1, s.First); ok && w.isPunct(both.First-1, ",") {
		// "…, he and Mr. Tarrow said."
		m, comma = both, both.First-1
	} else if ap, first, ok := d.appositionBefore(c.Tok-1, s.First); ok && d.hasFiniteVerb(s.First, first-1) {
		// "…, a spokeswoman, Ann Roe, said on Monday."
		m, comma = ap, first-1
	} else if w.isPunct(c.Tok-1, ",") {
		mm, ok := d.mentionStartingAt(c.LastTok+1, s.Last)
		if !ok {
			return found{}, false
		}
		m, comma = mm, c.Tok-1
	} else if mm, ok := d.looseSubjectIf(looseCues[c.Lemma] || c.Class == classSpeech && (c.LastTok+1 >= s.Last || w.isPunct(c.LastTok+1, ".")), c.Tok, s.First); ok && w.isPunct(mm.First-1, ",") {
		// "…, two senior officials told reporters."
		m, comma, loose = mm, mm.First-1, true
	} else {
		return found{}, false
	}
	// What follows the attribution must end the sentence or open an
	// apposition or a further clause: ", vice minister of …", ", adding …".
	after := max(c.LastTok, m.Last-1) + 1
	// "…, Wexby told POLITICO." The hearer stands between.
	if c.Object && after == c.LastTok+1 && w.isWord(after) {
		h := after
		if hm, ok := d.mentionStartingAt(after, s.Last); ok {
			h = hm.Last
		} else if hearers[w.lower(after)] {
			h++
		} else {
			for h < s.Last && w.isWord(h) && w.isCap(h) && h-c.LastTok <= 4 {
				h++
			}
		}
		// "…, officials told the council on Tuesday.": a time phrase
		// may follow the hearer as it follows the cue.
		if h >= s.Last || w.isPunct(h, ",.;!?") || w.isWord(h) && timeWords[w.lower(h)] || d.sceneClauseAt(h) {
			after = h
		}
	}
	// A loose subject needs the attribution to end the sentence: "…, many
	// said Monday that …" reports what follows.
	loose = loose && after < s.Last && !w.isPunct(after, ",.!?")
	// "…, her husband said at a rally in Dover — a reversal of …": a
	// dash ends the attribution as the sentence's end would.
	tail := s.Last
	for k := after; k < s.Last && loose; k++ {
		if w.isPunct(k, "—–") {
			tail = k
			break
		}
	}
	if loose && tail-after > 12 {
		return found{}, false
	}
	for k := after; k < tail && loose; k++ {
		if w.isWord(k) && w.lower(k) == "that" {
			return found{}, false
		}
	}
	// "\"…,\" Doug Fenwick, a spokesman for …, told the Post": the
	// quotation and its speaker, with an apposition; the direct rules' case.
	if q, ok := d.mentionEndingAt(comma-1, s.First); ok && q.First > s.First && (d.closesQuote(q.First-1) || w.isPunct(q.First-1, ",") && d.closesQuote(q.First-2)) {
		return found{}, false
	}
	if after < s.Last && !w.isPunct(after, ",.;!?(") && !(w.isWord(after) && timeWords[w.lower(after)]) && !(comma == c.Tok-1 && d.modifiesSpeaker(after, s.Last)) && !d.sceneClauseAt(after) {
		return found{}, false
	}
	first := s.First
	// A direct quotation before the comma is attributed by its own rule.
	if d.closesQuote(comma-1) && d.tokenAt(d.marks[d.quoteAt(d.toks[comma-1].Start)].Open.Start) <= first {
		return found{}, false
	}
	// "For his part, Dunmore tweeted …", "In a statement, the committee
	// said …": an opening adverbial is not what was said.
	if _, ok := d.clauseAfter(first, comma); !ok && !w.isPunct(after, ",") {
		return found{}, false
	}
	// "The boat is fine, but it was not the catch that kept her, Roe
	// said": the attribution closes the clause after the narrator's
	// contrast, not the one before it.
	for k := comma - 2; k > first+minContentWords; k-- {
		if d.inQuote(d.toks[k].Start) {
			continue
		}
		if w.isWord(k) && w.lower(k) == "but" && w.isPunct(k-1, ",") || w.isPunct(k, ";") {
			if _, ok := d.contentMin(k+1, comma, minWords); ok {
				first = k + 1
			}
			break
		}
	}
	span, ok := d.contentMin(first, comma, minWords)
	if !ok {
		return found{}, false
	}
	return found{Span: span, Kind: Indirect, Mention: &m, Rule: ruleContentCue}, true
}

// appositionBefore returns the name in a subject made of a title and a
// name in apposition, each set off by commas, that ends with the comma at
// token j: ", a spokeswoman, Ann Roe," or ", Ann Roe, a spokeswoman,". It
// also returns the subject's first token.
func (d *doc) appositionBefore(j, min int) (mention, int, bool) {
	w := &d.w
	if !w.isPunct(j, ",") {
		return mention{}, 0, false
	}
	second, ok := d.mentionEndingAt(j-1, min)
	if !ok || !w.isPunct(second.First-1, ",") {
		return mention{}, 0, false
	}
	first, ok := d.mentionEndingAt(second.First-2, min)
	if !ok || first.First-1 <= min || !w.isPunct(first.First-1, ",") {
		return mention{}, 0, false
	}
	switch {
	case first.Kind == mentionNominal && second.Kind == mentionName:
		return second, first.First, true
	case first.Kind == mentionName && second.Kind == mentionNominal:
		return first, first.First, true
	}
	return mention{}, 0, false
}

// attributionComma returns the comma that closes the attribution of cue
// c in the middle of its sentence: right after the cue ("X, he said, Y"),
// after a hearer ("X, she told them, Y") or after a phrase of time or
// place ("X, he told me on Friday, Y", "X, she said in the video, Y").
func (d *doc) attributionComma(c cue, s sentence) (int, bool) {
	w := &d.w
	j := c.LastTok + 1
	if w.isPunct(j, ",") {
		return j, true
	}
	// "The plan, said Tom Reed, a city councillor, will fail": an
	// inverted speaker, with what modifies it and an apposition.
	if w.isPunct(c.Tok-1, ",") && w.isWord(j) && invertedCues[c.Lemma] {
		if m, ok := d.mentionStartingAt(j, s.Last); ok && m.Kind != mentionPronoun {
			k := m.Last
			if d.modifiesSpeaker(k, s.Last) {
				for k < s.Last && !w.isPunct(k, ",.;:!?") {
					k++
				}
			}
			if w.isPunct(k, ",") && w.isWord(k+1) && (determiners[w.lower(k+1)] || !w.isCap(k+1)) {
				e := k + 1
				for e < s.Last && w.isWord(e) && e-k < 10 {
					e++
				}
				// An apposition that ends the sentence leaves no rest.
				if !d.hasFiniteVerb(k+1, e) {
					if !w.isPunct(e, ",") {
						return 0, false
					}
					k = e
				}
			}
			// What follows goes on with the predicate of the piece
			// before: "…, will fail".
			if w.isPunct(k, ",") && k-c.LastTok <= 14 && w.isWord(k+1) && !w.isCap(k+1) {
				switch d.tagOf(k + 1) {
				case "VBD", "VBZ", "VBP", "MD":
					return k, true
				}
			}
		}
		return 0, false
	}
	if c.Object && w.isWord(j) {
		switch l := w.lower(j); {
		case hearers[l]:
			j++
		default:
			m, ok := d.mentionStartingAt(j, s.Last)
			if !ok || m.Kind == mentionPronoun {
				return 0, false
			}
			j = m.Last
		}
		if w.isPunct(j, ",") {
			return j, true
		}
	}
	if !w.isWord(j) || !timeWords[w.lower(j)] || w.lower(j) == "to" || w.lower(j) == "of" {
		return 0, false
	}
	for k := j; k < s.Last && k-j < 8; k++ {
		if w.isPunct(k, ",") {
			return k, true
		}
		if !w.isWord(k) || d.inQuote(d.toks[k].Start) || w.lower(k) == "that" {
			return 0, false
		}
	}
	return 0, false
}

// timeSpanAt reports whether a span of time opens at token k: "two days
// after the vote", "a week before", which dates an attribution rather than
// going on with what was said.
func (d *doc) timeSpanAt(k int) bool {
	w := &d.w
	// The unit first: the tagger is the costly part.
	if !w.isWord(k) || !w.isWord(k+1) || !timeUnits[w.lower(k+1)] {
		return false
	}
	return w.lower(k) == "a" || w.lower(k) == "an" || d.tagOf(k) == "CD"
}

// timeUnits measure a span of time.
var timeUnits = setOf(`minute minutes hour hours day days week weeks month months year years`)

// invertedCues stand before their speaker in the middle of a report:
// "The plan, said Tom Reed, will fail".
var invertedCues = setOf(`say add write note`)

// sceneClauseAt reports whether a clause of time opens at token k after
// a cue: "as she left the court", "while visiting the port", "when the
// hearing ended". "as many as 40" and "as well" open no clause.
func (d *doc) sceneClauseAt(k int) bool {
	w := &d.w
	if !w.isWord(k) || !sceneAfterCue[w.lower(k)] || !w.isWord(k+1) {
		return false
	}
	n := w.lower(k + 1)
	return isSubjectPronoun(n) || n == "the" || n == "a" || n == "an" || n == "his" || n == "her" || n == "their" || n == "its" || d.tagOf(k+1) == "VBG"
}

// sceneAfterCue open a clause of time after a cue.
var sceneAfterCue = setOf(`as while when`)

// modifiesSpeaker reports whether the words from token k to the next
// punctuation modify an inverted speaker rather than open a clause: "…, said
// a handful of aides who work for her", "…, said a spokesman for the
// ministry, Ann Roe". A finite verb before any relative word is a clause's.
func (d *doc) modifiesSpeaker(k, last int) bool {
	w := &d.w
	if !w.isWord(k) || d.tagOf(k) != "IN" && !relativeWho[w.lower(k)] {
		return false
	}
	for p := k; p < last && !w.isPunct(p, ",.;:!?"); p++ {
		if !w.isWord(p) || d.inQuote(d.toks[p].Start) {
			return false
		}
		if relativeWho[w.lower(p)] {
			return true
		}
		switch d.tagOf(p) {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}

// reportGoesOn open a clause that goes on with what was said after its
// cue: "“…,” she said, only with …", "…, he said, because …".
var reportGoesOn = setOf(`that because though although while before after only rather`)

// relativeWho open a relative clause about a person.
var relativeWho = setOf(`who whose whom`)

// pairEndingAt returns two mentions joined by "and" that end at token j
// as one plural mention: "he and Mr. Tarrow", "Ann Roe and another aide".
func (d *doc) pairEndingAt(j, min int) (mention, bool) {
	second, ok := d.mentionEndingAt(j, min)
	if !ok || second.First-2 < min || !d.w.isWord(second.First-1) || d.w.lower(second.First-1) != "and" {
		return mention{}, false
	}
	first, ok := d.mentionEndingAt(second.First-2, min)
	if !ok || d.bareTitle(first) || d.bareTitle(second) {
		return mention{}, false
	}
	return d.makeMention(mentionNominal, [2]int{first.First, second.Last}, [2]int{first.First, second.Last}, genderPlural), true
}

// bareTitle reports whether m is a singular common noun with no
// determiner, a title ("president and chief executive of …") rather than
// a speaker.
func (d *doc) bareTitle(m mention) bool {
	if m.Kind != mentionNominal {
		return false
	}
	switch d.tagOf(m.First) {
	case "DT", "PRP$", "CD":
		return false
	}
	return d.tagOf(m.Last-1) != "NNS" && d.tagOf(m.Last-1) != "NNPS"
}

// accordingTo is "according to X, CONTENT" and "CONTENT, according to X".
func (d *doc) accordingTo(c cue, s sentence) (found, bool) {
	w := &d.w
	m, ok := d.mentionStartingAt(c.LastTok+1, s.Last)
	// "according to Roe's memo": the source is what the possessor wrote.
	if ok && possessive(w.word(m.Last-1)) && w.isWord(m.Last) {
		if lm, ok2 := d.looseSource(c.LastTok+1, s.Last); ok2 && lm.Last > m.Last {
			m = lm
		}
	}
	if !ok {
		m, ok = d.looseSource(c.LastTok+1, s.Last)
	}
	if !ok {
		m, ok = d.quotedTitle(c.LastTok+1, s.Last)
	}
	if !ok {
		return found{}, false
	}
	// "It shows: according to recent surveys, …": a colon
	// or a semicolon opens a clause as the sentence's start does.
	leading := c.Tok-s.First <= 2 || w.isPunct(c.Tok-1, ":;")
	if w.isPunct(c.Tok-1, ",") && c.Tok-1 > s.First {
		span, ok := d.content(s.First, c.Tok-1)
		// "About 10:03 p.m., according to a timeline, the contractors
		// left": an adverbial before is not what was said; the clause
		// after is.
		if ok && w.isPunct(m.Last, ",") && !d.hasFiniteVerb(s.First, c.Tok-1) {
			leading = true
		} else if !ok && w.isPunct(m.Last, ",") && d.words(span) > 0 {
			// "The plan, according to the mayor, would cost millions":
			// a short subject before the aside, its predicate after.
			leading = true
		} else if ok {
			return found{Span: span, Kind: Indirect, Mention: &m, Rule: ruleAccordingTo}, true
		}
	}
	// "The town had 90 burglaries — six at the school — according to
	// police data.": a dash closing an aside ends the clause before as a
	// comma does. A lone dash opens an aside ("blamed the video while —
	// according to emails — …"), and with no mark at all "according to"
	// may mean "in keeping with" ("classed as obese according to his
	// weight").
	if !leading && w.isPunct(c.Tok-1, "—–") && c.Tok-1 > s.First && w.isWord(c.Tok-2) {
		paired := false
		for k := s.First; k < c.Tok-2; k++ {
			if w.isPunct(k, "—–") {
				paired = !paired
			}
		}
		if paired && d.hasFiniteVerb(s.First, c.Tok-1) {
			if span, ok := d.content(s.First, c.Tok-1); ok {
				return found{Span: span, Kind: Indirect, Mention: &m, Rule: ruleAccordingTo}, true
			}
		}
	}
	// "Roe leads by 12 seats according to a tally by the Ledger":
	// with no mark, a count, a poll or a record as the source still
	// reports the clause before; "classed as obese according to his
	// weight" measures by a rule.
	if !leading && w.isWord(c.Tok-1) && c.Tok-1 > s.First && d.recordSource(m) && d.hasFiniteVerb(s.First, c.Tok) {
		if span, ok := d.content(s.First, c.Tok); ok {
			return found{Span: span, Kind: Indirect, Mention: &m, Rule: ruleAccordingTo}, true
		}
	}
	if leading {
		// The clause starts after the comma that closes the source phrase.
		j0 := m.Last
		// An apposition after the source: "according to Tom Reed, a city
		// councillor, the budget …".
		if w.isPunct(j0, ",") && w.isWord(j0+1) && (determiners[w.lower(j0+1)] || !w.isCap(j0+1)) {
			for k := j0 + 1; k < s.Last && k-j0 < 10; k++ {
				if w.isPunct(k, ",") {
					j0 = k
					break
				}
			}
		}
		for j := j0; j < s.Last && j-j0 < 20; j++ {
			if w.isPunct(j, ",") {
				span, ok := d.content(j+1, s.Last)
				if ok {
					return found{Span: span, Kind: Indirect, Mention: &m, Rule: ruleAccordingTo}, true
				}
				break
			}
		}
	}
	return found{}, false
}

// quotedTitle returns a source named by a title in quotation marks that
// starts at token i, with a determiner before it and the nouns after it:
// "“Harbour Days,” a book …", "the “Ferries for All” plan".
func (d *doc) quotedTitle(i, max int) (mention, bool) {
	w := &d.w
	k := i
	if w.isWord(k) && determiners[w.lower(k)] {
		k++
	}
	if !d.opensQuote(k) {
		return mention{}, false
	}
	q := d.quoteAt(d.toks[k].Start)
	end := d.tokenAt(d.marks[q].Close.Start)
	if end <= k+1 || end >= max || end-k > 12 {
		return mention{}, false
	}
	// The title's words are capitalized at their start.
	if !w.isWord(k+1) || !w.isCap(k+1) {
		return mention{}, false
	}
	last := end + 1
	for last < max && w.isWord(last) && !w.isCap(last) && d.nounHead(last) && !functionWords[w.lower(last)] {
		last++
	}
	return d.makeMention(mentionNominal, [2]int{i, last}, [2]int{i, last}, genderUnknown), true
}

// recordSource reports whether source m is a count, a poll or a record
// in its first words: "a count by the paper", "a new poll", "census data".
func (d *doc) recordSource(m mention) bool {
	for k := m.First; k < m.Last && k-m.First < 4; k++ {
		if d.w.isWord(k) && recordNouns[d.w.lower(k)] {
			return true
		}
	}
	return false
}

// recordNouns name sources that count or record.
var recordNouns = setOf(`count tally poll polls survey surveys census data figures estimate estimates records filings`)

// prevBySentence indexes the quotes of prev that have a mention by the
// sentence the mention starts in, each list in the order of prev. prev is
// indirect's output so far and only grows between calls, so each call
// indexes what was appended since the last.
func (d *doc) prevBySentence(prev []found) map[int32][]int {
	if d.mentionSents == nil || len(prev) < d.mentionSentsN {
		d.mentionSents, d.mentionSentsN = map[int32][]int{}, 0
	}
	for i := d.mentionSentsN; i < len(prev); i++ {
		if m := prev[i].Mention; m != nil && m.First >= 0 && m.First < len(d.toks) {
			si := d.sentOf[m.First]
			d.mentionSents[si] = append(d.mentionSents[si], i)
		}
	}
	d.mentionSentsN = len(prev)
	return d.mentionSents
}

// gerund is "…, saying (that) CONTENT": the speaker is the subject of the
// sentence, or of an attribution earlier in it.
func (d *doc) gerund(c cue, s sentence, prev []found) (found, bool) {
	w := &d.w
	if d.addsTo(c) {
		return found{}, false
	}
	var m mention
	ok := false
	if !w.isPunct(c.Tok-1, ",") {
		p := c.Tok - 1
		for p > s.First && w.isWord(p) && (w.lower(p) == "not" || w.lower(p) == "also" || w.lower(p) == "still" || strings.HasSuffix(w.lower(p), "ly") && !w.isCap(p)) {
			p--
		}
		switch {
		case p < c.Tok-1 && w.isPunct(p, ","),
			p == c.Tok-1 && w.isWord(p) && gerundAdverbs[w.lower(p)] && w.isPunct(p-1, ","):
			// "…, even suggesting he was wronged", "…, possibly
			// calling himself …": an adverb after the comma leaves the
			// gerund a report of the sentence's subject all the same.
		case p > s.First && w.isWord(p) && (progressiveAux[w.lower(p)] || w.lower(p) == "been") && progressiveReport(c),
			p >= s.First && w.isWord(p) && isContraction(w.text[d.toks[p].Start:d.toks[p].End]) && progressiveReport(c):
			// "The senator is saying …", "The mayor isn't saying whether
			// …", "She has been warning that …", "He's telling allies
			// that …": the progressive reports as the finite verb does.
			// A contracted "is" or "has" carries its subject.
			if isContraction(w.text[d.toks[p].Start:d.toks[p].End]) {
				p++
			}
			mm, found2 := d.subjectBefore(p, s.First)
			if !found2 {
				return found{}, false
			}
			m, ok = mm, true
		case p > s.First+1 && p == c.Tok-1 && w.isWord(p) && gerundPreps[w.lower(p)] && !w.isCap(p):
			// "He distanced himself from the group by saying …": the
			// subject of the sentence speaks.
			mm, found2 := d.sentenceSubject(s, p)
			if !found2 || mm.Last > p {
				return found{}, false
			}
			m, ok = mm, true
		case p == c.Tok-1 && p == s.First && w.isWord(p) && gerundPreps[w.lower(p)]:
			// "After saying he was tired, the mayor left": the subject
			// of the clause after the opening phrase speaks, and the
			// phrase's comma ends what was said.
			k := d.afterCue(c, s)
			k, ok2 := d.clauseAfter(k, s.Last)
			if !ok2 {
				return found{}, false
			}
			for j := k + 1; j < s.Last && j-k < 40; j++ {
				if d.inQuote(d.toks[j].Start) || w.isPunct(j, ";:") {
					break
				}
				if w.isPunct(j, ",") {
					mm, found2 := d.mentionStartingAt(j+1, s.Last)
					if !found2 || mm.Kind == mentionPronoun && mm.Last == j+1 && w.lower(j+1) == "it" {
						break
					}
					span, ok3 := d.contentMin(k, j, d.objectMin(c, k))
					if !ok3 {
						break
					}
					return found{Span: span, Kind: Indirect, Mention: &mm, Rule: ruleGerund}, true
				}
			}
			return found{}, false
		case p == c.Tok-1 && w.isWord(p) && (w.lower(p) == "and" || w.lower(p) == "but") && !w.isCap(p):
			// "…, touting his record and saying …": the speaker of
			// the gerund before, or the sentence's subject, as after a
			// comma.
		case p == c.Tok-1 && w.isWord(p) && (writtenNouns[w.lower(p)] || d.writtenNounDated(p, s.First)):
			// "The group issued a statement saying …": the one who
			// issued it, the sentence's subject, speaks. So in "sent a
			// letter this week urging …", "filed a lawsuit in 2013
			// alleging …".
		default:
			// "with analysts saying …"
			mm, found2 := d.withSubject(c.Tok-1, s.First)
			if !found2 {
				return found{}, false
			}
			m, ok = mm, true
		}
	}
	// A mention in [s.First, c.Tok) starts in c's sentence: only the
	// quotes whose mention starts there are looked at, not every one before.
	if !ok {
		cands := d.prevBySentence(prev)[d.sentOf[c.Tok]]
		for k := len(cands) - 1; k >= 0; k-- {
			p := prev[cands[k]]
			if p.Mention != nil && p.Mention.First >= s.First && p.Mention.First < c.Tok {
				m, ok = *p.Mention, true
				break
			}
		}
	}
	if !ok {
		if dm := d.directSpeakers[d.sentOf[c.Tok]]; dm != nil && dm.First < c.Tok {
			m, ok = *dm, true
		}
	}
	if !ok {
		m, ok = d.sentenceSubject(s, c.Tok)
		if !ok {
			m, ok = d.subjectPastOpeners(s, c.Tok)
		}
		if !ok {
			return found{}, false
		}
	}
	k := d.afterCue(c, s)
	if k, ok = d.clauseAfter(k, s.Last); !ok {
		return found{}, false
	}
	// "The paper, citing documents, reported that …": the gerund is an
	// aside, and the comma before the sentence's verb ends it.
	last := s.Last
	for j := k + 1; j+1 < s.Last && w.isPunct(c.Tok-1, ","); j++ {
		if w.isPunct(j, ",") && !d.inQuote(d.toks[j].Start) {
			if t := d.tagOf(j + 1); w.isWord(j+1) && (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") {
				last = j
			}
			break
		}
	}
	span, ok := d.contentMin(k, last, d.objectMin(c, k))
	if !ok {
		return found{}, false
	}
	return found{Span: span, Kind: Indirect, Mention: &m, Rule: ruleGerund}, true
}

// withSubject returns the subject of a gerund ending at token j that "with"
// opens ("with analysts saying …"), the name last in it: titles before the
// name ("with former Gov. Ann Roe calling …"), names joined before it ("with
// Roe, Vasko and Quell all calling for …") and an adverb after it ("with
// Roe repeatedly calling …") leave "with" the opener of the clause.
func (d *doc) withSubject(j, min int) (mention, bool) {
	w := &d.w
	if j > min && w.isWord(j) && !w.isCap(j) && (strings.HasSuffix(w.lower(j), "ly") || w.lower(j) == "all" || w.lower(j) == "also" || w.lower(j) == "both") {
		j--
	}
	m, ok := d.mentionEndingAt(j, min)
	if !ok {
		return mention{}, false
	}
	for k := m.First - 1; k >= min && m.First-k <= 12; k-- {
		switch {
		case w.isWord(k) && w.lower(k) == "with" && !w.isCap(k):
			return m, true
		case w.isWord(k) && (w.isCap(k) || w.lower(k) == "and" || titleModifiers[w.lower(k)]),
			w.isPunct(k, ".,") && k > min && w.isWord(k-1) && w.isCap(k-1):
		default:
			return mention{}, false
		}
	}
	return mention{}, false
}

// titleModifiers go before a title and a name: "former Gov. Ann Roe".
var titleModifiers = setOf(`former then late longtime fellow`)

// colonBlock returns the lines of the paragraph after a speech cue and a
// colon that end their own paragraph: "Hewitt writes:" and then, set off
// as a block with no quotation marks, what he wrote, a report a line.
func (d *doc) colonBlock(c cue, s sentence) []found {
	w := &d.w
	k := c.LastTok + 1
	if c.Form != formFinite || c.Class != classSpeech || !w.isPunct(k, ":") || k+1 >= len(d.toks) || d.paraOf[k+1] == d.paraOf[k] || d.inQuote(c.Start) {
		return nil
	}
	if d.opensQuote(k+1) || d.inQuote(d.toks[k+1].Start) || w.isPunct(k+1, "<") {
		return nil
	}
	m, ok := d.subjectBefore(c.Tok, s.First)
	if !ok {
		return nil
	}
	p := d.paras[d.paraOf[k+1]]
	var out []found
	for start := p.Start; start < p.End; {
		end := strings.IndexByte(d.text[start:p.End], '\n')
		if end < 0 {
			end = p.End
		} else {
			end += start
		}
		line := trimSpan(d.text, Span{start, end})
		// Markup ("<tweet …>") is no one's words.
		if line.End > line.Start && d.text[line.Start] != '<' && d.words(line) > 0 {
			out = append(out, found{Span: line, Kind: Indirect, Mention: &m, Rule: ruleSaidThat, mark: -1, para: int(d.paraOf[k+1]), Cue: cueCopy(c)})
		}
		start = end + 1
	}
	return out
}

// passiveCues are the speech acts whose passive names, as its subject,
// part of what was said: "Roe was criticized" reports that someone
// criticized Roe. Verbs whose passive names or ranks ("was called Dee",
// "was charged with theft", "was confirmed as a judge") are left out.
var passiveCues = setOf(`criticize criticise accuse condemn denounce lambaste deride ridicule assail
	declare announce describe dub label mention report argue claim deny question blame`)

// passiveGuardPreps open a phrase whose noun, before a passive verb, is no
// part of its subject.
var passiveGuardPreps = setOf(`for on to with about at against`)

// passiveSubject is the subject of a speech act in the passive, a piece of
// what was said: "Roe has been criticized by her rivals for …", "The deal
// was announced on Friday", "Roe is said to be weighing a run". The
// piece's Mention is the one whose act it is, named after "by", or nil. A
// dummy subject ("It was reported that …") is no piece.
func (d *doc) passiveSubject(c cue, s sentence) (found, bool) {
	w := &d.w
	if c.Form != formFinite || c.LastTok != c.Tok || d.inQuote(c.Start) {
		return found{}, false
	}
	after := c.LastTok + 1
	switch {
	case passiveCues[c.Lemma]:
	case c.Lemma == "say" && w.isWord(after) && w.lower(after) == "to":
		// "is said to be": hearsay, however it is worded.
	default:
		return found{}, false
	}
	if d.tagOf(c.Tok) != "VBN" && d.tagOf(c.Tok) != "VBD" || !d.passiveBefore(c.Tok, s.First) {
		return found{}, false
	}
	agent := d.passiveAgent(c, s)
	// "Roe, who has been criticized as aloof, …": the relative pronoun
	// stands for the subject.
	if j, ok := d.setOffRelative(c, s); ok {
		return found{Span: Span{d.toks[j].Start, d.toks[j].End}, Kind: Indirect, Mention: agent, Rule: rulePassive}, true
	}
	m, ok := d.subjectBefore(c.Tok, s.First)
	if !ok || m.First < s.First || m.Last > c.Tok || d.inQuote(m.Start) {
		return found{}, false
	}
	// "who for years has been criticized", "his missive on Roe was
	// ridiculed": the noun of such a phrase is no subject. After "of" it
	// is the end of one ("a few of her aides were mentioned").
	if j := m.First - 1; j >= s.First && w.isWord(j) && passiveGuardPreps[w.lower(j)] {
		return found{}, false
	}
	// Only "be" and adverbs between the subject and the verb: no clause
	// of the subject's own ("Roe, who was criticized, said …").
	for k := m.Last; k < c.Tok; k++ {
		if !w.isWord(k) {
			return found{}, false
		}
	}
	if k := d.afterAdverbs(after, s.Last); m.Kind == mentionPronoun && w.lower(m.First) == "it" && w.isWord(k) && w.lower(k) == "that" {
		return found{}, false
	}
	span, ok := d.withoutContraction(m)
	if !ok {
		return found{}, false
	}
	return found{Span: span, Kind: Indirect, Mention: agent, Rule: rulePassive}, true
}

// withoutContraction is the span of mention m without the auxiliary a
// contraction joined to its end: "the plan" of "the plan hasn't been
// reported", "Roe" of "Roe's been criticized". It reports false when
// what is left is a relative pronoun ("a system that’s been criticized"),
// which stands for a subject outside the clause.
func (d *doc) withoutContraction(m mention) (Span, bool) {
	w := &d.w
	span := m.Span
	last := m.Last - 1
	l := w.lower(last)
	for _, neg := range []string{"n't", "n’t", "'t", "’t"} {
		if strings.HasSuffix(l, neg) {
			// "hasn't" is one word or "has" and "n't" two.
			if l == neg && last > m.First {
				last--
			}
			if last == m.First {
				return span, false
			}
			return Span{span.Start, d.toks[last-1].End}, true
		}
	}
	for _, s := range []string{"'s", "’s"} {
		if stem, ok := strings.CutSuffix(l, s); ok && stem != "" {
			if relativeWords[stem] || stem == "what" {
				return span, false
			}
			if subjectPronouns[stem] != genderUnknown || stem == "there" {
				return Span{span.Start, d.toks[last].End - len(s)}, true
			}
		}
	}
	return span, true
}

// afterAdverbs returns the first token from k on, before max, that is no
// adverb in -ly.
func (d *doc) afterAdverbs(k, max int) int {
	for k < max && d.w.isWord(k) && strings.HasSuffix(d.w.lower(k), "ly") && !d.w.isCap(k) {
		k++
	}
	return k
}

// passiveAgent is the one named after "by" right after the passive cue c:
// "was criticized by her rivals", "first reported by the Ledger".
func (d *doc) passiveAgent(c cue, s sentence) *mention {
	k := d.afterAdverbs(c.LastTok+1, s.Last)
	if !d.w.isWord(k) || d.w.lower(k) != "by" {
		return nil
	}
	if a, ok := d.mentionStartingAt(k+1, s.Last); ok {
		return &a
	}
	if a, ok := d.looseSource(k+1, s.Last); ok {
		return &a
	}
	return nil
}

// writtenNounDated reports whether a phrase of time that ends at token p
// follows a written noun: "a letter this week", "a statement Tuesday", "a
// lawsuit in 2013".
func (d *doc) writtenNounDated(p, min int) bool {
	w := &d.w
	for j := p; j > min && p-j < 4 && w.isWord(j); j-- {
		l := w.lower(j)
		if !timeNouns[l] && !timeWords[l] && d.tagOf(j) != "CD" {
			return false
		}
		if timeNouns[l] || d.tagOf(j) == "CD" {
			if k := j - 1; w.isWord(k) && (w.lower(k) == "this" || w.lower(k) == "last" || w.lower(k) == "on" || w.lower(k) == "in") {
				j = k
			}
			if w.isWord(j-1) && writtenNouns[w.lower(j-1)] {
				return true
			}
		}
	}
	return false
}

// apposedObject is the object of a cue that ends a relative clause with no
// pronoun, set off after a comma or a dash: "…, an accusation the board denied.",
// "…, a deal the Vasko campaign has criticized", "…, a point Roe
// also acknowledged to the Ledger". The noun phrase the clause modifies is
// what was denied or criticized, and the clause's subject speaks.
func (d *doc) apposedObject(c cue, s sentence) (found, bool) {
	w := &d.w
	if c.Class != classSpeech && c.Class != classAct || c.LastTok != c.Tok || !apposedCues[c.Lemma] {
		return found{}, false
	}
	switch d.tagOf(c.Tok) {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return found{}, false
	}
	// The clause ends at the cue, or after a hearer or a phrase of time.
	if k := c.LastTok + 1; k < s.Last && !w.isPunct(k, ",.;:—–-)") && !(w.isWord(k) && (timeWords[w.lower(k)] || timeNouns[w.lower(k)])) {
		return found{}, false
	}
	m, ok := d.subjectBefore(c.Tok, s.First)
	if !ok || m.First <= s.First+1 || d.inQuote(m.Start) {
		return found{}, false
	}
	end := m.First
	if w.isWord(end-1) && w.lower(end-1) == "that" {
		end--
	}
	// "…, the harbour official Ann Roe denied": a title before the
	// speaker is no object.
	if l := w.lower(end - 1); !w.isWord(end-1) || w.isCap(end-1) || personWord(l) || lowerTitles[l] {
		return found{}, false
	}
	// Back from the subject over the noun phrase to the mark that sets it
	// off; it opens with a determiner and holds no verb.
	for j := end - 1; j >= s.First && end-j <= 6; j-- {
		if !w.isWord(j) {
			return found{}, false
		}
		if w.isPunct(j-1, ",—–-(") {
			if !apposedOpeners[w.lower(j)] || j == end-1 && w.lower(j) != "something" {
				return found{}, false
			}
			if d.inQuote(d.toks[j].Start) {
				return found{}, false
			}
			return found{Span: Span{d.toks[j].Start, d.toks[end-1].End}, Kind: Indirect, Mention: &m, Rule: ruleSaidThat}, true
		}
		switch t := d.tagOf(j); {
		case strings.HasPrefix(t, "VB"), t == "MD", t == "IN" && w.lower(j) != "of":
			return found{}, false
		}
	}
	return found{}, false
}

// apposedCues take what was said as their object, which a relative clause
// with no pronoun leaves before its subject ("an accusation the board denied").
var apposedCues = setOf(`deny acknowledge criticize criticise mention cite dispute concede admit
	question describe promise claim allege raise`)

// apposedOpeners open the noun phrase before an apposed relative clause.
var apposedOpeners = setOf(`a an something one another the`)

// gerundAdverbs may stand between the comma and a gerund that reports
// what the sentence's subject said.
var gerundAdverbs = setOf(`even instead then again`)

// subjectPastOpeners is the subject of a finite verb that a sentence or one
// of its comma-set phrases opens with after words that join or frame it:
// "Then she spoke …", "And even Roe tried …", "On Monday, however, Roe
// spoke …", "Stung by the loss, as well as the cost, Roe revised …". The
// finite verb right after the mention (an adverb may come between) is the
// proof that it is a subject.
func (d *doc) subjectPastOpeners(s sentence, end int) (mention, bool) {
	w := &d.w
	for i := s.First; i < end && i-s.First < 30; i++ {
		if i > s.First && !w.isPunct(i-1, ",") {
			continue
		}
		if d.inQuote(d.toks[i].Start) {
			continue
		}
		k := i
		for n := 0; n < 3 && k < end && w.isWord(k); n++ {
			if t := d.tagOf(k); t != "RB" && t != "CC" || w.isCap(k) && k > i {
				break
			}
			k++
			for k < end && w.isPunct(k, ",") {
				k++
			}
		}
		m, ok := d.mentionStartingAt(k, end)
		if !ok || m.Last >= end || m.Kind == mentionNominal && m.Last-m.First > 6 {
			continue
		}
		v := m.Last
		if w.isWord(v) && d.tagOf(v) == "RB" {
			v++
		}
		if !w.isWord(v) {
			continue
		}
		switch d.tagOf(v) {
		case "VBD", "VBZ", "VBP", "MD":
			return m, true
		}
	}
	return mention{}, false
}

// askedHearerAbout is "Roe asked the mayor about the loan", "Vasko asks him
// about his taxes", "reporters asked questions about Roe": what the asker
// asked about is reported, after the one asked or the questions.
func (d *doc) askedHearerAbout(c cue, s sentence) (found, bool) {
	w := &d.w
	if d.passiveBefore(c.Tok, s.First) {
		return found{}, false
	}
	k := d.afterAdverbs(c.Tok+1, s.Last)
	switch {
	case c.LastTok != c.Tok && (c.Lemma != "ask about" || c.LastTok == c.Tok+1):
		// "asked about the loan" is askedAbout's.
		return found{}, false
	case !w.isWord(k):
		return found{}, false
	case hearers[w.lower(k)]:
		k++
	case w.lower(k) == "questions":
		k++
	case w.lower(k) == "about":
	case (w.lower(k) == "a" || w.lower(k) == "the") && w.isWord(k+1) && w.lower(k+1) == "question":
		k += 2
	default:
		m, ok := d.mentionStartingAt(k, s.Last)
		if !ok || m.Kind == mentionPronoun {
			return found{}, false
		}
		k = m.Last
	}
	k = d.afterAdverbs(k, s.Last)
	if !w.isWord(k) || w.lower(k) != "about" {
		return found{}, false
	}
	// The topic runs to the end of its clause; a quotation inside it
	// goes on with it.
	first := k + 1
	last := first
	for last < s.Last && !w.isPunct(last, ",;:.!?()—–") && !(last > first && w.isWord(last) && aboutEnds[w.lower(last)]) {
		last++
	}
	span, ok := d.contentMin(first, last, 1)
	if !ok {
		return found{}, false
	}
	var m *mention
	if sm, ok := d.subjectBefore(c.Tok, s.First); ok {
		m = &sm
	}
	return found{Span: span, Kind: Indirect, Mention: m, Rule: ruleSaidThat}, true
}

// aboutEnds end the topic after "asked … about": a joined predicate or a
// clause of time or cause ("asked Roe about the loan and left", "…
// about it when she called").
var aboutEnds = setOf(`and but or when after before while because as if since until`)

// askedAbout is "Ames was asked about the loan", "When asked about her
// record, …", "Ames, asked about the loan, …": what one is asked about is
// reported, by an asker the sentence does not name. The active verb
// ("a reporter who asked about finances") is left to the other rules.
func (d *doc) askedAbout(c cue, s sentence) (found, bool) {
	w := &d.w
	j := c.Tok - 1
	for j >= s.First && w.isWord(j) && (w.lower(j) == "not" || w.lower(j) == "also" || strings.HasSuffix(w.lower(j), "ly") && !w.isCap(j)) {
		j--
	}
	switch {
	case c.Form != formFinite && c.Form != formBase:
		return found{}, false
	case j >= s.First && w.isWord(j) && beForms[w.lower(j)]:
	case j < s.First, w.isPunct(j, ","), w.isWord(j) && (w.lower(j) == "when" || w.lower(j) == "if" || w.lower(j) == "after" || w.lower(j) == "once"):
		if d.tagOf(c.Tok) != "VBN" && d.tagOf(c.Tok) != "VBD" {
			return found{}, false
		}
	default:
		return found{}, false
	}
	span, ok := d.objectClause(c, s)
	if !ok {
		return found{}, false
	}
	return found{Span: span, Kind: Indirect, Rule: ruleSaidThat}, true
}

// objectClause is what a noun or passive cue reports: the words after it up
// to the first punctuation outside quotation marks, when they do not start
// inside a quotation (that is a direct quote's business).
func (d *doc) objectClause(c cue, s sentence) (Span, bool) {
	w := &d.w
	last := c.LastTok + 1
	for last < s.Last && !(w.isPunct(last, ",;:.?!") && !d.inQuote(d.toks[last].Start)) {
		last++
	}
	span, ok := d.contentMin(c.LastTok+1, last, 1)
	if !ok || d.inQuote(span.Start) {
		return Span{}, false
	}
	return span, true
}

// mentionOf is the noun: "Varga made no mention of the loan", "his speech
// carried little mention of them". What is mentioned is reported, by the
// subject of the sentence that holds the noun as an object, or by nobody
// the sentence names ("the mere mention of her name made him fume").
func (d *doc) mentionOf(c cue, s sentence) (found, bool) {
	span, ok := d.objectClause(c, s)
	if !ok {
		return found{}, false
	}
	f := found{Span: span, Kind: Indirect, Rule: ruleSaidThat}
	if m, ok := d.sentenceSubject(s, c.Tok); ok && m.Last < c.Tok && m.Kind != mentionNominal || ok && m.Last < c.Tok && d.hasFiniteVerb(m.Last, c.Tok) {
		f.Mention = &m
	}
	return f, true
}

// infinitive is "X declined to say whether …", "voters are likely to say
// …", "the rally led her to argue that …": the base form after "to"
// reports the clause that follows, spoken by the one who controls the
// infinitive, its object if it has one, else the subject of the verb that
// governs it.
func (d *doc) infinitive(c cue, s sentence) (found, bool) {
	w := &d.w
	to := c.Tok - 1
	if c.Class != classSpeech || to-1 <= s.First {
		return found{}, false
	}
	// "continues to tell itself that …": the hearer is the speaker.
	if c.Object && w.isWord(c.LastTok+1) && reflexives[w.lower(c.LastTok+1)] {
		c.LastTok++
		c.Object = false
	}
	k := d.afterCue(c, s)
	if k >= s.Last || d.inQuote(d.toks[k].Start) {
		return found{}, false
	}
	// Only a clause: "to say whether …", "to insist that …", "to say
	// the plan failed"; "to say a few words" and "to tell the truth" name
	// no report.
	// "to tell Ann, who knew that …", "to ask a question, the man …":
	// the clause must follow the cue and its hearer at once, or follow
	// "that" after an adverbial with no verb ("to note, however, that").
	that := w.isWord(k-1) && w.lower(k-1) == "that"
	for j := c.LastTok + 1; j < k; j++ {
		if t := d.tagOf(j); !w.isWord(j) && !that || that && (strings.HasPrefix(t, "VB") || t == "MD" || t == "CC") {
			return found{}, false
		}
	}
	var span Span
	ok := false
	switch l := w.lower(k); {
	case !w.isWord(k), d.tagOf(k) == "CC":
	case proForms[l] && l != "nothing":
		span, ok = d.contentMin(k, s.Last, 1)
	case whWords[l] || d.infinitiveClause(k, s.Last):
		span, ok = d.content(k, s.Last)
	}
	if !ok {
		return found{}, false
	}
	// A person right before "to" is its object and speaks: "led
	// Republicans to say", "the pressure on her to say"; "used a
	// luncheon to complain" is the subject's.
	m, ok := d.mentionEndingAt(to-1, s.First)
	if g, isObj := hearerPronouns[w.lower(to-1)]; isObj && w.isWord(to-1) {
		m, ok = d.makeMention(mentionPronoun, [2]int{to - 1, to}, [2]int{to - 1, to}, g), true
	} else if ok && (m.Kind != mentionName || !strings.HasPrefix(d.tagOf(m.First-1), "VB") && !(w.isWord(m.First-1) && w.lower(m.First-1) == "for")) {
		// A name is the object only after a verb or "for": "led
		// Republicans to say", "time for Ann Roe to say"; "gathered at
		// Joe's Grill to talk" is the subject's.
		ok = false
	}
	if !ok {
		// Else the verb before "to" governs it: "declined", "is
		// (likely)", "went (out of his way)", "could be heard calling
		// friends".
		for v := to - 1; v > s.First && to-v <= 10 && w.isWord(v); v-- {
			t := d.tagOf(v)
			if !strings.HasPrefix(t, "VB") && t != "MD" {
				continue
			}
			// "don't want to say": the subject stands before the
			// auxiliaries.
			a := v
			for a-1 > s.First && w.isWord(a-1) && (skippable[w.lower(a-1)] || negContraction(w.lower(a-1))) {
				a--
			}
			if m, ok = d.subjectBefore(a, s.First); ok || t != "VBG" && t != "VBN" && t != "VB" {
				break
			}
		}
	}
	// "It is too early to say whether …": no one speaks.
	if !ok || m.Last-m.First == 1 && expletives[w.lower(m.First)] {
		return found{}, false
	}
	return found{Span: span, Kind: Indirect, Mention: &m, Rule: ruleSaidThat}, true
}

// infinitiveClause reports whether a clause starts at token k after an
// infinitive cue: "to say that …", or a subject and its finite verb, with
// no relative clause between ("to emphasize positions that voters like"
// names no report).
func (d *doc) infinitiveClause(k, last int) bool {
	w := &d.w
	if k > 0 && w.isWord(k-1) && w.lower(k-1) == "that" {
		return true
	}
	switch d.tagOf(k) {
	case "IN", "TO", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "MD", "RB", "CC":
		return false
	}
	for j := k; j < last && j-k < 8 && w.isWord(j); j++ {
		switch l := w.lower(j); {
		case j > k && (l == "that" || l == "which" || l == "who" || l == "whom"):
			return false
		}
		switch d.tagOf(j) {
		case "VBD", "VBZ", "VBP", "MD":
			return j > k
		}
	}
	return false
}

// reflexives are the hearers who are the speaker: "told himself".
var reflexives = setOf(`himself herself themselves itself myself ourselves yourself`)

// expletives are subjects that name no speaker: "it is fair to say".
var expletives = setOf(`it this that there which what`)

// negContraction reports whether w is a negated auxiliary: "don't",
// "wouldn’t".
func negContraction(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// hearerPronouns are the pronouns that can be the object of a verb: "led
// them to say".
var hearerPronouns = map[string]gender{
	"him": genderMale, "her": genderFemale, "them": genderPlural, "us": genderPlural, "me": genderUnknown,
}

// writtenNouns are the texts that report as their author does: "a
// statement saying …", "a letter urging …".
var writtenNouns = setOf(`statement statements letter letters report reports email e-mail emails release
	releases article articles response memo memos message messages tweet tweets post posts note notes
	ad ads advertisement advertisements video videos op-ed column editorial filing filings complaint
	complaints lawsuit lawsuits motion resolution petition petitions notice text texts`)

// clauseJoiners join a clause to a quotation before it ("“…,” and he
// said …") or to the source of a report, which the clause goes on with
// ("…, according to the police, and eight were hurt").
var clauseJoiners = setOf(`and but though although while`)

// joinerIn reports whether one of clauseJoiners is among tokens first to
// last-1.
func (d *doc) joinerIn(first, last int) bool {
	for j := first; j < last; j++ {
		if d.w.isWord(j) && clauseJoiners[d.w.lower(j)] {
			return true
		}
	}
	return false
}

// reportSubordinator reports whether l opens a clause that may hold a
// report of its own: "…, while 60 percent said …". contentMin asks it of
// every word of a reported clause: a switch, where a set cost a hash.
func reportSubordinator(l string) bool {
	switch l {
	case "while", "whereas", "though", "although":
		return true
	}
	return false
}

// isContraction reports whether w is a word with "is" or "has" contracted
// onto it ("he's", "that’s") rather than a possessive.
func isContraction(w string) bool {
	return (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && !possessiveNoun(w)
}

// progressiveReport reports whether a progressive cue names what was
// said after it: "is calling for a ban", "is pointing out that …"; "is
// talking about" and "has been going on" name a topic or run on.
func progressiveReport(c cue) bool {
	return c.LastTok == c.Tok || c.Lemma == "call for" || c.Lemma == "call on" || c.Lemma == "push for" || c.Lemma == "point out"
}

// progressiveAux are the auxiliaries of a progressive report: "is
// saying", "isn't saying", "keeps saying".
var progressiveAux = setOf(`is are was were am isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t keep keeps kept`)

// gerundPreps govern a gerund whose subject is the sentence's: "by
// saying", "while insisting", "after initially saying".
var gerundPreps = setOf(`by while after before without from in when since`)

// mergeMixed folds direct quotations that lie inside reported speech into
// it: "… should not be a \"zero sum game\"" is one mixed quote. Reported
// speech that is wholly one quotation is that direct quote, attributed.
func (d *doc) mergeMixed(fs []found) []found {
	var indirect []int
	for i, f := range fs {
		if f.mark < 0 {
			indirect = append(indirect, i)
		}
	}
	drop := make([]bool, len(fs))
	// fs opens with one direct quote per quotation, in the order of d.marks,
	// which is that of their opening marks: the quotations inside a span are
	// a run of them, found by binary search rather than a pass over all.
	nd := 0
	for nd < len(fs) && fs[nd].mark == nd {
		nd++
	}
	ordered := nd == len(d.marks)
	for _, ii := range indirect {
		f := &fs[ii]
		lo, hi := 0, len(fs)
		if ordered {
			lo = sort.Search(nd, func(j int) bool { return d.marks[j].Open.Start >= f.Start })
			hi = nd
		}
		for j := lo; j < hi; j++ {
			q := &fs[j]
			if q.mark < 0 || drop[j] {
				continue
			}
			mq := d.marks[q.mark]
			if mq.Open.Start < f.Start || mq.Open.Start >= f.End {
				if ordered && mq.Open.Start >= f.End {
					// f.End grows only on a match: no later quote can match.
					break
				}
				continue
			}
			// `said on WXYZ's "Harbour Hour" that …`: a show's title is
			// where it was said, not words quoted.
			if d.titleQuote(mq) && d.possessiveBefore(mq) {
				continue
			}
			// `Harlow suggested the budget was thin - "We cannot pay," Harlow
			// said`: a quotation with an attribution of its own after it is
			// that speaker's turn; the reported clause stops before it.
			if cut, ok := d.ownCue(f, q); ok {
				if span, ok2 := d.content(d.tokenAt(f.Start), cut); ok2 {
					f.End = span.End
				} else {
					drop[ii] = true
				}
				break
			}
			if k := thatBefore(d, d.tokenAt(f.Start)-1); mq.Open.Start == f.Start && k >= 0 {
				// "said that \"…\"", "said that, \"…\"": reported speech
				// quoting its whole clause is still reported, and "that"
				// belongs to it.
				f.Start = d.toks[k].Start
			} else if mq.Open.Start == f.Start && (closeEnd(mq) >= f.End-1 || d.attributedAfter(f, q)) {
				// The whole clause is the quotation, and the clause's
				// subject speaks it rather than one found after it:
				// `Ames said "…," she said`.
				if q.Mention == nil || f.Mention != nil && closeEnd(mq) < f.End-1 {
					q.Mention, q.Cue, q.Rule = f.Mention, f.Cue, ruleCueBefore
				}
				drop[ii] = true
				break
			}
			drop[j] = true
			if closeEnd(mq) > f.End {
				f.End = closeEnd(mq)
			}
			if f.Kind != Mixed {
				f.Kind = Mixed
				f.Rule += ruleMixedSuffix
				// "said that the plan was \"dead\"": a clause that quotes
				// keeps its "that", as one that is all quotation does.
				if k := thatBefore(d, d.tokenAt(f.Start)-1); k >= 0 {
					f.Start = d.toks[k].Start
				}
			}
		}
	}
	out := fs[:0]
	for i, f := range fs {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

// possessiveBefore reports whether the word before quotation mq's opening
// mark is a possessive: `WXYZ's "Harbour Hour"`.
func (d *doc) possessiveBefore(mq markQuote) bool {
	k := d.tokenAt(mq.Open.Start) - 1
	if !d.w.isWord(k) {
		return false
	}
	w := d.w.lower(k)
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// afterReferTo returns the token after "referred to" when it stands
// before the first quotation of mixed quote f: in `Ames referred to the
// judge as "a stranger"` what Ames said is who the judge was.
func (d *doc) afterReferTo(f *found) (int, bool) {
	first := d.tokenAt(f.Start)
	for k := first; k+1 < len(d.toks) && d.toks[k].Start < f.End && !d.opensQuote(k); k++ {
		if d.w.isWord(k) && referForms[d.w.lower(k)] && d.w.isWord(k+1) && d.w.lower(k+1) == "to" && k+2 < len(d.toks) && !d.opensQuote(k+2) {
			return k + 2, true
		}
	}
	return 0, false
}

// referForms are the forms of "refer", which names what it is followed by.
var referForms = setOf(`refer refers referred referring`)

// speechGerundAt reports whether a gerund of speech stands at token k:
// "adding", "noting".
func (d *doc) speechGerundAt(k int) bool {
	c, ok := d.cueAt(k)
	return ok && c.Form == formGerund && c.Class == classSpeech
}

// mergeColonLead joins a reported clause to the quotation that a colon
// opens right after it: in `Quell said she believes the leaks were
// planned: "It was all organized."` the clause is what the quotation
// bears out, and both are one report of one speaker. Only a bare "say"
// with a clause of its own joins: after "said that …" or "asserted …" the
// colon opens a quotation that stands apart, and after "said:" alone the
// quotation is all that was said.
func (d *doc) mergeColonLead(fs []found) []found {
	drop := make([]bool, len(fs))
	dropped := false
	for i := range fs {
		f := &fs[i]
		if f.mark >= 0 || f.Cue == nil || f.Cue.Lemma != "say" || f.Cue.Form == formGerund || !strings.HasPrefix(f.Rule, ruleSaidThat) {
			continue
		}
		// The colon goes first: few reports end on one, and the clause
		// test asks the tagger.
		colon := d.tokenAt(f.End)
		if !d.w.isPunct(colon, ":") || !d.opensQuote(colon+1) {
			continue
		}
		k := d.tokenAt(f.Start)
		if k <= f.Cue.LastTok || thatBefore(d, k-1) >= 0 || !d.w.isWord(k) || proForms[d.w.lower(k)] || !d.reportedClause(k, colon) {
			continue
		}
		open := d.toks[colon+1].Start
		for j := range fs {
			q := &fs[j]
			if q.mark < 0 || drop[j] || q.Kind != Direct || d.marks[q.mark].Open.Start != open {
				continue
			}
			mq := d.marks[q.mark]
			if mq.Continues {
				break
			}
			drop[j], dropped = true, true
			f.End = closeEnd(mq)
			if f.Kind != Mixed {
				f.Kind = Mixed
				f.Rule += ruleMixedSuffix
			}
			break
		}
	}
	if !dropped {
		return fs
	}
	out := fs[:0]
	for i, f := range fs {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}

// thatBefore returns k, or k-1 past a comma, when that token is the
// conjunction "that"; -1 otherwise.
func thatBefore(d *doc, k int) int {
	if d.w.isPunct(k, ",") {
		k--
	}
	if k >= 0 && d.w.isWord(k) && d.w.lower(k) == "that" {
		return k
	}
	return -1
}

// attributedAfter reports whether quotation q, which opens reported speech
// f, ends with a comma and is followed by an attribution or a participle
// clause of speech: `said, "It is time to change," adding that …` and
// `Ames said "We know nothing about it," she said` quote the whole clause;
// `"There is a sense of calm now," and donations rose` goes on reporting.
func (d *doc) attributedAfter(f *found, q *found) bool {
	if f.Cue == nil || f.Cue.Form == formAccording {
		return false
	}
	mq := d.marks[q.mark]
	if mq.Continues || !d.w.isPunct(d.tokenAt(mq.Inner.End)-1, ",") {
		return false
	}
	if q.Rule == ruleCueAfter && q.Cue != nil && q.Cue.Tok > f.Cue.LastTok {
		return true
	}
	c, ok := d.cueAt(d.tokenAt(mq.Close.End))
	return ok && c.Form == formGerund && c.Class == classSpeech
}

// ownCue reports whether direct quotation q inside reported speech f is
// attributed by a cue of its own after it, and returns the token where f's
// clause must end to leave q and its attribution out: its opening mark.
func (d *doc) ownCue(f *found, q *found) (int, bool) {
	if f.Cue == nil || q.Cue == nil || q.Mention == nil || q.Cue.Tok <= f.Cue.LastTok {
		return 0, false
	}
	mq := d.marks[q.mark]
	open := d.tokenAt(mq.Open.Start)
	// Only a quoted sentence set off by punctuation is a turn of its own:
	// `what he called "Bill Dunmore Inc."` is a fragment of the report.
	first := d.tokenAt(mq.Inner.Start)
	if q.Cue.Form != formFinite || !d.w.isPunct(open-1, ",:—–-") || !d.w.isCap(first) {
		return 0, false
	}
	// `Larkin suggested he was rash - "He would have loved Stalin," Larkin
	// said`. A quotation after a cue of its own in the clause ("Jago said
	// she recalled thinking, \"…\"") stays in the report.
	if q.Rule != ruleCueAfter {
		return 0, false
	}
	return open, true
}

// verbCueIn reports whether tokens [first, last) hold a cue used as a verb,
// not as an adjective ("his repeated denials").
func (d *doc) verbCueIn(first, last int) bool {
	for _, c := range d.cuesIn(first, last) {
		if strings.HasPrefix(d.tagOf(c.Tok), "VB") {
			return true
		}
	}
	return false
}

func closeEnd(mq markQuote) int {
	if mq.Continues {
		return mq.Inner.End
	}
	return mq.Close.End
}

// dropScareQuotes removes short quoted phrases that nobody says: titles,
// scare quotes and terms ("the so-called \"deal\""), recognised by having
// no speaker, few words, and standing inside a sentence of narration.
func (d *doc) dropScareQuotes(fs []found) []found {
	out := fs[:0]
	blocks := d.register == RegisterFiction && d.flushParagraphs()
	for _, f := range fs {
		// In a text whose paragraphs start flush, a quotation that opens
		// an indented one is set off as a block, as a letter, a verse or
		// a notice is: read, not spoken.
		if blocks && f.mark >= 0 && d.indented(d.marks[f.mark]) {
			continue
		}
		// `"Pop-up art show strives to …," by DNAinfo's Eddie Stone`: the
		// headline of a cited article, credited to its author.
		if f.mark >= 0 && f.Kind == Direct && d.register == RegisterNews && (d.creditedTitle(d.marks[f.mark]) || d.subhead(d.marks[f.mark]) || d.creditedExcerpt(f.mark)) {
			continue
		}
		// `"Related:"`: a single word that introduces what follows is a
		// label of the page, not words anyone said.
		if f.mark >= 0 && f.Kind == Direct && d.register == RegisterNews && d.words(d.marks[f.mark].Inner) == 1 && strings.HasSuffix(strings.TrimSpace(d.text[f.Start:f.End]), ":") {
			continue
		}
		// A capitalised name inside narration is a show, a book or a
		// slogan, also after a cue that it does not follow at once: "said
		// in his 2012 book, \"An American Son.\"", "told ABC's \"This Week.\""
		if f.mark >= 0 && f.Kind == Direct && d.register == RegisterNews && d.namedWork(f) {
			continue
		}
		// So is one before a cue that reports a clause of its own.
		if f.mark >= 0 && f.Kind == Direct && f.Cue != nil && d.titleCues[f.Cue.Tok] && f.Start < f.Cue.Start {
			continue
		}
		if f.mark >= 0 && d.register == RegisterFiction && d.letterLine(f.mark) {
			continue
		}
		if f.mark >= 0 && d.register == RegisterFiction && (d.letterBody(f.mark) || d.unspokenMeant(f) || d.epigraph(f.mark) || d.chapterTitle(f.mark)) {
			f.unsaid = true
		}
		// `her look seemed to say, "…"`, `as much as to say, "…"`, `he
		// would have exclaimed, "…"`: words no one spoke.
		if f.mark >= 0 && d.register == RegisterFiction && d.unspokenBefore(f) {
			continue
		}
		// `The telegram read: "…"`, `this inscription: "…"`: a text
		// introduced by what it is written on is read, not spoken.
		if f.mark >= 0 && d.register == RegisterFiction && d.afterWritten(d.marks[f.mark]) {
			continue
		}
		// `a novel called "…"`, `the "clever people"`, `it was "the
		// thing"`: a quotation that an article, a verb of naming or a
		// copula governs is a name or a phrase the narration mentions,
		// whatever its length, not a turn of dialogue.
		if f.mark >= 0 && d.register == RegisterFiction && d.midSentence(d.marks[f.mark]) {
			open := d.tokenAt(d.marks[f.mark].Open.Start)
			if termGovernors[d.w.lower(open-1)] {
				continue
			}
			// `the name of "…"`, but `a cry of "…"` gives what was said.
			if d.w.lower(open-1) == "of" && !utteranceNouns[d.w.lower(open-2)] {
				continue
			}
		}
		if f.mark >= 0 && f.Mention == nil {
			mq := d.marks[f.mark]
			// In news a short quotation in a sentence with a cue is a
			// partial quotation ("dismissed the kerfuffle as “absurd.”"),
			// made mixed below.
			if d.scareQuote(mq) && !(d.register == RegisterNews && d.midSentence(mq) && (d.hasAnyCue(d.sents[d.sentOf[d.tokenAt(mq.Open.Start)]]) || d.quotedWording(f.mark))) {
				continue
			}
			// In fiction a few words quoted inside narration are a term or
			// a title, not a turn of dialogue.
			if d.register == RegisterFiction && d.midSentence(mq) && d.words(mq.Inner) <= 3 {
				continue
			}
		}
		// In news, a quoted fragment inside a sentence of narration is a
		// partial quotation: its clause reports it and is the mixed
		// quote, attributed or not. A short one is a title or a scare
		// quote unless the sentence has a speech cue.
		if f.mark >= 0 && f.Kind == Direct && d.register == RegisterNews && (d.midSentence(d.marks[f.mark]) || f.Mention == nil && d.runsOn(d.marks[f.mark])) && !d.wholeObject(f) {
			mq := d.marks[f.mark]
			s := d.sents[d.sentOf[d.tokenAt(mq.Open.Start)]]
			// A short quotation with no cue in its sentence is kept only as
			// the wording of its clause, made mixed below.
			wordingOnly := false
			if f.Mention == nil && !d.hasAnyCue(s) && d.words(mq.Inner) <= 2 {
				if !d.quotedWording(f.mark) {
					continue
				}
				wordingOnly = true
			}
			first, last := d.clauseAround(mq, s)
			// `Teachers are "looking for a plan," Ames said`: a comma
			// inside the closing mark ends the clause as one after it
			// would, and the attribution after it is not reported.
			if end := d.tokenAt(closeEnd(mq)); f.Rule == ruleCueAfter && f.Cue != nil && f.Cue.Tok >= end && f.Cue.Tok < last && f.Mention != nil && f.Mention.First >= end && d.w.isPunct(d.tokenAt(mq.Inner.End)-1, ",") && d.onlyQuoteIn(f.mark, first, last) && d.attributionEnds(&f, end, last) {
				last = end
			}
			span, ok := d.content(first, last)
			// "Smith attacked the judge and said he had “a conflict of
			// interest”": the report of the quotation is the second clause
			// of the sentence, after the one content cut off; its cue
			// tells it from a list of nouns ("… and his mispronunciations
			// of “Hamas” reinforced …").
			for n := 0; ok && span.End <= mq.Open.Start && n < 4; n++ {
				k := d.tokenAt(span.End)
				for k < last && (d.w.isPunct(k, ",;:—–-") || d.w.isWord(k) && (d.w.lower(k) == "and" || d.w.lower(k) == "but")) {
					k++
				}
				if !d.verbCueIn(k, d.tokenAt(mq.Open.Start)) {
					break
				}
				span, ok = d.content(k, last)
			}
			if ok && span.Start <= mq.Open.Start && span.End >= mq.Inner.End {
				// `Still, clubs are "just scratching the surface," Ames
				// said`: a short adverbial opening the sentence belongs to
				// the clause it leads into, unless a cue in that clause
				// reports the quotation and the quote starts after it.
				if k := d.tokenAt(span.Start); k == first && d.openingAdverbial(s, k) && len(d.cuesIn(k, d.tokenAt(mq.Open.Start))) == 0 {
					span.Start = d.toks[s.First].Start
				}
				f.Span, f.Kind = span, Mixed
				if f.Mention == nil {
					f.Rule = ruleFragment
				} else {
					f.Rule += ruleMixedSuffix
				}
				// `Ames openly admires the mayor as a "strong leader,"`: with
				// no cue in the sentence the verb that governs the wording is
				// the writer's, and the quote starts after it.
				if f.Mention == nil && !d.hasAnyCue(s) && d.words(mq.Inner) <= 4 {
					if k, ok := d.afterGoverningVerb(d.tokenAt(f.Start), d.tokenAt(mq.Open.Start)); ok {
						f.Start = d.toks[k].Start
					}
				}
			} else if wordingOnly || f.Mention == nil && !d.hasAnyCue(s) && d.scareQuote(mq) {
				// Kept only as the wording of a clause it does not fit.
				continue
			}
		}
		// `Oxley said, "We have three weeks to go" until the caucuses`: the
		// narration the quotation runs on into is reported with it.
		if f.mark >= 0 && f.Kind == Direct && d.register == RegisterNews && f.Rule == ruleCueBefore && d.runsOn(d.marks[f.mark]) {
			mq := d.marks[f.mark]
			_, last := d.clauseAround(mq, d.sents[d.sentOf[d.tokenAt(mq.Open.Start)]])
			if span, _ := d.contentMin(d.tokenAt(mq.Open.Start), last, 1); last > d.tokenAt(mq.Close.End) && span.End > mq.Close.End {
				f.Span, f.Kind = span, Mixed
				f.Rule += ruleMixedSuffix
			}
		}
		// `"The plan is the way to go" to fix the roads, Ames said`: so is
		// the narration a quotation runs on into before its attribution,
		// unless the quotation holds whole sentences of its own.
		if f.mark >= 0 && f.Kind == Direct && d.register == RegisterNews && f.Rule == ruleCueAfter && f.Mention != nil && d.runsOn(d.marks[f.mark]) && !d.holdsSentenceEnd(d.marks[f.mark]) {
			mq := d.marks[f.mark]
			next := d.tokenAt(mq.Close.End)
			attr := min(f.Mention.First, f.Cue.Tok)
			if attr > next+1 && d.w.isPunct(attr-1, ",") && !d.w.isCap(next) {
				if span, ok := d.contentMin(d.tokenAt(mq.Open.Start), attr-1, 1); ok && span.End > mq.Close.End {
					f.Span, f.Kind = span, Mixed
					f.Rule += ruleMixedSuffix
				}
			}
		}
		// "Sooner or later, ''I think we will have a consumption tax,''
		// he said": narration leading into a quotation is reported with it.
		if f.mark >= 0 && f.Kind == Direct && d.register == RegisterNews {
			if first, ok := d.leadIn(d.marks[f.mark]); ok {
				f.Span, f.Kind = Span{d.toks[first].Start, closeEnd(d.marks[f.mark])}, Mixed
				f.Rule += ruleMixedSuffix
			}
		}
		// `words such as "ambassador," "attack," and "Libya"`: a short
		// quotation that follows another in a list is a term as its
		// neighbour is, not a turn of speech, unless its clause reports it.
		if f.mark > 0 && f.Kind == Direct && d.register == RegisterNews && f.Mention == nil && d.words(d.marks[f.mark].Inner) <= 4 && d.listItem(f.mark) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// quotedWording reports whether short quotation k inside narration gives
// someone's wording rather than a name or a term: in double marks, opening
// on a lower-case word, and either closing with its clause's punctuation
// inside the marks (`warned the vote was "rigged,"`) or running on into
// the clause (`a climate where people "hate each other" because …`). A
// title is capitalised ("“Scandal,”"), single marks set off headline
// words, "so-called" marks a term, and a quotation before a noun modifies it as a term does (`the
// "establishment" candidate`), as do quoted words in a list.
func (d *doc) quotedWording(k int) bool {
	mq := d.marks[k]
	if mq.Continues || k > 0 && d.listItem(k) || k+1 < len(d.marks) && d.listItem(k+1) {
		return false
	}
	if m, ok := classify(d.text, d.toks[d.tokenAt(mq.Open.Start)]); !ok || m.Fam != famDouble {
		return false
	}
	// `the so-called "deal"` names a term the writer distances.
	if before := strings.TrimRight(d.text[max(0, mq.Open.Start-12):mq.Open.Start], " \u00a0"); strings.HasSuffix(strings.ToLower(before), "so-called") {
		return false
	}
	first, last := d.tokenAt(mq.Inner.Start), d.tokenAt(mq.Inner.End)
	if last <= first || !d.w.isWord(first) {
		return false
	}
	// `referred to the judge as "Spanish,"`, `known as the "Night Crew"`:
	// what someone or something is called "as" is a description given.
	if k := d.tokenAt(mq.Open.Start) - 1; d.w.isWord(k) && articles[d.w.lower(k)] && d.w.isWord(k-1) && d.w.lower(k-1) == "as" || d.w.isWord(k) && d.w.lower(k) == "as" {
		return true
	}
	if d.w.isCap(first) {
		return false
	}
	if d.w.isPunct(last-1, ".,!?") {
		return true
	}
	next := d.tokenAt(mq.Close.End)
	return next < len(d.toks) && d.w.isWord(next) && !strings.HasPrefix(d.tagOf(next), "NN")
}

// endBeforePredicate ends a mixed quote at the close of a quotation that a
// new predicate follows: in `Ames said the vote was "rigged," angering her
// allies` and `called him a "fraud" and accused him of lying` the
// participle or the second verb tells what the writer reports next, not
// what Ames was quoted as saying. When the new predicate holds quotations
// of its own, it is a second mixed quote of the same speaker: `hailed the
// vote as "fantastic," telling reporters it was "a great thing."`
func (d *doc) endBeforePredicate(fs []found) []found {
	if d.register != RegisterNews {
		return fs
	}
	for i := 0; i < len(fs); i++ {
		f := &fs[i]
		if f.Kind != Mixed {
			continue
		}
		for k := sort.Search(len(d.marks), func(j int) bool { return d.marks[j].Open.Start >= f.Start }); k < len(d.marks) && d.marks[k].Open.Start < f.End; k++ {
			mq := d.marks[k]
			if mq.Continues || mq.Close.End >= f.End {
				continue
			}
			j := d.tokenAt(mq.Close.End)
			verb := -1
			switch {
			// American style sets the comma inside the closing mark.
			case d.w.isPunct(d.tokenAt(mq.Inner.End)-1, ",") && d.w.isWord(j) && d.tagOf(j) == "VBG":
				verb = j
			case d.newPredicateAt(j):
				verb = j + 1
				for !d.w.isWord(verb) || d.w.lower(verb) == "and" || d.w.lower(verb) == "but" {
					verb++
				}
			}
			if verb < 0 {
				// `called it "a bad deal," which the board denied`: a
				// relative clause on the last quotation is the writer's,
				// and so is an attribution after it: `…," Ames said`.
				// A quotation that opens the quote is a sentence of its own,
				// reported whole with its attribution.
				lead := d.marks[sort.Search(len(d.marks), func(j int) bool { return d.marks[j].Open.Start >= f.Start })].Open.Start > f.Start
				if k+1 < len(d.marks) && d.marks[k+1].Open.Start < f.End || !d.relativeAfter(mq) && !(lead && (d.attributionAfter(mq, d.tokenAt(f.End)) || (f.Cue == nil || f.Cue.Start > mq.Close.Start) && d.mainClauseAfter(mq, d.tokenAt(f.End)))) {
					continue
				}
				f.End = mq.Close.End
				break
			}
			end := f.End
			f.End = mq.Close.End
			if k+1 < len(d.marks) && d.marks[k+1].Open.Start < end {
				// The second report starts after its verb, or at the "that"
				// past its hearer: `telling reporters on Friday that …`.
				first := verb + 1
				if c, ok := d.cueAt(verb); ok {
					first = c.LastTok + 1
					if a := d.afterCue(c, d.sents[d.sentOf[verb]]); a > first && a < d.tokenAt(d.marks[k+1].Open.Start) && d.w.lower(a-1) == "that" {
						first = a - 1
					}
				}
				g := *f
				g.Span = Span{d.toks[first].Start, end}
				g.mark = k + 1
				fs = append(fs, g)
				f = &fs[i]
			}
			break
		}
	}
	return fs
}

// commaClosing returns the token after quotation mq and whether a comma
// ends it, inside its closing mark (`…,"`) or after it (`…",`); past a
// comma after the mark, the token after that comma.
func (d *doc) commaClosing(mq markQuote) (int, bool) {
	j := d.tokenAt(mq.Close.End)
	if d.w.isPunct(j, ",") {
		return j + 1, true
	}
	return j, d.w.isPunct(d.tokenAt(mq.Inner.End)-1, ",")
}

// attributionAfter reports whether quotation mq ends on a comma, inside
// its closing mark or after it, and a speech cue follows within a few
// words before token end: `…," Ames said`, `…," said Ames`, `…," the
// source recalled`.
func (d *doc) attributionAfter(mq markQuote, end int) bool {
	j, ok := d.commaClosing(mq)
	if !ok {
		return false
	}
	for _, c := range d.cuesIn(j, min(end, j+5)) {
		// "was asked by the host whether …" reports what follows.
		if c.Class != classSpeech || c.Form != formFinite || d.w.isWord(c.Tok-1) && beForms[d.w.lower(c.Tok-1)] {
			continue
		}
		// The cue reports nothing more: it ends the quote or a name, a
		// preposition or an adverb follows it ("said Ames", "said on
		// Monday"), not a clause ("says she warned …").
		k := c.LastTok + 1
		if k >= end || !d.w.isWord(k) || d.w.isCap(k) {
			return true
		}
		switch d.tagOf(k) {
		case "IN", "RB", "RBR", "TO":
			return d.w.lower(k) != "that"
		}
		return false
	}
	return false
}

// mainClauseAfter reports whether quotation mq ends on a comma and a
// clause of its own follows before token end, its subject a pronoun or a
// name and then its verb: `Contrary to his claim that voters "stay
// home," they turned out`. It is asked only when no cue before the
// quotation reports the clause the quotation is in.
func (d *doc) mainClauseAfter(mq markQuote, end int) bool {
	j, ok := d.commaClosing(mq)
	if !ok {
		return false
	}
	if j >= end || !d.w.isWord(j) || !(d.tagOf(j) == "PRP" || d.w.isCap(j)) {
		return false
	}
	for k := j + 1; k < min(end, j+4); k++ {
		switch d.tagOf(k) {
		case "VBD", "VBZ", "VBP", "MD":
			// `On "This Week," Roe admitted that …`: a clause that
			// reports is what the quotation leads into.
			_, cue := d.cueAt(k)
			if beForms[d.w.lower(k)] {
				_, cue = d.cueAt(k + 1)
			}
			return !cue
		}
	}
	return false
}

// relativeAfter reports whether ", which" follows quotation mq, the comma
// inside its closing mark or after it.
func (d *doc) relativeAfter(mq markQuote) bool {
	j, ok := d.commaClosing(mq)
	if !ok {
		return false
	}
	return d.w.isWord(j) && d.w.lower(j) == "which"
}

// newPredicateAt reports whether a participle after a comma or a verb
// after "and" or "but" starts at token j: `…," angering`, `…" and
// accused`.
func (d *doc) newPredicateAt(j int) bool {
	w := &d.w
	if w.isPunct(j, ",") && w.isWord(j+1) && d.tagOf(j+1) == "VBG" {
		return true
	}
	if w.isPunct(j, ",") {
		j++
	}
	if !w.isWord(j) || (w.lower(j) != "and" && w.lower(j) != "but") || !w.isWord(j+1) {
		return false
	}
	switch d.tagOf(j + 1) {
	case "VBG", "VBD", "VBZ":
		return true
	}
	return false
}

// openingAdverbial reports whether the words of sentence s before token k
// are a short phrase set off by a comma with no verb: "Still,", "Right
// now,", "At private clubs,".
func (d *doc) openingAdverbial(s sentence, k int) bool {
	if k-1 <= s.First || !d.w.isPunct(k-1, ",") || k-1-s.First > 5 {
		return false
	}
	for j := s.First; j < k-1; j++ {
		if !d.w.isWord(j) || introWords[d.w.lower(j)] || strings.HasPrefix(d.tagOf(j), "VB") {
			return false
		}
	}
	return true
}

// afterGoverningVerb returns the token after the last full verb in
// [first, open), past a preposition or particle it takes ("pointed to",
// "known as"): the verb whose object holds a quotation at open. Forms of
// "be", "have" and "do" are skipped: what follows them is still the
// clause that uses the wording ("the vote is \"rigged\"").
func (d *doc) afterGoverningVerb(first, open int) (int, bool) {
	for k := open - 1; k > first; k-- {
		if d.w.isPunct(k, ",;:") {
			return 0, false
		}
		// An earlier quotation of the clause is part of the object, and
		// its words are no verb of the writer's ("chanted \"stop
		// killing our towns\" and \"no cuts\"").
		if q := d.quoteAt(d.toks[k].Start); q >= 0 {
			k = d.tokenAt(d.marks[q].Open.Start)
			continue
		}
		if !d.w.isWord(k) || auxVerbs[d.w.lower(k)] || !strings.HasPrefix(d.tagOf(k), "VB") {
			continue
		}
		j := k + 1
		for j < open && (d.tagOf(j) == "IN" || d.tagOf(j) == "TO" || d.tagOf(j) == "RP") {
			j++
		}
		return j, true
	}
	return 0, false
}

// auxVerbs are the verbs that do not take a quotation as their object.
var auxVerbs = setOf(`is are was were be been being am 's ’s has have had having do does did`)

// indent is the least indentation, in spaces, that sets a paragraph off.
const indent = 2

// lineIndent returns how many spaces and tabs precede byte offset i on its
// line, or -1 when other text does.
func (d *doc) lineIndent(i int) int {
	n := 0
	for j := i - 1; j >= 0 && d.text[j] != '\n'; j-- {
		if d.text[j] != ' ' && d.text[j] != '\t' {
			return -1
		}
		n++
	}
	return n
}

// flushParagraphs reports whether most paragraphs of the text start flush,
// so that an indented one stands out.
func (d *doc) flushParagraphs() bool {
	n := 0
	for _, p := range d.paras {
		if d.lineIndent(p.Start) >= indent {
			n++
		}
	}
	return len(d.paras) >= 10 && 5*n < len(d.paras)
}

// indented reports whether quotation mq opens an indented paragraph.
func (d *doc) indented(mq markQuote) bool {
	open := d.tokenAt(mq.Open.Start)
	return open < len(d.toks) && d.toks[open].ParaStart && d.lineIndent(mq.Open.Start) >= indent
}

// unspokenBefore reports whether the speech verb that introduces f, its
// cue or the word before its opening mark, tells of words only seemed,
// meant or imagined: "seemed to say", "as if to say", "as much as to say",
// "would have said", "might have exclaimed".
func (d *doc) unspokenBefore(f found) bool {
	w := &d.w
	k := d.tokenAt(d.marks[f.mark].Open.Start) - 1
	if w.isPunct(k, ",:") {
		k--
	}
	if f.Cue != nil {
		k = f.Cue.Tok
	} else if !w.isWord(k) || !sayWords[w.lower(k)] {
		return false
	}
	if !w.isWord(k-1) || !w.isWord(k-2) {
		return false
	}
	switch w.lower(k - 1) {
	case "to":
		return seemingWords[w.lower(k-2)]
	case "have":
		return w.lower(k-2) == "would" || w.lower(k-2) == "might"
	}
	return false
}

// sayWords are the speech verbs an unattributed quotation may follow.
var sayWords = setOf(`say said ask asked exclaim exclaimed cry cried remark remarked reply replied add added`)

// seemingWords go before "to say" when no one says the words.
var seemingWords = setOf(`seem seems seemed seeming as if though`)

// unspokenMeant reports whether f gives words that a look, a tone or a
// speaker only meant ("a glance which meant, \"…\"", "in a tone that
// implied: \"…\""), or that someone longed, wanted, felt like or nearly
// came to say but did not: "he felt like answering", "she longed to add",
// "it was on the tip of his tongue to ask", "she almost answered".
func (d *doc) unspokenMeant(f found) bool {
	w := &d.w
	k := d.tokenAt(d.marks[f.mark].Open.Start) - 1
	for w.isPunct(k, "-—–") {
		k--
	}
	if w.isPunct(k, ",:") {
		k--
	}
	if w.isWord(k) && (meaningWords[w.lower(k)] || w.lower(k) == "mean" && w.lower(k-1) == "to") {
		return true
	}
	// `"…," he felt like retorting`: the feeling is the cue. Any other cue
	// after the quotation may tell of the next one: `"…" She nearly said,
	// "…"`.
	if f.Cue != nil {
		c := f.Cue.Tok
		if (w.lower(c) == "felt" || w.lower(c) == "feels") && w.lower(c+1) == "like" && unrealisedWords[w.lower(c+2)] {
			return true
		}
		if c > k {
			return false
		}
		k = c
	}
	return unrealised(w, k)
}

// unrealised reports whether speech verb k is one a wish, "felt like" or
// "almost" leaves unsaid.
func unrealised(w *words, k int) bool {
	if !w.isWord(k) || !unrealisedWords[w.lower(k)] || !w.isWord(k-1) {
		return false
	}
	switch w.lower(k - 1) {
	case "almost", "nearly":
		return true
	case "to":
		return wishingWords[w.lower(k-2)]
	case "like":
		return w.lower(k-2) == "felt" || w.lower(k-2) == "feel" || w.lower(k-2) == "feels"
	}
	return false
}

// meaningWords, right before a quotation, give what a look, a tone or a
// speaker meant rather than the words said.
var meaningWords = setOf(`meant means implied implies signified signifies expressed expresses`)

// wishingWords go before "to say" when the words stayed unsaid: "longed
// to add", "on the tip of his tongue to ask". The present tense is left
// out: "I want to say" opens what a speaker goes on to say.
var wishingWords = setOf(`longed wanted yearned itched tongue lips`)

// unrealisedWords are the speech verbs that a wish, "felt like" or
// "almost" leaves unsaid; "wanted to know" asks aloud.
var unrealisedWords = setOf(`say said add added adding ask asked answer answered answering reply replied replying
retort retorted retorting exclaim exclaimed exclaiming shout shouted shouting cry cried`)

// afterWritten reports whether quotation mq follows a colon after a word
// that names a written text or its reading.
func (d *doc) afterWritten(mq markQuote) bool {
	k := d.tokenAt(mq.Open.Start) - 1
	for d.w.isPunct(k, "-—–") {
		k--
	}
	return d.w.isPunct(k, ":") && d.w.isWord(k-1) && writtenWords[d.w.lower(k-1)]
}

// writtenWords name a written text, or say what it reads, before a colon.
var writtenWords = setOf(`read reads ran runs telegram wire inscription headline headlines labelled labeled
written motto letter sentence finale illustration notice placard epitaph legend`)

// termGovernors are the words before a quotation in narration that make it
// a phrase mentioned rather than words spoken.
var termGovernors = setOf(`the a an their its called entitled named termed dubbed was were be become became
about from upon`)

// utteranceNouns name something said: the quotation after "of" gives it.
var utteranceNouns = setOf(`exclamation exclamations inquiry enquiry inquiries question questions reply
replies answer answers cry cries shout shouts words remark remarks suggestion observation chorus`)

// letterLine reports whether quotation k is a line of a letter or a verse
// set out in quotation marks, not a turn of dialogue: alone in its
// paragraph, a few words that end on a comma lead into nothing ("Dear
// Marta,", "Yours truly,", "Mill Lane,"), as a turn ending on a comma leads
// into its speech tag; and a few capitalised words next to such a line
// are the date above it or the signature below ("Tuesday.", "D. Vasko.").
func (d *doc) letterLine(k int) bool {
	if d.commaLine(k) {
		return true
	}
	if !d.fillsParagraph(k) || d.words(d.marks[k].Inner) > 4 || !d.capitalWords(d.marks[k].Inner) {
		return false
	}
	inner := strings.TrimSpace(d.text[d.marks[k].Inner.Start:d.marks[k].Inner.End])
	if strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!") {
		return false
	}
	para := d.paraOf[d.tokenAt(d.marks[k].Open.Start)]
	for _, j := range [2]int{k - 1, k + 1} {
		if j >= 0 && j < len(d.marks) && d.commaLine(j) {
			if pj := d.paraOf[d.tokenAt(d.marks[j].Open.Start)]; pj == para-1 || pj == para+1 {
				return true
			}
		}
	}
	return false
}

// maxLetterParas bounds how many paragraphs back letterBody looks for the
// greeting of a letter.
const maxLetterParas = 12

// letterBody reports whether quotation k is a paragraph of a letter set out
// in quotation marks, read rather than spoken: it fills its paragraph, and
// so does each quotation in the paragraphs right before it back to a
// greeting line ("Dear Marta,", "My dearest Ann,"), with no closing line or
// signature between. The greeting must follow narration or another line of
// the letter, its place or its date: a turn that only calls someone dear
// is answered by the turns after it.
func (d *doc) letterBody(k int) bool {
	if !d.fillsParagraph(k) {
		return false
	}
	para := d.paraOf[d.tokenAt(d.marks[k].Open.Start)]
	for j := k - 1; j >= 0 && k-j <= maxLetterParas; j-- {
		pj := d.paraOf[d.tokenAt(d.marks[j].Open.Start)]
		if pj+1 != para || !d.fillsParagraph(j) {
			return false
		}
		// Most quotations walked over are long turns of dialogue: only a
		// few tokens can make a greeting, a closing or a signature.
		if inner := d.marks[j].Inner; d.tokenAt(inner.End)-d.tokenAt(inner.Start) <= 16 {
			if d.greeting(j) {
				if j == 0 {
					return true
				}
				prev := d.paraOf[d.tokenAt(d.marks[j-1].Open.Start)]
				return prev+1 != pj || d.letterLine(j-1)
			}
			if d.commaLine(j) || d.shortCapsLine(j) {
				return false
			}
		}
		para = pj
	}
	return false
}

// epigraph reports whether quotation k is an epigraph or its credit: a
// quotation in marks alone in its paragraph, and in the next a short line
// after a dash that names its source without ending as a sentence does
// ("--Ann Roe, _Letters_"). A turn after a dash ends as a sentence.
func (d *doc) epigraph(k int) bool {
	if d.credit(k) {
		return true
	}
	return k+1 < len(d.marks) && d.credit(k+1)
}

// credit reports whether quotation k is the credit line of an epigraph in
// the paragraph before; see epigraph.
func (d *doc) credit(k int) bool {
	if k == 0 || !d.dashTurn(k) || d.words(d.marks[k].Inner) > 6 || d.dashTurn(k-1) || !d.fillsParagraph(k-1) {
		return false
	}
	inner := strings.TrimRight(d.text[d.marks[k].Inner.Start:d.marks[k].Inner.End], " \t\r\n_*")
	if inner == "" || strings.ContainsAny(inner[len(inner)-1:], ".?!,;:") {
		return false
	}
	pk := d.paraOf[d.tokenAt(d.marks[k].Open.Start)]
	return d.paraOf[d.tokenAt(d.marks[k-1].Open.Start)]+1 == pk
}

// dashTurn reports whether quotation k is a paragraph opened by a dash
// rather than a quotation mark (see addDashTurns).
func (d *doc) dashTurn(k int) bool {
	open := d.text[d.marks[k].Open.Start:d.marks[k].Open.End]
	return strings.HasPrefix(open, "-") || strings.HasPrefix(open, "—") || strings.HasPrefix(open, "―")
}

// chapterTitle reports whether quotation k is the title of a chapter set in
// quotation marks: alone in its paragraph right after a heading or a
// break, in capitals throughout, two words or more, and not ending as a
// cry or a question does.
func (d *doc) chapterTitle(k int) bool {
	mq := d.marks[k]
	if !d.fillsParagraph(k) || d.words(mq.Inner) < 2 {
		return false
	}
	pk := int(d.paraOf[d.tokenAt(mq.Open.Start)])
	if pk == 0 || !d.sceneBreak(pk-1) {
		return false
	}
	inner := strings.TrimSpace(d.text[mq.Inner.Start:mq.Inner.End])
	if strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!") {
		return false
	}
	for i := d.tokenAt(mq.Inner.Start); i < len(d.toks) && d.toks[i].Start < mq.Inner.End; i++ {
		if d.w.isWord(i) && !upperCase(d.w.word(i)) {
			return false
		}
	}
	return true
}

// greeting reports whether quotation k is a line that opens a letter:
// "Dear Marta," or "My dearest Ann," alone in its paragraph.
func (d *doc) greeting(k int) bool {
	if !d.commaLine(k) {
		return false
	}
	first := d.tokenAt(d.marks[k].Inner.Start)
	if d.w.lower(first) == "my" {
		first++
	}
	return d.w.lower(first) == "dear" || d.w.lower(first) == "dearest"
}

// shortCapsLine reports whether quotation k fills its paragraph with at
// most four capitalised words that do not end on a question or an
// exclamation: the shape of a date, a place or a signature.
func (d *doc) shortCapsLine(k int) bool {
	if !d.fillsParagraph(k) || d.words(d.marks[k].Inner) > 4 || !d.capitalWords(d.marks[k].Inner) {
		return false
	}
	inner := strings.TrimSpace(d.text[d.marks[k].Inner.Start:d.marks[k].Inner.End])
	return !strings.HasSuffix(inner, "?") && !strings.HasSuffix(inner, "!")
}

// commaLine reports whether quotation k fills its paragraph with at most
// six words and ends on a comma.
func (d *doc) commaLine(k int) bool {
	mq := d.marks[k]
	inner := strings.TrimSpace(d.text[mq.Inner.Start:mq.Inner.End])
	return strings.HasSuffix(inner, ",") && d.words(mq.Inner) <= 6 && d.fillsParagraph(k)
}

// fillsParagraph reports whether quotation k is all of its paragraph.
func (d *doc) fillsParagraph(k int) bool {
	mq := d.marks[k]
	open := d.tokenAt(mq.Open.Start)
	if open >= len(d.toks) || !d.toks[open].ParaStart {
		return false
	}
	p := d.paras[d.paraOf[open]]
	return strings.TrimSpace(d.text[min(closeEnd(mq), p.End):p.End]) == ""
}

// capitalWords reports whether every word of span sp starts with a capital
// letter or a digit.
func (d *doc) capitalWords(sp Span) bool {
	for k := d.tokenAt(sp.Start); k < len(d.toks) && d.toks[k].Start < sp.End; k++ {
		if r, _ := utf8.DecodeRuneInString(d.w.word(k)); d.w.isWord(k) && !d.w.isCap(k) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// startAfterCue starts a mixed quote after the verb that reports it when
// its span took in the clause around that verb: in `Ames called the plan
// "a disaster"` what Ames said is "the plan \"a disaster\"", not who said
// it.
func (d *doc) startAfterCue(fs []found) {
	if d.register != RegisterNews {
		return
	}
	// Two quotations of one clause widen to one span, printed once: they
	// start at one place, or the one kept whole would stand beside a cut
	// copy of itself.
	starts := map[Span]int{}
	for i := range fs {
		f := &fs[i]
		// Reported speech that took in a quotation starts where its cue
		// rule put it; only a quotation's own span widened to its clause
		// may hold its cue.
		if f.Kind != Mixed || f.mark < 0 {
			continue
		}
		k, ok := d.afterReportingCue(f)
		if !ok {
			k, ok = d.afterReferTo(f)
		}
		if prev, seen := starts[f.Span]; seen && (prev < 0 || !ok) {
			starts[f.Span] = -1
		} else if !seen {
			starts[f.Span] = -1
			if ok {
				starts[f.Span] = k
			}
		}
	}
	for i := range fs {
		f := &fs[i]
		if f.Kind != Mixed || f.mark < 0 {
			continue
		}
		if k := starts[f.Span]; k >= 0 {
			f.Start = d.toks[k].Start
		}
	}
}

// afterReportingCue returns the token where mixed quote f starts once the
// cue that reports it, before its first quotation mark, is left out.
func (d *doc) afterReportingCue(f *found) (int, bool) {
	first := d.tokenAt(f.Start)
	open := first
	for open < len(d.toks) && d.toks[open].Start < f.End && !d.opensQuote(open) {
		open++
	}
	// A cue after the quotation names who said it; a verb before it then
	// belongs to what was said ("voters said they doubt her \"good
	// faith,\" a poll found").
	if f.Cue != nil && f.Cue.Tok >= open {
		return 0, false
	}
	// `…, calling him "a fraud"`: the lexicon leaves out the present forms
	// of verbs that are also nouns ("a call"), but one opening the clause
	// as a gerund with its object after it is the verb.
	if w := d.w; w.isWord(first) && namingGerunds[w.lower(first)] && d.tagOf(first) == "VBG" && first+1 < open && w.isWord(first+1) {
		if t := d.tagOf(first + 1); t != "IN" && t != "RP" && t != "TO" {
			return first + 1, true
		}
	}
	for _, c := range d.cuesIn(first, open) {
		if c.LastTok+1 > open || c.Form == formAccording || !d.finiteCue(c) {
			continue
		}
		// `Said the mayor's aide, "…"`: the words after the cue name who
		// speaks.
		if f.Mention != nil && f.Mention.First > c.LastTok && f.Mention.First < open {
			return 0, false
		}
		// A cue that a report goes on to explain is part of it ("his
		// amusement that Roe had described his plan as \"bold\"").
		if d.thatIn(first, c.Tok) {
			return 0, false
		}
		// `So says a voice in the film, "…"`: a finite cue opening its
		// sentence stands before its subject, not its clause.
		if d.tagOf(c.Tok) != "VBG" && (d.sentenceStart(c.Tok) || c.Tok > 0 && d.sentenceStart(c.Tok-1) && (d.w.lower(c.Tok-1) == "so" || d.w.lower(c.Tok-1) == "thus")) {
			return 0, false
		}
		k := c.LastTok + 1
		// Past a hearer or an adverbial to "that", which opens what was
		// said: `said on Tuesday that the plan was "dead"`.
		if a := d.afterCue(c, d.sents[d.sentOf[c.Tok]]); a > k && a <= open && d.w.isWord(a-1) && d.w.lower(a-1) == "that" {
			k = a - 1
		}
		return k, true
	}
	return 0, false
}

// thatIn reports whether "that" stands in tokens [first, last).
func (d *doc) thatIn(first, last int) bool {
	for k := first; k < last; k++ {
		if d.w.isWord(k) && d.w.lower(k) == "that" {
			return true
		}
	}
	return false
}

// relPronouns open a clause that describes the noun before it; "who"
// is left out, as the one it stands for is the speaker ("Roe, who
// called the plan \"a fraud\"").
var relPronouns = setOf(`what that which whom`)

// namingVerbs give a thing its name: "a tax called X".
var namingVerbs = setOf(`call dub name label term`)

// namingGerunds are gerunds of speech acts that are also nouns, which the
// lexicon takes only in their past form.
var namingGerunds = setOf(`calling labeling labelling praising attacking blaming mocking dismissing defending questioning challenging`)

// haveForms make a perfect of a participle: "has called".
var haveForms = setOf(`has have had having`)

// finiteCue reports whether cue c is a verb that reports on its own: not a
// participle qualifying a noun ("a loophole called"), and not the verb of
// "what he called", whose clause names the words it reports.
func (d *doc) finiteCue(c cue) bool {
	// After a determiner or a possessive the word qualifies a noun ("Roe's
	// proposed cut"); after a common noun a past form of naming is rather
	// a reduced relative ("a formula called \"the ratchet\"").
	if c.Tok > 0 {
		switch p := d.tagOf(c.Tok - 1); {
		case p == "DT" || p == "PRP$" || p == "POS" || possessive(d.w.lower(c.Tok-1)) && d.w.isCap(c.Tok-1) && p != "PRP":
			return false
		case (p == "NN" || p == "NNS") && namingVerbs[c.Lemma] && strings.HasSuffix(d.w.lower(c.Tok), "ed"):
			return false
		}
	}
	switch d.tagOf(c.Tok) {
	case "VBD", "VBZ", "VBP", "VB":
	case "VBG":
		// "…, calling him \"a liar\"" reports; in "an account of Roe
		// telling Ames to \"go\"" the name is the gerund's subject and
		// goes with what is reported, as a year does with the remarks
		// it dates ("remarks in 2006 saying …").
		if p := d.tagOf(c.Tok - 1); (p == "NNP" || p == "NNPS") && !timeWords[d.w.lower(c.Tok-1)] || p == "CD" {
			return false
		}
	case "VBN":
		if !d.w.isWord(c.Tok-1) || !haveForms[d.w.lower(c.Tok-1)] {
			return false
		}
	default:
		return false
	}
	// A relative clause ("an editorial that accuses Roe of …") describes
	// what is reported and goes with it.
	for k := c.Tok - 1; k >= 0 && k >= c.Tok-3; k-- {
		if d.w.isWord(k) && (d.w.lower(k) == "what" || k >= c.Tok-2 && relPronouns[d.w.lower(k)] && (k == c.Tok-1 || strings.HasPrefix(d.tagOf(k+1), "RB"))) {
			return false
		}
	}
	return true
}

// attributionEnds reports whether the cue and speaker of f, after its
// quotation's closing mark at token end, end the clause: `"…," Ames said.`
// and `"…," said Ames, a nurse` attribute the quotation; `"…," Ames
// admitted that …` and `"…," as Ames called it` report more.
func (d *doc) attributionEnds(f *found, end, last int) bool {
	w := &d.w
	if w.isWord(end) && w.lower(end) == "as" {
		return false
	}
	k := max(f.Cue.LastTok, f.Mention.Last-1) + 1
	if k >= last || w.isPunct(k, ",.;!?") {
		return true
	}
	// What follows may only say where, when or to whom it was said ("in
	// a statement", "told reporters on Monday"), not what was said.
	if t := d.tagOf(k); t != "IN" && t != "TO" && !(w.isWord(k) && (hearers[w.lower(k)] || timeNouns[w.lower(k)])) && !(f.Cue.Object && w.isCap(k)) {
		return false
	}
	for j := k; j < last; j++ {
		if w.isWord(j) && (w.lower(j) == "that" || whWords[w.lower(j)] || w.lower(j) == "if") || d.inQuote(d.toks[j].Start) {
			return false
		}
	}
	return true
}

// onlyQuoteIn reports whether quotation k is the only one opening in
// tokens [first, last): two quotations of one clause make one quote.
func (d *doc) onlyQuoteIn(k, first, last int) bool {
	for j := first; j < last; j++ {
		if d.opensQuote(j) && d.toks[j].Start != d.marks[k].Open.Start {
			return false
		}
	}
	return true
}

// holdsSentenceEnd reports whether a full stop, question or exclamation
// mark ends a sentence inside quotation mq.
func (d *doc) holdsSentenceEnd(mq markQuote) bool {
	for k := d.tokenAt(mq.Inner.Start); k+1 < len(d.toks) && d.toks[k+1].Start < mq.Inner.End; k++ {
		if d.w.isPunct(k, ".!?") && d.toks[k+1].Start > d.toks[k].End {
			return true
		}
	}
	return false
}

// listItem reports whether quotation k follows the closing mark of the
// quotation before it with nothing between but a comma, "and" or "or".
func (d *doc) listItem(k int) bool {
	mq, prev := d.marks[k], d.marks[k-1]
	if prev.Continues || mq.Continues {
		return false
	}
	first, open := d.tokenAt(prev.Close.End), d.tokenAt(mq.Open.Start)
	if open-first > 3 || d.paraOf[open] != d.paraOf[min(first, len(d.toks)-1)] {
		return false
	}
	for j := first; j < open; j++ {
		if !d.w.isPunct(j, ",") && !(d.w.isWord(j) && (d.w.lower(j) == "and" || d.w.lower(j) == "or")) {
			return false
		}
	}
	return prev.Close.End <= mq.Open.Start && !d.toks[open].ParaStart
}

// leadIn returns the first token of the narration that leads into
// quotation mq after a comma in its sentence ("Instead, “he just acts like
// a defeated man.”"), when that narration holds no cue and no other
// quotation: then the quotation is not introduced but reported.
func (d *doc) leadIn(mq markQuote) (int, bool) {
	open := d.tokenAt(mq.Open.Start)
	if mq.Continues || open == 0 || d.toks[open].ParaStart || !d.w.isPunct(open-1, ",") {
		return 0, false
	}
	s := d.sents[d.sentOf[open]]
	if open-1 <= s.First || open-s.First > 40 {
		return 0, false
	}
	for k := s.First; k < open-1; k++ {
		if d.inQuote(d.toks[k].Start) || d.w.isPunct(k, ":;") || d.w.isWord(k) && introWords[d.w.lower(k)] {
			return 0, false
		}
	}
	if len(d.cuesIn(s.First, open)) > 0 {
		return 0, false
	}
	// "As Marrick puts it, …", "the message reads, …": a verb before the
	// comma introduces the quotation.
	last := open - 2
	if d.w.isWord(last) && d.w.lower(last) == "it" {
		last--
	}
	// "If the bill passes, “we will sue,” she said": a subordinate clause
	// ends in its own verb and introduces nothing.
	if strings.HasPrefix(d.tagOf(last), "VB") && !(d.w.isWord(s.First) && leadClauseOpeners[d.w.lower(s.First)]) {
		return 0, false
	}
	return s.First, true
}

// leadClauseOpeners open a subordinate clause that may lead into a
// quotation.
var leadClauseOpeners = setOf(`if when while although though because unless once since after before until whether`)

// introWords name or introduce a text that a quotation then gives.
var introWords = setOf(`statement email e-mail tweet tweets letter message memo post wrote written
writes reads read sang sings continues stating state put puts`)

// midSentence reports whether a quotation opens after a word of its own
// sentence: `a "bad earpiece," claiming`, not `He said: "…"`.
func (d *doc) midSentence(mq markQuote) bool {
	open := d.tokenAt(mq.Open.Start)
	if open == 0 || d.toks[open].ParaStart || d.sentenceStart(open) || mq.Continues {
		return false
	}
	// In news a quotation that opens a line starts a turn of its own, and
	// so does one after a headline in capitals: `HOW CHINA’S DECLINE
	// AFFECTS THE WORLD “China’s economic slowdown …”`.
	if d.register == RegisterNews && (d.toks[open].NewlineBefore || d.capsHeadline(open-1)) {
		return false
	}
	return d.w.isWord(open - 1)
}

// words counts the word tokens of a span.
func (d *doc) words(sp Span) int {
	n := 0
	for k := d.tokenAt(sp.Start); k < len(d.toks) && d.toks[k].Start < sp.End; k++ {
		if d.w.isWord(k) {
			n++
		}
	}
	return n
}

func (d *doc) scareQuote(mq markQuote) bool {
	w := &d.w
	first, last := d.tokenAt(mq.Inner.Start), d.tokenAt(mq.Inner.End)
	n := 0
	for k := first; k < last; k++ {
		if w.isWord(k) {
			n++
		}
	}
	if n > 4 {
		return false
	}
	open := d.tokenAt(mq.Open.Start)
	if d.toks[open].ParaStart {
		return false
	}
	// Ends like speech: "Sorry." "Where?" "Yes," ("No." is one token, as
	// the abbreviation of number is; an initial, "A. W.", is a signature.)
	if last > first && (w.isPunct(last-1, ".!?,…") || w.isWord(last-1) && strings.HasSuffix(w.word(last-1), ".") && utf8.RuneCountInString(w.word(last-1)) > 2) {
		return false
	}
	// Follows a colon or sentence end: a quotation standing alone.
	if w.isPunct(open-1, ":.!?") {
		return false
	}
	// In fiction a dash after a sentence end sets off the next turn as
	// the full stop alone does: `cried Ann.--"Oh! no"--and …`.
	if d.register == RegisterFiction {
		// A lone hyphen is no dash.
		before := d.text[:mq.Open.Start]
		dashed := strings.HasSuffix(before, "--") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–")
		if t := strings.TrimRight(before, "-—–"); dashed && strings.ContainsAny(t[max(0, len(t)-1):], ".!?") {
			return false
		}
	}
	return true
}

// clauseAround returns the token range of the clause of sentence s that
// holds quotation mq: between the punctuation marks (outside quotations)
// that bound it.
func (d *doc) clauseAround(mq markQuote, s sentence) (int, int) {
	w := &d.w
	open, end := d.tokenAt(mq.Open.Start), d.tokenAt(closeEnd(mq))
	first := open
	for first > s.First && !(w.isPunct(first-1, ",;:—–") && !d.inQuote(d.toks[first-1].Start)) {
		first--
	}
	last := end
	for last < s.Last && !(w.isPunct(last, ",;:—–") && !d.inQuote(d.toks[last].Start)) {
		last++
	}
	return first, last
}

// sentenceSubject finds the subject of sentence s before token end: at its
// start, or after an opening adverbial ("In May, a judge sided …").
func (d *doc) sentenceSubject(s sentence, end int) (mention, bool) {
	starts := []int{d.afterDateline(s.First, end)}
	for k := s.First; k < end && k-s.First < 12; k++ {
		if d.w.isPunct(k, ",") && !d.inQuote(d.toks[k].Start) {
			starts = append(starts, k+1)
			break
		}
	}
	for _, i := range starts {
		m, ok := d.mentionStartingAt(i, end)
		// "In January, the council issued …": the noun a preposition
		// opening the sentence governs is no subject.
		if ok && d.tagOf(i) == "IN" && len(starts) > 1 && i == s.First && d.tagOf(starts[1]) != "IN" {
			if m2, ok2 := d.mentionStartingAt(starts[1], end); ok2 && m2.Last < end {
				continue
			}
		}
		if ok && !(m.Kind == mentionNominal && m.Last-m.First > 6) && m.Last < end {
			return m, true
		}
	}
	return mention{}, false
}

// strongerCue reports whether sentence s has a speech cue other than c
// that is not a mere speech act.
func (d *doc) strongerCue(s sentence, c cue) bool {
	for _, o := range d.cuesIn(s.First, s.Last) {
		if o.Tok != c.Tok && o.Class == classSpeech {
			return true
		}
	}
	return false
}

// coordinatedCue reports whether act cue c may report beside the stronger
// cues of sentence s: each stands before it ("Asked what the council said,
// Roe described …"), opens a second predicate after it ("criticized the
// plan and said", "has denounced them but added") or stands past a
// semicolon or in a relative clause after it. It returns the token where
// the act's report must end, the first such boundary, or -1. A stronger cue
// after c set off otherwise may report the act's own clause ("…, according
// to X", "…, he noted").
func (d *doc) coordinatedCue(c cue, s sentence) (int, bool) {
	first := -1
	for _, o := range d.cuesIn(s.First, s.Last) {
		if o.Tok == c.Tok || o.Class != classSpeech {
			continue
		}
		if o.Tok < c.Tok {
			continue
		}
		// "criticized him for saying …", "accused Roe of telling …": a
		// gerund a preposition governs is part of the act's complement.
		if o.Form == formGerund && d.w.isWord(o.Tok-1) && gerundPrepositions[d.w.lower(o.Tok-1)] {
			continue
		}
		if o.Form != formFinite {
			return -1, false
		}
		j := o.Tok - 1
		for n := 0; n < 2 && d.w.isWord(j) && skippable[d.w.lower(j)]; n++ {
			j--
		}
		// "…, but she noted that …", "…, after 55 percent said so": a
		// clause of its own, its subject after the joiner, opens after
		// the act's report.
		joined := false
		if d.w.isWord(j) && j > c.LastTok+1 {
			m, ok := d.mentionEndingAt(j, c.LastTok+1)
			if !ok {
				m, ok = d.looseSubject(j+1, c.LastTok+1)
			}
			if ok && m.First-1 > c.LastTok+1 && d.w.isWord(m.First-1) && clauseJoinerAfterComma(d.w.lower(m.First-1)) && d.w.isPunct(m.First-2, ",") {
				j, joined = m.First-1, true
			}
		}
		if !joined && !(d.w.isWord(j) && (d.w.lower(j) == "and" || d.w.lower(j) == "but")) {
			// "…; he has denied it", "…, which an inquiry said was
			// careless": a semicolon or a relative clause parts the
			// stronger cue from the act's report.
			j = -1
			for k := c.LastTok + 1; k < o.Tok && j < 0; k++ {
				if d.inQuote(d.toks[k].Start) {
					continue
				}
				if d.w.isPunct(k, ";") || d.w.isPunct(k, ",") && d.w.isWord(k+1) && relativeWords[d.w.lower(k+1)] && d.w.lower(k+1) != "that" {
					j = k
				}
			}
			if j < 0 {
				return -1, false
			}
		}
		if first < 0 {
			first = j
		}
	}
	if first < 0 {
		return -1, true
	}
	return first, first > c.LastTok
}

// thatAfterPhrase reports whether "that" opens the clause after cue c
// past a phrase of time, place or manner: "said on CNN that …",
// "announced on its website that …".
func (d *doc) thatAfterPhrase(c cue, s sentence) bool {
	k := d.afterCue(c, s)
	return k > c.LastTok+2 && k < s.Last && d.w.isWord(k-1) && d.w.lower(k-1) == "that"
}

// clauseJoinerAfterComma joins a clause with a subject of its own to the
// one before it: "…, but she noted …", "…, after 55 percent said so".
func clauseJoinerAfterComma(l string) bool {
	switch l {
	case "and", "but", "while", "whereas", "after", "though", "although", "as", "because":
		return true
	}
	return false
}

// isCueAt reports whether a speech cue starts at token k.
func (d *doc) isCueAt(k int) bool {
	i := sort.Search(len(d.cues), func(i int) bool { return d.cues[i].Tok >= k })
	return i < len(d.cues) && d.cues[i].Tok == k && d.cues[i].Class == classSpeech
}

// quotesAfter reports whether a quotation opens in the clause after cue c:
// `called them "crazy"` reports words even beside a stronger cue.
func (d *doc) quotesAfter(c cue, s sentence) bool {
	for k := c.LastTok + 1; k < s.Last && k-c.LastTok < 12; k++ {
		if d.w.isPunct(k, ",;.") && !d.inQuote(d.toks[k].Start) {
			return false
		}
		if q := d.quoteAt(d.toks[k].Start); q >= 0 && d.marks[q].Open.Start == d.toks[k].Start {
			return true
		}
	}
	return false
}

// runsOn reports whether the sentence goes on after a quotation that does
// not end like speech: `"Black Lives Matter" sends a message`.
func (d *doc) runsOn(mq markQuote) bool {
	if mq.Continues {
		return false
	}
	last, next := d.tokenAt(mq.Inner.End)-1, d.tokenAt(mq.Close.End)
	if last < 0 || next >= len(d.toks) || d.w.isPunct(last, ",.!?…:;—–-") {
		return false
	}
	return d.w.isWord(next) && d.sentOf[next] == d.sentOf[last] && d.paraOf[next] == d.paraOf[last]
}

// looseCues are the verbs that report speech whatever their subject, so
// that any noun phrase before them is taken for the speaker.
var looseCues = setOf(`say tell argue insist claim warn contend predict acknowledge admit`)

// notClauseStart are words that start a phrase, not a reported clause,
// after a cue: "responded to …", "spoke about …".
var notClauseStart = setOf(`to on by for with about of in at from into as and or but than like`)

// quantifierHeads may head a subject on their own: "some say", "many
// have said", "most of them said".
var quantifierHeads = setOf(`some many most few several others another all both those none
half majority majorities minority plurality`)

// looseOpeners are the words after which a subject may begin: a clause
// opener that clauseStart does not count ("what experts say", "how
// officials said").
var looseOpeners = setOf(`that what how who whom whose which where why whether because
and but or while as when if although though since so`)

// looseSubject finds the subject noun phrase that ends just before token
// end (a cue) when the mention finder knows no speaker there: "Nine in 10
// Democratic registered voters say", "those surveyed say", "Most of the
// vulnerable Senate Republicans have already said". The phrase runs from a
// clause start to the cue, at most a dozen words, with no finite verb in
// it; its last word must be able to head a noun phrase.
func (d *doc) looseSubject(end, min int) (mention, bool) {
	w := &d.w
	j := d.skipBack(end-1, min)
	if j < min || !w.isWord(j) {
		return mention{}, false
	}
	lj := w.lower(j)
	head := d.nounHead(j) || quantifierHeads[lj] || d.tagOf(j) == "CD" ||
		j > min && w.isWord(j-1) && w.lower(j-1) == "those" && (d.tagOf(j) == "VBN" || d.tagOf(j) == "VBD")
	if !head || functionWords[lj] && !quantifierHeads[lj] {
		return mention{}, false
	}
	k := j
	for ; k > min; k-- {
		p := k - 1
		if w.isPunct(p, ",;:—–(\"“”") || w.isWord(p) && (looseOpeners[w.lower(p)] || d.clauseStart(k, min) && !w.isCap(p)) {
			break
		}
		if !w.isWord(p) || j-p >= 12 {
			return mention{}, false
		}
		switch d.tagOf(p) {
		case "VBD", "VBZ", "VBP", "MD":
			if !w.isCap(p) {
				return mention{}, false
			}
		}
	}
	// A lone pronoun or name is the mention finder's, and it said no.
	if k == j && !quantifierHeads[lj] && !d.nounHead(j) {
		return mention{}, false
	}
	g := genderUnknown
	if strings.HasSuffix(lj, "s") && !strings.HasSuffix(lj, "ss") {
		g = genderPlural
	}
	return d.makeMention(mentionNominal, [2]int{k, j + 1}, [2]int{k, j + 1}, g), true
}

// looseSource is the source phrase after "according to" when the mention
// finder knows no speaker there: "according to complete but unofficial
// returns", "according to state corporate records". It runs to the next
// punctuation mark, at most 24 words with no finite verb, and holds a
// noun. A poll's source is long: "according to early results of the exit
// poll conducted by a firm for the wire service and two networks".
func (d *doc) looseSource(i, max int) (mention, bool) {
	w := &d.w
	noun := false
	k := i
	for ; k < max && w.isWord(k); k++ {
		if k-i >= 24 {
			return mention{}, false
		}
		switch d.tagOf(k) {
		case "VBD", "VBZ", "VBP", "MD":
			// "results tallied through Wednesday", "records obtained
			// by the paper": a past form after the head noun and
			// before a preposition is a participle modifying it.
			// So is one before an adverb or a day: "documents reported
			// previously by the paper", "a poll released Monday".
			if d.tagOf(k) == "VBD" && noun && d.nounHead(k-1) && (k+1 >= max || d.tagOf(k+1) == "IN" || d.tagOf(k+1) == "RB" || w.isWord(k+1) && timeNouns[w.lower(k+1)]) {
				continue
			}
			if !w.isCap(k) {
				return mention{}, false
			}
		}
		if d.nounHead(k) {
			noun = true
		}
	}
	if !noun || k == i {
		return mention{}, false
	}
	return d.makeMention(mentionNominal, [2]int{i, k}, [2]int{i, k}, genderUnknown), true
}

// actFollows reports whether a speech act opens the predicate or the
// clause at token k, after an adverb or a pronoun subject: "… and
// criticized the party's record", "… and she accused him of …".
func (d *doc) actFollows(k int) bool {
	w := &d.w
	// Find the cue first, as reportFollows does: most clauses have none,
	// and the tagger is the costly part.
	if !d.actCueAt(k) && !d.actCueAt(k+1) {
		return false
	}
	if w.isWord(k) && (skippable[w.lower(k)] && d.tagOf(k) != "MD" || isSubjectPronoun(w.lower(k))) {
		k++
	}
	c, ok := d.cueAt(k)
	if !ok || c.Class != classAct || c.Form != formFinite {
		return false
	}
	switch d.tagOf(k) {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// actCueAt reports whether a finite speech act starts at token k.
func (d *doc) actCueAt(k int) bool {
	c, ok := d.cueAt(k)
	return ok && c.Class == classAct && c.Form == formFinite
}

// isSubjectPronoun reports whether l is a subject pronoun ("he", "they").
func isSubjectPronoun(l string) bool {
	_, ok := subjectPronouns[l]
	return ok
}

// cueAt returns the cue that starts at token k.
func (d *doc) cueAt(k int) (cue, bool) {
	i := sort.Search(len(d.cues), func(i int) bool { return d.cues[i].Tok >= k })
	if i < len(d.cues) && d.cues[i].Tok == k {
		return d.cues[i], true
	}
	return cue{}, false
}

// reportFollows reports whether a clause starting at token k reports
// speech: a speech verb opens it, after adverbs ("also said"), or follows a
// short subject ("three-quarters said", "the senator added").
func (d *doc) reportFollows(k int) bool {
	w := &d.w
	// Find the cue first: most clauses have none near, and the tagger,
	// which the words before it need, is the costly part.
	cue := -1
	for _, c := range d.cuesIn(k, k+6) {
		if c.Class == classSpeech && c.Form == formFinite {
			cue = c.Tok
			break
		}
	}
	if cue < 0 {
		return false
	}
	for j := k; j < cue; j++ {
		if !w.isWord(j) || d.inQuote(d.toks[j].Start) {
			return false
		}
		// "but did note", "49 percent of voters say": an auxiliary
		// before the cue, "of" inside its subject. A modal ("he would
		// advise") opens a clause of the narrator's.
		if l := w.lower(j); skippable[l] && d.tagOf(j) != "MD" && j == cue-1 || l == "of" && j > k {
			continue
		}
		switch d.tagOf(j) {
		case "VBD", "VBZ", "VBP", "MD", "IN":
			return false
		}
	}
	return true
}

// whWords open an indirect question.
var whWords = setOf(`whether if why what how who whom which when where`)

// askedWh is an indirect question: "X asked (Y) whether …", "Asked what
// might surprise people, he …", "asked Russia to find …". The question
// runs to the next comma; the asker is the subject when there is one (not
// in the passive "Dunmore was asked why …", whose subject is asked).
func (d *doc) askedWh(c cue, s sentence) (found, bool) {
	w := &d.w
	k := c.LastTok + 1
	first := -1
	for j := k; j < s.Last && j-k < 7 && w.isWord(j); j++ {
		l := w.lower(j)
		// "questions for which …" is a relative clause.
		if (l == "which" || l == "whom") && j > k && d.tagOf(j-1) == "IN" {
			break
		}
		if whWords[l] && !(j > k && (l == "when" || l == "where")) {
			first = j
			break
		}
		if l == "to" && j > k {
			first = k
			break
		}
		if d.inQuote(d.toks[j].Start) || j > k && d.isCueAt(j) {
			break
		}
	}
	if first < 0 {
		return found{}, false
	}
	last := s.Last
	for j := first + minContentWords; j < s.Last; j++ {
		if w.isPunct(j, ",;:") && !d.inQuote(d.toks[j].Start) {
			last = j
			break
		}
	}
	span, ok := d.content(first, last)
	if !ok {
		return found{}, false
	}
	f := found{Span: span, Kind: Indirect, Rule: ruleSaidThat}
	j := c.Tok - 1
	for j >= s.First && w.isWord(j) && (skippable[w.lower(j)] || strings.HasSuffix(w.lower(j), "ly")) {
		j--
	}
	passive := false
	for p := j + 1; p < c.Tok; p++ {
		switch w.lower(p) {
		case "was", "were", "is", "are", "been", "being", "be":
			passive = true
		}
	}
	if !passive {
		if m, ok := d.subjectBefore(c.Tok, s.First); ok {
			f.Mention = &m
		}
	}
	return f, true
}

// adverbialPreps open the adverbials that follow a cue without being
// what was said: "at the time", "in an interview", "by the Journal". ("to",
// "for", "of" and "as" open what was said as often: "vowed to …", "called
// for …", "spoke of …", "described as …".)
var adverbialPreps = setOf(`at by from in on with about into than like over just`)

// clauseAfter checks what follows a cue from token k: a phrase opened by a
// preposition ("responded to the tweet", "said at the time", "did not
// respond to requests for comment") reports nothing unless a clause follows
// in it: "said in an interview the plan would fail", "said in a statement
// that …". It returns where the reported clause starts.
func (d *doc) clauseAfter(k, last int) (int, bool) {
	w := &d.w
	if !w.isWord(k) || d.inQuote(d.toks[k].Start) {
		return k, true
	}
	if l := w.lower(k); !adverbialPreps[l] && !(timeWords[l] && l != "to" && l != "of") && !timeNouns[l] {
		return k, true
	}
	dashes := 0
	for j := k + 1; j < last && j-k < 30; j++ {
		if d.inQuote(d.toks[j].Start) {
			return k, true
		}
		if w.isPunct(j, "—–") {
			dashes++
		}
		if !w.isWord(j) {
			continue
		}
		// "said at a rally — a reversal of the law that …": "that"
		// in an apposition a dash opens is a relative pronoun.
		if w.lower(j) == "that" && j+1 < last && dashes%2 == 0 {
			return j + 1, true
		}
		// "vowed on Tuesday to stay in the race"
		if w.lower(j) == "to" && d.tagOf(j+1) == "VB" {
			return j, true
		}
		switch d.tagOf(j) {
		case "VBD", "VBZ", "VBP", "MD":
			return k, true
		}
		// "over 25 have hypertension": a form of "be" or "have" is a
		// verb whatever tag the numeral before it drew.
		if l := w.lower(j); l == "has" || l == "have" || l == "had" || l == "is" || l == "are" || l == "was" || l == "were" {
			return k, true
		}
	}
	return k, false
}

// opensQuote reports whether token k is the opening mark of a quotation.
func (d *doc) opensQuote(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	q := d.quoteAt(d.toks[k].Start)
	return q >= 0 && d.marks[q].Open.Start == d.toks[k].Start
}

// wholeObject reports whether direct quotation f is all that its cue
// reports: the cue stands right before the opening mark and the quotation
// ends the sentence. "The ad claims “Jeb is the conservative you can
// trust.”" quotes a whole clause; "said “zero” voters would …" does not.
func (d *doc) wholeObject(f found) bool {
	mq := d.marks[f.mark]
	open := d.tokenAt(mq.Open.Start)
	if mq.Continues || open == 0 {
		return false
	}
	if f.Cue == nil || f.Cue.LastTok+1 != open {
		c, ok := d.cueAt(open - 1)
		if !ok || c.Class == classManner || c.LastTok+1 != open {
			return false
		}
	}
	next := d.tokenAt(mq.Close.End)
	return next >= len(d.toks) || d.sentOf[next] != d.sentOf[open] || d.w.isPunct(next, ".!?") || d.w.isPunct(d.tokenAt(mq.Inner.End)-1, ".,!?")
}

// hasAnyCue reports whether sentence s holds a speech or speech-act cue
// outside quotations.
// Each sentence is looked at once: the answer is kept in d.sentCue.
func (d *doc) hasAnyCue(s sentence) bool {
	if s.First >= s.Last {
		return false
	}
	if d.sentCue == nil {
		d.sentCue = make([]int8, len(d.sents))
	}
	si := d.sentOf[s.First]
	if d.sentCue[si] == 0 {
		d.sentCue[si] = -1
		for _, c := range d.cuesIn(s.First, s.Last) {
			if c.Class != classManner {
				d.sentCue[si] = 1
				break
			}
		}
	}
	return d.sentCue[si] > 0
}

// creditedTitle reports whether a quotation is followed by "by" and a
// capitalised name, as the title of an article is by its author's.
func (d *doc) creditedTitle(mq markQuote) bool {
	if mq.Continues {
		return false
	}
	k := d.tokenAt(mq.Close.End)
	if d.w.isPunct(k, ",") {
		k++
	}
	return d.w.isWord(k) && d.w.lower(k) == "by" && !d.w.isPunct(k-1, ".!?") && d.w.isCap(k+1) && d.sentOf[min(k, len(d.toks)-1)] == d.sentOf[d.tokenAt(mq.Open.Start)]
}

// capsHeadline reports whether the words up to token k are a run of at
// least three in capitals, as a newsletter's headline is.
func (d *doc) capsHeadline(k int) bool {
	n := 0
	for j := k; j >= 0 && k-j < 6 && d.w.isWord(j); j-- {
		s := d.w.word(j)
		if !d.w.isCap(j) || !upperCase(s) || len(s) < 2 && s != "A" {
			break
		}
		n++
	}
	return n >= 3
}

// hasFiniteVerb reports whether tokens [first, last) hold a finite verb.
func (d *doc) hasFiniteVerb(first, last int) bool {
	for k := first; k < last; k++ {
		if !d.w.isWord(k) {
			continue
		}
		switch d.tagOf(k) {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// subhead reports whether a quotation in single marks makes up its whole
// paragraph, as a newspaper's subheading quoting the story does ("'Coal
// Isn't the Villain.'"): a heading, not a quote.
func (d *doc) subhead(mq markQuote) bool {
	if mq.Continues || mq.Nested > 0 || len(d.paras) < 3 {
		return false
	}
	o := d.text[mq.Open.Start:mq.Open.End]
	if o != "'" && o != "‘" {
		return false
	}
	open, end := d.tokenAt(mq.Open.Start), d.tokenAt(mq.Close.End)
	p := d.paras[d.paraOf[open]]
	for k := p.First; k < open; k++ {
		if !d.w.isPunct(k, "–—-") {
			return false
		}
	}
	for k := end; k < p.Last; k++ {
		if !d.w.isPunct(k, ".–—-") {
			return false
		}
	}
	return d.words(mq.Inner) <= 10
}

// looseSubjectIf is looseSubject when cond holds, so that the check comes
// before the tagging.
func (d *doc) looseSubjectIf(cond bool, end, min int) (mention, bool) {
	if !cond {
		return mention{}, false
	}
	return d.looseSubject(end, min)
}

// titleQuote reports whether a quotation reads as the name of a work, a
// slogan or a programme: two to six words, each capitalised but for short
// function words, ending without the ! or ? that would make it a cry.
func (d *doc) titleQuote(mq markQuote) bool {
	if mq.Continues || mq.Nested > 0 {
		return false
	}
	first, last := d.tokenAt(mq.Inner.Start), d.tokenAt(mq.Inner.End)
	n := 0
	for k := first; k < last; k++ {
		if d.w.isWord(k) {
			// A numeral stands in a title as a capitalised word does:
			// "20 Questions", "Route 66".
			if !d.w.isCap(k) && !d.w.isDigit(k) && !(n > 0 && titleSmall[d.w.lower(k)]) {
				return false
			}
			n++
			continue
		}
		if d.w.isPunct(k, "!?") {
			return false
		}
	}
	return n >= 2 && n <= 6
}

// appositiveTitle reports whether a quotation is one capitalised word set
// off by a comma after a noun, as a work is named in apposition ("his
// show, \"Roundtable.\""): a single word after a verb or "yes," is as
// often a word someone said.
func (d *doc) appositiveTitle(mq markQuote) bool {
	if mq.Continues || mq.Nested > 0 || !d.afterComma(mq) || d.words(mq.Inner) != 1 {
		return false
	}
	k := d.tokenAt(mq.Inner.Start)
	open := d.tokenAt(mq.Open.Start)
	return d.w.isCap(k) && strings.HasPrefix(d.tagOf(open-2), "NN")
}

// apposedAfter reports whether a quotation that ends in a comma is
// followed by an article or a relative pronoun in lower case: the start
// of a phrase in apposition to it ("…," a series that …, "…," whose …).
func (d *doc) apposedAfter(mq markQuote) bool {
	in := d.tokenAt(mq.Inner.End) - 1
	if in < 0 || !d.w.isPunct(in, ",") {
		return false
	}
	k := d.tokenAt(mq.Close.End)
	if !d.w.isLower(k) || !appositionOpeners[d.w.lower(k)] || d.sentOf[k] != d.sentOf[in] {
		return false
	}
	// A relative pronoun right after the comma can only describe the
	// quoted name.
	if d.w.lower(k) == "whose" || d.w.lower(k) == "which" {
		return true
	}
	// An article may as well open the subject of the verb that
	// attributes the quotation (`"…," the memo states`): the apposition
	// is told by the relative clause that describes the work.
	for j := k + 1; j < len(d.toks) && j < k+6 && d.sentOf[j] == d.sentOf[k] && d.w.isWord(j); j++ {
		if w := d.w.lower(j); w == "that" || w == "which" || w == "who" {
			return j > k+1
		}
	}
	return false
}

// appositionOpeners open a noun phrase or relative clause in apposition.
var appositionOpeners = setOf(`a an the whose which`)

// titleSmall are the words a title leaves in lower case.
var titleSmall = setOf(`a an the of and or in on to for at by with from as vs nor but`)

// afterComma reports whether a quotation opens right after a comma that
// follows a word of its own sentence: "the drama, \"…\"".
func (d *doc) afterComma(mq markQuote) bool {
	open := d.tokenAt(mq.Open.Start)
	if open < 2 || d.toks[open].ParaStart || mq.Continues {
		return false
	}
	return d.w.isPunct(open-1, ",") && d.w.isWord(open-2) && d.sentOf[open-2] == d.sentOf[open]
}

// creditedExcerpt reports whether quotation k follows a credited headline
// and a colon in its paragraph (`"…," by Times' Ben Quarrington: "…"`): a
// newsletter's excerpt of the article it links to, not what anyone said.
func (d *doc) creditedExcerpt(k int) bool {
	if k == 0 {
		return false
	}
	mq, prev := d.marks[k], d.marks[k-1]
	if prev.Continues || !d.creditedTitle(prev) {
		return false
	}
	open := d.tokenAt(mq.Open.Start)
	if d.paraOf[open] != d.paraOf[d.tokenAt(prev.Open.Start)] || !d.w.isPunct(open-1, ":") {
		return false
	}
	return open-d.tokenAt(prev.Close.End) < 12
}

// namedWork reports whether direct quote f is the name of a work inside
// narration rather than words spoken: a title-cased quotation after a word
// or a comma of its sentence, not right after its own cue.
func (d *doc) namedWork(f found) bool {
	mq := d.marks[f.mark]
	// `"Night Court," the sitcom that …` opens a sentence with a work and
	// its apposition: a quotation spoken there would be followed by its
	// cue, not by a noun phrase.
	if f.Cue == nil && f.Mention == nil && d.titleQuote(mq) && d.apposedAfter(mq) {
		return true
	}
	if !(d.midSentence(mq) || d.afterComma(mq)) || !(d.titleQuote(mq) || d.appositiveTitle(mq)) {
		return false
	}
	if f.Cue == nil {
		return true
	}
	open := d.tokenAt(mq.Open.Start)
	k := open - 1
	if d.w.isPunct(k, ",") {
		k--
	}
	// `In his memoir, "A Life at Sea," Ames wrote …`: a title that a
	// noun naming a work introduces is that work, whatever cue follows.
	if d.titleQuote(mq) && d.w.isWord(k) && workNouns[d.w.lower(k)] {
		return true
	}
	return f.Cue.LastTok < k
}

// workNouns name a book, a film or another finished work whose title may
// follow. A show is left out, being a place where people speak: `Speaking on the radio show "Harbour Hour," Ames admitted …` reports
// what was said on it.
var workNouns = setOf(`book books autobiography memoir memoirs novel novels biography essay film movie documentary podcast column`)

// clauseSubject is the last resort for the subject of a speech verb that
// reports a clause, when neither the mention finder nor looseSubject knows
// it: a noun phrase with modifiers of its own ("Several cast members",
// "Those close to him", "others who want to ban abortion", "47%"), or a
// subject parted from its verb by more than an auxiliary ("She has since
// said"). The phrase runs back from the cue to where its clause begins;
// it holds no finite verb but in a relative clause of its own, and at most
// a dozen words.
func (d *doc) clauseSubject(end, min int) (mention, bool) {
	w := &d.w
	j := end - 1
	for {
		j = d.skipBack(j, min)
		switch {
		case j > min && w.isWord(j) && w.lower(j) == "since" && skippable[w.lower(j-1)]:
			j--
			continue
		case j-2 > min && w.isWord(j) && w.lower(j) == "past" && w.lower(j-1) == "the" && w.lower(j-2) == "in":
			j -= 3
			continue
		}
		break
	}
	if j < min {
		return mention{}, false
	}
	// "who was said to be": the passive reports nobody's words.
	for p := j + 1; p < end; p++ {
		switch w.lower(p) {
		case "is", "are", "was", "were", "be", "been", "being":
			return mention{}, false
		}
	}
	// "She has since said": the subject stood behind an adverbial.
	if j < end-1 {
		if m, ok := d.mentionEndingAt(j, min); ok {
			return m, true
		}
	}
	// "business leaders who say", "64 percent who say", "a campaign
	// worker who said", "Ockley, who said": the relative pronoun is the
	// subject. Without a comma news reports this way of groups and of
	// people it has not named.
	if l := d.contracted(w.lower(j)); j > min && w.isWord(j) && (l == "who" && w.isPunct(j-1, ",") || (l == "who" || l == "that") && (d.tagOf(j-1) == "NNS" || d.tagOf(j-1) == "NNPS" || w.isWord(j-1) && (w.lower(j-1) == "those" || w.lower(j-1) == "percent") || d.indefinite(j-1, min))) {
		return d.makeMention(mentionPronoun, [2]int{j, j + 1}, [2]int{j, j + 1}, genderUnknown), true
	}
	// "47% say": the sign ends the phrase.
	last := j
	if w.isPunct(j, "%") && j > min && d.tagOf(j-1) == "CD" {
		j--
	}
	if !w.isWord(j) {
		return mention{}, false
	}
	lj := w.lower(j)
	if !(d.nounHead(j) || d.tagOf(j) == "CD" || quantifierHeads[lj] || objectHeads[lj]) {
		return mention{}, false
	}
	k := j
	for ; k > min; k-- {
		p := k - 1
		if w.isPunct(p, ",;:—–(\"“”") || w.isWord(p) && looseOpeners[w.lower(p)] && !(relativeWords[w.lower(p)] && p > min && (d.nounHead(p-1) || w.lower(p-1) == "those")) {
			break
		}
		if !w.isWord(p) || last-p >= 12 || d.inQuote(d.toks[p].Start) {
			return mention{}, false
		}
	}
	if k == j && last == j && !d.nounHead(j) && !quantifierHeads[lj] {
		return mention{}, false
	}
	// A finite verb is the predicate of another clause, unless a relative
	// pronoun of the phrase opens the clause it belongs to.
	rel := false
	for p := k; p < j; p++ {
		if relativeWords[w.lower(p)] {
			rel = true
		}
		switch d.tagOf(p) {
		case "VBD", "VBZ", "VBP", "MD":
			// "Several cast members", "registered voters": a participle
			// between a modifier and a noun.
			if p > k && !d.nounHead(p-1) && d.tagOf(p-1) != "PRP" && d.nounHead(p+1) {
				continue
			}
			// "A court filing made public Thursday", "the experts I
			// interviewed": a participle after the head noun, or a
			// relative clause with no pronoun to open it.
			if d.tagOf(p) == "VBD" && p > k && (d.nounHead(p-1) || d.tagOf(p-1) == "PRP" && p-1 > k && d.nounHead(p-2)) {
				continue
			}
			if !rel && !w.isCap(p) {
				return mention{}, false
			}
		}
	}
	switch d.tagOf(k) {
	case "IN", "TO", "VB", "VBD", "VBZ", "VBP", "VBG", "MD", "RB", "WDT", "WP":
		if !(w.isCap(k) && d.nounHead(k)) && !quantifierHeads[w.lower(k)] {
			return mention{}, false
		}
	}
	g := genderUnknown
	if strings.HasSuffix(lj, "s") && !strings.HasSuffix(lj, "ss") {
		g = genderPlural
	}
	return d.makeMention(mentionNominal, [2]int{k, last + 1}, [2]int{k, last + 1}, g), true
}

// objectHeads are the pronouns that end a subject's modifier: "Those close
// to him", "people around her".
var objectHeads = setOf(`him her them us me it`)

// relativeWords open a relative clause inside a noun phrase: "others who
// want to ban abortion said".
var relativeWords = setOf(`who that which`)

// reportedClause reports whether the content from token k is a clause of
// its own: opened by "that", or a subject and a finite verb within its
// first words.
func (d *doc) reportedClause(k, last int) bool {
	w := &d.w
	if k > 0 && w.isWord(k-1) && w.lower(k-1) == "that" {
		return true
	}
	if !w.isWord(k) {
		return false
	}
	switch d.tagOf(k) {
	case "IN", "TO", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "MD", "RB":
		return false
	}
	for j := k + 1; j < last && j-k < 8; j++ {
		if !w.isWord(j) {
			return false
		}
		switch d.tagOf(j) {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// indefinite reports whether the noun phrase that ends at token j opens
// with an indefinite article: "a campaign worker", "an activist from Ohio".
func (d *doc) indefinite(j, min int) bool {
	if !d.nounHead(j) {
		return false
	}
	for k := j - 1; k >= min && j-k <= 6 && d.w.isWord(k); k-- {
		switch d.w.lower(k) {
		case "a", "an", "another":
			return true
		case "the", "this", "that", "his", "her", "their", "its":
			return false
		}
	}
	return false
}

// sceneSetting reports whether tokens [first, last) set where or when
// words were said rather than say any: "In a statement", "In her reply to
// that", "Minutes later". "In other words" and "In cases of fraud" say.
func (d *doc) sceneSetting(first, last int) bool {
	w := &d.w
	if last-first < 2 || !w.isWord(first) || !w.isWord(last-1) {
		return false
	}
	f, l := w.lower(first), w.lower(last-1)
	if adverbialPreps[f] && w.isWord(first+1) && determiners[w.lower(first+1)] {
		return true
	}
	return timeWords[f] && !adverbialPreps[f] || timeWords[l] && !adverbialPreps[l]
}

// sceneOpeners start an adverbial clause that tells when or how words
// were said, not what.
var sceneOpeners = setOf(`when while as after before since once until whenever asked`)

// maxLabelWords is the longest name a line may open with before a colon
// that introduces what the named said: "Jane Roe: Taxes must rise."
const maxLabelWords = 4

// labelled finds lines that open with a speaker's name and a colon, the
// shape of headlines ("Roe: Taxes must rise.") and of transcripts ("ROE:
// Well, I think …", "Q: …" / "A: …"); the rest of the line is what the named
// said. Lines whose words already make a quotation are left to it.
func (d *doc) labelled(quotes []found) ([]found, map[int]bool) {
	w := &d.w
	var out []found
	drop := map[int]bool{}
	qa := d.interviewLabels()
	// A label is a line's first words up to a colon, each capitalised or
	// a period: from each colon back to where such words could begin,
	// which spares reading every token of the text. Colons come in order,
	// and a line's label ends at its first colon, so the lines come in
	// order too.
	emit := func(i, colon int, m mention) {
		p := d.paras[d.paraOf[colon]]
		end := i + 1
		for end < p.Last && !d.toks[end].NewlineBefore {
			end++
		}
		span, ok := d.content(colon+1, end)
		if !ok || d.nameList(colon+1, end) {
			return
		}
		if d.overlapsAny(span, quotes) {
			// "Roe: Voters Will Say No to the Levy.": a headline in
			// capitals reads as a report of its own ("Voters Will Say
			// …") whose subject swallows the capitalised words; the
			// whole line is what the label's speaker said.
			inner := d.headlineReports(span, quotes, colon+1)
			if inner == nil {
				return
			}
			for _, k := range inner {
				drop[k] = true
			}
		}
		out = append(out, found{Span: span, Kind: Indirect, Mention: &m, Rule: ruleLabelled, mark: -1, para: int(d.paraOf[i])})
	}
	for _, colon := range d.colons() {
		p := d.paras[d.paraOf[colon]]
		n := len(out)
		first := colon
		for first > p.First && colon-(first-1) <= maxLabelWords+1 && (w.isCap(first-1) || w.isPunct(first-1, ".")) {
			first--
		}
		for i := first; i < colon; i++ {
			if i > p.First && !d.toks[i].NewlineBefore {
				continue
			}
			var m mention
			if colon == i+1 && qa[w.lower(i)] {
				m = d.makeMention(mentionName, [2]int{i, colon}, [2]int{i, colon}, genderUnknown)
			} else {
				// The label must be a name the text uses as one elsewhere:
				// "Correction:", "Contributing:" and "The Latest:" label no
				// speaker.
				// A report noun is a source whatever its case elsewhere:
				// "Poll: Roe leads in the north.", "IG report: …".
				// In the headline a name may head the label: "Roe
				// Camp:", "Roe Wades In:".
				headName := func() bool {
					lf := w.lower(i)
					return i == d.paras[0].First && colon-i <= 3 && d.capsCount(lf) >= 2 && !d.usedInLowerCase(lf) && !functionWords[lf]
				}
				if lw := w.lower(colon - 1); determiners[w.lower(i)] || (d.capsCount(lw) < 2 || d.usedInLowerCase(lw)) && !(reportLabels[lw] && i == d.paras[0].First) && !headName() {
					continue
				}
				m = d.makeMention(mentionName, [2]int{i, colon}, [2]int{i, colon}, genderUnknown)
				if mm, ok := d.mentionStartingAt(i, colon); ok && mm.First == i && mm.Last == colon {
					m = mm
				}
			}
			emit(i, colon, m)
		}
		// "Roe camp: …", "Roe to the unions: …", "EXCLUSIVE – Jane
		// Roe: …": in the headline a label may hold words in lower case
		// or a kicker before the name.
		if len(out) == n && d.paraOf[colon] == 0 {
			if i, m, ok := d.headlineLabel(p, colon); ok {
				emit(i, colon, m)
			}
		}
	}
	return out, drop
}

// headlineLabel reads the words from the start of the headline to colon
// as a label that names a speaker though not every word is capitalised:
// an optional kicker in capitals and a dash ("EXCLUSIVE –"), a name the
// text uses as one elsewhere with the words in capitals around it
// ("Former AG Jane Roe"), at most one common noun after it ("Roe camp"),
// then "to" or "at" and capitalised words, the hearer or the place ("Roe
// to Farm Groups", "Roe at Town Hall"). The speaker is the part before
// "to" or "at".
func (d *doc) headlineLabel(p paragraph, colon int) (int, mention, bool) {
	w := &d.w
	i := p.First
	for k := p.First + 1; k <= colon; k++ {
		if d.toks[k].NewlineBefore {
			return 0, mention{}, false
		}
	}
	if colon-i > 3 && w.isWord(i) && w.isPunct(i+1, "–—-") && upperCase(w.word(i)) {
		i += 2
	}
	// "The Latest: …" labels no one.
	if w.isWord(i) && determiners[w.lower(i)] {
		return 0, mention{}, false
	}
	k := i
	named := false
	for k < colon && (w.isCap(k) || k > i && w.isPunct(k, ".")) {
		if l := w.lower(k); w.isWord(k) && d.capsCount(l) >= 2 && !d.usedInLowerCase(l) && !functionWords[l] && !determiners[l] {
			named = true
		}
		k++
	}
	if !named || k == i {
		return 0, mention{}, false
	}
	if k < colon && w.isWord(k) && !w.isCap(k) {
		if t := d.tagOf(k); (t == "NN" || t == "NNS") && !functionWords[w.lower(k)] {
			k++
		}
	}
	speakerEnd := k
	if k < colon && w.isWord(k) && (w.lower(k) == "to" || w.lower(k) == "at") {
		k++
		for k < colon && w.isCap(k) {
			k++
		}
		if k == speakerEnd+1 {
			return 0, mention{}, false
		}
	}
	if k != colon || speakerEnd-i > maxLabelWords+1 {
		return 0, mention{}, false
	}
	m := d.makeMention(mentionName, [2]int{i, speakerEnd}, [2]int{i, speakerEnd}, genderUnknown)
	if mm, ok := d.mentionStartingAt(i, speakerEnd); ok && mm.First == i && mm.Last == speakerEnd {
		m = mm
	}
	return i, m, true
}

// headlineReports returns the indices of the quotes overlapping span when
// each is an indirect report inside it whose subject opens the span at
// token first: "Voters Will Say No" read in "Roe: Voters Will Say No to
// the Levy.". Any other overlap returns nil.
func (d *doc) headlineReports(span Span, quotes []found, first int) []int {
	var inner []int
	for i := range quotes {
		q := &quotes[i]
		if q.Start >= span.End || span.Start >= q.End {
			continue
		}
		if q.Kind != Indirect || q.mark >= 0 || q.Start < span.Start || q.End > span.End || q.Mention == nil || q.Mention.First != first {
			return nil
		}
		inner = append(inner, i)
	}
	return inner
}

// reportLabels are the nouns that label a headline with its source though
// they are no names: "Poll: …", "Report: …", "Survey: …".
var reportLabels = setOf(`poll report survey study`)

// colons returns, in order, the tokens that are a colon: found from colon
// to colon in the text, which spares reading every token.
func (d *doc) colons() []int {
	var out []int
	for off := strings.IndexByte(d.text, ':'); off >= 0; {
		if k := d.tokenAt(off); k < len(d.toks) && d.toks[k].Start == off && d.toks[k].Kind == tokPunct {
			out = append(out, k)
		}
		next := strings.IndexByte(d.text[off+1:], ':')
		if next < 0 {
			break
		}
		off += 1 + next
	}
	return out
}

// interviewLabels returns "q" and "a" when the text is an interview whose
// lines open "Q:" and "A:", both more than once.
func (d *doc) interviewLabels() map[string]bool {
	w := &d.w
	n := map[string]int{}
	// Each label ends at a colon.
	for _, k := range d.colons() {
		if i := k - 1; i >= 0 && (i == 0 || d.toks[i].NewlineBefore) && w.isWord(i) {
			if s := w.word(i); s == "Q" || s == "A" {
				n[s]++
			}
		}
	}
	if n["Q"] >= 2 && n["A"] >= 2 {
		return map[string]bool{"q": true, "a": true}
	}
	return nil
}

// overlapsAny reports whether s shares a byte with the span of any quote
// other than a quoted fragment inside it ("Roe: Taxes ‘must rise’ now").
func (d *doc) overlapsAny(s Span, quotes []found) bool {
	for i := range quotes {
		q := &quotes[i]
		if q.Kind == Direct && q.mark >= 0 && s.Start < d.marks[q.mark].Open.Start && d.marks[q.mark].Close.End <= s.End {
			continue
		}
		if q.Start < s.End && s.Start < q.End {
			return true
		}
	}
	return false
}

// nameList reports whether tokens [first, last) are a list of names, as
// "Iowa: Ann Lee, Bo Park, Cy Young, …" lists the people of a panel.
func (d *doc) nameList(first, last int) bool {
	w := &d.w
	commas := 0
	for k := first; k < last; k++ {
		switch {
		case w.isPunct(k, ","):
			commas++
		case w.isWord(k) && !w.isCap(k) && w.lower(k) != "and":
			return false
		}
	}
	return commas >= 2
}

// addsTo reports whether cue c is "add to" or "add up to" ("adding to her
// lead", "the promises add up to $8 million"): increase and amount to,
// with a noun phrase after, not a report of speech.
func (d *doc) addsTo(c cue) bool {
	if c.Lemma != "add" {
		return false
	}
	k := c.LastTok + 1
	if d.w.isWord(k) && d.w.lower(k) == "up" {
		k++
	}
	return d.w.isWord(k) && d.w.lower(k) == "to"
}

// maxHeadlineWords is the most words a news story's headline and its
// subtitle take together.
const maxHeadlineWords = 30

// headline returns the span of a news story's headline: a first paragraph
// of one or two short lines (title and subtitle) above a body of several
// paragraphs, set apart by a blank line. A lone line of text is a story of
// its own, not a headline.
func (d *doc) headline() (Span, bool) {
	if d.register != RegisterNews || len(d.paras) < 3 {
		return Span{}, false
	}
	p := d.paras[0]
	// Text whose every line is a paragraph has no headline set apart.
	if strings.Count(d.text[p.End:d.paras[1].Start], "\n") < 2 {
		return Span{}, false
	}
	lines, words := 1, 0
	for k := p.First; k < p.Last; k++ {
		if k > p.First && d.toks[k].NewlineBefore {
			lines++
		}
		if d.w.isWord(k) {
			words++
		}
	}
	if lines > 2 || words > maxHeadlineWords {
		return Span{}, false
	}
	// Headlines report in the present ("Roe says …", "Roe: …"); a first
	// paragraph with a past-tense speech verb is the story's lede.
	for _, c := range d.cuesIn(p.First, p.Last) {
		if d.tagOf(c.Tok) == "VBD" {
			return Span{}, false
		}
	}
	// A quotation running on into the next paragraph opens the story.
	for _, mq := range d.marks {
		if mq.Continues && mq.Open.Start < p.End {
			return Span{}, false
		}
	}
	return Span{p.Start, p.End}, true
}

// wordsOutside reports whether span s has a word outside every quotation:
// a first paragraph that is wholly a quotation opens a dialogue, not a
// headline quoting someone.
func (d *doc) wordsOutside(s Span) bool {
	for k := d.tokenAt(s.Start); k < len(d.toks) && d.toks[k].Start < s.End; k++ {
		if !d.w.isWord(k) {
			continue
		}
		inside := false
		for _, mq := range d.marks {
			if mq.Open.Start <= d.toks[k].Start && d.toks[k].Start < closeEnd(mq) {
				inside = true
				break
			}
		}
		if !inside {
			return true
		}
	}
	return false
}

// ownComplement is what a cue reports when a quotation that ends before
// its sentence took it for its speaker: news writing often lets the next
// sentence's subject stand for the speaker of a quotation ("“…?” The
// council noted that …"), and the cue then still has a complement of its
// own, three words or more. Only in news: in fiction a quotation's
// attribution runs on in the next sentence. Inside the sentence only a
// title before the speaker does so ("Speaking on “Harbour Hour,” Roe
// admitted that …"), and only for a clause: the title names a show or a
// work, and dropScareQuotes drops it (titleCues) rather than widen its
// clause into a mixed quote. Other quotations there are left alone.
func (d *doc) ownComplement(c cue, s sentence, direct []found) (found, bool) {
	if d.register != RegisterNews || c.Form != formFinite || !d.w.isWord(c.LastTok+1) {
		return found{}, false
	}
	f, ok := d.subjectCue(c, s)
	if !ok || f.Mention == nil || f.Start < c.End || f.Mention.Last > c.Tok || d.inQuote(f.Start) || d.words(f.Span) < 3 {
		return found{}, false
	}
	// "… he said of the deal", "she asked sarcastically on Twitter",
	// "he told a crowd of 500": a phrase of manner, place or topic is
	// the attribution's own, not a complement; after "that" any word
	// opens the clause.
	if k := d.tokenAt(f.Start); !d.w.isWord(k-1) || d.w.lower(k-1) != "that" {
		switch d.tagOf(k) {
		case "IN", "TO", "RB", "VBG", "VBN":
			return found{}, false
		}
		// "… Roe said of the firm, when it balked …" sets the scene.
		if d.sceneClauseAt(k) {
			return found{}, false
		}
		// "she told the Ledger in an interview when asked …": the one
		// told, then the scene; what was said is not here.
		for j := k; j < s.Last && d.toks[j].Start < f.End; j++ {
			if d.w.isWord(j) && sceneAfterCue[d.w.lower(j)] && (d.tagOf(j+1) == "VBN" || d.tagOf(j+1) == "VBD") {
				return found{}, false
			}
		}
	}
	title := false
	for q := range direct {
		if direct[q].Cue == nil || direct[q].Cue.Tok != c.Tok || direct[q].mark < 0 {
			continue
		}
		mq := d.marks[direct[q].mark]
		if mq.Close.End <= d.toks[s.First].Start {
			continue
		}
		// "Speaking on ABC's “This Week,” Roe admitted that …": a
		// title in the words before the speaker names a show or a
		// work; the cue reports its clause, and the title is dropped.
		if open := d.tokenAt(mq.Open.Start); open > s.First && mq.Close.End <= d.toks[f.Mention.First].Start && d.titleQuote(mq) && d.reportedClause(d.tokenAt(f.Start), s.Last) {
			title = true
			continue
		}
		return found{}, false
	}
	if d.quoteIn(f.Span) {
		return found{}, false
	}
	if title {
		if d.titleCues == nil {
			d.titleCues = map[int]bool{}
		}
		d.titleCues[c.Tok] = true
	}
	f.mark, f.para = -1, int(d.paraOf[c.Tok])
	f.Cue = cueCopy(c)
	return f, true
}

// relativeBefore returns the relative pronoun "who" or "which" that
// stands right before cue c, past adverbs and auxiliaries, after a comma:
// the clause is set off, about one already named. A restrictive clause
// ("women who have accused him of …") more often describes than reports.
// None where a form of "be" makes the cue passive.
func (d *doc) relativeBefore(c cue, s sentence) (int, bool) {
	w := &d.w
	j, ok := d.setOffRelative(c, s)
	if !ok {
		return 0, false
	}
	for p := j + 1; p < c.Tok; p++ {
		if w.isWord(p) && beForms[w.lower(p)] {
			return 0, false
		}
	}
	// "“…,” said Ann Roe, who advised the mayor": the clause describes
	// the quotation's speaker, part of her attribution.
	if dm := d.directSpeakers[d.sentOf[c.Tok]]; dm != nil && dm.Last == j-1 {
		return 0, false
	}
	return j, true
}

// setOffRelative returns the "who" or "which" that a comma sets off right
// before cue c, past what skipBack passes over: "Ann Roe, who has long
// said", "the board, which was accused". The subject rules, the passive
// and the cut of a relative clause all start from it.
func (d *doc) setOffRelative(c cue, s sentence) (int, bool) {
	w := &d.w
	j := d.skipBack(c.Tok-1, s.First)
	if j <= s.First || !w.isWord(j) || w.lower(j) != "who" && w.lower(j) != "which" || !w.isPunct(j-1, ",") {
		return 0, false
	}
	return j, true
}

// quoteIn reports whether a token of span stands inside a quotation: a
// report that holds one is left to the rules of quotations.
func (d *doc) quoteIn(span Span) bool {
	for k := d.tokenAt(span.Start); k < len(d.toks) && d.toks[k].Start < span.End; k++ {
		if d.inQuote(d.toks[k].Start) {
			return true
		}
	}
	return false
}

// gerundPrepositions govern a gerund that completes a speech act: "for
// saying", "of lying", "by claiming".
var gerundPrepositions = setOf(`for of by`)

// selfDescribed reports whether act cue c takes a reflexive object and
// "as" at token k: "53% describe themselves as liberal", "voters who
// attended described themselves as …". What the subject says of itself
// is reported whatever the subject's shape, as a clause after "say" is.
func (d *doc) selfDescribed(c cue, k int) bool {
	w := &d.w
	if c.Class != classAct || k != c.LastTok+1 || !w.isWord(k) || !w.isWord(k+1) || w.lower(k+1) != "as" {
		return false
	}
	switch w.lower(k) {
	case "themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself", "yourselves":
		return true
	}
	return false
}
