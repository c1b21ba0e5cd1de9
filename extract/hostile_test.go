package extract_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

// Hostile text: Extract must return valid quotes (checkQuotes) for any
// string, without panicking, in time linear in the text.

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

// TestFixedBugs keeps the reproducers of bugs found by fuzzing and by the
// hostile-input tests, fixed since: a panic and two super-linear loops.
func TestFixedBugs(t *testing.T) {
	ex := extractor(t)
	t.Run("panic in closesQuote", func(t *testing.T) {
		// A content cue whose comma is the first token: contentCue calls
		// closesQuote(comma-1) = closesQuote(-1), an index out of range
		// (indirect.go, closesQuote). FuzzExtract found it.
		for _, text := range []string{",A000a sAid", ", Smith said.", "\n\n, he said."} {
			checkQuotes(t, text, extractTwice(t, ex, text))
		}
	})
	t.Run("rescans of a long paragraph", func(t *testing.T) {
		// Each opening mark that never closes makes quoteScanner scan its
		// paragraph again from the start, up to 256 times (marks.go,
		// maxRescans): 300 stray marks make a one-paragraph document 35 to
		// 45 times slower, 8 MB about 22 s instead of 0.5.
		skipTiming(t)
		text := strings.Repeat("'a ", 300) + strings.Repeat("word, ", 8<<20/6)
		start := time.Now()
		ex.Extract(context.Background(), text)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%d bytes took %v", len(text), d)
		}
	})
	t.Run("org nominals scan every entity", func(t *testing.T) {
		// linkNominal looks for an organisation among all the entities so
		// far (entities.go, the m.Org loop over t.ents), and every "her
		// deputy" is a new entity: 1.5 MB takes 1.7 s, 6 MB 29 s, a
		// 100 MB article of ordinary news about 14 minutes.
		skipTiming(t)
		text := strings.Repeat("Her deputy said that it was over. According to the police, nobody was hurt.\n\n", 80_000)
		start := time.Now()
		ex.Extract(context.Background(), text)
		if d := time.Since(start); d > 12*time.Second {
			t.Errorf("%d bytes took %v", len(text), d)
		}
	})
}

// skipTiming skips a test of running time in short mode and under the race
// detector, which makes it meaningless; plain `go test ./extract` runs it.
func skipTiming(t *testing.T) {
	t.Helper()
	if testing.Short() || raceFactor > 1 {
		t.Skip("a timing test: run without -short and -race")
	}
}

// TestLinearTime checks that inputs that once took minutes take seconds.
func TestLinearTime(t *testing.T) {
	ex := extractor(t)
	for _, tt := range []struct {
		name, unit string
		n          int
	}{
		// startsElision lower-cased the whole rest of the text for each
		// single mark: 20,000 stray marks (60 KB) took about a minute.
		{"stray single marks", "'a ", 20_000},
		{"stray mixed marks", "“a \"b 'c «d ‘e ", 4_000},
		// mergeMixed compared every indirect quote with every direct one:
		// 4 MB of dense reporting took minutes.
		{"many quotes", "\"We will win,\" Smith said. The minister said that the plan would fail. According to Ann Lee, it was over.\n\n", 40_000},
	} {
		t.Run(tt.name, func(t *testing.T) {
			skipTiming(t)
			text := strings.Repeat(tt.unit, tt.n)
			start := time.Now()
			qs, err := ex.Extract(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			// About 3 s on a slow, shared machine.
			if d := time.Since(start); d > 20*time.Second {
				t.Errorf("%d bytes took %v", len(text), d)
			}
			checkQuotes(t, text, qs)
		})
	}
}
