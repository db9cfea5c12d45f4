// Package data holds the embedded dataset of Ruse's partner cities, one
// YAML file per city, and loads it, or a directory of the same format, into
// a validated model.Dataset. Every problem is reported at once, each with
// its file and line; nothing is ever written.
package data

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/ruse-twins/ruse-twins/model"
)

//go:embed cities/*.yaml
var embedded embed.FS

// MaxFileSize is the largest data file accepted. A city file is a few
// kilobytes; anything near this is a mistake and is refused unread.
const MaxFileSize = 10 << 20

// EmbeddedDir is how the embedded dataset's files are named in errors.
const EmbeddedDir = "data/cities"

// Load returns the embedded dataset.
func Load() (model.Dataset, error) {
	sub, err := fs.Sub(embedded, "cities")
	if err != nil {
		return model.Dataset{}, err
	}
	return load(sub, EmbeddedDir)
}

// LoadDir returns the dataset in a directory of YAML files of the same
// format as the embedded one. Only regular files inside the directory are
// read (see dirFS), each at most MaxFileSize.
func LoadDir(dir string) (model.Dataset, error) {
	info, err := os.Stat(dir)
	switch {
	case err != nil:
		return model.Dataset{}, Errors{{Path: dir, Msg: "cannot open the dataset: " + describeFSError(err)}}
	case !info.IsDir():
		return model.Dataset{}, Errors{{Path: dir, Msg: "is a file, not a dataset directory of .yaml files"}}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return model.Dataset{}, Errors{{Path: dir, Msg: "cannot open the dataset: " + describeFSError(err)}}
	}
	defer root.Close()
	return load(dirFS{root}, dir)
}

// load reads every .yaml file of a directory, in name order, and validates
// the whole dataset. shown is the directory as the user knows it.
func load(fsys fs.FS, shown string) (model.Dataset, error) {
	names, err := cityFiles(fsys, shown)
	if err != nil {
		return model.Dataset{}, err
	}
	var (
		errs   Errors
		files  []*cityFile
		cities []model.City
	)
	for _, r := range readCities(fsys, names, shown) {
		errs = append(errs, r.errs...)
		if r.file != nil {
			files = append(files, r.file)
			cities = append(cities, r.file.city)
		}
	}
	ps := model.Validate(cities)
	if len(files) < len(names) {
		// A file that could not be read may be the home city: do not
		// blame the dataset for a missing one.
		ps = slices.DeleteFunc(ps, func(p model.Problem) bool { return p.City < 0 })
	}
	errs = append(errs, problems(shown, files, ps)...)
	if err := errs.sorted(); err != nil {
		return model.Dataset{}, err
	}
	return assemble(cities), nil
}

// read is what readCity made of one file.
type read struct {
	file *cityFile
	errs Errors
}

// readCities reads the named files, in their order, on as many goroutines
// as there are processors: parsing YAML is most of the time to the first
// frame that the app adds to its libraries', and each file is parsed on
// its own.
func readCities(fsys fs.FS, names []string, shown string) []read {
	out := make([]read, len(names))
	var next atomic.Int64
	work := func() {
		for i := int(next.Add(1)) - 1; i < len(names); i = int(next.Add(1)) - 1 {
			f, errs := readCity(fsys, names[i], filepath.Join(shown, names[i]))
			out[i] = read{f, errs}
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	return out
}

// cityFiles lists the data files of a directory, refusing one without any.
func cityFiles(fsys fs.FS, shown string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, Errors{{Path: shown, Msg: "cannot list the dataset: " + describeFSError(err)}}
	}
	var names []string
	var errs Errors
	for _, e := range entries {
		name, ext := e.Name(), path.Ext(e.Name())
		switch {
		case strings.HasPrefix(name, "."):
			// Hidden: an editor's or a system's own file, not the
			// content keeper's.
		case ext == ".yaml":
			names = append(names, name)
		case strings.EqualFold(ext, ".yaml") || strings.EqualFold(ext, ".yml"):
			errs = append(errs, Error{Path: filepath.Join(shown, name), Line: 1, Msg: fmt.Sprintf("data files must end in .yaml, not %s", ext)})
		}
	}
	if len(names) == 0 && len(errs) == 0 {
		errs = append(errs, Error{Path: shown, Msg: "no data: the directory has no .yaml files"})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	slices.Sort(names)
	return names, nil
}

// readBounded reads a file, refusing one larger than MaxFileSize without
// reading all of it.
func readBounded(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("the file is larger than %d MB", MaxFileSize>>20)
	}
	return b, nil
}

// describeFSError turns a file-system error into words without repeating
// the path, which the message already starts with.
func describeFSError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}

// assemble puts the home city apart from the partners and orders these by
// the year their partnership began, undated last, then by id.
func assemble(cities []model.City) model.Dataset {
	var ds model.Dataset
	for _, c := range cities {
		if c.Home {
			ds.Home = c
		} else {
			ds.Partners = append(ds.Partners, c)
		}
	}
	slices.SortStableFunc(ds.Partners, func(a, b model.City) int {
		ya, oka := a.Since()
		yb, okb := b.Since()
		switch {
		case oka != okb && oka:
			return -1
		case oka != okb:
			return 1
		case ya != yb:
			return cmp.Compare(ya, yb)
		}
		return strings.Compare(a.ID, b.ID)
	})
	return ds
}
