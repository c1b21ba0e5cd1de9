package extract

import (
	"strings"
	"testing"
)

// TestIsAbbreviationLowersAsToLower holds isAbbreviation's stack lowering
// and length bound to the map look-up of strings.ToLower they replace,
// with the two runes beyond ASCII that lower into it.
func TestIsAbbreviationLowersAsToLower(t *testing.T) {
	words := []string{"Mr", "MR", "mr", "Messrs", "MESSRS", "Messrsx", "Insp", "İnsp", "İNSP", "Gov", "gOv",
		"Sept", "Jr", "No", "Etc", "Said", "Washington", "Mlle", "Mme", "Esq", "Kelvin", "\u212Anock", "Ltd", "Ülk", "Añ"}
	for w := range abbreviations {
		words = append(words, w, strings.ToUpper(w))
	}
	for _, w := range words {
		if strings.Contains(w, ".") || strings.Contains(w, "-") || len([]rune(w)) == 1 {
			continue
		}
		if got, want := isAbbreviation(w), abbreviations[strings.ToLower(w)]; got != want {
			t.Errorf("isAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}
