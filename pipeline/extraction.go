package pipeline

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/extract"
)

// Extraction returns an Analyzer that finds quotes with ex and converts them
// to records: byte offsets become code-point offsets and each span carries
// its text.
func Extraction(ex *extract.Extractor) Analyzer {
	return AnalyzerFunc(func(ctx context.Context, doc corpus.Document) (corpus.Prediction, error) {
		qs, err := ex.Extract(ctx, doc.Text)
		if err != nil {
			return corpus.Prediction{}, fmt.Errorf("extract: %w", err)
		}
		return predict(doc, qs)
	})
}

// predict converts the quotes extract found in doc to a prediction. A span
// outside the text or cutting a character is an extractor bug, reported as
// the document's error rather than written as nonsense.
func predict(doc corpus.Document, qs []extract.Quote) (corpus.Prediction, error) {
	off := corpus.NewOffsets(doc.Text)
	span := func(what string, i int, s extract.Span) (corpus.Span, error) {
		if !validSpan(doc.Text, s) {
			return corpus.Span{}, fmt.Errorf("extract: quote %d: %s [%d, %d) is not a span of the %d-byte text", i, what, s.Start, s.End, len(doc.Text))
		}
		return off.Span(s.Start, s.End), nil
	}
	p := corpus.Prediction{ID: doc.ID, Quotes: make([]corpus.PredictedQuote, 0, len(qs))}
	for i, q := range qs {
		s, err := span("span", i, q.Span)
		if err != nil {
			return corpus.Prediction{}, err
		}
		pq := corpus.PredictedQuote{
			Start: s.Start, End: s.End, Text: s.Text,
			Kind:       string(q.Kind),
			Confidence: q.Confidence,
			Rule:       q.Rule,
		}
		if q.Speaker != "" {
			speaker := q.Speaker
			pq.Speaker = &speaker
		}
		if q.Mention != nil {
			m, err := span("mention", i, *q.Mention)
			if err != nil {
				return corpus.Prediction{}, err
			}
			pq.Mention = &m
		}
		if q.Cue != nil {
			c, err := span("cue", i, *q.Cue)
			if err != nil {
				return corpus.Prediction{}, err
			}
			pq.Cue = &c
		}
		p.Quotes = append(p.Quotes, pq)
	}
	return p, nil
}

// validSpan reports whether s lies within text and on character boundaries.
func validSpan(text string, s extract.Span) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) &&
		(s.Start == len(text) || utf8.RuneStart(text[s.Start])) &&
		(s.End == len(text) || utf8.RuneStart(text[s.End]))
}
