package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/saidwho/saidwho/corpus"
)

// goldLine and predLine write one JSONL line for a document "id" whose text
// is "w" and whose single gold quote is that word.
func goldLine(id string) string {
	return `{"id":"` + id + `","text":"w","quotes":[{"start":0,"end":1,"text":"w","kind":"direct","speaker":null}]}` + "\n"
}

func predLine(id string) string {
	return `{"id":"` + id + `","quotes":[{"start":0,"end":1,"text":"w","kind":"direct","speaker":null}]}` + "\n"
}

func TestScoreJoin(t *testing.T) {
	tests := []struct {
		name              string
		gold, pred        string
		matched, missing  int
		failed, unmatched int
	}{
		{"lockstep", goldLine("a") + goldLine("b"), predLine("a") + predLine("b"), 2, 0, 0, 0},
		{"reordered", goldLine("a") + goldLine("b") + goldLine("c"), predLine("c") + predLine("a") + predLine("b"), 3, 0, 0, 0},
		{"prediction line missing in the middle", goldLine("a") + goldLine("b") + goldLine("c"), predLine("a") + predLine("c"), 2, 1, 0, 0},
		{"predictions end early", goldLine("a") + goldLine("b"), predLine("a"), 1, 1, 0, 0},
		{"extra prediction lines after gold ends", goldLine("a"), predLine("a") + predLine("x") + predLine("y"), 1, 0, 0, 2},
		{"unknown and repeated ids once misaligned", goldLine("a") + goldLine("b"), predLine("x") + predLine("b") + predLine("a") + predLine("b"), 2, 0, 0, 2},
		{"failed document", goldLine("a"), `{"id":"a","quotes":[],"error":"timeout"}` + "\n", 0, 0, 1, 0},
		{"blank lines and no final newline", "\n" + goldLine("a") + "  \n" + strings.TrimSuffix(goldLine("b"), "\n"),
			predLine("a") + "\n\n" + strings.TrimSuffix(predLine("b"), "\n"), 2, 0, 0, 0},
		{"empty inputs", "", "", 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Score(Input{"gold", strings.NewReader(tt.gold)}, Input{"pred", strings.NewReader(tt.pred)}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if r.Overall.Matched != tt.matched || r.MissingPredictions != tt.missing ||
				r.FailedPredictions != tt.failed || r.UnmatchedPredictions != tt.unmatched {
				t.Errorf("matched %d missing %d failed %d unmatched %d; want %d %d %d %d",
					r.Overall.Matched, r.MissingPredictions, r.FailedPredictions, r.UnmatchedPredictions,
					tt.matched, tt.missing, tt.failed, tt.unmatched)
			}
			if want := strings.Count(strings.TrimSpace(tt.gold), `"id"`); r.Documents != want || r.Overall.Gold != want {
				t.Errorf("documents %d, gold quotes %d; want %d of each", r.Documents, r.Overall.Gold, want)
			}
		})
	}
}

func TestScoreBadInput(t *testing.T) {
	tests := []struct {
		name, gold, pred, wantErr string
	}{
		{"malformed gold line", goldLine("a") + "{nope\n", predLine("a"), "gold.jsonl:2:"},
		{"malformed prediction line", goldLine("a") + goldLine("b"), predLine("a") + "\n[1,\n", "pred.jsonl:3:"},
		{"malformed prediction line while indexing", goldLine("a"), predLine("b") + "nope\n", "pred.jsonl:2:"},
		{"wrong type in a gold quote", `{"id":"a","quotes":[{"start":"0"}]}`, "", `gold.jsonl:1: gold quote: key "start"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Score(Input{"gold.jsonl", strings.NewReader(tt.gold)}, Input{"pred.jsonl", strings.NewReader(tt.pred)}, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestLineReaderLongLine(t *testing.T) {
	text := strings.Repeat("word ", 100_000) // far beyond the reader's buffer
	doc := corpus.GoldDocument{ID: "long", Text: text}
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	lr := newLineReader("long", strings.NewReader(string(raw)+"\n"+string(raw)))
	for i := range 2 {
		var got corpus.GoldDocument
		ok, err := lr.next(&got)
		if err != nil || !ok || got.Text != text {
			t.Fatalf("line %d: ok %v err %v, text of %d bytes", i+1, ok, err, len(got.Text))
		}
	}
	if ok, err := lr.next(&corpus.GoldDocument{}); ok || err != nil {
		t.Fatalf("after the last line: ok %v err %v", ok, err)
	}
}

func TestScoreFiles(t *testing.T) {
	dir := t.TempDir()
	pred := filepath.Join(dir, "pred.jsonl")
	if err := os.WriteFile(pred, []byte(`{"id":"seed/china-opposes-internet-war","quotes":[]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := ScoreFiles(filepath.Join("testdata", "seed.gold.jsonl"), pred, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Documents != 1 || r.Overall.Gold != 9 || r.Overall.OptionalGold != 4 || r.ErrorCounts[Missed] != 9 {
		t.Errorf("report = %+v", r)
	}
	if _, err := ScoreFiles(filepath.Join(dir, "absent.jsonl"), pred, Options{}); err == nil || !strings.Contains(err.Error(), "open gold") {
		t.Errorf("missing gold file: error = %v", err)
	}
	if _, err := ScoreFiles(filepath.Join("testdata", "seed.gold.jsonl"), filepath.Join(dir, "absent.jsonl"), Options{}); err == nil || !strings.Contains(err.Error(), "open predictions") {
		t.Errorf("missing prediction file: error = %v", err)
	}
}
