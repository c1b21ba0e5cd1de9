package eval

import (
	"bytes"
	"fmt"
	"io"
)

// WriteMarkdown writes the report as GitHub-flavoured Markdown: the same
// sections as WriteText, every table a Markdown table, ready to paste into a
// paper's notes or an issue. Write with FormatMarkdown takes RenderOptions.
func (r Report) WriteMarkdown(w io.Writer) error { return r.writeMarkdown(w, RenderOptions{}) }

func (r Report) writeMarkdown(w io.Writer, o RenderOptions) error {
	var b bytes.Buffer
	b.WriteString("# saidwho evaluation\n\n")
	if p := r.Provenance; p != nil {
		p.markdown(&b)
	}
	if r.Baseline != nil {
		b.WriteString("Figures of the predictions; the baseline's are in the comparison at the end.\n\n")
	}
	b.WriteString("## Quotes\n\n")
	r.quotesTable().markdown(&b)
	b.WriteString("\n## Speakers\n\n")
	r.speakersTable().markdown(&b)
	if t := r.fieldsTable(); t != nil {
		b.WriteString("\n## By gold field\n\n")
		t.markdown(&b)
		b.WriteString("\n" + fieldsNote + "\n")
	}
	if c := r.calibration(); c != nil {
		b.WriteString("\n## Confidence calibration\n\n")
		c.bands.markdown(&b)
		b.WriteString("\n" + mdCell(c.ece) + ".\n\n" + mdCell(calibrationNote) + "\n\n")
		c.thresholds.markdown(&b)
		b.WriteString("\n" + mdCell(thresholdsNote) + "\n")
	}

	b.WriteString("\n## Documents and errors\n\n")
	b.WriteString(mdCell(r.documentsLine()) + ".\n")
	for _, n := range r.notes() {
		b.WriteString("\n" + mdCell(n) + ".\n")
	}
	if l := r.errorsLine(); l != "" {
		b.WriteString("\n" + mdCell(l) + ".\n")
	}
	if t := r.rulesTable(); t != nil {
		b.WriteString("\n### Per rule\n\n")
		t.markdown(&b)
		b.WriteString("\n" + mdCell(rulesNote) + "\n")
	}

	limit := o.errors(DefaultListedErrors)
	for _, cat := range Categories {
		cases := r.casesOf(cat, limit)
		if len(cases) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n### %s: %d, showing %d\n\n", mdCell(string(cat)), r.ErrorCounts[cat], len(cases))
		t := &table{cols: []column{{head: "case", left: true}, {head: "context", left: true}}}
		for _, c := range cases {
			t.add(caseSummary(c), caseContext(c))
		}
		t.markdown(&b)
	}

	if t := r.comparisonTable(); t != nil {
		b.WriteString("\n## Comparison with the baseline\n\n")
		t.markdown(&b)
		b.WriteString("\n" + mdCell(r.Comparison.note()) + "\n\n")
		b.WriteString(mdCell(r.Baseline.documentsLine()) + " (baseline).\n")
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write eval report: %w", err)
	}
	return nil
}

// markdown writes the provenance as a paragraph and a table of inputs.
func (p *Provenance) markdown(b *bytes.Buffer) {
	fmt.Fprintf(b, "Produced by %s.\n\nCommand: %s\n\n", mdCell(p.producedBy()), mdCell(p.command()))
	if len(p.Inputs) > 0 {
		t := &table{cols: []column{{head: "input", left: true}, {head: "file", left: true}, {head: "bytes"}, {head: "SHA-256", left: true}}}
		for _, in := range p.Inputs {
			t.add(in.Role, in.Path, fmt.Sprint(in.Bytes), in.SHA256)
		}
		t.markdown(b)
		b.WriteString("\n")
	}
	if p.Note != "" {
		b.WriteString(mdCell(p.Note) + "\n\n")
	}
}
