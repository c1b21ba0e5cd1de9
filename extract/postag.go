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
	classes []string
	// Every feature's classes and weights, feature after feature.
	classIDs []uint8
	weights  []float32
	// tagMap gives the class of each unambiguous word, and isEmoticon for
	// an emoticon (which is tagged SYM whatever the model says): one
	// look-up answers both questions tagOne asks of every word.
	tagMap map[string]int16
	bias   []float32 // the scores of the "bias" feature alone

	// The features, indexed by what they are made of rather than by their
	// strings: prose builds a key string per feature, and looking up
	// thirteen keys per word was most of tagging. A word's features are
	// found with one look-up of the word (lex), a tag's by its number
	// (tagIDs); the zero feat is a feature the model lacks.
	lexIndex map[string]int32 // word or suffix of more than 3 bytes -> index into lex
	// shortIndex is lexIndex for strings of up to 3 bytes: every suffix
	// and the commonest words, half of all look-ups, which it answers
	// without hashing and comparing strings.
	shortIndex shortTable
	lex        []lexFeats
	tagWords   []tagFeat      // the memory of every lexFeats.tagWord
	pref1      [256]feat      // "i pref1", by first byte
	pref1Nil   feat           // "i pref1" of the empty word
	tagIDs     map[string]int // every tag the features mention -> its number
	prev1      []feat         // "i-1 tag", by tag number
	prev2      []feat         // "i-2 tag"
	prev12     []feat         // "i tag+i-2 tag", by number(i-1)*len(tagIDs)+number(i-2)
	startID    [2]int         // the numbers of -START- and -START2-
}

// lexFeats are the features of one string of the model.
type lexFeats struct {
	word    [5]feat // "i word", "i-1 word", "i-2 word", "i+1 word", "i+2 word"
	suffix  [3]feat // "i suffix", "i-1 suffix", "i+1 suffix"
	tagWord []tagFeat
}

// tagFeat is an "i-1 tag+i word" feature of a word: the tag before it.
type tagFeat struct {
	tag  int
	feat feat
}

// feat is a feature of the model: where its classes and weights are.
// The tables hold this rather than the feature's number, which would take
// one more fetch from memory (its offset) per feature: tagging waits on
// memory more than it computes.
type feat struct{ lo, hi uint32 }

const (
	wordI = iota
	wordM1
	wordM2
	wordP1
	wordP2
)

const (
	sufI = iota
	sufM1
	sufP1
)

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
	pairOff := make([]uint32, nFeatures+1)
	for i := 0; i <= nFeatures; i++ {
		pairOff[i] = binary.LittleEndian.Uint32(pairs[4*i:])
	}
	if int(pairOff[nFeatures]) != nPairs {
		return nil, errors.New("corrupt part-of-speech model")
	}
	for i := 0; i < nFeatures; i++ {
		lo, hi := binary.LittleEndian.Uint32(offs[4*i:]), binary.LittleEndian.Uint32(offs[4*i+4:])
		if lo > hi || int(hi) > len(blob) || pairOff[i] > pairOff[i+1] {
			return nil, errors.New("corrupt part-of-speech model")
		}
	}
	t.classIDs = make([]uint8, nPairs)
	t.weights = make([]float32, nPairs)
	for i := range t.classIDs {
		if int(ids[i]) >= nClasses {
			return nil, errors.New("corrupt part-of-speech model")
		}
		t.classIDs[i] = ids[i]
		t.weights[i] = math.Float32frombits(binary.LittleEndian.Uint32(wts[4*i:]))
	}
	nTagMap, err := u32()
	if err != nil {
		return nil, err
	}
	t.tagMap = make(map[string]int16, nTagMap+len(emoticons))
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
		t.tagMap[w] = int16(id[0])
	}
	for e := range emoticons {
		t.tagMap[e] = isEmoticon
	}
	// One string of all the keys, which the indexes slice: a string per
	// key tripled the time to load the model.
	keys := string(blob)
	key := func(i int) string {
		return keys[binary.LittleEndian.Uint32(offs[4*i:]):binary.LittleEndian.Uint32(offs[4*i+4:])]
	}
	var bias classScores
	for i := range nFeatures {
		if key(i) == "bias" {
			t.accumulate(feat{pairOff[i], pairOff[i+1]}, &bias)
		}
	}
	t.bias = bias[:nClasses]
	t.index(nFeatures, key, pairOff)
	var short []string
	for w := range t.lexIndex {
		if len(w) <= 3 {
			short = append(short, w)
		}
	}
	t.shortIndex = newShortTable(len(short))
	for _, w := range short {
		t.shortIndex.add(shortKey(w), t.lexIndex[w])
		delete(t.lexIndex, w)
	}
	return t, nil
}

// index files each of the n features, key(i) the i-th, with its weights
// at pairOff[i]:pairOff[i+1], under what it is made of.
func (t *posTagger) index(n int, key func(int) string, pairOff []uint32) {
	t.tagIDs = make(map[string]int, 64)
	tagID := func(tag string) int {
		id, ok := t.tagIDs[tag]
		if !ok {
			id = len(t.tagIDs)
			t.tagIDs[tag] = id
		}
		return id
	}
	for _, c := range t.classes {
		tagID(c)
	}
	t.startID = [2]int{tagID("-START-"), tagID("-START2-")}
	t.lexIndex = make(map[string]int32, n/2)
	lex := func(w string) int32 {
		k, ok := t.lexIndex[w]
		if !ok {
			k = int32(len(t.lex))
			t.lexIndex[w] = k
			t.lex = append(t.lex, lexFeats{})
		}
		return k
	}
	// The tag tables are sized when every tag is numbered, and a word's
	// tag features laid out together when all are counted: until then
	// they wait here.
	type pending struct {
		a, b int   // tags; b is the word's lex index for "i-1 tag+i word"
		kind uint8 // 1 "i-1 tag", 2 "i-2 tag", 3 "i tag+i-2 tag", 4 "i-1 tag+i word"
		f    feat
	}
	var waiting []pending
	words := []string{wordI: "i word ", wordM1: "i-1 word ", wordM2: "i-2 word ", wordP1: "i+1 word ", wordP2: "i+2 word "}
	suffixes := []string{sufI: "i suffix ", sufM1: "i-1 suffix ", sufP1: "i+1 suffix "}
next:
	for i := range n {
		key, f := key(i), feat{pairOff[i], pairOff[i+1]}
		for k, pre := range words {
			if strings.HasPrefix(key, pre) {
				t.lex[lex(key[len(pre):])].word[k] = f
				continue next
			}
		}
		for k, pre := range suffixes {
			if strings.HasPrefix(key, pre) {
				t.lex[lex(key[len(pre):])].suffix[k] = f
				continue next
			}
		}
		switch {
		case strings.HasPrefix(key, "i-1 tag+i word "):
			// A key without the space is one prose never builds.
			if tag, w, ok := strings.Cut(key[len("i-1 tag+i word "):], " "); ok {
				waiting = append(waiting, pending{tagID(tag), int(lex(w)), 4, f})
			}
		case strings.HasPrefix(key, "i tag+i-2 tag "):
			if a, b, ok := strings.Cut(key[len("i tag+i-2 tag "):], " "); ok {
				waiting = append(waiting, pending{tagID(a), tagID(b), 3, f})
			}
		case strings.HasPrefix(key, "i-1 tag "):
			waiting = append(waiting, pending{tagID(key[len("i-1 tag "):]), 0, 1, f})
		case strings.HasPrefix(key, "i-2 tag "):
			waiting = append(waiting, pending{tagID(key[len("i-2 tag "):]), 0, 2, f})
		case key == "i pref1 ":
			t.pref1Nil = f
		case strings.HasPrefix(key, "i pref1 ") && len(key) == len("i pref1 ")+1:
			// prose's first "letter" is a byte.
			t.pref1[key[len(key)-1]] = f
		}
	}
	nt := len(t.tagIDs)
	t.prev1, t.prev2, t.prev12 = make([]feat, nt), make([]feat, nt), make([]feat, nt*nt)
	count := make([]int32, len(t.lex)+1)
	for _, p := range waiting {
		switch p.kind {
		case 1:
			t.prev1[p.a] = p.f
		case 2:
			t.prev2[p.a] = p.f
		case 3:
			t.prev12[p.a*nt+p.b] = p.f
		case 4:
			count[p.b+1]++
		}
	}
	for k := 1; k < len(count); k++ {
		count[k] += count[k-1]
	}
	t.tagWords = make([]tagFeat, count[len(count)-1])
	for k := range t.lex {
		t.lex[k].tagWord = t.tagWords[count[k]:count[k]:count[k+1]]
	}
	for _, p := range waiting {
		if p.kind == 4 {
			l := &t.lex[p.b]
			l.tagWord = append(l.tagWord, tagFeat{p.a, p.f})
		}
	}
}

// accumulate adds the weights of feature f into scores.
func (t *posTagger) accumulate(f feat, scores *classScores) {
	ids, wts := t.classIDs[f.lo:f.hi], t.weights[f.lo:f.hi]
	wts = wts[:len(ids)]
	for j, id := range ids {
		scores[id] += 1 * wts[j]
	}
}

// classScores are the scores of the classes, by number: as many as a
// class number (a byte) can name, so that adding a weight to one needs
// no check of the index.
type classScores [256]float32

var (
	noneTag = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepTag = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// isEmoticon marks an emoticon in posTagger.tagMap.
const isEmoticon = -1

// emoticons are tagged SYM: prose's emoticon set (internal/emoticon).
var emoticons = setOf(`(-8 (-; (-_-) (._.) (: (= (o: (¬_¬) (ಠ_ಠ) (╯°□°）╯︵┻━┻ -__- 8-) 8-D 8D :( :((
:((( :() :))) :-) :-)) :-))) :-* :-/ :-X :-] :-o :-p :-x :-| :-} :0 :3 :P :] :` + "`( :`) :`-(" + ` :o :o) =(
=) =D =| @_@ O.o O_o V_V XDD [-: ^___^ o_0 o_O o_o v_v xD xDD ¯\(ツ)/¯`)

// wordTagger gives the part-of-speech tags of a stretch of one sentence:
// posTagger, or prose's own tagger when posTagger cannot read the model.
// It tags the first len(tags) words, with all of words for context: a tag
// depends on the words after it but on no tag after it, so the tags a
// caller will not keep need not be worked out.
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
	for k := range tags {
		tags[k] = s.tokens[k].Tag
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
	ctx []string
	// lexAt and sufAt are, per place in ctx, the index in lex of its word
	// and of its suffix: -1 when the model knows none, -2 until looked up.
	lexAt, sufAt []int32
	scores       classScores
	tokens       []ptoken.Token // proseTagger's
}

// tag writes the tags of the first len(tags) of words, a stretch of one
// sentence, into tags, working in s, which the caller keeps from one call
// to the next.
func (t *posTagger) tag(s *tagScratch, words []string, tags []string) {
	if len(words) == 0 {
		return
	}
	n := len(words) + 4
	if cap(s.ctx) < n {
		s.ctx = make([]string, n)
		s.lexAt, s.sufAt = make([]int32, n), make([]int32, n)
	}
	s.ctx, s.lexAt, s.sufAt = s.ctx[:n], s.lexAt[:n], s.sufAt[:n]
	for k := range s.lexAt {
		s.lexAt[k], s.sufAt[k] = -2, -2
	}
	ctx := s.ctx
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalizeWord(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	p1, p2 := t.startID[0], t.startID[1]
	for i, w := range words[:len(tags)] {
		tg, id := t.tagOne(s, i, w, p1, p2)
		tags[i] = tg
		p2, p1 = p1, id
	}
}

// tagOne returns the tag of words[i] and its number in tagIDs, -1 for a
// tag no feature mentions; p1 and p2 are the numbers of the two tags before.
func (t *posTagger) tagOne(s *tagScratch, i int, word string, p1, p2 int) (string, int) {
	fixed, known := t.tagMap[word]
	special := ""
	switch {
	case word == "-":
		special = "-"
	case known && fixed == isEmoticon:
		special = "SYM"
	case strings.HasPrefix(word, "@"):
		special = "NN"
	// The regular expressions are tried only on words that can match
	// them: they cost more than all the rest of tagging a known word.
	case (word == "0" || word != "" && word[0] == '*') && noneTag.MatchString(word):
		special = "-NONE-"
	case len(word) == 5 && word[0] == '-' && keepTag.MatchString(word):
		special = word
	}
	if special != "" {
		id, ok := t.tagIDs[special]
		if !ok {
			id = -1
		}
		return special, id
	}
	if known {
		return t.classes[fixed], int(fixed) // classes are the first tags numbered
	}
	id := t.predict(s, i, word, p1, p2)
	if id < 0 {
		return "", -1
	}
	return t.classes[id], id
}

// lexOf returns the index in lex of w, or -1.
func (t *posTagger) lexOf(w string) int32 {
	if len(w) <= 3 {
		return t.shortIndex.find(shortKey(w))
	}
	if k, ok := t.lexIndex[w]; ok {
		return k
	}
	return -1
}

// shortKey packs a string of up to 3 bytes and its length into a number,
// never 0.
func shortKey(w string) uint32 {
	k := 1<<31 | uint32(len(w))<<24
	for i := 0; i < len(w); i++ {
		k |= uint32(w[i]) << (8 * (2 - i))
	}
	return k
}

// shortTable maps shortKeys to lex indexes: an open-addressing hash table
// a quarter full, so that a look-up is a multiplication and, mostly, one
// slot read.
type shortTable struct {
	slots []shortSlot // key 0 is an empty slot
	shift uint
}

type shortSlot struct {
	key uint32
	lex int32
}

func newShortTable(n int) shortTable {
	bits := uint(4)
	for 1<<bits < 4*n {
		bits++
	}
	return shortTable{slots: make([]shortSlot, 1<<bits), shift: 32 - bits}
}

func (t *shortTable) add(key uint32, lex int32) {
	mask := uint32(len(t.slots) - 1)
	for h := (key * 0x9E3779B1) >> t.shift; ; h = (h + 1) & mask {
		if t.slots[h].key == 0 || t.slots[h].key == key {
			t.slots[h] = shortSlot{key, lex}
			return
		}
	}
}

// find returns the lex index of key, or -1.
func (t *shortTable) find(key uint32) int32 {
	mask := uint32(len(t.slots) - 1)
	for h := (key * 0x9E3779B1) >> t.shift; ; h = (h + 1) & mask {
		switch t.slots[h].key {
		case key:
			return t.slots[h].lex
		case 0:
			return -1
		}
	}
}

// wordAt returns the index in lex of ctx[k].
func (t *posTagger) wordAt(s *tagScratch, k int) int32 {
	if s.lexAt[k] == -2 {
		s.lexAt[k] = t.lexOf(s.ctx[k])
	}
	return s.lexAt[k]
}

// suffixAt returns the index in lex of the suffix of ctx[k].
func (t *posTagger) suffixAt(s *tagScratch, k int) int32 {
	if s.sufAt[k] == -2 {
		s.sufAt[k] = t.lexOf(suffixOf(s.ctx[k], 3))
	}
	return s.sufAt[k]
}

// predict returns the class the model scores highest for words[i], or -1.
// The features are added in prose's order, so that the float sums round
// as prose's do.
func (t *posTagger) predict(s *tagScratch, i int, word string, p1, p2 int) int {
	scores := &s.scores
	copy(scores[:], t.bias)
	i += 2
	word1 := func(k int32, which int) {
		if k >= 0 {
			t.accumulate(t.lex[k].word[which], scores)
		}
	}
	suffix1 := func(k int32, which int) {
		if k >= 0 {
			t.accumulate(t.lex[k].suffix[which], scores)
		}
	}
	suffix1(t.lexOf(suffixOf(word, 3)), sufI)
	if word != "" {
		t.accumulate(t.pref1[word[0]], scores)
	} else {
		t.accumulate(t.pref1Nil, scores)
	}
	n := len(t.tagIDs)
	if p1 >= 0 {
		t.accumulate(t.prev1[p1], scores)
	}
	if p2 >= 0 {
		t.accumulate(t.prev2[p2], scores)
	}
	if p1 >= 0 && p2 >= 0 {
		t.accumulate(t.prev12[p1*n+p2], scores)
	}
	wi := t.wordAt(s, i)
	word1(wi, wordI)
	if wi >= 0 && p1 >= 0 {
		for _, tf := range t.lex[wi].tagWord {
			if tf.tag == p1 {
				t.accumulate(tf.feat, scores)
				break
			}
		}
	}
	word1(t.wordAt(s, i-1), wordM1)
	suffix1(t.suffixAt(s, i-1), sufM1)
	word1(t.wordAt(s, i-2), wordM2)
	word1(t.wordAt(s, i+1), wordP1)
	suffix1(t.suffixAt(s, i+1), sufP1)
	word1(t.wordAt(s, i+2), wordP2)
	best, bestID := float32(math.Inf(-1)), -1
	for id, sc := range scores[:len(t.classes)] {
		if sc > best {
			best, bestID = sc, id
		}
	}
	return bestID
}

func suffixOf(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
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
