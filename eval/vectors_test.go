package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/saidwho/saidwho/corpus"
)

// vector is one line of scoring-vectors.jsonl: a prediction on a gold
// document with the figures FORMAT.md's scoring gives for it.
type vector struct {
	Case       string            `json:"case"`
	GoldID     string            `json:"gold_id"`
	Prediction corpus.Prediction `json:"prediction"`
	Expected   map[string]any    `json:"expected"`
}

func readGold(t *testing.T, path string) map[string]corpus.GoldDocument {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs := make(map[string]corpus.GoldDocument)
	lr := newLineReader(path, f)
	for {
		var d corpus.GoldDocument
		ok, err := lr.next(&d)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return docs
		}
		docs[d.ID] = d
	}
}

func readVectors(t *testing.T, path string) []vector {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var vs []vector
	lr := newLineReader(path, f)
	for {
		var v vector
		ok, err := lr.next(&v)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return vs
		}
		vs = append(vs, v)
	}
}

// checkVectors scores every vector and compares every figure of its expected
// object with the report's JSON, to 4 decimals.
func checkVectors(t *testing.T, dir string) {
	gold := readGold(t, filepath.Join(dir, "seed.gold.jsonl"))
	vs := readVectors(t, filepath.Join(dir, "scoring-vectors.jsonl"))
	if len(vs) == 0 {
		t.Fatalf("%s: no scoring vectors", dir)
	}
	for _, v := range vs {
		t.Run(v.Case, func(t *testing.T) {
			g, ok := gold[v.GoldID]
			if !ok {
				t.Fatalf("no gold document %q", v.GoldID)
			}
			s := NewScorer(Options{})
			s.Add(g, v.Prediction)
			raw, err := json.Marshal(s.Report())
			if err != nil {
				t.Fatal(err)
			}
			var got map[string]any
			if err := json.Unmarshal(raw, &got); err != nil {
				t.Fatal(err)
			}
			n := compareFigures(t, "", v.Expected, got)
			if n == 0 {
				t.Fatal("expected object holds no figures")
			}
		})
	}
}

// compareFigures checks that every leaf of want is in got with the same
// value (numbers to 4 decimals, null as null) and returns how many it checked.
func compareFigures(t *testing.T, path string, want, got any) int {
	t.Helper()
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			t.Errorf("%s: got %v, want an object", path, got)
			return 0
		}
		keys := make([]string, 0, len(w))
		for k := range w {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		n := 0
		for _, k := range keys {
			gv, ok := g[k]
			if !ok {
				t.Errorf("%s.%s: missing from report", path, k)
				continue
			}
			n += compareFigures(t, path+"."+k, w[k], gv)
		}
		return n
	case nil:
		if got != nil {
			t.Errorf("%s: got %v, want null", path, got)
		}
		return 1
	case float64:
		g, ok := got.(float64)
		if !ok || math.Abs(math.Round(g*1e4)/1e4-w) > 1e-9 {
			t.Errorf("%s: got %v, want %v", path, got, w)
		}
		return 1
	default:
		if fmt.Sprint(want) != fmt.Sprint(got) {
			t.Errorf("%s: got %v, want %v", path, got, want)
		}
		return 1
	}
}

func TestScoringVectors(t *testing.T) {
	checkVectors(t, "testdata")
}

// sharedData is the project's development data, present in the team's
// workspace but not in a fresh clone.
var sharedData = filepath.Join("..", "..", "shared", "data")

func TestScoringVectorsShared(t *testing.T) {
	if _, err := os.Stat(sharedData); err != nil {
		t.Skipf("shared data not available (%v): the testdata copy is tested instead", err)
	}
	for _, name := range []string{"seed.gold.jsonl", "scoring-vectors.jsonl"} {
		shared, err := os.ReadFile(filepath.Join(sharedData, name))
		if err != nil {
			t.Fatal(err)
		}
		local, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(shared, local) {
			t.Logf("%s differs from testdata/%s: refresh the copy", name, name)
		}
	}
	checkVectors(t, sharedData)
}
