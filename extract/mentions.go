package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mentionKind says how a mention names its entity.
type mentionKind uint8

const (
	mentionName    mentionKind = iota // "Qian Xiaoqian", "Mr. Quillby", "China News Service"
	mentionPronoun                    // "he", "she", "they"
	mentionNominal                    // "the minister", "a spokeswoman for the ministry"
)

type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
	genderPlural
	genderNeuter
)

// mention is a stretch of text that can name a speaker.
type mention struct {
	Span
	Kind mentionKind
	// First and Last are the token range [First, Last) of the mention.
	First, Last int
	// Name is the name without job titles ("Zhang Yesui" for "Chinese
	// Ambassador to the United States Zhang Yesui").
	Name   string
	Org    bool
	Gender gender
	// The is set when the text writes the name after "the": "the
	// Saddler", "the Nameless Man", a character known by a title.
	The bool
	// Trimmed is set when trimName dropped a sentence-initial word that
	// may have been part of the name: "Big Kettle" opening a sentence.
	Trimmed bool
}

var subjectPronouns = map[string]gender{
	"he": genderMale, "she": genderFemale, "they": genderPlural, "we": genderPlural,
	"i": genderUnknown, "it": genderNeuter,
}

// contracted returns the pronoun of a pronoun contracted with its
// auxiliary, "he" of "he's said", "they" of "they've argued", which the
// tokens keep as one word; any other word as it is. News writes "he's
// said" of whom it reports; a story's narration has its own ways with
// them, left as they were.
func (d *doc) contracted(l string) string {
	if d.register == RegisterFiction {
		return l
	}
	for _, suf := range []string{"'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'re", "’re"} {
		if p, ok := strings.CutSuffix(l, suf); ok {
			if _, pron := subjectPronouns[p]; pron || p == "who" {
				return p
			}
			return l
		}
	}
	return l
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
	"another": true, "one": true, "some": true, "many": true, "several": true, "most": true,
	"both": true, "each": true, "two": true, "three": true, "four": true, "other": true, "few": true,
}

// stopCaps are capitalised words that start sentences but never names.
var stopCaps = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "or": true, "so": true, "yet": true,
	"in": true, "on": true, "at": true, "for": true, "with": true, "as": true, "after": true,
	"before": true, "when": true, "while": true, "if": true, "although": true, "though": true,
	"meanwhile": true, "however": true, "still": true, "also": true, "then": true, "now": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "it": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "you": true, "there": true, "here": true, "what": true, "why": true,
	"how": true, "who": true, "where": true, "yes": true, "no": true, "oh": true, "well": true,
	"by": true, "from": true, "to": true, "of": true, "said": true, "says": true, "according": true,
	"even": true, "instead": true, "indeed": true, "last": true, "since": true, "because": true,
	"both": true, "all": true, "some": true, "many": true, "one": true, "like": true, "unlike": true,
	"during": true, "under": true, "over": true, "about": true, "asked": true, "told": true,
	"speaking": true, "writing": true, "today": true, "yesterday": true, "tomorrow": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "dear": true, "sir": false, "do": true, "did": true,
	"is": true, "was": true, "will": true, "would": true, "can": true, "could": true,
}

// honorifics stay part of a name: "Mr. Quillby" is not "Quillby"'s father.
// A rank a story calls a man by, "Major Hale", is one too: the story goes
// on to call him "the Major", and the name it gives him is with the rank.
var honorifics = map[string]gender{
	"mr": genderMale, "mrs": genderFemale, "ms": genderFemale, "miss": genderFemale,
	"dr": genderUnknown, "sir": genderMale, "lady": genderFemale, "lord": genderMale,
	"madame": genderFemale, "mme": genderFemale, "mlle": genderFemale, "madam": genderFemale,
	"master": genderMale, "dame": genderFemale, "monsieur": genderMale, "aunt": genderFemale,
	"uncle": genderMale, "mx": genderUnknown, "captain": genderUnknown, "colonel": genderUnknown, "major": genderUnknown,
	"father": genderMale, "mother": genderFemale, "sister": genderFemale, "brother": genderMale,
	"king": genderMale, "queen": genderFemale, "prince": genderMale, "princess": genderFemale,
	"count": genderMale, "countess": genderFemale, "duke": genderMale, "duchess": genderFemale,
	"mistress": genderFemale, "professor": genderUnknown, "messrs": genderPlural, "mesdames": genderPlural,
	"mademoiselle": genderFemale, "herr": genderMale, "frau": genderFemale, "fraulein": genderFemale,
	"fräulein": genderFemale, "signor": genderMale, "signora": genderFemale, "signorina": genderFemale,
	"senor": genderMale, "señor": genderMale, "senora": genderFemale, "señora": genderFemale,
	"senorita": genderFemale, "señorita": genderFemale,
}

// jobTitles come before a name and are not part of it.
var jobTitles = map[string]bool{
	"president": true, "vice": true, "secretary": true, "minister": true, "ambassador": true,
	"senator": true, "sen": true, "rep": true, "representative": true, "gov": true,
	"governor": true, "judge": true, "justice": true, "chairman": true, "chairwoman": true,
	"chair": true, "director": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "chief": true, "officer": true, "ceo": true, "commissioner": true,
	"mayor": true, "attorney": true, "speaker": true, "leader": true, "coach": true,
	"prof": true, "premier": true, "chancellor": true, "pope": true, "bishop": true,
	"archbishop": true, "deputy": true, "assistant": true, "undersecretary": true,
	"adviser": true, "advisor": true, "candidate": true, "nominee": true, "general": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "adm": true, "maj": true,
	"commander": true, "lieutenant": true, "sergeant": true, "admiral": true,
	"former": true, "acting": true, "congressman": true, "congresswoman": true,
	"sheriff": true, "inspector": true, "detective": true, "founder": true, "executive": true,
	"manager": true, "strategist": true, "analyst": true, "economist": true, "correspondent": true,
	"reporter": true, "editor": true, "anchor": true, "host": true, "pollster": true,
	"lawmaker": true, "superintendent": true, "councilman": true, "councilwoman": true,
	"chairperson": true, "rev": true, "reverend": true, "hon": true, "pres": true,
	"presidential": true, "gop": true, "democrat": true, "republican": true, "democratic": true,
	"state": true, "states": true, "kingdom": true, "nations": true, "union": true,
	"republic": true, "house": true, "department": true, "ministry": true, "office": true,
	"council": true, "committee": true, "party": true, "court": true, "senate": true,
	"congress": true, "administration": true, "government": true, "agency": true,
	"campaign": true, "city": true, "county": true, "association": true,
}

// orgHeads end the names of organisations, which are not "he" or "she".
var orgHeads = map[string]bool{
	"service": true, "office": true, "ministry": true, "department": true, "agency": true,
	"committee": true, "council": true, "commission": true, "party": true, "company": true,
	"corp": true, "corporation": true, "inc": true, "group": true, "times": true, "post": true,
	"news": true, "journal": true, "association": true, "institute": true, "university": true,
	"bank": true, "court": true, "house": true, "administration": true, "bureau": true,
	"foundation": true, "campaign": true, "network": true, "center": true, "centre": true,
	"board": true, "union": true, "organization": true, "organisation": true,
	"federation": true, "police": true, "army": true, "government": true, "senate": true,
	"congress": true, "fund": true, "watch": true, "magazine": true, "press": true,
	"states": true, "nations": true, "kingdom": true, "republic": true, "ltd": true,
	"co": true, "llc": true, "reuters": true, "cnn": true, "fbi": true, "cia": true,
	"pentagon": true, "tribune": true, "herald": true, "gazette": true, "daily": true,
	"telegraph": true, "guardian": true, "school": true, "college": true, "hospital": true,
	"club": true, "team": true, "society": true, "forum": true, "coalition": true,
	"alliance": true, "caucus": true, "department's": true, "force": true, "authority": true,
	"nbc": true, "abc": true, "cbs": true, "msnbc": true, "ap": true, "bbc": true, "afp": true,
	"xinhua": true, "poll": true, "survey": true, "study": true, "report": true, "post-abc": true,
}

// nameParticles may stand inside a name in lower case.
var nameParticles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true,
	"du": true, "la": true, "le": true, "bin": true, "al": true, "ibn": true, "y": true,
	"del": true, "dos": true, "das": true, "ten": true, "ter": true, "st": true,
}

// surnameParticles are the particles that begin a surname when written in
// capitals: "De Witt", "Van Ness", "Le Brun".
var surnameParticles = map[string]bool{
	"de": true, "du": true, "des": true, "van": true, "von": true, "der": true, "le": true,
	"la": true, "di": true, "da": true, "del": true, "della": true, "dos": true, "das": true,
}

// nounGender marks common nouns that tell a speaker's gender.
var nounGender = map[string]gender{
	"man": genderMale, "boy": genderMale, "father": genderMale, "husband": genderMale,
	"son": genderMale, "brother": genderMale, "king": genderMale, "gentleman": genderMale,
	"spokesman": genderMale, "lad": genderMale, "uncle": genderMale, "sir": genderMale,
	"woman": genderFemale, "girl": genderFemale, "mother": genderFemale, "wife": genderFemale,
	"daughter": genderFemale, "sister": genderFemale, "queen": genderFemale, "lady": genderFemale,
	"spokeswoman": genderFemale, "aunt": genderFemale,
	"parson": genderMale, "vicar": genderMale, "clergyman": genderMale, "curate": genderMale,
	"priest": genderMale, "monk": genderMale, "friar": genderMale, "squire": genderMale,
	"landlord": genderMale, "fellow": genderMale, "youth": genderMale,
	"landlady": genderFemale, "nun": genderFemale, "governess": genderFemale, "widow": genderFemale,
	"maid": genderFemale, "hostess": genderFemale, "ladyship": genderFemale, "lordship": genderMale,
}

// words says things about the tokens of one text.
type words struct {
	text string
	toks []token
	// low is text in lower case, byte for byte (see lowerText); odd lists
	// the offsets where it is not.
	low string
	odd []int
	// oddLow is every token's lower case where odd is not empty (see
	// lowerOddTokens), nil otherwise.
	oddLow []string
}

// word returns token i as written, or "" when i is outside the text: rules
// look at neighbours, and a name at the start of a text has none.
func (w *words) word(i int) string {
	if i < 0 || i >= len(w.toks) {
		return ""
	}
	return w.text[w.toks[i].Start:w.toks[i].End]
}

// lower returns token i in lower case, without a trailing period, or ""
// when i is outside the text.
//
// It is asked a few times a token, by nearly every rule, and is kept small
// enough for the compiler to inline: a text with letters that lower to
// another length (w.odd) reads its tokens' lower case from oddLow.
func (w *words) lower(i int) string {
	if uint(i) >= uint(len(w.toks)) {
		return ""
	}
	if w.oddLow != nil {
		return w.oddLow[i]
	}
	t := &w.toks[i]
	l := w.low[t.Start:t.End]
	if n := len(l) - 1; n >= 0 && l[n] == '.' {
		return l[:n]
	}
	return l
}

// lowerOddTokens readies lower for a text once low and odd are set: where
// some letters lower to another length, it keeps every token's lower
// case in oddLow.
func (w *words) lowerOddTokens() {
	w.oddLow = nil
	if len(w.odd) == 0 {
		return
	}
	oddLow := make([]string, len(w.toks))
	for i := range w.toks {
		oddLow[i] = w.lowerOdd(i)
	}
	w.oddLow = oddLow
}

// lowerOdd is lower(i) for a text with odd offsets.
func (w *words) lowerOdd(i int) string {
	t := w.toks[i]
	if k, _ := slices.BinarySearch(w.odd, t.Start); k < len(w.odd) && w.odd[k] < t.End {
		return strings.ToLower(strings.TrimSuffix(w.word(i), "."))
	}
	// A token is never empty; its period is the same byte lowered.
	s := w.low[t.Start:t.End]
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

func (w *words) isWord(i int) bool { return i >= 0 && i < len(w.toks) && w.toks[i].Kind == tokWord }

func (w *words) isCap(i int) bool {
	if uint(i) >= uint(len(w.toks)) {
		return false
	}
	t := &w.toks[i]
	if t.Kind != tokWord {
		return false
	}
	if c := w.text[t.Start]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w.text[t.Start:t.End])
	return unicode.IsUpper(r)
}

// isDigit reports whether token i is a word that starts with a digit.
func (w *words) isDigit(i int) bool {
	if !w.isWord(i) {
		return false
	}
	c := w.text[w.toks[i].Start]
	return '0' <= c && c <= '9'
}

// isLower reports whether token i is a word that starts in lower case.
func (w *words) isLower(i int) bool {
	if uint(i) >= uint(len(w.toks)) {
		return false
	}
	t := &w.toks[i]
	if t.Kind != tokWord {
		return false
	}
	if c := w.text[t.Start]; c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w.text[t.Start:t.End])
	return unicode.IsLower(r)
}

// isPunct reports whether token i is punctuation found in set. Rules ask
// it of nearly every token they pass, mostly words: that answer is kept
// inline, and only punctuation goes on to the search of set.
func (w *words) isPunct(i int, set string) bool {
	return uint(i) < uint(len(w.toks)) && w.toks[i].Kind == tokPunct && w.punctIn(i, set)
}

// punctIn is isPunct for a punctuation token i.
func (w *words) punctIn(i int, set string) bool {
	// Most punctuation is one byte: a byte search, without the general
	// one's set-up.
	if t := &w.toks[i]; t.End-t.Start == 1 {
		return strings.IndexByte(set, w.text[t.Start]) >= 0
	}
	return strings.Contains(set, w.text[w.toks[i].Start:w.toks[i].End])
}

// nameLike reports whether token i can be part of a proper name. A
// capitalised word is asked about again and again, by the name finders and
// by the mention finders around each cue: its answer is kept in the token.
func (w *words) nameLike(i int) bool {
	if !w.isCap(i) {
		return false
	}
	t := &w.toks[i]
	if t.like == 0 {
		t.like = likeNo
		if w.capNameLike(i) {
			t.like = likeYes
		}
	}
	return t.like == likeYes
}

// Values of token.like, nameLike's memory: 0 is not yet asked.
const (
	likeNo  = 1
	likeYes = 2
)

// capNameLike is nameLike for a capitalised token i.
func (w *words) capNameLike(i int) bool {
	s := w.word(i)
	// "_Cousin Kate_": a capitalised word that closes italics ends a
	// title, a ship's or a paper's name, or a line set apart, not a
	// character's name. (One that opens them does not pass isCap.)
	if strings.HasSuffix(strings.TrimRight(s, "."), "_") || w.closesItalics(i) {
		return false
	}
	// All-caps words longer than 4 letters are shouting, not names.
	if len(s) > 4 && upperCase(s) && !strings.Contains(s, ".") {
		return false
	}
	// A run of capitals is a heading, a sign or a telegram ("ARRIVING
	// TOMORROW LOVE JOE"): its words are not read as a name, which would
	// join the words around the name to it.
	if w.shouted(i) && (w.shouted(i-1) || w.shouted(i+1)) {
		return false
	}
	return true
}

// closesItalics reports whether the punctuation right after token i
// closes italics: "_Cousin Kate!_", "_\"Cousin Kate.\"_".
func (w *words) closesItalics(i int) bool {
	rest := w.text[w.toks[i].End:]
	rest = rest[:min(len(rest), 8)]
	// Byte by byte: nameLike asks this of every capitalised word, and
	// most are followed by a space, which ends the test at once.
	if len(rest) == 0 || rest[0] <= ' ' {
		return false
	}
	k := 0
	for k < len(rest) {
		if strings.IndexByte(".,;:!?\"'", rest[k]) >= 0 {
			k++
		} else if strings.HasPrefix(rest[k:], "”") || strings.HasPrefix(rest[k:], "’") {
			k += len("”")
		} else {
			break
		}
	}
	return k > 0 && k < len(rest) && rest[k] == '_'
}

// shouted reports whether token i is a word of two letters or more in
// capitals, "DR." among them, not an abbreviation with periods inside.
func (w *words) shouted(i int) bool {
	if !w.isWord(i) {
		return false
	}
	s := strings.TrimSuffix(w.word(i), ".")
	return len(s) >= 2 && upperCase(s) && !strings.Contains(s, ".") && strings.ToLower(s) != s
}

// upperCase reports whether strings.ToUpper(s) == s, without building the
// upper-case copy.
func upperCase(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false // ToUpper writes U+FFFD for an invalid byte
		}
		i += size
	}
	return true
}

// nameBefore finds a proper name ending at token last (inclusive), not
// reaching before token min. It returns the token range of the whole noun
// phrase (titles included) and of the name proper.
func (w *words) nameBefore(last, min int) (np, name [2]int, ok bool) {
	if !w.nameLike(last) {
		return np, name, false
	}
	first := last
	for j := last - 1; j >= min && last-j < 9; j-- {
		if w.nameLike(j) && !possessive(w.word(j)) {
			first = j
			continue
		}
		if w.particleRun(j, -1) {
			continue
		}
		// "Ambassador to the United States Zhang Yesui"
		if w.isWord(j) && (w.lower(j) == "the" || w.lower(j) == "of" || w.lower(j) == "to" || w.lower(j) == "for") && j-1 >= min && (w.nameLike(j-1) || w.lower(j-1) == "to" || w.lower(j-1) == "of") {
			continue
		}
		break
	}
	return w.splitName(first, last)
}

// particleRun reports whether token j is a particle inside a name: one or
// more particles, then, step by step in direction dir, a word that can be
// part of a name: "Mr. van der Kolk".
func (w *words) particleRun(j, dir int) bool {
	for k := 0; k < 3 && w.isWord(j) && w.in(j, classNameParticle); k++ {
		j += dir
		if w.nameLike(j) {
			return true
		}
	}
	return false
}

// headingWords name the parts of a book: "Chapter IV", "Book 2", "Part One".
var headingWords = map[string]bool{"chapter": true, "book": true, "part": true, "volume": true, "canto": true, "section": true}

// numeral reports whether s numbers a part of a book: "12", "XIV", "Three".
func numeral(s string) bool {
	if s == "" {
		return false
	}
	if romanNumeral(s) || s == "I" {
		return true
	}
	if strings.Trim(s, "0123456789") == "" {
		return true
	}
	return numberWords[strings.ToLower(s)]
}

// romanNumeral reports whether s is a roman numeral of two letters or more
// in capitals, "II", "XIV": "I" is the pronoun, and "V" or "X" alone are
// initials more often than numbers.
func romanNumeral(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("IVXLC", rune(s[i])) {
			return false
		}
	}
	return true
}

// coordinateSubject finds the subject of the verb a cue after "and" at
// token and is coordinated with, the nearest before it that opens its
// clause and has a verb after it: "When Ann had gone, Tom lifted his head
// and said", "…, but the clerk looked up and said".
func (d *doc) coordinateSubject(and, min int) (mention, bool) {
	w := &d.w
	for k := and - 2; k >= min && and-k < 20; k-- {
		if d.inQuote(d.toks[k].Start) {
			break
		}
		m, ok := d.mentionEndingAt(k, max(min, k-6))
		if !ok || m.Last != k+1 {
			continue
		}
		if m.Kind == mentionPronoun && !(m.Last-m.First == 1 && subjectPronouns[w.lower(m.First)] != genderNeuter) {
			continue
		}
		if m.Kind == mentionNominal && !d.personHead(m) {
			continue
		}
		v := m.Last
		for v < and && d.lyAdverb(v) {
			v++
		}
		if !strings.HasPrefix(d.tagOf(v), "VBD") && !strings.HasPrefix(d.tagOf(v), "VBZ") {
			continue
		}
		p := m.First - 1
		// "and at last Ann rose and said": an adverb may open the clause.
		if w.isWord(p) && !w.isCap(p) && (openingAdverb(w.lower(p)) || w.lower(p) == "last" && w.isWord(p-1) && w.lower(p-1) == "at") {
			p--
			if w.isWord(p) && w.lower(p) == "at" {
				p--
			}
		}
		if p < min || w.isPunct(p, ",;") || w.isWord(p) && (w.lower(p) == "but" || w.lower(p) == "and" || w.lower(p) == "then") {
			return m, true
		}
	}
	return mention{}, false
}

// numberWords spell the numbers of chapters.
var numberWords = setOf(`one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty first second third fourth fifth sixth
seventh eighth ninth tenth last`)

// nameAfter finds a proper name starting at token first.
func (w *words) nameAfter(first, max int) (np, name [2]int, ok bool) {
	if !w.nameLike(first) {
		return np, name, false
	}
	last := first
	for j := first + 1; j < max && j-first < 9 && !possessive(w.word(last)); j++ {
		// "with Ferrot I thought": after a name, a bare "I" is the
		// pronoun opening the next clause, far more often than a
		// king's number.
		if w.word(j) == "I" {
			break
		}
		if w.nameLike(j) {
			last = j
			continue
		}
		if w.particleRun(j, 1) {
			continue
		}
		if w.isWord(j) && (w.lower(j) == "of" || w.lower(j) == "for") && w.nameLike(j+1) && w.in(last, classOrgHead) {
			continue
		}
		// "the Duchess of Aldwych": a rank and its seat are one name,
		// which tells her from the Duchess of Penrith.
		if w.isWord(j) && w.lower(j) == "of" && w.nameLike(j+1) && last == first && w.seatRank(first) {
			continue
		}
		break
	}
	return w.splitName(first, last)
}

// splitName trims stop words and job titles off the capitalised run
// [first, last] and returns the phrase and the name proper.
func (w *words) splitName(first, last int) (np, name [2]int, ok bool) {
	for first <= last && w.in(first, classStopCap) {
		first++
	}
	// A heading run into the line after it, "Chapter VI Lucan Vantry
	// Gives a Demonstration", "IV Mr. Pike": the number and its word are
	// no part of the name.
	if first < last && w.in(first, classHeading) && numeral(w.word(first+1)) {
		first += 2
	} else if first < last && romanNumeral(w.word(first)) {
		first++
	}
	// "[III]", "IV" on a line of their own number a section: a roman
	// numeral alone names no one.
	if first == last && romanNumeral(w.word(first)) {
		return np, name, false
	}
	if first > last {
		return np, name, false
	}
	np = [2]int{first, last + 1}
	start := first
	// A title or place word inside the run ends the part before the name,
	// unless what follows is itself an organisation.
	for j := last - 1; j >= first; j-- {
		if w.in(j, classJobTitle) || (j > first && w.lower(j) == "of" && !(j == first+1 && w.seatRank(first))) {
			rest := [2]int{j + 1, last + 1}
			if w.isOrgRange(rest) || rest[1]-rest[0] > 4 {
				break
			}
			start = j + 1
			break
		}
	}
	// An honorific starts the name: "Again Mr. Pike", "Luckily Sir Ned".
	for j := start + 1; j < last; j++ {
		if w.in(j, classHonorific) && w.isCap(j) {
			start = j
			break
		}
	}
	// A particle in capitals before a capitalised surname is part of it,
	// "De Witt", "Van Ness"; in lower case it is part of no name that
	// stands first.
	for start <= last && (w.in(start, classNameParticle) && !(start < last && w.isCap(start) && w.in(start, classSurnameParticle)) || !w.isCap(start)) {
		start++
	}
	if start > last {
		return np, name, false
	}
	return np, [2]int{start, last + 1}, true
}

// seatRank reports whether token i is a rank that "of" and a place
// follow as one name: "Duke", "Countess", "Earl".
func (w *words) seatRank(i int) bool {
	return w.isCap(i) && seatRanks[w.lower(i)]
}

var seatRanks = setOf(`king queen prince princess duke duchess count countess lord lady
	earl marquis marquess baron baroness viscount`)

func (w *words) isOrgRange(r [2]int) bool {
	for j := r[0]; j < r[1]; j++ {
		if w.in(j, classOrgHead) {
			return true
		}
	}
	return false
}

// skippable words stand between a subject and its verb: "Qian further
// made", "He also said", "she has repeatedly said".
var skippable = map[string]bool{
	"also": true, "further": true, "then": true, "later": true, "previously": true,
	"once": true, "again": true, "has": true, "have": true, "had": true, "would": true,
	"will": true, "did": true, "does": true, "do": true, "is": true, "was": true, "were": true,
	"are": true, "not": true, "never": true, "always": true, "often": true, "still": true,
	"too": true, "just": true, "recently": true, "repeatedly": true, "publicly": true,
	"privately": true, "explicitly": true, "flatly": true, "simply": true, "quickly": true,
	"even": true, "first": true, "subsequently": true, "similarly": true,
	"likewise": true, "reportedly": true, "may": true, "might": true, "could": true,
	"should": true, "must": true, "can": true, "been": true, "being": true,
	"already": true, "soon": true,
	// "only said", "very gravely replied": the speaker stands before
	// them as before any adverb.
	"very": true, "only": true,
}

// phrasePrepositions open a phrase between a subject and its verb that
// extendPP does not take as part of a description: "Ada after a pause
// said".
var phrasePrepositions = setOf(`after before during upon on without
	through across into over under behind beside near towards toward like`)

// subjectBefore finds the speaker mention that ends just before token end
// (the cue), skipping adverbs and auxiliaries and an appositive between
// commas ("Hormats, US undersecretary for …, said").
func (d *doc) subjectBefore(end, min int) (mention, bool) {
	w := &d.w
	j := d.skipBack(end-1, min)
	if j < min {
		return mention{}, false
	}
	// "… and said …": the subject of the sentence speaks.
	if w.isWord(j) && (w.lower(j) == "and" || w.lower(j) == "but") && !w.isCap(j) {
		// In a story, "He reached for her hand, but she drew it back and
		// said": the subject of the nearest clause the verb goes on is
		// the speaker, not the sentence's first. Not one who heard,
		// "and Tom heard her laugh and say".
		if d.register == RegisterFiction {
			if m, ok := d.coordinateSubject(j, min); ok && m.First > min && !(w.isWord(m.Last) && perceptionVerbs[w.lower(m.Last)]) {
				return m, true
			}
		}
		// "When Ann had gone, Tom rose and said": the name after a
		// subordinator is the subject of its own clause.
		if m, ok := d.mentionStartingAt(min, j); ok && m.Last < j && !(d.register == RegisterFiction && w.isWord(min) && subordinators[w.lower(min)]) {
			return m, true
		}
		// "So she lifted up her voice … and shouted:": the subject
		// after a connective opening the sentence.
		if k := min + 1; k < j && w.isWord(min) && (w.lower(min) == "so" || openingAdverb(w.lower(min))) {
			if w.isPunct(k, ",") {
				k++
			}
			if m, ok := d.mentionStartingAt(k, j); ok && m.Last < j {
				return m, true
			}
		}
		// "Asked whether he would run, Mrs. Pell shook her head and
		// said": the subject after an opening adverbial clause.
		for k := min + 1; k < j && k-min < 25; k++ {
			if w.isPunct(k, ".;:!?\"“”") {
				break
			}
			if w.isPunct(k, ",") {
				if m, ok := d.mentionStartingAt(k+1, j); ok && m.Last < j && m.Kind != mentionNominal {
					return m, true
				}
				break
			}
		}
		if d.register == RegisterFiction {
			return d.coordinateSubject(j, min)
		}
		return mention{}, false
	}
	// "Democrats — and some Republicans — say": in news an aside set off
	// by dashes parts the subject from its verb; the subject of a passive
	// ("X — a surgeon — has been called") is no speaker.
	if d.register == RegisterNews && w.isPunct(j, "—–") && !(w.isWord(end-1) && beForms[w.lower(end-1)]) {
		for k := j - 1; k > min && j-k < 25; k-- {
			if w.isPunct(k, ".;:!?\"“”(") {
				break
			}
			if w.isPunct(k, "—–") {
				if k-1 > min && w.isWord(k-1) {
					return d.subjectBefore(k, min)
				}
				break
			}
		}
	}
	// "Labor Secretary Thomas Wexby, who said …": in news the pronoun
	// is the mention, the subject of its clause, and stands for Wexby
	// (relativeReferent).
	if w.isWord(j) && d.contracted(w.lower(j)) == "who" && w.isPunct(j-1, ",") {
		a, ok := d.relativeAntecedent(j-2, max(0, j-12))
		if ok && d.register == RegisterNews {
			return d.makeMention(mentionPronoun, [2]int{j, j + 1}, [2]int{j, j + 1}, genderUnknown), true
		}
		return a, ok
	}
	if m, ok := d.mentionEndingAt(j, min); ok {
		// In fiction, "Ada after a long pause said": a noun a preposition governs
		// is no subject; the subject stands before the phrase.
		if p := m.First - 1; d.register == RegisterFiction && m.Kind == mentionNominal && p > min && w.isWord(p) && !w.isCap(p) && phrasePrepositions[w.lower(p)] {
			if s, ok := d.mentionEndingAt(p-1, min); ok && s.Kind != mentionNominal {
				return s, true
			}
			return mention{}, false
		}
		return m, true
	}
	// Appositive or relative clause: look back over up to three commas.
	if w.isPunct(j, ",") {
		commas := 0
		for k := j - 1; k >= min && j-k < 40; k-- {
			// "(I-Conn.)" after a name: its period ends no sentence.
			if w.isPunct(k, ")") && k+1 == j {
				if o, ok := d.openParen(k, min); ok {
					k = o
					continue
				}
			}
			if w.isPunct(k, ".;:!?\"“”") {
				break
			}
			if !w.isPunct(k, ",") {
				continue
			}
			commas++
			// "met Maria on the landing, who, breathless, cried out": the
			// name a relative clause follows.
			if w.isWord(k+1) && w.lower(k+1) == "who" {
				if m, ok := d.mentionEndingAt(k-1, max(min, k-12)); ok && m.Kind == mentionName {
					return m, true
				}
			}
			m, ok := d.mentionEndingAt(k-1, min)
			if ok && (d.clauseStart(m.First, min) || d.register == RegisterNews && d.asideSubject(m, k, j, end, min)) {
				// "The coach, Peter Hall, told …": the apposition names
				// the nominal subject.
				if m.Kind == mentionNominal && commas == 1 {
					if a, ok := d.mentionStartingAt(k+1, j); ok && a.Kind == mentionName && (a.Last == j || d.asideOnly(a.Last, j)) {
						// "Ann Roe, a nurse from Dover, Delaware, said":
						// a state after a town's comma completes the
						// place; the subject stands before the phrase.
						if w.isCap(k-1) && usStates[strings.ToLower(a.Name)] {
							continue
						}
						return a, true
					}
				}
				return m, true
			}
			// "until at last Ada, growing angry, said", "that Tom,
			// shocked by it, said": in a story a participle set off by
			// commas tells what the subject did as it spoke, so the
			// name or he/she before it is the subject though no clause
			// visibly opens there, unless a verb or preposition governs
			// it ("looked at Ada, smiling, and").
			if ok && commas == 1 && d.participleAside(m, k, min) {
				return m, true
			}
			if commas == 3 {
				break
			}
		}
		// The appositive may open the sentence: "Qian, the minister, said".
		if m, ok := d.mentionStartingAt(min, j); ok && (w.isPunct(m.Last, ",") || m.Kind == mentionName && d.asideOnly(m.Last, j)) {
			return m, true
		}
	}
	return mention{}, false
}

// asideOnly reports whether tokens [i, j) are one short parenthesis, the
// party and state after a name that a comma closing its apposition
// follows: "Sen. Ann Roe (I-Conn.), also stated …".
func (d *doc) asideOnly(i, j int) bool {
	w := &d.w
	if j-i < 3 || j-i > 8 || !w.isPunct(i, "(") || !w.isPunct(j-1, ")") || w.isPunct(j, ")") {
		return false
	}
	o, ok := d.openParen(j-1, i)
	return ok && o == i
}

// openParen returns the "(" that the ")" at token close closes when no
// other parenthesis stands between them and it is at most eight tokens
// back, not looking past token min: the short aside of a party and state,
// "(I-Conn.)".
func (d *doc) openParen(close, min int) (int, bool) {
	o := close - 1
	for o > min && close-o < 8 && !d.w.isPunct(o, "()") {
		o--
	}
	return o, d.w.isPunct(o, "(")
}

// asideSubject reports whether mention m, before the comma at k, is the
// subject of the verb at end that an aside between the commas at k and j
// parts it from: a noun phrase with modifiers of its own that opens its
// clause ("Florida delegate John Bowyer, wearing a cap, said"). An aside
// opens with a participle or a preposition, or is a noun phrase in
// apposition; one that opens with a noun may be a clause of its own ("X
// and his wife Ann, son Tom had been travelling, wrote …"). A time phrase
// is no subject, and the subject of a passive ("…, now a film, is
// described as") is no speaker.
func (d *doc) asideSubject(m mention, k, j, end, min int) bool {
	w := &d.w
	if w.isWord(m.Last-1) && timeNouns[w.lower(m.Last-1)] || w.isWord(end-1) && beForms[w.lower(end-1)] {
		return false
	}
	switch d.tagOf(k + 1) {
	case "VBG", "VBN", "IN":
	default:
		if a, ok := d.mentionStartingAt(k+1, j); !ok || a.Last != j {
			return false
		}
	}
	_, ok := d.phraseStart(m.First, min)
	return ok
}

// participleAside reports whether mention m, before the comma at k, is in
// fiction a name or subject pronoun that an aside opening with a
// participle follows, and no verb or preposition governs (the word before
// it may be a subordinator or "that", which open its clause).
func (d *doc) participleAside(m mention, k, min int) bool {
	w := &d.w
	if d.register != RegisterFiction || m.Kind == mentionNominal || m.First <= min {
		return false
	}
	if t := d.tagOf(k + 1); t != "VBG" && t != "VBN" || w.isCap(k+1) {
		return false
	}
	p := m.First - 1
	if !w.isWord(p) {
		return false
	}
	if l := w.lower(p); subordinators[l] || l == "that" {
		return true
	}
	t := d.tagOf(p)
	return !strings.HasPrefix(t, "VB") && t != "IN" && t != "TO" && !w.isCap(p) && w.lower(p) != "and" && w.lower(p) != "or"
}

// beForms are the forms of "be" that make a participle after them passive.
var beForms = setOf(`is are was were be been being`)

// clauseStart reports whether token i begins a clause: the sentence start,
// or after a comma, conjunction or quotation mark.
func (d *doc) clauseStart(i, min int) bool {
	w := &d.w
	if i <= min {
		return true
	}
	if w.isPunct(i-1, ",;:—–-\"“”'’(") {
		return true
	}
	if w.isWord(i - 1) {
		// "turning to Ivo and Marta, she said": in fiction a name
		// joined to a name is an object like it, not the subject of a
		// new clause, which the she after it would take for her. News
		// is left as it was: its indirect-speech rules read clause
		// openings, and lose recall.
		if l := w.lower(i - 1); (l == "and" || l == "or") && d.register == RegisterFiction && i-2 > min && w.nameLike(i-2) && w.nameLike(i) {
			return false
		}
		switch w.lower(i - 1) {
		case "and", "but", "or", "while", "as", "so", "yet", "because", "although", "though", "when", "where", "which", "whereas", "then", "since", "after", "before", "if", "meanwhile", "however", "later":
			return true
		}
		if w.in(i-1, classStopCap) && w.isCap(i-1) {
			return true
		}
	}
	return false
}

// mentionEndingAt returns the mention whose last token is j.
func (d *doc) mentionEndingAt(j, min int) (mention, bool) {
	m, ok := d.mentionHead(j, min)
	if !ok {
		return m, false
	}
	return d.extendPP(m, min), true
}

// mentionHead is mentionEndingAt without the phrase a preposition joins
// before it (extendPP).
func (d *doc) mentionHead(j, min int) (mention, bool) {
	w := &d.w
	// "Rep. Elijah Pellham (D-Md.)": the parenthesis is not the name.
	if w.isPunct(j, ")") {
		for k := j - 1; k > min && j-k < 10; k-- {
			if w.isPunct(k, "(") {
				j = k - 1
				break
			}
		}
	}
	if !w.isWord(j) {
		return mention{}, false
	}
	lw := w.lower(j)
	if g, ok := subjectPronouns[d.contracted(lw)]; ok {
		return d.makeMention(mentionPronoun, [2]int{j, j + 1}, [2]int{j, j + 1}, g), true
	}
	if w.isCap(j) {
		np, name, ok := w.nameBefore(j, min)
		if !ok {
			return mention{}, false
		}
		first := name[0]
		np, name = d.trimName(np, name)
		// A capitalised nominal: "The White House spokesman" is caught
		// below; "White House" alone is an organisation name.
		// "the New York Post": the article belongs to the phrase.
		if np[0]-1 >= min && w.isWord(np[0]-1) && w.lower(np[0]-1) == "the" {
			np[0]--
		}
		m := d.makeMention(mentionName, np, name, genderUnknown)
		m.Trimmed = name[0] != first
		// "Sen. Ann Roe of Ohio": in news the place says where the
		// person before it is from; the person, named by two words or
		// more after the title, is the mention. "Minister of Foreign
		// Affairs Wang Yi" has no name before its "of", and "Party Chief
		// of Staff Ann Roe" a title.
		if o := name[0] - 1; d.register == RegisterNews && o-1 > np[0] && w.isWord(o) && w.lower(o) == "of" {
			if pnp, pname, ok := w.splitName(np[0], o-1); ok && pname[1] == o && pname[1]-pname[0] >= 2 && !w.isOrgRange(pname) && !jobTitles[strings.TrimSuffix(w.lower(o-1), ".")] {
				p := d.makeMention(mentionName, [2]int{pnp[0], np[1]}, pname, genderUnknown)
				p.Span.End = m.End
				return p, true
			}
		}
		return m, true
	}
	if w.in(j, classDeterminer|classSkippable) || !d.nounHead(j) {
		return mention{}, false
	}
	// Nominal: determiner, modifiers, head noun.
	first := j
	for k := j - 1; k >= min && j-k < 7; k-- {
		if !w.isWord(k) {
			break
		}
		if w.in(k, classDeterminer) {
			first = k
			break
		}
		if w.in(k, classSkippable) || w.in(k, classStopCap) && !w.isCap(k) {
			break
		}
		if !d.modifier(k) {
			break
		}
		first = k
	}
	g := nounGender[lw]
	if strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && g == genderUnknown {
		g = genderPlural
	}
	return d.makeMention(mentionNominal, [2]int{first, j + 1}, [2]int{first, j + 1}, g), true
}

// relativeAntecedent returns the mention ending at token j that a "who"
// after it refers to: "a spokeswoman for the ministry, who" is the
// spokeswoman, but "a sofa with Dan, who" is Dan, as a thing says nothing.
func (d *doc) relativeAntecedent(j, min int) (mention, bool) {
	m, ok := d.mentionHead(j, min)
	if !ok {
		return m, false
	}
	x := d.extendPP(m, min)
	if x.First < m.First && m.First >= 2 && !personWord(d.w.lower(m.First-2)) {
		return m, true
	}
	return x, true
}

// relativeReferent returns the mention that relative pronoun m stands for,
// when m is one: "Ann Roe, who said" is Ann Roe, "the board, which has
// argued" the board, "business leaders who say" the leaders. The pronoun
// stays the mention, as it is the subject of its clause; the one it
// stands for is who spoke. "those who said", "18% who say" name no one
// the text goes on to call otherwise.
func (d *doc) relativeReferent(m mention) (mention, bool) {
	w := &d.w
	if m.Kind != mentionPronoun || m.Last-m.First != 1 {
		return mention{}, false
	}
	rel := d.contracted(w.lower(m.First))
	if !relativeWords[rel] {
		return mention{}, false
	}
	min := d.sents[d.sentOf[m.First]].First
	j := m.First - 1
	if w.isPunct(j, ",") {
		j--
	}
	if j < min {
		return mention{}, false
	}
	who := rel == "who"
	var a mention
	var ok bool
	if who {
		if j-2 >= min && d.tagOf(j) == "CD" && w.isPunct(j-1, ",") {
			j -= 2
		}
		a, ok = d.mentionHead(j, max(min, j-12))
	} else {
		a, ok = d.relativeAntecedent(j, max(min, j-12))
	}
	if !ok || a.Kind == mentionPronoun || d.inQuote(a.Start) {
		return mention{}, false
	}
	if who {
		a = d.personAntecedent(a, min)
	}
	return a, true
}

// whoPrepositions hang a phrase on the noun before them: "fishermen on the
// north quay who".
var whoPrepositions = setOf(`of for at with from in on to among near`)

// personAntecedent widens the mention a "who" follows to the person it
// stands for, as "who" is said of people, not of the place or body a
// preposition ties them to: "fishermen on the north quay who" are the
// fishermen, "a senior analyst at Kell Bank, who" the analyst. A name set
// off by a comma before such a description is the one described: "Ann Roe,
// a senior analyst at Kell Bank, who", "Ann Roe, a lawyer and a Democrat
// who", "Ann Roe, a graduate of Dover College who".
func (d *doc) personAntecedent(a mention, min int) mention {
	w := &d.w
	governed := func(m mention) bool {
		p := m.First - 1
		return p-1 >= min && w.isWord(p) && whoPrepositions[w.lower(p)]
	}
	// "from Bexley, Kent, who": a place and the region it lies in.
	if p := a.First - 1; a.Kind == mentionName && p-1 > min && w.isPunct(p, ",") {
		if h, ok := d.mentionHead(p-1, max(min, p-8)); ok && h.Kind == mentionName && h.Last == p && governed(h) {
			h.Span.End, h.Last = a.End, a.Last
			a = h
		}
	}
	// "Ann Roe, 24, from Dover, who": an age set off by commas belongs
	// to the name before it, and so does the place after it.
	if p := a.First - 1; governed(a) {
		p--
		if p-2 > min && w.isPunct(p, ",") && d.tagOf(p-1) == "CD" && w.isPunct(p-2, ",") {
			if n, ok := d.mentionHead(p-3, max(min, p-10)); ok && n.Kind == mentionName && !n.Org && n.Last == p-2 {
				return n
			}
		}
	}
	// A name after a preposition is as often a place as a person: "a
	// lawyer from Dover, who", but "letters from Ann Roe, who" are hers:
	// only a noun of a person takes the "who" from a name.
	named := a.Kind == mentionName && governed(a)
	x := a // the phrase the description opens with
	if !d.personLike(a) || named {
		for n := 0; n < 3 && governed(x); n++ {
			p := x.First - 1
			h, ok := d.mentionHead(p-1, max(min, p-8))
			if !ok || h.Kind == mentionPronoun {
				break
			}
			person := d.personLike(h) && !(named && h.Kind == mentionNominal && d.tagOf(h.Last-1) == "NNS" && !personLexicon(d.w.lower(h.Last-1)))
			h.Span.End, h.Last = a.End, a.Last
			if x = h; person {
				a = h
				break
			}
		}
	}
	// A description, not a name of its own: "a lawyer", "the county
	// clerk", "the Harbour Board clerk".
	if !(x.Kind == mentionNominal || x.Kind == mentionName && determiners[w.lower(x.First)]) {
		return a
	}
	p := x.First - 1
	// "a lawyer and a Democrat who": the description runs on over "and".
	if p-1 > min && w.isWord(p) && w.lower(p) == "and" {
		if h, ok := d.mentionHead(p-1, max(min, p-8)); ok && h.Kind == mentionNominal {
			p = h.First - 1
		}
	}
	if p-1 < min || !w.isPunct(p, ",") {
		return a
	}
	// "Ann Roe, 32, a lawyer who": past her age.
	if p-3 >= min && d.tagOf(p-1) == "CD" && w.isPunct(p-2, ",") {
		p -= 2
	}
	// Not a place or a time a phrase opening the sentence names: "In
	// Dover, a lawyer who said".
	if n, ok := d.mentionHead(p-1, max(min, p-8)); ok && n.Kind == mentionName && !n.Org && n.Last == p && !(n.First-1 >= min && w.isWord(n.First-1) && d.tagOf(n.First-1) == "IN" && !subordinators[w.lower(n.First-1)] && w.lower(n.First-1) != "that") {
		return n
	}
	return a
}

// appositiveName returns the name that description m is set beside in
// news, who spoke when the description did: "Ann Roe, president of the
// ferry board, said" and "said a spokeswoman for the board, Ann Roe."
// are Ann Roe's words. Only a description of one person: "Ann Roe and
// Dan Vasko, both officials" are two, and a name before a description
// only where it opens the sentence, not "In Dover, the mayor said".
func (d *doc) appositiveName(m mention) (mention, bool) {
	w := &d.w
	if d.register != RegisterNews || m.Kind != mentionNominal {
		return mention{}, false
	}
	// The description's head: the mention may run on over a phrase after
	// it, "a spokeswoman for the board", its name only to the head.
	h := m.First
	for h+1 < m.Last && d.toks[h+1].End <= m.Start+len(m.Name) {
		h++
	}
	l := w.lower(h)
	if d.tagOf(h) != "NN" || !(personLexicon(l) || lowerTitles[l] || jobTitles[l]) {
		return mention{}, false
	}
	s := d.sents[d.sentOf[m.First]]
	if p := m.First - 1; p-1 >= s.First && w.isPunct(p, ",") {
		if n, ok := d.mentionHead(p-1, max(s.First, p-8)); ok && n.Kind == mentionName && !n.Org && n.Last == p && d.sentenceStart(n.First) && strings.HasPrefix(d.tagOf(n.First), "NNP") {
			return n, true
		}
	}
	k := h + 1
	if w.isWord(k) && whoPrepositions[w.lower(k)] {
		for k < s.Last && k-h < 10 && !w.isPunct(k, ",.;:!?\"“”()—–") {
			k++
		}
	}
	if k+1 < s.Last && w.isPunct(k, ",") {
		if n, ok := d.mentionStartingAt(k+1, s.Last); ok && n.Kind == mentionName && !n.Org && (n.Last >= s.Last || w.isPunct(n.Last, ",.;")) {
			return n, true
		}
	}
	return mention{}, false
}

// memberNouns name a person by the body or place they belong to, which
// news ties to them with a preposition: "a staff member for the campaign",
// "a graduate of Dover College".
var memberNouns = setOf(`member staffer graduate supporter volunteer employee
	worker delegate student alumnus native veteran`)

// personLike reports whether mention m may be a person or people: a name
// of no organisation, or a description whose head is a person noun or a
// plural.
func (d *doc) personLike(m mention) bool {
	switch m.Kind {
	case mentionName:
		return !m.Org
	case mentionNominal:
		l := d.w.lower(m.Last - 1)
		return personLexicon(l) || lowerTitles[l] || memberNouns[l] || d.tagOf(m.Last-1) == "NNS"
	}
	return false
}

// extendPP widens "the ministry" to "a spokeswoman for the ministry".
func (d *doc) extendPP(m mention, min int) mention {
	w := &d.w
	p := m.First - 1
	if !w.isWord(p) {
		return m
	}
	switch w.lower(p) {
	case "for", "of", "at", "with", "from", "in":
	default:
		return m
	}
	head, ok := d.mentionEndingAtNoPP(p-1, min)
	if !ok || head.Kind == mentionPronoun {
		return m
	}
	head.Span.End = m.End
	head.Last = m.Last
	return head
}

func (d *doc) mentionEndingAtNoPP(j, min int) (mention, bool) {
	w := &d.w
	if !w.isWord(j) || w.isCap(j) {
		return mention{}, false
	}
	if !d.nounHead(j) || w.in(j, classDeterminer) {
		return mention{}, false
	}
	first := j
	for k := j - 1; k >= min && j-k < 5; k-- {
		if !w.isWord(k) {
			break
		}
		if w.in(k, classDeterminer) {
			first = k
			break
		}
		if !d.modifier(k) {
			break
		}
		first = k
	}
	return d.makeMention(mentionNominal, [2]int{first, j + 1}, [2]int{first, j + 1}, nounGender[w.lower(j)]), true
}

// mentionStartingAt returns the mention that starts at token i, before
// token max: "said Qian Xiaoqian, vice minister", "said the parson".
func (d *doc) mentionStartingAt(i, max int) (mention, bool) {
	w := &d.w
	if !w.isWord(i) || i >= max {
		return mention{}, false
	}
	li := w.lower(i)
	if g, ok := subjectPronouns[d.contracted(li)]; ok {
		return d.makeMention(mentionPronoun, [2]int{i, i + 1}, [2]int{i, i + 1}, g), true
	}
	if w.isCap(i) && !w.in(i, classStopCap) || w.isCap(i) && honorifics[li] != genderUnknown {
		// "Democratic strategist Hank Tolland": a capitalised word, a
		// title in lower case, then the name.
		if k := w.titledName(i, max); k > i {
			if np, name, ok := w.nameBefore(k, i); ok && name[0] > i {
				np[0] = i
				return d.makeMention(mentionName, np, name, genderUnknown), true
			}
		}
		np, name, ok := w.nameAfter(i, max)
		if !ok {
			return mention{}, false
		}
		first := name[0]
		np, name = d.trimName(np, name)
		// One capitalised word opening a sentence is a name only if the
		// tagger agrees: "Brenda sat up" but not "Words blah bla".
		// A word the text writes capitalised mostly inside sentences,
		// and never in lower case, is a name without asking.
		if name[1]-name[0] == 1 && d.sentenceStart(name[0]) && !d.knownName(w.lower(name[0])) && !strings.HasPrefix(d.tagOf(name[0]), "NNP") {
			return mention{}, false
		}
		m := d.makeMention(mentionName, np, name, genderUnknown)
		m.Trimmed = name[0] != first
		return m, true
	}
	if !w.in(i, classDeterminer) && !(w.isCap(i) && li == "the") {
		// A title in lower case before a name: "said pollster Frank Marrick",
		// "said former Pennsylvania governor Ed Pellham". The name is the
		// last capitalised run of the phrase.
		lastCap := -1
		for k := i; k < max && k-i < 8 && w.isWord(k); k++ {
			if w.nameLike(k) {
				lastCap = k
				continue
			}
			if !w.in(k, classJobTitle) && !d.modifier(k) && !w.in(k, classNameParticle) {
				break
			}
		}
		if lastCap > i {
			if np, name, ok := w.nameBefore(lastCap, i); ok {
				np[0] = i
				return d.makeMention(mentionName, np, name, genderUnknown), true
			}
		}
		// Bare plural: "said officials", "said analysts".
		if d.nounHead(i) && strings.HasSuffix(li, "s") {
			return d.makeMention(mentionNominal, [2]int{i, i + 1}, [2]int{i, i + 1}, genderPlural), true
		}
		return mention{}, false
	}
	if d.register == RegisterFiction && (li == "one" || li == "another") {
		if m, ok := d.oneOf(i, max); ok {
			return m, true
		}
	}
	// Determiner phrase: up to the last noun before a comma, period or verb.
	last := -1
	// In a story a participle or an adverb of degree may stand among the
	// modifiers of a name, "the still waiting Ada", "the less
	// courteous Tom", "the obliging Mrs. Roe"; the phrase is read on past
	// it, and stands only if it ends on a name.
	tent, lastBefore := -1, -1
	for k := i + 1; k < max && k-i < 8; k++ {
		if !w.isWord(k) {
			break
		}
		if d.register == RegisterFiction && last < 0 && !w.isCap(k) && !d.nounHead(k) && !d.modifier(k) && (d.tagOf(k) == "VBG" || d.tagOf(k) == "RB" || d.tagOf(k) == "RBR") && !functionWordsNoDegree(w.lower(k)) {
			if tent < 0 {
				tent, lastBefore = k, last
			}
			continue
		}
		// "said the doctor dryly": the adverb ends the phrase; in a
		// story so does a time, "cried her aunt next morning" (news
		// runs the time into the reported clause: "told the Star last
		// week she would"), and "aloud", an adverb without -ly.
		if last >= 0 && (d.lyAdverb(k) || d.register == RegisterFiction && (timeOpeners[w.lower(k)] || w.lower(k) == "aloud")) {
			break
		}
		if d.nounHead(k) || w.isCap(k) {
			last = k
			continue
		}
		if d.modifier(k) {
			continue
		}
		lk := w.lower(k)
		if (lk == "of" || lk == "with" || lk == "in") && last == k-1 {
			// In a story "with" or "in" before a bare or possessed noun
			// tells how one spoke, "said the clerk with energy", "cried
			// the aunt in her usual way", "in consternation": no part of
			// who. "The man with the beard" tells who. News keeps "a man
			// with knowledge of the talks".
			if lk != "of" && d.register == RegisterFiction && !(w.isWord(k+1) && articles[w.lower(k+1)]) {
				break
			}
			continue
		}
		break
	}
	if tent >= 0 && !(last > tent && w.nameLike(last)) {
		last = lastBefore
	}
	if last < 0 {
		return mention{}, false
	}
	// "the wary Jones", "the more candid Lady Wexcombe": a name after all.
	if w.nameLike(last) {
		if np, name, ok := w.nameBefore(last, i+1); ok {
			np[0] = i
			return d.makeMention(mentionName, np, name, genderUnknown), true
		}
	}
	// "had been repeated many times over": in a story a time is no
	// one who speaks.
	if d.register == RegisterFiction && (w.lower(last) == "times" || w.lower(last) == "time" || timeNouns[w.lower(last)]) {
		return mention{}, false
	}
	g := nounGender[w.lower(last)]
	if d.register == RegisterFiction {
		last = d.trailingPP(last, max)
	}
	return d.makeMention(mentionNominal, [2]int{i, last + 1}, [2]int{i, last + 1}, g), true
}

// functionWordsNoDegree reports whether l is a closed-class word other than
// an adverb of degree or time that may modify a participle or adjective.
func functionWordsNoDegree(l string) bool {
	switch l {
	case "more", "most", "less", "least", "still", "now", "very", "once", "ever", "always", "too":
		return false
	}
	return functionWords[l]
}

// timeOpeners open a time adverbial after a noun: "next morning", "many
// times", "last night", "several times".
var timeOpeners = setOf(`next many last several`)

// articles open a phrase that can tell which one a person is, "the man
// with the keys", "a voice in a corner", as a possessive seldom does.
var articles = setOf(`the a an`)

// oneOf finds, in fiction, the speaker an attribution names by one word
// standing for a noun, "said another", "said one", or as one of a group,
// "said one of the colts": a walk-on of a crowd, whom a turn of the
// exchange before would be mistaken for.
func (d *doc) oneOf(i, max int) (mention, bool) {
	w := &d.w
	k := i + 1
	if k >= max || !w.isWord(k) {
		if k < len(w.toks) && w.isPunct(k, ",.;:!?") {
			return d.makeMention(mentionNominal, [2]int{i, k}, [2]int{i, k}, genderUnknown), true
		}
		return mention{}, false
	}
	if w.lower(i) != "one" || w.lower(k) != "of" || !w.isWord(k+1) || !w.in(k+1, classDeterminer) || w.isCap(k+1) {
		return mention{}, false
	}
	for j := k + 2; j < max && j <= k+4; j++ {
		if !w.isWord(j) || w.isCap(j) {
			return mention{}, false
		}
		if d.nounHead(j) && strings.HasSuffix(w.lower(j), "s") {
			if j+1 < len(w.toks) && !w.isWord(j+1) {
				return d.makeMention(mentionNominal, [2]int{i, j + 1}, [2]int{i, j + 1}, genderUnknown), true
			}
			return mention{}, false
		}
		if !d.modifier(j) {
			return mention{}, false
		}
	}
	return mention{}, false
}

// mannerNouns end a phrase that tells how words were said, not who said
// them: "said the man in the same tone".
var mannerNouns = map[string]bool{"voice": true, "tone": true, "manner": true, "way": true, "air": true, "same": true, "accent": true, "whisper": true, "undertone": true}

// trailingPP extends a description of fiction ending at token last by the
// phrase that tells which one it is, "the man with the basket", "a man in
// the crowd": a walk-on is known by the whole of it, and "the man" alone
// would be any man. Only a short phrase, "with" or "in", a determiner, a
// noun, that closes the clause (punctuation follows), so that "said the man
// in a low voice" is no phrase of the man's. It returns the new last token.
func (d *doc) trailingPP(last, max int) int {
	w := &d.w
	k := last + 1
	if k >= max || !w.isWord(k) || w.isCap(k) {
		return last
	}
	switch w.lower(k) {
	case "with", "in":
	default:
		return last
	}
	// "the", not "a": "said the man with a smile", "in a low voice" tell
	// how he spoke.
	if !w.isWord(k+1) || w.word(k+1) != "the" {
		return last
	}
	for j := k + 2; j < max && j <= k+4; j++ {
		if !w.isWord(j) || w.isCap(j) {
			return last
		}
		if d.nounHead(j) && !d.lyAdverb(j) {
			if mannerNouns[w.lower(j)] {
				return last
			}
			if j+1 < len(w.toks) && !w.isWord(j+1) && w.isPunct(j+1, ",.;:!?") {
				return j
			}
			return last
		}
		if !d.modifier(j) {
			return last
		}
	}
	return last
}

func (d *doc) makeMention(kind mentionKind, np, name [2]int, g gender) mention {
	w := &d.w
	m := mention{
		Span:   Span{w.toks[name[0]].Start, w.toks[name[1]-1].End},
		Kind:   kind,
		First:  np[0],
		Last:   np[1],
		Gender: g,
	}
	switch kind {
	case mentionName:
		m.Name = d.text[m.Start:m.End]
		m.Org = w.isOrgRange(name) || name[1]-name[0] > 2 && w.isOrgRange(np)
		// "the King" alone keeps its article; "the Mr. Smith" is Mr. Smith.
		m.The = w.isWord(name[0]-1) && w.lower(name[0]-1) == "the" && (!w.in(name[0], classHonorific) || name[1]-name[0] == 1)
		// The class tells a key of honorifics without a look-up.
		if name[1]-name[0] > 1 && w.in(name[0], classHonorific) {
			m.Gender = honorifics[w.lower(name[0])]
		}
		if m.Org {
			m.Gender = genderNeuter
		}
	case mentionNominal:
		m.Name = d.text[m.Start:m.End]
		m.Org = w.isOrgRange(np)
		// "Some former workers said …. That, they said, …": a plural
		// head makes a they of the description, whichever rule found it.
		if m.Gender == genderUnknown && d.register == RegisterNews && d.tagOf(name[1]-1) == "NNS" {
			m.Gender = genderPlural
		}
	default:
		m.Name = d.text[m.Start:m.End]
	}
	return m
}

// sentenceStart reports whether token i opens its sentence.
func (d *doc) sentenceStart(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	// Only a sentence that opens with punctuation may open with a dash.
	first := d.sents[d.sentOf[i]].First
	if first == i || d.toks[first].Kind != tokPunct {
		return first == i
	}
	return d.afterDash(first, i) == i
}

// afterDash returns the first token from k, before end, that is no dash:
// ".--Every body was glad", ".--Tom rose": a dash after a full stop opens
// the sentence, and the word after it stands first.
func (d *doc) afterDash(k, end int) int {
	for k < end && d.w.isPunct(k, "-\u2014\u2013") {
		k++
	}
	return k
}

// timeNouns end time adverbials that may stand between a subject and its
// verb: "Varga on Friday said", "officials last week warned".
var timeNouns = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "week": true, "month": true, "year": true,
	"night": true, "morning": true, "afternoon": true, "evening": true, "weekend": true,
	"yesterday": true, "today": true, "tonight": true,
}

// skipBack steps left from token j over what may stand between a subject
// and its verb: adverbs, auxiliaries, reflexives and time adverbials.
func (d *doc) skipBack(j, min int) int {
	w := &d.w
	for j >= min && w.isWord(j) {
		l := w.lower(j)
		switch {
		case w.in(j, classSkippable), l == "here", l == "there", l == "now", l == "itself", l == "himself",
			l == "herself", l == "themselves", l == "alone":
		case strings.HasSuffix(l, "ly") && !w.isCap(j) && len(l) > 4:
		// "has long said": after an auxiliary "long" is an adverb, not
		// the adjective of "a long pause".
		case l == "long" && j-1 >= min && w.isWord(j-1) && (w.lower(j-1) == "has" || w.lower(j-1) == "have" || w.lower(j-1) == "had"):
		// "and at once exclaimed", "Ada at last said": in a story a
		// phrase of time stands between subject and verb.
		case d.register == RegisterFiction && l == "at" && w.isWord(j+1) && (w.lower(j+1) == "once" || w.lower(j+1) == "last" || w.lower(j+1) == "length"):
		case timeNouns[l]:
			if j-1 >= min && w.isWord(j-1) {
				switch w.lower(j - 1) {
				case "on", "last", "this", "earlier", "late", "early", "next", "that":
					j--
				case "past":
					// "Roe this past week announced": "past" is the
					// date's, as "last" is.
					if j-2 >= min && w.isWord(j-2) && (w.lower(j-2) == "this" || w.lower(j-2) == "the") {
						j -= 2
					}
				}
			}
		default:
			return j
		}
		j--
	}
	return j
}

// phraseStart walks left from token i over the modifiers of a noun phrase
// ("Pellham campaign manager Jeff Ockley") to where a clause begins, and
// reports whether it found one.
func (d *doc) phraseStart(i, min int) (int, bool) {
	// "And even Ann Roe admitted", "only the mayor said": focus adverbs
	// may stand before the phrase, between it and its clause's start,
	// but are no part of it.
	phrase, focus := i, false
	for k := i; k >= min && i-k < 7; k-- {
		if !focus {
			phrase = k
		}
		if d.clauseStart(k, min) {
			return phrase, true
		}
		// "Six in 10 Virginia voters", "one of the aides".
		if !focus && k-2 >= min && d.w.isWord(k-1) && (d.w.lower(k-1) == "in" || d.w.lower(k-1) == "of") && d.tagOf(k-2) == "CD" {
			k--
			continue
		}
		// Before a number it is part of the amount: "only 30 percent".
		if k-1 >= min && d.w.isWord(k-1) && focusAdverbs[d.w.lower(k-1)] && d.tagOf(k) != "CD" {
			focus = true
			continue
		}
		if focus || k-1 < min || !d.w.isWord(k-1) || !(d.w.isCap(k-1) || d.modifier(k-1) || d.w.in(k-1, classDeterminer)) {
			break
		}
	}
	return i, false
}

// focusAdverbs single out the phrase after them: "even", "only",
// "especially Ann Roe".
var focusAdverbs = setOf(`even only especially particularly notably not`)

// afterDateline returns the token after the dateline that opens the
// paragraph at token i, "DOVER, Del. -- The mayor …", "Dover (AP) – The
// mayor …", or i when there is none. The place there says where the
// story was filed: it is no subject of the sentence. A dateline is
// news's; end bounds the search.
func (d *doc) afterDateline(i, end int) int {
	w := &d.w
	if d.register != RegisterNews || i >= end || i > 0 && d.paraOf[i-1] == d.paraOf[i] {
		return i
	}
	// The place is in capitals, "DOVER", or a state or an agency
	// follows it: "Ann Roe — a surgeon —" opens no dateline.
	k, shouted := i, true
	for k < end && k-i < 4 && w.isWord(k) && w.isCap(k) {
		shouted = shouted && len(w.word(k)) > 1 && upperCase(w.word(k))
		k++
	}
	if k == i {
		return i
	}
	marked := shouted
	// ", Del." or ", N.J.": the state after the city.
	if w.isPunct(k, ",") && w.isWord(k+1) && w.isCap(k+1) && (w.isPunct(k+2, "–—-(") || w.isWord(k+2) && w.isCap(k+2) && w.isPunct(k+3, "–—-(")) {
		k += 2
		if w.isWord(k) {
			k++
		}
		marked = true
	}
	// "(AP)", "(Reuters)": the agency that filed it, in capitals.
	if w.isPunct(k, "(") && w.isWord(k+1) && w.isCap(k+1) && w.isPunct(k+2, ")") {
		k += 3
		marked = true
	}
	if !marked {
		return i
	}
	j := k
	for j < end && j-k < 2 && w.isPunct(j, "–—-") {
		j++
	}
	if j == k || j >= end || !w.isWord(j) || !w.isCap(j) {
		return i
	}
	return j
}

// possessive reports whether a word ends in 's, which ends a name: "Mrs.
// Quarrie's Roman nose" names Mrs. Quarrie.
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// trimName drops a sentence-initial adverb or adjective that the
// capitalisation glued to a name: "Happily Bowyer", "Poor Alice".
func (d *doc) trimName(np, name [2]int) ([2]int, [2]int) {
	if name[1]-name[0] < 2 {
		return np, name
	}
	if d.register == RegisterFiction {
		np, name = d.trimFictionName(np, name)
	}
	if name[1]-name[0] < 2 || d.w.in(name[0], classHonorific) {
		return np, name
	}
	first := d.w.lower(name[0])
	atStart := d.sentenceStart(name[0]) || d.w.isPunct(name[0]-1, "\"“‘'")
	// "Fifteen-year-old Jo": a compound whose last part is lower case.
	compound := false
	if k := lastHyphen(d.w.word(name[0])); k >= 0 && k+1 < len(d.w.word(name[0])) {
		r, _ := utf8.DecodeRuneInString(d.w.word(name[0])[k+1:])
		compound = unicode.IsLower(r)
	}
	if compound || atStart && (strings.HasSuffix(first, "ly") || d.usedInLowerCase(first)) {
		name[0]++
		if np[0] < name[0] && np[0] == name[0]-1 {
			np[0] = name[0]
		}
	}
	// A heading in title case is not a name: "Rhoda Makes Up Her Mind",
	// "Ada Comes". The name ends before a word the text also writes in
	// lower case, unless it is a title after "the": "the Nameless Man",
	// or follows a particle, which a surname must follow: "St Cloud".
	titled := d.w.isWord(name[0]-1) && d.w.lower(name[0]-1) == "the" && name[1]-name[0] <= 3
	if !titled && !d.w.isOrgRange(name) {
		np, name = d.cutHeading(np, name, name[0]+1)
	}
	if d.register == RegisterNews {
		name = d.dropRoleWords(name)
	}
	return np, name
}

// dropRoleWords drops from the start of a name of three words or more the
// nouns of a role that news sets before a person's name in capitals,
// "Comedian Ann Roe", "Pastor Ann Roe", "Representatives Ann Roe and …",
// "Staff Ann Roe" (of "Chief of Staff"): they say what she is, and the
// name the quote is credited to is hers alone. Any other word the text
// writes in lower case goes only before a known given name, which tells
// "Staff Ann Roe" from a name that opens with an ordinary word ("Grey
// Rock Fund").
// The phrase keeps the words; only the name, and so the entity, loses
// them.
func (d *doc) dropRoleWords(name [2]int) [2]int {
	w := &d.w
	// "South Dover-born Ann Roe": a compound whose last part is in lower
	// case ends what is said of her; the name follows it.
	for k := name[0]; k+2 < name[1]; k++ {
		word := w.word(k)
		if h := lastHyphen(word); h >= 0 && h+1 < len(word) {
			if r, _ := utf8.DecodeRuneInString(word[h+1:]); unicode.IsLower(r) {
				name[0] = k + 1
			}
		}
	}
	for name[1]-name[0] >= 3 && w.isCap(name[0]) && !w.in(name[0], classHonorific|classNameParticle) {
		l := strings.TrimSuffix(w.lower(name[0]), ".")
		one := strings.TrimSuffix(l, "s")
		next := strings.TrimSuffix(w.lower(name[0]+1), ".")
		// An agent noun, "Comedian", "Pastor", "Actress", "Alderman",
		// shares its ending with given names and surnames ("Tyler",
		// "Christian", "Bess", "Truman"): it is a role when the text
		// also writes it in lower case or a known given name follows
		// it. No name ends as "Journalist" does.
		given := givenNames[next] != genderUnknown
		agent := (agentEnding(l) || agentEnding(one) || strings.HasSuffix(l, "ess") || strings.HasSuffix(l, "man")) && givenNames[l] == genderUnknown
		role := jobTitles[l] || jobTitles[one] || personLexicon(l) || personLexicon(one) || len(l) > 5 && strings.HasSuffix(one, "ist")
		if !role && !((agent || given) && d.usedInLowerCase(l)) && !(agent && given) {
			break
		}
		// What follows must look like a person's name: capitalised
		// words, none the head of an organisation.
		rest := [2]int{name[0] + 1, name[1]}
		if w.isOrgRange(rest) || w.in(name[0]+1, classStopCap|classJobTitle) {
			break
		}
		caps := true
		for k := rest[0]; k < rest[1]; k++ {
			caps = caps && w.isCap(k)
		}
		if !caps {
			break
		}
		name = rest
	}
	return name
}

// lastHyphen is strings.LastIndexAny(s, "-‐"), which with U+2010 in its
// cutset reads s rune by rune: a word without the lead byte of U+2010 is
// searched for '-' alone.
func lastHyphen(s string) int {
	if strings.IndexByte(s, "‐"[0]) < 0 {
		return strings.LastIndexByte(s, '-')
	}
	return strings.LastIndexAny(s, "-‐")
}

// cutHeading ends a name before its first word from token from on that
// the text also writes in lower case, a heading's title-case word ("Ada
// Comes"), unless a particle, an honorific or a job title, or the word
// after a particle, which a surname is ("St Cloud").
func (d *doc) cutHeading(np, name [2]int, from int) ([2]int, [2]int) {
	for k := from; k < name[1]; k++ {
		l := d.w.lower(k)
		// usedInLowerCase first: its filter answers most names without
		// a map look-up.
		if (d.usedInLowerCase(l) || d.headlineVerb(k, l, k-name[0] >= 2)) && !d.w.in(k, classNameParticle|classHonorific|classJobTitle) && !d.w.in(k-1, classNameParticle) {
			name[1] = k
			np[1] = k
			break
		}
	}
	return np, name
}

// headlineVerb reports whether token k, l in lower case, is in news the
// finite verb of a headline in title case, "Ann Roe Says Talks Failed",
// "Ann Roe Warned Voters", "Ann Roe Defends Record": a reporting verb,
// or one the tagger reads as finite, that the article itself writes
// only in another tense ("said") is never part of a name. The tagger is
// trusted only after a full name, named says whether one precedes: it
// reads the plural of a name's second word as a verb too ("Harbor Lives
// Matter").
func (d *doc) headlineVerb(k int, l string, named bool) bool {
	if d.register != RegisterNews {
		return false
	}
	if named {
		// "Ann Roe Calls for Inquiry": after a full name the present of
		// a reporting verb that is a noun too is the verb, not a plural.
		if nounVerbPresent[l] {
			return true
		}
		// Only a word that ends as a finite verb mostly does is worth
		// the tagger: tagging every third word of a long name cost a
		// seventh of the run.
		if strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ed") {
			if t := d.tagOf(k); t == "VBD" || t == "VBZ" {
				return true
			}
		}
	}
	for _, e := range defaultCues.forms[l] {
		if e.form == formFinite && e.particle == "" {
			return true
		}
	}
	return false
}

// nounVerbPresent holds the present, "calls", "praises", of the verbs of
// the cue lexicon that are nouns too, which the lexicon keeps out.
var nounVerbPresent = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range [][][4]string{speechVerbs, actVerbs, mannerVerbs} {
		for _, v := range list {
			if nounLike[v[0]] {
				m[v[1]] = true
			}
		}
	}
	return m
}()

// trimFictionName cuts from a novel's name the words its capitals and
// hard line wraps glue to it: a date before it, "by the middle of
// June\nAda was well", a word said twice, "Ned Ned Pike",
// and after a title of address a chapter heading's title-case words,
// "Miss Ada Pike Goes Out", which trimName's heading check, starting
// after the first word, leaves to a name that opens with a title.
func (d *doc) trimFictionName(np, name [2]int) ([2]int, [2]int) {
	w := &d.w
	drop := func() {
		if np[0] == name[0] {
			np[0]++
		}
		name[0]++
	}
	// After a preposition of time a weekday or a month is a date, not
	// the start of a name: "on Sunday Ada came". A month that is a given
	// name too is a date only when a given name follows it: "in June
	// Ada came", but "of May Quince" is May. "The April Fool" is a
	// name.
	if l := w.lower(name[0]); calendarWords[l] && name[1]-name[0] >= 2 && w.isWord(name[0]-1) && datePrepositions[w.lower(name[0]-1)] {
		next := w.lower(name[0] + 1)
		if !femaleNames[l] && !maleNames[l] || femaleNames[next] || maleNames[next] {
			drop()
		}
	}
	if name[1]-name[0] >= 2 && w.word(name[0]) == w.word(name[0]+1) {
		drop()
	}
	if name[1]-name[0] >= 3 && w.in(name[0], classHonorific) {
		np, name = d.cutHeading(np, name, name[0]+2)
	}
	return np, name
}

// datePrepositions come before a date: "in June", "on Sunday".
var datePrepositions = setOf(`in on of since until till by during before after next last following`)

func honorificWord(w string) bool {
	_, ok := honorifics[w]
	return ok
}

// usedInLowerCase reports whether the text uses w as an ordinary word,
// in lower case, which tells "Poor Alice" from "Robert Hormats". w is the
// lower-case form of a word.
//
// On first use every word the text writes in lower case sets a bit of a
// small filter (a hash of the word picks the bit), a pass that costs a few
// nanoseconds a token where a map of the words cost a map operation each.
// Most words asked about are names whose bit is clear: false, exactly. A
// set bit is checked against the tokens themselves.
func (d *doc) usedInLowerCase(w string) bool {
	if d.lowerBits == nil {
		d.fillLowerBits()
	}
	if k, bit := d.lowerBit(w); d.lowerBits[k]&bit == 0 {
		return false
	}
	if seen, ok := d.lowerAsked[w]; ok {
		return seen
	}
	if d.lowerRead > 64*len(d.toks) {
		// So many words asked about on a text so long that checking each
		// against the tokens would cost more than a map of them all.
		if d.lowerWords == nil {
			d.lowerWords = map[string]bool{}
			for i := range d.toks {
				if d.w.isLower(i) {
					d.lowerWords[d.w.lower(i)] = true
				}
			}
		}
		return d.lowerWords[w]
	}
	d.lowerRead += len(d.toks)
	seen, ok := d.findLower(w)
	if !ok {
		seen = d.scanLower(w)
	}
	if d.lowerAsked == nil {
		d.lowerAsked = map[string]bool{}
	}
	d.lowerAsked[w] = seen
	return seen
}

// fillLowerBits sets the bit of usedInLowerCase's filter of every word the
// text writes in lower case. It reads every token of the text, and each
// word of eight bytes or less, as most are, in one load (see wordHash).
func (d *doc) fillLowerBits() {
	// About eight bits per token keeps false hits rare.
	n := 1 << 10
	for n < 8*len(d.toks) && n < 1<<24 {
		n <<= 1
	}
	bits := make([]uint64, n/64)
	d.lowerBits = bits
	mask := uint64(n - 1)
	text, low, toks := d.text, d.w.low, d.toks
	plain := len(d.w.odd) == 0
	for i := range toks {
		t := &toks[i]
		if t.Kind != tokWord {
			continue
		}
		// isLower, with its ASCII case spelled out; the rest, rare, is
		// left to setLowerBit.
		if c := text[t.Start]; c-'a' > 'z'-'a' || !plain {
			if c >= utf8.RuneSelf || !plain {
				d.setLowerBit(i)
			}
			continue
		}
		// w.lower(i), read straight from the lower-cased text where no
		// letter lowers to another length.
		start, end := t.Start, t.End
		if low[end-1] == '.' {
			end--
		}
		var h uint64
		if k := end - start; k <= 8 && start+8 <= len(low) {
			h = chunkHash(load64(low, start)&tailMask[k], k)
		} else {
			h = wordHash(low[start:end])
		}
		h &= mask
		bits[h/64] |= 1 << (h % 64)
	}
}

// setLowerBit sets the bit of usedInLowerCase's filter of token i if it
// is a word in lower case.
func (d *doc) setLowerBit(i int) {
	if d.w.isLower(i) {
		k, bit := d.lowerBit(d.w.lower(i))
		d.lowerBits[k] |= bit
	}
}

// findLower is the search of usedInLowerCase past its filter, through
// the lower-cased text: an occurrence of w there is one in lower case
// when a token in lower case starts at it and ends with it (or with a
// period after it). ok is false when it cannot tell, where letters lower
// to other lengths or w is found too often.
func (d *doc) findLower(w string) (seen, ok bool) {
	if len(d.w.odd) > 0 || w == "" {
		return false, false
	}
	low, text := d.w.low, d.text
	for from, hits := 0, 0; ; from++ {
		k := strings.Index(low[from:], w)
		if k < 0 {
			return false, true
		}
		from += k
		// Capitalised, as the names asked about mostly are: not a token
		// in lower case, without looking the token up.
		if c := text[from]; c < utf8.RuneSelf && (c < 'a' || c > 'z') {
			continue
		}
		if hits++; hits > 32 {
			return false, false
		}
		i, found := slices.BinarySearchFunc(d.toks, from, func(t token, at int) int { return t.Start - at })
		if !found {
			continue
		}
		t := d.toks[i]
		if n := t.End - t.Start; (n == len(w) && low[t.End-1] != '.' || n == len(w)+1 && low[t.End-1] == '.') && d.w.isLower(i) {
			return true, true
		}
	}
}

// scanLower reports whether a token in lower case is w, reading every
// token.
func (d *doc) scanLower(w string) bool {
	for i, t := range d.toks {
		// Lengths first: most tokens are ruled out without reading them.
		if n := t.End - t.Start; (n == len(w) || n == len(w)+1) && d.w.isLower(i) && d.w.lower(i) == w {
			return true
		}
	}
	return false
}

// lowerBit returns the word of lowerBits and the bit in it that stand for w.
func (d *doc) lowerBit(w string) (int, uint64) { return d.lowerBitOf(wordHash(w)) }

// lowerBitOf is lowerBit for the hash h of a word.
func (d *doc) lowerBitOf(h uint64) (int, uint64) {
	h &= uint64(len(d.lowerBits)*64 - 1)
	return int(h / 64), 1 << (h % 64)
}

// wordHash hashes w eight bytes at a time, little-endian, the last piece
// padded with zeros: fillLowerBits hashes a short word of the text from
// one load, masked to its length, to the same value.
func wordHash(w string) uint64 {
	if len(w) <= 8 {
		return chunkHash(tail64(w), len(w))
	}
	h := uint64(len(w))
	for len(w) > 8 {
		h = (h ^ load64(w, 0)) * 0x9e3779b97f4a7c15
		h ^= h >> 32
		w = w[8:]
	}
	return chunkHash(h^tail64(w), len(w))
}

// chunkHash mixes v, a word's last eight bytes or fewer, and their number
// n so that the low bits, which pick a bit of usedInLowerCase's filter,
// depend on every bit (the finaliser of SplitMix64).
func chunkHash(v uint64, n int) uint64 {
	h := v ^ uint64(n)<<58
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// load64 reads the eight bytes of s from i, little-endian.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// tail64 reads s, of eight bytes or fewer, little-endian, as load64 would
// with zeros after it.
func tail64(s string) uint64 {
	var v uint64
	for i := len(s) - 1; i >= 0; i-- {
		v = v<<8 | uint64(s[i])
	}
	return v
}

// tailMask keeps the first n bytes of a load64.
var tailMask = [9]uint64{0, 1<<8 - 1, 1<<16 - 1, 1<<24 - 1, 1<<32 - 1, 1<<40 - 1, 1<<48 - 1, 1<<56 - 1, ^uint64(0)}

// knownName reports whether the text writes w capitalised mostly inside
// sentences and never in lower case: "Ferrot stared", and in news a
// surname the tagger takes for a noun where it opens a sentence ("Ann
// Fields spoke. Fields later posted …").
func (d *doc) knownName(w string) bool {
	return d.capsInside(w) && !d.usedInLowerCase(w)
}

// capsInside reports whether the text writes w capitalised mostly inside
// sentences, where names are ("said Jane"), rather than where a sentence
// starts ("Ah!"). The counts are built once per document, on first use.
func (d *doc) capsInside(w string) bool {
	c := d.capsCounts(w)
	return c[1] >= 2 && 3*c[1] >= c[0]
}

// capsCounts returns how many times the text writes w capitalised, and
// how many of those inside a sentence. A document asks about a few words:
// each is counted by a pass over the tokens that compares only those of
// its length, and kept. Past capsScans such passes the counts of every
// capitalised word are built at once, one map look-up a capitalised token:
// the map gives the word's place in capsN.
func (d *doc) capsCounts(w string) [2]int {
	if d.capsSeen == nil && d.capsScans < 16 {
		if c, ok := d.capsAsked[w]; ok {
			return c
		}
		d.capsScans++
		c := d.countCaps(w)
		if d.capsAsked == nil {
			d.capsAsked = map[string][2]int{}
		}
		d.capsAsked[w] = c
		return c
	}
	if d.capsSeen == nil {
		d.capsSeen = map[string]int{}
		for i, t := range d.toks {
			// isCap, with its ASCII case spelled out: this reads every
			// token of the text.
			if t.Kind != tokWord {
				continue
			}
			if c := d.text[t.Start]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') || c >= utf8.RuneSelf && !d.w.isCap(i) {
				continue
			}
			l := d.w.lower(i)
			k, ok := d.capsSeen[l]
			if !ok {
				k = len(d.capsN)
				d.capsSeen[l] = k
				d.capsN = append(d.capsN, [2]int{})
			}
			d.capsN[k][0]++
			if d.capsInSentence(i) {
				d.capsN[k][1]++
			}
		}
	}
	if k, ok := d.capsSeen[w]; ok {
		return d.capsN[k]
	}
	return [2]int{}
}

// capsInSentence reports whether capitalised token i stands inside a
// sentence, where names are, rather than opening one.
func (d *doc) capsInSentence(i int) bool {
	return !d.sentenceStart(i) && (i == 0 || d.toks[i-1].Kind == tokWord || d.w.isPunct(i-1, ","))
}

// countCaps is capsCounts(w) counted over the tokens.
func (d *doc) countCaps(w string) (c [2]int) {
	if len(d.w.odd) == 0 && w != "" {
		return d.findCaps(w)
	}
	// lower(i) is the token or the token less a final period, except
	// where a letter lowers to another length (w.odd).
	sized := len(d.w.odd) == 0
	for i, t := range d.toks {
		if n := t.End - t.Start; sized && n != len(w) && n != len(w)+1 || t.Kind != tokWord {
			continue
		}
		if !d.w.isCap(i) || d.w.lower(i) != w {
			continue
		}
		c[0]++
		if d.capsInSentence(i) {
			c[1]++
		}
	}
	return c
}

// findCaps is countCaps for a text whose letters all lower to their own
// length: it reads only the tokens at the places the lower-cased text has
// w, where a capitalised token starts, instead of every token of the text.
func (d *doc) findCaps(w string) (c [2]int) {
	low, text := d.w.low, d.text
	// A word of a lower-case ASCII letter first is found where the text
	// has that letter in capitals, which are few, then w in low there.
	upper := -1
	if 'a' <= w[0] && w[0] <= 'z' {
		upper = int(w[0] - 'a' + 'A')
	}
	for from := 0; ; from++ {
		if upper >= 0 {
			k := strings.IndexByte(text[from:], byte(upper))
			if k < 0 {
				return c
			}
			if from += k; !strings.HasPrefix(low[from:], w) {
				continue
			}
		} else {
			k := strings.Index(low[from:], w)
			if k < 0 {
				return c
			}
			from += k
			if b := text[from]; b < utf8.RuneSelf && (b < 'A' || b > 'Z') {
				continue // not capitalised
			}
		}
		i, found := slices.BinarySearchFunc(d.toks, from, func(t token, at int) int { return t.Start - at })
		if !found {
			continue
		}
		// lower(i) == w: the token is w, or w and a period.
		t := d.toks[i]
		if n := t.End - t.Start; t.Kind != tokWord || !(n == len(w) && low[t.End-1] != '.' || n == len(w)+1 && low[t.End-1] == '.') || !d.w.isCap(i) {
			continue
		}
		c[0]++
		if d.capsInSentence(i) {
			c[1]++
		}
	}
}

// capsCount returns how many times the text writes w capitalised.
func (d *doc) capsCount(w string) int {
	return d.capsCounts(w)[0]
}

// titledName returns the last token of a name that follows a lower-case
// job title in the phrase starting at i ("Democratic strategist Hank
// Sheinkopf"), or -1.
func (w *words) titledName(i, max int) int {
	k := i
	for k < max && w.nameLike(k) {
		k++
	}
	// "Dover seafood-processing executive Ann Roe": a compound in
	// lower case may say what the title is of.
	if k+1 < max && w.isWord(k) && !w.isCap(k) && strings.ContainsAny(w.word(k), "-‐") && w.isWord(k+1) {
		k++
	}
	if k >= max || !w.isWord(k) || !w.in(k, classJobTitle) && !lowerTitles[w.lower(k)] {
		return -1
	}
	for k < max && w.isWord(k) && !w.isCap(k) && (w.in(k, classJobTitle) || lowerTitles[w.lower(k)]) {
		k++
	}
	if !w.nameLike(k) {
		return -1
	}
	for k+1 < max && w.nameLike(k+1) {
		k++
	}
	return k
}

// lowerTitles are occupations written in lower case before a name.
var lowerTitles = map[string]bool{
	"strategist": true, "pollster": true, "consultant": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "aide": true, "adviser": true, "advisor": true,
	"lawyer": true, "attorney": true, "professor": true, "economist": true, "analyst": true,
	"activist": true, "operative": true, "chairman": true, "chairwoman": true, "senator": true,
	"governor": true, "candidate": true, "manager": true, "director": true, "leader": true,
	"official": true, "commentator": true, "columnist": true, "host": true, "historian": true,
	"researcher": true, "scientist": true, "expert": true, "voter": true, "resident": true,
	"businessman": true, "businesswoman": true, "donor": true, "lobbyist": true, "writer": true,
	"author": true, "nominee": true, "lawmaker": true, "congressman": true, "congresswoman": true,
	"delegate": true,
}
