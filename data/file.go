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
	"github.com/goccy/go-yaml/token"
	"github.com/ruse-twins/ruse-twins/model"
)

// cityFile is one decoded data file: where it is (to find the line of any
// field) and the city it holds.
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
}

// readCity reads, checks, parses and converts one file. It returns nil and
// the errors when the file cannot be read as a city at all.
func readCity(fsys fs.FS, name, shown string) (*cityFile, Errors) {
	b, err := readBounded(fsys, name)
	if err != nil {
		return nil, Errors{{shown, 1, "cannot read: " + describeFSError(err)}}
	}
	if errs := checkBytes(shown, b); len(errs) > 0 {
		return nil, errs
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, Errors{{shown, 1, "the file is empty: a city needs at least id, name and country"}}
	}
	file, err := parser.ParseBytes(b, 0)
	if err != nil {
		return nil, Errors{yamlError(shown, err)}
	}
	if len(file.Docs) != 1 || file.Docs[0].Body == nil {
		return nil, Errors{{shown, 1, "a city file holds exactly one YAML document"}}
	}
	root := file.Docs[0].Body
	if errs := checkKeys(shown, root); len(errs) > 0 {
		return nil, errs
	}
	var raw city
	if err := yaml.NodeToValue(root, &raw, yaml.DisallowUnknownField()); err != nil {
		return nil, Errors{yamlError(shown, err)}
	}
	f := &cityFile{path: shown, fsys: fsys, name: name, root: root}
	c, convErrs := convert(raw)
	f.city = c
	errs := f.locate(convErrs)
	f.root = nil
	return f, errs
}

// yamlError turns an error of the YAML library into a located Error, in
// words a content keeper knows rather than Go's.
func yamlError(shown string, err error) Error {
	var ye yaml.Error
	if !errors.As(err, &ye) || ye.GetToken() == nil {
		return Error{shown, 1, err.Error()}
	}
	tk := ye.GetToken()
	msg := ye.GetMessage()
	var te *yaml.TypeError
	var ne *yaml.UnexpectedNodeTypeError
	switch {
	case errors.As(err, &te):
		msg = fmt.Sprintf("expected %s here, found %s", kindWords(te.DstType), tokenWords(tk))
	case errors.As(err, &ne):
		msg = fmt.Sprintf("expected %s here, found %s", nodeWords(ne.Expected), nodeWords(ne.Actual))
	}
	return Error{shown, tk.Position.Line, msg}
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

// tokenWords names what a token starts: a list, a group of keys, or the
// value itself, quoted.
func tokenWords(tk *token.Token) string {
	switch tk.Type {
	case token.SequenceStartType, token.SequenceEntryType:
		return "a list"
	case token.MappingStartType, token.MappingValueType:
		return "a group of keys"
	}
	return strconv.Quote(tk.Value)
}

// nodeWords names a kind of YAML node in a content keeper's words.
func nodeWords(t ast.NodeType) string {
	switch t {
	case ast.MappingType, ast.MappingValueType:
		return "a group of keys"
	case ast.SequenceType:
		return "a list"
	case ast.StringType, ast.LiteralType:
		return "text"
	}
	return "a " + strings.ToLower(t.String())
}

// fieldError is a problem with a field, named by its path in the file.
type fieldError struct {
	field string // "events[1].date"; "" for the file as a whole
	msg   string
}

// locate finds the line of each field error in the file's syntax tree.
func (f *cityFile) locate(errs []fieldError) Errors {
	out := make(Errors, 0, len(errs))
	for _, e := range errs {
		out = append(out, Error{f.path, f.line(e.field), e.msg})
	}
	return out
}

// line returns the line of a field; for a field that is absent, the line of
// the nearest enclosing one that is present.
func (f *cityFile) line(field string) int {
	if f.root == nil && !f.parse() {
		return 1
	}
	for field != "" {
		if p, err := yaml.PathString("$." + field); err == nil {
			if n, err := p.FilterNode(f.root); err == nil && n != nil {
				return n.GetToken().Position.Line
			}
		}
		field = parent(field)
	}
	return f.root.GetToken().Position.Line
}

// parse reads and parses the file again, as readCity did, for its tree.
func (f *cityFile) parse() bool {
	b, err := readBounded(f.fsys, f.name)
	if err != nil {
		return false
	}
	file, err := parser.ParseBytes(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), 0)
	if err != nil || len(file.Docs) != 1 || file.Docs[0].Body == nil {
		return false
	}
	f.root = file.Docs[0].Body
	return true
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
		errs = append(errs, Error{f.path, f.line(p.Field), p.Msg})
	}
	return errs
}
