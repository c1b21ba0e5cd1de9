package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// lineReader reads JSON Lines records of any length, one object per line,
// skipping blank lines. Errors name the input and line number.
type lineReader struct {
	name string
	r    *bufio.Reader
	line int
	buf  []byte // reused: json.Unmarshal copies what it keeps
}

func newLineReader(name string, r io.Reader) *lineReader {
	return &lineReader{name: name, r: bufio.NewReaderSize(r, 1<<16)}
}

// next decodes the next non-blank line into v. It returns false at the end of
// the input.
func (lr *lineReader) next(v any) (bool, error) {
	for {
		line, err := lr.readLine()
		if err != nil {
			return false, err
		}
		if line == nil {
			return false, nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := json.Unmarshal(line, v); err != nil {
			return false, fmt.Errorf("%s:%d: %w", lr.name, lr.line, err)
		}
		return true, nil
	}
}

// readLine returns the next line without its newline, or nil at the end of
// the input. bufio.Reader.ReadSlice is looped so no line is too long.
func (lr *lineReader) readLine() ([]byte, error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.r.ReadSlice('\n')
		lr.buf = append(lr.buf, chunk...)
		switch {
		case err == nil:
			lr.line++
			return lr.buf[:len(lr.buf)-1], nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(lr.buf) == 0 {
				return nil, nil
			}
			lr.line++
			return lr.buf, nil // last line without a newline
		default:
			return nil, fmt.Errorf("%s:%d: %w", lr.name, lr.line+1, err)
		}
	}
}
