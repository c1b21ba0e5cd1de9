// Package extract finds quotations in one text and attributes each to a
// speaker. It works on a single string: it knows no files, formats or
// goroutines, so every stage can be tested on a sentence.
//
// A quote goes through four stages, one file each:
//   - marks.go:    quotation marks are paired into direct quotes;
//   - cues.go:     speech verbs and phrases ("said", "according to") are found;
//   - mentions.go: names, titles, pronouns and nominals that can be speakers;
//   - link.go:     each quote is tied to a cue and a mention, mentions are
//     clustered into entities and the canonical name is chosen.
//
// All offsets in this package are byte offsets into the text given to
// Extract; callers that need code points convert them.
package extract

import (
	"context"
	"fmt"
)

// Kind says how a quote is reported.
type Kind string

// Quote kinds.
const (
	Direct   Kind = "direct"   // words inside quotation marks
	Indirect Kind = "indirect" // reported speech without marks
	Mixed    Kind = "mixed"    // reported speech embedding a quoted fragment
)

// Span is a byte range [Start, End) of the text.
type Span struct {
	Start, End int
}

// Quote is one attributed quotation.
type Quote struct {
	// Span is the quoted content; for direct quotes it excludes the marks.
	Span
	Kind Kind
	// Speaker is the canonical (fullest) name of the speaker entity, "" when
	// the text does not say who.
	Speaker string
	// Mention is where the text names the speaker for this quote.
	Mention *Span
	// Cue is the speech verb or phrase that introduces the quote.
	Cue *Span
	// Confidence estimates how likely the speaker is right, in [0, 1].
	Confidence float64
	// Rule names the rule that linked the speaker.
	Rule string
}

// Options tunes an Extractor. The zero value is the default.
type Options struct {
	// Register fixes the kind of writing; RegisterAuto guesses it for each
	// document.
	Register Register
}

// Extractor finds and attributes quotes. It is safe for concurrent use.
type Extractor struct {
	opts   Options
	cues   *cueLexicon
	tagger wordTagger
}

// New returns an Extractor, loading the models it needs once.
func New(opts Options) (*Extractor, error) {
	tg, err := newWordTagger()
	if err != nil {
		return nil, fmt.Errorf("load part-of-speech model: %w", err)
	}
	return &Extractor{opts: opts, cues: defaultCues, tagger: tg}, nil
}

// Extract returns the quotes of text in order of their start offset.
func (e *Extractor) Extract(ctx context.Context, text string) ([]Quote, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := newDoc(text, e.cues, e.tagger, e.opts.Register, bufferPool.Get().(*buffers))
	quotes := d.attribute()
	d.release()
	return quotes, nil
}
