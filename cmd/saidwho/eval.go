package main

import (
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/eval"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/pipeline"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "score predictions against hand-labelled gold (FORMAT.md definitions)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Usage: "gold JSONL `FILE` (required)"},
			&cli.StringFlag{Name: "pred", Usage: "prediction JSONL `FILE`; without it saidwho extracts from the gold texts itself"},
			&cli.BoolFlag{Name: "json", Usage: "write the report as JSON"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "documents analysed at once when extracting"},
		},
		Action: func(c *cli.Context) error {
			goldPath := c.String("gold")
			if goldPath == "" {
				// Checked here, not with Required, so that it is a usage error.
				return usageError{fmt.Errorf("--gold FILE is required")}
			}
			gold, err := os.Open(goldPath)
			if err != nil {
				return err
			}
			defer gold.Close()
			var pred eval.Input
			if p := c.String("pred"); p != "" {
				f, err := os.Open(p)
				if err != nil {
					return err
				}
				defer f.Close()
				pred = eval.Input{Name: p, Reader: f}
			} else {
				r, err := extractGold(c, goldPath)
				if err != nil {
					return err
				}
				defer r.Close()
				pred = eval.Input{Name: "saidwho extract " + goldPath, Reader: r}
			}
			rep, err := eval.Score(eval.Input{Name: goldPath, Reader: gold}, pred, eval.Options{})
			if err != nil {
				return err
			}
			if c.Bool("json") {
				return rep.WriteJSON(os.Stdout)
			}
			return rep.WriteText(os.Stdout)
		},
	}
}

// extractGold runs extraction over the texts of a gold file and returns the
// predictions as a stream, so that scoring runs alongside extraction and
// neither holds the corpus in memory.
func extractGold(c *cli.Context, goldPath string) (io.ReadCloser, error) {
	src, err := corpus.Open([]string{goldPath}, corpus.Options{})
	if err != nil {
		return nil, err
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		src.Close()
		return nil, err
	}
	pr, pw := io.Pipe()
	go func() {
		defer src.Close()
		w := corpus.NewWriter(pw)
		_, err := pipeline.Run(c.Context, src, pipeline.Extraction(ex), w, pipeline.Options{Workers: c.Int("workers")})
		if err == nil {
			err = w.Flush()
		}
		if err != nil {
			err = fmt.Errorf("extract %s: %w", goldPath, err)
		}
		pw.CloseWithError(err)
	}()
	return pr, nil
}
