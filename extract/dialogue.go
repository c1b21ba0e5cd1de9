package extract

// This file reads a document's quotes in order as conversations: who spoke
// each one, who was addressed, and who answers, so that a quote whose
// attribution names nobody can take its speaker from the exchange.

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// resolve links every quote's mention to an entity and gives quotes without
// a mention the speaker the discourse implies. It reads the text once, in
// order, a paragraph of quotes at a time: mentions first, so that a quote
// can inherit from one later in its paragraph, then the quotes without.
func (d *doc) resolve(fs []found) {
	s := tableScratchPool.Get().(*tableScratch)
	if d.register != RegisterFiction {
		s.keep(d.resolveWith(fs, nil, s))
		return
	}
	// The name the others call a first-person narrator by is learned
	// from the whole exchange (nameNarrator), but a vocative is read as
	// the text passes: the first reading learns the name, and a second
	// reads the turns again knowing that "Come in, Ned" calls the
	// narrator, who answers it and does not speak it.
	orig := slices.Clone(fs)
	t := d.resolveWith(fs, nil, s)
	if t.narrator != nil && len(t.narratorCalls) > 0 {
		copy(fs, orig)
		u := d.resolveWith(fs, t, nil)
		if u.narrator != nil {
			u.narrator.canonical = t.narrator.canonical
		}
	}
	guessNextSpeaker(fs)
	s.keep(t)
}

// tableScratch is the memory of an entity table's lists, kept from one
// document to the next: the timeline alone was a tenth of the bytes a
// news text allocated.
type tableScratch struct {
	timeline, said []ref
	ents           []*entity
}

var tableScratchPool = sync.Pool{New: func() any { return new(tableScratch) }}

// maxPooledRefs bounds the lists kept for the next document, as
// maxPooledTokens does the tokens.
const maxPooledRefs = 1 << 16

// keep takes back, emptied, the lists of t, whose document is resolved,
// and returns s to the pool.
func (s *tableScratch) keep(t *entityTable) {
	s.timeline, s.said, s.ents = emptied(t.timeline), emptied(t.said), emptied(t.ents)
	tableScratchPool.Put(s)
}

// emptied returns l with no elements, its memory zeroed so that it holds
// no entity of the last document, or nil when it grew too long to keep.
func emptied[T any](l []T) []T {
	if cap(l) > maxPooledRefs {
		return nil
	}
	clear(l)
	return l[:0]
}

// guessNextSpeaker gives a quotation that no rule attributed the speaker
// of the next quotation that has one, as a low-confidence guess. An
// unattributed quotation is always wrong where the story has a speaker,
// and the one who speaks next is measured the likeliest of the guesses
// (the last speaker before, the chapter's commonest speaker, the person
// the narration last named), about one time in three: a run of dialogue
// with no cue is most often closed by a cue naming one of its two
// parties. When that speaker answers in the very next paragraph, they
// were the listener, and the guess is the next other speaker after them.
// Run last, so that no rule builds on a guess.
func guessNextSpeaker(fs []found) {
	var next, other *entity
	nextPara := -1
	for i := len(fs) - 1; i >= 0; i-- {
		f := &fs[i]
		if f.mark < 0 {
			continue
		}
		if f.speaker != nil {
			if f.speaker != next {
				next, other = f.speaker, next
			}
			nextPara = f.para
			continue
		}
		if f.Rule != ruleUnattributed {
			continue
		}
		e := next
		if nextPara == f.para+1 {
			e = other
		}
		if e != nil {
			f.speaker, f.Rule = e, ruleNextSpeaker
		}
	}
}

// resolveWith is one reading of resolve, knowing the narrator's names
// from the reading before when there was one, and with the lists of s,
// when not nil, to fill.
func (d *doc) resolveWith(fs []found, before *entityTable, s *tableScratch) *entityTable {
	c := conversation{t: &entityTable{}, fiction: d.register == RegisterFiction, lastTurn: -2}
	if s != nil {
		c.t.timeline, c.t.said, c.t.ents = s.timeline, s.said, s.ents
	}
	if before != nil {
		c.t.narratorCalls = before.narratorCalls
	} else if d.buf != nil {
		// The first reading's name maps are the last document's, emptied:
		// a news text names dozens of people, and the maps grew for each.
		if d.buf.split == nil {
			d.buf.split, d.buf.byWord = map[string]nameSplit{}, map[string][]int{}
		}
		c.t.split, c.t.byWord = d.buf.split, d.buf.byWord
	}
	if c.fiction {
		c.t.reach, c.t.fiction = fictionReach, true
		// The ties are the text's, the same for both readings.
		if before != nil {
			c.t.missGiven = before.missGiven
		} else {
			c.t.missGiven = d.missTies()
		}
	}
	var next narrationCursor
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
			// "“Come,” he said, “and sit.”": one attribution for
			// both pieces. Resolved again for the second, a he
			// would meet the first's quotation as the nearest
			// narration and may take another person.
			if c.fiction && k > 0 && group[k-1].Mention != nil && group[k-1].Mention.Start == m.Start {
				f.speaker = group[k-1].speaker
			} else {
				d.narration(c.t, m.Start, &next)
				if a, ok := d.relativeReferent(m); ok {
					f.antecedent = &a
					f.speaker = d.link(a, f, &c)
				} else {
					f.speaker = d.link(m, f, &c)
				}
			}
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
				d.narration(c.t, f.Start, &next)
				d.inheritOne(fs, i+k, f, group, &c)
				// A turn the exchange gives its speaker is a mention
				// of them, as recent as the turn: a he or she of the
				// narration after it is more likely that speaker than
				// a subject named paragraphs before. Not a subject,
				// and not naming them. Other rules' fills, measured,
				// lose as much as they gain.
				if c.fiction && f.Mention == nil && f.speaker != nil && f.Rule == ruleTurnTaking && !c.t.refAt(f.Start) {
					c.t.addRef(f.Start, f.para, f.speaker, false)
					f.speaker.mentions--
				}
			}
		}
		for k := range group {
			if g := &group[k]; g.speaker != nil && g.mark >= 0 {
				c.t.said = append(c.t.said, ref{pos: g.Start, para: g.para, ent: g.speaker})
			}
			c.note(&group[k])
			if c.fiction && group[k].mark >= 0 {
				d.dub(d.marks[group[k].mark], c.t)
				d.called(d.marks[group[k].mark], group[k].para, c.t)
			}
		}
		i = j
	}
	if c.fiction {
		d.namedLater(fs, c.t)
		d.voiceNamed(fs, c.t)
	}
	if c.fiction {
		for _, e := range c.t.ents {
			if e == c.t.narrator || e.nominal {
				continue
			}
			if f := e.commonestForm(); f != "" {
				e.canonical = f
			}
			if f := e.surnameOf(d.usedInLowerCase); f != "" {
				e.canonical = f
			}
		}
	}
	if c.fiction {
		d.alternate(fs, c.t)
		d.notSelfAddressed(fs, c.t)
	}
	if before == nil {
		d.nameNarrator(fs, c.t)
	}
	return c.t
}

// notSelfAddressed gives a quote that a rule other than its own cue
// linked to the one it calls by name, "“Sit down, Tom.”", to the last
// other speaker before it, as a turn of the exchange: no one addresses
// themself, and the one who spoke last is the likeliest to be talking to
// Tom.
func (d *doc) notSelfAddressed(fs []found, t *entityTable) {
	for i := range fs {
		f := &fs[i]
		if f.mark < 0 || f.speaker == nil || f.Rule == ruleCueAfter || f.Rule == ruleCueBefore {
			continue
		}
		if d.addressee(d.marks[f.mark], t) != f.speaker {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-selfAddressReach; k-- {
			if s := fs[k].speaker; s != nil && s != f.speaker {
				// The quote's own mention, if any, named the one
				// addressed: what links it now is the exchange.
				f.speaker, f.Mention, f.Rule = s, nil, ruleTurnTaking
				break
			}
		}
	}
}

// selfAddressReach is how many quotes back notSelfAddressed looks for
// another speaker.
const selfAddressReach = 5

// fictionReach is entityTable.reach in fiction.
var fictionReach = 25

// turn is a paragraph of dialogue: its quotes and who speaks them.
type turn struct {
	// para is the turn's first paragraph, end its last.
	para, end int
	quotes    []*found
	speaker   *entity
	// narrative is set when only the narration before the turn names
	// its speaker, which a vocative in the next turn overrules.
	narrative bool
	// weight is how far the rule that named the speaker is trusted.
	weight float64
}

// anchorWeight is how far the speaker a quote's rule gives is trusted when
// the turns of a dialogue are read as an alternation: a name beats a
// pronoun, which beats the narration or a vocative. Narration in the
// turn's own paragraph that tells of no one else, "Tom rose. “We must
// go.”", tells its speaker as surely as a pronoun cue, more surely than
// an alternation of turns; narration in the paragraph before, or of two
// people, may tell of the listener.
func (d *doc) anchorWeight(f *found) float64 {
	switch f.Rule {
	case ruleCueAfter, ruleCueBefore, ruleSamePara:
		if f.Mention != nil && f.Mention.Kind == mentionName {
			return 3
		}
		return 1.5
	case ruleNarrative:
		if f.Mention != nil && int(d.paraOf[f.Mention.First]) == f.para && !d.tellsOfOther(f) {
			return 1.5
		}
	case ruleContinues:
		return 0
	}
	return 1
}

// alternate gives the turns of a dialogue that name no speaker the speaker
// of the turn two before or two after, when the turns between alternate
// between two people: A, B, ?, B, A reads A, B, A, B, A. A run of turns is
// broken by any paragraph without a quotation. Turns whose speaker the text
// names (a cue, a narration, a vocative) anchor the alternation. A speech
// that runs over paragraphs, its quotation left open at each paragraph's
// end, is one turn: counting each paragraph would put the speaker's own
// next paragraph where the answer stands.
func (d *doc) alternate(fs []found, et *entityTable) {
	var turns []turn
	for i := range fs {
		f := &fs[i]
		if f.mark < 0 {
			continue
		}
		if n := len(turns); n > 0 && d.continuesTurn(turns[n-1], f) {
			turns[n-1].end = f.para
		} else if n == 0 || turns[n-1].end != f.para {
			turns = append(turns, turn{para: f.para, end: f.para})
		}
		t := &turns[len(turns)-1]
		t.quotes = append(t.quotes, f)
		if t.speaker == nil && f.speaker != nil && anchors(f.Rule) {
			t.speaker, t.narrative = f.speaker, f.Rule == ruleNarrative
			t.weight = d.anchorWeight(f)
		}
	}
	// run numbers the runs of turns in consecutive paragraphs.
	run := make([]int, len(turns))
	for i := 1; i < len(turns); i++ {
		run[i] = run[i-1]
		if turns[i].para != turns[i-1].end+1 {
			run[i]++
		}
	}
	next := func(i, j int) bool { return run[i] == run[j] }
	known := func(i int) *entity {
		if i < 0 || i >= len(turns) {
			return nil
		}
		return turns[i].speaker
	}
	// voc is whom each turn addresses by name: never its own speaker.
	voc := make([]*entity, len(turns))
	for i, t := range turns {
		voc[i] = d.addressee(d.marks[t.quotes[0].mark], et)
	}
	filled := make([]bool, len(turns))
	rule := make([]string, len(turns))
	for i := range turns {
		if turns[i].narrative && voc[i] == turns[i].speaker {
			turns[i].speaker, turns[i].narrative, filled[i], rule[i] = nil, false, true, ruleUnattributed
		}
	}
	d.listenerNarrated(turns, filled, rule)
	// A turn that opens by addressing someone answers them: "Father, I
	// always knew it." follows a turn of the father's. Not when the
	// turn's own paragraph told of its speaker alone, "Ada rose. “…”":
	// a third person may call the one who spoke before. Nor when the
	// turns two before and two after are one other speaker's: the
	// exchange is theirs, and the name calls someone else in the room.
	for i := 0; i+1 < len(turns); i++ {
		if turns[i].speaker != nil && (!turns[i].narrative || turns[i].weight > 1) || !next(i, i+1) {
			continue
		}
		if e := voc[i+1]; e != nil && e != turns[i+1].speaker && e != voc[i] && !d.flanked(turns, i, e, next) {
			turns[i].speaker, filled[i], rule[i] = e, true, ruleAddressee
		}
	}
	// The one a turn calls by name answers it, when the next turn names
	// no speaker of its own. inheritOne does so for names it knows when
	// it passes; a name the story tells of only later is known here.
	for i := 0; i+1 < len(turns); i++ {
		if turns[i+1].speaker != nil || filled[i+1] || !next(i, i+1) {
			continue
		}
		if e := voc[i]; e != nil && e != turns[i].speaker && e != voc[i+1] {
			turns[i+1].speaker, filled[i+1], rule[i+1] = e, true, ruleAddressee
		}
	}
	// A run of turns whose named speakers alternate between two people
	// is read as their dialogue throughout.
	for a := 0; a < len(turns); {
		b := a + 1
		for b < len(turns) && next(b-1, b) {
			b++
		}
		d.parity(turns[a:b], voc[a:b], filled[a:b], rule[a:b], et)
		a = b
	}
	// The first round trusts only two named turns in a row before the
	// turn; later rounds, until none fills a turn, also build on turns the
	// earlier ones filled, and read the two after it. An exchange is
	// carried forward from those who opened it: the named turns after a
	// gap may bring in a third person, who joins the talk of two there
	// and did not speak inside the gap.
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
			case round > 0 && c != nil && d != nil && c != d && d != voc[i] && next(i, i+2):
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
	d.listenerAlternated(turns, filled, rule, next)
	d.unclash(turns, filled, rule, voc, next)
	d.unclashNamed(turns, filled, rule, voc, next)
	d.otherParty(turns, filled, rule, voc, next)
	for i, t := range turns {
		if !filled[i] {
			continue
		}
		for _, f := range t.quotes {
			f.speaker, f.Mention, f.Rule = t.speaker, nil, rule[i]
		}
	}
}

// flanked reports whether the turns two before and two after turn i, in
// its run, are one speaker's other than e.
func (d *doc) flanked(turns []turn, i int, e *entity, next func(i, j int) bool) bool {
	if i < 2 || i+2 >= len(turns) || !next(i-2, i) || !next(i, i+2) {
		return false
	}
	s := turns[i-2].speaker
	return s != nil && s != e && turns[i+2].speaker == s
}

// continuesTurn reports whether quote f, the first of its paragraph, goes
// on the quotation turn t left open at the end of the paragraph before.
func (d *doc) continuesTurn(t turn, f *found) bool {
	last := t.quotes[len(t.quotes)-1]
	return f.mark > 0 && last.mark == f.mark-1 && d.marks[last.mark].Continues && t.end == f.para-1
}

// unclash gives another speaker a turn the alternation left to the
// exchange as it was read, when that speaker now also holds a turn next
// to it: the reading alternated from a wrong party, and the alternation
// overruled its neighbour, so the turn goes to the one the neighbour had
// before it was overruled, who stands on this turn's side of the
// exchange; failing that, to the speaker of the turn two away.
func (d *doc) unclash(turns []turn, filled []bool, rule []string, voc []*entity, next func(i, j int) bool) {
	// read is whom the reading gave a turn, final whom it has now.
	read := func(j int) *entity { return turns[j].quotes[0].speaker }
	final := func(j int) *entity {
		if turns[j].speaker != nil {
			return turns[j].speaker
		}
		return read(j)
	}
	near := func(i, j int) bool { return j >= 0 && j < len(turns) && next(min(i, j), max(i, j)) }
	var set []int
	var to []*entity
	for i := range turns {
		s := read(i)
		if turns[i].speaker != nil || s == nil || filled[i] {
			continue
		}
		if r := turns[i].quotes[0].Rule; r != ruleTurnTaking && r != ruleResumes {
			continue
		}
		var e *entity
		clash := false
		for _, j := range []int{i - 1, i + 1} {
			if !near(i, j) || final(j) != s {
				continue
			}
			clash = true
			if w := read(j); e == nil && filled[j] && w != nil && w != s {
				e = w
			}
		}
		if !clash {
			continue
		}
		for _, k := range []int{i - 2, i + 2} {
			if e == nil && near(i, k) {
				if f := final(k); f != nil && f != s {
					e = f
				}
			}
		}
		// A turn after a paragraph of narration that went to the one
		// who spoke before it: the other party of that exchange.
		if k := i - 2; e == nil && k >= 0 && next(k, k+1) && turns[k+1].end == turns[i].para-2 {
			if f := final(k); f != nil && f != s {
				e = f
			}
		}
		if e != nil && e != voc[i] {
			set, to = append(set, i), append(to, e)
		}
	}
	// The turns change together, so that one does not decide another.
	for k, i := range set {
		turns[i].speaker, filled[i], rule[i] = to[k], true, ruleTurnTaking
	}
}

// unclashNamed gives a turn the alternation filled with the one a name in
// the next turn's cue names to the speaker of the turn after that one: one
// person seldom speaks two turns running, and the exchange around the
// named turn goes on between its speaker and that one. Somewhere before,
// a person spoke twice running or a third put in a word, which the
// alternation read past. A he or she in the cue, measured, is too often
// the wrong antecedent to overrule it.
func (d *doc) unclashNamed(turns []turn, filled []bool, rule []string, voc []*entity, next func(i, j int) bool) {
	for i := 0; i+2 < len(turns); i++ {
		if !filled[i] || rule[i] != ruleTurnTaking || !next(i, i+2) || filled[i+1] || turns[i+1].weight < 3 || turns[i+1].speaker != turns[i].speaker {
			continue
		}
		e := turns[i+2].speaker
		if e == nil {
			e = turns[i+2].quotes[0].speaker
		}
		if e == nil || e == turns[i].speaker || e == voc[i] {
			continue
		}
		turns[i].speaker = e
	}
}

// otherParty gives a turn no rule found a speaker for, in a run whose
// last turn before it with a speaker stands an odd number of turns back,
// the other party of that exchange: whoever spoke last before that turn
// and is not its speaker. A run named at one end only alternates all the
// same, and the one who answered last time is the likeliest to answer
// now. Turns are filled in order, so that each builds on the one before:
// A, ?, ?, ? reads A, B, A, B.
func (d *doc) otherParty(turns []turn, filled []bool, rule []string, voc []*entity, next func(i, j int) bool) {
	final := func(j int) *entity {
		if turns[j].speaker != nil {
			return turns[j].speaker
		}
		return turns[j].quotes[0].speaker
	}
	// unnamed reports whether no rule gave any quotation of turn j a
	// speaker: a later piece a rule did name keeps its own.
	unnamed := func(j int) bool {
		if turns[j].speaker != nil || turns[j].quotes[0].Rule != ruleUnattributed {
			return false
		}
		for _, f := range turns[j].quotes {
			if f.speaker != nil {
				return false
			}
		}
		return true
	}
	// spokeBefore is the last speaker other than not before turn j
	// whose turn is within reach of turn i and no break away from it.
	spokeBefore := func(j, i int, not *entity) *entity {
		for k := j - 1; k >= 0 && k >= j-otherPartyReach && !d.brokenBetween(turns[k].end, turns[i].para); k-- {
			if s := final(k); s != nil && s != not {
				return s
			}
		}
		return nil
	}
	for i := range turns {
		if !unnamed(i) {
			continue
		}
		j := i - 1
		for j >= 0 && next(j, i) && final(j) == nil {
			j--
		}
		if j < 0 || !next(j, i) || (i-j)%2 == 0 {
			continue
		}
		e := spokeBefore(j, i, final(j))
		if e == nil || e == voc[i] {
			continue
		}
		turns[i].speaker, filled[i], rule[i] = e, true, ruleOtherParty
	}
	// A run that opens unnamed and names a speaker only later: the turns
	// an even number before that turn are the same speaker's, the others
	// the one who spoke last before the run and is not that speaker.
	// Read from the end, so that each builds on the one after it.
	for i := len(turns) - 1; i >= 0; i-- {
		if !unnamed(i) {
			continue
		}
		j := i + 1
		for j < len(turns) && next(i, j) && final(j) == nil {
			j++
		}
		if j >= len(turns) || !next(i, j) {
			continue
		}
		c := final(j)
		e := c
		if (j-i)%2 == 1 {
			e = spokeBefore(i, i, c)
		}
		if e == nil || e == voc[i] {
			continue
		}
		turns[i].speaker, filled[i], rule[i] = e, true, ruleOtherParty
	}
}

// brokenBetween reports whether a heading or a break stands between
// paragraphs from and to: the exchange after it is another scene's.
func (d *doc) brokenBetween(from, to int) bool {
	for k := from + 1; k < to; k++ {
		if d.sceneBreak(k) {
			return true
		}
	}
	return false
}

// otherPartyReach is how many turns back otherParty looks for the other
// party of an exchange.
const otherPartyReach = 8

// listenerNarrated takes back the speaker that a paragraph of narration
// gave the turn after it when the next turn's cue names the same person:
// one person seldom speaks two turns running, so the narration told of
// the listener, "Tom nodded." / "…" / "…," said Tom. The turn goes to
// whoever spoke before the narration, who goes on.
func (d *doc) listenerNarrated(turns []turn, filled []bool, rule []string) {
	for i := 0; i+1 < len(turns); i++ {
		t, n := turns[i], turns[i+1]
		if !t.narrative || filled[i] || n.para != t.end+1 || n.speaker != t.speaker || n.weight < 1.5 || !d.priorNarration(t) || d.endsInNarration(t) {
			continue
		}
		var e *entity
		if i > 0 && turns[i-1].end == t.para-2 && turns[i-1].speaker != t.speaker {
			e = turns[i-1].speaker
		}
		turns[i].speaker, turns[i].narrative, filled[i], rule[i] = e, false, true, ruleUnattributed
		if e != nil {
			rule[i] = ruleResumes
		}
	}
}

// endsInNarration reports whether turn t's last paragraph goes on in
// narration after its last quotation: "“…” And she laughed about it with
// everyone." The speaker's next paragraph resumes a turn the narration
// broke off rather than speaking twice running.
func (d *doc) endsInNarration(t turn) bool {
	_, ok := d.narrationAfter(t.quotes[len(t.quotes)-1].mark, t.end)
	return ok
}

// narrationAfter returns the token after quotation k closes and whether
// narration goes on there in paragraph pi, the quotation not running on.
func (d *doc) narrationAfter(k, pi int) (int, bool) {
	mq := d.marks[k]
	c := d.tokenAt(mq.Close.End)
	return c, !mq.Continues && c < d.paras[pi].Last && int(d.paraOf[c]) == pi
}

// listenerAlternated is listenerNarrated where the alternation, not a
// cue, gives the next turn to the one the paragraph of narration before a
// turn told of: "Tom shook his head." / "…" / "…" / "…," said Tom. The
// exchange and the narration cannot both be right, and the narration more
// often tells of the listener; the one who spoke before it goes on.
func (d *doc) listenerAlternated(turns []turn, filled []bool, rule []string, next func(i, j int) bool) {
	// final is whom turn j goes to as read so far.
	final := func(j int) *entity {
		if turns[j].speaker != nil {
			return turns[j].speaker
		}
		return turns[j].quotes[0].speaker
	}
	for i := 1; i+1 < len(turns); i++ {
		t, p := turns[i], turns[i-1]
		if !t.narrative || filled[i] || t.weight > parityOverrule || !next(i, i+1) || final(i+1) != t.speaker || !d.priorNarration(t) {
			continue
		}
		if r := rule[i+1]; !filled[i+1] && turns[i+1].quotes[0].Rule != ruleTurnTaking || filled[i+1] && r != ruleTurnTaking {
			continue
		}
		if p.end != t.para-2 {
			continue
		}
		e, r := final(i-1), ruleResumes
		if e == t.speaker && i >= 2 && next(i-2, i-1) {
			// The narration told of the one who had just spoken:
			// the other party answers.
			e, r = final(i-2), ruleTurnTaking
		}
		if e != nil && e != t.speaker {
			turns[i].speaker, turns[i].narrative, filled[i], rule[i] = e, false, true, r
		}
	}
}

// priorNarration reports whether the narration that names turn t's
// speaker stands in the paragraph before it.
func (d *doc) priorNarration(t turn) bool {
	for _, f := range t.quotes {
		if f.Rule == ruleNarrative && f.Mention != nil {
			return int(d.paraOf[f.Mention.First]) < f.para
		}
	}
	return false
}

// parity fills the turns of one run of consecutive turns from the two
// people whose named turns alternate, when the named turns agree on them:
// the most weighty speaker keeps the parity of most of their turns, the
// other party takes the other.
func (d *doc) parity(turns []turn, voc []*entity, filled []bool, rule []string, et *entityTable) {
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
	// since is where the narration before turn i begins: after the
	// turn before, or a paragraph back.
	since := func(i int) int {
		if i > 0 {
			q := turns[i-1].quotes
			return q[len(q)-1].End
		}
		return d.paras[max(turns[0].para-1, 0)].Start
	}
	// joined marks the turns given to a narrator who joined.
	joined := make([]bool, len(turns))
	for i := range turns {
		e := a
		if i%2 != pa {
			e = b
		}
		// A weak anchor gives way, unless the turn before addressed
		// its speaker by name; so does a he, she or description that
		// fits the party as well as the third person it was read as.
		if t := turns[i]; t.speaker != nil && (t.speaker == e || t.weight > parityOverrule && !d.strayAnchor(t, since(i), e, a, b, et) || filled[i] || i > 0 && voc[i-1] == t.speaker) {
			continue
		}
		// A first-person narrator who puts in a turn, "“…,” I said",
		// in the exchange of two others talks on with whoever answered
		// them: the turn after the answer is the narrator's, and so on
		// while no turn names its speaker. A third person a he or she
		// names, measured, as often was the wrong antecedent; a named
		// third person or a description more often only puts in a word.
		if i >= 2 && turns[i].speaker == nil && (!filled[i-2] && narratorCued(turns[i-2], et) || joined[i-2]) {
			if c := turns[i-2].speaker; c != a && c != b && c != voc[i] && c != turns[i-1].speaker {
				e = c
				joined[i] = true
			}
		}
		if e == voc[i] {
			continue
		}
		turns[i].speaker, filled[i], rule[i] = e, true, ruleTurnTaking
	}
}

// narratorCued reports whether turn t took its speaker, the first-person
// narrator, from the I of its own speech cue.
func narratorCued(t turn, et *entityTable) bool {
	if t.speaker == nil || t.speaker != et.narrator {
		return false
	}
	for _, f := range t.quotes {
		if f.speaker == t.speaker && f.Mention != nil {
			return f.Mention.Kind == mentionPronoun && (f.Rule == ruleCueAfter || f.Rule == ruleCueBefore)
		}
	}
	return false
}

// strayAnchor reports whether turn t, inside a run that alternates between
// a and b, took its speaker, neither of them, from a he or she, or from a
// description, that would as well refer to e, the party the alternation
// gives the turn. A pronoun's antecedent is often a person the narration
// named some way back, and a description a character of its own the story
// goes on calling by a name, where the exchange of two is the surer
// reading. Not when the narration since the turn before named the third
// person, or brought in the description with "a": "John Smith came in.
// \"…,\" he said." is a newcomer's turn. Not when the description is a
// trade or a post, the walk-on's own name, or tells an age e does not have.
func (d *doc) strayAnchor(t turn, since int, e, a, b *entity, et *entityTable) bool {
	if t.speaker == a || t.speaker == b || e.nominal {
		return false
	}
	for _, f := range t.quotes {
		if f.speaker != t.speaker || f.Mention == nil {
			continue
		}
		m := f.Mention
		switch m.Kind {
		case mentionPronoun:
			if m.Gender != genderMale && m.Gender != genderFemale || e.gender != m.Gender {
				return false
			}
		case mentionNominal:
			// "said nurse": a post with no article is used as the
			// walk-on's name.
			head := strings.ToLower(d.w.word(m.Last - 1))
			if m.Gender != genderUnknown && m.Gender != e.gender || roleNouns[head] || tradeNouns[head] || m.Last-m.First == 1 && personLexicon(head) || d.introduced(*m, head) {
				return false
			}
			if ageClash(e, descAge(strings.Fields(strings.ToLower(m.Name)))) {
				return false
			}
		default:
			return false
		}
		open := t.quotes[0].Start
		k := sort.Search(len(et.timeline), func(i int) bool { return et.timeline[i].pos >= since })
		for ; k < len(et.timeline) && et.timeline[k].pos < open; k++ {
			if r := et.timeline[k]; r.ent == t.speaker && r.pos != m.Start {
				return false
			}
		}
		return true
	}
	return false
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
	// the narration gives often is more likely someone else's, "Vlasitch,
	// go!" said to a servant next to the narrator's turn: its vote counts
	// half. Forms of one name vote together: "O Anatol Lukitch" and
	// "Anatol Lukitch".
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
		if name := d.selfIntroduction(fs, n); name != "" {
			n.canonical = name
		}
		return
	}
	n.canonical = form[best]
	t.narratorCalls = map[string]bool{best: true}
	// "Come in, Ned" and "Thank you, Mr. Tolley": the one narrator is
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
	t.narratorCalls[other] = true
	given, sur := best, other
	if honored[best] {
		given, sur = other, best
	}
	if f := strings.Fields(form[sur]); len(f) > 1 {
		n.canonical = form[given] + " " + f[len(f)-1]
	}
}

// selfIntroduction finds the name a first-person narrator whom no one
// calls by name gives as their own: a full name set beside what they are
// to the one addressed, "“Nell Arden, your new governess.”", or a full
// name that goes on a turn of theirs, "“Yes,” I said, “Nell Arden.”". A
// name alone is as often a name asked for or given to a cabman, "“Mr.
// Pell.”", "“Rue Cler.”".
func (d *doc) selfIntroduction(fs []found, n *entity) string {
	for i, f := range fs {
		if f.mark < 0 || f.speaker != n {
			continue
		}
		in := d.marks[f.mark].Inner
		first, last := d.tokenAt(in.Start), d.tokenAt(in.End)
		if first >= last || last > len(d.toks) {
			continue
		}
		m, ok := d.mentionStartingAt(first, last)
		if !ok || m.Kind != mentionName || m.Last-m.First < 2 {
			continue
		}
		k := m.Last
		goesOn := i > 0 && fs[i-1].speaker == n && fs[i-1].para == f.para && fs[i-1].mark >= 0
		switch {
		case goesOn && (k >= last || d.w.isPunct(k, ".") && k+1 >= last):
		case d.w.isPunct(k, ",") && k+1 < last && d.w.isWord(k+1) && d.w.lower(k+1) == "your":
		default:
			continue
		}
		return cleanName(m.Name)
	}
	return ""
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
	// curPara and otherPara are the paragraphs where cur and other
	// last spoke.
	curPara, otherPara int
	lastTurn           int // paragraph of the last quote
	lastQuote          *found
	// prevQuote is the last quote of the paragraph before lastQuote's.
	prevQuote *found
	// turn holds the quotes of lastQuote's paragraph, in order.
	turn []*found
	// described maps a description an attribution named, "the old
	// lady", to the named character it was found to be, and where.
	described map[string]describedUse
}

// describedUse is a description's last use for a named character.
type describedUse struct {
	e         *entity
	pos, para int
}

func (c *conversation) note(f *found) {
	if c.lastQuote == nil || c.lastQuote.para != f.para {
		c.prevQuote = c.lastQuote
		c.turn = nil
	}
	c.turn = append(c.turn, f)
	c.lastTurn, c.lastQuote = f.para, f
	if m := f.Mention; m != nil && m.Kind == mentionNominal && f.speaker != nil && !f.speaker.nominal {
		if c.described == nil {
			c.described = map[string]describedUse{}
		}
		c.described[descKey(m.Name)] = describedUse{f.speaker, m.Start, f.para}
	}
	if f.speaker != nil && f.speaker != c.cur {
		c.other, c.cur = c.cur, f.speaker
		c.otherPara = c.curPara
	}
	if f.speaker != nil {
		c.curPara = f.para
	}
}

// otherFresh reports whether the other party of the exchange spoke lately
// enough before paragraph para to be the one who answers, and in the same
// scene: a heading or a break since opened another.
func (d *doc) otherFresh(c *conversation, para int) bool {
	if para-c.otherPara > otherReach {
		return false
	}
	for k := c.otherPara + 1; k < para; k++ {
		if d.sceneBreak(k) {
			return false
		}
	}
	return true
}

// otherReach is how many paragraphs back the other party's last turn may
// lie.
var otherReach = 6

// describedParty returns the named character an attribution in the
// exchange lately found description key, "the old lady", to stand for,
// while they are one of its two parties: a novel goes on calling a
// character what it called them a turn before. An answer to that
// character's own turn is someone else's, unless that turn too was
// attributed to the description; "the other man" is someone else, and
// so may be the description once the narration has named a third person.
func (d *doc) describedParty(c *conversation, key string, pos, para int) *entity {
	u, ok := c.described[key]
	if !ok || u.e != c.cur && u.e != c.other || para-u.para > describedReach || slices.Contains(strings.Fields(key), "other") {
		return nil
	}
	if c.replying(para) && u.e == c.lastQuote.speaker && (c.lastQuote.Mention == nil || descKey(c.lastQuote.Mention.Name) != key) {
		return nil
	}
	t := c.t
	k := sort.Search(len(t.timeline), func(i int) bool { return t.timeline[i].pos >= pos })
	for i := k - 1; i >= 0 && t.timeline[i].pos > u.pos; i-- {
		r := t.timeline[i]
		if r.ent == c.cur || r.ent == c.other || r.ent.nominal {
			continue
		}
		if d.namedAt(r) {
			return nil
		}
	}
	return u.e
}

// describedReach is how many paragraphs a description found to stand
// for a party goes on standing for them.
const describedReach = 4

// replying reports whether the quote in paragraph para answers the turn
// just before it.
func (c *conversation) replying(para int) bool {
	return c.fiction && c.lastTurn == para-1 && c.lastQuote != nil
}

// sceneReach is how many paragraphs of narration before an exchange
// inheritOne reads for who came into the scene.
const sceneReach = 10

// sceneOpening returns the first paragraph of the narration that leads up
// to paragraph para: back to the quotation last before it, sceneReach
// paragraphs at most, and not past a heading or a break, "CHAPTER IV",
// "[II]", "* * *", which opens another scene.
func (d *doc) sceneOpening(para int, last *found) int {
	from := max(para-sceneReach, 0)
	if last != nil {
		from = max(from, last.para+1)
	}
	for k := para - 1; k > from; k-- {
		if d.sceneBreak(k) {
			return k + 1
		}
	}
	return from
}

// sceneBreak reports whether paragraph k is a heading or a break rather
// than narration: a chapter heading, or no word with a lower-case letter.
func (d *doc) sceneBreak(k int) bool {
	p := d.paras[k]
	if p.First < p.Last && d.chapterHeading(p.First) {
		return true
	}
	for i := p.First; i < p.Last; i++ {
		if d.w.isWord(i) && !upperCase(d.w.word(i)) {
			return false
		}
	}
	return true
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
		// "…, echoing critics who have said …": a relative clause
		// speaks of someone beside the paragraph's subject.
		if g == f || g.speaker == nil || g.Mention == nil || g.antecedent != nil {
			continue
		}
		// A cue in the narration after f that leads into a later
		// quotation introduces that one: "“A.” Tom turned and said,
		// “B.”" tells who said B, and A was most often the other's.
		if g.Start > f.Start && same == nil && d.register == RegisterFiction && d.introducedAfter(f, g) {
			break
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
		// A later piece of a turn whose first piece took its speaker
		// from the exchange is the same turn, "“Well?” / “No.” … “Not
		// yet.”", when no subject of the narration between named
		// another.
		if p := sameTurnBefore(group, f); p != nil {
			f.inheritFrom(p, p.Rule)
		}
		return
	}
	if c.fiction {
		// After a paragraph of narration, the last speaker most often
		// goes on: "\"…,\" said Tom. / He looked away. / \"…\"".
		if l := c.lastQuote; l != nil && l.para == f.para-2 && l.speaker != nil && l.mark >= 0 && !d.paraHasQuote(f.para-1) {
			// Narration whose last sentence shows someone's face or
			// voice shows who answers: "A cloud passed over Tom's
			// face." / "…" is Tom's.
			if !d.sceneBreak(f.para - 1) {
				if e := d.ownerEnding(c.t, f.para-1); e != nil {
					f.speaker, f.Rule = e, ruleResumes
					return
				}
			}
			// Narration that ends on a comma or a colon leads into
			// the words after it, and the one it names last is most
			// often who says them, not the last speaker: "But he
			// laughed, so that Ada could not help saying," / "…".
			if d.leadsIn(f.para - 1) {
				if e := lastNamed(c.t, f.Start, f.para-1, d.addressee(d.marks[f.mark], c.t)); e != nil {
					f.speaker, f.Rule = e, ruleResumes
					return
				}
			}
			// No one addresses themself: "Well, Tom?" is not Tom's but,
			// in an exchange of two, the other's.
			if voc := d.addressee(d.marks[f.mark], c.t); voc == l.speaker {
				if c.cur == l.speaker && c.other != nil && c.other != voc {
					f.speaker, f.Rule = c.other, ruleResumes
				}
				return
			}
			f.speaker, f.Rule = l.speaker, ruleResumes
			return
		}
		// Else the narration before may name the speaker where no
		// subject stands: "It was an hour before Harry came in."
		if f.para > 0 && !d.paraHasQuote(f.para-1) && !d.sceneBreak(f.para-1) {
			if e := lastNamed(c.t, f.Start, f.para-1, d.addressee(d.marks[f.mark], c.t)); e != nil {
				f.speaker, f.Rule = e, ruleResumes
				return
			}
		}
		// The paragraph before was a turn of the same exchange: the one
		// addressed there answers, or else the other party.
		if !c.replying(f.para) {
			return
		}
		if c.lastQuote.mark >= 0 {
			if e := d.turnCalled(c.lastQuote, c.t); e != nil && e != c.cur {
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
			voc := d.addressee(d.marks[f.mark], c.t)
			if voc == c.other {
				// Nor is it cur's, who just spoke: a third
				// person of the scene has the word, the one
				// its last paragraphs named besides the two.
				if r := lastNamed(c.t, f.Start, f.para-3, c.cur, voc); r != nil {
					f.speaker, f.Rule = r, ruleTurnTaking
				}
				return
			}
			// The turn before opened an exchange after narration, or
			// `other` last spoke many paragraphs back or before a
			// heading or a break, though the two turns before stand
			// in a row: `other` spoke in an earlier scene, and whoever
			// the narration just named is more likely the one
			// answering.
			// The subject it last told of goes before a person it
			// named only as an object: "Ada came in and set a cup
			// beside Tom." brings Ada into the talk, not Tom. The
			// subject may stand in any paragraph of the narration
			// since the earlier exchange, "Ada came in. / The clock
			// struck.": whoever it brought in is still there, unless a
			// heading or a break has opened another scene since. A
			// person it only named is looked for just before the
			// turn; named further back, they were more often talked
			// about than talking.
			e := c.other
			if p := c.prevQuote; p == nil || p.para != f.para-2 || !d.otherFresh(c, f.para) {
				if r := lastSubject(c.t, f.Start, d.sceneOpening(c.lastQuote.para, p), c.cur, voc); r != nil {
					e = r
				} else if r := lastNamed(c.t, f.Start, c.lastQuote.para-1, c.cur, voc); r != nil {
					e = r
				}
			}
			f.speaker, f.Rule = e, ruleTurnTaking
			return
		}
		// The first turn of the story's first exchange named its
		// speaker, and no one has spoken before: the one answering is
		// whom the narration just before named, "Emma smiled and
		// chatted … / “…,” said her father. / “…, papa.”".
		if c.other == nil && c.cur != nil && c.lastQuote.speaker == c.cur {
			if r := d.namedSubjectEnding(c.lastQuote.para-1, c.t); r != nil && r != c.cur && r != d.addressee(d.marks[f.mark], c.t) {
				f.speaker, f.Rule = r, ruleTurnTaking
				return
			}
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
	w := &d.w
	first, last := d.tokenAt(mq.Inner.Start), d.tokenAt(mq.Inner.End)
	var voc mention
	found := false
	for k := first; k < last; k++ {
		if !w.nameLike(k) || !(k == first || w.isPunct(k-1, ",") || w.isWord(k-1) && vocativeOpeners[w.lower(k-1)] && k-1 >= first) {
			continue
		}
		if k > first && d.appositive(k, first) {
			continue
		}
		if d.insideNested(mq, first, k) {
			continue
		}
		np, nm, ok := w.nameAfter(k, last)
		if !ok {
			continue
		}
		// A capitalised word that opens the name run but is no part of
		// the name is a preposition or an article, and the name after
		// it is not called: "For Marta, the blue one?", "The Ravens,".
		if skipsWord(w, k, np[0]) {
			continue
		}
		after := np[1]
		if after < last && !w.isPunct(after, ",.!?;") {
			continue
		}
		if d.listed(after, last) {
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
		// A name opening the reply to "Who …?" or "What is his name?"
		// is the answer, not the one addressed, when little more follows
		// it: "Marta, I think." A clause of its own is said to the name:
		// "Marta, we have not met."
		if k == first && shortTail(w, np[1], last) && d.answersWhQuestion(mq) {
			continue
		}
		m := d.makeMention(mentionName, np, nm, genderUnknown)
		if m.Org || m.Name == "I" {
			continue
		}
		e := t.knownNear(m, mq.Open.Start, int(d.paraOf[k]))
		if t.narrator != nil && t.callsNarrator(m) {
			e = t.narrator
		}
		// A name the narration sets where places stand, "Tunbridge
		// Wells, of course", answers where, and calls no one.
		if e != nil && e.gender == genderNeuter && !e.titled {
			continue
		}
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

// hearerReach is how many tokens after its cue and speaker hearer reads:
// "said Tom quietly and kindly to Ada".
const hearerReach = 6

// hearer finds the person an attribution says a quotation was spoken
// to, by name, "said Tom to Mary", "Tom whispered to Mary Smith", or as
// the narrator, "Tom said to me".
func (d *doc) hearer(f *found, t *entityTable) *entity {
	if f.Cue == nil || f.Mention == nil {
		return nil
	}
	from := max(f.Cue.LastTok, f.Mention.Last-1) + 1
	p := d.paras[f.para]
	for k := from; k < p.Last && k-from < hearerReach; k++ {
		// "said Tom, turning to Ada", "said Tom, addressing Ada": a
		// participle after a comma tells whom the words went to as
		// well.
		if d.w.isPunct(k, ",") && d.w.isWord(k+1) && strings.HasSuffix(d.w.lower(k+1), "ing") {
			continue
		}
		if !d.w.isWord(k) || d.inQuote(d.toks[k].Start) {
			return nil
		}
		if l := d.w.lower(k); l != "to" && l != "addressing" {
			continue
		}
		// "said Tom to me": a first-person narrator is spoken to as
		// surely as a name.
		if k+1 < p.Last && d.w.word(k+1) == "me" && t.narrator != nil && f.speaker != t.narrator {
			return t.narrator
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

// answersWhQuestion reports whether the quotation mq opens the paragraph
// after one whose last quotation asks a question with who, whom, whose,
// what or which in its last sentence.
func (d *doc) answersWhQuestion(mq markQuote) bool {
	i := sort.Search(len(d.marks), func(i int) bool { return d.marks[i].Inner.Start >= mq.Inner.Start })
	if i == 0 {
		return false
	}
	prev := d.marks[i-1]
	w := &d.w
	first, last := d.tokenAt(prev.Inner.Start), d.tokenAt(prev.Inner.End)
	if last <= first || d.paraOf[last-1]+1 != d.paraOf[d.tokenAt(mq.Inner.Start)] || !w.isPunct(last-1, "?") {
		return false
	}
	for k := last - 2; k >= first; k-- {
		if w.isPunct(k, ".!?") {
			break
		}
		if w.isWord(k) && askWords[w.lower(k)] {
			return true
		}
	}
	return false
}

// askWords ask for a person or a thing, a name being an answer.
var askWords = map[string]bool{"who": true, "whom": true, "whose": true, "what": true, "which": true}

// shortTail reports whether at most four words follow token from before
// its sentence or the quotation ends at last.
func shortTail(w *words, from, last int) bool {
	n := 0
	for k := from; k < last && !w.isPunct(k, ".!?"); k++ {
		if w.isWord(k) {
			n++
		}
	}
	return n <= 4
}

// skipsWord reports whether a name run begun at token k leaves out a word
// before its name proper, np0, that is not itself a vocative opener.
func skipsWord(w *words, k, np0 int) bool {
	for j := k; j < np0; j++ {
		if !w.isWord(j) || !vocativeOpeners[w.lower(j)] {
			return true
		}
	}
	return false
}

// listed reports whether the name that ends before token after, in a
// quotation whose words end at last, opens or goes on a list of names
// closed by "and" or "or": "Not Ann, Ned, and Ada?" names people, it
// calls none of them.
func (d *doc) listed(after, last int) bool {
	w := &d.w
	for k := after; k < last; {
		if w.isPunct(k, ",") {
			k++
		}
		if k >= last || !w.isWord(k) {
			return false
		}
		if l := w.lower(k); l == "and" || l == "or" {
			return w.nameLike(k + 1)
		}
		np, _, ok := w.nameAfter(k, last)
		if !ok || k == after {
			return false
		}
		k = np[1]
	}
	return false
}

// insideNested reports whether token k of quotation mq, whose words start
// at first, stands inside a quotation quoted in it: "She wrote, 'Dear Ann,
// come at once.'" calls Ann in the letter, not in the talk.
func (d *doc) insideNested(mq markQuote, first, k int) bool {
	open := 0
	for j := first; j < k; j++ {
		t := d.toks[j]
		if t.Kind != tokPunct || t.Start < mq.Inner.Start {
			continue
		}
		m, ok := classify(d.text, t)
		if !ok || m.Fam != famSingle {
			continue
		}
		switch {
		case m.CanOpen && !m.CanClose && d.w.isCap(j+1):
			// "'prentice", "'em": an elision opens no quotation;
			// a quotation opens on a capital.
			open++
		case m.CanClose && !m.CanOpen && open > 0:
			open--
		}
	}
	if open == 0 {
		return false
	}
	// And it closes after the name, inside the quotation.
	for j := k + 1; j < len(d.toks) && d.toks[j].Start < mq.Inner.End; j++ {
		if t := d.toks[j]; t.Kind == tokPunct {
			if m, ok := classify(d.text, t); ok && m.Fam == famSingle && m.CanClose {
				return true
			}
		}
	}
	return false
}

// appositive reports whether the name at token k, in a quotation whose
// words start at first, renames a person the phrase before it tells of
// rather than calling someone: "His boy, Joe, shaved me", "her sister,
// Lady Ann, is here". A third person's kin or servant is talked about; the
// one addressed is "you". A predicate, "It was his cousin, Tom", says who
// someone is and may still be said to Tom, so "be" before the phrase
// leaves the name a vocative.
func (d *doc) appositive(k, first int) bool {
	w := &d.w
	if !w.isPunct(k-1, ",") || !w.isWord(k-2) || !w.isLower(k-2) || !personLexicon(w.lower(k-2)) {
		return false
	}
	for j := k - 3; j >= first && j >= k-5; j-- {
		if !w.isWord(j) {
			return false
		}
		if l := w.lower(j); l == "his" || l == "her" || l == "their" {
			return !(w.isWord(j-1) && beForms[w.lower(j-1)])
		}
		if t := d.tagOf(j); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return false
}

// vocativeOpeners stand before a name addressed: "My dear Isolde", "Oh
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
	// In fiction, a turn that opens its paragraph and goes on after a
	// sentence of narration is the turn of whoever that sentence tells
	// of: "\"Yes.\" Tom smiled. \"We must go.\"" is Tom's throughout,
	// whoever the paragraph before told of.
	if len(sents) == 0 && d.register == RegisterFiction {
		if si, ok := d.narrationBetween(f); ok {
			sents = append(sents, si)
		}
	}
	// In fiction, a turn that opens its paragraph after a paragraph of
	// narration is most often spoken by whoever that narration ended on:
	// "Mrs. Ludbrook had recovered herself. / \"Oh, Henry dear! …\"".
	// A chapter heading is no narration: its title words name no one
	// present, "CHAPTER IX. The Return of Captain Hale".
	own := len(sents) > 0
	trailing := false
	if len(sents) == 0 && d.register == RegisterFiction && f.para > 0 && !d.paraHasQuote(f.para-1) && !d.sceneBreak(f.para-1) {
		prev := d.paras[f.para-1]
		last, first := int(d.sentOf[prev.Last-1]), int(d.sentOf[prev.First])
		sents = append(sents, last)
		if first != last {
			sents = append(sents, first)
		}
	} else if len(sents) == 0 && d.register == RegisterFiction {
		// So does narration that closes the paragraph of the turn
		// before, "“No,” said Ada. Ned rose from his chair. / “…”".
		if si, ok := d.trailingNarration(f); ok {
			sents = append(sents, si)
			trailing = !d.leadsIn(f.para - 1)
		}
	}
	for _, si := range sents {
		s := d.sents[si]
		if d.inQuote(d.toks[s.First].Start) {
			continue
		}
		// A paragraph of narration that ends by telling what someone
		// said has given that turn already: "Tom asked her if she had
		// seen it. / \"Yes, …\"" is her answer, which the turns around
		// tell better than the narration. So even when no subject is
		// found: "Then, taking her hand, asked her if …".
		if !own && si == sents[0] && d.reported(s) {
			return nil, mention{}, false
		}
		m, ok := d.mentionStartingAt(d.afterDash(s.First, s.Last), s.Last)
		// In news, a quotation inside a sentence of narration is most
		// often the words of whoever the verb governing it tells of:
		// `On Monday, Ames referred to the mayor as "a steady hand"` is
		// Ames's, and so is `…, Roe turned the debate around, casting
		// Vasko as "soft on crime."` A participle or a passive governing
		// it (`rules relating to "fair dealing"`) tells of no
		// one; the subject opening the sentence stands then, measured
		// right more often than wrong.
		inSentence := si == sents[0] && d.register == RegisterNews && s.Last > open
		governed := false
		if inSentence {
			// One capitalised word opening the sentence, which the text
			// also writes in lower case, is no name unless the tagger
			// takes it for one: "Words blah bla \"…\" … more words".
			if gm, gok := d.fragmentSubject(s, open); gok && !(gm.Kind == mentionName && gm.Last-gm.First == 1 && d.sentenceStart(gm.First) && d.usedInLowerCase(d.w.lower(gm.First)) && !strings.HasPrefix(d.tagOf(gm.First), "NNP")) {
				m, ok, governed = gm, true, true
			}
		}
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
		if !ok && own && d.register == RegisterFiction {
			// "When the door shut, he turned.", "After a moment he
			// went on." Only in the turn's own paragraph: a paragraph
			// of narration before the turn that opens on a clause
			// sets a scene more often than it names who speaks.
			if k := d.afterOpeningClause(s); k > s.First {
				m, ok = d.mentionStartingAt(k, s.Last)
			}
		}
		// The sentence nearest the quotation tells last of whoever its
		// last clause is about: "Ann sat down, and Tom rose." is Tom's
		// turn coming, "Tom rose; Ann sat down." Ann's.
		if si == sents[0] && d.register == RegisterFiction {
			if lm, lok := d.lastClauseSubject(s, min(s.Last, open)); lok {
				m, ok = lm, true
			}
		}
		// "…; but Tom, much vexed, laid down his pen and said:" is Tom's,
		// whoever the sentence opened with.
		if si == sents[0] && d.register == RegisterFiction {
			if lm, lok := d.leadInSubject(s, open); lok {
				m, ok = lm, true
			}
		}
		// `Roe, who called it "a fraud"`: the narration is about Roe.
		if a, rel := d.relativeReferent(m); ok && rel {
			m = a
		}
		// An organisation opening a sentence of narration tells nothing
		// of who speaks next, but one whose sentence holds the quotation
		// is its source: `The board lists "safety as its first priority."`
		if !ok || m.Org && !inSentence {
			continue
		}
		// After a turn, a he or she is as often the one who just
		// spoke or the one listening as the next speaker: measured,
		// only a name tells, unless the narration leads into the turn.
		if trailing && m.Kind != mentionName {
			continue
		}
		var e *entity
		switch m.Kind {
		case mentionName:
			// "Had he any idea …?", "Always polite, he …": a word
			// opening a sentence that the text also writes in lower
			// case is a name only when the story already knows it.
			if d.register == RegisterFiction && m.Last-m.First == 1 && d.sentenceStart(m.First) && d.usedInLowerCase(d.w.lower(m.First)) && t.known(m) == nil {
				continue
			}
			m = d.trimKnownMention(m, t)
			e = t.linkName(m)
			// A family or a people speaks no one turn: "The Miss
			// Penhallows were able to be by themselves."
			if e != nil && d.register == RegisterFiction && e.gender == genderPlural {
				continue
			}
		case mentionPronoun:
			if m.Gender == genderMale || m.Gender == genderFemale {
				e = d.link(m, f, c)
			} else if own && d.register == RegisterFiction && m.Last-m.First == 1 && d.w.word(m.First) == "I" && !d.objectAfter(m, s) {
				// "I stood up. \"…\"": the narrator's own narration
				// in the turn's paragraph tells of the narrator as a
				// he tells of a man, once the story has shown one.
				// Not "I put my arms round her.": the one it acts on
				// answers as often.
				e = t.narrator
			}
		case mentionNominal:
			// "His voice broke.": the one whose voice it is.
			if w := d.w; d.register == RegisterFiction && m.Last-m.First == 2 && w.isWord(m.First) && speakingParts[w.lower(m.Last-1)] {
				if g := possessorGender(w.lower(m.First)); g != genderUnknown {
					poss := [2]int{m.First, m.First + 1}
					m = d.makeMention(mentionPronoun, poss, poss, g)
					e = d.link(m, f, c)
					break
				}
			}
			// "The rain fell." names no speaker: in fiction a
			// description must tell a man or a woman, or be of a person.
			if d.register != RegisterFiction || m.Gender == genderMale || m.Gender == genderFemale || personNouns[strings.ToLower(d.w.word(m.Last-1))] {
				if e = d.nominalReferent(m, f, c); e == nil {
					e = t.linkNominal(m)
				}
			}
		}
		if e == nil {
			// The source as the sentence names it, "it", "they", "the
			// rally", is worth giving though no one person stands behind
			// it.
			if governed {
				return nil, m, true
			}
			continue
		}
		// "He was silent.": who listens does not speak next; the
		// turns around tell who does.
		if d.register == RegisterFiction && d.silent(s) {
			continue
		}
		// Narration after a turn that tells what its own speaker did,
		// "“No,” said Ada. Ada turned away.", passes the word to the
		// other party; after a turn no cue named, that speaker is the
		// one the narration most likely tells of.
		if trailing && (c.lastQuote == nil || c.lastQuote.Mention == nil || e == c.lastQuote.speaker) {
			continue
		}
		return e, m, true
	}
	return nil, mention{}, false
}

// trailingNarration returns the last sentence of the paragraph before
// quote f's when it is narration standing wholly after that paragraph's
// last quotation: "“Is it late?” said Tom. Ada looked up from her book."
// before "“Nearly ten.”", whom narrativeSubject reads as a paragraph of
// narration before the turn.
func (d *doc) trailingNarration(f *found) (int, bool) {
	if f.para == 0 || f.mark == 0 {
		return 0, false
	}
	c, ok := d.narrationAfter(f.mark-1, f.para-1)
	prev := d.paras[f.para-1]
	if !ok || c <= prev.First {
		return 0, false
	}
	si := int(d.sentOf[prev.Last-1])
	if d.sents[si].First < c || int(d.sentOf[c-1]) == si {
		return 0, false
	}
	return si, true
}

// narrationBetween returns the sentence of narration that follows quote
// f when a quotation of f's paragraph follows that sentence, the whole
// sentence standing between the two.
func (d *doc) narrationBetween(f *found) (int, bool) {
	mq := d.marks[f.mark]
	if mq.Continues || f.mark+1 >= len(d.marks) {
		return 0, false
	}
	k := d.tokenAt(mq.Close.End)
	o := d.tokenAt(d.marks[f.mark+1].Open.Start)
	if k >= o || o >= len(d.toks) || int(d.paraOf[o]) != f.para {
		return 0, false
	}
	si := int(d.sentOf[k])
	if s := d.sents[si]; s.First != k || s.Last > o {
		return 0, false
	}
	return si, true
}

// silent reports whether sentence s of narration tells that its subject
// listened without speaking: "He was silent.", "Mr. Ludbrook listened
// attentively.", "Philip made no answer.", "She could not reply." Words
// alone, and only in a short sentence, which tells nothing else. A nod is
// no silence: "John nodded. / \"Yes; …\"" is John's.
func (d *doc) silent(s sentence) bool {
	if s.Last-s.First > 12 {
		return false
	}
	w := &d.w
	for k := s.First; k < s.Last; k++ {
		if !w.isWord(k) {
			continue
		}
		switch w.lower(k) {
		case "silent", "listened":
			return true
		case "silence":
			// "Tom smoked in silence.", though not "Tom broke the
			// silence."
			if k < s.First+2 || !w.isWord(k-2) || !strings.HasPrefix(w.lower(k-2), "broke") && !strings.HasPrefix(w.lower(k-1), "broke") {
				return true
			}
		case "not", "never":
			// "Ann could not answer.", though not "Ann did not answer
			// but went on:", which tells that she spoke after all.
			if k+1 < s.Last && w.isWord(k+1) && silentVerbs[w.lower(k+1)] && !d.otherCue(s, k+1) {
				return true
			}
		case "no", "nothing":
			if k+1 < s.Last && w.isWord(k+1) && (w.lower(k+1) == "answer" || w.lower(k+1) == "reply") || k > s.First && w.isWord(k-1) && w.lower(k-1) == "said" {
				return true
			}
		}
	}
	return false
}

// reported reports whether sentence s of narration tells in reported
// speech what its subject said: "She replied that she would.", "He asked
// Jane whether …". A sentence leading into a quotation ("…, and said:")
// does not, nor a passive ("when she was announced"), nor a verb that
// goes on to the words themselves ("Tom went on.", "She began.").
func (d *doc) reported(s sentence) bool {
	w := &d.w
	if w.isPunct(s.Last-1, ",:;-—") {
		return false
	}
	for _, c := range d.cuesIn(s.First, s.Last) {
		if c.Class != classSpeech || c.Form == formBase || c.Form == formGerund || leadsOn[c.Lemma] {
			continue
		}
		if w.isWord(c.Tok-1) && passiveAux[w.lower(c.Tok-1)] {
			continue
		}
		return true
	}
	return false
}

// leadsOn are speech verbs that lead on to the words spoken.
var leadsOn = map[string]bool{"go on": true, "speak": true, "begin": true, "continue": true, "resume": true, "interrupt": true}

// passiveAux before a past participle make it passive: "she was asked".
var passiveAux = setOf("was were been be being is are")

// afterOpeningPhrase returns the token after a short prepositional phrase
// opening sentence s, where its subject may stand: "In the hall the doctor
// stopped", "At last, Brenda smiled"; s.First when there is none. Words
// alone: the preposition, an article, at most three lower-case words, then
// a comma, an article or a capitalised word; without the article, only up
// to a comma.
func (d *doc) afterOpeningPhrase(s sentence) int {
	w := &d.w
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

// afterOpeningClause returns the token after a clause that opens
// sentence s before its subject: a subordinate clause or a phrase closed
// by a comma, "When the door shut, he …", "After waiting an hour, Tom
// …", or a short phrase and a he or she, "After a moment he …". The
// subject must be all that follows: s.First when there is none.
func (d *doc) afterOpeningClause(s sentence) int {
	w := &d.w
	if !w.isWord(s.First) || !openingPreposition[w.lower(s.First)] && !subordinators[w.lower(s.First)] {
		return s.First
	}
	for k := s.First + 1; k < s.Last && k <= s.First+openingClauseReach; k++ {
		switch {
		case w.isPunct(k, ","):
			if k+1 < s.Last {
				return k + 1
			}
			return s.First
		case !w.isWord(k):
			return s.First
		case k > s.First+1 && !w.isCap(k) && (w.lower(k) == "he" || w.lower(k) == "she") && openingPreposition[w.lower(s.First)] && k <= s.First+4:
			return k
		}
	}
	return s.First
}

// openingClauseReach is how many tokens an opening clause may run.
const openingClauseReach = 12

// subordinators open a clause before the subject of the sentence.
var subordinators = setOf("when while as though although once since until till if whenever")

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
	// "Roe, who said …": the pronoun is the subject of its own clause
	// only; a quotation that takes Roe as speaker takes her name.
	if src.antecedent != nil {
		f.Mention = src.antecedent
	}
}

// paraHasQuote reports whether paragraph pi holds a quotation mark pair.
func (d *doc) paraHasQuote(pi int) bool {
	p := d.paras[pi]
	k := sort.Search(len(d.marks), func(i int) bool { return d.marks[i].Inner.End > p.Start })
	return k < len(d.marks) && d.marks[k].Open.Start < p.End
}

// lastNamed is the person last named before pos, from paragraph minPara
// on, other than those in skip; nil when there is none. It reads only so
// far back, since further back lies an earlier scene.
func lastNamed(t *entityTable, pos, minPara int, skip ...*entity) *entity {
	return lastPerson(t, pos, minPara, false, skip)
}

// lastSubject is lastNamed among the mentions that open a clause, where
// subjects stand.
func lastSubject(t *entityTable, pos, minPara int, skip ...*entity) *entity {
	return lastPerson(t, pos, minPara, true, skip)
}

// lastPerson is the last person mentioned before pos, back to paragraph
// minPara, not in skip, and only among clause openers when subj is set.
// A name met only in passing, of no gender a he or she has shown, is as
// often a thing as a person ("striped Berber silk", "a glass of the
// Burgundy"): it opens a clause when it is someone, so it counts only
// as a subject.
func lastPerson(t *entityTable, pos, minPara int, subj bool, skip []*entity) *entity {
	tl := t.timeline
	k := sort.Search(len(tl), func(i int) bool { return tl[i].pos >= pos })
	for i := k - 1; i >= 0 && tl[i].para >= minPara; i-- {
		if e := tl[i].ent; (tl[i].subj || !subj) && (subj || e.gender != genderUnknown || e.mentions > 2) && !e.org && !e.nominal && e.gender != genderPlural && e.gender != genderNeuter && !slices.Contains(skip, e) {
			return e
		}
	}
	return nil
}

// showingParts are what a sentence of narration shows of someone about
// to speak: "the blood rose to Tom's face", "Ada's retort came".
var showingParts = setOf("face eyes eye voice voices tone lips lip mouth retort reply answer cheeks cheek brow")

// ownerEnding returns the one person whose face, voice or the like the
// last sentence of paragraph para shows through a name in the possessive;
// nil when there is none or more than one.
func (d *doc) ownerEnding(t *entityTable, para int) *entity {
	p := d.paras[para]
	if p.Last <= p.First {
		return nil
	}
	w := &d.w
	s := d.sents[d.sentOf[p.Last-1]]
	from, to := d.toks[s.First].Start, d.toks[s.Last-1].End
	tl := t.timeline
	var owner *entity
	for k := sort.Search(len(tl), func(i int) bool { return tl[i].pos >= from }); k < len(tl) && tl[k].pos < to; k++ {
		e := tl[k].ent
		if e.org || e.nominal || e.gender == genderPlural || e.gender == genderNeuter {
			continue
		}
		// The name's words, "Mr. Tom Reed's", end on the possessive;
		// texts that lost the apostrophe write "Tom s".
		n := -1
		for j := d.tokenAt(tl[k].pos); j < s.Last && n < 0; j++ {
			switch {
			case w.isPunct(j, "."):
			case !w.isWord(j) || !w.isCap(j):
				j = s.Last
			case possessive(w.word(j)):
				n = j + 1
			case j+1 < s.Last && w.word(j+1) == "s":
				n = j + 2
			}
		}
		// The part may follow an adjective or two: "Tom's red face".
		for m := n; n >= 0 && m < n+3 && m < s.Last && w.isWord(m) && !w.isCap(m); m++ {
			if showingParts[w.lower(m)] {
				if owner != nil && owner != e {
					return nil
				}
				owner = e
				break
			}
		}
	}
	return owner
}

// leadsIn reports whether paragraph pi ends on a comma or a colon, as
// narration that leads into a quotation does: "and calmly replied,".
func (d *doc) leadsIn(pi int) bool {
	p := d.paras[pi]
	return p.Last > p.First && d.w.isPunct(p.Last-1, ",:")
}

// namedSubjectEnding returns the person a name opening the last sentence
// of paragraph para names, when the paragraph is narration: "Emma smiled
// and chatted, … till her father spoke." is Emma's; nil otherwise.
func (d *doc) namedSubjectEnding(para int, t *entityTable) *entity {
	m, ok := d.narrationEndsOn(para)
	if !ok || m.Kind != mentionName {
		return nil
	}
	e := t.known(m)
	if e == nil || e.org || e.nominal || e == t.narrator || e.gender == genderNeuter || e.gender == genderPlural {
		return nil
	}
	return e
}

// leadInSubject finds the speaker of a sentence of narration that leads
// into the quotation at token open through a speech verb near its end, when
// that verb stands in a later clause of the sentence than its first, with
// a subject of its own: "Ann sat still; but Tom, much vexed, rose and
// said,", "…, until Tom, turning round, said:". The clause opens after a
// semicolon or colon, or after a comma and a conjunction. A lone
// capitalised word the text also writes in lower case names no one: verse
// run into the narration ("…; Too soon, …").
func (d *doc) leadInSubject(s sentence, open int) (mention, bool) {
	w := &d.w
	end := min(s.Last, open)
	if end <= s.First || !w.isPunct(end-1, ",:;-\u2014\u2013") {
		return mention{}, false
	}
	cs := d.cuesIn(s.First, end)
	if len(cs) == 0 {
		return mention{}, false
	}
	c := cs[len(cs)-1]
	if c.Form == formBase || c.Class == classAct || end-c.LastTok > 12 {
		return mention{}, false
	}
	lo := s.First
	for k := c.Tok - 1; k > s.First; k-- {
		if w.isPunct(k, ";:") || w.isWord(k) && clauseOpeners[w.lower(k)] && w.isPunct(k-1, ",;") {
			lo = k + 1
			break
		}
	}
	if lo == s.First {
		return mention{}, false
	}
	var m mention
	ok := false
	if c.Form != formGerund {
		m, ok = d.subjectBefore(c.Tok, lo)
	}
	if !ok {
		m, ok = d.mentionStartingAt(lo, c.Tok)
	}
	// "…, when Tom turned to her, and said:", "…; Tom got up, and in
	// a low voice said:": a clause opened by "and" or "but" that has no
	// subject of its own goes on the clause before it, whose subject
	// speaks.
	if !ok && lo-1 > s.First && coordinators[w.lower(lo-1)] {
		prev := s.First
		for k := lo - 3; k > s.First; k-- {
			if w.isPunct(k, ";:") || w.isWord(k) && clauseOpeners[w.lower(k)] && w.isPunct(k-1, ",;") {
				prev = k + 1
				break
			}
		}
		j := d.afterDash(prev, lo)
		if j < lo && w.isWord(j) && openingAdverb(w.lower(j)) {
			j++
			if w.isPunct(j, ",") {
				j++
			}
		}
		if pm, pok := d.mentionStartingAt(j, lo-1); pok && pm.Last < lo-1 {
			m, ok = pm, true
		}
	}
	if !ok || m.Kind == mentionName && m.Last-m.First == 1 && d.usedInLowerCase(w.lower(m.First)) {
		return mention{}, false
	}
	return m, true
}

// lastClauseSubject finds the subject of the last clause of sentence s,
// before token end, that opens after a comma, a semicolon or a "but", "and"
// or "yet" after one, and names a person by name or by he or she, with a
// verb after it: "The host wished to change the subject, but Ada took it
// up." is about Ada last. A sentence leading into a quotation ("…, and
// said:") is leadInSubject's; a clause that tells its subject listened is
// silent, and names no one.
func (d *doc) lastClauseSubject(s sentence, end int) (mention, bool) {
	w := &d.w
	if end <= s.First || w.isPunct(end-1, ",:;-\u2014\u2013") {
		return mention{}, false
	}
	// A sentence that opens on a clause or a phrase, "When Tom came
	// in, Ada rose", "Whereas Tom liked it, Ada did not", tells of the
	// subject after its comma as it would without the clause: its
	// commas part no clauses of equal weight.
	opening := w.isWord(s.First) && (d.tagOf(s.First) == "IN" || subordinators[w.lower(s.First)] || openingPreposition[w.lower(s.First)] || w.lower(s.First) == "whereas")
	for k := end - 2; k > s.First; k-- {
		var j int
		switch {
		case w.isWord(k) && coordinators[w.lower(k)] && w.isPunct(k-1, ",;"):
			j = k + 1
		case w.isPunct(k, ";") || w.isPunct(k, ",") && !opening:
			j = k + 1
		default:
			continue
		}
		// "…, and then Tom rose."
		if j < end && w.isWord(j) && openingAdverb(w.lower(j)) {
			j++
			if w.isPunct(j, ",") {
				j++
			}
		}
		m, ok := d.mentionStartingAt(j, end)
		if !ok || m.Org || m.Kind == mentionNominal || m.Kind == mentionPronoun && m.Gender != genderMale && m.Gender != genderFemale {
			continue
		}
		// A verb follows the subject, maybe after an adverb: "Ada
		// suddenly rose", not "Ada and Tom", "Ada's hat".
		v := m.Last
		if v < end && strings.HasPrefix(d.tagOf(v), "RB") {
			v++
		}
		if v >= end || !w.isWord(v) || w.isCap(v) {
			continue
		}
		if t := d.tagOf(v); !strings.HasPrefix(t, "VB") && t != "MD" {
			continue
		}
		if listens(w, m.Last, end) {
			return mention{}, false
		}
		return m, true
	}
	return mention{}, false
}

// coordinators join two clauses that may each have a subject.
var coordinators = setOf("but and yet")

// listens reports whether the words from token k to end tell that their
// subject listened or kept silent: "…, and Tom listened in silence."
func listens(w *words, k, end int) bool {
	for ; k < end; k++ {
		if w.isWord(k) {
			switch w.lower(k) {
			case "listened", "silent", "silence":
				return true
			}
		}
	}
	return false
}

// clauseOpeners after a comma open a clause that may have a subject of its
// own.
var clauseOpeners = setOf("but until till while when and then as so")

// speakingParts are what one speaks with: "His voice broke." tells that
// he speaks.
var speakingParts = setOf("voice voices tone lips")

// silentVerbs after "not" tell that one kept silent.
var silentVerbs = setOf("answer reply speak say respond")

// otherCue reports whether sentence s holds a speech cue other than the
// one at token k.
func (d *doc) otherCue(s sentence, k int) bool {
	for _, c := range d.cuesIn(s.First, s.Last) {
		if c.Tok != k {
			return true
		}
	}
	return false
}

// introducedAfter reports whether the mention of g, a later quotation of
// f's paragraph, stands in the narration between the two, before g.
func (d *doc) introducedAfter(f, g *found) bool {
	if f.mark < 0 || g.mark < 0 || g.Mention == nil {
		return false
	}
	m := g.Mention.First
	return m >= d.tokenAt(d.marks[f.mark].Close.End) && m < d.tokenAt(d.marks[g.mark].Open.Start)
}

// sameTurnBefore is the last quotation before f in its paragraph, group,
// when it has a speaker; nil when f is the first or the one before has
// none.
func sameTurnBefore(group []found, f *found) *found {
	var p *found
	for k := range group {
		g := &group[k]
		if g == f {
			break
		}
		if g.mark >= 0 {
			p = g
		}
	}
	if p == nil || p.speaker == nil {
		return nil
	}
	return p
}

// tellsOfOther reports whether the sentence of narration that names the
// speaker of quote f goes on to tell of another person by a pronoun:
// "Mary looked at him." may be told of the listener, whom the turns
// around tell better.
func (d *doc) tellsOfOther(f *found) bool {
	m := f.Mention
	return d.objectAfter(*m, d.sents[d.sentOf[m.First]])
}

// objectAfter reports whether sentence s goes on after mention m to a
// pronoun for someone else: "I took her hand."
func (d *doc) objectAfter(m mention, s sentence) bool {
	for k := m.Last; k < s.Last; k++ {
		if d.w.isWord(k) && objectPronouns[d.w.lower(k)] {
			return true
		}
	}
	return false
}

// objectPronouns refer to a person other than a sentence's subject.
var objectPronouns = setOf("him her them")

// called records the one a quotation calls by name as mentioned there,
// though names inside quotations are not read as the narration's: the he
// or she of the narration just after often is that person. "“Cold,
// Ada?” he asked. / She nodded." is Ada's nod, not another woman's
// named further back.
func (d *doc) called(mq markQuote, para int, t *entityTable) {
	e, m, ok := d.vocative(mq, t)
	if !ok || e == nil || e.nominal || e.org || e == t.narrator {
		return
	}
	t.addRef(m.Start, para, e, false)
	e.mentions--
}

// namedLater gives the quotes of a description's own entity ("the
// doctor", a walk-on as far as the first reading knew) to the named
// character the same description goes on to stand for, when the story
// names them soon after its last use as a walk-on: a novel describes a
// newcomer before it names them, and once it has, its "said the doctor"
// is the named man, so the walk-on just before was he too.
func (d *doc) namedLater(fs []found, t *entityTable) {
	firstSaid := map[*entity]int{}
	for _, r := range t.said {
		if _, ok := firstSaid[r.ent]; !ok {
			firstSaid[r.ent] = r.pos
		}
	}
	firstMention := map[*entity]int{}
	for _, r := range t.timeline {
		if _, ok := firstMention[r.ent]; !ok {
			firstMention[r.ent] = r.pos
		}
	}
	same := map[*entity]namedAs{}
	// By head noun: "the shorter man" may be named as "the man".
	byKey := map[string][]descCue{}
	for _, c := range t.descCues {
		if !strings.HasPrefix(c.key, "the ") {
			continue
		}
		f := strings.Fields(c.key)
		k := "the " + f[len(f)-1]
		byKey[k] = append(byKey[k], c)
	}
	// In text order of first use, so that a walk-on met under two
	// descriptions is settled the same way each run.
	keys := make([]string, 0, len(byKey))
	for key := range byKey {
		keys = append(keys, key)
	}
	sort.Slice(keys, func(i, j int) bool { return byKey[keys[i]][0].pos < byKey[keys[j]][0].pos })
	for _, key := range keys {
		cues := byKey[key]
		for i, c := range cues {
			n := c.ent
			if _, done := same[n]; !n.nominal || done || i+1 >= len(cues) {
				continue
			}
			// The walk-on's last use of the description, then the
			// first use after it.
			last := i
			for k := i + 1; k < len(cues); k++ {
				if cues[k].ent == n {
					last = k
				}
			}
			if last+1 >= len(cues) {
				continue
			}
			e := cues[last+1].ent
			// "the old man" after "the man" may be another man; "the
			// man" after "the shorter man" tells nothing new.
			if !modifiersWithin(cues[last+1].key, cues[last].key) {
				continue
			}
			if e.nominal || e.org || cues[last+1].para-cues[last].para > namedLaterReach || d.brokenBetween(cues[last].para, cues[last+1].para) {
				continue
			}
			if n.gender != genderUnknown && e.gender != genderUnknown && n.gender != e.gender {
				continue
			}
			// Named later: one who had spoken before the walk-on came
			// in was passed over for a reason.
			if p, ok := firstSaid[e]; ok && p < cues[i].pos {
				continue
			}
			// The description may have stood for other walk-ons
			// long before: only the uses close together up to the
			// naming are the newcomer.
			from := last
			for from > 0 && cues[from-1].ent == n && cues[from].para-cues[from-1].para <= namedLaterReach && !d.brokenBetween(cues[from-1].para, cues[from].para) {
				from--
			}
			// One the story had named before the newcomer came in is
			// someone else the description was mistaken for.
			if fm, ok := firstMention[e]; !ok || fm <= cues[from].pos {
				continue
			}
			same[n] = namedAs{e, cues[from].para, cues[last+1].pos}
		}
	}
	d.namedNext(fs, t, same, firstSaid)
	if len(same) == 0 {
		return
	}
	for i := range fs {
		if s, ok := same[fs[i].speaker]; ok && fs[i].para >= s.from && fs[i].Start < s.until {
			fs[i].speaker = s.e
		}
	}
}

// namedAs is the named character a walk-on turned out to be, from the
// paragraph it came in until the story called the named one so.
type namedAs struct {
	e           *entity
	from, until int
}

// namedLaterReach is how many paragraphs may pass between a walk-on's
// last description and the same description of the named character.
const namedLaterReach = 40

// namedNext finds, for a walk-on known by a description whose last
// quotes the narration follows at once with a new name of that gender,
// the one so named: "said the young gentleman" until "his friend's name
// was Ned Lott", and Ned after.
func (d *doc) namedNext(fs []found, t *entityTable, same map[*entity]namedAs, firstSaid map[*entity]int) {
	first := map[*entity]ref{}
	for _, r := range t.timeline {
		if _, ok := first[r.ent]; !ok {
			first[r.ent] = r
		}
	}
	last := map[*entity]int{}
	for i := range fs {
		if e := fs[i].speaker; e != nil && e.nominal && fs[i].mark >= 0 {
			last[e] = i
		}
	}
	found := map[*entity]namedAs{}
	takers := map[*entity]int{}
	for n, li := range last {
		if _, done := same[n]; done || !strings.HasPrefix(strings.ToLower(n.canonical), "the ") || n.gender != genderMale && n.gender != genderFemale {
			continue
		}
		// The walk-on's last run of quotes.
		from, count := li, 1
		for k := li - 1; k >= 0; k-- {
			if fs[k].speaker != n || fs[k].mark < 0 {
				continue
			}
			if fs[from].para-fs[k].para > namedNextRun || d.brokenBetween(fs[k].para, fs[from].para) {
				break
			}
			from = k
			count++
		}
		if count < 2 {
			continue
		}
		a, p := fs[from].para, fs[li].para
		var best *entity
		bestPos := -1
		for _, e := range t.ents {
			r, ok := first[e]
			if !ok || e.nominal || e.org || e == t.narrator || e.gender != n.gender || !e.spoke {
				continue
			}
			// "the Englishman" is another description, no name.
			if strings.HasPrefix(e.commonestForm(), "The ") {
				continue
			}
			if r.pos <= fs[li].Start || r.para > p+namedNextReach || d.brokenBetween(p, r.para) {
				continue
			}
			// One who speaks while the walk-on does is someone else.
			if q, ok := firstSaid[e]; !ok || q <= fs[li].Start {
				continue
			}
			if best == nil || r.pos < bestPos {
				best, bestPos = e, r.pos
			}
		}
		if best == nil {
			continue
		}
		found[n] = namedAs{best, a, fs[li].Start + 1}
		takers[best]++
	}
	// Two walk-ons the one name would take were talking to each other:
	// which of them it names, the name alone does not tell. Two that
	// never answer each other are one walk-on the narration described
	// two ways, "the young gentleman" and "the boy".
	for n, s := range found {
		if takers[s.e] == 1 || takers[s.e] == 2 && !d.answerEachOther(fs, n, found) {
			same[n] = s
		}
	}
}

// answerEachOther reports whether a quote of walk-on n is answered by, or
// answers, one of another walk-on that found gives the same name.
func (d *doc) answerEachOther(fs []found, n *entity, found map[*entity]namedAs) bool {
	prev := -1
	for i := range fs {
		if fs[i].mark < 0 || fs[i].speaker == nil {
			continue
		}
		if prev >= 0 && fs[prev].para != fs[i].para && fs[prev].speaker != fs[i].speaker {
			a, b := fs[prev].speaker, fs[i].speaker
			if a == n || b == n {
				o := b
				if b == n {
					o = a
				}
				if s, ok := found[o]; ok && s.e == found[n].e {
					return true
				}
			}
		}
		prev = i
	}
	return false
}

// namedNextRun is how many paragraphs apart two quotes of a walk-on may
// be in one run; namedNextReach how many may pass after its last before
// the name comes.
const (
	namedNextRun   = 20
	namedNextReach = 6
)

// modifiersWithin reports whether every word of description a is a word
// of description b.
func modifiersWithin(a, b string) bool {
	words := strings.Fields(b)
	for _, w := range strings.Fields(a) {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// voiceNamed gives the quotes of an unseen speaker, "said a voice", to the
// one the text goes on to show spoke them: the reply that calls them by
// name, "“Good night,” called a voice. “Good night, Ada.”", or the
// narration just after, "It was Ada.". The description tells nothing of
// who it is, and a novel seldom leaves a voice it names at once unnamed.
func (d *doc) voiceNamed(fs []found, t *entityTable) {
	for i := 0; i < len(fs); i++ {
		v := fs[i].speaker
		if v == nil || !v.nominal || fs[i].mark < 0 || !slices.Contains(strings.Fields(strings.ToLower(v.canonical)), "voice") {
			continue
		}
		// The voice's run: its quotes close together in one scene.
		last := i
		for k := i + 1; k < len(fs); k++ {
			if fs[k].para-fs[last].para > voiceRunGap || d.brokenBetween(fs[last].para, fs[k].para) {
				break
			}
			if fs[k].speaker == v {
				last = k
			}
		}
		var x *entity
		for k := i; k <= last && x == nil; k++ {
			if fs[k].speaker == v && fs[k].mark >= 0 {
				x = d.voiceShown(fs, k, t)
			}
		}
		if x != nil {
			for k := i; k <= last; k++ {
				if fs[k].speaker == v {
					fs[k].speaker = x
				}
			}
		}
		i = last
	}
}

// voiceRunGap is how many paragraphs may part two quotes of one voice.
const voiceRunGap = 3

// voiceShown finds who spoke voice quote fs[k], as the turn answering it
// or the narration after it shows.
func (d *doc) voiceShown(fs []found, k int, t *entityTable) *entity {
	w, v := d.w, fs[k].speaker
	usable := func(e *entity) bool {
		return e != nil && e != v && !e.nominal && !e.org && e != t.narrator
	}
	// The answer in the next paragraph calls the voice by name. Only
	// where the voice's own cue named it: a turn the exchange handed the
	// voice may be another unseen speaker's, a second call on the line.
	if fs[k].Mention != nil {
		r := k + 1
		for r < len(fs) && fs[r].para == fs[k].para {
			r++
		}
		if r < len(fs) && fs[r].para == fs[k].para+1 && fs[r].mark >= 0 && fs[r].speaker != v {
			e := r
			for e+1 < len(fs) && fs[e+1].para == fs[r].para && fs[e+1].mark >= 0 {
				e++
			}
			if x := d.turnCalled(&fs[e], t); usable(x) && x != fs[r].speaker {
				return x
			}
		}
	}
	// "It was Ada.", "she knew it was the Rabbit": in the narration of
	// the quote's paragraph or the next.
	end := d.paras[min(fs[k].para+1, len(d.paras)-1)].Last
	for j := d.tokenAt(fs[k].End); j+2 < end; j++ {
		if d.inQuote(d.toks[j].Start) || !w.isWord(j) || w.lower(j) != "it" || !w.isWord(j+1) || w.lower(j+1) != "was" {
			continue
		}
		n := j + 2
		if w.isWord(n) && (w.lower(n) == "the" || w.lower(n) == "only") && n+1 < end {
			n++
		}
		if np, nm, ok := w.nameAfter(n, end); ok {
			if x := t.known(d.makeMention(mentionName, np, nm, genderUnknown)); usable(x) {
				return x
			}
		}
	}
	return nil
}

// fragmentSubject returns the subject of the verb that governs a quotation
// opening inside sentence s at token open: the nearest full verb before
// it, past earlier quotations of the sentence. A finite verb or a perfect
// gives its subject; a gerund after a comma goes on with the clause before
// it (`Roe turned the debate around, casting …`), as an infinitive goes
// on with the verb that takes it. A passive, or a participle or gerund
// that modifies a noun (`the loophole called an "inversion"`), names no
// source. A noun of speech with its owner before it comes first: `his
// claim that …`.
func (d *doc) fragmentSubject(s sentence, open int) (mention, bool) {
	if m, ok := d.speechNounOwner(s, open); ok {
		return m, true
	}
	return d.verbSubject(s, open)
}

// verbSubject is fragmentSubject by the verb alone.
func (d *doc) verbSubject(s sentence, open int) (mention, bool) {
	w := &d.w
	for k := open - 1; k >= s.First; k-- {
		if q := d.quoteAt(d.toks[k].Start); q >= 0 {
			k = d.tokenAt(d.marks[q].Open.Start)
			continue
		}
		if !w.isWord(k) {
			continue
		}
		t := d.tagOf(k)
		if !strings.HasPrefix(t, "VB") || auxVerbs[w.lower(k)] {
			continue
		}
		// The auxiliaries and adverbs before the verb tell a passive
		// ("was also called") and a perfect ("has long pushed").
		passive, perfect := false, false
		for j := d.skipBack(k-1, s.First) + 1; j < k; j++ {
			passive = passive || beForms[w.lower(j)]
			perfect = perfect || perfectAux[w.lower(j)]
		}
		switch t {
		case "VBD", "VBZ", "VBP":
			if passive {
				return mention{}, false
			}
			return d.subjectBefore(k, s.First)
		case "VBN":
			if passive || !perfect {
				return mention{}, false
			}
			return d.subjectBefore(k, s.First)
		case "VBG":
			if !w.isPunct(k-1, ",") {
				return mention{}, false
			}
			if m, ok := d.verbSubject(s, k-1); ok {
				return m, true
			}
			return d.sentenceSubject(s, k)
		case "VB":
			if w.isWord(k-1) && w.lower(k-1) == "to" {
				continue
			}
			return d.subjectBefore(k, s.First)
		}
		return mention{}, false
	}
	return mention{}, false
}

// perfectAux are the auxiliaries of the perfect: "has vowed".
var perfectAux = setOf(`has have had`)

// speechNounOwner returns whoever owns a noun of speech that governs a
// quotation opening at token open, through "that" or "of" or right
// before it: `Contrary to his claim that riders would "pay nothing"`,
// `It was Ames's rejection of "a politics of fear"`.
func (d *doc) speechNounOwner(s sentence, open int) (mention, bool) {
	w := &d.w
	for k := open - 1; k > s.First && open-k < 25; k-- {
		if w.isPunct(k, ",;:—–()") || d.inQuote(d.toks[k].Start) {
			return mention{}, false
		}
		if !w.isWord(k) || !speechNouns[w.lower(k)] {
			continue
		}
		if !w.isWord(k+1) || w.lower(k+1) != "that" && w.lower(k+1) != "of" && k+1 != open {
			return mention{}, false
		}
		j := k - 1
		for j > s.First && w.isWord(j) && !w.isCap(j) && (strings.HasPrefix(d.tagOf(j), "JJ") || strings.HasPrefix(d.tagOf(j), "RB")) {
			j--
		}
		if !w.isWord(j) {
			return mention{}, false
		}
		if g := possessorGender(w.lower(j)); g != genderUnknown || w.lower(j) == "their" || w.lower(j) == "its" {
			// "Ames pushed his promise of …": a he or she owning the
			// noun is most often the subject of the verb before it.
			if m, ok := d.verbSubject(s, j); ok {
				return m, true
			}
			if g == genderUnknown {
				g = genderPlural
				if w.lower(j) == "its" {
					g = genderNeuter
				}
			}
			return d.makeMention(mentionPronoun, [2]int{j, j + 1}, [2]int{j, j + 1}, g), true
		}
		if possessive(w.word(j)) && w.isCap(j) {
			return d.mentionEndingAt(j, s.First)
		}
		return mention{}, false
	}
	return mention{}, false
}

// speechNouns name what someone said, as the quotation they govern gives it.
var speechNouns = setOf(`claim claims assertion assertions warning warnings promise promises pledge
pledges vow vows call calls remark remarks comment comments statement statements description
accusation accusations charge charges suggestion insistence argument arguments rejection threat
threats declaration admission denial complaint complaints criticism praise boast prediction
characterization words`)
