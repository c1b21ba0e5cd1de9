package extract

import "strings"

// Register is the kind of writing a text is, which decides conventions the
// rules rely on.
type Register uint8

// Registers. RegisterAuto lets the Extractor decide per document.
const (
	RegisterAuto Register = iota
	// RegisterNews is reportage: reported speech is attributed as well as
	// quotations, and a quotation paragraph continues the speaker before it.
	RegisterNews
	// RegisterFiction is narrative: only quoted speech is attributed
	// (reported speech is narration), and dialogue paragraphs alternate
	// speakers.
	RegisterFiction
)

// minFictionWords is the shortest text that may be judged fiction.
const minFictionWords = 150

// genreWord marks a word guessRegister counts.
type genreWord uint8

const (
	genreNone    genreWord = iota
	genreNews              // far more frequent in reportage than in fiction
	genrePronoun           // a personal pronoun: far more frequent in fiction
)

// registerNews are far more frequent in reportage than in fiction;
// registerPronouns, personal pronouns, far more frequent in fiction.
const (
	registerNews = `monday tuesday wednesday thursday friday saturday sunday
percent according president sen rep gov official officials
spokesman spokeswoman campaign government reporters statement`
	registerPronouns = `he she her him his i me my`
)

// registerWords files the words guessRegister counts by first letter and
// length, so that telling a word costs a comparison or two and most words,
// whose letter and length no counted word has, none: a map hashed every
// word of every text, and a switch still compared each against several.
var registerWords = func() (t [26][12][]registerEntry) {
	for g, list := range map[genreWord]string{genreNews: registerNews, genrePronoun: registerPronouns} {
		for _, w := range strings.Fields(list) {
			t[w[0]-'a'][len(w)] = append(t[w[0]-'a'][len(w)], registerEntry{w, g})
		}
	}
	return t
}()

type registerEntry struct {
	word string
	kind genreWord
}

// registerCell reports whether a counted word starts with byte c and is n
// bytes long: most words are not even looked up. c is the word's first
// byte in lower case.
func registerCell(c byte, n int) bool {
	return c-'a' < 26 && registerLengths[c-'a']>>uint(n)&1 != 0
}

// registerLengths has bit n of entry c set when registerWords holds words
// of first letter 'a'+c and length n: one load tells registerCell.
var registerLengths = func() (t [26]uint16) {
	for c := range registerWords {
		for n, list := range registerWords[c] {
			if list != nil {
				t[c] |= 1 << n
			}
		}
	}
	return t
}()

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// registerWord tells the words guessRegister counts; w is in lower case.
func registerWord(w string) genreWord {
	if w == "" || w[0]-'a' >= 26 || len(w) >= 12 {
		return genreNone
	}
	for _, e := range registerWords[w[0]-'a'][len(w)] {
		if e.word == w {
			return e.kind
		}
	}
	return genreNone
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// guessRegister tells news from fiction by three rates per thousand words:
// tokens with digits (dates, figures, ages) and news words raise the score,
// personal pronouns of the narration lower it. Pronouns inside quotation
// marks do not count: news quotes people speaking in the first person as
// much as fiction does, and counting them put one article in seventy on
// the fiction side. On the development sets it puts 99% of news articles
// and 97% of fiction texts on the right side.
func (d *doc) guessRegister() Register {
	words, digits, news, pronouns := 0, 0, 0, 0
	quoted, chapter := false, false
	// Paragraphs start where tokens have ParaStart, the first token
	// among them; the loop below then calls nothing that is not inlined,
	// which keeps its counts in registers.
	for _, p := range d.paras {
		if d.chapterHeading(p.First) {
			chapter = true
			break
		}
	}
	text, toks, low, plain := d.text, d.toks, d.w.low, len(d.w.odd) == 0
	for i := range toks {
		t := &toks[i]
		if t.ParaStart {
			// A quotation running over paragraphs reopens each one.
			quoted = false
		}
		if t.Kind != tokWord {
			// A punctuation token is one character, told by its first
			// byte before the string comparison.
			switch text[t.Start] {
			case '"':
				quoted = !quoted
			case 0xe2: // the first byte of “ and ”
				switch text[t.Start:t.End] {
				case "“":
					quoted = true
				case "”":
					quoted = false
				}
			}
			continue
		}
		words++
		if t.Digit { // hasDigit(s), found by scan
			digits++
			continue
		}
		if plain && !registerCell(low[t.Start], t.End-t.Start-boolInt(text[t.End-1] == '.')) {
			continue
		}
		switch registerWord(d.w.lower(i)) {
		case genreNews:
			news++
		case genrePronoun:
			if !quoted {
				pronouns++
			}
		}
	}
	// A snippet gives too little evidence to turn reported speech off.
	if words < minFictionWords {
		return RegisterNews
	}
	// An interview's "Q:" and "A:" lines are a newspaper's form, however
	// many times the one answering says "I".
	if d.interviewLabels() != nil {
		return RegisterNews
	}
	// A book's chapter heading outweighs any count: a novel opening on
	// dated letters reads, by its weekdays, like a report.
	if chapter {
		return RegisterFiction
	}
	score := (float64(digits) + 2*float64(news) - 0.2*float64(pronouns)) * 1000 / float64(words)
	if score < -1.5 {
		return RegisterFiction
	}
	return RegisterNews
}

// chapterHeading reports whether a paragraph starting at token i opens with a chapter
// heading, "CHAPTER IV", "Chapter 2", "Chapter the First": the word
// followed by a numeral. News cites chapters ("Chapter 11 bankruptcy")
// inside sentences, never as a paragraph of its own.
func (d *doc) chapterHeading(i int) bool {
	if d.w.lower(i) != "chapter" || i+1 >= len(d.toks) || d.toks[i+1].NewlineBefore {
		return false
	}
	j := i + 1
	if d.w.lower(j) == "the" && j+1 < len(d.toks) && !d.toks[j+1].NewlineBefore {
		j++
	}
	s := d.text[d.toks[j].Start:d.toks[j].End]
	if !numeral(s) && !numberWords[d.w.lower(j)] {
		return false
	}
	// The numeral ends the line, or punctuation and a title in capitals
	// follow it ("CHAPTER IV. THE RETURN", "Chapter 2: In Which We Meet"):
	// a paragraph that goes on as a sentence ("Chapter 11, the firm said,
	// …") is news about a bankruptcy.
	k := j + 1
	if k >= len(d.toks) || d.toks[k].NewlineBefore {
		return true
	}
	if d.toks[k].Kind == tokWord {
		return false
	}
	for k++; k < len(d.toks) && !d.toks[k].NewlineBefore; k++ {
		if d.toks[k].Kind == tokWord && !d.w.isCap(k) && !titleSmallWords[d.w.lower(k)] {
			return false
		}
	}
	return true
}

// titleSmallWords stay in lower case in a title: "Chapter 3. The Fall of
// the House".
var titleSmallWords = setOf(`a an the of in on at to and or for with by from`)
