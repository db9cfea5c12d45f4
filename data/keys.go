package data

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// checkKeys walks a file's syntax tree beside the shape of a city file and
// reports every unknown and every repeated key, not just the first one the
// decoder would stop at.
func checkKeys(shown string, root ast.Node) Errors {
	var errs Errors
	walkKeys(root, reflect.TypeFor[city](), "", func(line int, msg string) {
		errs = append(errs, Error{shown, line, msg})
	})
	return errs
}

// walkKeys checks the mapping keys of node against the yaml tags of t.
func walkKeys(node ast.Node, t reflect.Type, at string, report func(int, string)) {
	switch t.Kind() {
	case reflect.Pointer:
		walkKeys(node, t.Elem(), at, report)
	case reflect.Slice:
		if seq, ok := unalias(node).(*ast.SequenceNode); ok {
			for i, v := range seq.Values {
				walkKeys(v, t.Elem(), fmt.Sprintf("%s[%d]", at, i), report)
			}
		}
	case reflect.Struct:
		m, ok := unalias(node).(ast.MapNode)
		if !ok {
			return
		}
		fields := yamlFields(t)
		seen := map[string]bool{}
		for it := m.MapRange(); it.Next(); {
			key := it.Key().GetToken().Value
			line := it.Key().GetToken().Position.Line
			ft, known := fields[key]
			switch {
			case !known:
				report(line, fmt.Sprintf("unknown key %q%s: expected one of %s", key, where(at), keyList(t)))
			case seen[key]:
				report(line, fmt.Sprintf("key %q%s appears twice", key, where(at)))
			default:
				walkKeys(it.Value(), ft, join(at, key), report)
			}
			seen[key] = true
		}
	}
}

// unalias looks through a tagged node ("!!map {...}") to its value.
func unalias(n ast.Node) ast.Node {
	if t, ok := n.(*ast.TagNode); ok {
		return t.Value
	}
	return n
}

// yamlFields maps the yaml keys of a struct type to their field types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	fields := map[string]reflect.Type{}
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		fields[name] = f.Type
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
