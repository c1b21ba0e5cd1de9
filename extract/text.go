package extract

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters, digits and their inner joiners
	tokPunct                // one punctuation or symbol character
)

// token is a word or punctuation mark with its byte span. Tokens never carry
// white space; a paragraph break is recorded on the token after it.
type token struct {
	Start, End int
	Kind       tokKind
	// ParaStart is set on the first token of a paragraph.
	ParaStart bool
	// NewlineBefore is set when a line break separates this token from the
	// previous one.
	NewlineBefore bool
	// cls is the token's wordClass once asked (see words.class), and like
	// whether it is nameLike; they fit in the padding after the flags.
	cls  wordClass
	like uint8
	// Digit is set on a word holding an ASCII digit, which scan sees as
	// it reads the word (see guessRegister).
	Digit bool
}

// paragraph is a run of text between blank lines, as token and byte ranges.
type paragraph struct {
	Start, End  int // byte span, trimmed of white space
	First, Last int // token index range [First, Last)
}

// lowerText returns text in lower case, aligned byte for byte with text, so
// that a token's lower-case form is a slice of it: lowering each word on its
// own cost an allocation per capitalised word, on every rule that asked. A
// rune whose lower case has another UTF-8 length ("İ", "K" the Kelvin
// sign) or an invalid byte is copied as it is, and its offset listed in odd,
// where the caller lowers the word the slow way.
func lowerText(text string) (low string, odd []int) {
	low, odd, _ = lowerTextInto(nil, text)
	return low, odd
}

// lowerTextInto is lowerText lowering in buf, which it returns grown for
// the next document's use.
func lowerTextInto(buf []byte, text string) (low string, odd []int, _ []byte) {
	b := append(buf[:0], text...)
	for i := 0; i < len(b); {
		// Eight ASCII bytes at a time: the capitals among them, the bytes
		// from 'A' (0x41) to 'Z' (0x5a), are those that 0x3f carries to
		// 0x80 or above and 0x25 does not, and setting their 0x20 bit
		// lowers them.
		if i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			if x&0x8080808080808080 == 0 {
				if upper := (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & 0x8080808080808080; upper != 0 {
					binary.LittleEndian.PutUint64(b[i:], x|upper>>2)
				}
				i += 8
				continue
			}
		}
		if c := b[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(l) != size {
			odd = append(odd, i)
		} else if l != r {
			utf8.EncodeRune(b[i:], l)
		}
		i += size
	}
	return string(b), odd, b
}

// isJoiner reports whether r may join two parts of one word ("don't",
// "U.S.", "Sino-US", "O’Brien").
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '.', '&':
		return true
	}
	return false
}

// asciiWord marks the ASCII characters isWordRune accepts.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		t[r] = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'
	}
	return t
}()

// wordByte marks, per byte, an ASCII word character (wordLetter) and
// among them the digits (wordDigit too), so that wordEnd learns both from
// one load; bytes of multi-byte runes are 0 and take the slow path.
var wordByte = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if asciiWord[c] {
			t[c] = wordLetter
			if '0' <= c && c <= '9' {
				t[c] |= wordDigit
			}
		}
	}
	return t
}()

const (
	wordLetter = 1 << iota
	wordDigit
)

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '_'
}

// scan splits text into tokens and paragraphs in one pass. Paragraphs end
// at blank lines; a text with no blank line at all uses single line breaks
// instead, since some corpora store one paragraph per line.
//
// Tokens are appended to toks and paragraphs to paras, which may lend an
// earlier document's memory.
func scan(text string, toks []token, paras []paragraph) ([]token, []paragraph) {
	blankLines := hasBlankLine(text)
	if need := len(text)/5 + 4; cap(toks) < need {
		toks = make([]token, 0, need)
	}
	paraOpen := false
	newlines := 0
	paraStarted := false // the open paragraph has a token
	// No closure closes the paragraph: one that captured toks kept it in
	// memory rather than in registers, costing every append.
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' {
			i++ // the commonest byte between tokens, spared the tests below
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if r == '\u2029' {
				newlines += 3
				i += size
				continue
			}
			if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
				i += size
				continue
			}
		} else if c < ' ' {
			// ASCII white space other than the space itself.
			if c == '\n' || c == '\r' {
				if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
					size = 2
				}
				newlines++
				i += size
				continue
			}
			if c == '\t' || c == '\v' || c == '\f' {
				i++
				continue
			}
		}
		nl := newlines > 0
		if nl {
			if newlines >= 2 || !blankLines {
				paraStarted = false
				if paraOpen {
					closePara(paras, toks)
					paraOpen = false
				}
			}
			newlines = 0
		}
		start := i
		kind := tokPunct
		digit := false
		if k := wordByte[c]; k != 0 || c >= utf8.RuneSelf && isWordRune(r) {
			kind = tokWord
			i, digit = wordEnd(text, i+size)
			digit = digit || k&wordDigit != 0
			// Keep the period of initials and known abbreviations.
			if i < len(text) && text[i] == '.' && isAbbreviation(text[start:i]) && abbreviationFits(strings.ToLower(text[start:i]), text, i+1) {
				i++
			}
		} else {
			i += size
		}
		if !paraOpen {
			paras = append(paras, paragraph{Start: start, First: len(toks)})
			paraOpen = true
		}
		toks = append(toks, token{Start: start, End: i, Kind: kind, ParaStart: !paraStarted, NewlineBefore: nl, Digit: digit})
		paraStarted = true
	}
	if paraOpen {
		closePara(paras, toks)
	}
	return toks, paras
}

// closePara ends the last of paras, which is open, at the last of toks.
func closePara(paras []paragraph, toks []token) {
	p := &paras[len(paras)-1]
	p.Last = len(toks)
	p.End = toks[len(toks)-1].End
}

// wordEnd returns the end of the word whose letters run on from byte i:
// letters, digits and inner joiners ("don't", "U.S", "Sino-US"). An
// abbreviation or initial keeps its final period, decided by the caller.
// digit reports whether an ASCII digit was among the letters.
func wordEnd(text string, i int) (end int, digit bool) {
	var seen uint8 // the wordByte bits of the ASCII letters passed
	for i < len(text) {
		c := text[i]
		if k := wordByte[c]; k != 0 {
			seen |= k
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if isJoiner(rune(c)) && i+1 < len(text) && (nextIsWord(text, i+1) || lostLetter(text, i+1)) || c == '?' && lostLetter(text, i) {
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) || isJoiner(r) && i+size < len(text) && nextIsWord(text, i+size) {
			i += size
			continue
		}
		break
	}
	return i, seen&wordDigit != 0
}

// lostLetter reports whether the "?" at byte i stands for a letter an
// encoding lost: between two letters, "Ren?e", or between two hyphens
// between letters, "t?te-?-t?te". A question mark asking a question ends
// its word, and a space or a mark follows it.
func lostLetter(text string, i int) bool {
	if text[i] != '?' || i == 0 || i+1 >= len(text) {
		return false
	}
	before, bs := utf8.DecodeLastRuneInString(text[:i])
	after, as := utf8.DecodeRuneInString(text[i+1:])
	if before == '-' && after == '-' {
		before, _ = utf8.DecodeLastRuneInString(text[:i-bs])
		after, _ = utf8.DecodeRuneInString(text[i+1+as:])
	}
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}

// nextIsWord reports whether a word character starts at byte i.
func nextIsWord(text string, i int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiWord[c]
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func hasBlankLine(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		for j := i + 1; j < len(text); j++ {
			c := text[j]
			if c == '\n' {
				return true
			}
			if c != ' ' && c != '\t' && c != '\r' {
				break
			}
		}
	}
	return strings.Contains(text, "\u2029")
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpt": true,
	"maj": true, "adm": true, "cmdr": true, "st": true, "jr": true, "sr": true, "rev": true,
	"hon": true, "pres": true, "supt": true, "insp": true, "det": true, "atty": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "no": true, "vs": true, "etc": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"messrs": true, "mme": true, "mlle": true, "esq": true, "u.s": true, "u.k": true, "u.n": true,
	"d.c": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
}

// numberAbbreviations abbreviate only before a number, "No. 5", "Sept. 28";
// elsewhere the period is a full stop: a one-word answer "No." or a name,
// "I met Jan.", ends its sentence.
var numberAbbreviations = map[string]bool{
	"no": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// abbreviationFits reports whether the abbreviation w (lower case), whose
// period ends at byte i, keeps its period as part of the word given what
// follows: "etc." before a capital ends the sentence, "cakes, etc. Then we".
func abbreviationFits(w, text string, i int) bool {
	if numberAbbreviations[w] {
		return numberFollows(text, i)
	}
	if w == "etc" {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[i:], " \t\n\r"))
		return !unicode.IsUpper(r)
	}
	return true
}

// numberFollows reports whether the next non-blank character from byte i is
// a digit or "#".
func numberFollows(text string, i int) bool {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r':
			return false
		case unicode.IsSpace(r):
			i += size
		default:
			return r == '#' || r >= '0' && r <= '9'
		}
	}
	return false
}

// isAbbreviation reports whether w, followed by a period, is an initial or a
// known abbreviation rather than a sentence end.
func isAbbreviation(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		// "I." ends a sentence far more often than it is an initial.
		return unicode.IsUpper(r) && r != 'I'
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 && k+1 < len(w) {
		// "then-U.S.", "ex-Gov.": the part after the hyphen decides,
		// though a lone capital there is a type, "Type-A.", not an
		// initial.
		part := w[k+1:]
		return utf8.RuneCountInString(part) > 1 && isAbbreviation(part)
	}
	if strings.Contains(w, ".") {
		// Dotted forms such as "U.S" or "a.m"; a decimal, "7.50", is
		// no abbreviation, and its period after ends the sentence.
		return len(w) <= 6 && strings.IndexFunc(w, unicode.IsLetter) >= 0
	}
	// No abbreviation is longer than "messrs", and no longer word lowers
	// to one: of the two runes beyond ASCII that lower into it, the
	// Kelvin sign gives a "k", which only the dotted "u.k" holds, and "İ"
	// an "i", one byte shorter, which only "insp" holds ("İnsp", 5 bytes).
	if len(w) > len("messrs") {
		return false
	}
	// Lowered on the stack: most words here end a sentence, and
	// strings.ToLower would allocate for each that starts with a capital.
	var b [len("messrs")]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return abbreviations[string(b[:len(w)])]
}

// sentence is a token range [First, Last) of one paragraph.
type sentence struct {
	First, Last int
}

// sentences splits the tokens of each paragraph into sentences. A sentence
// ends at . ! ? (and any closing marks after it) before a token that starts
// with an upper-case letter, a digit or an opening mark. Breaks inside
// quotations are suppressed by the caller through inQuote. Sentences are
// appended to out.
func sentences(out []sentence, text string, toks []token, paras []paragraph, inQuote func(off int) bool) []sentence {
	for _, p := range paras {
		first := p.First
		for i := p.First; i < p.Last; i++ {
			t := &toks[i]
			if t.Kind == tokWord {
				// Both abbreviations end in a period, which most words do not.
				if text[t.End-1] != '.' || i+2 >= p.Last {
					continue
				}
				if w := text[t.Start:t.End]; !affiliationEnd(w) && !(dottedEnd(w) && quotedSentenceAfter(text, toks[i+1].End)) {
					continue
				}
				// `said Sen. Jane Roe, R-Ore. "We will …"`: the party and
				// state close the attribution, and a quotation opening
				// after them starts a sentence; so does a quoted sentence
				// after a dotted place or body, `at a rally in Albany,
				// N.Y. "We …."`, whose full stop is also the abbreviation's.
				if q := text[toks[i+1].Start:toks[i+1].End]; (q == "\"" || q == "“") && unicode.IsUpper(firstRune(text[toks[i+2].Start:])) {
					out = append(out, sentence{first, i + 1})
					first = i + 1
				}
				continue
			}
			// A punctuation token is one character: the byte tells most
			// apart before the string comparison.
			switch text[t.Start] {
			case '.', '!', '?':
			case 0xe2: // the first byte of "…"
				if text[t.Start:t.End] != "…" {
					continue
				}
			default:
				continue
			}
			j := i + 1
			for j < p.Last && toks[j].Kind == tokPunct && isClosing(text[toks[j].Start:toks[j].End]) && toks[j].Start == toks[j-1].End {
				j++
			}
			if j >= p.Last {
				break
			}
			// Inside a quotation, only a break that closes it ends the
			// sentence: `… run amok.” However, …`.
			if inQuote != nil && inQuote(t.Start) && (j == i+1 || inQuote(toks[j].Start) && !isOpening(text[toks[j].Start:toks[j].End])) {
				continue
			}
			next := toks[j]
			r, _ := utf8.DecodeRuneInString(text[next.Start:])
			if next.Start == toks[j-1].End && next.Kind == tokWord {
				continue // "3.5", "file.txt"
			}
			if unicode.IsUpper(r) || unicode.IsDigit(r) || isOpening(text[next.Start:next.End]) {
				out = append(out, sentence{first, j})
				first = j
				i = j - 1
			}
		}
		if first < p.Last {
			out = append(out, sentence{first, p.Last})
		}
	}
	return out
}

// affiliationEnd reports whether word w is a party and state abbreviation
// that keeps its final period: "R-S.C.", "D-Ore.".
func affiliationEnd(w string) bool {
	if len(w) < 5 || w[1] != '-' || !strings.HasSuffix(w, ".") {
		return false
	}
	switch w[0] {
	case 'R', 'D', 'I':
		return unicode.IsUpper(firstRune(w[2:]))
	}
	return false
}

// dottedEnd reports whether word w is a dotted abbreviation that keeps its
// final period: "N.Y.", "A.F.L.-C.I.O.".
func dottedEnd(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, ".") && strings.Contains(w[:len(w)-1], ".")
}

// quotedSentenceAfter reports whether the quotation whose content starts at
// byte i ends, within its line, with the punctuation that ends a quoted
// sentence: `"We have seen it."`, not a name, `"Bud" Marrick`.
func quotedSentenceAfter(text string, i int) bool {
	for j := i; j < len(text) && j-i < 2000; {
		r, size := utf8.DecodeRuneInString(text[j:])
		switch r {
		case '\n':
			return false
		case '"', '”':
			last, _ := utf8.DecodeLastRuneInString(text[i:j])
			return strings.ContainsRune(".!?,", last)
		}
		j += size
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isClosing(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»", "›":
		return true
	}
	return false
}

func isOpening(s string) bool {
	switch s {
	case "\"", "“", "‘", "'", "(", "[", "«", "‹", "„", "—", "-":
		return true
	}
	return false
}
