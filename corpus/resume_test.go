package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// resumeInput is five documents; two share an id and one is an error.
const resumeInput = `{"id":"a","text":"one"}
{"id":"dup","text":"two"}
{"id":"dup","text":"three"}
not json
{"id":"e","text":"five"}
`

func openInput(t testing.TB, in string) *Reader {
	t.Helper()
	r, err := Open([]string{"-"}, Options{Stdin: strings.NewReader(in)})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestResume(t *testing.T) {
	const whole = `{"id":"a","quotes":[]}
{"id":"dup","quotes":[]}
{"id":"dup","quotes":[{"start":0,"end":1,"text":"t"}]}
{"id":"-:4","quotes":[],"error":"-:4: invalid JSON"}
`
	tests := []struct {
		name, out string
		skipped   int
		kept      string // what the file holds after Resume
		next      string // id of the next document
		err       string
	}{
		{name: "absent", out: "<absent>", next: "a"},
		{name: "empty", out: "", next: "a"},
		{name: "two whole records", out: whole[:strings.Index(whole, "{\"id\":\"dup\",\"quotes\":[{")], skipped: 2, next: "dup"},
		{name: "torn last line dropped", out: whole[:len(whole)-10], skipped: 3, kept: whole[:strings.LastIndex(whole[:len(whole)-1], "\n")+1], next: "-:4"},
		{name: "all but one", out: whole, skipped: 4, next: "e"},
		{name: "a torn first line", out: `{"id":"a","quo`, kept: "", next: "a"},
		{name: "other inputs", out: `{"id":"b","quotes":[]}` + "\n", err: `cannot resume: OUT:1 is the record of "b", but input document 1 is "a": the file was not written from these inputs`},
		{name: "more records than documents", out: whole + `{"id":"e","quotes":[]}` + "\n" + `{"id":"f","quotes":[]}` + "\n", err: "cannot resume: OUT holds 6 or more records, but the input has 5 documents"},
		{name: "not a record", out: "{\"id\":\"a\",\"quotes\":[]}\nhello\n{\"id\":\"dup\",\"quotes\":[]}\n", err: `cannot resume: OUT:2 is not a saidwho record: "hello"`},
		{name: "a record without id", out: "{\"quotes\":[]}\n\n", err: `cannot resume: OUT:1 is not a saidwho record: "{\"quotes\":[]}"`},
		{name: "a blank line", out: "\n{\"id\":\"a\",\"quotes\":[]}\n", err: `cannot resume: OUT:1 is not a saidwho record: ""`},
		{name: "a line that is not a record, even the last", out: whole[:10] + "\n", err: `cannot resume: OUT:1 is not a saidwho record: "{\"id\":\"a\","`},
		{name: "zeros after a crash", out: whole[:60] + "\x00\x00\x00\x00", skipped: 2, kept: whole[:48], next: "dup"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.jsonl")
			if tt.out != "<absent>" {
				if err := os.WriteFile(path, []byte(tt.out), 0o666); err != nil {
					t.Fatal(err)
				}
			}
			r := openInput(t, resumeInput)
			defer r.Close()
			f, skipped, err := Resume(path, r)
			if tt.err != "" {
				want := strings.ReplaceAll(tt.err, "OUT", path)
				if err == nil || err.Error() != want || !errors.Is(err, ErrCannotResume) {
					t.Fatalf("Resume = %v, want %q", err, want)
				}
				if b, _ := os.ReadFile(path); string(b) != tt.out {
					t.Errorf("Resume changed the file it refused: %q", b)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if skipped != tt.skipped {
				t.Errorf("skipped %d, want %d", skipped, tt.skipped)
			}
			kept := tt.kept
			if kept == "" && tt.skipped > 0 {
				kept = tt.out
			}
			if _, err := f.WriteString("NEXT\n"); err != nil {
				t.Fatal(err)
			}
			if b, _ := os.ReadFile(path); string(b) != kept+"NEXT\n" {
				t.Errorf("file holds %q, want %q", b, kept+"NEXT\n")
			}
			d, err := r.Next()
			if err != nil || d.ID != tt.next {
				t.Errorf("next document %q, %v; want %q", d.ID, err, tt.next)
			}
		})
	}
}

func TestResumeNotARegularFile(t *testing.T) {
	r := openInput(t, resumeInput)
	if _, _, err := Resume(os.DevNull, r); !errors.Is(err, ErrCannotResume) || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("Resume(%s) = %v", os.DevNull, err)
	}
}

// TestResumeLongRecords resumes past records longer than any buffer.
func TestResumeLongRecords(t *testing.T) {
	var in, out bytes.Buffer
	w := NewWriter(&out)
	for i := range 5 {
		text := strings.Repeat("x", i*100_000)
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":%q}\n", i, text)
		w.Write(Prediction{ID: fmt.Sprint(i), Quotes: []PredictedQuote{{Text: text}}})
	}
	w.Flush()
	path := filepath.Join(t.TempDir(), "out.jsonl")
	os.WriteFile(path, out.Bytes()[:out.Len()-100], 0o666)
	r := openInput(t, in.String())
	f, skipped, err := Resume(path, r)
	if err != nil || skipped != 4 {
		t.Fatalf("Resume = %d, %v; want 4", skipped, err)
	}
	f.Close()
	if d, err := r.Next(); err != nil || d.ID != "4" {
		t.Errorf("next document %q, %v", d.ID, err)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next = %v, want io.EOF", err)
	}
}

// FuzzResume resumes arbitrary file contents over a fixed input: Resume
// either refuses, leaving the file alone, or keeps a prefix of it made of
// whole lines, one per document skipped.
func FuzzResume(f *testing.F) {
	f.Add([]byte(`{"id":"a","quotes":[]}` + "\n" + `{"id":"dup","quo`))
	f.Add([]byte(`{"id":"a"}` + "\r\n" + `{"id":"dup"}` + "\n"))
	f.Add([]byte("\n\n"))
	f.Add([]byte(`{"id":"a","id":"b"}` + "\n"))
	f.Fuzz(func(t *testing.T, out []byte) {
		path := filepath.Join(t.TempDir(), "out.jsonl")
		if err := os.WriteFile(path, out, 0o666); err != nil {
			t.Fatal(err)
		}
		r := openInput(t, resumeInput)
		f, skipped, err := Resume(path, r)
		got, _ := os.ReadFile(path)
		if err != nil {
			if !bytes.Equal(got, out) {
				t.Fatalf("Resume failed (%v) and changed the file", err)
			}
			return
		}
		f.Close()
		if !bytes.HasPrefix(out, got) || bytes.Count(got, []byte("\n")) != skipped || (len(got) > 0 && got[len(got)-1] != '\n') {
			t.Fatalf("Resume kept %q of %q and skipped %d", got, out, skipped)
		}
		if skipped > 5 {
			t.Fatalf("skipped %d of 5 documents", skipped)
		}
	})
}
