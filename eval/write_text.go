package eval

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// WriteText writes the report as terminal tables: what produced it, span and
// attribution figures per kind and corpus, figures per gold field value,
// speaker accuracy per confidence band and threshold, counts per rule, a few
// error cases of each category in context and, with a baseline, the
// comparison. Write with FormatText takes RenderOptions.
func (r Report) WriteText(w io.Writer) error { return r.writeText(w, RenderOptions{}) }

func (r Report) writeText(w io.Writer, o RenderOptions) error {
	var b bytes.Buffer
	if p := r.Provenance; p != nil {
		p.text(&b)
		b.WriteString("\n")
	}
	if r.Baseline != nil {
		b.WriteString("Figures of the predictions; the baseline's are in the comparison below.\n\n")
	}
	r.quotesTable().text(&b)
	b.WriteString("\n")
	r.speakersTable().text(&b)
	if t := r.fieldsTable(); t != nil {
		b.WriteString("\n")
		t.text(&b)
		b.WriteString(fieldsNote + "\n")
	}
	if c := r.calibration(); c != nil {
		b.WriteString("\n")
		c.bands.text(&b)
		b.WriteString(c.ece + "\n" + calibrationNote + "\n\n")
		c.thresholds.text(&b)
		b.WriteString(thresholdsNote + "\n")
	}

	b.WriteString("\n" + r.documentsLine() + "\n")
	for _, n := range r.notes() {
		b.WriteString(n + "\n")
	}
	if l := r.errorsLine(); l != "" {
		b.WriteString(l + "\n")
	}
	if t := r.rulesTable(); t != nil {
		b.WriteString("\n")
		t.text(&b)
		b.WriteString(rulesNote + "\n")
	}

	limit := o.errors(DefaultListedErrors)
	for _, cat := range Categories {
		cases := r.casesOf(cat, limit)
		if len(cases) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n%s: %d, showing %d\n", cat, r.ErrorCounts[cat], len(cases))
		for _, c := range cases {
			b.WriteString("  " + caseSummary(c) + "\n")
			if ctx := caseContext(c); ctx != "" {
				b.WriteString("      " + ctx + "\n")
			}
		}
	}

	if t := r.comparisonTable(); t != nil {
		b.WriteString("\nComparison with the baseline\n")
		t.text(&b)
		b.WriteString(r.Comparison.note() + "\n")
		b.WriteString(r.Baseline.documentsLine() + " (baseline)\n")
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write eval report: %w", err)
	}
	return nil
}

// text writes the provenance block.
func (p *Provenance) text(b *bytes.Buffer) {
	b.WriteString(p.producedBy() + "\n")
	fmt.Fprintf(b, "command: %s\n", p.command())
	for _, in := range p.Inputs {
		fmt.Fprintf(b, "%-12s %s  %d bytes  sha256 %s\n", in.Role+":", in.Path, in.Bytes, in.SHA256)
	}
	if p.Note != "" {
		b.WriteString("note: " + p.Note + "\n")
	}
}

// producedBy names the program, version and build.
func (p *Provenance) producedBy() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, version %s", p.Tool, p.Version)
	if p.Commit != "" {
		fmt.Fprintf(&b, ", commit %s", p.Commit)
		if p.Modified {
			b.WriteString(" (modified)")
		}
	}
	if p.GoVersion != "" {
		fmt.Fprintf(&b, ", %s", p.GoVersion)
	}
	return b.String()
}

// command rebuilds the command line, quoting arguments a shell would split.
func (p *Provenance) command() string {
	parts := []string{"saidwho"}
	for _, a := range p.Args {
		if a == "" || strings.ContainsAny(a, " \t\n'\"\\$`*?[]{}()<>|&;#~") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		parts = append(parts, a)
	}
	return strings.Join(parts, " ")
}
