package extract

import (
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/tag"
	ptoken "github.com/jdkato/prose/v3/token"

	"github.com/saidwho/saidwho/internal/devdata"
)

// TestPOSTaggerMatchesProse tags every sentence of the bundled texts (and of
// the development sets beside the repository, when they are there) with
// posTagger and with prose's own tagger, and wants the same tags: posTagger
// is a faster reading of prose's model, not another model.
func TestPOSTaggerMatchesProse(t *testing.T) {
	ours, err := newPOSTagger()
	if err != nil {
		t.Fatalf("posTagger cannot read prose's model (a new prose version?): %v", err)
	}
	theirs, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{"testdata/seed.gold.jsonl", "../sample/sample.gold.jsonl"}
	// Under the race detector the comparison would take minutes.
	if !testing.Short() && !raceOn {
		for _, name := range []string{"polnear", "litbank", "corenlp-tests", "pdnc"} {
			paths = append(paths, "../../shared/data/"+name+".dev.jsonl")
		}
	}
	var texts []string
	for _, path := range paths {
		more, err := devdata.Texts(path, "")
		if errors.Is(err, fs.ErrNotExist) {
			continue // the development sets are absent from a fresh clone
		}
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, more...)
	}
	// Words prose treats specially, as tokens the scanner can produce.
	texts = append(texts, "xD 8D o_O V_V - @someone 0 -LRB- *T*-1 1999 3.5 well-known ÉCOLE İstanbul")
	var s tagScratch
	n := 0
	for _, text := range texts {
		toks, paras := scan(text, nil, nil)
		for _, st := range sentences(nil, text, toks, paras, nil) {
			words := make([]string, st.Last-st.First)
			pt := make([]ptoken.Token, len(words))
			for k := range words {
				words[k] = text[toks[st.First+k].Start:toks[st.First+k].End]
				pt[k].Text = words[k]
			}
			got := make([]string, len(words))
			ours.tag(&s, words, got)
			theirs.TagTokens(pt)
			for k := range pt {
				if got[k] != pt[k].Tag {
					t.Fatalf("%q in %q: tag %s, prose says %s", words[k], strings.Join(words, " "), got[k], pt[k].Tag)
				}
			}
			n += len(words)
		}
	}
	if n < 1000 {
		t.Fatalf("only %d tokens compared", n)
	}
	t.Logf("%d tokens tagged alike", n)
}

// TestPOSTaggerFallback checks that an Extractor works with prose's own
// tagger, what it uses when posTagger cannot read the model.
func TestPOSTaggerFallback(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	text := `"We will not give up," the minister said on Monday.`
	fast, _ := newPOSTagger()
	for _, tagger := range []wordTagger{proseTagger{tg}, fast} {
		d := newDoc(text, defaultCues, tagger, RegisterNews, nil)
		qs := d.attribute()
		if len(qs) != 1 || qs[0].Speaker != "the minister" && !strings.Contains(qs[0].Speaker, "minister") {
			t.Errorf("%T: %+v", tagger, qs)
		}
	}
}
