package corpus

import (
	"bufio"
	"encoding/json"
	"io"
)

// Writer writes predictions as JSON Lines, one Prediction per line, in the
// shape FORMAT.md gives. Output is buffered: call Flush when done.
type Writer struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	// Quotes hold prose; "<" as "\u003c" would only make it harder to read.
	enc.SetEscapeHTML(false)
	return &Writer{bw: bw, enc: enc}
}

// Write writes one prediction line. A prediction without quotes is written
// with "quotes": [], never null, so that readers need not tell the two apart.
func (w *Writer) Write(p Prediction) error {
	if p.Quotes == nil {
		p.Quotes = []PredictedQuote{}
	}
	return w.enc.Encode(p)
}

// Flush writes any buffered data to the underlying writer.
func (w *Writer) Flush() error { return w.bw.Flush() }
