package corpus

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

func TestValidText(t *testing.T) {
	// Each want is what Python 3 gives for bytes.decode("utf-8", "replace").
	for in, want := range map[string]string{
		"plain é":           "plain é",
		"\xe2\x82x":         "\uFFFDx",                  // a cut-short sequence is one
		"\xff\xfe":          "\uFFFD\uFFFD",             // bytes that start nothing, one each
		"\xed\xa0\x80":      "\uFFFD\uFFFD\uFFFD",       // a surrogate
		"\xf0\x9f\x98":      "\uFFFD",                   // an emoji without its last byte
		"\xf0\x9f\x98\x80":  "😀",                        // and with it
		"\xc0\xaf":          "\uFFFD\uFFFD",             // overlong
		"\xe0\x80\x80":      "\uFFFD\uFFFD\uFFFD",       // overlong
		"\xf4\x90\x80\x80":  "\uFFFD\uFFFD\uFFFD\uFFFD", // above U+10FFFF
		"\xf1\x80":          "\uFFFD",                   // cut short at the end
		"a\x80\x80b":        "a\uFFFD\uFFFDb",           // stray continuation bytes
		"\xc3":              "\uFFFD",                   // alone at the end
		"\xef\xbf\xbd":      "\uFFFD",                   // a real U+FFFD stays one
		"caf\xe9 cr\xe8me":  "caf\uFFFD cr\uFFFDme",     // Latin-1 read as UTF-8
		"\xe2\x82\xe2\x82":  "\uFFFD\uFFFD",             // two cut-short sequences
		"x\xf0\x9f\x98x":    "x\uFFFDx",                 //
		"\xf8\x88\x80\x80":  "\uFFFD\uFFFD\uFFFD\uFFFD", // 5-byte forms are not UTF-8
		"\xe1\x80\xc3\xa9":  "\uFFFDé",                  // cut short by a valid character
		"\xed\x9f\xbf":      "\ud7ff",                   // the last code point before the surrogates
		"\x00\x01":          "\x00\x01",                 // control characters are valid
		"":                  "",                         //
		"\xf0\x90\x80":      "\uFFFD",                   //
		"\xf3\xbf\xbf\xbf":  "\U000fffff",               //
		"\xc2\x80\xc2":      "\u0080\uFFFD",             //
		"\xe0\xa0\x80\xe0":  "\u0800\uFFFD",             //
		"\xed\xa0":          "\uFFFD\uFFFD",             //
		"\xf4\x8f\xbf\xbf":  "\U0010ffff",               //
		"\xf0\x80\x80\x80":  "\uFFFD\uFFFD\uFFFD\uFFFD", //
		"\xc1\xbf":          "\uFFFD\uFFFD",             //
		"\xe0\x9f\x80":      "\uFFFD\uFFFD\uFFFD",       //
		"\xf4\x80":          "\uFFFD",                   //
		"\xf4\x90":          "\uFFFD\uFFFD",             //
		"ab\xe2\x82":        "ab\uFFFD",                 //
		"\x80":              "\uFFFD",                   //
		"\xbf\xbf\xbf\xbf":  "\uFFFD\uFFFD\uFFFD\uFFFD", //
		"\xfe\xff\xfe\xff":  "\uFFFD\uFFFD\uFFFD\uFFFD", //
		"\xe2\x82\xac":      "€",                        //
		"\xe2\x82\xacx\xe2": "€x\uFFFD",                 //
	} {
		got := validText([]byte(in))
		if got != want {
			t.Errorf("validText(%q) = %q, want %q", in, got, want)
		}
		if !utf8.ValidString(got) {
			t.Errorf("validText(%q) = %q is not valid UTF-8", in, got)
		}
	}
}

func TestDecodeText(t *testing.T) {
	utf16 := func(order unicode.Endianness, s string) string {
		b, _, err := transform.Bytes(unicode.UTF16(order, unicode.UseBOM).NewEncoder(), []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct {
		name, in, want, err string
	}{
		{name: "UTF-8 byte-order mark dropped", in: "\xEF\xBB\xBF“Hi,” she said.", want: "“Hi,” she said."},
		{name: "only a byte-order mark", in: "\xEF\xBB\xBF", want: ""},
		{name: "a mark later on is text", in: "a\uFEFFb", want: "a\uFEFFb"},
		{name: "UTF-16LE with its mark", in: utf16(unicode.LittleEndian, "“Ça va,” 他说 😀"), want: "“Ça va,” 他说 😀"},
		{name: "UTF-16BE with its mark", in: utf16(unicode.BigEndian, "\"Hi,\" she said."), want: "\"Hi,\" she said."},
		{name: "UTF-16 cut in the middle of a unit", in: "\xFF\xFEa\x00b", want: "a\uFFFD"},
		{name: "UTF-16 with a lone surrogate", in: "\xFF\xFE\x00\xD8a\x00", want: "\uFFFDa"},
		{name: "binary", in: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", err: "not a text file: NUL byte at byte 8"},
		{name: "UTF-16 without a mark looks binary", in: "a\x00b\x00", err: "NUL byte at byte 1"},
		{name: "empty", in: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeText([]byte(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("decodeText(%q) = %q, %v; want error %q", tt.in, got, err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("decodeText(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestLoneCR(t *testing.T) {
	for in, want := range map[string]string{
		"a\rb\r":           "a\nb\n",
		"a\r\nb\r\n":       "a\r\nb\r\n",
		"a\r\r\nb":         "a\n\r\nb",
		"\r":               "\n",
		"\r\r\r":           "\n\n\n",
		"no line end":      "no line end",
		"mixed\r\n\rend\n": "mixed\r\n\nend\n",
	} {
		// One byte at a time, so that a carriage return ends every chunk
		// but the last and the transformer must wait for the next byte.
		for _, r := range []io.Reader{strings.NewReader(in), iotest.OneByteReader(strings.NewReader(in))} {
			got, err := io.ReadAll(transform.NewReader(r, loneCR{}))
			if err != nil || string(got) != want {
				t.Errorf("loneCR(%q) = %q, %v; want %q", in, got, err, want)
			}
		}
	}
	// A destination too small for what is left.
	dst := make([]byte, 3)
	n, nsrc, err := loneCR{}.Transform(dst, []byte("ab\rcd"), true)
	if err != transform.ErrShortDst || string(dst[:n]) != "ab\n" || nsrc != 3 {
		t.Errorf("Transform into 3 bytes = %q, %d, %v", dst[:n], nsrc, err)
	}
}

func TestReaderEncodings(t *testing.T) {
	utf16le := func(s string) string {
		b, _, _ := transform.Bytes(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), []byte(s))
		return string(b)
	}
	tests := []struct {
		name, in string
		want     []doc
	}{{
		name: "UTF-8 byte-order mark before the first record",
		in:   "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"one\"}\n{\"id\":\"b\",\"text\":\"two\"}\n",
		want: []doc{{id: "a", text: "one"}, {id: "b", text: "two"}},
	}, {
		name: "CRLF line ends",
		in:   "{\"id\":\"a\",\"text\":\"one\"}\r\n\r\n{\"id\":\"b\",\"text\":\"two\\r\\nlines\"}\r\n",
		want: []doc{{id: "a", text: "one"}, {id: "b", text: "two\r\nlines"}},
	}, {
		name: "lone CR line ends",
		in:   "{\"id\":\"a\",\"text\":\"one\"}\r{\"id\":\"b\",\"text\":\"two\\rlines\"}\r\r{oops\r",
		want: []doc{{id: "a", text: "one"}, {id: "b", text: "two\rlines"}, {id: "-:4", err: "-:4: invalid JSON"}},
	}, {
		name: "UTF-16 JSONL",
		in:   utf16le("{\"id\":\"a\",\"text\":\"“Ça va,” 他说\"}\n{\"id\":\"b\",\"text\":\"😀\"}\n"),
		want: []doc{{id: "a", text: "“Ça va,” 他说"}, {id: "b", text: "😀"}},
	}, {
		name: "NUL bytes: escaped in a string is text, raw is not JSON",
		in:   "{\"id\":\"a\",\"text\":\"x\\u0000y\"}\n{\"id\":\"b\",\"text\":\"x\x00y\"}\n\x00\x00\x00\n",
		want: []doc{{id: "a", text: "x\x00y"}, {id: "-:2", err: "invalid JSON"}, {id: "-:3", err: "invalid JSON"}},
	}, {
		name: "invalid UTF-8 inside a JSON string",
		in:   "{\"id\":\"a\xff\",\"text\":\"caf\xe9\"}\n",
		want: []doc{{id: "a\uFFFD", text: "caf\uFFFD"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open([]string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, r)
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.id != w.id || g.text != w.text || (w.err == "") != (g.err == "") || !strings.Contains(g.err, w.err) {
					t.Errorf("document %d = %q, want %q", i, g, w)
				}
			}
			if r.BytesRead() != int64(len(tt.in)) {
				t.Errorf("BytesRead = %d, want %d", r.BytesRead(), len(tt.in))
			}
		})
	}
}

func BenchmarkLoneCR(b *testing.B) {
	line := bytes.Repeat([]byte(`{"id":"x","text":"A line of text, quite ordinary."}`+"\r\n"), 1000)
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		io.Copy(io.Discard, transform.NewReader(bytes.NewReader(line), loneCR{}))
	}
}

// FuzzDecodeText checks that any bytes read as a text file become valid
// UTF-8, unchanged when they were valid already, with no more code points
// than bytes.
func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"plain", "\xEF\xBB\xBFbom", "\xFF\xFEa\x00", "\xFE\xFF\x00a\xd8", "caf\xe9", "\xe2\x82", "\xed\xa0\x80", "a\x00b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, err := decodeText(b)
		if err != nil {
			if !bytes.Contains(b, []byte{0}) {
				t.Fatalf("decodeText(%q): %v", b, err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("decodeText(%q) = %q, not valid UTF-8", b, text)
		}
		if utf16Decoder(b) != nil {
			return
		}
		if utf8.Valid(b) && text != string(bytes.TrimPrefix(b, bomUTF8)) {
			t.Fatalf("decodeText(%q) = %q, changed valid text", b, text)
		}
		if utf8.RuneCountInString(text) > len(b) {
			t.Fatalf("decodeText(%q) = %q: more code points than bytes", b, text)
		}
	})
}
