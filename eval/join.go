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
	j := newJoiner("predictions", pred)
	err := eachGold(gold, []*joiner{j}, func(g *corpus.GoldDocument, ps []*corpus.Prediction) {
		if ps[0] == nil {
			s.AddMissing(*g)
		} else {
			s.Add(*g, *ps[0])
		}
	})
	if err != nil {
		return Report{}, err
	}
	unmatched, err := j.unmatched()
	if err != nil {
		return Report{}, err
	}
	r := s.Report()
	r.UnmatchedPredictions = unmatched
	return r, nil
}

// Compare scores two prediction streams, system and baseline, against one
// gold stream, joining each as Score does (all three in lockstep while
// their ids agree), and compares them with a paired bootstrap over
// documents (see Bootstrap). The Report is the system's, with Baseline and
// Comparison set; its shown documents (Options.Documents) are chosen by the
// system's errors and carry both systems' predictions.
//
// Memory grows with the number of documents only by a few counts per
// document, which is what the bootstrap resamples.
func Compare(gold, system, baseline Input, opts Options, b Bootstrap) (Report, error) {
	table := newScopeTable()
	sys := NewScorer(opts)
	sys.opts.Documents = 0 // documents are kept here, with both panels
	sys.log = &docLog{table: table}
	base := NewScorer(sys.opts)
	base.log = &docLog{table: table}
	var keeper *docKeeper
	if opts.Documents > 0 {
		keeper = newDocKeeper(opts.Documents, opts.DocumentOrder)
	}

	js := newJoiner("predictions", system)
	jb := newJoiner("baseline predictions", baseline)
	err := eachGold(gold, []*joiner{js, jb}, func(g *corpus.GoldDocument, ps []*corpus.Prediction) {
		ds := sys.add(g, ps[0])
		db := base.add(g, ps[1])
		if keeper != nil && keeper.wants(ds.errors) {
			keeper.add(draw(opts.documentChars(), []*scoredDoc{ds, db}, []string{"predictions", "baseline"}))
		}
	})
	if err != nil {
		return Report{}, err
	}
	us, err := js.unmatched()
	if err != nil {
		return Report{}, err
	}
	ub, err := jb.unmatched()
	if err != nil {
		return Report{}, err
	}
	r := sys.Report()
	r.UnmatchedPredictions = us
	rb := base.Report()
	rb.UnmatchedPredictions = ub
	if keeper != nil {
		r.Shown = keeper.sample(opts.documentChars())
	}
	r.Baseline = &rb
	c := compare(r, rb, sys.log, base.log, b)
	r.Comparison = &c
	return r, nil
}

// joiner finds the prediction line of each gold document in turn: in
// lockstep while the ids agree, then from a map of the remaining lines.
type joiner struct {
	what    string // "predictions", for errors
	r       *lineReader
	done    bool                         // the stream has ended (lockstep only)
	byID    map[string]corpus.Prediction // nil while in lockstep
	repeats int                          // repeated ids met while indexing
}

func newJoiner(what string, in Input) *joiner {
	return &joiner{what: what, r: newLineReader(in.Name, in.Reader)}
}

// lookup returns the prediction line of the gold document id, or nil when
// it has none.
func (j *joiner) lookup(id string) (*corpus.Prediction, error) {
	if j.byID == nil {
		if j.done {
			return nil, nil
		}
		var p corpus.Prediction
		ok, err := j.r.next(&p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", j.what, err)
		}
		if !ok {
			j.done = true
			return nil, nil
		}
		if p.ID == id {
			return &p, nil
		}
		if err := j.index(p); err != nil {
			return nil, err
		}
	}
	p, ok := j.byID[id]
	if !ok {
		return nil, nil
	}
	delete(j.byID, id)
	return &p, nil
}

// index maps first and every remaining prediction line by id. A repeated id
// keeps its first line; the repeats are counted.
func (j *joiner) index(first corpus.Prediction) error {
	j.byID = map[string]corpus.Prediction{first.ID: first}
	for {
		var p corpus.Prediction
		ok, err := j.r.next(&p)
		if err != nil {
			return fmt.Errorf("read %s: %w", j.what, err)
		}
		if !ok {
			return nil
		}
		if _, dup := j.byID[p.ID]; dup {
			j.repeats++
			continue
		}
		j.byID[p.ID] = p
	}
}

// unmatched reads whatever remains of the stream and returns how many
// prediction lines no gold document claimed.
func (j *joiner) unmatched() (int, error) {
	if j.byID != nil {
		return j.repeats + len(j.byID), nil
	}
	n := 0
	for !j.done {
		var p corpus.Prediction
		ok, err := j.r.next(&p)
		if err != nil {
			return 0, fmt.Errorf("read %s: %w", j.what, err)
		}
		if !ok {
			break
		}
		n++
	}
	return n, nil
}

// eachGold reads the gold stream a document at a time and hands fn each
// document with its prediction from every joiner (nil when a stream has
// none), so that no caller holds more than the joiners keep.
func eachGold(gold Input, js []*joiner, fn func(g *corpus.GoldDocument, preds []*corpus.Prediction)) error {
	gr := newLineReader(gold.Name, gold.Reader)
	preds := make([]*corpus.Prediction, len(js))
	for {
		var g corpus.GoldDocument
		ok, err := gr.next(&g)
		if err != nil {
			return fmt.Errorf("read gold: %w", err)
		}
		if !ok {
			return nil
		}
		for i, j := range js {
			if preds[i], err = j.lookup(g.ID); err != nil {
				return err
			}
		}
		fn(&g, preds)
	}
}
