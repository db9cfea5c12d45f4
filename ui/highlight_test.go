package ui

import (
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
	engine "github.com/ruse-twins/ruse-twins/model/search"
)

// marked returns styles that show a match as [brackets], so that tests
// without colour can see which characters are highlighted.
func marked(st *Styles) *Styles {
	m := *st
	m.Matched = m.Matched.Transform(func(s string) string { return "[" + s + "]" })
	m.measure()
	return &m
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
		// An accent written as a combining mark goes with its letter,
		// whichever of the two the positions name.
		{"U\u0301jbuda", []int{0, 2}, "[U\u0301j]buda"},
		{"U\u0301jbuda", []int{1}, "[U\u0301]jbuda"},
		{"Peristeri\u0301", []int{8}, "Perister[i\u0301]"},
	} {
		r := row{city: model.City{ID: "x", Name: model.Text{BG: tc.name, EN: tc.name}}, why: engine.Explanation{Name: tc.positions}}
		for _, sel := range []bool{false, true} {
			line := r.view(st, glyphs{}, model.EN, 30, sel)[0]
			if !strings.Contains(line, tc.want) {
				t.Errorf("%s %v (selected %v): %q, want it to contain %q", tc.name, tc.positions, sel, line, tc.want)
			}
		}
	}
}

// TestHighlightRow checks that the country and the year are lit up as the
// name is, and that a match the row does not show takes the country's
// line, with its field's label, in the row's language.
func TestHighlightRow(t *testing.T) {
	st := marked(plainLook().styles())
	c := model.City{
		ID: "saint-ouen", Name: model.Text{BG: "Сент-Уан", EN: "Saint-Ouen"},
		Country: model.Country{Code: "FR", Name: model.Text{BG: "Франция", EN: "France"}},
		Events:  []model.Event{{Date: model.Date{Year: 1961, Precision: model.YearOnly}}},
	}
	for _, tc := range []struct {
		lang        model.Lang
		why         engine.Explanation
		first, next string
	}{
		{model.EN, engine.Explanation{Country: []int{0, 1, 2, 3, 4, 5}, Year: []int{0, 1, 2, 3}}, "[1961]", "[France]"},
		{model.BG, engine.Explanation{Name: []int{0, 1, 2, 3}, Country: []int{0, 1, 2, 3}}, "[Сент]-Уан", "[Фран]ция"},
		{model.EN, engine.Explanation{
			Best:      engine.Hit{Field: engine.FieldPerson, Text: "Fernand Lefort, Mayor of Saint-Ouen", Positions: []int{8, 9, 10, 11, 12, 13}},
			Elsewhere: true,
		}, "Saint-Ouen", "signatory: Fernand [Lefort], Mayor of Saint-Ouen"},
		{model.BG, engine.Explanation{
			Best:      engine.Hit{Field: engine.FieldPerson, Text: "Фернан Льофор, кмет на Сент-Уан", Positions: []int{15, 16, 17, 18}},
			Elsewhere: true,
		}, "Сент-Уан", "подписал: Фернан Льофор, [кмет] на Сент-Уан"},
		{model.EN, engine.Explanation{
			Best:      engine.Hit{Field: engine.FieldArea, Text: "туризъм", Positions: []int{0, 1, 2, 3}},
			Elsewhere: true,
		}, "Saint-Ouen", "cooperation: [тури]зъм"},
	} {
		lines := row{city: c, why: tc.why}.view(st, glyphs{}, tc.lang, 60, false)
		if !strings.Contains(lines[0], tc.first) || !strings.Contains(lines[1], tc.next) {
			t.Errorf("%s %+v:\n%q\n%q\nwant %q and %q", tc.lang.Code(), tc.why, lines[0], lines[1], tc.first, tc.next)
		}
	}
	// A narrow row cuts the fact short, never across a character.
	lines := row{city: c, why: engine.Explanation{
		Best: engine.Hit{Field: engine.FieldPerson, Text: "淮南淮南淮南淮南淮南", Positions: []int{0}}, Elsewhere: true,
	}}.view(st, glyphs{}, model.EN, 20, false)
	if w := len([]rune(lines[1])); w > 40 || !strings.Contains(lines[1], "…") {
		t.Errorf("a long fact in a narrow row: %q", lines[1])
	}
}

// TestHighlightFactInItsTail checks that a fact whose match lies past
// what a row shows is cut at its left, at the matched word, so that the
// match is on screen: the list of an 80-column screen is 30 columns wide.
func TestHighlightFactInItsTail(t *testing.T) {
	st := marked(plainLook().styles())
	c := model.City{ID: "saint-ouen", Name: model.Text{BG: "Сент-Уан", EN: "Saint-Ouen"}}
	for _, tc := range []struct {
		lang  model.Lang
		hit   engine.Hit
		width int
		want  string
	}{
		{model.BG, engine.Hit{Field: engine.FieldPerson, Text: "Вълко Вълков, кмет на Русе", Positions: []int{14, 15, 16, 17}}, 30,
			"  подписал: …[кмет] на Русе"},
		{model.EN, engine.Hit{Field: engine.FieldPerson, Text: "Valko Valkov, Mayor of Ruse", Positions: []int{14, 15, 16, 17, 18}}, 30,
			"  signatory: …[Mayor] of Ruse"},
		// A match inside a word: the cut is at the word's start.
		{model.EN, engine.Hit{Field: engine.FieldOrganisation, Text: "Euroregion Danubius association", Positions: []int{13, 14, 15, 16}}, 30,
			"  organisation: …Da[nubi]us a…"},
		// The head already shows it: no cut at the left.
		{model.EN, engine.Hit{Field: engine.FieldPerson, Text: "Fernand Lefort, Mayor of Saint-Ouen", Positions: []int{0, 1, 2}}, 30,
			"  signatory: [Fer]nand Lefort…"},
		// A match wider than the row keeps its start in view.
		{model.EN, engine.Hit{Field: engine.FieldPerson, Text: "a bcdefghijklmnopqrstuvwxyz", Positions: []int{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26}}, 24,
			"  signatory: …[bcdefghi…"},
	} {
		lines := row{city: c, why: engine.Explanation{Best: tc.hit, Elsewhere: true}}.view(st, glyphs{}, tc.lang, tc.width, false)
		if lines[1] != tc.want {
			t.Errorf("%s %q at %d columns:\n got %q\nwant %q", tc.lang.Code(), tc.hit.Text, tc.width, lines[1], tc.want)
		}
	}
}

// TestHighlightOnTheConsole checks that a name the Linux console shows
// transliterated is not lit up: the characters on screen are not those
// the search matched.
func TestHighlightOnTheConsole(t *testing.T) {
	st := marked(plainLook().styles())
	r := row{city: model.City{Name: model.Text{EN: "淮南"}}, why: engine.Explanation{Name: []int{0}}}
	if line := r.view(st, glyphs{console: true}, model.EN, 30, false)[0]; strings.Contains(line, "[") {
		t.Errorf("the console's transliteration is lit up: %q", line)
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

// TestHighlightWithTheRealIndex checks the list with the real search on
// the fixture: the name, the country and the year lit up, a fact that the
// row does not show on the second line, and a query in another script
// than the list's lighting up the name through its transliteration.
func TestHighlightWithTheRealIndex(t *testing.T) {
	ds := fixture()
	ds.Partners[0].Events[0].Signatories = []model.Person{{
		Name: model.Text{BG: "Фернан Льофор", EN: "Fernand Lefort"},
		Role: model.Text{BG: "кмет на Сент-Уан", EN: "Mayor of Saint-Ouen"},
	}}
	for _, tc := range []struct {
		lang  model.Lang
		query string
		want  []string
	}{
		{model.BG, "волгоград", []string{"> [Волгоград]"}},
		{model.EN, "France 1961", []string{"> Saint-Ouen", "[1961]", "  [France]"}},
		{model.EN, "Lefort", []string{"> Saint-Ouen", "  signatory: Fernand [Lefort], Mayo"}},
		{model.BG, "Lefort", []string{"> Сент-Уан", "  подписал: Fernand [Lefort]"}},
		{model.BG, "Льофор", []string{"> Сент-Уан", "  подписал: Фернан [Льофор], кмет"}},
		{model.EN, "кмет", []string{"> Saint-Ouen", "  signatory: Фернан Льофор, [кмет]"}},
		{model.EN, "гюргево", []string{"> [G]i[urg]iu"}},
		{model.BG, "giurgiu", []string{"> [Гюрг]ево"}},
		{model.EN, "sent uan", []string{"> [S]ai[nt]-O[u]e[n]"}},
	} {
		m := resize(New(ds, engine.NewIndex(ds.Partners).NewSearcher(), Options{Lang: tc.lang, Look: plainLook()}), 120, 24)
		m.styles = marked(m.styles)
		m = send(press(m, "/"), typed(tc.query)...)
		view := m.View()
		for _, w := range tc.want {
			if !strings.Contains(view, w) {
				t.Errorf("%s %q: no %q in\n%s", tc.lang.Code(), tc.query, w, view)
			}
		}
	}
}
