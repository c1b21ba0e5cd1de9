package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary run as the saidwho command, so that scripts
// call it with "exec saidwho ..." as a user would.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"saidwho": func() { os.Exit(run(os.Args)) },
	})
}

// TestScripts runs the CLI fixtures in testdata/script: each .txtar file holds
// a script and the input files it uses.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status":    cmdStatus,
			"linecount": cmdLinecount,
			"gzip":      cmdGzip,
		},
	})
}

// cmdStatus runs a program like exec and checks its exit status:
//
//	status 2 saidwho extract --bogus
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status CODE PROGRAM [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdLinecount checks that a file, or the stdout or stderr of the last
// command, has exactly N lines:
//
//	linecount out.jsonl 5
//	linecount stdout 5
func cmdLinecount(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: linecount FILE N")
	}
	want, err := strconv.Atoi(args[1])
	ts.Check(err)
	text := ts.ReadFile(args[0])
	got := strings.Count(text, "\n")
	if text != "" && !strings.HasSuffix(text, "\n") {
		got++
	}
	if got != want {
		ts.Fatalf("%s has %d lines, want %d", args[0], got, want)
	}
}

// cmdGzip compresses FILE into FILE.gz and removes FILE, as gzip(1) does.
func cmdGzip(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: gzip FILE")
	}
	path := ts.MkAbs(args[0])
	in, err := os.Open(path)
	ts.Check(err)
	out, err := os.Create(path + ".gz")
	ts.Check(err)
	zw := gzip.NewWriter(out)
	_, err = io.Copy(zw, in)
	ts.Check(err)
	ts.Check(zw.Close())
	ts.Check(out.Close())
	ts.Check(in.Close())
	ts.Check(os.Remove(path))
}
