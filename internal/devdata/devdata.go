// Package devdata reads the texts of JSON Lines corpora for tests and
// benchmarks: the development sets beside the repository
// (../shared/data), which a user's clone lacks, and the files under
// testdata.
package devdata

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Texts returns the non-empty "text" field of every line of the JSON Lines
// file at path whose "id" starts with prefix, in file order. A missing file
// is an error the caller can tell by os.IsNotExist (or errors.Is with
// fs.ErrNotExist), to skip on.
func Texts(path, prefix string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	// Novels are whole documents on one line.
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if strings.HasPrefix(rec.ID, prefix) && rec.Text != "" {
			texts = append(texts, rec.Text)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return texts, nil
}
