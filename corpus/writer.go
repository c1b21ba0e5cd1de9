package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// flushAt is the size past which a Writer hands its buffered lines to the
// underlying writer.
const flushAt = 64 << 10

// Writer writes predictions as JSON Lines, one Prediction per line, in the
// shape FORMAT.md gives. Output is buffered: call Flush when done.
//
// Only whole lines reach the underlying writer, each batch in one Write call,
// so that a run stopped at any point, even killed, leaves complete records
// behind, the last one included, unless that Write itself fails (a full
// disk). Flushed says how many.
type Writer struct {
	w       io.Writer
	buf     bytes.Buffer // whole lines not yet written
	lines   int          // lines in buf
	flushed int          // lines handed to w
	enc     *json.Encoder
	err     error // sticky: after a failed Write, what w holds is unknown
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer) *Writer {
	wr := &Writer{w: w}
	wr.enc = json.NewEncoder(&wr.buf)
	// Quotes hold prose; "<" as "\u003c" would only make it harder to read.
	wr.enc.SetEscapeHTML(false)
	return wr
}

// Write writes one prediction line. A prediction without quotes is written
// with "quotes": [], never null, so that readers need not tell the two apart.
// A prediction that cannot be encoded (a confidence that is not a number)
// is written as a line with its id and an error, so that the output still
// has one line per document; the error is only returned when the underlying
// writer fails.
func (w *Writer) Write(p Prediction) error {
	if w.err != nil {
		return w.err
	}
	if p.Quotes == nil {
		p.Quotes = []PredictedQuote{}
	}
	mark := w.buf.Len()
	if line, ok := appendPrediction(w.buf.AvailableBuffer(), p); ok {
		w.buf.Write(line)
	} else if err := w.enc.Encode(p); err != nil {
		w.buf.Truncate(mark) // Encode writes nothing on error; be sure
		failed := Prediction{ID: p.ID, Quotes: []PredictedQuote{}, Error: fmt.Sprintf("cannot write the record: %v", err)}
		if err := w.enc.Encode(failed); err != nil {
			return err
		}
	}
	w.lines++
	if w.buf.Len() >= flushAt {
		return w.Flush()
	}
	return nil
}

// Flush writes the buffered lines to the underlying writer. After an error
// every call returns it: nothing is written twice.
func (w *Writer) Flush() error {
	if w.err != nil || w.buf.Len() == 0 {
		return w.err
	}
	if _, err := w.w.Write(w.buf.Bytes()); err != nil {
		w.err = err
		return err
	}
	w.flushed += w.lines
	w.lines = 0
	w.buf.Reset()
	if w.buf.Cap() > 4*flushAt {
		w.buf = bytes.Buffer{} // do not hold on to one huge record's memory
	}
	return nil
}

// Flushed returns the number of lines handed to the underlying writer
// whose Write succeeded.
func (w *Writer) Flushed() int { return w.flushed }
