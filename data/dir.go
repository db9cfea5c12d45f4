package data

import (
	"errors"
	"io/fs"
	"os"
	"strings"
)

// dirFS is a dataset directory on disk, read through an os.Root: a path,
// or a symbolic link, that leads out of the directory is refused, and so
// is anything but a regular file. A named pipe would make a read wait
// forever for a writer, a device (a link to /dev/tty) would read the
// keyboard as a city, and a link out of the directory would read, and
// quote the keys of, a file the dataset does not hold.
type dirFS struct{ root *os.Root }

// ReadDir implements fs.ReadDirFS.
func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.root.FS(), name) }

// Open implements fs.FS: a regular file inside the directory, opened
// without waiting (a pipe that became one since it was looked at does not
// block) and checked again once open.
func (d dirFS) Open(name string) (fs.File, error) {
	info, err := d.root.Stat(name)
	if err != nil {
		return nil, explainRootError(name, err)
	}
	if err := regular(name, info); err != nil {
		return nil, err
	}
	f, err := d.root.OpenFile(name, os.O_RDONLY|openNoWait, 0)
	if err != nil {
		return nil, explainRootError(name, err)
	}
	opened, err := f.Stat()
	if err == nil {
		err = regular(name, opened)
	}
	if err == nil && !os.SameFile(info, opened) {
		err = &fs.PathError{Op: "open", Path: name, Err: errors.New("the file changed while it was opened")}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// regular returns nil for a regular file, and otherwise an error that
// says what the file is instead.
func regular(name string, info fs.FileInfo) error {
	if info.Mode().IsRegular() {
		return nil
	}
	var what string
	switch m := info.Mode(); {
	case m.IsDir():
		what = "is a directory"
	case m&fs.ModeNamedPipe != 0:
		what = "is a named pipe, not a file: a dataset holds regular files only"
	case m&fs.ModeSocket != 0:
		what = "is a socket, not a file: a dataset holds regular files only"
	case m&fs.ModeDevice != 0:
		what = "is a device, not a file: a dataset holds regular files only"
	default:
		what = "is not a regular file: a dataset holds regular files only"
	}
	return &fs.PathError{Op: "open", Path: name, Err: errors.New(what)}
}

// explainRootError says in words why os.Root refused a name: most often,
// a link that leads out of the directory.
func explainRootError(name string, err error) error {
	if strings.Contains(err.Error(), "path escapes from parent") {
		// os.Root says so in words only (errPathEscapes is unexported).
		return &fs.PathError{Op: "open", Path: name, Err: errors.New("is a link that leads out of the dataset directory: a dataset holds its own files only")}
	}
	return err
}
