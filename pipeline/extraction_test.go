package pipeline

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/saidwho/saidwho/corpus"
	"github.com/saidwho/saidwho/extract"
)

// span returns the byte span of the first occurrence of s in text.
func span(text, s string) extract.Span {
	i := strings.Index(text, s)
	return extract.Span{Start: i, End: i + len(s)}
}

func TestPredict(t *testing.T) {
	text := "钱晓千说：“互联网😀不是零和游戏”。Zoë said that it was e\u0301lan."
	quote := span(text, "互联网😀不是零和游戏")
	mention := span(text, "钱晓千")
	cue := span(text, "说")
	indirect := span(text, "it was e\u0301lan")
	said := span(text, "said")
	zoe := span(text, "Zoë")
	doc := corpus.Document{ID: "cjk", Text: text}
	qs := []extract.Quote{
		{Span: quote, Kind: extract.Direct, Speaker: "钱晓千", Mention: &mention, Cue: &cue, Confidence: 0.9, Rule: "speaker-cue-quote"},
		{Span: indirect, Kind: extract.Indirect, Mention: &zoe, Cue: &said, Rule: "said-that"},
	}
	got, err := predict(doc, qs)
	if err != nil {
		t.Fatal(err)
	}
	speaker := "钱晓千"
	want := corpus.Prediction{ID: "cjk", Quotes: []corpus.PredictedQuote{{
		Start: 6, End: 16, Text: "互联网😀不是零和游戏", Kind: "direct", Speaker: &speaker,
		Mention:    &corpus.Span{Start: 0, End: 3, Text: "钱晓千"},
		Cue:        &corpus.Span{Start: 3, End: 4, Text: "说"},
		Confidence: 0.9, Rule: "speaker-cue-quote",
	}, {
		Start: 32, End: 44, Text: "it was e\u0301lan", Kind: "indirect",
		Mention: &corpus.Span{Start: 18, End: 21, Text: "Zoë"},
		Cue:     &corpus.Span{Start: 22, End: 26, Text: "said"},
		Rule:    "said-that",
	}}}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Errorf("predict =\n%s\nwant\n%s", g, w)
	}
	// The offsets are code points: they slice the text as Python would.
	runes := []rune(text)
	for _, q := range got.Quotes {
		if s := string(runes[q.Start:q.End]); s != q.Text {
			t.Errorf("runes[%d:%d] = %q, want %q", q.Start, q.End, s, q.Text)
		}
	}
}

func TestPredictRejectsBadSpans(t *testing.T) {
	text := "钱说"
	for _, s := range []extract.Span{{Start: 1, End: 3}, {Start: 0, End: 7}, {Start: 3, End: 0}, {Start: -1, End: 3}} {
		_, err := predict(corpus.Document{ID: "x", Text: text}, []extract.Quote{{Span: s, Kind: extract.Direct}})
		if err == nil {
			t.Errorf("predict accepted span %v of %q", s, text)
		}
	}
	if p, err := predict(corpus.Document{ID: "x"}, nil); err != nil || p.Quotes == nil {
		t.Errorf("predict(no quotes) = %+v, %v; want empty quotes", p, err)
	}
}

func TestExtraction(t *testing.T) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := &sink{failAt: -1}
	st, err := Run(context.Background(), newDocs(20), Extraction(ex), out, Options{Workers: 2})
	if err != nil || st.Written != 20 {
		t.Fatalf("Run = %+v, %v", st, err)
	}
	checkPrefix(t, out.got)
}
