package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrCannotResume is wrapped by the errors Resume returns when the output
// file is not one an earlier run over the same inputs wrote.
var ErrCannotResume = errors.New("cannot resume")

// Resume prepares path, the output of an earlier run over the same inputs
// that was interrupted, to be finished by this one. It reads the records
// path holds and, for each, the next document of r, checking that the ids
// agree. A last line without its newline, cut short when the earlier run
// was killed, the disk filled up or the machine went down, is dropped; any
// other line that is not a record makes Resume refuse, leaving the file as
// it is, since it may not be an output at all. It returns path opened for
// writing after its last whole record, r positioned at the first document
// path does not hold, and the number of documents skipped. A path that does
// not exist is created: there is nothing to skip.
//
// Documents are matched by position, not by id, since ids need not be
// unique; the ids only guard against resuming the wrong file.
func Resume(path string, r *Reader) (f *os.File, skipped int, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return nil, 0, err
	}
	defer func() {
		if err != nil {
			f.Close()
			f = nil
		}
	}()
	if st, err := f.Stat(); err != nil {
		return nil, 0, err
	} else if !st.Mode().IsRegular() {
		return nil, 0, fmt.Errorf("%w: %s is not a regular file", ErrCannotResume, path)
	}
	br := bufio.NewReaderSize(f, 64<<10)
	var (
		end  int64  // byte offset after the last whole record
		line []byte // the current line, reused
	)
	for {
		line = line[:0]
		var err error
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			line = append(line, frag...)
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err == io.EOF {
			break // line, if not empty, is torn: dropped
		}
		if err != nil {
			return nil, 0, fmt.Errorf("read %s: %w", path, err)
		}
		n := skipped + 1
		var rec struct {
			ID *string `json:"id"`
		}
		if json.Unmarshal(line, &rec) != nil || rec.ID == nil {
			return nil, 0, fmt.Errorf("%w: %s:%d is not a saidwho record: %.60q", ErrCannotResume, path, n, bytes.TrimSpace(line))
		}
		doc, err := r.Next()
		if err == io.EOF {
			return nil, 0, fmt.Errorf("%w: %s holds %d or more records, but the input has %d documents", ErrCannotResume, path, n, skipped)
		}
		if err != nil {
			return nil, 0, err
		}
		if doc.ID != *rec.ID {
			return nil, 0, fmt.Errorf("%w: %s:%d is the record of %q, but input document %d is %q: the file was not written from these inputs", ErrCannotResume, path, n, *rec.ID, n, doc.ID)
		}
		skipped++
		end += int64(len(line))
	}
	if err := f.Truncate(end); err != nil {
		return nil, 0, fmt.Errorf("drop the cut last line of %s: %w", path, err)
	}
	if _, err := f.Seek(end, io.SeekStart); err != nil {
		return nil, 0, err
	}
	return f, skipped, nil
}
