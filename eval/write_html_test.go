package eval

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/saidwho/saidwho/corpus"
)

// hostileReport scores a document whose text, ids and speakers try to break
// out of their HTML context.
func hostileReport(t *testing.T) Report {
	t.Helper()
	const text = `<script>alert("x")</script> "Hi</mark>," said <b>Bob</b>. "A & B," he said.`
	gold := corpus.GoldDocument{ID: `doc"><img src=x onerror=alert(1)>`, Source: "<i>src</i>", Text: text, Quotes: []corpus.GoldQuote{
		gq(text, "Hi</mark>,", D, str(`Bob"><script>`)),
		gq(text, "A & B,", D, str("Bob")),
	}}
	pred := corpus.Prediction{ID: gold.ID, Quotes: []corpus.PredictedQuote{
		withRule(pq(text, "Hi</mark>,", D, str(`Bob"><script>`)), `rule</span><script>`),
		withRule(pq(text, `alert("x")`, D, nil), "javascript:alert(1)"),
	}}
	s := NewScorer(Options{Documents: 5})
	s.Add(gold, pred)
	r := s.Report()
	r.Provenance = testProvenance(false)
	r.Provenance.Args = append(r.Provenance.Args, `--by=</code><script>`)
	return r
}

func TestWriteHTMLEscapes(t *testing.T) {
	var b bytes.Buffer
	if err := hostileReport(t).WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("page has %d <script elements, want only its own", n)
	}
	for _, bad := range []string{"<img", "<b>Bob", "</mark>,", "<i>src", "ZgotmplZ", `href="javascript`} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q unescaped", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(", "&lt;b&gt;Bob&lt;/b&gt;", "A &amp; B,"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Self-contained: nothing is fetched. The SVG namespace is a name, not a fetch.
	if m := regexp.MustCompile(`(?i)(src|href)\s*=\s*"?(https?:)?//|@import|url\(`).FindString(page); m != "" {
		t.Errorf("page refers to an outside resource: %q", m)
	}
}

func TestWriteHTMLSections(t *testing.T) {
	tests := []struct {
		name     string
		report   Report
		want     []string
		unwanted []string
	}{
		{"report", smallReport(t, false, Options{Documents: 2}),
			[]string{`id="summary"`, `<svg class="chart"`, "F1 per kind", "F1 per corpus", `id="fields"`, "quote_type=Explicit",
				`id="calibration"`, `href="#calibration"`, "<td class=\"l\">[0.8, 0.9)</td><td>2</td><td>1.000</td><td>0.825</td>",
				"expected calibration error (ECE): speaker 0.090, mention 0.150", `id="rules"`, "missed: 1", "Showing 2 of the 3 documents scored", `<mark class="q`, "chip flag bad", "aaaaaaaa"},
			[]string{`id="comparison"`}},
		{"comparison", smallReport(t, true, Options{Documents: 5, DocumentOrder: FirstDocuments}),
			[]string{`id="comparison"`, "partial F1, baseline", `class="cols n3"`, "missed by baseline", "the first documents of the gold file"},
			nil},
		{"no documents", smallReport(t, false, Options{}), []string{"Errors"}, []string{`id="documents"`, "<article"}},
		{"empty", Report{}, []string{"No errors.", "No provenance was recorded"}, []string{"<article", `id="calibration"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.report.WriteHTML(&b); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tt.unwanted {
				if strings.Contains(b.String(), w) {
					t.Errorf("page has %q", w)
				}
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"", "[[0 0]]"},
		{"one", "[[0 3]]"},
		{"a\nb", "[[0 3]]"},
		{"a\n\nb", "[[0 1] [3 4]]"},
		{"a\n \n\n b\n\n", "[[0 1] [6 7]]"},
		{"\n\na", "[[2 3]]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(paragraphs([]rune(tt.text))); got != tt.want {
			t.Errorf("paragraphs(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestSegmentsNestAndOverlap(t *testing.T) {
	text := []rune("0123456789")
	col := []mark{
		{start: 1, end: 8, id: "outer", chips: []htmlChip{{Text: "o"}}},
		{start: 3, end: 5, id: "inner", chips: []htmlChip{{Text: "i"}}},
		{start: 7, end: 10, id: "overlap", chips: []htmlChip{{Text: "v"}}},
	}
	var got []string
	for _, s := range segments(text, [2]int{0, 10}, col) {
		chips := ""
		for _, c := range s.Chips {
			chips += c.Text
		}
		got = append(got, fmt.Sprintf("%s:%s:%s", s.Text, s.QID, chips))
	}
	want := "0::,12:outer:o,34:inner:i,56:outer:,7:overlap:v,89:overlap:"
	if strings.Join(got, ",") != want {
		t.Errorf("segments = %s\nwant %s", strings.Join(got, ","), want)
	}
}

// browser returns the path of a Chromium on PATH, or "".
func browser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestHTMLInBrowser renders a page in headless Chromium and checks that its
// script ran to the end (it marks <body data-ready="N">, N the quote
// highlights it wired) and that the highlights, charts and table of contents
// are in the rendered DOM. scripts/install-chromium.sh installs the browser.
//
// Without a browser the test is skipped, unless SAIDWHO_REQUIRE_BROWSER is
// set, as CI sets it once Chromium is installed.
func TestHTMLInBrowser(t *testing.T) {
	bin := browser()
	if bin == "" {
		msg := "no chromium or chromium-browser on PATH: run scripts/install-chromium.sh (Debian) to test the HTML page in a browser"
		if os.Getenv("SAIDWHO_REQUIRE_BROWSER") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	if testing.Short() {
		t.Skip("starts a browser; skipped with -short")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var b bytes.Buffer
	if err := smallReport(t, true, Options{Documents: 5}).WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// The quotes drawn; the legend's marks carry no data-q.
	marks := len(regexp.MustCompile(`<mark [^>]*data-q="`).FindAllString(b.String(), -1))

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--virtual-time-budget=5000", "--dump-dom", "file://"+page)
	cmd.WaitDelay = 5 * time.Second // the browser's helpers may hold its pipes open
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	dom := string(out)
	if want := fmt.Sprintf(`data-ready="%d"`, marks); marks == 0 || !strings.Contains(dom, want) {
		m := regexp.MustCompile(`data-ready="[^"]*"`).FindString(dom)
		t.Errorf("rendered DOM has %q, want %s: the page's script did not finish", m, want)
	}
	for _, want := range []string{
		`<mark class="q `,      // highlights
		`chip flag bad`,        // errors flagged
		`<li><a href="#doc-`,   // table of contents, built by the script
		`<rect x="170" y=`,     // chart bars
		`<div id="doc-tools">`, // shown by the script (no hidden attribute)
		`data-pair="d0-p0-`,    // gold quotes know their pairs
		`missed by baseline`,   // the baseline's column
	} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %q", want)
		}
	}
}
