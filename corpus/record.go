// Package corpus reads documents and writes attribution records in the JSON
// Lines formats of the project's data contract (FORMAT.md): input documents,
// hand-labelled gold documents and predictions.
//
// Offsets in every record are Unicode code-point offsets into the document
// text, end exclusive, as FORMAT.md specifies; Go code working on bytes
// converts with an Index built once per document.
package corpus

import "encoding/json"

// Document is one input document: an id and its text. Err is set instead of
// Text when the document could not be read (a malformed JSONL line, a line
// without text); such a document still yields one output line.
type Document struct {
	ID   string
	Text string
	// Err is a per-document read error: data, not a reason to stop.
	Err error
}

// Span is a code-point span of a document with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Quote kinds, as FORMAT.md names them.
const (
	KindDirect   = "direct"
	KindIndirect = "indirect"
	KindMixed    = "mixed"
)

// Kinds lists the quote kinds in report order.
var Kinds = []string{KindDirect, KindIndirect, KindMixed}

// PredictedQuote is one attribution record as saidwho writes it.
type PredictedQuote struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
	// Speaker is the canonical name of the speaker entity, nil when unknown.
	Speaker *string `json:"speaker"`
	// Mention is where the text names the speaker for this quote.
	Mention *Span `json:"mention"`
	// Cue is the speech verb or phrase ("said", "according to").
	Cue        *Span   `json:"cue"`
	Confidence float64 `json:"confidence"`
	// Rule names the extractor rule that linked the speaker.
	Rule string `json:"rule"`
}

// Prediction is one output line: the quotes found in one input document.
type Prediction struct {
	ID     string           `json:"id"`
	Quotes []PredictedQuote `json:"quotes"`
	// Error is non-empty only when the document could not be processed.
	Error string `json:"error,omitempty"`
}

// GoldQuote is one hand-labelled quote.
type GoldQuote struct {
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Text    string  `json:"text"`
	Kind    string  `json:"kind"`
	Speaker *string `json:"speaker"`
	// SpeakerMentions are the code-point spans naming the speaker.
	SpeakerMentions [][2]int `json:"speaker_mentions,omitempty"`
	Cue             string   `json:"cue,omitempty"`
	CueSpan         *[2]int  `json:"cue_span,omitempty"`
	// Optional quotes are ambiguous: neither owed nor penalised.
	Optional bool `json:"optional,omitempty"`
	// Extra holds every other key of the record (quote_type, group, ...),
	// kept so reports can break figures down by any categorical field.
	Extra map[string]json.RawMessage `json:"-"`
}

// GoldDocument is one hand-labelled document.
type GoldDocument struct {
	ID      string      `json:"id"`
	Source  string      `json:"source,omitempty"`
	License string      `json:"license,omitempty"`
	Text    string      `json:"text"`
	Quotes  []GoldQuote `json:"quotes"`
	// Entities maps a canonical name to its aliases.
	Entities map[string][]string `json:"entities,omitempty"`
}
