package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/pipeline"
)

// Extraction runs the extractor over a JSONL stream and writes the records
// saidwho extract writes. Offsets in the records are code points, as
// FORMAT.md requires, not the extractor's bytes: "Ça suffit," starts at 1
// although the curly mark before it takes three bytes, so Python's
// text[start:end] gives the quote back. A line that cannot be read still
// yields its record, with an error.
func ExampleExtraction() {
	input := `{"id": "cafe", "text": "“Ça suffit,” said Zoë Müller, the café’s owner."}
{"id": "bridge", "text": "Tom Reed, a city councillor, said the plan was \"a gamble\"."}
{"id": "broken", "text": 42}
`
	src, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: strings.NewReader(input)})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer src.Close()
	ex, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	out := corpus.NewWriter(os.Stdout)
	stats, err := pipeline.Run(context.Background(), src, pipeline.Extraction(ex), out, pipeline.Options{})
	if err := out.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%d read, %d written, %d failed, err %v\n", stats.Read, stats.Written, stats.Failed, err)
	// Output:
	// {"id":"cafe","quotes":[{"start":1,"end":11,"text":"Ça suffit,","kind":"direct","speaker":"Zoë Müller","mention":{"start":18,"end":28,"text":"Zoë Müller"},"cue":{"start":13,"end":17,"text":"said"},"confidence":0.95,"rule":"direct/cue-after"}]}
	// {"id":"bridge","quotes":[{"start":34,"end":57,"text":"the plan was \"a gamble\"","kind":"mixed","speaker":"Tom Reed","mention":{"start":0,"end":8,"text":"Tom Reed"},"cue":{"start":29,"end":33,"text":"said"},"confidence":0.95,"rule":"indirect/subject-cue+mixed"}]}
	// {"id":"broken","quotes":[],"error":"-:3: \"text\" is not a string"}
	// 3 read, 3 written, 1 failed, err <nil>
}
