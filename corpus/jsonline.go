package corpus

import (
	"encoding/json"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The fast path of the JSONL reader. Decoding a line into a
// map[string]json.RawMessage and then each wanted field again read every
// byte of the text four times and copied it twice, for two fields out of
// records that may carry much more (a gold file's quotes). Here json.Valid
// checks the line once, a walk over the (now known valid) object finds the
// two fields, and unquote decodes the text once. Lines that are not a valid
// JSON object take the slow path, which words the error.

// topFields returns the raw values of the fields id and text of the JSON
// object line, which json.Valid has accepted; a field that occurs more than
// once gives its last value, as decoding into a map does. ok is false when
// the line is not an object.
func topFields(line []byte, id, text string) (rawID, rawText []byte, ok bool) {
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return nil, nil, false
	}
	i++
	for {
		i = skipSpace(line, i)
		if line[i] == '}' {
			return rawID, rawText, true
		}
		if line[i] == ',' {
			i = skipSpace(line, i+1)
		}
		keyEnd := skipString(line, i)
		key := line[i:keyEnd]
		i = skipSpace(line, keyEnd)
		i = skipSpace(line, i+1) // the colon
		valEnd := skipValue(line, i)
		val := line[i:valEnd]
		if keyIs(key, id) {
			rawID = val
		}
		if keyIs(key, text) {
			rawText = val
		}
		i = valEnd
	}
}

// keyIs reports whether the raw JSON string key decodes to name.
func keyIs(key []byte, name string) bool {
	if len(key) == len(name)+2 && string(key[1:len(key)-1]) == name {
		return true
	}
	if !strings.ContainsRune(string(key), '\\') {
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

// skipString returns the offset just past the valid JSON string at b[i].
func skipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// skipValue returns the offset just past the valid JSON value at b[i].
func skipValue(b []byte, i int) int {
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = skipString(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	}
	for i < len(b) && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r' {
		i++
	}
	return i
}

// unquote decodes a JSON string literal that json.Valid has accepted. It
// decodes as encoding/json does, except for invalid UTF-8, which becomes
// U+FFFD per maximal subpart (see validText) as in plain text files, where
// encoding/json writes one per byte. ok is false when raw is not a string.
func unquote(raw []byte) (s string, ok bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	body := raw[1 : len(raw)-1]
	esc := -1
	for k, c := range body {
		if c == '\\' {
			esc = k
			break
		}
	}
	if esc < 0 {
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
		k := 0
		for k < len(body) && body[k] != '\\' {
			k++
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
	if !json.Valid(line) {
		return "", "", false
	}
	rawID, rawText, ok := topFields(line, idField, textField)
	if !ok || rawID == nil || rawText == nil {
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
