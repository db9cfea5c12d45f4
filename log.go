package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"

	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// openLog opens the kiosk's log for appending, creating it if need be. It
// is opened before the program runs, so that a wrong path is told at once
// rather than lost with the first error; it must be a regular file (or
// not yet exist), and it is opened without waiting, as a named pipe
// without a reader would hold the start for good.
func openLog(path string) (*os.File, error) {
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return nil, logError(path, errors.New("is not a regular file (a log is appended to a file)"))
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0o640)
	if err != nil {
		return nil, logError(path, err)
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, logError(path, errors.New("is not a regular file (a log is appended to a file)"))
	}
	return f, nil
}

// logError says what is wrong with the path of --log, which is shown
// quoted (it comes from the command line), without the path again.
func logError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("--log %s: %v", termsafe.Quote(path), err)
}
