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
	batch
	enc *json.Encoder
}

// batch holds whole records (a line, or a document's rows) until they are
// handed to w together, in one Write call.
type batch struct {
	w       io.Writer
	buf     bytes.Buffer // whole records not yet written
	records int          // records in buf
	flushed int          // records handed to w
	err     error        // sticky: after a failed Write, what w holds is unknown
}

// done counts a record complete in buf, and sends the batch once it is big.
func (b *batch) done() error {
	b.records++
	if b.buf.Len() >= flushAt {
		return b.send()
	}
	return nil
}

// send hands buf to w in one Write call. After an error every call returns
// it: nothing is written twice.
func (b *batch) send() error {
	if b.err != nil || b.buf.Len() == 0 {
		return b.err
	}
	if _, err := b.w.Write(b.buf.Bytes()); err != nil {
		b.err = err
		return err
	}
	b.flushed += b.records
	b.records = 0
	b.buf.Reset()
	if b.buf.Cap() > 4*flushAt {
		b.buf = bytes.Buffer{} // do not hold on to one huge record's memory
	}
	return nil
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer) *Writer {
	wr := &Writer{batch: batch{w: w}}
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
	return w.done()
}

// Flush writes the buffered lines to the underlying writer. After an error
// every call returns it: nothing is written twice.
func (w *Writer) Flush() error { return w.send() }

// Flushed returns the number of records (Writer: lines; TableWriter:
// documents) handed to the underlying writer whose Write succeeded.
func (b *batch) Flushed() int { return b.flushed }
