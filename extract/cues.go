package extract

import (
	"sort"
	"strings"
)

// cueForm is the grammatical form of a cue verb, which decides the
// patterns it can take part in.
type cueForm uint8

const (
	formFinite    cueForm = iota // said, says, told, adds
	formBase                     // say (after "will", "to", "did")
	formGerund                   // saying, adding
	formAccording                // according to
)

// cueClass says how reliable a cue is as a sign of reported speech.
type cueClass uint8

const (
	// classSpeech verbs report speech wherever they stand.
	classSpeech cueClass = iota
	// classAct verbs report a speech act; they count only in a sentence
	// with no stronger cue.
	classAct
	// classManner verbs ("cried", "laughed", "returned") report speech only
	// right beside a direct quotation, as in fiction's "…," she cried.
	classManner
)

// cue is a speech verb or phrase found in the text.
type cue struct {
	Span
	Lemma string
	Form  cueForm
	Class cueClass
	// Object is set for verbs that take the hearer as object ("told
	// reporters that …").
	Object bool
	// Tok and LastTok are the cue's token range.
	Tok, LastTok int
	// NounForm is set for the present form or gerund of a verb that is also a
	// common noun, read as a verb only before "that" (thatVerbs).
	NounForm bool
}

// tokenCue is a cue of the one token k, for a verb a rule reads as a cue
// where the lexicon's forms do not reach it.
func (d *doc) tokenCue(k int, lemma string, form cueForm, class cueClass) cue {
	t := d.toks[k]
	return cue{Span: Span{t.Start, t.End}, Lemma: lemma, Form: form, Class: class, Tok: k, LastTok: k}
}

type cueEntry struct {
	lemma  string
	form   cueForm
	class  cueClass
	object bool
	// particle is a word that must follow ("pointed out", "made clear").
	particle string
	// past is set for the past form ("said"), which no possessive precedes.
	past bool
}

// cueLexicon maps word forms to speech cues.
type cueLexicon struct {
	forms map[string][]cueEntry
	// may holds the forms, those of thatVerbs and "reports": every word
	// findCues looks up, so that most words skip the map.
	may wordFilter
}

// wordFilter is a set of words that may answer "maybe" for a word not in
// it, never "no" for one in it: one bit per hash of a word's length and
// three of its bytes. Testing a word costs a multiplication where a map
// look-up hashed the whole string and compared it.
type wordFilter [1 << 16 / 64]uint64

// wordFilterHash hashes w, which must not be empty, to a bit of a
// wordFilter.
func wordFilterHash(w string) uint32 {
	h := uint32(w[0]) | uint32(w[len(w)/2])<<8 | uint32(w[len(w)-1])<<16 | uint32(len(w))<<24
	return (h * 0x9E3779B1) >> 16
}

func (f *wordFilter) add(w string) {
	h := wordFilterHash(w)
	f[h/64] |= 1 << (h % 64)
}

// mayHold reports whether w may be in the set: false means it is not.
func (f *wordFilter) mayHold(w string) bool {
	if w == "" {
		return false
	}
	h := wordFilterHash(w)
	return f[h/64]&(1<<(h%64)) != 0
}

// verb forms: lemma, 3rd person, past, gerund.
var speechVerbs = [][4]string{
	{"say", "says", "said", "saying"},
	{"tell", "tells", "told", "telling"},
	{"add", "adds", "added", "adding"},
	{"note", "notes", "noted", "noting"},
	{"argue", "argues", "argued", "arguing"},
	{"warn", "warns", "warned", "warning"},
	{"stress", "stresses", "stressed", "stressing"},
	{"explain", "explains", "explained", "explaining"},
	{"claim", "claims", "claimed", "claiming"},
	{"insist", "insists", "insisted", "insisting"},
	{"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
	{"admit", "admits", "admitted", "admitting"},
	{"announce", "announces", "announced", "announcing"},
	{"assert", "asserts", "asserted", "asserting"},
	{"declare", "declares", "declared", "declaring"},
	{"emphasize", "emphasizes", "emphasized", "emphasizing"},
	{"emphasise", "emphasises", "emphasised", "emphasising"},
	{"suggest", "suggests", "suggested", "suggesting"},
	{"write", "writes", "wrote", "writing"},
	{"tweet", "tweets", "tweeted", "tweeting"},
	{"ask", "asks", "asked", "asking"},
	{"reply", "replies", "replied", "replying"},
	{"respond", "responds", "responded", "responding"},
	{"answer", "answers", "answered", "answering"},
	{"recall", "recalls", "recalled", "recalling"},
	{"conclude", "concludes", "concluded", "concluding"},
	{"contend", "contends", "contended", "contending"},
	{"maintain", "maintains", "maintained", "maintaining"},
	{"predict", "predicts", "predicted", "predicting"},
	{"promise", "promises", "promised", "promising"},
	{"report", "reports", "reported", "reporting"},
	{"reveal", "reveals", "revealed", "revealing"},
	{"testify", "testifies", "testified", "testifying"},
	{"urge", "urges", "urged", "urging"},
	{"caution", "cautions", "cautioned", "cautioning"},
	{"complain", "complains", "complained", "complaining"},
	{"concede", "concedes", "conceded", "conceding"},
	{"confirm", "confirms", "confirmed", "confirming"},
	{"deny", "denies", "denied", "denying"},
	{"observe", "observes", "observed", "observing"},
	{"remark", "remarks", "remarked", "remarking"},
	{"repeat", "repeats", "repeated", "repeating"},
	{"reiterate", "reiterates", "reiterated", "reiterating"},
	{"state", "states", "stated", "stating"},
	{"allege", "alleges", "alleged", "alleging"},
	{"charge", "charges", "charged", "charging"},
	{"counter", "counters", "countered", "countering"},
	{"demand", "demands", "demanded", "demanding"},
	{"agree", "agrees", "agreed", "agreeing"},
	{"boast", "boasts", "boasted", "boasting"},
	{"joke", "jokes", "joked", "joking"},
	{"quip", "quips", "quipped", "quipping"},
	{"muse", "muses", "mused", "musing"},
	{"vow", "vows", "vowed", "vowing"},
	{"pledge", "pledges", "pledged", "pledging"},
	{"proclaim", "proclaims", "proclaimed", "proclaiming"},
	{"recount", "recounts", "recounted", "recounting"},
	{"indicate", "indicates", "indicated", "indicating"},
	{"inform", "informs", "informed", "informing"},
	{"advise", "advises", "advised", "advising"},
	{"assure", "assures", "assured", "assuring"},
	{"mention", "mentions", "mentioned", "mentioning"},
	{"specify", "specifies", "specified", "specifying"},
	{"comment", "comments", "commented", "commenting"},
	{"speculate", "speculates", "speculated", "speculating"},
	{"estimate", "estimates", "estimated", "estimating"},
	{"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
	{"lament", "laments", "lamented", "lamenting"},
	{"shout", "shouts", "shouted", "shouting"},
	{"whisper", "whispers", "whispered", "whispering"},
	{"exclaim", "exclaims", "exclaimed", "exclaiming"},
	{"murmur", "murmurs", "murmured", "murmuring"},
	{"mutter", "mutters", "muttered", "muttering"},
	{"retort", "retorts", "retorted", "retorting"},
	{"scream", "screams", "screamed", "screaming"},
	{"yell", "yells", "yelled", "yelling"},
	{"snap", "snaps", "snapped", "snapping"},
	{"declare", "declares", "declared", "declaring"},
	{"inquire", "inquires", "inquired", "inquiring"},
	{"enquire", "enquires", "enquired", "enquiring"},
	{"query", "queries", "queried", "querying"},
	{"rejoin", "rejoins", "rejoined", "rejoining"},
	{"interpose", "interposes", "interposed", "interposing"},
	{"interrupt", "interrupts", "interrupted", "interrupting"},
	{"protest", "protests", "protested", "protesting"},
	{"plead", "pleads", "pleaded", "pleading"},
	{"beg", "begs", "begged", "begging"},
	{"announce", "announces", "announced", "announcing"},
	{"wonder", "wonders", "wondered", "wondering"},
	{"speak", "speaks", "spoke", "speaking"},
	{"reason", "reasons", "reasoned", "reasoning"},
}

// actVerbs are speech acts whose object is what was said ("criticized his
// handling of the incident", "cited the report"); a weaker sign than "said".
var actVerbs = [][4]string{
	{"call", "calls", "called", "calling"},
	{"describe", "describes", "described", "describing"},
	{"criticize", "criticizes", "criticized", "criticizing"},
	{"criticise", "criticises", "criticised", "criticising"},
	{"accuse", "accuses", "accused", "accusing"},
	{"blame", "blames", "blamed", "blaming"},
	{"condemn", "condemns", "condemned", "condemning"},
	{"cite", "cites", "cited", "citing"},
	{"question", "questions", "questioned", "questioning"},
	{"propose", "proposes", "proposed", "proposing"},
	{"recommend", "recommends", "recommended", "recommending"},
	{"hint", "hints", "hinted", "hinting"},
	{"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
	{"threaten", "threatens", "threatened", "threatening"},
	{"dismiss", "dismisses", "dismissed", "dismissing"},
	{"denounce", "denounces", "denounced", "denouncing"},
	{"decry", "decries", "decried", "decrying"},
	{"deride", "derides", "derided", "deriding"},
	{"mock", "mocks", "mocked", "mocking"},
	{"ridicule", "ridicules", "ridiculed", "ridiculing"},
	{"assail", "assails", "assailed", "assailing"},
	{"lambaste", "lambastes", "lambasted", "lambasting"},
	{"tout", "touts", "touted", "touting"},
	{"label", "labels", "labeled", "labeling"},
	{"dub", "dubs", "dubbed", "dubbing"},
}

// mannerVerbs report speech only beside a direct quotation.
var mannerVerbs = [][4]string{
	{"cry", "cries", "cried", "crying"},
	{"return", "returns", "returned", "returning"},
	{"continue", "continues", "continued", "continuing"},
	{"laugh", "laughs", "laughed", "laughing"},
	{"sigh", "sighs", "sighed", "sighing"},
	{"smile", "smiles", "smiled", "smiling"},
	{"call", "calls", "called", "calling"},
	{"begin", "begins", "began", "beginning"},
	{"go", "goes", "went", "going"},
	{"gasp", "gasps", "gasped", "gasping"},
	{"groan", "groans", "groaned", "groaning"},
	{"growl", "growls", "growled", "growling"},
	{"sob", "sobs", "sobbed", "sobbing"},
	{"stammer", "stammers", "stammered", "stammering"},
	{"stutter", "stutters", "stuttered", "stuttering"},
	{"grumble", "grumbles", "grumbled", "grumbling"},
	{"roar", "roars", "roared", "roaring"},
	{"hiss", "hisses", "hissed", "hissing"},
	{"pursue", "pursues", "pursued", "pursuing"},
	{"resume", "resumes", "resumed", "resuming"},
	{"persist", "persists", "persisted", "persisting"},
	{"thunder", "thunders", "thundered", "thundering"},
	{"breathe", "breathes", "breathed", "breathing"},
	{"chuckle", "chuckles", "chuckled", "chuckling"},
	{"giggle", "giggles", "giggled", "giggling"},
	{"nod", "nods", "nodded", "nodding"},
	{"think", "thinks", "thought", "thinking"},
	{"hesitate", "hesitates", "hesitated", "hesitating"},
	{"urge", "urges", "urged", "urging"},
	{"sneer", "sneers", "sneered", "sneering"},
	{"bawl", "bawls", "bawled", "bawling"},
	{"blurt", "blurts", "blurted", "blurting"},
	{"finish", "finishes", "finished", "finishing"},
	{"conclude", "concludes", "concluded", "concluding"},
	{"explode", "explodes", "exploded", "exploding"},
	{"moan", "moans", "moaned", "moaning"},
	{"wail", "wails", "wailed", "wailing"},
	{"squeak", "squeaks", "squeaked", "squeaking"},
	{"drawl", "drawls", "drawled", "drawling"},
	{"grunt", "grunts", "grunted", "grunting"},
	{"snarl", "snarls", "snarled", "snarling"},
	{"sniff", "sniffs", "sniffed", "sniffing"},
	{"put", "puts", "put", "putting"},
	// "“Tonight?” Tom echoed." News echoes views ("echoed concerns"),
	// which only a quotation beside it makes speech; "in hoarse echo"
	// is a noun, so only "echoed" counts (nounLike).
	{"echo", "echoes", "echoed", "echoing"},
}

// phrasalCue is a verb, in its four forms, with the particle its speech
// sense needs.
type phrasalCue struct {
	forms    [4]string
	particle string
}

// phrasal cues are verbs whose speech sense needs a particle.
var phrasalVerbs = []phrasalCue{
	{[4]string{"point", "points", "pointed", "pointing"}, "out"},
	{[4]string{"make", "makes", "made", "making"}, "clear"},
	{[4]string{"spell", "spells", "spelled", "spelling"}, "out"},
	{[4]string{"go", "goes", "went", "going"}, "on"},
	{[4]string{"cry", "cries", "cried", "crying"}, "out"},
	{[4]string{"call", "calls", "called", "calling"}, "out"},
	{[4]string{"break", "breaks", "broke", "breaking"}, "in"},
	{[4]string{"chime", "chimes", "chimed", "chiming"}, "in"},
	{[4]string{"call", "calls", "called", "calling"}, "for"},
	{[4]string{"call", "calls", "called", "calling"}, "on"},
	{[4]string{"push", "pushes", "pushed", "pushing"}, "for"},
	{[4]string{"talk", "talks", "talked", "talking"}, "about"},
	{[4]string{"speak", "speaks", "spoke", "speaking"}, "about"},
	{[4]string{"speak", "speaks", "spoke", "speaking"}, "of"},
	{[4]string{"comment", "comments", "commented", "commenting"}, "on"},
	{[4]string{"complain", "complains", "complained", "complaining"}, "about"},
	{[4]string{"warn", "warns", "warned", "warning"}, "of"},
	{[4]string{"warn", "warns", "warned", "warning"}, "about"},
	{[4]string{"ask", "asks", "asked", "asking"}, "about"},
	{[4]string{"mention", "mentions", "mentioned", "mentioning"}, "of"},
	{[4]string{"write", "writes", "wrote", "writing"}, "about"},
}

// phrasalManner cues report speech, as manner verbs do, only right beside
// a direct quotation: "…," put in Tom; "…," broke out the old man.
var phrasalManner = []phrasalCue{
	{[4]string{"put", "puts", "put", "putting"}, "in"},
	{[4]string{"break", "breaks", "broke", "breaking"}, "out"},
	{[4]string{"strike", "strikes", "struck", "striking"}, "in"},
	{[4]string{"cut", "cuts", "cut", "cutting"}, "in"},
}

// nounLike verbs are also frequent nouns.
var nounLike = map[string]bool{
	"state": true, "report": true, "charge": true, "counter": true, "answer": true,
	"demand": true, "comment": true, "estimate": true, "reason": true,
	"remark": true, "query": true, "return": true, "call": true,
	"nod": true, "smile": true, "laugh": true, "sigh": true, "cry": true, "go": true,
	"put": true, "think": true, "finish": true, "begin": true, "continue": true, "speak": true,
	"protest": true, "joke": true, "wonder": true, "whisper": true,
	"shout": true, "scream": true, "yell": true, "snap": true, "mutter": true, "murmur": true,
	"repeat": true, "sob": true, "roar": true, "hiss": true, "moan": true, "wail": true,
	"squeak": true, "drawl": true, "grunt": true, "snarl": true, "sniff": true, "thunder": true,
	"reply": true, "caution": true,
	"resume": true, "persist": true, "groan": true, "growl": true, "gasp": true, "chuckle": true,
	"giggle": true, "sneer": true, "explode": true, "quip": true, "muse": true,
	"lament": true, "attack": true, "question": true, "challenge": true,
	"praise": true, "blame": true, "hint": true, "dismiss": true, "defend": true,
	"mock": true, "label": true, "echo": true,
}

// verbOnlyGerunds are gerunds of nounLike verbs that are no noun
// themselves: "…, stating there was a benefit" is the verb's, though "the
// state" is a noun.
var verbOnlyGerunds = setOf(`stating`)

// thatVerbs maps the present form and the gerund of each speech verb that
// nounLike keeps out of the lexicon to its entry: "The Ledger reports that
// …", "Vasko estimates that …" read as verbs where a name or a pronoun
// stands before the form and "that" after it, and "…, joking that …"
// wherever "that" follows; "the reports that …", "the charges that …" are
// nouns.
var thatVerbs = func() map[string]cueEntry {
	m := map[string]cueEntry{}
	for _, v := range speechVerbs {
		// "How he answers that question": "that" after "answer" is
		// mostly a determiner.
		if nounLike[v[0]] && v[0] != "answer" {
			m[v[1]] = cueEntry{lemma: v[0], form: formFinite}
			m[v[3]] = cueEntry{lemma: v[0], form: formGerund}
		}
	}
	return m
}()

// thatSubjects are the pronouns that may stand before a form of thatVerbs.
var thatSubjects = setOf(`he she it who which`)

// defaultCues is the lexicon every Extractor shares; it is read-only.
var defaultCues = buildCueLexicon()

func buildCueLexicon() *cueLexicon {
	lex := map[string][]cueEntry{}
	add := func(forms [4]string, class cueClass, particle string) {
		lemma := forms[0]
		if particle != "" {
			lemma += " " + particle
		}
		object := forms[0] == "tell" || forms[0] == "inform" || forms[0] == "assure" || forms[0] == "advise" || forms[0] == "warn" || forms[0] == "remind" || forms[0] == "ask" || forms[0] == "urge"
		for i, f := range forms {
			// Verbs that double as common nouns ("the state", "reports")
			// count only in their past form, which is unambiguous.
			if nounLike[forms[0]] && particle == "" && i != 2 && !(i == 3 && verbOnlyGerunds[f]) {
				continue
			}
			form := formFinite
			switch i {
			case 0:
				form = formBase
			case 3:
				form = formGerund
			}
			lex[f] = append(lex[f], cueEntry{lemma: lemma, form: form, class: class, object: object, particle: particle, past: i == 2})
		}
	}
	for _, v := range speechVerbs {
		add(v, classSpeech, "")
	}
	for _, v := range actVerbs {
		add(v, classAct, "")
	}
	for _, v := range mannerVerbs {
		add(v, classManner, "")
	}
	for _, v := range phrasalVerbs {
		add(v.forms, classSpeech, v.particle)
	}
	for _, v := range phrasalManner {
		add(v.forms, classManner, v.particle)
	}
	// Phrasal entries go first so that "went on" wins over "went".
	for w, es := range lex {
		sort.SliceStable(es, func(i, j int) bool { return es[i].particle != "" && es[j].particle == "" })
		lex[w] = es
	}
	lex["according"] = []cueEntry{{lemma: "according to", form: formAccording, class: classSpeech, particle: "to"}}
	out := &cueLexicon{forms: lex}
	for w := range lex {
		out.may.add(w)
	}
	for w := range thatVerbs {
		out.may.add(w)
	}
	out.may.add("reports")
	return out
}

// findCues appends to out the speech cues among toks, outside direct
// quotations.
// A nil lexicon finds none. On the way it lists in spots the tokens that
// presentCalls and pluralThatCues look at, which spares them a pass of
// their own over every token.
func (lex *cueLexicon) findCues(out []cue, w words, inQuote func(int) bool, spots *cueSpots) []cue {
	if lex == nil {
		lex = &noCues
	}
	text, toks := w.text, w.toks
	for i := range toks {
		t := &toks[i]
		n := t.End - t.Start
		if t.Kind != tokWord || n < 2 || n > 12 {
			continue
		}
		// w.lower(i), with the token in hand.
		var l string
		if w.oddLow != nil {
			l = w.oddLow[i]
		} else if l = w.low[t.Start:t.End]; l[len(l)-1] == '.' {
			l = l[:len(l)-1]
		}
		spots.note(i, n, l)
		if !lex.may.mayHold(l) {
			continue
		}
		entries, ok := lex.forms[l]
		if !ok {
			// A gerund needs no subject before it: "…, joking that …".
			// "that" comes first: it follows few tokens, so most skip the map;
			// the length test ("that" or "that.") spares most the lowering.
			if w.isThat(i + 1) {
				if e, ok := thatVerbs[l]; ok && !inQuote(t.Start) &&
					(e.form == formGerund || w.isWord(i-1) && (w.isCap(i-1) && !possessiveNoun(text[toks[i-1].Start:toks[i-1].End]) || thatSubjects[w.lower(i-1)])) {
					c := cue{Span: Span{t.Start, t.End}, Lemma: e.lemma, Form: e.form, Class: classSpeech, Tok: i, LastTok: i, NounForm: true}
					out = append(out, c)
				}
			}
			// "…, Ann Roe reports." ends the sentence on the verb after
			// a name set off by a comma; "according to its FEC reports."
			// and "two reports." are nouns. "The Dover Ledger reports:":
			// after a name, in lower case, before a colon, the verb
			// introduces what follows.
			if l == "reports" && i+1 < len(toks) && !inQuote(t.Start) &&
				(w.isPunct(i+1, ".") && namedAfterComma(w, i) ||
					w.isPunct(i+1, ":") && !w.isCap(i) && w.isWord(i-1) && w.isCap(i-1) && !possessiveNoun(text[toks[i-1].Start:toks[i-1].End])) {
				out = append(out, cue{Span: Span{t.Start, t.End}, Lemma: "report", Form: formFinite, Class: classSpeech, Tok: i, LastTok: i})
			}
			continue
		}
		if inQuote(t.Start) {
			continue
		}
		// "Editor's note:", "the senator's claims": after a possessive a
		// present form is a noun. ("He's said" is "he has said".)
		// A noun still reports with its clause: "Varga's claim that …",
		// "his call to ban …".
		afterPossessive := i > 0 && toks[i-1].Kind == tokWord && possessiveNoun(text[toks[i-1].Start:toks[i-1].End]) &&
			!(i+1 < len(toks) && toks[i+1].Kind == tokWord && (strings.EqualFold(text[toks[i+1].Start:toks[i+1].End], "that") || strings.EqualFold(text[toks[i+1].Start:toks[i+1].End], "to")))
		for _, e := range entries {
			if afterPossessive && !e.past {
				continue
			}
			form := e.form
			// "they say", "analysts warn": the base form is finite unless
			// it follows "to".
			if form == formBase && !(i > 0 && toks[i-1].Kind == tokWord && strings.EqualFold(text[toks[i-1].Start:toks[i-1].End], "to")) {
				form = formFinite
			}
			c := cue{Span: Span{t.Start, t.End}, Lemma: e.lemma, Form: form, Class: e.class, Object: e.object, Tok: i, LastTok: i}
			if e.particle != "" {
				// The particle may follow at once or after a short object
				// ("made it clear").
				j := i + 1
				found := false
				for ; j < len(toks) && j <= i+2; j++ {
					if toks[j].Kind == tokWord && strings.EqualFold(text[toks[j].Start:toks[j].End], e.particle) {
						found = true
						break
					}
				}
				if !found {
					continue
				}
				c.End, c.LastTok = toks[j].End, j
			}
			out = append(out, c)
			break
		}
	}
	return out
}

// noCues is the empty lexicon.
var noCues cueLexicon

// cueSpots lists the tokens that rules adding cues after findCues start
// from, in text order: the word "that" (see isThat) and the present forms
// of "call" (see presentCalls).
type cueSpots struct {
	thats, calls []int
}

// note files word token i, n bytes long, whose lower case is l, if it is
// a spot. Every word token of two to twelve bytes must be noted, in order.
func (s *cueSpots) note(i, n int, l string) {
	if l == "" {
		return
	}
	// The first letter rules out most words.
	switch l[0] {
	case 't':
		// "that" or "that.": a capital or small "t" and ASCII, as no
		// other character lowers to these letters.
		if l == "that" && n <= len("that.") {
			s.thats = append(s.thats, i)
		}
	case 'c':
		// "calling." is the longest form, 8 bytes.
		if n >= 4 && n <= 8 && (l == "calls" || l == "call" || l == "calling") {
			s.calls = append(s.calls, i)
		}
	}
}

// isThat reports whether token i is the word "that". The length and the
// first letter, which only "t" and "T" lower to, spare nearly every token
// the lowering: rules that scan every token ask it of the next.
func (w *words) isThat(i int) bool {
	if !w.isWord(i) {
		return false
	}
	t := w.toks[i]
	if t.End-t.Start > len("that.") || w.text[t.Start]|0x20 != 't' {
		return false
	}
	return w.lower(i) == "that"
}

// possessiveNoun reports whether w is a possessive ("Editor's", "Varga’s")
// rather than a contraction of "is" or "has" ("he's", "that’s").
func possessiveNoun(w string) bool {
	var stem string
	switch {
	case strings.HasSuffix(w, "'s"):
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "’s"):
		stem = w[:len(w)-len("’s")]
	default:
		return false
	}
	switch strings.ToLower(stem) {
	case "he", "she", "it", "that", "there", "who", "what", "here", "where", "this", "let":
		return false
	}
	return stem != ""
}

// namedAfterComma reports whether the words before token i are a name, in
// capitals save "the" and particles such as "de", that follows a comma:
// ", the Daily Ledger", ", Ann Roe".
func namedAfterComma(w words, i int) bool {
	if !w.isWord(i-1) || !w.isCap(i-1) {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		if w.isPunct(k, ",") {
			return k < i-1
		}
		if !w.isWord(k) {
			return false
		}
		switch l := w.lower(k); {
		case w.isCap(k) && l != "according":
		case l == "the" || l == "de" || l == "van" || l == "von":
		default:
			return false
		}
	}
	return false
}
