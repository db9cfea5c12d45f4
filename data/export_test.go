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
