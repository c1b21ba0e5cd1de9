package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestOffsets(t *testing.T) {
	tests := []struct {
		name string
		text string
		// byte offset -> code-point offset
		want map[int]int
	}{
		{"empty", "", map[int]int{0: 0, -1: 0, 5: 0}},
		{"ascii", "He said.", map[int]int{0: 0, 3: 3, 8: 8, 9: 8}},
		{"accents", "café noir", map[int]int{3: 3, 5: 4, 6: 5, 11: 9}},
		{"cjk", "钱说：“不”", map[int]int{3: 1, 6: 2, 9: 3, 12: 4, 15: 5, 18: 6}},
		{"emoji", "a😀b", map[int]int{1: 1, 5: 2, 6: 3}},
		{"combining", "e\u0301t\u00e9", map[int]int{1: 1, 3: 2, 4: 3, 6: 4}},
		{"invalid bytes", "a\xffb\xe4\xb8", map[int]int{2: 2, 3: 3, 5: 5}},
		{"inside a character", "a钱b", map[int]int{2: 2, 3: 3, 4: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := NewOffsets(tt.text)
			for b, want := range tt.want {
				if got := o.Rune(b); got != want {
					t.Errorf("Rune(%d) = %d, want %d", b, got, want)
				}
			}
		})
	}
}

// TestOffsetsAgreeWithRuneCount checks every byte offset of texts long enough
// to cross many checkpoints, with characters straddling their boundaries.
func TestOffsetsAgreeWithRuneCount(t *testing.T) {
	texts := []string{
		strings.Repeat("x", 200),
		strings.Repeat("x", 100) + "é" + strings.Repeat("y", 100),
		strings.Repeat("a😀", 50),
		strings.Repeat("钱", 70) + "end",
		strings.Repeat("ab\xffc\xe4\xb8", 40),
		strings.Repeat("x", 63) + "😀" + strings.Repeat("x", 60) + "😀",
	}
	for _, text := range texts {
		o := NewOffsets(text)
		for b := 0; b <= len(text); b++ {
			if got, want := o.Rune(b), utf8.RuneCountInString(text[:b]); got != want {
				t.Fatalf("%q: Rune(%d) = %d, want %d", text, b, got, want)
			}
		}
	}
}

func TestOffsetsSpan(t *testing.T) {
	text := "钱说：“不是零和”"
	o := NewOffsets(text)
	start := strings.Index(text, "不")
	end := strings.Index(text, "”")
	got := o.Span(start, end)
	if want := (Span{Start: 4, End: 8, Text: "不是零和"}); got != want {
		t.Errorf("Span(%d, %d) = %+v, want %+v", start, end, got, want)
	}
}

func BenchmarkOffsets(b *testing.B) {
	text := strings.Repeat("Il a dit « ça va » 😀. ", 1000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		o := NewOffsets(text)
		for i := 0; i < len(text); i += 97 {
			o.Rune(i)
		}
	}
}
