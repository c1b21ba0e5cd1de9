// Command saidwho finds the quotations in news text and says who said them.
//
//	saidwho extract [FLAGS] [PATH...]   attribution records as JSON Lines
//	saidwho eval --gold FILE [--pred FILE]   scores against hand-labelled gold
//	saidwho serve [--addr HOST:PORT]   the same over HTTP, with a page for people
//
// Exit status: 0 success (documents with errors are data, not failures),
// 1 some input could not be read at all, 2 bad usage, 130 interrupted.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/urfave/cli/v2"
)

// Exit statuses, documented in the README.
const (
	exitOK          = 0
	exitInput       = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	tuneGC()
	os.Exit(run(os.Args))
}

// tuneGC lets the heap grow to four times the live data between
// collections, not twice (GOGC=300, not 100): analysing a document
// allocates much and keeps little, and the collector's share of the CPU
// falls by half, about 8% of a run's CPU, for about 20 MB more of memory.
// A soft limit of 2 GiB makes it collect harder before one huge document
// takes more than that. GOGC and GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(2 << 30)
	}
}

// usageError marks errors in how saidwho was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// exitError carries an exit status and an optional message.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }

func onUsageError(c *cli.Context, err error, isSubcommand bool) error {
	return usageError{err}
}

func run(args []string) int {
	app := &cli.App{
		Name:    "saidwho",
		Usage:   "find quotations in news text and who said them",
		Version: version,
		Commands: []*cli.Command{
			extractCommand(),
			evalCommand(),
			serveCommand(),
		},
		OnUsageError: onUsageError,
		// Without a command, or with an unknown one, there is nothing to run.
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageError{fmt.Errorf("unknown command %q", c.Args().First())}
			}
			return cli.ShowAppHelp(c)
		},
		// Errors are printed once, by run, with the right exit status.
		ExitErrHandler: func(*cli.Context, error) {},
	}
	// A command's flag errors go to its own OnUsageError, not the App's.
	for _, cmd := range app.Commands {
		cmd.OnUsageError = onUsageError
	}
	err := app.Run(args)
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(os.Stderr, "saidwho: %v\n", err)
	var ue usageError
	var ee exitError
	var ce cli.ExitCoder // urfave/cli's own, as for `help nosuch`: a usage error
	switch {
	case errors.As(err, &ee):
		return ee.code
	case errors.As(err, &ue), errors.As(err, &ce):
		return exitUsage
	}
	return exitInput
}
