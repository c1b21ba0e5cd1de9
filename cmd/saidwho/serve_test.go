package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/internal/server"
)

// saidwho returns a command running the test binary as saidwho (see
// TestMain).
func saidwho(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return &exec.Cmd{Path: exe, Args: append([]string{"saidwho"}, args...), WaitDelay: 10 * time.Second}
}

var (
	serveExOnce sync.Once
	serveEx     *extract.Extractor
)

func handler(t *testing.T, opt server.Options) http.Handler {
	t.Helper()
	serveExOnce.Do(func() {
		var err error
		if serveEx, err = extract.New(extract.Options{}); err != nil {
			panic(err)
		}
	})
	return server.New(serveEx, opt)
}

// TestServeMatchesExtract posts the bundled sample, with lines that fail in
// every way a line can, as JSON Lines to the service and checks that the
// answer is byte for byte what saidwho extract writes for the same lines on
// standard input.
func TestServeMatchesExtract(t *testing.T) {
	sample, err := os.ReadFile("../../sample/sample.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	input := string(sample) + strings.Join([]string{
		`{"id": "cafe", "text": "“Ça suffit,” said Zoë Müller. According to her lawyer, the company will appeal."}`,
		`{"id": "broken", "text": `,
		`{"id": "notext"}`,
		`{"id": "number", "text": 42}`,
		``,
		`{"id": "empty", "text": ""}`,
		`{"text": "no id"}`,
	}, "\n") + "\n"

	cmd := saidwho(t, "extract", "-q", "-")
	cmd.Stdin = strings.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("saidwho extract: %v\n%s", err, stderr.Bytes())
	}

	srv := httptest.NewServer(handler(t, server.Options{Workers: 3}))
	defer srv.Close()
	resp, err := http.Post(srv.URL+"/v1/extract", "application/x-ndjson", strings.NewReader(input))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, got)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the service answered\n%s\nsaidwho extract wrote\n%s", got, want)
	}
	if n := bytes.Count(want, []byte("\n")); n < 10 {
		t.Errorf("only %d records", n)
	}
}

// TestServeShutdown cancels serve's context while a request is in progress:
// the listener closes at once, the request is still answered, and serve
// returns nil. A request that does not finish within the grace period makes
// serve return an error.
func TestServeShutdown(t *testing.T) {
	for _, tc := range []struct {
		name   string
		finish bool // send the rest of the body during the shutdown
	}{{"graceful", true}, {"deadline", false}} {
		t.Run(tc.name, func(t *testing.T) {
			started := make(chan struct{})
			var once sync.Once
			h := handler(t, server.Options{})
			srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				once.Do(func() { close(started) })
				h.ServeHTTP(w, r)
			})}
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var log bytes.Buffer
			served := make(chan error, 1)
			go func() { served <- serve(ctx, srv, ln, time.Second, &log) }()

			pr, pw := io.Pipe()
			defer pw.Close()
			answered := make(chan string, 1)
			go func() {
				resp, err := http.Post("http://"+ln.Addr().String()+"/v1/extract", "application/json", pr)
				if err != nil {
					answered <- err.Error()
					return
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				answered <- resp.Status + " " + string(b)
			}()
			io.WriteString(pw, `{"id": "late", `)
			<-started
			cancel()

			// The listener closes: new connections are refused.
			deadline := time.Now().Add(5 * time.Second)
			for {
				c, err := net.Dial("tcp", ln.Addr().String())
				if err != nil {
					break
				}
				c.Close()
				if time.Now().After(deadline) {
					t.Fatal("still accepting connections after shutdown began")
				}
				time.Sleep(10 * time.Millisecond)
			}

			if !tc.finish {
				if err := <-served; err == nil || !strings.Contains(err.Error(), "still in progress") {
					t.Errorf("serve returned %v, want an error about requests in progress", err)
				}
				return
			}
			io.WriteString(pw, `"text": "\"Yes,\" he said."}`)
			pw.Close()
			if a := <-answered; !strings.HasPrefix(a, `200 OK {"id":"late","quotes":[{`) {
				t.Errorf("the request in progress was answered %s", a)
			}
			if err := <-served; err != nil {
				t.Errorf("serve returned %v", err)
			}
			if !strings.Contains(log.String(), "shutting down") || !strings.Contains(log.String(), "stopped") {
				t.Errorf("log:\n%s", log.String())
			}
		})
	}
}

// TestServeSignal runs saidwho serve as a process on any free port, asks
// it for /healthz, sends it SIGTERM and checks that it stops with status 0.
func TestServeSignal(t *testing.T) {
	cmd := saidwho(t, "serve", "--addr", "127.0.0.1:0", "--quiet")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stderr)
	var addr string
	for lines.Scan() {
		if m := regexp.MustCompile(`serving on (http://\S+)/`).FindStringSubmatch(lines.Text()); m != nil {
			addr = m[1]
			break
		}
	}
	if addr == "" {
		t.Fatalf("no address in saidwho serve's output: %v", lines.Err())
	}
	resp, err := http.Get(addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `"status":"ok"`) {
		t.Errorf("GET /healthz: %d %s", resp.StatusCode, b)
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var rest strings.Builder
	for lines.Scan() {
		rest.WriteString(lines.Text() + "\n")
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("saidwho serve after SIGTERM: %v\n%s", err, rest.String())
	}
	if !strings.Contains(rest.String(), "saidwho: stopped") {
		t.Errorf("saidwho serve's last words:\n%s", rest.String())
	}
}
