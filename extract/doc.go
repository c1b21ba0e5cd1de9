package extract

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
)

// doc is one text under analysis: its tokens, paragraphs, sentences,
// quotation marks and cues, computed once and shared by the rules.
type doc struct {
	text  string
	w     words
	toks  []token
	paras []paragraph
	sents []sentence
	marks []markQuote
	cues  []cue
	// thats are the tokens that are the word "that" (see cueSpots).
	thats    []int
	register Register
	// lowerBits, lowerAsked, lowerRead and lowerWords are usedInLowerCase's
	// memory.
	lowerBits  []uint64
	lowerAsked map[string]bool
	lowerRead  int
	lowerWords map[string]bool
	capsSeen   map[string]int // see capsCounts
	capsN      [][2]int
	capsAsked  map[string][2]int
	capsScans  int
	// alonePlaces is placedAlone's memory.
	alonePlaces map[string]int
	// mentionSents and mentionSentsN are prevBySentence's index.
	mentionSents  map[int32][]int
	mentionSentsN int
	// directSpeakers maps a sentence to the speaker mention of the last
	// direct quotation it attributes; see indirect.
	directSpeakers map[int32]*mention
	// titleCues are the cues a quoted title before them took that report
	// a clause of their own (ownComplement): the title is no quote.
	titleCues map[int]bool
	// sentCue caches hasAnyCue per sentence: 0 unknown, 1 yes, -1 no.
	sentCue []int8
	sentOf  []int32 // token index -> sentence index
	paraOf  []int32 // token index -> paragraph index
	// tokenMemo holds tokenAt's recent answers: off+1 (0 for none) and
	// the token, at a slot picked by off.
	tokenMemo [64][2]int32
	// quoteMemo is quoteAt's last answer and the stretch of offsets
	// that share it (see quoteAt); marksSorted says the marks are in
	// order of their opening, which the memo's stretch needs.
	quoteMemo   quoteMemo
	marksSorted bool

	tagger wordTagger
	// tags holds, per token, 1 + the index in tagNames of its part-of-speech
	// tag, filled on demand (0 until then): a byte a token where a string
	// cost sixteen.
	tags     []uint8
	tagNames []string
	window   tagWindowBuf // tagOf's buffers
	tagsUsed bool         // whether tagOf has readied tags, window and tagNames
	buf      *buffers     // where toks, sentOf, paraOf and tags go back to
}

// buffers are a doc's per-token slices, kept from one document to the next
// by Extract: they are most of what analysing a document allocates.
type buffers struct {
	toks           []token
	sentOf, paraOf []int32
	tags           []uint8
	// split and byWord are the maps of the entity table of the
	// document's first reading (see resolveWith), emptied for the next.
	split  map[string]nameSplit
	byWord map[string][]int
	// The tagger's working memory and tag names, when a document used
	// them (see tagOf).
	window       tagWindowBuf
	tagNames     []string
	low          []byte // where lowerTextInto lowers the text
	thats, calls []int  // findCues' spots
	paras        []paragraph
	sents        []sentence
	marks        []markQuote
	cues         []cue
}

// maxPooledTokens bounds the buffers kept for the next document, so that one
// huge document does not pin its memory for the rest of a run.
const maxPooledTokens = 1 << 20

var bufferPool = sync.Pool{New: func() any { return new(buffers) }}

// fill sets every element of s to v.
func fill(s []int32, v int32) {
	for i := range s {
		s[i] = v
	}
}

// resize returns s with length n, reusing its memory when it can, zeroed.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// pooledMap returns m emptied for the next document, or nil when it grew
// so large that emptying it would cost more than building a new one.
func pooledMap[V any](m map[string]V) map[string]V {
	if len(m) > 1<<12 {
		return nil
	}
	clear(m)
	return m
}

// release hands d's buffers back for the next document. d must not be
// used afterwards.
func (d *doc) release() {
	if d.buf == nil || cap(d.toks) > maxPooledTokens {
		return
	}
	window, tagNames := d.buf.window, d.buf.tagNames
	if d.tagsUsed {
		// The words of the last window are the document's text, which
		// the pool should not keep alive.
		window, tagNames = d.window, d.tagNames[:0]
		clear(window.words[:cap(window.words)])
		clear(window.scratch.ctx[:cap(window.scratch.ctx)])
		clear(window.scratch.tokens[:cap(window.scratch.tokens)])
	}
	low := d.buf.low
	if cap(low) > maxPooledTokens*8 {
		low = nil
	}
	*d.buf = buffers{toks: d.toks[:0], sentOf: d.sentOf[:0], paraOf: d.paraOf[:0], tags: d.tags[:0], low: low[:0],
		thats: d.buf.thats[:0], calls: d.buf.calls[:0],
		paras: d.paras[:0], sents: d.sents[:0], marks: d.marks[:0], cues: d.cues[:0],
		split: pooledMap(d.buf.split), byWord: pooledMap(d.buf.byWord), window: window, tagNames: tagNames}
	bufferPool.Put(d.buf)
	d.buf = nil
}

// newDoc analyses text. buf, if not nil, lends the memory of an earlier
// document's buffers (see release).
func newDoc(text string, lex *cueLexicon, tagger wordTagger, reg Register, buf *buffers) *doc {
	d := &doc{text: text, tagger: tagger, buf: buf}
	if buf == nil {
		buf = &buffers{}
	}
	d.toks, d.paras = scan(text, buf.toks[:0], buf.paras[:0])
	d.tags = buf.tags[:0] // made the right length on first use, in tagOf
	d.w = words{text: text, toks: d.toks}
	d.w.low, d.w.odd, buf.low = lowerTextInto(buf.low, text)
	d.w.lowerOddTokens()
	d.register = reg
	if reg == RegisterAuto {
		d.register = d.guessRegister()
	}
	d.marks = pairMarksInto(buf.marks[:0], text, d.toks, d.paras, d.register == RegisterNews)
	if d.register == RegisterFiction {
		d.marks = addDashTurns(text, d.toks, d.paras, d.marks)
		d.marks = splitAsides(text, d.marks)
	}
	d.marksSorted = slices.IsSortedFunc(d.marks, func(a, b markQuote) int { return cmp.Compare(a.Open.Start, b.Open.Start) })
	d.sents = sentences(buf.sents[:0], text, d.toks, d.paras, d.inQuote)
	d.sentOf = resize(buf.sentOf, len(d.toks))
	for si, s := range d.sents {
		fill(d.sentOf[s.First:s.Last], int32(si))
	}
	d.paraOf = resize(buf.paraOf, len(d.toks))
	for pi, p := range d.paras {
		fill(d.paraOf[p.First:p.Last], int32(pi))
	}
	spots := cueSpots{thats: buf.thats[:0], calls: buf.calls[:0]}
	d.cues = lex.findCues(buf.cues[:0], d.w, d.inQuote, &spots)
	if d.register != RegisterFiction {
		d.cues = d.presentCalls(d.cues, spots.calls)
		d.cues = d.pluralThatCues(d.cues, spots.thats)
	}
	buf.thats, buf.calls = spots.thats, spots.calls
	d.thats = spots.thats
	return d
}

// callObjects open the object of "call" as a verb that names what someone
// is ("critics call it a mouthpiece", "calls himself a socialist").
var callObjects = setOf("him her it them this himself herself itself themselves")

// presentCalls adds the present forms of "call" where they are the verb of
// "X calls Y Z": the lexicon takes only "called", as "calls" and "call" are
// mostly nouns ("phone calls", "a call to"), but with the tagger's verb
// reading and an object after it the present reports as the past does.
//
// calls are the tokens that are those forms, found by findCues.
func (d *doc) presentCalls(cues []cue, calls []int) []cue {
	w := d.w
	var add []cue
	for _, i := range calls {
		l := w.lower(i)
		if !w.isWord(i+1) || d.inQuote(d.toks[i].Start) {
			continue
		}
		if !callObjects[w.lower(i+1)] && !(w.isCap(i+1) && !d.sentenceStart(i+1)) {
			continue
		}
		// "calling them rapists", "calling Roe a fraud": the gerund, a
		// noun only in "a calling".
		if l == "calling" {
			if d.tagOf(i) == "VBG" {
				add = append(add, d.tokenCue(i, "call", formGerund, classAct))
			}
			continue
		}
		if t := d.tagOf(i); t != "VBZ" && t != "VBP" {
			continue
		}
		add = append(add, d.tokenCue(i, "call", formFinite, classAct))
	}
	if len(add) == 0 {
		return cues
	}
	cues = append(cues, add...)
	sort.SliceStable(cues, func(a, b int) bool { return cues[a].Tok < cues[b].Tok })
	return cues
}

// pluralThatCues adds the base form of a speech verb that is also a noun
// where a plural subject stands before it and "that" after it: "Critics
// charge that …", "Scholars caution that …" ("the state that …" is a
// noun). News reports groups this way; in fiction "that" after a plural
// is mostly a relative pronoun.
//
// thats are the tokens that are "that", found by findCues.
func (d *doc) pluralThatCues(cues []cue, thats []int) []cue {
	w := d.w
	var add []cue
	for _, k := range thats {
		i := k - 1
		if i < 1 || !w.isWord(i) || !w.isWord(i-1) || d.inQuote(d.toks[i].Start) {
			continue
		}
		l := w.lower(i)
		if !nounLike[l] || l == "answer" || !speechVerbLemmas[l] {
			continue
		}
		if p := w.lower(i - 1); !pluralPronouns[p] && !(len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !possessiveNoun(w.word(i-1))) {
			continue
		}
		c := d.tokenCue(i, l, formFinite, classSpeech)
		c.NounForm = true
		add = append(add, c)
	}
	if len(add) == 0 {
		return cues
	}
	cues = append(cues, add...)
	sort.SliceStable(cues, func(a, b int) bool { return cues[a].Tok < cues[b].Tok })
	return cues
}

// pluralPronouns may stand before the base form of a verb: "they counter
// that …".
var pluralPronouns = setOf(`they we i you who`)

// speechVerbLemmas are the lemmas of speechVerbs.
var speechVerbLemmas = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range speechVerbs {
		m[v[0]] = true
	}
	return m
}()

// quoteAt returns the index of the direct quotation whose marks enclose
// byte offset off, or -1.
//
// The rules ask about offset after offset in one stretch of text, most
// often between the same two marks as last time: quoteMemo keeps the
// answer with the offsets [lo, hi) that share it, a check small enough
// to inline, and only an offset outside them searches the marks.
func (d *doc) quoteAt(off int) int {
	if off < d.quoteMemo.lo || off >= d.quoteMemo.hi {
		return d.searchQuote(off)
	}
	return d.quoteMemo.at
}

// quoteMemo is quoteAt's memory: the answer at and the offsets [lo, hi)
// that share it (none while lo and hi are 0). newDoc sets d.marks for
// good before anything asks quoteAt, so no answer outlives its marks.
type quoteMemo struct {
	lo, hi, at int
}

// searchQuote is quoteAt past its memo: a binary search of the marks.
func (d *doc) searchQuote(off int) int {
	marks := d.marks
	k := sort.Search(len(marks), func(i int) bool { return marks[i].Open.Start > off }) - 1
	// The offsets up to the next mark's opening share the answer: inside
	// mark k up to its end, after it (or before the first) -1.
	lo, hi := 0, math.MaxInt
	if k+1 < len(marks) {
		hi = marks[k+1].Open.Start
	}
	at := -1
	if k >= 0 {
		q := &marks[k]
		end := q.Close.End
		if q.Continues {
			end = q.Inner.End
		}
		if off < end {
			at, lo, hi = k, q.Open.Start, min(hi, end)
		} else {
			lo = max(end, q.Open.Start)
		}
	}
	if d.marksSorted {
		d.quoteMemo = quoteMemo{lo: lo, hi: hi, at: at}
	}
	return at
}

func (d *doc) inQuote(off int) bool { return d.quoteAt(off) >= 0 }

// tokenAt returns the index of the first token starting at or after off.
//
// The rules ask it a few hundred times a document, three times in four of
// an offset asked before (the marks of the quotation at hand): tokenMemo
// keeps recent answers, and only a miss searches the tokens.
func (d *doc) tokenAt(off int) int {
	e := &d.tokenMemo[(off^off>>5)&(len(d.tokenMemo)-1)]
	if int(e[0]) == off+1 {
		return int(e[1])
	}
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= off })
	if off >= 0 && off < math.MaxInt32 {
		*e = [2]int32{int32(off + 1), int32(i)}
	}
	return i
}

// tagWindow is how many tokens on each side of a token the tagger sees
// when a rule asks for that token's tag: enough context for its features
// (two words and two tags either side), and no more, which keeps tagging
// off the hot path.
const tagWindow = 4

// tagOf returns the part-of-speech tag of token i, tagging a short window
// of its sentence around it on first use.
func (d *doc) tagOf(i int) string {
	if d.tagger == nil || i < 0 || i >= len(d.toks) {
		return ""
	}
	if !d.tagsUsed {
		d.tagsUsed = true
		d.tags = resize(d.tags, len(d.toks))
		if d.buf != nil {
			d.window, d.tagNames = d.buf.window, d.buf.tagNames[:0]
		}
	}
	if d.tags[i] == 0 {
		s := d.sents[d.sentOf[i]]
		first, last := max(s.First, i-tagWindow), min(s.Last, i+tagWindow+1)
		words, tags := d.window.words[:0], d.window.tags[:0]
		for _, t := range d.toks[first:last] {
			words, tags = append(words, d.text[t.Start:t.End]), append(tags, "")
		}
		d.window.words, d.window.tags = words, tags
		// Keep the tags of the middle, where the tagger saw both sides,
		// that no window gave before.
		keep := func(at int) bool {
			return d.tags[at] == 0 && (at-first >= 2 || first == s.First) && (last-at > 2 || last == s.Last)
		}
		// A tag depends on no tag after it, so the tagger stops at i or
		// at the last tag kept after it: the tags after i are worked out
		// only for tokens no window has tagged yet.
		need := i - first + 1
		for at := last - 1; at > i; at-- {
			if keep(at) {
				need = at - first + 1
				break
			}
		}
		d.tagger.tag(&d.window.scratch, words, tags[:need])
		for k := range need {
			if at := first + k; keep(at) {
				d.tags[at] = d.tagID(tags[k])
			}
		}
		if d.tags[i] == 0 {
			d.tags[i] = d.tagID(tags[i-first])
		}
		if d.tags[i] == 0 {
			return tags[i-first]
		}
	}
	return d.tagNames[d.tags[i]-1]
}

// tagID returns the number tags stores for tag.
func (d *doc) tagID(tag string) uint8 {
	k := slices.Index(d.tagNames, tag)
	if k < 0 {
		if len(d.tagNames) == 255 {
			return 0 // a tag set this large is no tag set: leave the token untagged
		}
		k = len(d.tagNames)
		d.tagNames = append(d.tagNames, tag)
	}
	return uint8(k + 1)
}

// nounHead reports whether token i can head a noun phrase. Function words
// are answered without asking the tagger, which is most of the calls.
func (d *doc) nounHead(i int) bool {
	if i >= 0 && i < len(d.toks) && d.w.in(i, classFunction) {
		return false
	}
	switch d.tagOf(i) {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// modifier reports whether token i can modify a noun inside a phrase.
func (d *doc) modifier(i int) bool {
	switch d.tagOf(i) {
	case "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "VBN", "PRP$":
		return true
	}
	return false
}

// functionWords are closed-class words that never head a noun phrase.
var functionWords = setOf(`a an the and or but nor so yet for of in on at to from by with
about as into onto upon over under after before since until while because although though
if unless than that which who whom whose what when where why how whether this these those
it its he him his she her they them their we us our you your i me my is are was were be been
being am has have had do does did will would shall should can could may might must not no
never also just very too only even still then there here now again once ever always often
more most less least much many some any all each every both either neither such own other
said says say told tells added adds afterwards afterward presently soon later meanwhile thereupon`)
