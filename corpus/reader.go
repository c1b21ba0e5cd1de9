package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
)

// DefaultMaxDocumentBytes is the longest JSONL line or text file a Reader
// accepts unless Options says otherwise.
const DefaultMaxDocumentBytes = 256 << 20

// Options configures a Reader. The zero value reads JSONL records with "id"
// and "text" fields.
type Options struct {
	// IDField and TextField name the JSONL fields holding a document's id and
	// text; empty means "id" and "text".
	IDField, TextField string
	// MaxDocumentBytes bounds one JSONL line or one text file (after gzip
	// decompression), so that a runaway input becomes an error document
	// instead of exhausting memory; <= 0 means DefaultMaxDocumentBytes.
	MaxDocumentBytes int64
	// Stdin is read for the argument "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Reader streams the documents of a list of files, directories and "-"
// (JSONL on standard input), in the order given.
//
//   - A text file (".txt", or any name when the file is named directly) is one
//     document. Its id is the path as given when named directly, or its path
//     relative to the directory argument, slash-separated, when found in one.
//   - A JSONL file (".jsonl") holds one document per line. Lines holding only
//     white space are skipped: they are not documents. A line that cannot be
//     read as a document (malformed JSON, id or text missing or not a string,
//     empty id, longer than MaxDocumentBytes) yields a Document with Err set,
//     whose id is the line's id when it has one, else "<file id>:<line>".
//   - A directory is walked depth first in lexical order (filepath.WalkDir),
//     taking ".txt" and ".jsonl" files and their ".gz" versions; symbolic links
//     to directories are not followed.
//
// Text is made valid UTF-8 when read, each invalid sequence replaced by U+FFFD
// as Python's errors="replace" does, so that code-point offsets computed on
// Document.Text are offsets into the text the output carries (encoding/json
// would otherwise substitute it later). A byte-order mark is not part of the
// text: a UTF-8 one is dropped, and a file or JSONL input starting with a
// UTF-16 one is decoded from UTF-16. A text file holding a NUL byte is not
// text: it yields a Document with Err set. In JSONL a carriage return alone
// ends a line, as a line feed does.
//
// Bad data never stops the stream: it becomes a Document with Err set; a
// damaged compressed file yields one for the rest of the file. Next returns
// an error other than io.EOF only when standard input fails, since nothing
// further can be read from it. Ids are not checked for uniqueness, which
// would need memory growing with the corpus.
//
// A Reader is used from one goroutine, except BytesRead.
type Reader struct {
	// Set once by Open.
	inputs             []input
	idField, textField string
	max                int64
	stdin              io.Reader

	// Reading state.
	next int    // index of the next input to open
	jl   *jsonl // the JSONL input being read, if any
	err  error  // sticky: io.EOF or a standard input failure

	bytes atomic.Int64 // raw bytes read from files and stdin
}

// input is one file (or stdin) to read.
type input struct {
	path  string   // to open; "-" for stdin
	id    string   // the document id of a text file, the file id of a JSONL file
	jsonl bool     // JSONL rather than text
	gz    bool     // gzip-compressed
	f     *os.File // opened by Open for files named directly; nil otherwise
}

// jsonl is the state of the JSONL input being read.
type jsonl struct {
	in    input
	close func() error
	br    *bufio.Reader
	line  int    // number of the last line read, 1-based
	buf   []byte // the current line, reused between lines
	stdin bool   // a failure is fatal: there is no next input to go on with
	eof   bool   // the last line has been read
}

// Open returns a Reader over args (files, directories, "-"). It checks that
// every path exists and every file can be opened, so that a command can fail
// before writing anything; the documents themselves are read by Next.
func Open(args []string, opt Options) (*Reader, error) {
	r := &Reader{
		idField:   opt.IDField,
		textField: opt.TextField,
		max:       opt.MaxDocumentBytes,
		stdin:     opt.Stdin,
	}
	if r.idField == "" {
		r.idField = "id"
	}
	if r.textField == "" {
		r.textField = "text"
	}
	if r.max <= 0 {
		r.max = DefaultMaxDocumentBytes
	}
	if r.stdin == nil {
		r.stdin = os.Stdin
	}
	for _, arg := range args {
		if err := r.add(arg); err != nil {
			r.Close()
			return nil, err
		}
	}
	return r, nil
}

// add appends the inputs an argument names.
func (r *Reader) add(arg string) error {
	if arg == "-" {
		r.inputs = append(r.inputs, input{path: "-", id: "-", jsonl: true})
		return nil
	}
	// Files named directly stay open until read: they may be pipes
	// ("<(zcat ...)") that cannot be opened twice.
	f, err := os.Open(arg)
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	if !st.IsDir() {
		jsonl, gz, _ := kindOf(arg)
		r.inputs = append(r.inputs, input{path: arg, id: validID(filepath.ToSlash(arg)), jsonl: jsonl, gz: gz, f: f})
		return nil
	}
	f.Close()
	return filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		jsonl, gz, known := kindOf(path)
		if d.IsDir() || !known {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			st, err := os.Stat(path)
			if err != nil {
				return err
			}
			if !st.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		// Fail now rather than halfway through a long run.
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		f.Close()
		rel, err := filepath.Rel(arg, path)
		if err != nil {
			return fmt.Errorf("walk %s: %w", arg, err)
		}
		r.inputs = append(r.inputs, input{path: path, id: validID(filepath.ToSlash(rel)), jsonl: jsonl, gz: gz})
		return nil
	})
}

// kindOf tells from a file name whether it holds JSONL, whether it is
// gzip-compressed and whether its type is one a directory walk takes.
func kindOf(name string) (jsonl, gz, known bool) {
	name = strings.ToLower(name)
	if strings.HasSuffix(name, ".gz") {
		gz = true
		name = strings.TrimSuffix(name, ".gz")
	}
	switch filepath.Ext(name) {
	case ".jsonl":
		return true, gz, true
	case ".txt":
		return false, gz, true
	}
	return false, gz, false
}

// validID makes a path usable as a document id in JSON output.
func validID(s string) string {
	return strings.ToValidUTF8(s, "\uFFFD")
}

// Reads reports whether the file st describes is one of the Reader's
// inputs, so that a command can refuse to overwrite what it is about to
// read.
func (r *Reader) Reads(st os.FileInfo) bool {
	for _, in := range r.inputs {
		var ist os.FileInfo
		var err error
		switch {
		case in.path == "-":
			continue
		case in.f != nil:
			ist, err = in.f.Stat()
		default:
			ist, err = os.Stat(in.path)
		}
		if err == nil && os.SameFile(st, ist) {
			return true
		}
	}
	return false
}

// BytesRead returns the number of bytes read so far from files and standard
// input, before decompression. It is safe to call from another goroutine,
// for progress reports.
func (r *Reader) BytesRead() int64 { return r.bytes.Load() }

// Close releases the open files. Documents not yet read are not read.
func (r *Reader) Close() error {
	var errs []error
	if r.jl != nil {
		errs = append(errs, r.jl.close())
		r.jl = nil
	}
	for i := r.next; i < len(r.inputs); i++ {
		if f := r.inputs[i].f; f != nil {
			errs = append(errs, f.Close())
			r.inputs[i].f = nil
		}
	}
	r.next = len(r.inputs)
	return errors.Join(errs...)
}

// Next returns the next document, or io.EOF after the last one.
func (r *Reader) Next() (Document, error) {
	for r.err == nil {
		if r.jl != nil {
			doc, ok := r.nextLine()
			if ok {
				return doc, nil
			}
			continue
		}
		if r.next == len(r.inputs) {
			r.err = io.EOF
			break
		}
		in := r.inputs[r.next]
		r.inputs[r.next].f = nil
		r.next++
		if !in.jsonl {
			return r.readText(in), nil
		}
		if doc, ok := r.openJSONL(in); !ok {
			return doc, nil
		}
	}
	return Document{}, r.err
}

// openRaw opens an input, counting the bytes read from it and decompressing
// it when needed.
func (r *Reader) openRaw(in input) (io.Reader, func() error, error) {
	var src io.Reader
	closeFn := func() error { return nil }
	switch {
	case in.path == "-":
		src = r.stdin
	case in.f != nil:
		src, closeFn = in.f, in.f.Close
	default:
		f, err := os.Open(in.path)
		if err != nil {
			return nil, nil, err
		}
		src, closeFn = f, f.Close
	}
	src = &countingReader{r: src, n: &r.bytes}
	if !in.gz {
		return src, closeFn, nil
	}
	zr, err := gzip.NewReader(src)
	if err != nil {
		closeFn()
		return nil, nil, fmt.Errorf("read %s: %w", in.path, gzipError(noEOF(err)))
	}
	return gzipErrors{zr}, func() error { zr.Close(); return closeFn() }, nil
}

// gzipErrors explains the errors of a gzip stream.
type gzipErrors struct{ r io.Reader }

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		err = gzipError(err)
	}
	return n, err
}

// gzipError says what a gzip error means for the file, keeping the error
// for errors.Is.
func gzipError(err error) error {
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("gzip: %w: the file is cut short", err)
	case errors.Is(err, gzip.ErrChecksum): // "gzip: invalid checksum"
		return fmt.Errorf("%w: the file is damaged", err)
	case errors.Is(err, gzip.ErrHeader): // "gzip: invalid header"
		return fmt.Errorf("%w: not a gzip file, or damaged", err)
	case errors.As(err, &corrupt):
		return fmt.Errorf("gzip: %w: the file is damaged", err)
	}
	return fmt.Errorf("gzip: %w", err)
}

// readText reads a text input as one document.
func (r *Reader) readText(in input) Document {
	src, closeFn, err := r.openRaw(in)
	if err != nil {
		return Document{ID: in.id, Err: err}
	}
	defer closeFn()
	var buf bytes.Buffer
	if cr, ok := src.(*countingReader); ok {
		if f, ok := cr.r.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
				buf.Grow(int(min(st.Size(), r.max)) + bytes.MinRead)
			}
		}
	}
	n, err := buf.ReadFrom(io.LimitReader(src, r.max+1))
	if err != nil {
		return Document{ID: in.id, Err: fmt.Errorf("read %s: %w", in.path, err)}
	}
	if n > r.max {
		return Document{ID: in.id, Err: fmt.Errorf("read %s: longer than %d bytes", in.path, r.max)}
	}
	text, err := decodeText(buf.Bytes())
	if err != nil {
		return Document{ID: in.id, Err: fmt.Errorf("read %s: %w", in.path, err)}
	}
	return Document{ID: in.id, Text: text}
}

// openJSONL starts reading a JSONL input; when it cannot be opened it returns
// an error document and false.
func (r *Reader) openJSONL(in input) (Document, bool) {
	src, closeFn, err := r.openRaw(in)
	if err != nil {
		return Document{ID: in.id, Err: err}, false
	}
	r.jl = &jsonl{in: in, close: closeFn, br: bufio.NewReaderSize(decodeJSONL(src), 64<<10), stdin: in.path == "-"}
	return Document{}, true
}

// nextLine reads the next non-blank line of the JSONL input as a document.
// It returns false when the input is done (r.jl is then nil) or standard
// input failed (r.err is then set).
func (r *Reader) nextLine() (Document, bool) {
	jl := r.jl
	if jl.eof {
		jl.close()
		r.jl = nil
		return Document{}, false
	}
	for {
		line, tooLong, blank, err := r.readLine()
		if err != nil && err != io.EOF {
			jl.close()
			r.jl = nil
			err = fmt.Errorf("read %s: line %d: %w", jl.in.path, jl.line, err)
			if jl.stdin {
				r.err = err
				return Document{}, false
			}
			// The rest of a damaged file cannot be trusted: one error
			// document stands for it.
			return Document{ID: jl.in.id, Err: err}, true
		}
		if blank {
			if err == io.EOF {
				jl.close()
				r.jl = nil
				return Document{}, false
			}
			continue
		}
		var doc Document
		if tooLong {
			doc = Document{
				ID:  fmt.Sprintf("%s:%d", jl.in.id, jl.line),
				Err: fmt.Errorf("%s:%d: line longer than %d bytes", jl.in.path, jl.line, r.max),
			}
		} else {
			doc = r.parse(line)
		}
		if cap(jl.buf) > 4<<20 {
			jl.buf = nil // do not hold on to one huge line's memory
		}
		// A last line without a newline ends the input at the next call.
		jl.eof = err == io.EOF
		return doc, true
	}
}

// readLine reads one line without its newline. Past r.max bytes it stops
// keeping the line and reports tooLong, still reading to its end. blank says
// whether the line holds only JSON white space.
func (r *Reader) readLine() (line []byte, tooLong, blank bool, err error) {
	jl := r.jl
	jl.buf = jl.buf[:0]
	jl.line++
	blank = true
	var n int64
	for {
		frag, err := jl.br.ReadSlice('\n')
		frag = bytes.TrimSuffix(frag, []byte{'\n'})
		n += int64(len(frag))
		if blank && !isJSONSpace(frag) {
			blank = false
		}
		switch {
		case tooLong:
		case n > r.max:
			tooLong = true
			jl.buf = jl.buf[:0]
		default:
			jl.buf = append(jl.buf, frag...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return jl.buf, tooLong, blank, err
	}
}

// isJSONSpace reports whether b holds only the white space JSON allows
// between tokens.
func isJSONSpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// parse turns one JSONL line into a document.
func (r *Reader) parse(line []byte) Document {
	jl := r.jl
	at := fmt.Sprintf("%s:%d", jl.in.id, jl.line)
	fail := func(format string, args ...any) Document {
		return Document{ID: at, Err: fmt.Errorf("%s:%d: "+format, append([]any{jl.in.path, jl.line}, args...)...)}
	}
	if id, text, ok := fastFields(line, r.idField, r.textField); ok && id != "" {
		return Document{ID: id, Text: text}
	}
	var rec map[string]json.RawMessage
	if err := json.Unmarshal(line, &rec); err != nil {
		if te := (*json.UnmarshalTypeError)(nil); errors.As(err, &te) {
			return fail("not a JSON object but a JSON %s", te.Value)
		}
		return fail("invalid JSON: %w", err)
	}
	if rec == nil {
		return fail("not a JSON object but null")
	}
	id, err := stringField(rec, r.idField)
	if err != nil {
		return fail("%w", err)
	}
	if id == "" {
		return fail("empty %q", r.idField)
	}
	text, err := stringField(rec, r.textField)
	if err != nil {
		return Document{ID: id, Err: fmt.Errorf("%s:%d: %w", jl.in.path, jl.line, err)}
	}
	return Document{ID: id, Text: text}
}

// stringField returns the string value of a field of a JSON object.
func stringField(rec map[string]json.RawMessage, name string) (string, error) {
	raw, ok := rec[name]
	if !ok {
		return "", fmt.Errorf("no %q field", name)
	}
	// Unmarshal would accept null for a string; unquote does not.
	s, ok := unquote(raw)
	if !ok {
		return "", fmt.Errorf("%q is not a string", name)
	}
	return s, nil
}

// noEOF reports an empty gzip stream as truncated rather than as a clean end.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
