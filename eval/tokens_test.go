package eval

import (
	"slices"
	"testing"
)

func TestWordStarts(t *testing.T) {
	tests := []struct {
		text  string
		start int
		want  []int
	}{
		{"", 0, nil},
		{"  ,.", 5, nil},
		{"China’s net", 10, []int{10, 16, 18}},
		{"snake_case 4.5", 0, []int{0, 11, 13}},
		{"你好 wörld", 3, []int{3, 6}},
		{"ﬁne—done", 0, []int{0, 4}},
	}
	for _, tt := range tests {
		if got := wordStarts(nil, tt.text, tt.start); !slices.Equal(got, tt.want) {
			t.Errorf("wordStarts(%q, %d) = %v, want %v", tt.text, tt.start, got, tt.want)
		}
	}
}

func TestTrimmedSpan(t *testing.T) {
	tests := []struct {
		text       string
		start      int
		wantS, wnE int
	}{
		{"hello", 2, 2, 7},
		{"“Hello,” ", 10, 11, 16},
		{" (¿Qué?) ", 0, 3, 6},
		{"...", 4, 7, 7},
		{"", 4, 4, 4},
		{"a+b", 0, 0, 3}, // + is a symbol (Sm), not punctuation
	}
	for _, tt := range tests {
		s, e := trimmedSpan(tt.text, tt.start)
		if s != tt.wantS || e != tt.wnE {
			t.Errorf("trimmedSpan(%q, %d) = %d, %d; want %d, %d", tt.text, tt.start, s, e, tt.wantS, tt.wnE)
		}
	}
}

func TestNormalizeName(t *testing.T) {
	tests := map[string]string{
		"Robert D. Hormats":    "robert d hormats",
		"  ROBERT   D HORMATS": "robert d hormats",
		"Ｈｏｒｍａｔｓ":              "hormats",
		"O’Neil":               "o neil",
		"Ēmile":                "ēmile",
		"—":                    "",
	}
	for in, want := range tests {
		if got := normalizeName(in); got != want {
			t.Errorf("normalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRuneIndexSlice(t *testing.T) {
	ix := newRuneIndex("aé你b")
	for _, tt := range []struct {
		s, e int
		want string
		ok   bool
	}{
		{0, 4, "aé你b", true}, {1, 3, "é你", true}, {4, 4, "", true},
		{-1, 2, "", false}, {3, 2, "", false}, {0, 5, "", false},
	} {
		got, ok := ix.slice(tt.s, tt.e)
		if got != tt.want || ok != tt.ok {
			t.Errorf("slice(%d, %d) = %q, %v; want %q, %v", tt.s, tt.e, got, ok, tt.want, tt.ok)
		}
	}
}
