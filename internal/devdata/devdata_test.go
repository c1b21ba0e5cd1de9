package devdata

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestTexts(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.jsonl")
	data := `{"id":"news/1","text":"One."}
{"id":"news/2","text":""}
{"id":"fiction/1","text":"Two."}
{"id":"news/3","text":"Three."}
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Texts(path, "news/")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"One.", "Three."}; !slices.Equal(got, want) {
		t.Errorf("Texts = %q, want %q", got, want)
	}
	if _, err := Texts(filepath.Join(dir, "absent.jsonl"), ""); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("absent file: err = %v, want fs.ErrNotExist", err)
	}
	if err := os.WriteFile(path, []byte("{\"id\":\"x\",\"text\":\"ok\"}\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Texts(path, ""); err == nil {
		t.Error("a line that is not JSON: no error")
	}
}
