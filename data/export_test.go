package data

import (
	"io/fs"

	"github.com/ruse-twins/ruse-twins/model"
)

// LoadFS returns the dataset in the root of a file system; shown names that
// root in errors.
func LoadFS(fsys fs.FS, shown string) (model.Dataset, error) {
	return load(fsys, shown)
}

// LoadEmbedded is loadEmbedded, to load other files than the embedded
// ones as if they were.
var LoadEmbedded = loadEmbedded

// GeneratedDigest is the digest that the generated values record.
const GeneratedDigest = generatedDigest
