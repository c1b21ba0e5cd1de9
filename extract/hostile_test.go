package extract_test

import (
	"os"
	"strings"
	"testing"
	"time"
)

// Hostile text: Extract must return valid quotes (checkQuotes) for any
// string, without panicking, in time linear in the text.

// knownBug skips a test that fails because of a bug reported but not yet
// fixed; SAIDWHO_KNOWN_BUGS=1 runs it anyway. Remove the call with the fix.
func knownBug(t *testing.T, bug string) {
	t.Helper()
	if os.Getenv("SAIDWHO_KNOWN_BUGS") == "" {
		t.Skipf("known bug: %s (SAIDWHO_KNOWN_BUGS=1 runs it)", bug)
	}
}

func TestHostileText(t *testing.T) {
	for name, text := range map[string]string{
		"empty":           "",
		"space only":      " \t\n\r\n\u00a0\u2029\u200b",
		"invalid UTF-8":   "\"Caf\xe9 \xff\xfe,\" he said. \xed\xa0\x80 said \xc3",
		"NUL bytes":       "\"Zero\x00byte,\" he said.\x00\x00\x00",
		"binary":          "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00\x01\x00\x00\x00\"\x10@\x00'",
		"byte-order mark": "\ufeff\"Hi,\" she said.\ufeff",
		"CRLF":            "\"One,\" he said.\r\n\r\n\"Two,\r\nthree,\" she said.\r\n",
		"lone CR":         "\"One,\" he said.\r\r\"Two,\rthree,\" she said.\r",
		"RTL":             "\u202bقال الوزير: «لن نستسلم».\u202c He said: \"שלום עולם,\" in Hebrew. \u200f\"x\u200e\"",
		"CJK":             "钱晓千说：“互联网不是零和游戏”。他说「你好」。『引用』「unclosed",
		"emoji":           "“👩‍👩‍👧‍👦 are 🇫🇷 fine 😀,” said Zoë. \"👍🏽\" she added. 🏳️‍🌈",
		"combining":       "\"Cafe\u0301 e\u0301\u0301\u0301 n\u0303,\" said Jose\u0301 Nun\u0303ez. \u0301\"\u0301x\u0301\"\u0301",
		"only marks":      strings.Repeat(`"“”'‘’«»‹›「」『』„`+"`", 20),
		"unbalanced":      strings.Repeat("“open ", 300) + strings.Repeat("close” ", 200) + strings.Repeat("\" ", 201),
		"nested":          strings.Repeat("“a ‘b «c ", 100) + strings.Repeat("» ’ ”", 100),
		"said alone":      strings.Repeat("said ", 1000) + "according to according to, saying",
		"no punctuation":  strings.Repeat("Smith said that the plan ", 2000),
		"one long word":   strings.Repeat("a", 1<<20),
		"cue at start":    "said Smith. \"Yes.\"",
		"punctuation":     strings.Repeat(",.;:!?—–-()[]", 500),
	} {
		t.Run(name, func(t *testing.T) {
			checkQuotes(t, text, extractTwice(t, extractor(t), text))
		})
	}
}

// TestKnownBugs holds the reproducers of bugs reported to extract's owner;
// each subtest is skipped until the bug is fixed.
func TestKnownBugs(t *testing.T) {
	ex := extractor(t)
	t.Run("panic in closesQuote", func(t *testing.T) {
		// A content cue whose comma is the first token: contentCue calls
		// closesQuote(comma-1) = closesQuote(-1), an index out of range
		// (indirect.go, closesQuote). FuzzExtract found it.
		knownBug(t, "extract: closesQuote(-1) panics when a sentence starts with a comma before a cue")
		for _, text := range []string{",A000a sAid", ", Smith said.", "\n\n, he said."} {
			checkQuotes(t, text, extractTwice(t, ex, text))
		}
	})
	// Quadratic time: a few thousand marks make a document take minutes.
	for _, tt := range []struct {
		name, unit string
		n          int
		bug        string
	}{
		// startsElision lower-cases the whole rest of the text for every
		// single quotation mark it looks at, and quoteScanner rescans a
		// paragraph up to 256 times: 3,000 stray marks take about a second,
		// 20,000 (60 KB) about a minute.
		{"stray single marks", "'a ", 20_000, "extract: startsElision lower-cases the rest of the text for each mark (marks.go)"},
		{"stray mixed marks", "“a \"b 'c «d ‘e ", 4_000, "extract: startsElision lower-cases the rest of the text for each mark (marks.go)"},
		// mergeMixed compares every indirect quote with every direct one:
		// a 1 MB article with 25,000 quotes takes 3 s, 4 MB 50 s.
		{"many quotes", "\"We will win,\" Smith said. The minister said that the plan would fail. According to Ann Lee, it was over.\n\n", 40_000, "extract: mergeMixed is quadratic in the number of quotes (indirect.go)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if testing.Short() {
				t.Skip("long inputs")
			}
			knownBug(t, tt.bug)
			text := strings.Repeat(tt.unit, tt.n)
			start := time.Now()
			qs := extractTwice(t, ex, text)
			// Linear time does this in about a second, twice, on a slow
			// machine; quadratic time in minutes.
			if d := time.Since(start); d > 20*time.Second*raceFactor {
				t.Errorf("%d bytes took %v", len(text), d)
			}
			checkQuotes(t, text, qs)
		})
	}
}
