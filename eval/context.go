package eval

import (
	"strings"
	"unicode"
)

// contextChars is how many code points of text an error's context shows on
// each side of its span.
const contextChars = 60

// context returns the text around the span case c is about, or nil for a
// document-level case or a span outside the text. The strings are fresh
// copies: a kept case must not hold the whole document alive.
func (d *document) context(c ErrorCase) *Context {
	ref, ok := c.span()
	if !ok {
		return nil
	}
	ix := d.index()
	n := ix.len()
	if ref.Start < 0 || ref.End < ref.Start || ref.End > n {
		return nil
	}
	before, _ := ix.slice(max(0, ref.Start-contextChars), ref.Start)
	after, _ := ix.slice(ref.End, min(n, ref.End+contextChars))
	// Outer edges are trimmed, the edges touching the span kept: they show
	// whether the span starts or ends inside a word.
	return &Context{Before: strings.TrimLeft(squeeze(before), " "), After: strings.TrimRight(squeeze(after), " ")}
}

// squeeze copies s with each run of white space turned into one space, so a
// context reads on one line.
func squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
