package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/pipeline"
)

// An analyzer that reports the first "said" of each document runs over JSONL
// input; every input line, the malformed one included, yields one output line
// in input order.
func Example() {
	input := `{"id": "a", "text": "Ana said hello."}
{"id": "b", "text": "Nobody spoke."
{"id": "c", "text": "Île? Zoë said no."}
`
	src, err := corpus.Open([]string{"-"}, corpus.Options{Stdin: strings.NewReader(input)})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer src.Close()

	said := pipeline.AnalyzerFunc(func(ctx context.Context, doc corpus.Document) (corpus.Prediction, error) {
		var p corpus.Prediction
		if i := strings.Index(doc.Text, "said"); i >= 0 {
			cue := corpus.NewOffsets(doc.Text).Span(i, i+len("said"))
			p.Quotes = append(p.Quotes, corpus.PredictedQuote{
				Start: cue.Start, End: cue.End, Text: cue.Text, Kind: corpus.KindIndirect, Cue: &cue,
			})
		}
		return p, nil
	})

	out := corpus.NewWriter(os.Stdout)
	stats, err := pipeline.Run(context.Background(), src, said, out, pipeline.Options{Workers: 2})
	if err := out.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%d read, %d written, %d failed, err %v\n", stats.Read, stats.Written, stats.Failed, err)
	// Output:
	// {"id":"a","quotes":[{"start":4,"end":8,"text":"said","kind":"indirect","speaker":null,"mention":null,"cue":{"start":4,"end":8,"text":"said"},"confidence":0,"rule":""}]}
	// {"id":"-:2","quotes":[],"error":"-:2: invalid JSON: unexpected end of JSON input"}
	// {"id":"c","quotes":[{"start":9,"end":13,"text":"said","kind":"indirect","speaker":null,"mention":null,"cue":{"start":9,"end":13,"text":"said"},"confidence":0,"rule":""}]}
	// 3 read, 3 written, 1 failed, err <nil>
}
