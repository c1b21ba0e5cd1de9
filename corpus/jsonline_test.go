package corpus

import (
	"encoding/binary"
	"encoding/json"
	"strings"
	"testing"
)

// slowFields is what the reader did before its fast path, and still does to
// word errors: decode the line into a map, then each field; invalid UTF-8
// is first made valid as plain text is.
func slowFields(line []byte, idField, textField string) (id, text string, ok bool) {
	var rec map[string]json.RawMessage
	if json.Unmarshal([]byte(validText(line)), &rec) != nil || rec == nil {
		return "", "", false
	}
	rawID, okID := rec[idField]
	rawText, okText := rec[textField]
	if !okID || !okText || len(rawID) == 0 || rawID[0] != '"' || len(rawText) == 0 || rawText[0] != '"' {
		return "", "", false
	}
	if json.Unmarshal(rawID, &id) != nil || json.Unmarshal(rawText, &text) != nil {
		return "", "", false
	}
	return id, text, true
}

var fieldCases = []string{
	`{"id":"a","text":"plain"}`,
	` { "id" : "a" , "text" : "say \"hi\"\nthen \u00e9 \ud83d\ude00 \\ \/ \b\f\r\t" } `,
	`{"text":"first","id":"x","text":"last wins"}`,
	`{"meta":{"text":"nested","a":[1,{"id":"no"}]},"id":"n","quotes":[{"text":"q"}],"text":"top"}`,
	`{"id":"s","text":"lone \ud800 half, reversed \udc00\ud800, pair \ud834\udd1e"}`,
	`{"\u0069d":"escaped key","te\u0078t":"t"}`,
	`{"id":"u","text":"caf` + "\xe9" + ` cr` + "\xe2\x82" + `x"}`,
	`{"id":"n","text":null}`,
	`{"id":1,"text":"x"}`,
	`{"id":"a"}`,
	`[{"id":"a","text":"b"}]`,
	`{"id":"a","text":"b"} x`,
	`{"id":"a","text":"b",}`,
	`{"id":"e","text":"","x":-1.5e+3,"y":true,"z":false,"w":null}`,
}

func TestScanJSONDepth(t *testing.T) {
	deep := func(n int) []byte {
		return []byte(strings.Repeat("[", n) + strings.Repeat("]", n))
	}
	for _, n := range []int{1, 100, maxDepth, maxDepth + 1, 1 << 20} {
		_, _, _, valid := scanJSON(deep(n), "id", "text")
		if valid != json.Valid(deep(n)) {
			t.Errorf("depth %d: scanJSON says valid %v, json.Valid the opposite", n, valid)
		}
	}
}

func TestFastFields(t *testing.T) {
	for _, c := range fieldCases {
		id, text, ok := fastFields([]byte(c), "id", "text")
		wid, wtext, wok := slowFields([]byte(c), "id", "text")
		if ok != wok || id != wid || text != wtext {
			t.Errorf("%s:\n fast (%q, %q, %v)\n slow (%q, %q, %v)", c, id, text, ok, wid, wtext, wok)
		}
	}
}

// FuzzFastFields checks the reader's fast path against encoding/json.
func FuzzFastFields(f *testing.F) {
	for _, c := range fieldCases {
		f.Add([]byte(c))
	}
	f.Add([]byte(`[1, -0.5e-3, 0, "x\u00e9", {"a": [true, false, null]}, {}, []]`))
	f.Add([]byte(`{"a": 01}`))
	f.Add([]byte(`{"a": "\x"}`))
	f.Add([]byte(`{"a" 1}`))
	f.Add([]byte(`[1,]`))
	f.Add([]byte(`[1 2]`))
	f.Add([]byte(`{"id":"a","text":"b"}}`))
	f.Add([]byte(`-`))
	f.Add([]byte(`1.e5`))
	f.Fuzz(func(t *testing.T, line []byte) {
		if _, _, _, valid := scanJSON(line, "id", "text"); valid != json.Valid(line) {
			t.Errorf("%q: scanJSON says valid %v, json.Valid %v", line, valid, !valid)
		}
		id, text, ok := fastFields(line, "id", "text")
		wid, wtext, wok := slowFields(line, "id", "text")
		if ok && (!wok || id != wid || text != wtext) {
			t.Errorf("%q: fast (%q, %q), slow (%q, %q, %v)", line, id, text, wid, wtext, wok)
		}
		if !ok && wok && json.Valid(line) {
			t.Errorf("%q: fast path refused a record the slow path reads", line)
		}
	})
}

// TestPlainJSON8 holds plainJSON8 to the byte-by-byte test: every byte value
// at every position among plain bytes, and random words.
func TestPlainJSON8(t *testing.T) {
	special := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 }
	check := func(w [8]byte) {
		want := true
		for _, c := range w {
			if special(c) {
				want = false
			}
		}
		if got := plainJSON8(binary.LittleEndian.Uint64(w[:])); got != want {
			t.Fatalf("plainJSON8(%q) = %v, want %v", w, got, want)
		}
	}
	for _, fill := range []byte{'a', ' ', 0x80, 0xff, '#', ']'} {
		for p := range 8 {
			for v := range 256 {
				var w [8]byte
				for k := range w {
					w[k] = fill
				}
				w[p] = byte(v)
				check(w)
			}
		}
	}
	rng := uint64(7)
	for range 200000 {
		rng = rng*6364136223846793005 + 1442695040888963407
		var w [8]byte
		binary.LittleEndian.PutUint64(w[:], rng)
		check(w)
	}
}
