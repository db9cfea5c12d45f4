package data

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/ruse-twins/ruse-twins/model"
)

// cityFile is one decoded data file: where it is (to find the line of any
// field), the city it holds, and the fields that could not be decoded
// (whose problems are already reported).
//
// The syntax tree that lines are found in is dropped once the file is
// decoded, and the file read and parsed again only when it has a problem
// to locate: a tree is many times the size of its text, and ten thousand
// of them kept until the whole dataset is validated made loading spend
// most of its time in the garbage collector; a hundred thousand texts kept
// took a few hundred megabytes.
type cityFile struct {
	path string
	fsys fs.FS
	name string
	root ast.Node // its syntax tree, while it is at hand
	city model.City
	dec  decoder
}

// readCity reads, checks, parses and converts one file. It returns nil and
// the errors when the file cannot be read as a city at all; otherwise the
// city as far as it could be decoded, and every problem found on the way.
func readCity(fsys fs.FS, name, shown string) (*cityFile, Errors) {
	b, err := readBounded(fsys, name)
	if err != nil {
		return nil, Errors{{shown, 1, "cannot read: " + describeFSError(err)}}
	}
	if errs := checkBytes(shown, b); len(errs) > 0 {
		return nil, errs
	}
	root, errs := parse(shown, b)
	if root == nil {
		return nil, errs
	}
	f := &cityFile{path: shown, fsys: fsys, name: name, root: root}
	more := 0
	f.dec = decoder{
		report: func(line int, msg string) {
			if len(errs) < maxFileErrors {
				errs = append(errs, Error{shown, line, msg})
			} else {
				more++
			}
		},
		bad: map[string]bool{},
	}
	var raw city
	f.dec.decode(root, reflect.ValueOf(&raw).Elem(), "")
	if more > 0 {
		errs = append(errs, Error{shown, errs[len(errs)-1].Line, fmt.Sprintf("and %d more problems of the same kinds in this file", more)})
	}
	c, convErrs := convert(raw)
	f.city = c
	errs = append(errs, f.locate(convErrs)...)
	f.root = nil
	return f, errs
}

// maxFileErrors is the most decoding problems told of one file: a file
// with an alias on every one of ten thousand lines needs its first few
// told, not ten thousand lines of the same.
const maxFileErrors = 50

// parse parses a file's text into the syntax tree of its one document;
// nil and the error when it is not YAML, or not one document. Repeated
// keys are left for the decoder, which reports them all.
func parse(shown string, b []byte) (ast.Node, Errors) {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, Errors{{shown, 1, "the file is empty: a city needs at least id, name and country"}}
	}
	file, err := parser.ParseBytes(b, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		return nil, Errors{yamlError(shown, err)}
	}
	if len(file.Docs) != 1 || file.Docs[0].Body == nil {
		return nil, Errors{{shown, 1, "a city file holds exactly one YAML document"}}
	}
	return file.Docs[0].Body, nil
}

// yamlError turns an error of the YAML parser into a located Error.
func yamlError(shown string, err error) Error {
	var ye yaml.Error
	if !errors.As(err, &ye) || ye.GetToken() == nil {
		return Error{shown, 1, err.Error()}
	}
	return Error{shown, ye.GetToken().Position.Line, ye.GetMessage()}
}

// kindWords names what a Go type holds in a content keeper's words.
func kindWords(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Float32, reflect.Float64, reflect.Int, reflect.Int64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	case reflect.Pointer:
		return kindWords(t.Elem())
	}
	return "a group of keys"
}

// foundWords names what a node holds: a list, a group of keys, or the
// value itself, quoted (and cut short when long).
func foundWords(n ast.Node) string {
	switch n.(type) {
	case *ast.SequenceNode:
		return "a list"
	case ast.MapNode:
		return "a group of keys"
	}
	v := n.GetToken().Value
	if r := []rune(v); len(r) > 40 {
		v = string(r[:40]) + "…"
	}
	return strconv.Quote(v)
}

// fieldError is a problem with a field, named by its path in the file.
type fieldError struct {
	field string // "events[1].date"; "" for the file as a whole
	msg   string
}

// locate finds the line of each field error in the file's syntax tree,
// leaving out those about a field that could not be decoded, whose
// problem is already told.
func (f *cityFile) locate(errs []fieldError) Errors {
	out := make(Errors, 0, len(errs))
	for _, e := range errs {
		if !f.dec.covers(e.field) {
			out = append(out, Error{f.path, f.line(e.field, 0), e.msg})
		}
	}
	return out
}

// line returns the line of a field, or of line n of its text (from 1; 0
// for the field itself); for a field that is absent, the line of the
// nearest enclosing one that is present.
func (f *cityFile) line(field string, n int) int {
	if f.root == nil && !f.parse() {
		return 1
	}
	for ; field != ""; field, n = parent(field), 0 {
		p, err := yaml.PathString("$." + field)
		if err != nil {
			continue
		}
		if node, err := p.FilterNode(f.root); err == nil && node != nil {
			line := node.GetToken().Position.Line
			switch {
			case n == 0:
				return line
			case isBlock(node):
				// A block scalar's text starts on the line after its | or >.
				return line + n
			}
			return line + n - 1
		}
	}
	return f.root.GetToken().Position.Line
}

// isBlock reports whether a node is a block scalar (| or >).
func isBlock(n ast.Node) bool {
	_, ok := n.(*ast.LiteralNode)
	return ok
}

// parse reads and parses the file again, as readCity did, for its tree.
func (f *cityFile) parse() bool {
	b, err := readBounded(f.fsys, f.name)
	if err != nil {
		return false
	}
	f.root, _ = parse(f.path, b)
	return f.root != nil
}

// parent drops the last step of a field path: "a.b[2]" → "a.b" → "a".
func parent(field string) string {
	i := strings.LastIndexAny(field, ".[")
	if i < 0 {
		return ""
	}
	return field[:i]
}

// problems locates the model's validation problems in their files.
func problems(shown string, files []*cityFile, ps []model.Problem) Errors {
	var errs Errors
	for _, p := range ps {
		if p.City < 0 || p.City >= len(files) {
			errs = append(errs, Error{Path: shown, Msg: p.Msg})
			continue
		}
		f := files[p.City]
		if !f.dec.covers(p.Field) {
			errs = append(errs, Error{f.path, f.line(p.Field, p.Line), p.Msg})
		}
	}
	return errs
}
