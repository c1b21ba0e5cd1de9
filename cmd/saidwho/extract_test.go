package main

import (
	"strings"
	"testing"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/pipeline"
)

func TestFailureSummary(t *testing.T) {
	first := &corpus.Prediction{ID: "doc-7", Error: "line 7: invalid JSON"}
	panicked := &corpus.Prediction{ID: "doc-2", Error: "internal error: index out of range"}
	tests := []struct {
		name  string
		stats pipeline.Stats
		first *corpus.Prediction
		quiet bool
		want  []string // lines, in order; none for an empty summary
	}{
		{"none failed", pipeline.Stats{Written: 9}, nil, false, nil},
		{"bad input", pipeline.Stats{Written: 9, Failed: 2}, first, false, []string{
			`saidwho: 2 of 9 documents could not be analysed; their records say why in "error" (the first, "doc-7": line 7: invalid JSON)`,
		}},
		{"bad input, quiet", pipeline.Stats{Written: 9, Failed: 2}, first, true, nil},
		{"a bug", pipeline.Stats{Written: 9, Failed: 1, Panicked: 1}, panicked, false, []string{
			`saidwho: 1 of 9 documents could not be analysed; their records say why in "error" (the first, "doc-2": internal error: index out of range)`,
			`saidwho: 1 of them hit an internal error, a bug in saidwho rather than in the input: please report it with the document (its "error" begins "internal error")`,
		}},
		{"a bug, quiet", pipeline.Stats{Written: 9, Failed: 3, Panicked: 2}, first, true, []string{
			`saidwho: 2 of them hit an internal error, a bug in saidwho rather than in the input: please report it with the document (its "error" begins "internal error")`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := failureSummary(tt.stats, tt.first, tt.quiet)
			want := ""
			if tt.want != nil {
				want = strings.Join(tt.want, "\n") + "\n"
			}
			if got != want {
				t.Errorf("failureSummary =\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestFirstFailure checks that the sink keeps the first failed prediction,
// not a later one, and passes every prediction on.
func TestFirstFailure(t *testing.T) {
	var got []string
	f := &firstFailure{Sink: sinkFunc(func(p corpus.Prediction) error {
		got = append(got, p.ID)
		return nil
	})}
	for _, p := range []corpus.Prediction{{ID: "a"}, {ID: "b", Error: "bad"}, {ID: "c", Error: "worse"}} {
		if err := f.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if strings.Join(got, ",") != "a,b,c" {
		t.Errorf("passed on %v, want a,b,c", got)
	}
	if f.first == nil || f.first.ID != "b" {
		t.Errorf("first = %+v, want b", f.first)
	}
}

type sinkFunc func(corpus.Prediction) error

func (f sinkFunc) Write(p corpus.Prediction) error { return f(p) }
