package eval

import (
	"fmt"
	"io"
	"os"

	"github.com/saidwho/saidwho/corpus"
)

// Input is a JSON Lines stream with the name its errors are reported under.
type Input struct {
	Name   string
	Reader io.Reader
}

// ScoreFiles scores the prediction file at predPath against the gold file at
// goldPath; see Score.
func ScoreFiles(goldPath, predPath string, opts Options) (Report, error) {
	gf, err := os.Open(goldPath)
	if err != nil {
		return Report{}, fmt.Errorf("open gold: %w", err)
	}
	defer gf.Close()
	pf, err := os.Open(predPath)
	if err != nil {
		return Report{}, fmt.Errorf("open predictions: %w", err)
	}
	defer pf.Close()
	return Score(Input{goldPath, gf}, Input{predPath, pf}, opts)
}

// Score joins gold documents with prediction lines by id and scores them.
//
// While the two streams list the same ids in the same order (what extract
// writes for its own input) they are read in lockstep, holding one document
// of each. At the first id that differs, every remaining prediction line is
// read into a map by id and gold documents are looked up in it: memory then
// grows with the rest of the prediction file (quotes and their text), never
// with the gold file.
//
// A gold document without a prediction line has all its quotes missed; a
// prediction line whose id no gold document claims (or repeats one) counts in
// Report.UnmatchedPredictions. A malformed line in either stream stops the
// run with an error naming the stream and line.
func Score(gold, pred Input, opts Options) (Report, error) {
	s := NewScorer(opts)
	gr := newLineReader(gold.Name, gold.Reader)
	pr := newLineReader(pred.Name, pred.Reader)
	unmatched := 0
	predDone := false
	var byID map[string]corpus.Prediction // nil while in lockstep

	for {
		var g corpus.GoldDocument
		ok, err := gr.next(&g)
		if err != nil {
			return Report{}, fmt.Errorf("read gold: %w", err)
		}
		if !ok {
			break
		}
		if byID == nil && !predDone {
			var p corpus.Prediction
			ok, err := pr.next(&p)
			if err != nil {
				return Report{}, fmt.Errorf("read predictions: %w", err)
			}
			if !ok {
				predDone = true
				s.AddMissing(g)
				continue
			}
			if p.ID == g.ID {
				s.Add(g, p)
				continue
			}
			byID, unmatched, err = indexPredictions(p, pr)
			if err != nil {
				return Report{}, err
			}
		}
		if p, ok := byID[g.ID]; ok {
			delete(byID, g.ID)
			s.Add(g, p)
		} else {
			s.AddMissing(g)
		}
	}

	if byID == nil && !predDone {
		// Gold ended first in lockstep: whatever predictions remain are unmatched.
		for {
			var p corpus.Prediction
			ok, err := pr.next(&p)
			if err != nil {
				return Report{}, fmt.Errorf("read predictions: %w", err)
			}
			if !ok {
				break
			}
			unmatched++
		}
	}
	r := s.Report()
	r.UnmatchedPredictions = unmatched + len(byID)
	return r, nil
}

// indexPredictions maps first and every remaining prediction line by id. A
// repeated id keeps its first line; the repeats are returned as a count.
func indexPredictions(first corpus.Prediction, pr *lineReader) (map[string]corpus.Prediction, int, error) {
	byID := map[string]corpus.Prediction{first.ID: first}
	repeats := 0
	for {
		var p corpus.Prediction
		ok, err := pr.next(&p)
		if err != nil {
			return nil, 0, fmt.Errorf("read predictions: %w", err)
		}
		if !ok {
			return byID, repeats, nil
		}
		if _, dup := byID[p.ID]; dup {
			repeats++
			continue
		}
		byID[p.ID] = p
	}
}
