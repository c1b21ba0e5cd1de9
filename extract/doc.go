package extract

import (
	"sort"

	"github.com/jdkato/prose/v3/tag"
	ptoken "github.com/jdkato/prose/v3/token"
)

// doc is one text under analysis: its tokens, paragraphs, sentences,
// quotation marks and cues, computed once and shared by the rules.
type doc struct {
	text      string
	w         words
	toks      []token
	paras     []paragraph
	sents     []sentence
	marks     []markQuote
	cues      []cue
	register  Register
	lowerSeen map[string]bool   // see usedInLowerCase
	capsSeen  map[string][2]int // see capsInside
	// mentionSents and mentionSentsN are prevBySentence's index.
	mentionSents  map[int32][]int
	mentionSentsN int
	sentOf        []int32 // token index -> sentence index
	paraOf        []int32 // token index -> paragraph index

	tagger *tag.Tagger
	tags   []string // part-of-speech tag per token, filled on demand
}

func newDoc(text string, lex cueLexicon, tagger *tag.Tagger, reg Register) *doc {
	d := &doc{text: text, tagger: tagger}
	d.toks, d.paras = scan(text)
	d.w = words{text: text, toks: d.toks, low: make([]string, len(d.toks))}
	d.register = reg
	if reg == RegisterAuto {
		d.register = d.guessRegister()
	}
	d.marks = pairMarks(text, d.toks, d.paras)
	if d.register == RegisterFiction {
		d.marks = addDashTurns(text, d.toks, d.paras, d.marks)
	}
	d.sents = sentences(text, d.toks, d.paras, d.inQuote)
	d.sentOf = make([]int32, len(d.toks))
	for si, s := range d.sents {
		for i := s.First; i < s.Last; i++ {
			d.sentOf[i] = int32(si)
		}
	}
	d.paraOf = make([]int32, len(d.toks))
	for pi, p := range d.paras {
		for i := p.First; i < p.Last; i++ {
			d.paraOf[i] = int32(pi)
		}
	}
	d.cues = lex.findCues(text, d.toks, d.inQuote)
	return d
}

// quoteAt returns the index of the direct quotation whose marks enclose
// byte offset off, or -1.
func (d *doc) quoteAt(off int) int {
	k := sort.Search(len(d.marks), func(i int) bool { return d.marks[i].Open.Start > off }) - 1
	if k < 0 {
		return -1
	}
	q := d.marks[k]
	end := q.Close.End
	if q.Continues {
		end = q.Inner.End
	}
	if off < end {
		return k
	}
	return -1
}

func (d *doc) inQuote(off int) bool { return d.quoteAt(off) >= 0 }

// tokenAt returns the index of the first token starting at or after off.
func (d *doc) tokenAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= off })
}

// tagWindow is how many tokens on each side of a token the tagger sees
// when a rule asks for that token's tag: enough context for its features
// (two words and two tags either side), and no more, which keeps tagging
// off the hot path.
const tagWindow = 8

// tagOf returns the part-of-speech tag of token i, tagging a short window
// of its sentence around it on first use.
func (d *doc) tagOf(i int) string {
	if d.tagger == nil || i < 0 || i >= len(d.toks) {
		return ""
	}
	if d.tags == nil {
		d.tags = make([]string, len(d.toks))
	}
	if d.tags[i] == "" {
		s := d.sents[d.sentOf[i]]
		first, last := max(s.First, i-tagWindow), min(s.Last, i+tagWindow+1)
		pt := make([]ptoken.Token, last-first)
		for k := range pt {
			t := d.toks[first+k]
			pt[k] = ptoken.Token{Text: d.text[t.Start:t.End], Start: t.Start}
		}
		d.tagger.TagTokens(pt)
		// Keep the tags of the middle, where the tagger saw both sides.
		for k := range pt {
			at := first + k
			if d.tags[at] == "" && (at-first >= 2 || first == s.First) && (last-at > 2 || last == s.Last) {
				d.tags[at] = pt[k].Tag
			}
		}
		if d.tags[i] == "" {
			d.tags[i] = pt[i-first].Tag
		}
	}
	return d.tags[i]
}

// nounHead reports whether token i can head a noun phrase. Function words
// are answered without asking the tagger, which is most of the calls.
func (d *doc) nounHead(i int) bool {
	if i >= 0 && i < len(d.toks) && functionWords[d.w.lower(i)] {
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
said says say told tells added adds`)
