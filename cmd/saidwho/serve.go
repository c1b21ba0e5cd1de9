package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/saidwho/saidwho/extract"
	"github.com/saidwho/saidwho/internal/server"
)

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "answer POST /v1/extract over HTTP, with a page for people at /",
		Description: "POST /v1/extract takes one document {\"id\", \"text\"} or JSON Lines of many and answers\n" +
			"with the records saidwho extract writes; GET /healthz answers {\"status\": \"ok\"}; GET / is a\n" +
			"page where text is pasted and its quotes shown. SIGINT or SIGTERM stops the service once the\n" +
			"requests in progress are answered (at most --shutdown-timeout).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "listen on `HOST:PORT` (port 0: any free port)"},
			&cli.Int64Flag{Name: "max-body", Value: server.DefaultMaxBodyBytes, Usage: "largest request body in `BYTES`; larger ones are answered 413"},
			&cli.IntFlag{Name: "max-requests", Value: runtime.GOMAXPROCS(0), Usage: "extract requests analysed at once; others wait"},
			&cli.DurationFlag{Name: "queue-timeout", Value: server.DefaultQueueTimeout, Usage: "how long a request waits for its turn before a 503"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "documents of one request analysed at once"},
			&cli.DurationFlag{Name: "read-timeout", Value: time.Minute, Usage: "longest time to read a request, body included"},
			&cli.DurationFlag{Name: "write-timeout", Value: 2 * time.Minute, Usage: "longest time from a request's headers to the end of its answer"},
			&cli.DurationFlag{Name: "idle-timeout", Value: 2 * time.Minute, Usage: "how long an idle keep-alive connection stays open"},
			&cli.DurationFlag{Name: "shutdown-timeout", Value: 30 * time.Second, Usage: "on SIGINT or SIGTERM, how long requests in progress may take to finish"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no log line per request"},
		},
		Action: func(c *cli.Context) error {
			for name, v := range map[string]int64{"max-body": c.Int64("max-body"), "max-requests": int64(c.Int("max-requests")), "workers": int64(c.Int("workers"))} {
				if v < 1 {
					return usageError{fmt.Errorf("--%s must be at least 1, not %d", name, v)}
				}
			}
			for _, name := range []string{"queue-timeout", "read-timeout", "write-timeout", "idle-timeout", "shutdown-timeout"} {
				if c.Duration(name) <= 0 {
					return usageError{fmt.Errorf("--%s must be positive, not %s", name, c.Duration(name))}
				}
			}
			ex, err := extract.New(extract.Options{})
			if err != nil {
				return err
			}
			logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
			opt := server.Options{
				MaxBodyBytes: c.Int64("max-body"),
				MaxInFlight:  c.Int("max-requests"),
				QueueTimeout: c.Duration("queue-timeout"),
				Workers:      c.Int("workers"),
				// Analysis stops a little before the write deadline, so that
				// a request cut off can still be answered with why.
				Timeout: analysisTimeout(c.Duration("write-timeout")),
				Version: version,
			}
			if !c.Bool("quiet") {
				opt.Log = logger
			}
			srv := &http.Server{
				Handler:           server.New(ex, opt),
				ReadHeaderTimeout: min(10*time.Second, c.Duration("read-timeout")),
				ReadTimeout:       c.Duration("read-timeout"),
				WriteTimeout:      c.Duration("write-timeout"),
				IdleTimeout:       c.Duration("idle-timeout"),
				ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
			}
			ln, err := net.Listen("tcp", c.String("addr"))
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
			defer stop()
			return serve(ctx, srv, ln, c.Duration("shutdown-timeout"), os.Stderr)
		},
	}
}

// analysisTimeout is how long the analysis of one request may take under a
// write timeout: a tenth of it, at most 5s, is kept to send the answer.
func analysisTimeout(write time.Duration) time.Duration {
	return write - min(write/10, 5*time.Second)
}

// serve answers requests on ln until ctx is done, then shuts srv down:
// it stops listening, lets the requests in progress finish for at most
// grace, and returns nil if they all did.
func serve(ctx context.Context, srv *http.Server, ln net.Listener, grace time.Duration, log io.Writer) error {
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(log, "saidwho: serving on http://%s/\n", ln.Addr())
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintf(log, "saidwho: shutting down; waiting up to %s for the requests in progress\n", grace)
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: requests still in progress after %s: %w", grace, err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(log, "saidwho: stopped")
	return nil
}
