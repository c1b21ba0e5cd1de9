package extract_test

import (
	"context"
	"fmt"

	"github.com/saidwho/saidwho/extract"
)

// A short news paragraph: a direct quote whose speaker is named by surname
// only, so the canonical name comes from the earlier full name; an indirect
// quote whose speaker carries an apposition; and a mixed quote, reported
// speech that embeds a quoted fragment. Offsets are bytes into the text.
// The columns printed: kind, speaker, the mention naming the speaker, the
// rule that linked it, the quoted text.
func Example() {
	text := `Ana Lopez defended the new bridge on Tuesday. ` +
		`"It will pay for itself within ten years," Lopez said. ` +
		`Tom Reed, a city councillor, said the budget was already stretched. ` +
		`Reed said the plan was "a gamble".`

	// New loads the models once; the Extractor is then safe for
	// concurrent use, so one serves a whole program.
	ex, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	quotes, err := ex.Extract(context.Background(), text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range quotes {
		mention := ""
		if q.Mention != nil {
			mention = text[q.Mention.Start:q.Mention.End]
		}
		fmt.Printf("%-8s %-9s %-10q %-26s %q\n", q.Kind, q.Speaker, mention, q.Rule, text[q.Start:q.End])
	}
	// Output:
	// direct   Ana Lopez "Lopez"    direct/cue-after           "It will pay for itself within ten years,"
	// indirect Tom Reed  "Tom Reed" indirect/subject-cue       "the budget was already stretched"
	// mixed    Tom Reed  "Reed"     indirect/subject-cue+mixed "the plan was \"a gamble\""
}
