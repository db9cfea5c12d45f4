package ui

import (
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
	engine "github.com/ruse-twins/ruse-twins/model/search"
)

// marked returns styles that show a match as [brackets], so that tests
// without colour can see which characters are highlighted.
func marked(st Styles) Styles {
	st.Matched = st.Matched.Transform(func(s string) string { return "[" + s + "]" })
	return st
}

func TestHighlightByRunes(t *testing.T) {
	st := marked(plainLook().styles())
	for _, tc := range []struct {
		name      string
		positions []int
		want      string
	}{
		{"Volgograd", []int{0, 1, 2}, "[Vol]gograd"},
		{"Волгоград", []int{5, 6, 7}, "Волго[гра]д"},
		{"Újbuda", []int{2, 3, 4}, "Új[bud]a"},            // Ú is two bytes
		{"Περιστέρι", []int{0, 1, 5, 6}, "[Πε]ρισ[τέ]ρι"}, // έ is one rune
		{"淮南", []int{1}, "淮[南]"},                          // three bytes a rune, two columns
		{"淮南市", []int{0, 2}, "[淮]南[市]"},
		{"Сент-Уан", nil, "Сент-Уан"},
		{"Бијељина", []int{7, 8, 99}, "Бијељин[а]"}, // out of range: ignored
	} {
		r := row{city: model.City{ID: "x", Name: model.Text{BG: tc.name, EN: tc.name}}, positions: tc.positions}
		for _, sel := range []bool{false, true} {
			line := r.view(st, glyphs{}, model.EN, 30, sel)[0]
			if !strings.Contains(line, tc.want) {
				t.Errorf("%s %v (selected %v): %q, want it to contain %q", tc.name, tc.positions, sel, line, tc.want)
			}
		}
	}
}

func TestHighlightThroughSearch(t *testing.T) {
	for _, tc := range []struct {
		lang  model.Lang
		query string
		want  string
	}{
		{model.BG, "гра", "> Волго[гра]д"},
		{model.BG, "уан", "> Сент-[Уан]"},
		{model.EN, "bud", "> Új[bud]a"},
		{model.EN, "ROG", "> T[rog]ir"},
	} {
		m := newTest(t, tc.lang, 80, 24)
		m.styles = marked(m.styles)
		m = send(press(m, "/"), typed(tc.query)...)
		if view := m.View(); !strings.Contains(view, tc.want) {
			t.Errorf("%s %q: no %q in\n%s", tc.lang.Code(), tc.query, tc.want, view)
		}
	}
}

func TestHighlightWithTheRealIndex(t *testing.T) {
	ds := fixture()
	m := resize(New(ds, engine.NewIndex(ds.Partners).NewSearcher(), Options{Lang: model.BG, Look: plainLook()}), 80, 24)
	m.styles = marked(m.styles)
	m = send(press(m, "/"), typed("волгоград")...)
	if view := m.View(); !strings.Contains(view, "> [Волгоград]") {
		t.Errorf("the real index's positions are not highlighted:\n%s", view)
	}
}
