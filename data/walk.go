package data

import (
	"fmt"
	"math"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// decoder fills the private shape of a city file (keys.go) from a file's
// syntax tree, strictly, and goes on past every problem so that a file's
// problems are all reported at once: an unknown or repeated key, a value
// of the wrong type, a YAML tag, an anchor or alias, a number that is not
// one. The parts it could not decode are remembered (bad), so that
// validation does not report them again as missing.
//
// Tags are refused because they change what a value is (!!float "x",
// !!null 43, !<tag:x>); anchors and aliases because a dataset has no use
// for them and an alias repeated ten thousand times decodes to a hundred
// times the file's size.
type decoder struct {
	report func(line int, msg string)
	bad    map[string]bool // the fields that could not be decoded
}

// decode walks node beside v, whose field path is at.
func (d *decoder) decode(node ast.Node, v reflect.Value, at string) {
	if node = d.plain(node, at); node == nil {
		return
	}
	if _, null := node.(*ast.NullNode); null {
		return // absent: what is required is checked later
	}
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		d.decode(node, v.Elem(), at)
	case reflect.String:
		d.text(node, v, at)
	case reflect.Bool:
		d.boolean(node, v, at)
	case reflect.Float64:
		d.number(node, v, at)
	case reflect.Slice:
		d.list(node, v, at)
	case reflect.Struct:
		d.mapping(node, v, at)
	default:
		panic("data: no decoding for " + v.Type().String())
	}
}

// plain returns node, or nil with the problem reported when it is a tag,
// an anchor or an alias.
func (d *decoder) plain(node ast.Node, at string) ast.Node {
	switch n := node.(type) {
	case *ast.TagNode:
		d.fail(node, at, fmt.Sprintf("a YAML tag (%s) is not allowed: write the value itself", n.Start.Value))
		return nil
	case *ast.AnchorNode:
		d.fail(node, at, fmt.Sprintf("a YAML anchor (&%s) is not allowed: write each value out where it belongs", n.Name))
		return nil
	case *ast.AliasNode:
		d.fail(node, at, fmt.Sprintf("a YAML alias (*%s) is not allowed: write each value out where it belongs", n.Value))
		return nil
	}
	return node
}

// fail reports a problem with the value of field at, and remembers the
// field as one that could not be decoded.
func (d *decoder) fail(node ast.Node, at, msg string) {
	d.bad[at] = true
	d.report(node.GetToken().Position.Line, msg)
}

// mismatch reports a value of the wrong kind.
func (d *decoder) mismatch(node ast.Node, v reflect.Value, at string) {
	d.fail(node, at, fmt.Sprintf("expected %s here, found %s", kindWords(v.Type()), foundWords(node)))
}

// text decodes a string: any scalar, as written.
func (d *decoder) text(node ast.Node, v reflect.Value, at string) {
	switch n := node.(type) {
	case *ast.StringNode:
		v.SetString(n.Value)
	case *ast.LiteralNode:
		v.SetString(n.Value.Value)
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		// A year, a number or a word YAML reads as true: the text as
		// the content keeper wrote it.
		v.SetString(node.GetToken().Value)
	default:
		d.mismatch(node, v, at)
	}
}

// boolean decodes true or false.
func (d *decoder) boolean(node ast.Node, v reflect.Value, at string) {
	b, ok := node.(*ast.BoolNode)
	if !ok {
		d.mismatch(node, v, at)
		return
	}
	v.SetBool(b.Value)
}

// number decodes a finite number.
func (d *decoder) number(node ast.Node, v reflect.Value, at string) {
	var f float64
	switch n := node.(type) {
	case *ast.FloatNode:
		f = n.Value
	case *ast.IntegerNode:
		switch i := n.Value.(type) {
		case int64:
			f = float64(i)
		case uint64:
			f = float64(i)
		}
	case *ast.NanNode, *ast.InfinityNode:
		d.fail(node, at, fmt.Sprintf("%s is not a number of degrees: give decimal degrees such as 43.85", n.GetToken().Value))
		return
	default:
		d.mismatch(node, v, at)
		return
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		d.fail(node, at, fmt.Sprintf("%s is too large a number", node.GetToken().Value))
		return
	}
	v.SetFloat(f)
}

// list decodes a sequence.
func (d *decoder) list(node ast.Node, v reflect.Value, at string) {
	seq, ok := node.(*ast.SequenceNode)
	if !ok {
		d.mismatch(node, v, at)
		return
	}
	out := reflect.MakeSlice(v.Type(), len(seq.Values), len(seq.Values))
	for i, item := range seq.Values {
		d.decode(item, out.Index(i), fmt.Sprintf("%s[%d]", at, i))
	}
	v.Set(out)
}

// mapping decodes a group of keys into a struct, reporting every unknown
// and every repeated key.
func (d *decoder) mapping(node ast.Node, v reflect.Value, at string) {
	m, ok := node.(ast.MapNode)
	if !ok {
		d.mismatch(node, v, at)
		return
	}
	fields := yamlFields(v.Type())
	seen := map[string]bool{}
	for it := m.MapRange(); it.Next(); {
		keyNode := it.Key()
		key, line := keyNode.GetToken().Value, keyNode.GetToken().Position.Line
		i, known := fields[key]
		switch {
		case keyNode.IsMergeKey():
			d.report(line, "a YAML merge key (<<) is not allowed: write each key out")
		case !isScalarKey(keyNode):
			d.report(line, "a key must be a plain name such as name or events")
		case !known:
			d.report(line, fmt.Sprintf("unknown key %q%s: expected one of %s", key, where(at), keyList(v.Type())))
		case seen[key]:
			d.report(line, fmt.Sprintf("key %q%s appears twice", key, where(at)))
		default:
			d.decode(it.Value(), v.Field(i), join(at, key))
		}
		seen[key] = true
	}
}

// isScalarKey reports whether a key is a plain scalar, not a tag, an
// anchor, an alias or a complex key.
func isScalarKey(n ast.MapKeyNode) bool {
	switch n.(type) {
	case *ast.StringNode, *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.NullNode:
		return true
	}
	return false
}

// yamlFields maps the yaml keys of a struct type to their field indexes.
func yamlFields(t reflect.Type) map[string]int {
	fields := map[string]int{}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		fields[name] = i
	}
	return fields
}

// keyList lists the keys a struct type accepts, in declaration order.
func keyList(t reflect.Type) string {
	var keys []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		keys = append(keys, name)
	}
	return strings.Join(keys, ", ")
}

func where(at string) string {
	if at == "" {
		return ""
	}
	return " in " + at
}

func join(at, key string) string {
	if at == "" {
		return key
	}
	return at + "." + key
}

// covers reports whether field lies in a part of the file that could not
// be decoded: the part itself, or anything inside it.
func (d *decoder) covers(field string) bool {
	for f := field; ; f = parent(f) {
		if d.bad[f] {
			return true
		}
		if f == "" {
			return false
		}
	}
}
