package embedgen

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

type inner struct {
	S string
	N int
}

type named string

type outer struct {
	Text    string
	Flag    bool
	Int     int64
	Uint    uint8
	Float   float64
	Month   time.Month
	Named   named
	Inner   inner
	Empty   []string
	List    []inner
	Names   []named
	Array   [2]int
	Map     map[string]inner
	Pointer *inner
	Nested  [][]int
}

func TestLiteral(t *testing.T) {
	for _, tc := range []struct {
		name string
		v    any
		want string
	}{
		{"zero fields are left out", outer{}, "embedgen.outer{}"},
		{"constants", outer{Text: "Русе \"\x1b\"", Flag: true, Int: -3, Uint: 7, Float: 43.8487, Month: time.September, Named: "x"},
			`embedgen.outer{Text: "Русе \"\x1b\"", Flag: true, Int: -3, Uint: 7, Float: 43.8487, Month: 9, Named: "x"}`},
		{"a struct of constants on one line", outer{Inner: inner{S: "a", N: 1}},
			"embedgen.outer{\nInner: embedgen.inner{S: \"a\", N: 1},\n}"},
		{"an empty slice is not a nil one", outer{Empty: []string{}}, "embedgen.outer{\nEmpty: []string{},\n}"},
		{"elements leave out their type", outer{List: []inner{{S: "a"}, {}}, Names: []named{"p", "q"}},
			"embedgen.outer{\nList: []embedgen.inner{\n{S: \"a\"},\n{},\n},\nNames: []embedgen.named{\"p\", \"q\"},\n}"},
		{"arrays", outer{Array: [2]int{0, 5}}, "embedgen.outer{\nArray: [2]int{0, 5},\n}"},
		{"maps in the order of their keys", outer{Map: map[string]inner{"b": {N: 2}, "a": {N: 1}}},
			"embedgen.outer{\nMap: map[string]embedgen.inner{\n\"a\": {N: 1},\n\"b\": {N: 2},\n},\n}"},
		{"pointers to structs", outer{Pointer: &inner{S: "p"}}, "embedgen.outer{\nPointer: &embedgen.inner{S: \"p\"},\n}"},
		{"nil inside a slice", outer{Nested: [][]int{nil, {1}}}, "embedgen.outer{\nNested: [][]int{\nnil,\n{1},\n},\n}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLiteral()
			if err := l.value(reflect.ValueOf(tc.v), true); err != nil {
				t.Fatal(err)
			}
			if got := l.b.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestLiteralImports(t *testing.T) {
	l := newLiteral()
	if err := l.value(reflect.ValueOf(struct{ M []time.Month }{M: []time.Month{1}}), true); err != nil {
		t.Fatal(err)
	}
	if l.imports["time"] != "time" || len(l.imports) != 1 {
		t.Errorf("imports %v, want time", l.imports)
	}
}

func TestLiteralRefuses(t *testing.T) {
	n := 1
	for _, tc := range []struct {
		name string
		v    any
		want string
	}{
		{"an unexported field", struct{ hidden int }{1}, "not exported"},
		{"NaN", struct{ F float64 }{math.NaN()}, "no Go constant"},
		{"a pointer to a number", struct{ P *int }{&n}, "pointer to int"},
		{"an interface", struct{ I any }{1}, "kind interface"},
		{"a function", struct{ F func() }{func() {}}, "kind func"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := newLiteral().value(reflect.ValueOf(tc.v), true)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}
