package embedgen

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// literal writes Go expressions for values, found by reflection: a
// composite literal for a struct, slice, array or map, a constant for
// anything else. It records the packages whose names the types it writes
// use.
type literal struct {
	b       strings.Builder
	imports map[string]string // package path → the name its types are written with
}

// newLiteral returns a writer with no imports yet.
func newLiteral() *literal { return &literal{imports: map[string]string{}} }

// value writes v. typed says whether the expression must name its type:
// a composite literal must, except as an element or key of another
// composite literal; a constant never needs to, since every place it is
// written in takes an untyped constant of its kind.
func (l *literal) value(v reflect.Value, typed bool) error {
	switch v.Kind() {
	case reflect.String:
		l.b.WriteString(strconv.Quote(v.String()))
	case reflect.Bool:
		l.b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		l.b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		l.b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		return l.float(v)
	case reflect.Struct:
		return l.structure(v, typed)
	case reflect.Slice:
		if v.IsNil() {
			l.b.WriteString("nil")
			return nil
		}
		return l.elements(v, typed)
	case reflect.Array:
		return l.elements(v, typed)
	case reflect.Map:
		if v.IsNil() {
			l.b.WriteString("nil")
			return nil
		}
		return l.mapping(v, typed)
	case reflect.Pointer:
		if v.IsNil() {
			l.b.WriteString("nil")
			return nil
		}
		if v.Elem().Kind() != reflect.Struct {
			return fmt.Errorf("a pointer to %s has no literal", v.Type().Elem())
		}
		if typed {
			l.b.WriteString("&")
		}
		return l.structure(v.Elem(), typed)
	default:
		return fmt.Errorf("a value of kind %s has no literal", v.Kind())
	}
	return nil
}

// float writes a float as the shortest decimal that reads back as the
// same value.
func (l *literal) float(v reflect.Value) error {
	f := v.Float()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Errorf("%v has no Go constant", f)
	}
	bits := 64
	if v.Kind() == reflect.Float32 {
		bits = 32
	}
	l.b.WriteString(strconv.FormatFloat(f, 'g', -1, bits))
	return nil
}

// structure writes a struct's fields that are not zero, by name: one a
// line, unless they are all constants.
func (l *literal) structure(v reflect.Value, typed bool) error {
	t := v.Type()
	if typed {
		l.b.WriteString(l.typeName(t))
	}
	var fields []int
	flat := true
	for i := range t.NumField() {
		f := t.Field(i)
		if v.Field(i).IsZero() {
			continue
		}
		if !f.IsExported() {
			return fmt.Errorf("%s.%s is not exported: no literal outside its package can set it", t, f.Name)
		}
		fields = append(fields, i)
		flat = flat && constant(f.Type)
	}
	l.b.WriteString("{")
	for n, i := range fields {
		switch {
		case !flat:
			l.b.WriteString("\n")
		case n > 0:
			l.b.WriteString(" ")
		}
		l.b.WriteString(t.Field(i).Name + ": ")
		if err := l.value(v.Field(i), true); err != nil {
			return fmt.Errorf("%s.%s: %w", t, t.Field(i).Name, err)
		}
		if !flat || n < len(fields)-1 {
			l.b.WriteString(",")
		}
	}
	if !flat && len(fields) > 0 {
		l.b.WriteString("\n")
	}
	l.b.WriteString("}")
	return nil
}

// elements writes a slice's or an array's elements, one a line when
// they are composite.
func (l *literal) elements(v reflect.Value, typed bool) error {
	if typed {
		l.b.WriteString(l.typeName(v.Type()))
	}
	flat := constant(v.Type().Elem())
	l.b.WriteString("{")
	for i := range v.Len() {
		switch {
		case !flat:
			l.b.WriteString("\n")
		case i > 0:
			l.b.WriteString(" ")
		}
		if err := l.value(v.Index(i), false); err != nil {
			return fmt.Errorf("[%d]: %w", i, err)
		}
		if !flat || i < v.Len()-1 {
			l.b.WriteString(",")
		}
	}
	if !flat && v.Len() > 0 {
		l.b.WriteString("\n")
	}
	l.b.WriteString("}")
	return nil
}

// mapping writes a map's entries one a line, in the order of their keys,
// so that the same map is always written the same way.
func (l *literal) mapping(v reflect.Value, typed bool) error {
	if !constant(v.Type().Key()) {
		return fmt.Errorf("a map keyed by %s has no literal in a fixed order", v.Type().Key())
	}
	if typed {
		l.b.WriteString(l.typeName(v.Type()))
	}
	keys := v.MapKeys()
	written := make([]string, len(keys))
	for i, k := range keys {
		sub := newLiteral()
		if err := sub.value(k, false); err != nil {
			return err
		}
		written[i] = sub.b.String()
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(written[a], written[b]) })
	l.b.WriteString("{")
	for _, i := range order {
		l.b.WriteString("\n" + written[i] + ": ")
		if err := l.value(v.MapIndex(keys[i]), false); err != nil {
			return fmt.Errorf("[%s]: %w", written[i], err)
		}
		l.b.WriteString(",")
	}
	if len(keys) > 0 {
		l.b.WriteString("\n")
	}
	l.b.WriteString("}")
	return nil
}

// typeName writes type t as Go source names it, recording the package of
// every named type in it.
func (l *literal) typeName(t reflect.Type) string {
	if t.Name() != "" {
		if t.PkgPath() == "" {
			return t.Name() // a predeclared type
		}
		// Type.String names a type by its package's name, which is what
		// the import below makes it.
		name, _, _ := strings.Cut(t.String(), ".")
		l.imports[t.PkgPath()] = name
		return name + "." + t.Name()
	}
	switch t.Kind() {
	case reflect.Slice:
		return "[]" + l.typeName(t.Elem())
	case reflect.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), l.typeName(t.Elem()))
	case reflect.Map:
		return "map[" + l.typeName(t.Key()) + "]" + l.typeName(t.Elem())
	case reflect.Pointer:
		return "*" + l.typeName(t.Elem())
	}
	return t.String()
}

// constant reports whether values of type t are written as constants.
func constant(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.String, reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}
