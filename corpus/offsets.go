package corpus

import "unicode/utf8"

// checkpointEvery is the byte distance between two checkpoints of an Offsets
// table: a lookup counts at most this many bytes (plus one rune).
const checkpointEvery = 64

// asciiHighs has the high bit of each of eight bytes: a number whose bytes
// are all ASCII has none of them.
const asciiHighs = 0x8080808080808080

// Offsets converts byte offsets into one text to code-point offsets, the
// unit of FORMAT.md. Build it once per document: each lookup then costs
// O(1). Text that is ASCII up to a byte offset needs no table there, so a
// pure-ASCII document costs nothing beyond one scan.
type Offsets struct {
	text  string
	ascii int // text[:ascii] is ASCII: there bytes are code points
	// For each k, the first rune starting at or after byte k*checkpointEvery
	// starts at k*checkpointEvery+delta[k] and is rune number runes[k].
	runes []int
	delta []uint8
}

// NewOffsets indexes text. Any string is accepted; offsets agree with
// utf8.RuneCountInString, which counts each invalid byte as one code point.
func NewOffsets(text string) *Offsets {
	o := &Offsets{text: text}
	for o.ascii+8 <= len(text) && load64(text, o.ascii)&asciiHighs == 0 {
		o.ascii += 8
	}
	for o.ascii < len(text) && text[o.ascii] < utf8.RuneSelf {
		o.ascii++
	}
	if o.ascii == len(text) {
		return o
	}
	n := (len(text)-1)/checkpointEvery + 1
	o.runes = make([]int, n)
	o.delta = make([]uint8, n)
	i, count := 0, 0 // i is the start of rune number count
	for k := range n {
		at := k * checkpointEvery
		for i < at {
			// Runs of ASCII bytes in a tight loop, one rune each, eight
			// at a time where they can.
			for i+8 <= at && load64(text, i)&asciiHighs == 0 {
				i += 8
				count += 8
			}
			for i < at && text[i] < utf8.RuneSelf {
				i++
				count++
			}
			if i < at {
				_, size := utf8.DecodeRuneInString(text[i:])
				i += size
				count++
			}
		}
		o.runes[k], o.delta[k] = count, uint8(i-at)
	}
	return o
}

// Rune returns the code-point offset of byte offset b, which is clamped to
// [0, len(text)]. An offset inside a multibyte character counts the bytes
// of that character before it as utf8.RuneCountInString does.
func (o *Offsets) Rune(b int) int {
	b = min(max(b, 0), len(o.text))
	if b <= o.ascii {
		return b
	}
	k := b / checkpointEvery
	if k >= len(o.runes) || k*checkpointEvery+int(o.delta[k]) > b {
		// A rune straddles b's checkpoint boundary: the previous checkpoint
		// is at most a few bytes further back.
		k--
	}
	start := k*checkpointEvery + int(o.delta[k])
	return o.runes[k] + runeCount(o.text[start:b])
}

// runeCount is utf8.RuneCountInString, eight bytes at a time over the
// ASCII it starts with: a rune ends before each ASCII byte, so the rest
// counts as it would have.
func runeCount(s string) int {
	i := 0
	for i+8 <= len(s) && load64(s, i)&asciiHighs == 0 {
		i += 8
	}
	return i + utf8.RuneCountInString(s[i:])
}

// Span returns the code-point span of the byte range [start, end) with the
// text it covers. The caller ensures 0 <= start <= end <= len(text).
func (o *Offsets) Span(start, end int) Span {
	return Span{Start: o.Rune(start), End: o.Rune(end), Text: o.text[start:end]}
}
