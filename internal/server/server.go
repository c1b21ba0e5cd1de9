// Package server is saidwho's HTTP service: the handler behind
// `saidwho serve`. It answers
//
//	POST /v1/extract  one document {"id", "text"} or JSON Lines of many;
//	                  the answer is the records saidwho extract writes
//	GET  /healthz     {"status": "ok"}
//	GET  /            a page where a person pastes text and sees its quotes
//
// Documents are read by package corpus and analysed by pipeline.Extraction,
// as the CLI does, so that a record is byte for byte the line `saidwho
// extract -` writes for the same input line. The command owns the listener,
// the timeouts of the http.Server and the shutdown; the handler owns what one
// request may cost: the size of its body, how many requests are analysed at
// once, how long one may take. Every error is a JSON object {"error": "..."}.
package server

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"path"
	"runtime"
	"strings"
	"time"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/pipeline"
)

// Defaults of Options.
const (
	DefaultMaxBodyBytes = 10 << 20
	DefaultQueueTimeout = 10 * time.Second
)

// Options tunes a Handler. The zero value is the default.
type Options struct {
	// MaxBodyBytes bounds a request body; a longer one is answered 413.
	// <= 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxInFlight is the number of extract requests analysed at once;
	// <= 0 means runtime.GOMAXPROCS(0). The others wait, their bodies
	// unread, so that memory stays below MaxInFlight × MaxBodyBytes.
	MaxInFlight int
	// QueueTimeout is how long a request waits for its turn before it is
	// answered 503; <= 0 means DefaultQueueTimeout.
	QueueTimeout time.Duration
	// Timeout bounds the analysis of one request; 0 means no bound. A
	// request past it is answered 503 if nothing was sent yet; otherwise
	// its connection is closed, so that a cut-off answer cannot pass for a
	// whole one.
	Timeout time.Duration
	// Workers is the number of documents of one request analysed at once;
	// <= 0 means runtime.GOMAXPROCS(0).
	Workers int
	// Version is reported by /healthz.
	Version string
	// Log receives one line per extract request analysed or turned away
	// as busy; nil means none.
	Log *slog.Logger
}

//go:embed web
var webFiles embed.FS

// Handler is the saidwho HTTP service. It is safe for concurrent use.
type Handler struct {
	ex   *extract.Extractor
	opt  Options
	slot chan struct{} // one token per request being analysed
	web  fs.FS
	mux  *http.ServeMux
}

// New returns the service's handler, which analyses documents with ex.
func New(ex *extract.Extractor, opt Options) *Handler {
	if opt.MaxBodyBytes <= 0 {
		opt.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opt.MaxInFlight <= 0 {
		opt.MaxInFlight = runtime.GOMAXPROCS(0)
	}
	if opt.QueueTimeout <= 0 {
		opt.QueueTimeout = DefaultQueueTimeout
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	web, err := fs.Sub(webFiles, "web")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	h := &Handler{ex: ex, opt: opt, slot: make(chan struct{}, opt.MaxInFlight), web: web}
	h.mux = http.NewServeMux()
	h.mux.HandleFunc("/v1/extract", h.extract)
	h.mux.HandleFunc("/healthz", h.healthz)
	h.mux.HandleFunc("/", h.page)
	return h
}

// ServeHTTP routes a request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	h.mux.ServeHTTP(w, r)
}

// writeError answers with a JSON error object.
func writeError(w http.ResponseWriter, code int, format string, args ...any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
	}{fmt.Sprintf(format, args...)})
	w.Write(append(b, '\n'))
}

// allow answers 405 unless the request's method is one of methods.
func allow(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m {
			return true
		}
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	writeError(w, http.StatusMethodNotAllowed, "method %s not allowed on %s; use %s", r.Method, r.URL.Path, strings.Join(methods, " or "))
	return false
}

func (h *Handler) healthz(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet, http.MethodHead) {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	b, _ := json.Marshal(struct {
		Status  string `json:"status"`
		Version string `json:"version,omitempty"`
	}{"ok", h.opt.Version})
	w.Write(append(b, '\n'))
}

// page serves the embedded web page and its files; any other path is 404.
func (h *Handler) page(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" {
		name = "index.html"
	}
	data, err := fs.ReadFile(h.web, name)
	if err != nil || name != path.Clean(name) {
		writeError(w, http.StatusNotFound, "no such path: %s (the service answers POST /v1/extract, GET /healthz and GET /)", r.URL.Path)
		return
	}
	if !allow(w, r, http.MethodGet, http.MethodHead) {
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	// The page loads nothing but its own files and talks only to this
	// service: no inline script, no other origin.
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// jsonlTypes are the media types that say the body is JSON Lines.
var jsonlTypes = map[string]bool{
	"application/x-ndjson":     true,
	"application/ndjson":       true,
	"application/jsonl":        true,
	"application/x-jsonlines":  true,
	"application/jsonlines":    true,
	"application/json-lines":   true,
	"application/x-json-lines": true,
}

// extract answers POST /v1/extract.
//
// A body whose Content-Type is a JSON Lines type (application/x-ndjson,
// application/jsonl, ...) is JSON Lines. Otherwise the body is one document
// when it is one JSON value, and JSON Lines when it is not but its first line
// is. One document is answered with its record (200), or 400 when it cannot
// be read; JSON Lines with one record per non-blank line, in order, as
// application/x-ndjson (200), a line that cannot be read being an error
// record as in `saidwho extract`.
func (h *Handler) extract(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodPost) {
		return
	}
	if r.ContentLength > h.opt.MaxBodyBytes {
		writeError(w, http.StatusRequestEntityTooLarge, "request body of %d bytes is over the limit of %d", r.ContentLength, h.opt.MaxBodyBytes)
		return
	}
	if !h.acquire(w, r) {
		return
	}
	defer func() { <-h.slot }()

	start := time.Now()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.opt.MaxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, http.StatusRequestEntityTooLarge, "request body is over the limit of %d bytes", tooLarge.Limit)
		} else {
			writeError(w, http.StatusBadRequest, "reading the request body: %v", err)
		}
		return
	}
	ctx := r.Context()
	if h.opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, h.opt.Timeout)
		defer cancel()
	}

	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	trimmed := bytes.TrimSpace(body)
	var stats pipeline.Stats
	switch {
	case len(trimmed) == 0:
		writeError(w, http.StatusBadRequest, `empty body: send a JSON object {"id": "...", "text": "..."} or JSON Lines of them`)
		return
	case jsonlTypes[mediaType] || (!json.Valid(trimmed) && json.Valid(firstLine(trimmed))):
		stats, err = h.extractLines(ctx, w, body)
	default:
		stats, err = h.extractOne(ctx, w, trimmed)
	}
	if h.opt.Log != nil {
		h.opt.Log.Info("extract", "remote", r.RemoteAddr, "bytes", len(body), "documents", stats.Written,
			"failed", stats.Failed, "panicked", stats.Panicked, "duration", time.Since(start).Round(time.Millisecond), "error", err)
	}
}

// acquire waits for a slot to analyse a request in, and answers 503 when
// none frees up within the queue timeout.
func (h *Handler) acquire(w http.ResponseWriter, r *http.Request) bool {
	select {
	case h.slot <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(h.opt.QueueTimeout)
	defer t.Stop()
	select {
	case h.slot <- struct{}{}:
		return true
	case <-t.C:
		if h.opt.Log != nil {
			h.opt.Log.Warn("busy: answered 503", "remote", r.RemoteAddr, "waited", h.opt.QueueTimeout)
		}
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, "busy: %d requests are being analysed and none finished within %s; retry later", cap(h.slot), h.opt.QueueTimeout)
	case <-r.Context().Done():
		// The client is gone: there is no one to answer.
	}
	return false
}

// firstLine returns the first line of b, which starts with no white space.
func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i]
	}
	return b
}

// source opens a reader of JSON Lines held in memory, the way saidwho
// extract reads standard input: error records are named "-:LINE".
func source(jsonl []byte) (*corpus.Reader, error) {
	return corpus.Open([]string{"-"}, corpus.Options{Stdin: bytes.NewReader(jsonl)})
}

// extractOne analyses a body holding one JSON document.
func (h *Handler) extractOne(ctx context.Context, w http.ResponseWriter, body []byte) (pipeline.Stats, error) {
	// On one line, the document is read by the same code as a JSONL line.
	var line bytes.Buffer
	if err := json.Compact(&line, body); err != nil {
		err = fmt.Errorf("invalid JSON: %v", err)
		writeError(w, http.StatusBadRequest, "%v", err)
		return pipeline.Stats{}, err
	}
	src, err := source(line.Bytes())
	if err != nil {
		writeError(w, http.StatusInternalServerError, "%v", err)
		return pipeline.Stats{}, err
	}
	defer src.Close()
	doc, err := src.Next()
	if err != nil {
		writeError(w, http.StatusInternalServerError, "%v", err)
		return pipeline.Stats{}, err
	}
	if doc.Err != nil {
		// The document's fault, not the service's: a missing or empty id,
		// text that is not a string...
		err := errors.New(strings.TrimPrefix(doc.Err.Error(), "-:1: "))
		writeError(w, http.StatusBadRequest, "%v", err)
		return pipeline.Stats{Read: 1, Failed: 1}, err
	}
	var rec recorder
	stats, err := pipeline.Run(ctx, &one{doc: doc}, pipeline.Extraction(h.ex), &rec, pipeline.Options{Workers: 1})
	switch {
	case err != nil:
		writeError(w, http.StatusServiceUnavailable, "analysis stopped: %v", err)
	case len(rec) != 1:
		err = fmt.Errorf("%d records for one document", len(rec))
		writeError(w, http.StatusInternalServerError, "%v", err)
	case rec[0].Error != "":
		err = errors.New(rec[0].Error)
		writeError(w, http.StatusInternalServerError, "%v", err)
	default:
		w.Header().Set("Content-Type", "application/json")
		out := corpus.NewWriter(w)
		if err = out.Write(rec[0]); err == nil {
			err = out.Flush()
		}
	}
	return stats, err
}

// extractLines analyses a JSON Lines body, streaming the records out.
func (h *Handler) extractLines(ctx context.Context, w http.ResponseWriter, body []byte) (pipeline.Stats, error) {
	src, err := source(body)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "%v", err)
		return pipeline.Stats{}, err
	}
	defer src.Close()
	w.Header().Set("Content-Type", "application/x-ndjson")
	sent := &sentWriter{w: w}
	out := corpus.NewWriter(sent)
	stats, err := pipeline.Run(ctx, src, pipeline.Extraction(h.ex), out, pipeline.Options{Workers: h.opt.Workers})
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		if !sent.sent {
			writeError(w, http.StatusServiceUnavailable, "analysis stopped after %d documents: %v", stats.Written, err)
			return stats, err
		}
		// Part of the answer is out with status 200: closing the connection
		// without ending the chunked body tells the client it is cut off.
		panic(http.ErrAbortHandler)
	}
	return stats, nil
}

// one is a pipeline.Source of one document.
type one struct {
	doc  corpus.Document
	done bool
}

func (o *one) Next() (corpus.Document, error) {
	if o.done {
		return corpus.Document{}, io.EOF
	}
	o.done = true
	return o.doc, nil
}

// recorder is a pipeline.Sink that keeps the predictions.
type recorder []corpus.Prediction

func (r *recorder) Write(p corpus.Prediction) error {
	*r = append(*r, p)
	return nil
}

// sentWriter records whether anything was written through it.
type sentWriter struct {
	w    io.Writer
	sent bool
}

func (s *sentWriter) Write(p []byte) (int, error) {
	s.sent = true
	return s.w.Write(p)
}
