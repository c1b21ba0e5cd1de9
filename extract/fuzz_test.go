package extract_test

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/saidwho/saidwho/extract"
)

// The fuzz targets share one Extractor: loading the tagger's model for each
// input would leave the fuzzer no time to explore.
var (
	fuzzOnce sync.Once
	fuzzEx   *extract.Extractor
	fuzzErr  error
)

func extractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	fuzzOnce.Do(func() { fuzzEx, fuzzErr = extract.New(extract.Options{}) })
	if fuzzErr != nil {
		tb.Fatal(fuzzErr)
	}
	return fuzzEx
}

// FuzzExtract runs the quote detector on arbitrary text. Whatever the text,
// Extract must not panic, must return the same quotes twice (a resumed run
// relies on it), and every span it returns must be usable as is: see
// checkQuotes.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"",
		`"We will win," Smith said.`,
		"“Ça va,” said Zoë Brun. 他说「你好」。",
		"\"unclosed \" stray ' marks '' `` ‘ ’ « » ‹ › „",
		"\xff\xfe\x00\"bad\x80 utf-8\"\xc3",
		"\ufeff\"BOM,\" he said.\r\n\r\n\"CR,\" she said.\r\"Lone CR,\" they said.",
		"According to the minister, \"it is a \"zero sum game\",\" she said that it was over.",
		"\u05d0\u05de\u05e8 \"\u05e9\u05dc\u05d5\u05dd\" \u200f\u202e said ️👩‍👩‍👧 e\u0301\u0301\u0301",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ex := extractor(t)
		qs := extractTwice(t, ex, text)
		checkQuotes(t, text, qs)
		if !utf8.ValidString(text) {
			// What saidwho really passes: corpus makes text valid first.
			valid := strings.ToValidUTF8(text, "\uFFFD")
			checkQuotes(t, valid, extractTwice(t, ex, valid))
		}
	})
}

// FuzzLink drives the speaker linker: the fuzzer's bytes choose words from a
// vocabulary of names, pronouns, cues and marks, so that most inputs read like
// reporting prose and reach the linking rules, which random bytes rarely do.
func FuzzLink(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte{1, 10, 11, 12, 2, 3, 13, 14, 15, 16, 17, 18, 4, 19, 20})
	f.Add([]byte("the quick brown fox jumps over the lazy dog, said Smith"))
	f.Add([]byte{21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
	f.Fuzz(func(t *testing.T, choices []byte) {
		var b strings.Builder
		for i, c := range choices {
			if i > 0 && c%5 != 0 {
				b.WriteByte(' ')
			}
			b.WriteString(linkWords[int(c)%len(linkWords)])
		}
		text := b.String()
		checkQuotes(t, text, extractTwice(t, extractor(t), text))
	})
}

// linkWords is the vocabulary FuzzLink writes its texts with.
var linkWords = []string{
	`"`, "“", "”", "'", "‘", "’", "«", "»", "``", "''",
	"Smith", "John Smith", "Mr.", "Ann Lee", "Mayor", "the spokeswoman", "a spokesman for the ministry",
	"he", "she", "they", "it", "I", "we",
	"said", "says", "told reporters", "added", "according to", "saying", "stressed", "asked", "cried", "replied",
	"that", "the", "plan", "will", "fail", "win", "not", "now",
	",", ".", ":", "?", "!", "—", "(", ")",
	"\n", "\n\n", "\r\n", "\r",
	"Zoë", "中国", "اللغة", "👍", "e\u0301", "\u200b",
}

// extractTwice extracts from text twice and fails unless both runs agree.
func extractTwice(t *testing.T, ex *extract.Extractor, text string) []extract.Quote {
	t.Helper()
	qs, err := ex.Extract(context.Background(), text)
	if err != nil {
		t.Fatalf("Extract(%q): %v", text, err)
	}
	again, err := ex.Extract(context.Background(), text)
	if err != nil {
		t.Fatalf("Extract(%q) again: %v", text, err)
	}
	if !reflect.DeepEqual(qs, again) {
		t.Fatalf("Extract(%q) is not deterministic:\n%+v\n%+v", text, qs, again)
	}
	return qs
}

// checkQuotes checks what Extract promises of every quote of text: spans in
// order, within the text, not empty, on character boundaries when the text is
// valid UTF-8 (so that code-point offsets and the text they cover agree), a
// known kind, a rule, and a confidence in [0, 1] that is 0 without a speaker.
func checkQuotes(t *testing.T, text string, qs []extract.Quote) {
	t.Helper()
	valid := utf8.ValidString(text)
	span := func(i int, what string, s extract.Span) {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("quote %d: %s [%d, %d) is not a non-empty span of the %d-byte text %q", i, what, s.Start, s.End, len(text), text)
		}
		if !valid {
			return
		}
		if !utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			t.Fatalf("quote %d: %s [%d, %d) cuts a character of %q", i, what, s.Start, s.End, text)
		}
		// The code-point offsets a record carries cover the same text
		// (which follows from the boundaries; checked on short texts, as
		// it costs the length of the text per span).
		if len(text) > 1<<16 {
			return
		}
		start, end := utf8.RuneCountInString(text[:s.Start]), utf8.RuneCountInString(text[:s.End])
		if got := string([]rune(text)[start:end]); got != text[s.Start:s.End] {
			t.Fatalf("quote %d: %s code points [%d, %d) = %q, bytes [%d, %d) = %q", i, what, start, end, got, s.Start, s.End, text[s.Start:s.End])
		}
	}
	for i, q := range qs {
		span(i, "span", q.Span)
		if i > 0 && q.Start < qs[i-1].Start {
			t.Fatalf("quote %d starts at %d, before quote %d at %d", i, q.Start, i-1, qs[i-1].Start)
		}
		if q.Mention != nil {
			span(i, "mention", *q.Mention)
		}
		if q.Cue != nil {
			span(i, "cue", *q.Cue)
		}
		switch q.Kind {
		case extract.Direct, extract.Indirect, extract.Mixed:
		default:
			t.Fatalf("quote %d: kind %q", i, q.Kind)
		}
		if q.Rule == "" {
			t.Fatalf("quote %d %+v: no rule", i, q)
		}
		if q.Speaker != "" && q.Rule == "direct/unattributed" {
			t.Fatalf("quote %d: speaker %q from rule %s", i, q.Speaker, q.Rule)
		}
		if q.Confidence < 0 || q.Confidence > 1 || (q.Speaker == "" && q.Confidence != 0) {
			t.Fatalf("quote %d: confidence %v with speaker %q", i, q.Confidence, q.Speaker)
		}
		if q.Speaker != "" && !utf8.ValidString(q.Speaker) && valid {
			t.Fatalf("quote %d: speaker %q is not valid UTF-8", i, q.Speaker)
		}
	}
}
