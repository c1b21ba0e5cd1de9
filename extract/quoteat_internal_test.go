package extract

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// TestQuoteAtMemo holds quoteAt, which remembers its last answer, to a
// plain search of the marks, at every offset asked in a random order.
func TestQuoteAtMemo(t *testing.T) {
	texts := []string{
		`He said, "Go home." Then "she" left. "Yes," Ann said, "we will."`,
		"\"One paragraph runs on\n\n\"and on to the next,\" she said. “Curly” too.",
		`No quotation here at all.`,
		strings.Repeat(`Ann said, "go on." And “then” `, 40),
		`"`,
	}
	for _, text := range texts {
		for _, reg := range []Register{RegisterNews, RegisterFiction} {
			d := newDoc(text, defaultCues, nil, reg, nil)
			want := func(off int) int {
				k := sort.Search(len(d.marks), func(i int) bool { return d.marks[i].Open.Start > off }) - 1
				if k < 0 {
					return -1
				}
				q := d.marks[k]
				end := q.Close.End
				if q.Continues {
					end = q.Inner.End
				}
				if off < end {
					return k
				}
				return -1
			}
			r := rand.New(rand.NewSource(1))
			for range 4 * len(text) {
				off := r.Intn(len(text)+4) - 2
				if got, w := d.quoteAt(off), want(off); got != w {
					t.Fatalf("%q: quoteAt(%d) = %d, want %d", text, off, got, w)
				}
			}
		}
	}
}
