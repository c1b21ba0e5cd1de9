package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestSentences checks where sentences break: at a full stop before a
// capital, never after an initial or an abbreviation, also one joined to a
// word by a hyphen.
func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"He left. She stayed.", []string{"He left.", "She stayed."}},
		{"Mr. Smith met Dr. Jones at 5 p.m. Tuesday.", []string{"Mr. Smith met Dr. Jones at 5 p.m. Tuesday."}},
		{"Then-U.S. Energy Secretary Ernest Moniz agreed.", []string{"Then-U.S. Energy Secretary Ernest Moniz agreed."}},
		{"The ex-Gov. Brown spoke. Then he left.", []string{"The ex-Gov. Brown spoke.", "Then he left."}},
		{"They chose Type-A. Nobody else did.", []string{"They chose Type-A.", "Nobody else did."}},
		{"J. R. Ewing said so.", []string{"J. R. Ewing said so."}},
		{`"Stop." He turned.`, []string{`"Stop."`, "He turned."}},
		{"The mayor said no. Ann Lee agreed.", []string{"The mayor said no.", "Ann Lee agreed."}},
		{"It ranked No. 4 on the list. He met Jan. She left on Jan. 9 with pens, etc. Then rain fell.", []string{"It ranked No. 4 on the list.", "He met Jan.", "She left on Jan. 9 with pens, etc.", "Then rain fell."}},
	}
	for _, tt := range tests {
		toks, paras := scan(tt.text, nil, nil)
		var got []string
		for _, s := range sentences(nil, tt.text, toks, paras, nil) {
			got = append(got, tt.text[toks[s.First].Start:toks[s.Last-1].End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLostLetter checks that a question mark standing for a letter lost in
// encoding stays inside its word, while one that asks a question stays
// punctuation.
func TestLostLetter(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Th?r?se came.", []string{"Th?r?se", "came", "."}},
		{"a t?te-?-t?te now", []string{"a", "t?te-?-t?te", "now"}},
		{"Why? Because.", []string{"Why", "?", "Because", "."}},
		{"_why?_ he said", []string{"_why", "?", "_", "he", "said"}},
		{"Is it 4?5 or Ma?", []string{"Is", "it", "4", "?", "5", "or", "Ma", "?"}},
		{"Is it?-no", []string{"Is", "it", "?", "-", "no"}},
	}
	for _, tt := range tests {
		if got, _ := scanTexts(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("scan(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// scanTexts returns the texts of the tokens and of the paragraphs that
// scan finds in text, for tests to compare with what they want.
func scanTexts(text string) (toks, paras []string) {
	ts, ps := scan(text, nil, nil)
	for _, tk := range ts {
		toks = append(toks, text[tk.Start:tk.End])
	}
	for _, p := range ps {
		paras = append(paras, text[p.Start:p.End])
	}
	return toks, paras
}

// TestWordsOutside checks that a rule looking past either end of a text
// reads an empty word rather than panicking.
func TestWordsOutside(t *testing.T) {
	d := newDoc("Said he.", nil, nil, RegisterNews, nil)
	for _, i := range []int{-2, -1, len(d.toks), len(d.toks) + 1} {
		if got := d.w.lower(i); got != "" {
			t.Errorf("lower(%d) = %q, want \"\"", i, got)
		}
		if got := d.w.word(i); got != "" {
			t.Errorf("word(%d) = %q, want \"\"", i, got)
		}
	}
	if got := d.w.lower(0); got != "said" {
		t.Errorf("lower(0) = %q, want said", got)
	}
}

// TestTokenDigit checks the Digit scan sets against hasDigit on each word.
func TestTokenDigit(t *testing.T) {
	for _, text := range []string{
		"In 2019, the F-35s and B52 flew 3.5 miles; No. 7 won.",
		"R2-D2’s 4th rank, x٣ y_9 __ 1st. A.1. 0",
		"Élodie 7e ΣΟΦΙΑ2 \xff9 don't 12:30 a.m. #1",
	} {
		toks, _ := scan(text, nil, nil)
		for _, tk := range toks {
			w := text[tk.Start:tk.End]
			if want := tk.Kind == tokWord && hasDigit(w); tk.Digit != want {
				t.Errorf("%q: token %q Digit = %v, want %v", text, w, tk.Digit, want)
			}
		}
	}
}

// TestTokenAt holds tokenAt, whose answers are memoised, to a walk over
// the tokens, at every offset of a few texts, asked in both directions and
// twice over.
func TestTokenAt(t *testing.T) {
	for _, text := range []string{
		"", "   ", "a", "He said: \"No.\"", "x                          y  z\n\n\n\n\n\n\n\n\n\n  w",
		strings.Repeat("Qian Xiaoqian, vice minister, said the talks—long and hard—had ended. “Yes,” he added. ", 20),
	} {
		d := newDoc(text, defaultCues, nil, RegisterNews, nil)
		check := func(off int) {
			want := 0
			for want < len(d.toks) && d.toks[want].Start < off {
				want++
			}
			if got := d.tokenAt(off); got != want {
				t.Errorf("%q: tokenAt(%d) = %d, want %d", text, off, got, want)
			}
		}
		for range 2 {
			for off := -2; off <= len(text)+2; off++ {
				check(off)
			}
			for off := len(text) + 2; off >= -2; off-- {
				check(off)
			}
		}
	}
}
