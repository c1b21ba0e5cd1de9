package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// isWordRune reports whether r belongs to a word token: FORMAT.md's
// [\p{L}\p{N}_], written out because a regexp per span costs far more.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// wordStarts appends to dst the absolute code-point start offset of every word
// token of text, a span that begins at code point start. Tokens are identified
// by where they start, so the result is sorted and has no duplicates.
func wordStarts(dst []int, text string, start int) []int {
	inWord := false
	i := start
	for _, r := range text {
		w := isWordRune(r)
		if w && !inWord {
			dst = append(dst, i)
		}
		inWord = w
		i++
	}
	return dst
}

// isTrimRune reports whether r is cut from the ends of a span before spans are
// compared for an exact match: white space and punctuation (P*, quote marks
// included).
func isTrimRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// trimmedSpan returns the code-point span [start, end) of text, a span that
// begins at code point start, without white space and punctuation at either
// end. A span of nothing but such runes trims to an empty span at its end.
func trimmedSpan(text string, start int) (int, int) {
	n := utf8.RuneCountInString(text)
	lead := 0
	for _, r := range text {
		if !isTrimRune(r) {
			break
		}
		lead++
	}
	if lead == n {
		return start + n, start + n
	}
	trail := 0
	for s := text; s != ""; {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isTrimRune(r) {
			break
		}
		trail++
		s = s[:len(s)-size]
	}
	return start + lead, start + n - trail
}

// normalizeName puts a speaker name in the form names are compared in: NFKC,
// lower case, word tokens joined by single spaces, so "Robert D. Hormats" and
// "ROBERT D HORMATS" are one name.
func normalizeName(name string) string {
	s := strings.ToLower(norm.NFKC.String(name))
	var b strings.Builder
	inWord := false
	for _, r := range s {
		w := isWordRune(r)
		if w && !inWord && b.Len() > 0 {
			b.WriteByte(' ')
		}
		if w {
			b.WriteRune(r)
		}
		inWord = w
	}
	return b.String()
}

// runeIndex maps code-point offsets of a text to byte offsets, built once per
// document and only when a span's own text cannot be trusted.
type runeIndex struct {
	text  string
	bytes []int // bytes[i] is the byte offset of code point i; one extra at the end
}

func newRuneIndex(text string) *runeIndex {
	ix := &runeIndex{text: text, bytes: make([]int, 0, utf8.RuneCountInString(text)+1)}
	for i := range text {
		ix.bytes = append(ix.bytes, i)
	}
	ix.bytes = append(ix.bytes, len(text))
	return ix
}

// slice returns text[start:end] in code points and whether the range is valid.
func (ix *runeIndex) slice(start, end int) (string, bool) {
	if start < 0 || end < start || end >= len(ix.bytes) {
		return "", false
	}
	return ix.text[ix.bytes[start]:ix.bytes[end]], true
}

// len returns the number of code points of the text.
func (ix *runeIndex) len() int { return len(ix.bytes) - 1 }
