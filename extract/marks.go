package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// family groups quotation marks that close each other: a curly opening
// double mark may be closed by a straight one in careless text.
type family uint8

const (
	famNone family = iota
	famDouble
	famSingle
	famGuillemet
	famAngle // ‹ ›
	famCorner
	famLatexDouble // `` closed by ''
)

// mark is one quotation mark found in the text.
type mark struct {
	Start, End int
	Fam        family
	CanOpen    bool
	CanClose   bool
	// Spaced is set on a straight double mark with white space on both
	// sides that does not end its line (`Stop " he said`, `she said, " go
	// on`): careless typing, or a converted text that lost the dash or the
	// single mark beside it, so its neighbours cannot tell which way it
	// faces. It closes the quotation open before it, and where none is
	// open it opens one, except in news, where a stray one would carry a
	// paragraph of reporting.
	Spaced bool
}

// markQuote is a quotation found by pairing marks: Open and Close are the
// marks' spans, Inner the content between them.
type markQuote struct {
	Open, Close Span
	Inner       Span
	// Continues is set on each piece of a quotation that runs over several
	// paragraphs but the last: it ends at a paragraph end without closing.
	Continues bool
	// Nested are the quotations inside this one (scare quotes, quoted
	// titles), kept so that mixed quotes can be recognised.
	Nested int
}

// elisions start with an apostrophe that is not an opening quote.
var elisions = []string{"tis", "twas", "twere", "twill", "em", "cause", "cos", "bout", "til", "n", "round", "ave", "ere", "ow", "e", "im", "er", "ud", "un", "ee"}

func startsElision(rest string) bool {
	// Only the first few letters matter; lower-casing the whole rest of
	// the text here would make pairing quadratic.
	if len(rest) > 8 {
		rest = rest[:8]
	}
	low := strings.ToLower(rest)
	for _, e := range elisions {
		if strings.HasPrefix(low, e) {
			after := low[len(e):]
			r, _ := utf8.DecodeRuneInString(after)
			if after == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	// '90s, '08
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsDigit(r)
}

// mayBeMark reports whether a punctuation token whose first byte is c may
// be a quotation mark, one classify takes: in ASCII only the double
// quote, the apostrophe and the backtick.
func mayBeMark(c byte) bool {
	return c >= utf8.RuneSelf || c == '"' || c == '\'' || c == '`'
}

// classify returns the quotation mark at text[t.Start:t.End], or ok=false.
// Whether it can open or close is decided by its neighbours, the way a
// reader does: an opening mark follows a space or punctuation and precedes
// a word; a closing mark does the reverse.
func classify(text string, t token) (m mark, ok bool) {
	s := text[t.Start:t.End]
	prev, _ := utf8.DecodeLastRuneInString(text[:t.Start])
	next, _ := utf8.DecodeRuneInString(text[t.End:])
	if t.Start == 0 {
		prev = ' '
	}
	if t.End >= len(text) {
		next = ' '
	}
	afterSpaceOrPunct := !isWordRune(prev)
	beforeWordish := !unicode.IsSpace(next)
	afterWordish := !unicode.IsSpace(prev)
	beforeNonWord := !isWordRune(next)
	m = mark{Start: t.Start, End: t.End}
	switch s {
	case "\"":
		m.Fam = famDouble
		m.CanOpen = afterSpaceOrPunct && beforeWordish
		// A mark alone at the end of a line closes: `I don't see   "`.
		m.CanClose = afterWordish && beforeNonWord || !beforeWordish && (lineEndsAt(text, t.End) || spacedAfterPunct(text, t.Start) || spacedAfterBreak(text, t.Start))
		m.Spaced = !beforeWordish && !lineEndsAt(text, t.End) && spacedInLine(text, t.Start)
		m.CanClose = m.CanClose || m.Spaced
		// Markup left in the text: `<tweet tweet-date="March 10, 2016">`.
		if prev == '=' || next == '>' {
			m.CanOpen, m.CanClose = false, false
		}
	case "“", "„", "‟":
		m.Fam = famDouble
		m.CanOpen = true
		// Some texts use “ for both ends, and some set it off after the
		// full stop at the end of a line: `They see that. “`.
		m.CanClose = afterWordish && beforeNonWord && !beforeWordish || !beforeWordish && lineEndsAt(text, t.End) && spacedAfterPunct(text, t.Start)
	case "”":
		m.Fam = famDouble
		m.CanClose = true
		m.CanOpen = !afterWordish && isWordRune(next)
	case "'", "‘", "‚", "`":
		m.Fam = famSingle
		// Two apostrophes make a double mark: ''like this''.
		if s == "'" && strings.HasPrefix(text[t.End:], "'") {
			m.Fam, m.End = famDouble, t.End+1
			next, _ = utf8.DecodeRuneInString(text[m.End:])
			if m.End >= len(text) {
				next = ' '
			}
			m.CanOpen = afterSpaceOrPunct && !unicode.IsSpace(next)
			m.CanClose = afterWordish && !isWordRune(next) || unicode.IsSpace(next) && spacedAfterPunct(text, t.Start)
			return m, m.CanOpen || m.CanClose
		}
		if s == "`" && strings.HasPrefix(text[t.End:], "`") {
			m.Fam = famLatexDouble
			m.End = t.End + 1
			next, _ = utf8.DecodeRuneInString(text[m.End:])
			beforeWordish = !unicode.IsSpace(next)
		}
		m.CanOpen = afterSpaceOrPunct && beforeWordish && !startsElision(text[m.End:])
		m.CanClose = s == "'" && afterWordish && beforeNonWord
	case "’":
		m.Fam = famSingle
		m.CanClose = afterWordish && beforeNonWord
		m.CanOpen = !afterWordish && isWordRune(next) && !startsElision(text[t.End:])
	case "«":
		m.Fam, m.CanOpen = famGuillemet, true
	case "»":
		m.Fam, m.CanClose = famGuillemet, true
	case "‹":
		m.Fam, m.CanOpen = famAngle, true
	case "›":
		m.Fam, m.CanClose = famAngle, true
	case "「", "『":
		m.Fam, m.CanOpen = famCorner, true
	case "」", "』":
		m.Fam, m.CanClose = famCorner, true
	default:
		return m, false
	}
	return m, m.CanOpen || m.CanClose
}

// Limits on a quotation that stays open across paragraphs without being
// reopened: past them the opening mark is taken to be stray.
const (
	maxCarryParagraphs = 8
	maxCarryBytes      = 4000
	maxRescans         = 256
)

// quoteScanner pairs quotation marks into direct quotations.
type quoteScanner struct {
	text  string
	toks  []token
	paras []paragraph
	// ignored marks, by start offset, found to be stray on an earlier pass.
	ignored map[int]bool
	// lineTurns is set for news, where a line that opens a quotation while
	// one is open after a full stop starts a new quotation: the writer
	// forgot the closing mark, or the lines are paragraphs.
	lineTurns bool
	// unclosed are the stray opening marks, by start offset, that open a
	// sentence quoted to the end of its paragraph (news only).
	unclosed map[int]int
}

// pairMarks returns the outermost quotations of text in order.
func pairMarks(text string, toks []token, paras []paragraph) []markQuote {
	return pairMarksInto(nil, text, toks, paras, false)
}

// pairMarksNews is pairMarks for news text; see quoteScanner.lineTurns.
func pairMarksNews(text string, toks []token, paras []paragraph) []markQuote {
	return pairMarksInto(nil, text, toks, paras, true)
}

// pairMarksInto is pairMarks, or pairMarksNews when news is set, appending
// the quotations to out.
func pairMarksInto(out []markQuote, text string, toks []token, paras []paragraph, news bool) []markQuote {
	qs := quoteScanner{text: text, toks: toks, paras: paras, lineTurns: news}
	return qs.run(out)
}

type openMark struct {
	mark
	para int
}

func (qs *quoteScanner) run(out []markQuote) []markQuote {
	var stack []openMark
	nested := 0
	rescans, rescanned := 0, 0
	pi := 0
	carried := 0
	toks, text := qs.toks, qs.text
	for pi < len(qs.paras) {
		p := qs.paras[pi]
		for i, last := p.First, p.Last; i < last; i++ {
			// Words and most punctuation (a comma, a full stop) pass
			// without a copy of the token or a look at ignored, which
			// holds only marks.
			if tk := &toks[i]; tk.Kind != tokPunct || !mayBeMark(text[tk.Start]) {
				continue
			}
			t := qs.toks[i]
			if qs.ignored[t.Start] {
				if end, ok := qs.unclosed[t.Start]; ok && len(stack) == 0 {
					// The rest of the paragraph, or of the line, is the
					// quotation.
					out = append(out, markQuote{Open: Span{t.Start, t.End}, Inner: Span{t.End, end}, Continues: true})
					if end == p.End {
						break
					}
					continue
				}
				continue
			}
			m, ok := classify(qs.text, t)
			if !ok {
				continue
			}
			// '' closes a LaTeX double quotation, or else a single one
			// left open ('…'') and is then one mark at a time.
			if qs.text[t.Start:t.End] == "'" && m.End > t.End && len(stack) > 0 {
				switch stack[len(stack)-1].Fam {
				case famLatexDouble:
					m.Fam, m.CanClose = famLatexDouble, true
				case famSingle:
					m = mark{Start: t.Start, End: t.End, Fam: famSingle, CanClose: true}
				}
			}
			if m.End > t.End { // `` and '' span two tokens
				i++
			}
			if m.CanClose {
				if k := qs.findOpen(stack, m); k >= 0 {
					if k == 0 {
						o := stack[0]
						inner := Span{o.End, m.Start}
						if strings.TrimSpace(qs.text[inner.Start:inner.End]) != "" {
							out = append(out, markQuote{Open: Span{o.Start, o.End}, Close: Span{m.Start, m.End}, Inner: inner, Nested: nested})
						}
						nested = 0
						carried = 0
					} else {
						nested++
					}
					stack = stack[:k]
					continue
				}
			}
			if m.CanOpen && qs.lineTurns && len(stack) > 0 && stack[0].Fam == m.Fam && t.NewlineBefore && i > p.First &&
				qs.toks[i-1].Kind == tokPunct && strings.Contains(".!?", qs.text[qs.toks[i-1].Start:qs.toks[i-1].End]) {
				// `… revel in it.⏎“There’s another side …`
				o := stack[0]
				inner := Span{o.End, qs.toks[i-1].End}
				out = append(out, markQuote{Open: Span{o.Start, o.End}, Inner: inner, Continues: true, Nested: nested})
				stack, nested, carried = stack[:0], 0, 0
			}
			if m.CanOpen || m.Spaced && !qs.lineTurns {
				stack = append(stack, openMark{m, pi})
			}
		}
		if len(stack) == 0 {
			pi++
			continue
		}
		// A quotation is still open at the end of the paragraph.
		bottom := stack[0]
		reopened := pi+1 < len(qs.paras) && qs.reopens(pi+1, bottom.Fam)
		// In news, a quotation carried over paragraphs that did not reopen
		// it and then reopened by a later one is two things: a quotation
		// whose closing mark was forgotten, then narration, then a new
		// quotation. Its opening mark is stray.
		stray := qs.lineTurns && carried > 0 && reopened
		if reopened && !stray {
			inner := Span{bottom.End, p.End}
			if strings.TrimSpace(qs.text[inner.Start:inner.End]) != "" {
				out = append(out, markQuote{Open: Span{bottom.Start, bottom.End}, Inner: inner, Continues: true, Nested: nested})
			}
			stack, nested, carried = stack[:0], 0, 0
			pi++
			continue
		}
		// A single mark left open at a paragraph's end, before a blank
		// line, is an apostrophe ("in 't Groen", "his 'prentice boy"): a
		// quotation in single marks does not run over such paragraphs
		// unreopened, and pairing it with a possessive paragraphs later
		// would make narration a quotation.
		if !stray && pi+1 < len(qs.paras) && carried < maxCarryParagraphs && qs.paras[pi+1].End-bottom.Start < maxCarryBytes && !(bottom.Fam == famSingle && strings.Count(qs.text[p.End:qs.paras[pi+1].Start], "\n") >= 2) {
			carried++
			pi++
			continue
		}
		// The bottom mark never closed: it is stray. Scan again from its
		// paragraph without it, so the marks after it pair correctly.
		if qs.ignored == nil {
			qs.ignored = map[int]bool{}
		}
		qs.ignored[bottom.Start] = true
		if qs.lineTurns {
			if end, ok := qs.quotesToParaEnd(bottom); ok {
				if qs.unclosed == nil {
					qs.unclosed = map[int]int{}
				}
				qs.unclosed[bottom.Start] = end
			}
		}
		stack, nested, carried = stack[:0], 0, 0
		rescans++
		restart := bottom.para
		// Rescanning is bounded in count and in bytes, so that a long
		// paragraph full of stray marks stays linear: past the budget a
		// stray mark is only skipped.
		rescanned += p.End - qs.paras[restart].Start
		if rescans > maxRescans || rescanned > 2*len(qs.text)+maxCarryBytes {
			pi++
			continue
		}
		// Quotes already emitted from the rescanned paragraphs are dropped
		// and found again.
		for len(out) > 0 && out[len(out)-1].Open.Start >= qs.paras[restart].Start {
			out = out[:len(out)-1]
		}
		pi = restart
	}
	return out
}

// quotesToParaEnd reports whether a double opening mark that never closed
// opens a quoted sentence that runs to the end of its paragraph, as when a
// writer forgets the closing mark of the last quotation of a paragraph
// (`said Ames. “We will build it.⏎⏎He added, “…”`): it opens a sentence,
// before a capital, and nothing after it in the paragraph is a double mark
// that could have closed it, while the paragraph ends like a sentence.
// Where the paragraph runs on over single line breaks, the line that holds
// the mark is tested the same way, and the quotation ends with it. It
// returns where the quotation ends.
func (qs *quoteScanner) quotesToParaEnd(o openMark) (int, bool) {
	if o.Fam != famDouble || o.para >= len(qs.paras) {
		return 0, false
	}
	p := qs.paras[o.para]
	before := strings.TrimRight(qs.text[p.Start:o.Start], " \t")
	if before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:") {
		return 0, false
	}
	next, _ := utf8.DecodeRuneInString(qs.text[o.End:])
	if !unicode.IsUpper(next) {
		return 0, false
	}
	endsQuote := func(rest string) bool {
		if strings.ContainsAny(rest, "\"“”") || strings.Contains(rest, "''") {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(rest)
		return strings.ContainsRune(".!?)]", last)
	}
	if endsQuote(qs.text[o.End:p.End]) {
		return p.End, true
	}
	if nl := strings.IndexByte(qs.text[o.End:p.End], '\n'); nl > 0 {
		line := strings.TrimRightFunc(qs.text[o.End:o.End+nl], unicode.IsSpace)
		if endsQuote(line) {
			return o.End + len(line), true
		}
	}
	return 0, false
}

// findOpen returns the stack index of the open mark that m closes, or -1.
func (qs *quoteScanner) findOpen(stack []openMark, m mark) int {
	for k := len(stack) - 1; k >= 0; k-- {
		o := stack[k]
		if o.Fam == m.Fam {
			return k
		}
		// A single opening mark that never closed is most likely an
		// apostrophe; look past it. Guillemets and corner brackets close
		// unambiguously, so they may close over any stray mark.
		if o.Fam != famSingle && m.Fam != famGuillemet && m.Fam != famCorner && m.Fam != famAngle {
			return -1
		}
	}
	return -1
}

// reopens reports whether paragraph pi starts with an opening mark of fam,
// the convention for a quotation that runs over several paragraphs; a mark
// set off by spaces (mark.Spaced) opens there too, outside news.
func (qs *quoteScanner) reopens(pi int, fam family) bool {
	p := qs.paras[pi]
	if p.First >= p.Last {
		return false
	}
	m, ok := classify(qs.text, qs.toks[p.First])
	if !ok || !m.CanOpen && !(m.Spaced && !qs.lineTurns) {
		return false
	}
	return m.Fam == fam || (fam == famLatexDouble && m.Fam == famDouble)
}

// addDashTurns adds the dialogue of novels that open each turn with a dash
// instead of quotation marks ("--O, Stephen will apologize."): a paragraph
// that starts with a dash and holds no quotation is one quoted turn.
func addDashTurns(text string, toks []token, paras []paragraph, qs []markQuote) []markQuote {
	var out []markQuote
	k := 0
	for _, p := range paras {
		for k < len(qs) && qs[k].Open.Start < p.Start {
			out = append(out, qs[k])
			k++
		}
		if k < len(qs) && qs[k].Open.Start < p.End {
			continue // the paragraph has quotation marks of its own
		}
		first := p.First
		dash := text[toks[first].Start:toks[first].End]
		switch {
		case dash == "—" || dash == "―":
		case dash == "-" && first+1 < p.Last && text[toks[first+1].Start:toks[first+1].End] == "-" && toks[first+1].Start == toks[first].End:
			first++
		default:
			continue
		}
		if first+1 >= p.Last || toks[first+1].Kind != tokWord {
			continue
		}
		out = append(out, markQuote{
			Open:  Span{p.Start, toks[first].End},
			Close: Span{p.End, p.End},
			Inner: Span{toks[first+1].Start, p.End},
		})
	}
	return append(out, qs[k:]...)
}

// lineEndsAt reports whether only white space stands between i and the end
// of its line.
func lineEndsAt(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case '\n', '\r':
			return true
		case ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// spacedAfterBreak reports whether the mark at byte start stands after a
// run of spaces that follows a word: where a dash breaking off the speech
// was lost in conversion, `I thought you would never   " said Mary`.
func spacedAfterBreak(text string, start int) bool {
	i := start
	for i > 0 && start-i < 6 && text[i-1] == ' ' {
		i--
	}
	if start-i < 2 || i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isWordRune(r)
}

// spacedAfterPunct reports whether the mark at byte start stands after a
// space that follows the punctuation ending a quoted sentence: a closing
// mark set off by mistake, `the household name of 'Dunmore,' " said Tansy`.
func spacedAfterPunct(text string, start int) bool {
	i := start
	for i > 0 && start-i < 3 && text[i-1] == ' ' {
		i--
	}
	if i == start || i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return strings.ContainsRune(",.!?'’", r)
}

// spacedInLine reports whether the mark at byte start follows white space
// or starts its line.
func spacedInLine(text string, start int) bool {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i < start || i == 0 || text[i-1] == '\n' || text[i-1] == '\r'
}

// splitAsides cuts a quotation of fiction at a stage direction set in
// parentheses inside it, the way plays and some novels give a gesture in
// the middle of a speech: `"Well, (smiling) I will come."` The
// parenthesis is narration, as a speech tag between two quotations is; the
// quotes on each side of it close and open there with no mark, so that the
// words after it open a turn as they would after the tag's comma.
func splitAsides(text string, qs []markQuote) []markQuote {
	var out []markQuote
	for k, q := range qs {
		cur := q
		for from := cur.Inner.Start; from < cur.Inner.End; {
			i := strings.IndexByte(text[from:cur.Inner.End], '(')
			if i < 0 {
				break
			}
			open := from + i
			j := strings.IndexAny(text[open+1:cur.Inner.End], "()")
			if j < 0 {
				break
			}
			end := open + 1 + j
			if text[end] == '(' {
				from = end
				continue
			}
			from = end + 1
			if !stageDirection(text[open+1:end]) || !hasWordRune(text[cur.Inner.Start:open]) || !hasWordRune(text[end+1:cur.Inner.End]) {
				continue
			}
			if out == nil {
				out = append(make([]markQuote, 0, len(qs)+4), qs[:k]...)
			}
			out = append(out, markQuote{Open: cur.Open, Close: Span{open, open}, Inner: Span{cur.Inner.Start, open}, Nested: cur.Nested})
			cur.Open, cur.Inner.Start = Span{end + 1, end + 1}, end+1
		}
		if out != nil {
			out = append(out, cur)
		}
	}
	if out == nil {
		return qs
	}
	return out
}

// firstOrSecondPerson are the pronouns of a speaker or a hearer: a
// parenthesis holding one is part of the speech, not the narrator's aside
// on it ("(between you and me)").
var firstOrSecondPerson = setOf(`i me my mine myself we us our ours you your yours yourself thee thou thy`)

// nounsInIng end like a participle but name things.
var nounsInIng = setOf(`being during evening morning spring string according ceiling pudding shilling farthing building wedding feeling meaning`)

// mannerDeterminers open the noun of a manner after "with": "with a
// sigh", "with some warmth".
var mannerDeterminers = setOf(`a an some great much`)

// voiceNouns end a manner "in a …" of speaking: "in a low voice", not
// "in a general way".
var voiceNouns = setOf(`tone voice accent whisper undertone murmur`)

// stageDirection reports whether the words of a parenthesis inside a
// quotation describe how it is spoken: a participle ("smiling", "turning
// to Ann"), a manner ("with a sigh", "in a low voice") or a hearer ("to
// Mrs. Roe"), short, and with no I or you of the speech in them.
func stageDirection(s string) bool {
	ws := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if len(ws) == 0 || len(ws) > 16 {
		return false
	}
	for _, w := range ws {
		if firstOrSecondPerson[strings.ToLower(w)] {
			return false
		}
	}
	first := ws[0]
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsLower(r) {
		return false
	}
	switch {
	case strings.HasSuffix(first, "ing") && len(first) > 4 && !strings.HasSuffix(first, "thing") && !nounsInIng[first]:
		return true
	case first == "with" && len(ws) > 1 && mannerDeterminers[ws[1]]:
		return true
	case first == "in" && len(ws) > 1 && (ws[1] == "a" || ws[1] == "an"):
		for _, w := range ws[2:] {
			if voiceNouns[strings.ToLower(w)] {
				return true
			}
		}
		return false
	case first == "to" && len(ws) > 1:
		r, _ := utf8.DecodeRuneInString(ws[1])
		return unicode.IsUpper(r) || ws[1] == "her" || ws[1] == "him" || ws[1] == "them"
	}
	return false
}

// hasWordRune reports whether s holds a letter or a digit.
func hasWordRune(s string) bool {
	return strings.IndexFunc(s, isWordRune) >= 0
}
