package server

import (
	"context"
	"html"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

// browser returns the path of a Chromium or Chrome on PATH, or "".
func browser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// headless runs the browser without a window on a loopback URL, with
// everything that would reach the network switched off, and returns its
// standard output. virtual-time-budget lets the page's fetch finish before
// the DOM is dumped.
func headless(t *testing.T, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-dev-shm-usage",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=15000",
	}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	cmd.WaitDelay = 5 * time.Second
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	return string(out)
}

// TestPageInBrowser opens the page in headless Chromium with ?text=..., which
// runs the extraction on load, and checks in the DOM that the quotes are
// highlighted, each in its speaker's colour, with the legend and table. The
// text puts an emoji (one code point, two UTF-16 units) before a quote, so
// that the page is seen to slice by code points as the offsets require.
//
// Without a browser the test is skipped, unless SAIDWHO_REQUIRE_BROWSER is
// set (CI sets it after installing Chromium). SAIDWHO_SCREENSHOT=FILE also
// saves a screenshot of the page.
func TestPageInBrowser(t *testing.T) {
	bin := browser()
	if bin == "" {
		msg := "no chromium, chromium-browser or google-chrome on PATH: install Debian's chromium (scripts/install-chromium.sh, or apt-get install chromium) to run the page test"
		if os.Getenv("SAIDWHO_REQUIRE_BROWSER") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	if testing.Short() {
		t.Skip("starts a browser; skipped with -short")
	}
	srv := newServer(t, Options{})
	text := `Ana Lopez defended the new bridge on Tuesday. "It will pay for itself within ten years," Lopez said. ` +
		`Tom Reed, a city councillor, said the budget was already stretched.` + "\n\n" +
		`😀 “Ça suffit,” said Zoë Müller, the café’s owner.`
	page := srv.URL + "/?text=" + url.QueryEscape(text)
	dom := headless(t, bin, "--dump-dom", page)

	marks := regexp.MustCompile(`<mark class="quote (\w+)" data-quote="(\d+)" data-speaker="([^"]*)" data-color="(#[0-9a-f]{6})"[^>]*>(.*?)</mark>`).FindAllStringSubmatch(dom, -1)
	type mark struct{ kind, speaker, colour, text string }
	want := []mark{
		{"direct", "Ana Lopez", "", "It will pay for itself within ten years,"},
		{"indirect", "Tom Reed", "", "the budget was already stretched"},
		{"direct", "Zoë Müller", "", "Ça suffit,"},
	}
	if len(marks) != len(want) {
		t.Fatalf("%d highlighted quotes, want %d; DOM:\n%s", len(marks), len(want), dom)
	}
	colours := map[string]string{} // speaker -> colour
	for i, m := range marks {
		// Mentions and cues inside a quote would be nested spans: strip tags.
		got := mark{m[1], html.UnescapeString(m[3]), m[4], html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(m[5], ""))}
		if got.kind != want[i].kind || got.speaker != want[i].speaker || got.text != want[i].text {
			t.Errorf("quote %d highlighted as %+v, want %+v", i+1, got, want[i])
		}
		if c, ok := colours[got.speaker]; ok && c != got.colour {
			t.Errorf("%s has two colours, %s and %s", got.speaker, c, got.colour)
		}
		for s, c := range colours {
			if s != got.speaker && c == got.colour {
				t.Errorf("%s and %s share the colour %s", s, got.speaker, c)
			}
		}
		colours[got.speaker] = got.colour
	}
	// The mention naming each speaker is marked in the speaker's colour, and
	// the legend and the table list them.
	for _, tc := range []struct{ speaker, mention string }{{"Ana Lopez", "Lopez"}, {"Tom Reed", "Tom Reed"}, {"Zoë Müller", "Zoë Müller"}} {
		if !regexp.MustCompile(`<span class="mention" data-quote="\d"[^>]* data-color="` + colours[tc.speaker] + `"[^>]*>` + regexp.QuoteMeta(tc.mention) + `</span>`).MatchString(dom) {
			t.Errorf("no mention %q in the colour of %s", tc.mention, tc.speaker)
		}
		if !strings.Contains(dom, `<li data-speaker="`+tc.speaker+`" data-color="`+colours[tc.speaker]+`">`) {
			t.Errorf("the legend does not list %s in %s", tc.speaker, colours[tc.speaker])
		}
	}
	for _, s := range []string{`<h2 id="summary">3 quotes, 3 speakers</h2>`, `<span class="cue" data-quote="1">said</span>`, `<td class="qtext">the budget was already stretched</td>`} {
		if !strings.Contains(dom, s) {
			t.Errorf("the DOM has no %s", s)
		}
	}
	if t.Failed() {
		t.Logf("DOM:\n%s", dom)
	}

	if shot := os.Getenv("SAIDWHO_SCREENSHOT"); shot != "" {
		headless(t, bin, "--screenshot="+shot, "--window-size=1200,900", "--hide-scrollbars", page)
		t.Logf("screenshot in %s", shot)
	}
}
