package extract

import (
	"reflect"
	"testing"
)

func TestPairMarks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // inner texts of the outermost quotations
	}{
		{"straight", `"Yes," she said. "We will."`, []string{"Yes,", "We will."}},
		{"curly", "“Yes,” she said, “we will.”", []string{"Yes,", "we will."}},
		{"single", "'Yes,' she said, 'we will.'", []string{"Yes,", "we will."}},
		{"guillemets", "Il a dit «non» hier.", []string{"non"}},
		{"latex", "``Yes,'' she said.", []string{"Yes,"}},
		{"nested outer only", `"He told me 'never', then left."`, []string{"He told me 'never', then left."}},
		{"curly nested same family", "“how “are” you”", []string{"how “are” you"}},
		{"apostrophes are not marks", "Jones' cow isn't the dogs' friend.", nil},
		{"apostrophe inside quote", `"Jones' cow is better," he said.`, []string{"Jones' cow is better,"}},
		{"elision opens nothing", "'Tis the season, 'em all, 'til then.", nil},
		{"unclosed at end", `"Hello," he said, "how are you`, []string{"Hello,"}},
		{"stray mark between spaces", `Hello " he said, 'how are you?'`, []string{"how are you?"}},
		{"across line breaks", "He said \"one\ntwo\nthree\" and left.", []string{"one\ntwo\nthree"}},
		{"multi-paragraph reopened", "\"First part.\n\n\"Second part.\n\n\"Last part.\" He left.", []string{"First part.", "Second part.", "Last part."}},
		{"stray open in earlier paragraph", "The 12\" record.\n\n\"Hi,\" she said.", []string{"Hi,"}},
		{"mixed curly and straight", "“Careless,\" he said.", []string{"Careless,"}},
		{"cjk corners", "他说「你好」。", []string{"你好"}},
		{"empty quotes skipped", `He said "" twice.`, nil},
		{"dash after close", `"Hello"--said Mr. Smith`, []string{"Hello"}},
		{"markup attributes are not quotations", `<tweet tweet-date="March 10, 2016">Pellham aide "told me" so</tweet>`, []string{"told me"}},
		{"close set off by a space", `"They ask about 'Dunmore,' " said Tansy. "But they listen."`, []string{"They ask about 'Dunmore,' ", "But they listen."}},
		{"double apostrophes set off by a space", "''It works, '' said Mr. Pennock.", []string{"It works, "}},
		{"a single mark left open before a blank line is an apostrophe, not a quotation to a possessive paragraphs later", "The 'prentice lad ran off.\n\nThe gate shut behind him.\n\nHe took the masters' coats. \"Go,\" said Marta.", []string{"Go,"}},
		{"close after a lost dash", `"I thought you would never   " said Mary. "Sit down."`, []string{"I thought you would never   ", "Sit down."}},
		{"a mark set off by single spaces after a word closes the quotation open", `"I was only going to say " Dorin began. "Say it."`, []string{"I was only going to say ", "Say it."}},
		{"a mark set off by spaces at a paragraph's start reopens a quotation run over paragraphs", "\" The road was long.\n\n\" We walked on.\n\n\" At last we came home.\"", []string{" The road was long.", " We walked on.", " At last we came home."}},
		{"a mark set off by spaces opens a quotation when none is open", "\"Stay a while,\" said Marta, \" and eat.\"\n\n\" Not now, \" said Dorin.", []string{"Stay a while,", " and eat.", " Not now, "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, paras := scan(tt.text, nil, nil)
			var got []string
			for _, q := range pairMarks(tt.text, toks, paras) {
				got = append(got, tt.text[q.Inner.Start:q.Inner.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("pairMarks(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestScanParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"One.\n\nTwo.", []string{"One.", "Two."}},
		{"One\nstill one.\n\n  Two.", []string{"One\nstill one.", "Two."}},
		{"Lines\nare\nparagraphs", []string{"Lines", "are", "paragraphs"}},
		{"CRLF\r\n\r\nworks", []string{"CRLF", "works"}},
		{"", nil},
		{"   \n\n  ", nil},
	}
	for _, tt := range tests {
		if _, got := scanTexts(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("scan(%q) paragraphs = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestPairMarksDoubledApostrophes(t *testing.T) {
	for text, want := range map[string]string{
		"He called it ''a disaster,'' and left.": "a disaster,",
		"``Hello ``how `are ``you doing?'''''''": "Hello ``how `are ``you doing?'''''",
		"`Hello `how are you doing?''":           "Hello `how are you doing?'",
	} {
		toks, paras := scan(text, nil, nil)
		qs := pairMarks(text, toks, paras)
		if len(qs) != 1 || text[qs[0].Inner.Start:qs[0].Inner.End] != want {
			t.Errorf("pairMarks(%q) = %v, want one quote %q", text, qs, want)
		}
	}
}

// quoteTexts returns the inner text of each quotation pair finds in text.
func quoteTexts(text string, pair func(string, []token, []paragraph) []markQuote) []string {
	toks, paras := scan(text, nil, nil)
	var got []string
	for _, q := range pair(text, toks, paras) {
		got = append(got, text[q.Inner.Start:q.Inner.End])
	}
	return got
}

// In news a line that opens a quotation after a full stop, while another
// is open, starts a new one; elsewhere the open quotation runs on.
func TestPairMarksNewsLineTurns(t *testing.T) {
	text := "Intro.\n\n“They revel in it.\n“There’s another side,” Sexton said."
	got := quoteTexts(text, pairMarksNews)
	want := []string{"They revel in it.", "There’s another side,"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pairMarksNews(%q) = %q, want %q", text, got, want)
	}
	if got := quoteTexts(text, pairMarks); reflect.DeepEqual(got, want) {
		t.Errorf("pairMarks(%q) = %q: the line turn is for news only", text, got)
	}
}

// A left double mark set off after the full stop that ends a line closes
// the quotation it follows.
func TestPairMarksSpacedClosingOpener(t *testing.T) {
	text := "“We can win the state,” she said. “Voters know that. “\n\nThe count ended late."
	got := quoteTexts(text, pairMarksNews)
	want := []string{"We can win the state,", "Voters know that. "}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pairMarksNews(%q) = %q, want %q", text, got, want)
	}
}

// In news a mark set off by spaces closes a quotation but opens none: a
// stray one would carry the rest of a paragraph of reporting.
func TestPairMarksNewsSpacedMarkOpensNothing(t *testing.T) {
	text := "\"We will win,\" Ames said, \" and soon.\" The vote is Friday."
	got := quoteTexts(text, pairMarksNews)
	want := []string{"We will win,"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pairMarksNews(%q) = %q, want %q", text, got, want)
	}
}

// In news a single mark left open before a blank line is an apostrophe,
// not a quotation running on into the next paragraph.
func TestPairMarksNewsOpenSingleMark(t *testing.T) {
	text := "\"Europe is failing,\" said Anna in 't Groen. \"It is a risk.\"\n\nKarl Mott said the plan was bad. \"We will see,\" he said.\n\nThe farmers' union disagreed."
	got := quoteTexts(text, pairMarksNews)
	want := []string{"Europe is failing,", "It is a risk.", "We will see,"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pairMarksNews(%q) = %q, want %q", text, got, want)
	}
}
