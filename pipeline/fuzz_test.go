package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/pipeline"
)

// FuzzExtraction runs the Analyzer saidwho uses on arbitrary text, as the
// reader hands it over (valid UTF-8): it must not fail, and every quote,
// mention and cue of the record must be text[start:end] in code points.
func FuzzExtraction(f *testing.F) {
	for _, s := range []string{
		`"We will win," Smith said.`,
		"钱晓千说：“互联网😀不是零和游戏”。Zoë said that it was e\u0301lan.",
		"\u202bقال: «لن نستسلم».\u202c \"שלום,\" he said.",
		"“👩‍👩‍👧 fine,” said Zoë.\r\n\r\n\"Two,\rthree,\" she said.",
		`He said " hi. “a ‘b « c » ” 'd' “nested “deeper” still” ''two'' ` + "``latex''",
		"\"Zero\x00byte,\" he said.\uFFFD",
	} {
		f.Add(s)
	}
	an := pipeline.Extraction(extractor(f))
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		p, err := an.Analyze(context.Background(), corpus.Document{ID: "fuzz", Text: text})
		if err != nil {
			t.Fatalf("Analyze(%q): %v", text, err)
		}
		p.ID = "fuzz"
		checkSpans(t, text, p)
	})
}
