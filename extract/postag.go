package extract

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"sync"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	ptoken "github.com/jdkato/prose/v3/token"
)

// posTagger is prose v3's averaged-perceptron part-of-speech tagger
// (github.com/jdkato/prose/v3/tag, MIT license) over prose's own English
// model, with the model's features found in a hash map where prose does a
// binary search over a string blob: that search was a third of all of
// extraction's time. It gives exactly the tags tag.Tagger.TagTokens gives
// (TestPOSTaggerMatchesProse holds it to that on every development text):
// the same features, the same weights added in the same order, the same
// tie-break. The model is read from prose's public model data
// (tag/aptagmodel) in prose's flat format, which tag.FromBytes also reads;
// should a later prose change that format, newPOSTagger fails and the
// Extractor falls back to prose's tagger (see New).
type posTagger struct {
	classes  []string
	feats    map[string]int32 // feature string -> index into pairOff
	pairOff  []uint32
	classIDs []uint8
	weights  []float32
	tagMap   map[string]uint8 // unambiguous words
	bias     []float32        // the scores of the "bias" feature alone
}

// newPOSTagger reads prose's embedded English model (its flat format:
// prose/v3/internal/flat/format.go).
func newPOSTagger() (*posTagger, error) {
	b := aptagmodel.English
	pos := 0
	fail := errors.New("truncated part-of-speech model")
	take := func(n int) ([]byte, error) {
		if n < 0 || pos+n > len(b) {
			return nil, fail
		}
		out := b[pos : pos+n]
		pos += n
		return out, nil
	}
	u32 := func() (int, error) {
		x, err := take(4)
		if err != nil {
			return 0, err
		}
		return int(binary.LittleEndian.Uint32(x)), nil
	}
	str16 := func() (string, error) {
		x, err := take(2)
		if err != nil {
			return "", err
		}
		s, err := take(int(binary.LittleEndian.Uint16(x)))
		return string(s), err
	}
	if magic, err := take(8); err != nil || string(magic) != "PROSETAG" {
		return nil, errors.New("not a prose tagger model")
	}
	if v, err := u32(); err != nil || v != 1 {
		return nil, fmt.Errorf("unsupported tagger model version %d", v)
	}
	t := &posTagger{}
	nClasses, err := u32()
	if err != nil {
		return nil, err
	}
	for range nClasses {
		c, err := str16()
		if err != nil {
			return nil, err
		}
		t.classes = append(t.classes, c)
	}
	nFeatures, err := u32()
	if err != nil {
		return nil, err
	}
	nPairs, err := u32()
	if err != nil {
		return nil, err
	}
	blobLen, err := u32()
	if err != nil {
		return nil, err
	}
	blob, err := take(blobLen)
	if err != nil {
		return nil, err
	}
	offs, err := take(4 * (nFeatures + 1))
	if err != nil {
		return nil, err
	}
	pairs, err := take(4 * (nFeatures + 1))
	if err != nil {
		return nil, err
	}
	ids, err := take(nPairs)
	if err != nil {
		return nil, err
	}
	wts, err := take(4 * nPairs)
	if err != nil {
		return nil, err
	}
	t.feats = make(map[string]int32, nFeatures)
	t.pairOff = make([]uint32, nFeatures+1)
	for i := 0; i <= nFeatures; i++ {
		t.pairOff[i] = binary.LittleEndian.Uint32(pairs[4*i:])
	}
	if int(t.pairOff[nFeatures]) != nPairs {
		return nil, errors.New("corrupt part-of-speech model")
	}
	for i := 0; i < nFeatures; i++ {
		lo, hi := binary.LittleEndian.Uint32(offs[4*i:]), binary.LittleEndian.Uint32(offs[4*i+4:])
		if lo > hi || int(hi) > len(blob) || t.pairOff[i] > t.pairOff[i+1] {
			return nil, errors.New("corrupt part-of-speech model")
		}
		t.feats[string(blob[lo:hi])] = int32(i)
	}
	t.classIDs = make([]uint8, nPairs)
	copy(t.classIDs, ids)
	t.weights = make([]float32, nPairs)
	for i := range t.weights {
		t.weights[i] = math.Float32frombits(binary.LittleEndian.Uint32(wts[4*i:]))
	}
	for _, id := range t.classIDs {
		if int(id) >= nClasses {
			return nil, errors.New("corrupt part-of-speech model")
		}
	}
	nTagMap, err := u32()
	if err != nil {
		return nil, err
	}
	t.tagMap = make(map[string]uint8, nTagMap)
	for range nTagMap {
		w, err := str16()
		if err != nil {
			return nil, err
		}
		id, err := take(1)
		if err != nil {
			return nil, err
		}
		if int(id[0]) >= nClasses {
			return nil, errors.New("corrupt part-of-speech model")
		}
		t.tagMap[w] = id[0]
	}
	t.bias = make([]float32, nClasses)
	t.accumulate([]byte("bias"), t.bias)
	return t, nil
}

// accumulate adds the weights of feature key into scores.
func (t *posTagger) accumulate(key []byte, scores []float32) {
	i, ok := t.feats[string(key)] // looked up without a copy
	if !ok {
		return
	}
	lo, hi := t.pairOff[i], t.pairOff[i+1]
	ids, wts := t.classIDs[lo:hi], t.weights[lo:hi]
	for j := range ids {
		scores[ids[j]] += 1 * wts[j]
	}
}

var (
	noneTag = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepTag = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// emoticons are tagged SYM: prose's emoticon set (internal/emoticon).
var emoticons = setOf(`(-8 (-; (-_-) (._.) (: (= (o: (¬_¬) (ಠ_ಠ) (╯°□°）╯︵┻━┻ -__- 8-) 8-D 8D :( :((
:((( :() :))) :-) :-)) :-))) :-* :-/ :-X :-] :-o :-p :-x :-| :-} :0 :3 :P :] :` + "`( :`) :`-(" + ` :o :o) =(
=) =D =| @_@ O.o O_o V_V XDD [-: ^___^ o_0 o_O o_o v_v xD xDD ¯\(ツ)/¯`)

// wordTagger gives the part-of-speech tags of a stretch of one sentence:
// posTagger, or prose's own tagger when posTagger cannot read the model.
type wordTagger interface {
	tag(s *tagScratch, words []string, tags []string)
}

// proseTagger is prose's tagger, the fallback.
type proseTagger struct{ *tag.Tagger }

func (p proseTagger) tag(s *tagScratch, words []string, tags []string) {
	s.tokens = s.tokens[:0]
	for _, w := range words {
		s.tokens = append(s.tokens, ptoken.Token{Text: w})
	}
	p.TagTokens(s.tokens)
	for k, t := range s.tokens {
		tags[k] = t.Tag
	}
}

// tagWindowBuf is what tagOf keeps between calls: the words and tags of
// the last window and the tagger's working memory.
type tagWindowBuf struct {
	words, tags []string
	scratch     tagScratch
}

// loadPOSTagger reads the model once per process: about 20 ms.
var loadPOSTagger = sync.OnceValues(newPOSTagger)

// newWordTagger returns posTagger, or prose's tagger if the model cannot be
// read that way.
func newWordTagger() (wordTagger, error) {
	if t, err := loadPOSTagger(); err == nil {
		return t, nil
	}
	tg, err := tag.New()
	if err != nil {
		return nil, err
	}
	return proseTagger{tg}, nil
}

// tagScratch is posTagger's working memory, kept by a doc between calls.
type tagScratch struct {
	ctx    []string
	scores []float32
	key    []byte
	tokens []ptoken.Token // proseTagger's
}

// tag writes the tags of words, a stretch of one sentence, into tags,
// working in s, which the caller keeps from one call to the next.
func (t *posTagger) tag(s *tagScratch, words []string, tags []string) {
	if len(words) == 0 {
		return
	}
	if cap(s.ctx) < len(words)+4 {
		s.ctx = make([]string, len(words)+4)
	}
	s.ctx = s.ctx[:len(words)+4]
	if len(s.scores) != len(t.classes) {
		s.scores = make([]float32, len(t.classes))
	}
	ctx := s.ctx
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalizeWord(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		tg := t.tagOne(s, i, w, p1, p2)
		tags[i] = tg
		p2, p1 = p1, tg
	}
}

func (t *posTagger) tagOne(s *tagScratch, i int, word, p1, p2 string) string {
	switch {
	case word == "-":
		return "-"
	case emoticons[word]:
		return "SYM"
	case strings.HasPrefix(word, "@"):
		return "NN"
	case noneTag.MatchString(word):
		return "-NONE-"
	case keepTag.MatchString(word):
		return word
	}
	if id, ok := t.tagMap[word]; ok {
		return t.classes[id]
	}
	return t.predict(s, i, word, p1, p2)
}

func (t *posTagger) predict(s *tagScratch, i int, word, p1, p2 string) string {
	ctx := s.ctx
	copy(s.scores, t.bias)
	i += 2
	t.feat(s, "i suffix ", suffixOf(word, 3))
	t.feat(s, "i pref1 ", prefix1(word))
	t.feat(s, "i-1 tag ", p1)
	t.feat(s, "i-2 tag ", p2)
	t.feat(s, "i tag+i-2 tag ", p1, " ", p2)
	t.feat(s, "i word ", ctx[i])
	t.feat(s, "i-1 tag+i word ", p1, " ", ctx[i])
	t.feat(s, "i-1 word ", ctx[i-1])
	t.feat(s, "i-1 suffix ", suffixOf(ctx[i-1], 3))
	t.feat(s, "i-2 word ", ctx[i-2])
	t.feat(s, "i+1 word ", ctx[i+1])
	t.feat(s, "i+1 suffix ", suffixOf(ctx[i+1], 3))
	t.feat(s, "i+2 word ", ctx[i+2])
	best, bestID := float32(math.Inf(-1)), -1
	for id, sc := range s.scores {
		if sc > best {
			best, bestID = sc, id
		}
	}
	if bestID < 0 {
		return ""
	}
	return t.classes[bestID]
}

func (t *posTagger) feat(s *tagScratch, parts ...string) {
	s.key = s.key[:0]
	for _, p := range parts {
		s.key = append(s.key, p...)
	}
	t.accumulate(s.key, s.scores)
}

func suffixOf(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

func prefix1(w string) string {
	if w == "" {
		return ""
	}
	return w[:1]
}

// normalizeWord is the tagger's view of a word in context.
func normalizeWord(word string) string {
	if word == "" {
		return word
	}
	first := word[0]
	if first != '-' && strings.IndexByte(word, '-') >= 0 {
		return "!HYPHEN"
	}
	if len(word) == 4 && isDecimalInt(word) {
		return "!YEAR"
	}
	if first >= '0' && first <= '9' {
		return "!DIGITS"
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf {
			return strings.ToLower(word)
		}
	}
	return word
}

func isDecimalInt(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
