package data

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"strconv"

	"github.com/ruse-twins/ruse-twins/model"
)

// The embedded files are decoded when the app is built rather than each
// time it starts: go generate writes their dataset as Go values into
// embedded_gen.go, with the digest of the files it decoded. A test fails
// when that file is not what the files give.
//
//go:generate go run ./gen

// loadEmbedded returns the dataset of the embedded files fsys: the
// generated values when they were decoded from these very files, else
// the files decoded, so that an edit of a file is never lost for want of
// go generate.
func loadEmbedded(fsys fs.FS, digest string, values func() model.Dataset) (model.Dataset, error) {
	if d, err := Digest(fsys); err == nil && d == digest {
		return values(), nil
	}
	return load(fsys, EmbeddedDir)
}

// LoadYAML returns the embedded dataset decoded from its YAML files, as
// LoadDir decodes a directory: what validate checks, and what the
// generated values are made from.
func LoadYAML() (model.Dataset, error) {
	sub, err := embeddedFiles()
	if err != nil {
		return model.Dataset{}, err
	}
	return load(sub, EmbeddedDir)
}

// EmbeddedDigest returns the Digest of the embedded files.
func EmbeddedDigest() (string, error) {
	sub, err := embeddedFiles()
	if err != nil {
		return "", err
	}
	return Digest(sub)
}

// embeddedFiles returns the embedded data files, at the root.
func embeddedFiles() (fs.FS, error) { return fs.Sub(embedded, "cities") }

// Digest returns the SHA-256, in hex, of the files in the root of fsys:
// of their names and of each one's SHA-256, in name order.
func Digest(fsys fs.FS) (string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, e := range entries {
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256(b)
		io.WriteString(h, strconv.Quote(e.Name()))
		h.Write(sum[:])
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
