package data

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Error is one problem in a dataset, located by file and line.
type Error struct {
	Path string // the file as the user named it
	Line int    // 1-based; 0 when the problem concerns no single file
	Msg  string
}

// Error formats the problem as path:line: message, the form editors and
// terminals recognise.
func (e Error) Error() string {
	if e.Line == 0 {
		return e.Path + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
}

// Errors are all the problems found in a dataset, sorted by file and line.
type Errors []Error

// Error lists every problem, one per line.
func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// sorted returns the errors ordered by file and line, or nil when there
// are none.
func (es Errors) sorted() error {
	if len(es) == 0 {
		return nil
	}
	slices.SortStableFunc(es, func(a, b Error) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
	return es
}
