package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/pipeline"
)

func init() {
	beam.RegisterType(reflect.TypeFor[document]())
	register.DoFn3x0[string, string, func(document)](&parseLineFn{})
	register.DoFn3x0[context.Context, fileio.ReadableFile, func(document)](&readTextFn{})
	register.DoFn3x1[context.Context, document, func(string, string), error](&extractFn{})
	register.Emitter1[document]()
	register.Emitter2[string, string]()
}

// Counters, reported by every runner's metrics (the Flink and Spark UIs,
// Dataflow's job page) and printed by main at the end of a run.
var (
	documentsCounter = beam.NewCounter("saidwho", "documents")
	quotesCounter    = beam.NewCounter("saidwho", "quotes")
	errorsCounter    = beam.NewCounter("saidwho", "errors")
	// panicsCounter counts the error records of documents whose analysis
	// panicked: bugs in saidwho, not bad input.
	panicsCounter = beam.NewCounter("saidwho", "panics")
)

// Config says what a run reads, writes and scores.
type Config struct {
	// Inputs are file patterns of any registered filesystem (local, gs://).
	// A pattern ending in .jsonl or .jsonl.gz reads one document per line;
	// any other pattern reads one document per file.
	Inputs []string
	// IDField and TextField name the JSONL fields of a document's id and
	// text; empty means "id" and "text".
	IDField, TextField string
	// Output is the prefix of the prediction shards.
	Output string
	// Shards is the number of prediction files written.
	Shards int
	// Gold, when set, is a gold JSONL file the predictions are scored
	// against; its report is written beside the shards.
	Gold string
}

// Build adds the whole run to s: read documents, extract their quotes, write
// the predictions and, with cfg.Gold, score them.
func Build(s beam.Scope, cfg Config) {
	docs := ReadDocuments(s, cfg)
	preds := Extract(s, docs)
	WritePredictions(s, cfg.Output, cfg.Shards, preds)
	if cfg.Gold != "" {
		report := Score(s, ReadGold(s, cfg.Gold), preds)
		WriteReport(s, cfg.Output, report)
	}
}

// document is one input document on its way to extraction. Err is a read
// error (a string: Beam elements are data); such a document yields an error
// record.
type document struct {
	ID, Text, Err string
}

// isJSONL tells from a file name or pattern whether it holds JSON Lines.
func isJSONL(name string) bool {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	return strings.HasSuffix(name, ".jsonl")
}

// ReadDocuments reads the documents of every input pattern and spreads them
// over the workers: a JSONL file is read by few workers (one per 64 MB
// split), its documents are analysed by all.
func ReadDocuments(s beam.Scope, cfg Config) beam.PCollection {
	s = s.Scope("ReadDocuments")
	var cols []beam.PCollection
	for _, pattern := range cfg.Inputs {
		if isJSONL(pattern) {
			lines := textio.ReadWithFilename(s, pattern) // KV<file, line>
			cols = append(cols, beam.ParDo(s, &parseLineFn{IDField: cfg.IDField, TextField: cfg.TextField}, lines))
		} else {
			files := fileio.ReadMatches(s, fileio.MatchFiles(s, pattern))
			cols = append(cols, beam.ParDo(s, &readTextFn{}, files))
		}
	}
	return beam.Reshuffle(s, beam.Flatten(s, cols...))
}

// parseLineFn reads a JSONL line as a document.
type parseLineFn struct {
	IDField   string `json:"id_field"`
	TextField string `json:"text_field"`
}

func (f *parseLineFn) ProcessElement(file, line string, emit func(document)) {
	if doc, ok := parseLine(file, line, corpus.Options{IDField: f.IDField, TextField: f.TextField}); ok {
		emit(doc)
	}
}

// parseLine reads one JSONL line as a document through a corpus.Reader, so
// that its rules are the CLI's to the letter: a line of white space is no
// document (false); a line that cannot be read yields a document with Err
// set, whose id is the line's id when it has one. Beam's textio gives no
// line numbers: where corpus says "<file>:<line>", this names the file and
// quotes the line's start.
func parseLine(file, line string, opt corpus.Options) (document, bool) {
	const at = "-:1" // where corpus says a line of standard input is
	opt.Stdin = strings.NewReader(line)
	r, err := corpus.Open([]string{"-"}, opt)
	if err != nil {
		return document{ID: file, Err: fmt.Sprintf("%s: %v", file, err)}, true
	}
	defer r.Close()
	doc, err := r.Next()
	if err == io.EOF {
		return document{}, false
	}
	if err != nil {
		return document{ID: file, Err: fmt.Sprintf("%s: %v", file, err)}, true
	}
	d := document{ID: doc.ID, Text: doc.Text}
	if doc.Err != nil {
		if d.ID == at {
			d.ID = file
		}
		d.Err = fmt.Sprintf("%s: line %s: %s", file, lineStart(line), strings.TrimPrefix(doc.Err.Error(), at+": "))
	}
	return d, true
}

// lineStart quotes the first characters of a line, to find it by.
func lineStart(line string) string {
	const n = 40
	if len(line) <= n {
		return fmt.Sprintf("%q", strings.ToValidUTF8(line, "\uFFFD"))
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(line[cut]) {
		cut--
	}
	return fmt.Sprintf("%q...", strings.ToValidUTF8(line[:cut], "\uFFFD"))
}

// readTextFn reads a whole file (decompressed when it ends in .gz) as one
// document whose id is the file's path as the filesystem matched it.
type readTextFn struct{}

func (f *readTextFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(document)) {
	path := file.Metadata.Path
	text, err := readAll(ctx, file, corpus.DefaultMaxDocumentBytes)
	if err != nil {
		emit(document{ID: path, Err: fmt.Sprintf("read %s: %v", path, err)})
		return
	}
	emit(document{ID: path, Text: text})
}

// readAll returns the text of file, each invalid UTF-8 sequence replaced by
// U+FFFD as corpus.Reader does, or an error past max bytes.
func readAll(ctx context.Context, file fileio.ReadableFile, max int64) (string, error) {
	rc, err := file.Open(ctx)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(rc, max+1))
	if err != nil {
		return "", err
	}
	if n > max {
		return "", fmt.Errorf("longer than %d bytes", max)
	}
	return strings.ToValidUTF8(buf.String(), "\uFFFD"), nil
}

// Extract analyses every document and returns its prediction record,
// KV<id, JSON line>, the line without its newline.
func Extract(s beam.Scope, docs beam.PCollection) beam.PCollection {
	return beam.ParDo(s.Scope("Extract"), &extractFn{}, docs)
}

// extractFn runs the CLI's extraction on one document at a time. The
// Extractor is built once per DoFn instance, in Setup, and each document
// goes through pipeline.Run, which turns a read error, an extraction error or
// a panic into an error record, and through corpus.Writer, so the records are
// those `saidwho extract` writes, byte for byte.
type extractFn struct {
	an   pipeline.Analyzer
	buf  bytes.Buffer
	out  *corpus.Writer
	last corpus.Prediction
}

func (f *extractFn) Setup() error {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	f.an = pipeline.Extraction(ex)
	f.out = corpus.NewWriter(&f.buf)
	return nil
}

func (f *extractFn) ProcessElement(ctx context.Context, d document, emit func(string, string)) error {
	doc := corpus.Document{ID: d.ID, Text: d.Text}
	if d.Err != "" {
		doc.Err = errors.New(d.Err)
	}
	f.buf.Reset()
	// One document, one worker: the goroutines Run starts cost microseconds
	// next to the extraction.
	st, err := pipeline.Run(ctx, &oneDocument{doc: doc}, f.an, f, pipeline.Options{Workers: 1})
	if err != nil {
		return err // only a cancelled bundle gets here: Beam retries it
	}
	if err := f.out.Flush(); err != nil {
		return err
	}
	documentsCounter.Inc(ctx, 1)
	quotesCounter.Inc(ctx, int64(len(f.last.Quotes)))
	if f.last.Error != "" {
		errorsCounter.Inc(ctx, 1)
	}
	if st.Panicked > 0 {
		panicsCounter.Inc(ctx, int64(st.Panicked))
	}
	emit(f.last.ID, strings.TrimSuffix(f.buf.String(), "\n"))
	return nil
}

// Write is extractFn's pipeline.Sink: it keeps the prediction for the
// counters and encodes it.
func (f *extractFn) Write(p corpus.Prediction) error {
	f.last = p
	return f.out.Write(p)
}

// oneDocument is a pipeline.Source of a single document.
type oneDocument struct {
	doc  corpus.Document
	done bool
}

func (o *oneDocument) Next() (corpus.Document, error) {
	if o.done {
		return corpus.Document{}, io.EOF
	}
	o.done = true
	return o.doc, nil
}
