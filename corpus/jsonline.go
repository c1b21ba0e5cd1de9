package corpus

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The fast path of the JSONL reader. Decoding a line into a
// map[string]json.RawMessage and then each wanted field again read every
// byte of the text four times and copied it twice, for two fields out of
// records that may carry much more (a gold file's quotes); json.Valid alone
// reads at about 120 MB/s, a state-machine call per byte. Here one pass
// checks the line against JSON's grammar and finds the two fields, and
// unquote decodes the text once. Lines that are not a valid JSON object
// take the slow path, encoding/json, which words the error. The fuzz target
// FuzzFastFields holds the two paths to the same answers and scanJSON to
// json.Valid's verdict.

// maxDepth is encoding/json's limit on nesting.
const maxDepth = 10000

// scanJSON reports whether line is one valid JSON value, and when it is an
// object, returns the raw values of its top-level fields id and text (a
// container value as its first byte only, which is enough to tell it is no
// string). A field that occurs more than once gives its last value, as
// decoding into a map does.
func scanJSON(line []byte, id, text string) (rawID, rawText []byte, object, valid bool) {
	var stackBuf [64]byte
	stack := stackBuf[:0] // '{' or '[' per open container
	var key []byte        // the current key of the top-level object
	record := func(val []byte) {
		if len(stack) == 1 && stack[0] == '{' {
			if keyIs(key, id) {
				rawID = val
			}
			if keyIs(key, text) {
				rawText = val
			}
		}
	}
	b := line
	i := skipSpace(b, 0)
	object = i < len(b) && b[i] == '{'
	ok := true
	for {
		// A value starts at b[i].
		if i >= len(b) {
			return nil, nil, false, false
		}
		start := i
		switch c := b[i]; c {
		case '{', '[':
			if len(stack) == maxDepth {
				return nil, nil, false, false
			}
			record(b[i : i+1])
			stack = append(stack, c)
			i = skipSpace(b, i+1)
			if i < len(b) && (c == '{' && b[i] == '}' || c == '[' && b[i] == ']') {
				stack = stack[:len(stack)-1]
				i++
				break
			}
			if c == '{' {
				if i, key, ok = scanKey(b, i); !ok {
					return nil, nil, false, false
				}
			}
			continue
		case '"':
			i, ok = scanString(b, i)
		case 't':
			i, ok = scanLiteral(b, i, "true")
		case 'f':
			i, ok = scanLiteral(b, i, "false")
		case 'n':
			i, ok = scanLiteral(b, i, "null")
		default:
			i, ok = scanNumber(b, i)
		}
		if !ok {
			return nil, nil, false, false
		}
		if b[start] != '{' && b[start] != '[' {
			record(b[start:i])
		}
		// After a value: close containers, or go on to the next value.
		for {
			i = skipSpace(b, i)
			if len(stack) == 0 {
				if i != len(b) {
					return nil, nil, false, false
				}
				return rawID, rawText, object, true
			}
			if i >= len(b) {
				return nil, nil, false, false
			}
			top := stack[len(stack)-1]
			if b[i] == ',' {
				i = skipSpace(b, i+1)
				if top == '{' {
					if i, key, ok = scanKey(b, i); !ok {
						return nil, nil, false, false
					}
				}
				break
			}
			if top == '{' && b[i] == '}' || top == '[' && b[i] == ']' {
				stack = stack[:len(stack)-1]
				i++
				continue
			}
			return nil, nil, false, false
		}
	}
}

// scanKey reads an object key and its colon at b[i] and returns the raw key
// and the offset of the value after it.
func scanKey(b []byte, i int) (next int, key []byte, ok bool) {
	if i >= len(b) || b[i] != '"' {
		return i, nil, false
	}
	end, ok := scanString(b, i)
	if !ok {
		return i, nil, false
	}
	key = b[i:end]
	i = skipSpace(b, end)
	if i >= len(b) || b[i] != ':' {
		return i, nil, false
	}
	return skipSpace(b, i+1), key, true
}

// scanString returns the offset just past the JSON string at b[i]: no
// control characters, only JSON's escapes. Other bytes, invalid UTF-8
// included, are let through as encoding/json lets them.
func scanString(b []byte, i int) (int, bool) {
	for i++; i < len(b); i++ {
		// Eight bytes at a time past those that need no look: not a
		// quote, a backslash or a control character. A document's text
		// is nearly all such bytes.
		for i+8 <= len(b) && plainJSON8(binary.LittleEndian.Uint64(b[i:])) {
			i += 8
		}
		if i >= len(b) {
			break
		}
		switch c := b[i]; {
		case c == '"':
			return i + 1, true
		case c < 0x20:
			return i, false
		case c == '\\':
			i++
			if i >= len(b) {
				return i, false
			}
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(b) {
					return i, false
				}
				for _, h := range b[i+1 : i+5] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return i, false
					}
				}
				i += 4
			default:
				return i, false
			}
		}
	}
	return i, false
}

// plainJSON8 reports whether none of the eight bytes of x is '"', '\\' or
// below 0x20. It uses the classic test for a byte below n (n <= 128),
// exact when it says none, which is all this needs.
func plainJSON8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// The high bit of a byte of (v-ones*n)&^v is set where v's byte may be
	// below n: a control character, or a zero after the xor, a quote or a
	// backslash. The three tests share one mask, which keeps the function
	// small enough to inline into the loops that call it.
	q, bs := x^(ones*'"'), x^(ones*'\\')
	return ((x-ones*0x20)&^x|(q-ones)&^q|(bs-ones)&^bs)&highs == 0
}

// scanNumber returns the offset just past the JSON number at b[i].
func scanNumber(b []byte, i int) (int, bool) {
	digits := func(i int) int {
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		return i
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		i = digits(i)
	default:
		return i, false
	}
	if i < len(b) && b[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return j, false
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return j, false
		}
		i = j
	}
	return i, true
}

func scanLiteral(b []byte, i int, lit string) (int, bool) {
	if len(b)-i < len(lit) || string(b[i:i+len(lit)]) != lit {
		return i, false
	}
	return i + len(lit), true
}

// keyIs reports whether the raw JSON string key decodes to name.
func keyIs(key []byte, name string) bool {
	if len(key) == len(name)+2 && string(key[1:len(key)-1]) == name {
		return true
	}
	if bytes.IndexByte(key, '\\') < 0 {
		return false
	}
	s, ok := unquote(key)
	return ok && s == name
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// unquote decodes a JSON string literal that scanJSON has accepted. It
// decodes as encoding/json does, except for invalid UTF-8, which becomes
// U+FFFD per maximal subpart (see validText) as in plain text files, where
// encoding/json writes one per byte. ok is false when raw is not a string.
func unquote(raw []byte) (s string, ok bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	body := raw[1 : len(raw)-1]
	if bytes.IndexByte(body, '\\') < 0 {
		return validText(body), true
	}
	var sb strings.Builder
	sb.Grow(len(body))
	plain := func(p []byte) {
		if utf8.Valid(p) {
			sb.Write(p)
		} else {
			sb.WriteString(validText(p))
		}
	}
	for len(body) > 0 {
		k := bytes.IndexByte(body, '\\')
		if k < 0 {
			k = len(body)
		}
		plain(body[:k])
		body = body[k:]
		if len(body) < 2 {
			break
		}
		switch c := body[1]; c {
		case 'u':
			r := hex4(body[2:6])
			body = body[6:]
			if utf16.IsSurrogate(r) {
				// A pair makes one character; a lone half is U+FFFD.
				if len(body) >= 6 && body[0] == '\\' && body[1] == 'u' {
					if pair := utf16.DecodeRune(r, hex4(body[2:6])); pair != utf8.RuneError {
						sb.WriteRune(pair)
						body = body[6:]
						continue
					}
				}
				r = utf8.RuneError
			}
			sb.WriteRune(r)
		default:
			sb.WriteByte(unescape[c])
			body = body[2:]
		}
	}
	return sb.String(), true
}

// unescape maps the character after a backslash to the byte it stands for.
var unescape = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// hex4 decodes four hexadecimal digits.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// fastFields returns the id and text of a JSONL line through the fast path;
// ok is false when the line must take the slow one (invalid JSON, not an
// object, a field missing or not a string), which reports why.
func fastFields(line []byte, idField, textField string) (id, text string, ok bool) {
	rawID, rawText, object, valid := scanJSON(line, idField, textField)
	if !valid || !object || rawID == nil || rawText == nil {
		return "", "", false
	}
	if id, ok = unquote(rawID); !ok {
		return "", "", false
	}
	if text, ok = unquote(rawText); !ok {
		return "", "", false
	}
	return id, text, true
}
