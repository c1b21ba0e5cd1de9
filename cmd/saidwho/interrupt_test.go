package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// These tests run saidwho as a separate process, the test binary itself
// installed in $PATH by testscript.Main (see TestMain), and interrupt it
// part-way as a user or a batch system would.

// saidwhoBin returns the path of the saidwho command.
func saidwhoBin(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("saidwho")
	if err != nil {
		t.Fatalf("saidwho is not in $PATH: %v", err)
	}
	return bin
}

// interruptCorpus writes a corpus long enough to stop part-way: documents
// with quotes, and some that cannot be read, which must be resumed over too.
func interruptCorpus(t *testing.T, dir string) string {
	t.Helper()
	n := 6000
	if raceEnabled {
		n = 1500
	}
	var b strings.Builder
	for i := range n {
		switch {
		case i%97 == 13:
			fmt.Fprintf(&b, "{\"id\": \"broken%d\", \"text\": \n", i)
		case i%101 == 7:
			fmt.Fprintf(&b, "{\"id\": \"dup\", \"text\": \"“Again,” she said. 他说「你好」。\"}\n")
		default:
			fmt.Fprintf(&b, "{\"id\": \"d%d\", \"text\": \"\\\"We will win %d,\\\" Smith said. The minister said that the plan would fail. According to Ann Lee, it was over.\"}\n", i, i)
		}
	}
	path := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o666); err != nil {
		t.Fatal(err)
	}
	return path
}

// runSaidwho runs saidwho to completion and returns its stderr, failing the test
// unless it exits with status want.
func runSaidwho(t *testing.T, want int, args ...string) string {
	t.Helper()
	cmd := exec.Command(saidwhoBin(t), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if got := exitCode(t, err); got != want {
		t.Fatalf("saidwho %s: exit status %d, want %d; stderr:\n%s", strings.Join(args, " "), got, want, stderr.String())
	}
	return stderr.String()
}

func exitCode(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode() // -1 when killed by a signal
	}
	t.Fatal(err)
	return 0
}

// startAndStop starts saidwho writing to out and, once out holds some records,
// sends it sigs, one after the other. It returns saidwho's exit error and
// stderr. ok is false when saidwho finished before it could be stopped.
func startAndStop(t *testing.T, out string, args []string, sigs ...os.Signal) (err error, stderr string, ok bool) {
	t.Helper()
	cmd := exec.Command(saidwhoBin(t), args...)
	var buf bytes.Buffer
	cmd.Stderr = &buf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			return err, buf.String(), false
		case <-tick.C:
		}
		if st, err := os.Stat(out); err == nil && st.Size() > 0 {
			break
		}
	}
	for _, s := range sigs {
		cmd.Process.Signal(s)
	}
	select {
	case err = <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("saidwho did not stop after %v", sigs)
	}
	return err, buf.String(), true
}

// checkRecords fails unless b is whole JSONL records whose ids are those of
// the first lines of want, and returns how many there are.
func checkRecords(t *testing.T, b, want []byte) int {
	t.Helper()
	if len(b) > 0 && b[len(b)-1] != '\n' {
		t.Errorf("the output ends with a cut-short line: %q", b[max(0, len(b)-60):])
	}
	if !bytes.HasPrefix(want, b) {
		t.Errorf("the output is not a prefix of an uninterrupted run's")
	}
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct{ ID string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.ID == "" {
			t.Fatalf("record %d is not a record: %q", n+1, sc.Bytes())
		}
		n++
	}
	return n
}

// TestInterruptAndResume stops a real run part-way with SIGINT, SIGTERM,
// two SIGINTs (the second stops it at once) and SIGKILL, checks what it
// wrote and what it said, then finishes the output with --resume and
// compares it byte for byte with an uninterrupted run's.
func TestInterruptAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("runs saidwho over thousands of documents several times")
	}
	dir := t.TempDir()
	in := interruptCorpus(t, dir)
	full := filepath.Join(dir, "full.jsonl")
	runSaidwho(t, 0, "extract", "--workers", "2", "--output", full, in)
	want, err := os.ReadFile(full)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		sigs []os.Signal
		// status is the exit status after a graceful stop; -1 when the
		// process may die of the signal instead.
		status int
	}{
		{"SIGINT", []os.Signal{os.Interrupt}, exitInterrupted},
		{"SIGTERM", []os.Signal{syscall.SIGTERM}, exitInterrupted},
		{"two SIGINTs", []os.Signal{os.Interrupt, os.Interrupt}, -1},
		{"SIGKILL", []os.Signal{os.Kill}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			args := []string{"extract", "--workers", "2", "--output", out, in}
			err, stderr, ok := startAndStop(t, out, args, tt.sigs...)
			if !ok {
				t.Skip("saidwho finished before it could be stopped: a faster machine needs a bigger corpus")
			}
			code := exitCode(t, err)
			b, _ := os.ReadFile(out)
			if tt.sigs[0] == os.Kill {
				// SIGKILL cannot be caught: a record being written may be
				// cut short. --resume drops such a line, which the
				// comparison below checks.
				b = b[:bytes.LastIndexByte(b, '\n')+1]
			}
			n := checkRecords(t, b, want)
			if tt.status >= 0 {
				if code != tt.status {
					t.Errorf("exit status %d, want %d; stderr:\n%s", code, tt.status, stderr)
				}
				msg := fmt.Sprintf("saidwho: interrupted: %s has the records of the first %d documents; run the same command with --resume to finish it\n", out, n)
				if !strings.HasSuffix(stderr, msg) || strings.Contains(stderr, "goroutine") {
					t.Errorf("stderr:\n%s\nwant it to end with\n%s", stderr, msg)
				}
			} else if code != -1 && code != exitInterrupted {
				t.Errorf("exit status %d; stderr:\n%s", code, stderr)
			}
			if n == bytes.Count(want, []byte("\n")) {
				t.Skip("every document was written before saidwho stopped")
			}
			t.Logf("stopped after %d documents, exit status %d", n, code)
			runSaidwho(t, 0, "extract", "--workers", "1", "--resume", "--output", out, in)
			got, _ := os.ReadFile(out)
			if !bytes.Equal(got, want) {
				t.Errorf("resumed output (%d bytes) differs from an uninterrupted run's (%d bytes)", len(got), len(want))
			}
		})
	}

	// A record cut short, as a full disk or a crash leaves it: dropped and
	// written again.
	torn := filepath.Join(dir, "torn.jsonl")
	cut := bytes.IndexByte(want[len(want)/2:], '\n') + len(want)/2 + 30
	if err := os.WriteFile(torn, want[:cut], 0o666); err != nil {
		t.Fatal(err)
	}
	runSaidwho(t, 0, "extract", "--resume", "--output", torn, in)
	if got, _ := os.ReadFile(torn); !bytes.Equal(got, want) {
		t.Errorf("resuming after a cut-short record: the output differs from an uninterrupted run's")
	}

	// Resuming a finished file writes nothing more.
	runSaidwho(t, 0, "extract", "--resume", "--output", full, in)
	if got, _ := os.ReadFile(full); !bytes.Equal(got, want) {
		t.Errorf("resuming a finished file changed it")
	}
}

// TestClosedPipe checks what `saidwho extract | head -1` does: saidwho stops
// at its next write, killed by SIGPIPE like other Unix tools, and says
// nothing.
func TestClosedPipe(t *testing.T) {
	in := interruptCorpus(t, t.TempDir())
	cmd := exec.Command(saidwhoBin(t), "extract", in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, `{"id":"d0",`) {
		t.Errorf("first line %q, %v", line, err)
	}
	stdout.Close()
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("saidwho exited with %v, want death by SIGPIPE", err)
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGPIPE {
		t.Errorf("saidwho exited with %v, want death by SIGPIPE", err)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// TestFullDisk writes to /dev/full: a clear message, status 1, no stack.
func TestFullDisk(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	in := interruptCorpus(t, t.TempDir())
	for _, args := range [][]string{
		{"extract", "--output", "/dev/full", in},
		{"extract", "--format", "csv", "--output", "/dev/full", in},
	} {
		stderr := runSaidwho(t, exitInput, args...)
		if !strings.HasPrefix(stderr, "saidwho: cannot write the records: write /dev/full: no space left on device") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("saidwho %s: stderr:\n%s", strings.Join(args, " "), stderr)
		}
	}
	// Standard output on a full disk.
	cmd := exec.Command(saidwhoBin(t), "extract", in)
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer full.Close()
	cmd.Stdout = full
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if code := exitCode(t, cmd.Run()); code != exitInput || !strings.Contains(stderr.String(), "no space left on device") {
		t.Errorf("stdout on /dev/full: status %d, stderr:\n%s", code, stderr.String())
	}
}
