package extract

import (
	"math/rand"
	"strings"
	"testing"
)

// singleSpaced must answer as cleanName's strings.Fields and Join would.
func TestSingleSpacedMatchesFields(t *testing.T) {
	alpha := []string{"a", "B", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "é", "\xff", "’", "\u0085", "\u3000", "x"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := r.Intn(7); k > 0; k-- {
			b.WriteString(alpha[r.Intn(len(alpha))])
		}
		s := b.String()
		if got, want := singleSpaced(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Fatalf("%q: %v want %v", s, got, want)
		}
	}
}
