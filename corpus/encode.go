package corpus

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// appendPrediction appends p as one line of JSON, byte for byte what
// encoding/json's Encoder (HTML escaping off) writes for it, or reports
// false, having appended nothing, when p holds a confidence that is not a
// finite number, which encoding/json refuses with an error the caller words.
// encoding/json's reflection cost a twentieth of a whole run's time; the
// fuzz target FuzzAppendPrediction holds the two to the same bytes.
func appendPrediction(b []byte, p Prediction) ([]byte, bool) {
	for _, q := range p.Quotes {
		if math.IsNaN(q.Confidence) || math.IsInf(q.Confidence, 0) {
			return b, false
		}
	}
	b = append(b, `{"id":`...)
	b = appendString(b, p.ID)
	b = append(b, `,"quotes":`...)
	if p.Quotes == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for k, q := range p.Quotes {
			if k > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"start":`...)
			b = strconv.AppendInt(b, int64(q.Start), 10)
			b = append(b, `,"end":`...)
			b = strconv.AppendInt(b, int64(q.End), 10)
			b = append(b, `,"text":`...)
			b = appendString(b, q.Text)
			b = append(b, `,"kind":`...)
			b = appendString(b, q.Kind)
			b = append(b, `,"speaker":`...)
			if q.Speaker == nil {
				b = append(b, "null"...)
			} else {
				b = appendString(b, *q.Speaker)
			}
			b = append(b, `,"mention":`...)
			b = appendSpanJSON(b, q.Mention)
			b = append(b, `,"cue":`...)
			b = appendSpanJSON(b, q.Cue)
			b = append(b, `,"confidence":`...)
			b = appendFloat(b, q.Confidence)
			b = append(b, `,"rule":`...)
			b = appendString(b, q.Rule)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if p.Error != "" {
		b = append(b, `,"error":`...)
		b = appendString(b, p.Error)
	}
	return append(b, "}\n"...), true
}

func appendSpanJSON(b []byte, s *Span) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, s.Text)
	return append(b, '}')
}

// appendFloat writes a finite float64 as encoding/json does: the shortest
// decimal that reads back the same, in exponent form only outside
// [1e-6, 1e21), with a one-digit negative exponent unpadded.
func appendFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// load64 returns the eight bytes of s from i as a little-endian number.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// appendString writes s as a JSON string the way encoding/json does with
// HTML escaping off: quotes, backslashes and control characters escaped,
// U+2028 and U+2029 escaped, each invalid UTF-8 byte as \ufffd.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight plain ASCII bytes at a time: most of a quotation.
		for i+8 <= len(s) {
			if x := load64(s, i); x&0x8080808080808080 != 0 || !plainJSON8(x) {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
