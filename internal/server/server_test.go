package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/pipeline"
)

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

// newServer starts the service with opt on a loopback port.
func newServer(t *testing.T, opt Options) *httptest.Server {
	t.Helper()
	extractorOnce.Do(func() { extractor, extractorErr = extract.New(extract.Options{}) })
	if extractorErr != nil {
		t.Fatal(extractorErr)
	}
	srv := httptest.NewServer(New(extractor, opt))
	t.Cleanup(srv.Close)
	return srv
}

// answer is a response read in full.
type answer struct {
	code   int
	header http.Header
	body   string
}

func do(t *testing.T, method, url, ctype string, body io.Reader) answer {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return answer{resp.StatusCode, resp.Header, string(b)}
}

func post(t *testing.T, url, ctype, body string) answer {
	t.Helper()
	return do(t, http.MethodPost, url+"/v1/extract", ctype, strings.NewReader(body))
}

// wantError checks that a is a JSON error with status code whose message
// contains substr.
func wantError(t *testing.T, a answer, code int, substr string) {
	t.Helper()
	if a.code != code {
		t.Errorf("status %d, want %d; body %s", a.code, code, a.body)
	}
	if ct := a.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q, want application/json", ct)
	}
	var e struct{ Error string }
	if err := json.Unmarshal([]byte(a.body), &e); err != nil || e.Error == "" {
		t.Errorf("body %q is not a JSON error object (%v)", a.body, err)
	}
	if !strings.Contains(e.Error, substr) {
		t.Errorf("error %q does not say %q", e.Error, substr)
	}
}

// expected returns the records saidwho extract writes for JSONL read from
// standard input.
func expected(t *testing.T, jsonl string) string {
	t.Helper()
	src, err := source([]byte(jsonl))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	var buf bytes.Buffer
	w := corpus.NewWriter(&buf)
	for {
		doc, err := src.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		p := corpus.Prediction{ID: doc.ID}
		if doc.Err != nil {
			p.Error = doc.Err.Error()
		} else {
			p = analyze(t, doc)
		}
		if err := w.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func analyze(t *testing.T, doc corpus.Document) corpus.Prediction {
	t.Helper()
	var rec recorder
	if _, err := pipeline.Run(context.Background(), &one{doc: doc}, pipeline.Extraction(extractor), &rec, pipeline.Options{}); err != nil || len(rec) != 1 {
		t.Fatalf("analysing %s: %v", doc.ID, err)
	}
	return rec[0]
}

const smith = `{"id": "smith", "text": "\"We will win,\" Smith said. Jones said the team was tired."}`

func TestExtractOne(t *testing.T) {
	srv := newServer(t, Options{})
	want := expected(t, smith+"\n")
	if !strings.Contains(want, `"speaker":"Smith"`) {
		t.Fatalf("the extractor finds no quote by Smith: %s", want)
	}
	for _, tc := range []struct{ name, ctype, body string }{
		{"json", "application/json", smith},
		{"no type", "", smith},
		{"form type, as curl -d sends", "application/x-www-form-urlencoded", smith},
		{"indented", "application/json", "{\n  \"id\": \"smith\",\n  \"text\": \"\\\"We will win,\\\" Smith said. Jones said the team was tired.\"\n}\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := post(t, srv.URL, tc.ctype, tc.body)
			if a.code != http.StatusOK || a.body != want {
				t.Errorf("status %d, body\n%s\nwant 200 and\n%s", a.code, a.body, want)
			}
			if ct := a.header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
		})
	}
}

func TestExtractLines(t *testing.T) {
	srv := newServer(t, Options{Workers: 3})
	body := strings.Join([]string{
		smith,
		`{"id": "cafe", "text": "“Ça suffit,” said Zoë Müller. According to her lawyer, the company will appeal."}`,
		`{"id": "broken", "text": `,
		``,
		`{"id": "notext"}`,
		`{"id": "number", "text": 42}`,
		`{"id": "empty", "text": ""}`,
		`  `,
		`{"text": "no id"}`,
		`{"id": "last", "text": "\"No,\" she said."}`,
	}, "\n")
	want := expected(t, body)
	if n := strings.Count(want, "\n"); n != 8 {
		t.Fatalf("expected %d records, want 8:\n%s", n, want)
	}
	for _, tc := range []struct{ name, ctype, body string }{
		{"ndjson", "application/x-ndjson", body},
		{"jsonl with charset", "application/jsonl; charset=utf-8", body + "\n"},
		{"detected", "", body},
		{"detected despite application/json", "application/json", body},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := post(t, srv.URL, tc.ctype, tc.body)
			if a.code != http.StatusOK || a.body != want {
				t.Errorf("status %d, body\n%s\nwant 200 and\n%s", a.code, a.body, want)
			}
			if ct := a.header.Get("Content-Type"); ct != "application/x-ndjson" {
				t.Errorf("Content-Type %q, want application/x-ndjson", ct)
			}
		})
	}
	// One line sent as JSON Lines is answered as JSON Lines, errors
	// included, never with a 400.
	a := post(t, srv.URL, "application/x-ndjson", `{"id": "notext"}`)
	if a.code != http.StatusOK || !strings.HasPrefix(a.body, `{"id":"notext","quotes":[],"error":`) {
		t.Errorf("one bad line as JSONL: status %d, body %s", a.code, a.body)
	}
}

func TestBadRequests(t *testing.T) {
	srv := newServer(t, Options{})
	for _, tc := range []struct {
		name, body string
		code       int
		says       string
	}{
		{"empty", "", 400, "empty body"},
		{"blank", " \n\t\n", 400, "empty body"},
		{"bad JSON", `{"id": "a", "text": }`, 400, "invalid JSON"},
		{"truncated", `{"id": "a", "text": "b"`, 400, "invalid JSON"},
		{"indented and broken", "{\n\"id\": \"a\",\n\"text\": \"b\",\n}", 400, "invalid JSON"},
		{"no text", `{"id": "a"}`, 400, `no "text" field`},
		{"text not a string", `{"id": "a", "text": ["b"]}`, 400, `"text" is not a string`},
		{"no id", `{"text": "b"}`, 400, `no "id" field`},
		{"empty id", `{"id": "", "text": "b"}`, 400, `empty "id"`},
		{"not an object", `["a", "b"]`, 400, "not a JSON object"},
		{"null", `null`, 400, "not a JSON object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, post(t, srv.URL, "application/json", tc.body), tc.code, tc.says)
		})
	}
}

func TestRoutes(t *testing.T) {
	srv := newServer(t, Options{Version: "v1.2.3"})

	a := do(t, http.MethodGet, srv.URL+"/healthz", "", nil)
	if a.code != 200 || a.body != `{"status":"ok","version":"v1.2.3"}`+"\n" || a.header.Get("Content-Type") != "application/json" {
		t.Errorf("GET /healthz: %d %q %q", a.code, a.header.Get("Content-Type"), a.body)
	}
	if a := do(t, http.MethodHead, srv.URL+"/healthz", "", nil); a.code != 200 {
		t.Errorf("HEAD /healthz: %d", a.code)
	}

	for _, tc := range []struct{ path, ctype, says string }{
		{"/", "text/html; charset=utf-8", `<script src="/app.js"`},
		{"/?text=hello", "text/html; charset=utf-8", `<textarea id="text"`},
		{"/app.js", "text/javascript; charset=utf-8", `fetch("/v1/extract"`},
		{"/style.css", "text/css; charset=utf-8", `mark.quote`},
	} {
		a := do(t, http.MethodGet, srv.URL+tc.path, "", nil)
		if a.code != 200 || a.header.Get("Content-Type") != tc.ctype || !strings.Contains(a.body, tc.says) {
			t.Errorf("GET %s: %d %q, body has %q: %v", tc.path, a.code, a.header.Get("Content-Type"), tc.says, strings.Contains(a.body, tc.says))
		}
		if csp := a.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", tc.path, csp)
		}
	}

	for _, tc := range []struct {
		method, path string
		code         int
		allow, says  string
	}{
		{http.MethodGet, "/v1/extract", 405, "POST", "method GET not allowed"},
		{http.MethodPut, "/v1/extract", 405, "POST", "method PUT not allowed"},
		{http.MethodPost, "/healthz", 405, "GET, HEAD", "method POST not allowed"},
		{http.MethodPost, "/", 405, "GET, HEAD", "method POST not allowed"},
		{http.MethodDelete, "/app.js", 405, "GET, HEAD", "method DELETE not allowed"},
		{http.MethodGet, "/v1/nothing", 404, "", "no such path: /v1/nothing"},
		{http.MethodPost, "/v2/extract", 404, "", "no such path"},
		{http.MethodGet, "/web/index.html", 404, "", "no such path"},
		{http.MethodGet, "/index.html/", 404, "", "no such path"},
	} {
		a := do(t, tc.method, srv.URL+tc.path, "", nil)
		wantError(t, a, tc.code, tc.says)
		if got := a.header.Get("Allow"); got != tc.allow {
			t.Errorf("%s %s: Allow %q, want %q", tc.method, tc.path, got, tc.allow)
		}
	}
}

func TestBodyLimit(t *testing.T) {
	srv := newServer(t, Options{MaxBodyBytes: 100})
	small := `{"id": "a", "text": "Fine."}`
	if a := post(t, srv.URL, "", small); a.code != 200 {
		t.Errorf("a body under the limit: %d %s", a.code, a.body)
	}
	big := `{"id": "a", "text": "` + strings.Repeat("x", 100) + `"}`
	// Announced by Content-Length, and streamed without one.
	wantError(t, post(t, srv.URL, "", big), http.StatusRequestEntityTooLarge, "over the limit of 100")
	wantError(t, do(t, http.MethodPost, srv.URL+"/v1/extract", "", io.MultiReader(strings.NewReader(big))),
		http.StatusRequestEntityTooLarge, "over the limit of 100 bytes")
}

// TestBusy holds the only slot with a request whose body has not arrived,
// checks that others are answered 503 once they have waited QueueTimeout,
// and that the held request is answered when its body comes.
func TestBusy(t *testing.T) {
	srv := newServer(t, Options{MaxInFlight: 1, QueueTimeout: 50 * time.Millisecond})
	pr, pw := io.Pipe()
	held := make(chan answer, 1)
	go func() {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/v1/extract", pr)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			held <- answer{body: err.Error()}
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		held <- answer{code: resp.StatusCode, body: string(b)}
	}()
	io.WriteString(pw, `{"id": "held", `)

	// Until the held request has the slot, a probe may get it and finish.
	deadline := time.Now().Add(10 * time.Second)
	for {
		a := post(t, srv.URL, "", smith)
		if a.code == http.StatusServiceUnavailable {
			wantError(t, a, http.StatusServiceUnavailable, "busy")
			if a.header.Get("Retry-After") == "" {
				t.Error("503 without Retry-After")
			}
			break
		}
		if a.code != http.StatusOK || time.Now().After(deadline) {
			t.Fatalf("probe: %d %s", a.code, a.body)
		}
		time.Sleep(10 * time.Millisecond)
	}

	io.WriteString(pw, `"text": "\"Yes,\" he said."}`)
	pw.Close()
	a := <-held
	if a.code != http.StatusOK || !strings.HasPrefix(a.body, `{"id":"held","quotes":[{`) {
		t.Errorf("held request: %d %s", a.code, a.body)
	}
	// The slot is free again.
	if a := post(t, srv.URL, "", smith); a.code != http.StatusOK {
		t.Errorf("after the held request: %d %s", a.code, a.body)
	}
}

// TestQueue checks that requests beyond MaxInFlight wait their turn rather
// than fail, and that concurrent requests get their own answers.
func TestQueue(t *testing.T) {
	srv := newServer(t, Options{MaxInFlight: 2, Workers: 2})
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Go(func() {
			id := fmt.Sprint("doc", i)
			body := fmt.Sprintf(`{"id": %q, "text": "\"We will win,\" Smith said."}`+"\n", id)
			if i%2 == 1 {
				body += body // JSON Lines of two
			}
			a := post(t, srv.URL, "", body)
			want := 1 + i%2
			if a.code != http.StatusOK || strings.Count(a.body, `{"id":"`+id+`","quotes":[{`) != want {
				t.Errorf("request %d: %d %s", i, a.code, a.body)
			}
		})
	}
	wg.Wait()
}

func TestTimeout(t *testing.T) {
	srv := newServer(t, Options{Timeout: time.Nanosecond})
	wantError(t, post(t, srv.URL, "", smith), http.StatusServiceUnavailable, "analysis stopped")
	wantError(t, post(t, srv.URL, "application/x-ndjson", smith+"\n"+smith), http.StatusServiceUnavailable, "analysis stopped after")
}
