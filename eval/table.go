package eval

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// table is a report table that renders as aligned text or as Markdown, so
// the two formats cannot drift apart.
type table struct {
	cols []column
	rows [][]string // a nil row is a group break: a blank line in text
}

// column is one column; group labels a run of adjacent columns ("partial"
// over P, R, F1): a dashed line above them in text, a prefix in Markdown.
type column struct {
	group, head string
	left        bool // left-aligned (names); numbers align right
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }
func (t *table) gap()                { t.rows = append(t.rows, nil) }

func width(s string) int { return utf8.RuneCountInString(s) }

// text writes the table with two spaces between columns and three between
// groups, trailing spaces trimmed.
func (t *table) text(b *bytes.Buffer) {
	w := make([]int, len(t.cols))
	for i, c := range t.cols {
		w[i] = width(c.head)
	}
	for _, r := range t.rows {
		for i, cell := range r {
			w[i] = max(w[i], width(cell))
		}
	}
	for i, c := range t.cols {
		if !c.left {
			w[i] = max(w[i], 5) // figures line up across tables
		}
	}
	// Widen a group's last column until its label fits over the group.
	for i := 0; i < len(t.cols); {
		j, span := i, -2
		for ; j < len(t.cols) && t.cols[j].group == t.cols[i].group; j++ {
			span += w[j] + 2
		}
		if g := t.cols[i].group; g != "" && span < len(g)+4 {
			w[j-1] += len(g) + 4 - span
		}
		i = j
	}
	sep := func(i int) string {
		switch {
		case i == 0:
			return ""
		case t.cols[i].group != t.cols[i-1].group:
			return "   "
		}
		return "  "
	}
	// Group labels, centred in dashes over their columns.
	hasGroups := false
	for _, c := range t.cols {
		hasGroups = hasGroups || c.group != ""
	}
	line := func(cells []string, groupLine bool) {
		var l strings.Builder
		for i, c := range t.cols {
			l.WriteString(sep(i))
			cell := ""
			if i < len(cells) {
				cell = cells[i]
			}
			pad := strings.Repeat(" ", max(w[i]-width(cell), 0))
			if c.left && !groupLine {
				l.WriteString(cell + pad)
			} else {
				l.WriteString(pad + cell)
			}
		}
		b.WriteString(strings.TrimRight(l.String(), " ") + "\n")
	}
	if hasGroups {
		var l strings.Builder
		for i := 0; i < len(t.cols); {
			j, span := i, 0
			for ; j < len(t.cols) && t.cols[j].group == t.cols[i].group; j++ {
				span += w[j]
				if j > i {
					span += 2
				}
			}
			l.WriteString(sep(i))
			if g := t.cols[i].group; g != "" {
				l.WriteString(groupLabel(g, span))
			} else {
				l.WriteString(strings.Repeat(" ", span))
			}
			i = j
		}
		b.WriteString(strings.TrimRight(l.String(), " ") + "\n")
	}
	heads := make([]string, len(t.cols))
	for i, c := range t.cols {
		heads[i] = c.head
	}
	line(heads, false)
	for _, r := range t.rows {
		if r == nil {
			b.WriteString("\n")
			continue
		}
		line(r, false)
	}
}

// markdown writes the table as a GitHub-flavoured Markdown table.
func (t *table) markdown(b *bytes.Buffer) {
	b.WriteString("|")
	for _, c := range t.cols {
		h := c.head
		if c.group != "" {
			h = c.group + " " + h
		}
		fmt.Fprintf(b, " %s |", mdCell(strings.TrimSpace(h)))
	}
	b.WriteString("\n|")
	for _, c := range t.cols {
		if c.left {
			b.WriteString("---|")
		} else {
			b.WriteString("--:|")
		}
	}
	b.WriteString("\n")
	for _, r := range t.rows {
		if r == nil {
			continue
		}
		b.WriteString("|")
		for i := range t.cols {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			fmt.Fprintf(b, " %s |", mdCell(cell))
		}
		b.WriteString("\n")
	}
}

// mdCell escapes what would break a Markdown table cell or start markup.
func mdCell(s string) string {
	r := strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "`", "\\`", "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)
	return r.Replace(s)
}

// groupLabel centres a column-group label in a line of dashes width wide, so the
// group reads as spanning its columns whatever their contents.
func groupLabel(label string, width int) string {
	label = " " + label + " "
	pad := max(width-len(label), 0)
	return strings.Repeat("-", pad/2) + label + strings.Repeat("-", pad-pad/2)
}

// num formats a figure for a table.
func num(v float64) string { return fmt.Sprintf("%.3f", v) }

// acc formats a figure that may be undefined.
func acc(v *float64) string {
	if v == nil {
		return "-"
	}
	return num(*v)
}

// signed formats a difference with its sign.
func signed(v *float64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf("%+.3f", *v)
}

// share formats hits/total, "-" when total is 0.
func share(hits, total int) string { return acc(ratio(hits, total)) }

// elide shortens s to at most n code points, keeping its start and end.
func elide(s string, n int) string {
	if width(s) <= n {
		return s
	}
	r := []rune(s)
	h := (n - 1) / 2
	return string(r[:h]) + "…" + string(r[len(r)-(n-1-h):])
}
