package eval

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
)

// HTMLListedErrors is how many error cases per category the HTML page lists
// when RenderOptions.Errors is zero.
const HTMLListedErrors = 100

//go:embed report.html.tmpl
var reportTemplate string

// page is parsed once; html/template escapes every value for its context.
var page = template.Must(template.New("report").Parse(reportTemplate))

// WriteHTML writes the report as one self-contained HTML page: no network,
// its CSS, script and SVG charts inline. It holds the summary tables, bar
// charts of F1 per kind and per corpus, speaker accuracy per confidence band
// and threshold, the error cases and the documents kept in Report.Shown, each
// drawn with gold and predicted quotes side by side, speakers colour-coded
// and errors flagged. The page works without its script, which only adds
// navigation and highlighting of pairs; the script marks
// <body data-ready="N"> once done, N the highlights it wired.
// Write with FormatHTML takes RenderOptions.
func (r Report) WriteHTML(w io.Writer) error { return r.writeHTML(w, RenderOptions{}) }

func (r Report) writeHTML(w io.Writer, o RenderOptions) error {
	v := r.htmlView(o)
	var b bytes.Buffer
	if err := page.Execute(&b, v); err != nil {
		return fmt.Errorf("render eval report: %w", err)
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write eval report: %w", err)
	}
	return nil
}

// htmlPage is what the template draws.
type htmlPage struct {
	Title      string
	Provenance *Provenance
	Command    string
	ProducedBy string
	Compared   bool

	Quotes, Speakers, Fields, Rules, Comparison *htmlTable
	FieldsNote, RulesNote, ComparisonNote       string
	Charts                                      []htmlChart
	DocumentsLine, ErrorsLine                   string
	Notes                                       []string
	BaselineLine                                string

	// Calibration and Thresholds are nil when gold judged no match.
	Calibration, Thresholds                         *htmlTable
	CalibrationECE, CalibrationNote, ThresholdsNote string

	ErrorGroups []htmlErrorGroup

	Shown     bool
	ShownNote string
	Legend    []htmlChip
	Docs      []htmlDoc
}

// htmlTable is a table with its group header row.
type htmlTable struct {
	Groups []htmlGroup
	Heads  []htmlHead
	Rows   [][]htmlCellText
}

type htmlGroup struct {
	Label string
	Span  int
}

type htmlHead struct {
	Text string
	Left bool
}

type htmlCellText struct {
	Text string
	Left bool
}

// html converts t; nil stays nil.
func (t *table) html() *htmlTable {
	if t == nil {
		return nil
	}
	h := &htmlTable{}
	grouped := false
	for i, c := range t.cols {
		h.Heads = append(h.Heads, htmlHead{c.head, c.left})
		grouped = grouped || c.group != ""
		if i > 0 && t.cols[i-1].group == c.group {
			h.Groups[len(h.Groups)-1].Span++
			continue
		}
		h.Groups = append(h.Groups, htmlGroup{c.group, 1})
	}
	if !grouped {
		h.Groups = nil
	}
	for _, r := range t.rows {
		if r == nil {
			continue
		}
		row := make([]htmlCellText, len(t.cols))
		for i := range t.cols {
			if i < len(r) {
				row[i] = htmlCellText{r[i], t.cols[i].left}
			}
		}
		h.Rows = append(h.Rows, row)
	}
	return h
}

// htmlErrorGroup lists the cases of one category.
type htmlErrorGroup struct {
	Category Category
	Count    int
	Cases    []htmlCase
}

type htmlCase struct {
	DocID, DocAnchor string
	Summary          string
	Before, Quote    string
	After            string
	Rule             string
}

func (r Report) htmlView(o RenderOptions) htmlPage {
	p := htmlPage{
		Title:         "saidwho evaluation",
		Provenance:    r.Provenance,
		Compared:      r.Baseline != nil,
		Quotes:        r.quotesTable().html(),
		Speakers:      r.speakersTable().html(),
		Fields:        r.fieldsTable().html(),
		Rules:         r.rulesTable().html(),
		Comparison:    r.comparisonTable().html(),
		FieldsNote:    fieldsNote,
		RulesNote:     rulesNote,
		DocumentsLine: r.documentsLine(),
		ErrorsLine:    r.errorsLine(),
		Notes:         r.notes(),
		Charts:        r.charts(),
	}
	if c := r.calibration(); c != nil {
		p.Calibration, p.Thresholds = c.bands.html(), c.thresholds.html()
		p.CalibrationECE, p.CalibrationNote, p.ThresholdsNote = c.ece, calibrationNote, thresholdsNote
	}
	if r.Provenance != nil {
		p.Command = r.Provenance.command()
		p.ProducedBy = r.Provenance.producedBy()
		for _, in := range r.Provenance.Inputs {
			if in.Role == "gold" {
				p.Title += " — " + in.Path
			}
		}
	}
	if r.Comparison != nil {
		p.ComparisonNote = r.Comparison.note()
		p.BaselineLine = r.Baseline.documentsLine() + " (baseline)"
	}

	anchors := make(map[string]string)
	if r.Shown != nil {
		for _, d := range r.Shown.Documents {
			anchors[d.ID] = docAnchor(d.Index)
		}
	}
	limit := o.errors(HTMLListedErrors)
	for _, cat := range Categories {
		cases := r.casesOf(cat, limit)
		if r.ErrorCounts[cat] == 0 {
			continue
		}
		g := htmlErrorGroup{Category: cat, Count: r.ErrorCounts[cat]}
		for _, c := range cases {
			hc := htmlCase{DocID: c.DocID, DocAnchor: anchors[c.DocID], Summary: caseSummary(c), Rule: c.Rule()}
			if ref, ok := c.span(); ok {
				hc.Quote = elide(squeeze(ref.Text), 300)
			}
			if c.Context != nil {
				hc.Before, hc.After = c.Context.Before, c.Context.After
			}
			g.Cases = append(g.Cases, hc)
		}
		p.ErrorGroups = append(p.ErrorGroups, g)
	}

	if s := r.Shown; s != nil {
		p.Shown = true
		p.ShownNote = shownNote(s, r.Documents)
		p.Legend = legend(r.Baseline != nil)
		for _, d := range s.Documents {
			p.Docs = append(p.Docs, htmlDocument(d))
		}
	}
	return p
}

// shownNote says which documents the page draws and how much of each.
func shownNote(s *DocumentSample, scored int) string {
	var b strings.Builder
	which := "the first documents of the gold file, in order"
	if s.Order == MostErrors {
		which = "the documents with the most error cases, worst first"
	}
	fmt.Fprintf(&b, "Showing %d of the %d documents scored (limit %d: %s).", len(s.Documents), scored, s.Limit, which)
	if s.Chars >= 0 {
		fmt.Fprintf(&b, " Each document's text is cut at %d code points; quotes starting beyond the cut are not drawn.", s.Chars)
	}
	b.WriteString(" Every figure and error count on this page covers all documents.")
	return b.String()
}

// legend explains the marks of the document section.
func legend(compared bool) []htmlChip {
	l := []htmlChip{
		{"gold quote, coloured by speaker", "q s0"},
		{"prediction, coloured by the speaker it names", "q s1"},
		{"null speaker", "q snone"},
		{"optional gold quote", "q opt snone"},
		{"missed", "q miss snone"},
		{"spurious", "q spur snone"},
		{"wrong boundary, speaker or kind", "q warn snone"},
		{"ignored (pairs with an optional gold quote)", "q ign snone"},
	}
	if compared {
		l = append(l, htmlChip{"the baseline's column follows the predictions'", ""})
	}
	return l
}

// htmlDoc is one shown document, cut into rows of paragraphs so the gold and
// predicted columns stay aligned.
type htmlDoc struct {
	Anchor, ID, Source string
	Number             int // 1-based position in the gold file
	Errors             string
	ErrorCount         int
	Note               string
	Heads              []htmlColumnHead
	Rows               [][]htmlCell
}

type htmlColumnHead struct {
	Name    string
	Summary string
	Problem string
}

type htmlCell struct {
	Segs []htmlSeg
}

// htmlSeg is a run of text covered by the same innermost quote (or none).
type htmlSeg struct {
	Text  string
	Mark  bool
	Class string
	QID   string
	Pair  string
	Title string
	Chips []htmlChip // drawn where the quote starts
}

type htmlChip struct {
	Text, Class string
}

func docAnchor(index int) string { return "doc-" + strconv.Itoa(index) }

// mark is a quote placed in a column, with what is drawn for it.
type mark struct {
	start, end int
	class      string
	id, pair   string
	title      string
	chips      []htmlChip
}

func htmlDocument(d DocumentView) htmlDoc {
	h := htmlDoc{Anchor: docAnchor(d.Index), ID: d.ID, Source: d.Source, Number: d.Index + 1,
		Errors: plural(d.errors(), "error case"), ErrorCount: d.errors()}
	var notes []string
	if d.Truncated() {
		notes = append(notes, fmt.Sprintf("text cut at %d of %d code points", len([]rune(d.Text)), d.Length))
	}
	if d.HiddenGold > 0 {
		notes = append(notes, fmt.Sprintf("%d gold quotes beyond the cut or without extent not drawn", d.HiddenGold))
	}
	h.Note = strings.Join(notes, "; ")

	colours := speakerColours(d)
	qid := func(panel, i int) string {
		if panel < 0 {
			return fmt.Sprintf("d%d-g%d", d.Index, i)
		}
		return fmt.Sprintf("d%d-p%d-%d", d.Index, panel, i)
	}
	many := len(d.Panels) > 1

	// Gold column.
	gold := make([]mark, len(d.Gold))
	for i, q := range d.Gold {
		m := mark{start: q.Start, end: q.End, id: qid(-1, i), class: "q " + colours(q.SpeakerKey)}
		m.chips = append(m.chips, htmlChip{speakerLabel(q.Speaker) + " · " + q.Kind, "who"})
		var pairs []string
		if q.Optional {
			m.class += " opt"
			m.chips = append(m.chips, htmlChip{"optional", "flag opt"})
		}
		for pi, p := range d.Panels {
			if j := p.GoldPair[i]; j >= 0 {
				pairs = append(pairs, qid(pi, j))
			}
			if p.Missed[i] {
				text := "missed"
				if many {
					text = "missed by " + p.Name
				}
				if pi == 0 {
					m.class += " miss"
				}
				m.chips = append(m.chips, htmlChip{text, "flag bad"})
			}
		}
		m.pair = strings.Join(pairs, " ")
		m.title = fmt.Sprintf("gold [%d,%d) %s, speaker %s", q.Start, q.End, q.Kind, speakerLabel(q.Speaker))
		gold[i] = m
	}
	columns := [][]mark{gold}
	h.Heads = append(h.Heads, htmlColumnHead{Name: "gold", Summary: plural(len(d.Gold), "quote")})
	for pi, p := range d.Panels {
		col := make([]mark, len(p.Quotes))
		for j, q := range p.Quotes {
			m := mark{start: q.Start, end: q.End, id: qid(pi, j), class: "q " + colours(q.SpeakerKey)}
			if q.Pair >= 0 {
				m.pair = qid(-1, q.Pair)
			}
			label := speakerLabel(q.Speaker) + " · " + q.Kind
			if q.Rule != "" {
				label += " · " + q.Rule
			}
			m.chips = append(m.chips, htmlChip{label, "who"})
			if q.Ignored {
				m.class += " ign"
				m.chips = append(m.chips, htmlChip{"ignored", "flag opt"})
			}
			for _, c := range q.Problems {
				if c == Spurious {
					m.class += " spur"
				} else if !strings.Contains(m.class, " warn") {
					m.class += " warn"
				}
				m.chips = append(m.chips, htmlChip{problemLabel(c), "flag bad"})
			}
			m.title = fmt.Sprintf("%s [%d,%d) %s, speaker %s, rule %s", p.Name, q.Start, q.End, q.Kind, speakerLabel(q.Speaker), orNone(q.Rule))
			col[j] = m
		}
		columns = append(columns, col)
		head := htmlColumnHead{Name: p.Name, Summary: fmt.Sprintf("%s, partial F1 %s, %s",
			plural(len(p.Quotes), "prediction"), num(p.Counts.Figures().Partial.F1), plural(p.Errors, "error case"))}
		switch {
		case p.NoLine:
			head.Problem = "no prediction line for this document"
		case p.Error != "":
			head.Problem = "prediction failed: " + p.Error
		}
		h.Heads = append(h.Heads, head)
	}

	text := []rune(d.Text)
	for _, para := range paragraphs(text) {
		row := make([]htmlCell, len(columns))
		for ci, col := range columns {
			row[ci] = htmlCell{Segs: segments(text, para, col)}
		}
		h.Rows = append(h.Rows, row)
	}
	return h
}

// plural counts n things: "1 quote", "2 quotes".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return strconv.Itoa(n) + " " + thing + "s"
}

func orNone(rule string) string {
	if rule == "" {
		return NoRule
	}
	return rule
}

func speakerLabel(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

func problemLabel(c Category) string {
	switch c {
	case WrongBoundary:
		return "boundary"
	case WrongSpeaker:
		return "wrong speaker"
	case WrongKind:
		return "wrong kind"
	}
	return string(c)
}

// speakerPalette is how many speaker colours the page's CSS defines.
const speakerPalette = 10

// speakerColours gives each speaker of a document a colour class, in order
// of first appearance (gold first), so a prediction naming the gold speaker
// has the gold quote's colour.
func speakerColours(d DocumentView) func(key string) string {
	index := make(map[string]int)
	see := func(k string) {
		if _, ok := index[k]; !ok && k != "" {
			index[k] = len(index)
		}
	}
	for _, q := range d.Gold {
		see(q.SpeakerKey)
	}
	for _, p := range d.Panels {
		for _, q := range p.Quotes {
			see(q.SpeakerKey)
		}
	}
	return func(k string) string {
		i, ok := index[k]
		if !ok {
			return "snone"
		}
		return "s" + strconv.Itoa(i%speakerPalette)
	}
}

// paragraphs splits text at runs of blank lines into [start, end) code-point
// spans, the blank lines left out.
func paragraphs(text []rune) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); {
		if text[i] != '\n' {
			i++
			continue
		}
		j, newlines := i, 0
		for j < len(text) && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ' || text[j] == '\t') {
			if text[j] == '\n' {
				newlines++
			}
			j++
		}
		if newlines >= 2 {
			if i > start {
				out = append(out, [2]int{start, i})
			}
			start = j
		}
		i = j
	}
	if start < len(text) || len(out) == 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// segments cuts the paragraph para of text into runs covered by the same
// innermost quote of col: the latest to start, the shortest on a tie.
// A quote's chips go on its first run.
func segments(text []rune, para [2]int, col []mark) []htmlSeg {
	var in []int // the quotes overlapping the paragraph
	cuts := []int{para[0], para[1]}
	for i, m := range col {
		if m.start < para[1] && m.end > para[0] {
			in = append(in, i)
			cuts = append(cuts, max(m.start, para[0]), min(m.end, para[1]))
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var segs []htmlSeg
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		inner := -1
		for _, i := range in {
			m := col[i]
			if m.start > a || m.end < b {
				continue
			}
			if inner < 0 || m.start > col[inner].start || (m.start == col[inner].start && m.end < col[inner].end) {
				inner = i
			}
		}
		s := htmlSeg{Text: string(text[a:b])}
		if inner >= 0 {
			m := col[inner]
			s.Mark, s.Class, s.QID, s.Pair, s.Title = true, m.class, m.id, m.pair, m.title
		}
		// Chips of every quote starting here, in file order.
		for _, i := range in {
			if col[i].start == a {
				s.Chips = append(s.Chips, col[i].chips...)
			}
		}
		segs = append(segs, s)
	}
	return segs
}
