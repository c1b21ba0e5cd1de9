package corpus

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Byte-order marks. In UTF-8 the mark is a signature, not part of the text
// (Unicode §23.8); a UTF-16 mark says how to decode what follows.
var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// utf16Decoder returns the decoder for the UTF-16 byte-order mark b starts
// with, or nil.
func utf16Decoder(b []byte) transform.Transformer {
	switch {
	case bytes.HasPrefix(b, bomUTF16LE):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(b, bomUTF16BE):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	}
	return nil
}

// decodeText turns the bytes of a text file into its text: a UTF-8
// byte-order mark is dropped, UTF-16 with a byte-order mark is decoded, and
// invalid UTF-8 is replaced (see validText). A file holding a NUL byte is
// not text: it is refused rather than analysed as garbage.
func decodeText(b []byte) (string, error) {
	if dec := utf16Decoder(b); dec != nil {
		u, _, err := transform.Bytes(dec, b)
		if err != nil {
			return "", fmt.Errorf("UTF-16: %w", err)
		}
		b = u
	}
	b = bytes.TrimPrefix(b, bomUTF8)
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Errorf("not a text file: NUL byte at byte %d (saidwho reads UTF-8 text, or UTF-16 with a byte-order mark)", i)
	}
	return validText(b), nil
}

// decodeJSONL wraps the reader of a JSONL input: a UTF-8 byte-order mark is
// dropped, UTF-16 with a byte-order mark is decoded, and a carriage return
// not followed by a line feed ends a line as one would (old Mac line ends),
// so that every record stays one document.
func decodeJSONL(src io.Reader) io.Reader {
	br := bufio.NewReaderSize(src, 64<<10)
	head, _ := br.Peek(3) // an error shows again at the first read
	var r io.Reader = br
	if dec := utf16Decoder(head); dec != nil {
		r = transform.NewReader(br, dec)
	} else if bytes.HasPrefix(head, bomUTF8) {
		br.Discard(len(bomUTF8))
	}
	return transform.NewReader(r, loneCR{})
}

// loneCR is a transform.Transformer that turns each carriage return not
// followed by a line feed into a line feed. JSON allows no raw carriage
// return inside a string, so only line ends and white space change.
type loneCR struct{ transform.NopResetter }

func (loneCR) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		// Copy up to the next carriage return.
		i := bytes.IndexByte(src[nSrc:], '\r')
		if i < 0 {
			i = len(src) - nSrc
		}
		n := copy(dst[nDst:], src[nSrc:nSrc+i])
		nDst += n
		nSrc += n
		if n < i {
			return nDst, nSrc, transform.ErrShortDst
		}
		if nSrc == len(src) {
			break
		}
		// src[nSrc] is a carriage return.
		if nSrc+1 == len(src) && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc // is a line feed next?
		}
		if nDst == len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		c := byte('\r')
		if nSrc+1 == len(src) || src[nSrc+1] != '\n' {
			c = '\n'
		}
		dst[nDst] = c
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}

// validText returns b as a string, made valid UTF-8 the way Unicode
// recommends (§3.9, "U+FFFD substitution of maximal subparts") and Python's
// errors="replace", WHATWG's TextDecoder and ICU do: each maximal prefix of a
// well-formed sequence that is cut short, and each other invalid byte,
// becomes one U+FFFD. Code-point offsets then agree with what those tools
// read from the same bytes.
func validText(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r != utf8.RuneError || size > 1 {
			sb.Write(b[:size])
			b = b[size:]
			continue
		}
		sb.WriteRune(utf8.RuneError)
		b = b[maximalSubpart(b):]
	}
	return sb.String()
}

// maximalSubpart returns the length of the invalid sequence b starts with:
// the longest prefix of a well-formed UTF-8 sequence (Unicode Table 3-7), at
// least one byte.
func maximalSubpart(b []byte) int {
	lo, hi := byte(0x80), byte(0xBF) // range of the second byte
	var n int                        // bytes in the well-formed sequence
	switch c := b[0]; {
	case 0xC2 <= c && c <= 0xDF:
		n = 2
	case c == 0xE0:
		n, lo = 3, 0xA0
	case 0xE1 <= c && c <= 0xEC, c == 0xEE, c == 0xEF:
		n = 3
	case c == 0xED:
		n, hi = 3, 0x9F
	case c == 0xF0:
		n, lo = 4, 0x90
	case 0xF1 <= c && c <= 0xF3:
		n = 4
	case c == 0xF4:
		n, hi = 4, 0x8F
	default:
		return 1
	}
	k := 1
	for k < n && k < len(b) && lo <= b[k] && b[k] <= hi {
		k++
		lo, hi = 0x80, 0xBF
	}
	return k
}
