package eval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// testProvenance stands in for what the CLI records, fixed so that the
// golden files do not change with the build.
func testProvenance(baseline bool) *Provenance {
	p := &Provenance{
		Tool: "saidwho eval", Version: "v0.0.0-test", Commit: "0123456789abcdef0123456789abcdef01234567", Modified: true,
		GoVersion: "go1.26.8",
		Args:      []string{"eval", "--gold", "small.gold.jsonl", "--pred", "small.pred.jsonl"},
		Inputs: []InputFile{
			{Role: "gold", Path: "small.gold.jsonl", SHA256: strings.Repeat("a", 64), Bytes: 1285},
			{Role: "predictions", Path: "small.pred.jsonl", SHA256: strings.Repeat("b", 64), Bytes: 1315},
		},
	}
	if baseline {
		p.Args = append(p.Args, "--baseline", "small.base.jsonl", "--seed", "1", "--bootstrap", "200")
		p.Inputs = append(p.Inputs, InputFile{Role: "baseline", Path: "small.base.jsonl", SHA256: strings.Repeat("c", 64), Bytes: 600})
	}
	return p
}

func open(t *testing.T, name string) Input {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return Input{Name: name, Reader: f}
}

// smallReport scores testdata/small.pred.jsonl, or compares it with
// small.base.jsonl: three documents from two corpora, quote_type labels, an
// optional quote, a missing and an unmatched prediction line, markup in the
// text.
func smallReport(t *testing.T, baseline bool, opts Options) Report {
	t.Helper()
	var r Report
	var err error
	if baseline {
		r, err = Compare(open(t, "small.gold.jsonl"), open(t, "small.pred.jsonl"), open(t, "small.base.jsonl"), opts,
			Bootstrap{Resamples: 200, Seed: 1})
	} else {
		r, err = Score(open(t, "small.gold.jsonl"), open(t, "small.pred.jsonl"), opts)
	}
	if err != nil {
		t.Fatal(err)
	}
	r.Provenance = testProvenance(baseline)
	return r
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the rendering (go test -update rewrites it):\n%s", path, lineDiff(string(want), string(got)))
	}
}

// lineDiff lists the first lines that differ, enough to see what moved.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(wl), len(gl)) && shown < 10; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			b.WriteString("line " + strconv.Itoa(i+1) + "\n  want " + w + "\n   got " + g + "\n")
			shown++
		}
	}
	return b.String()
}

func TestGoldenRenderings(t *testing.T) {
	tests := []struct {
		name     string
		baseline bool
		write    func(Report, *bytes.Buffer) error
	}{
		{"report.txt", false, func(r Report, b *bytes.Buffer) error { return r.WriteText(b) }},
		{"report.md", false, func(r Report, b *bytes.Buffer) error { return r.WriteMarkdown(b) }},
		{"compare.txt", true, func(r Report, b *bytes.Buffer) error { return r.Write(b, FormatText, RenderOptions{Errors: 1}) }},
		{"compare.md", true, func(r Report, b *bytes.Buffer) error { return r.Write(b, FormatMarkdown, RenderOptions{Errors: -1}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(smallReport(t, tt.baseline, Options{}), &b); err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(b.String(), "\n") {
				if strings.TrimRight(line, " ") != line {
					t.Errorf("line %d has trailing spaces: %q", i+1, line)
				}
			}
			checkGolden(t, tt.name, b.Bytes())
		})
	}
}
