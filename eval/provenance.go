package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
)

// Provenance says what produced a report, so that a figure quoted in a paper
// can be traced back to the program and the exact inputs. It holds no
// time stamp: the same program on the same inputs writes the same report.
type Provenance struct {
	// Tool is the command that wrote the report, "saidwho eval".
	Tool string `json:"tool"`
	// Version is the program's version string; Commit and Modified come
	// from the VCS stamp of its build, when it has one.
	Version   string `json:"version"`
	Commit    string `json:"commit,omitempty"`
	Modified  bool   `json:"modified,omitempty"`
	GoVersion string `json:"go_version,omitempty"`
	// Args is the command line after the program name.
	Args []string `json:"args"`
	// Inputs lists every file read, with its SHA-256.
	Inputs []InputFile `json:"inputs"`
	// Note says anything else a reader must know, such as predictions made
	// by saidwho itself rather than read from a file.
	Note string `json:"note,omitempty"`
}

// InputFile identifies one input of a report by content.
type InputFile struct {
	// Role is "gold", "predictions" or "baseline".
	Role   string `json:"role"`
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Bytes  int64  `json:"bytes"`
}

// Digest hashes a stream as it is read, so an input is hashed in the same
// single pass that scores it.
type Digest struct {
	r io.Reader
	h hash.Hash
	n int64
}

// NewDigest returns a reader of r that hashes what passes through it.
func NewDigest(r io.Reader) *Digest {
	return &Digest{r: r, h: sha256.New()}
}

// Read reads from the underlying stream.
func (d *Digest) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	d.h.Write(p[:n])
	d.n += int64(n)
	return n, err
}

// Finish reads whatever the scorer left unread (it may stop early) and
// returns the SHA-256 of the whole stream in hex and its size in bytes.
func (d *Digest) Finish() (string, int64, error) {
	if _, err := io.Copy(io.Discard, d); err != nil {
		return "", 0, fmt.Errorf("hash input: %w", err)
	}
	return hex.EncodeToString(d.h.Sum(nil)), d.n, nil
}
