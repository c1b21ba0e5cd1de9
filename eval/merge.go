package eval

import (
	"cmp"
	"slices"
)

// Merge returns the report of the documents of r and o together, as if they
// had been scored in one run: the scores of a sharded corpus, for instance,
// merged shard by shard. Counts add up and figures are computed again from
// them; error cases are ordered by document id and at most DefaultMaxErrors
// are kept per category. What needs the whole corpus at once is left out:
// breakdowns by gold field (ByField, whose fields are chosen from all the
// gold), the baseline comparison and the documents kept for HTML. Merge
// copies what it keeps, so r and o may be used again.
func (r Report) Merge(o Report) Report {
	m := Report{
		Provenance:           r.Provenance,
		Documents:            r.Documents + o.Documents,
		MissingPredictions:   r.MissingPredictions + o.MissingPredictions,
		FailedPredictions:    r.FailedPredictions + o.FailedPredictions,
		UnmatchedPredictions: r.UnmatchedPredictions + o.UnmatchedPredictions,
		InconsistentSpans:    r.InconsistentSpans + o.InconsistentSpans,
		TokenlessGold:        r.TokenlessGold + o.TokenlessGold,
		ByKind:               mergeScores(r.ByKind, o.ByKind),
		BySource:             mergeScores(r.BySource, o.BySource),
		Rules:                map[string]RuleStats{},
		Calibration:          r.Calibration.plus(o.Calibration),
		ErrorCounts:          map[Category]int{},
	}
	c := r.Overall.Counts()
	c.add(o.Overall.Counts())
	m.Overall = c.Figures()
	for _, rules := range []map[string]RuleStats{r.Rules, o.Rules} {
		for k, rs := range rules {
			m.Rules[k] = m.Rules[k].plus(rs)
		}
	}
	for _, counts := range []map[Category]int{r.ErrorCounts, o.ErrorCounts} {
		for k, n := range counts {
			m.ErrorCounts[k] += n
		}
	}
	m.Errors = slices.Concat(r.Errors, o.Errors)
	slices.SortStableFunc(m.Errors, func(x, y ErrorCase) int { return cmp.Compare(x.DocID, y.DocID) })
	kept := map[Category]int{}
	m.Errors = slices.DeleteFunc(m.Errors, func(e ErrorCase) bool {
		kept[e.Category]++
		return kept[e.Category] > DefaultMaxErrors
	})
	return m
}

// mergeScores adds two maps of scores scope by scope into a new map.
func mergeScores(a, b map[string]Scores) map[string]Scores {
	m := make(map[string]Scores, max(len(a), len(b)))
	for _, scores := range []map[string]Scores{a, b} {
		for k, sc := range scores {
			c := m[k].Counts()
			c.add(sc.Counts())
			m[k] = c.Figures()
		}
	}
	return m
}

// plus returns the sum of two rules' counts.
func (r RuleStats) plus(o RuleStats) RuleStats {
	return RuleStats{
		Predicted:       r.Predicted + o.Predicted,
		Matched:         r.Matched + o.Matched,
		Ignored:         r.Ignored + o.Ignored,
		Spurious:        r.Spurious + o.Spurious,
		WrongBoundary:   r.WrongBoundary + o.WrongBoundary,
		WrongSpeaker:    r.WrongSpeaker + o.WrongSpeaker,
		WrongKind:       r.WrongKind + o.WrongKind,
		SpeakerJudged:   r.SpeakerJudged + o.SpeakerJudged,
		EndToEndCorrect: r.EndToEndCorrect + o.EndToEndCorrect,
		MentionJudged:   r.MentionJudged + o.MentionJudged,
		MentionCorrect:  r.MentionCorrect + o.MentionCorrect,
	}
}
