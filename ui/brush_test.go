package ui

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// brushTexts are texts a row of the list paints: names in several
// scripts, with wide characters and combining marks, spaces and none.
var brushTexts = []string{
	"", "a", "Saint-Ouen", "Сент-Уан", "Περιστέρι", "淮南", "U\u0301jbuda", "Bosnia and Herzegovina",
	" leading", "trailing ", "  ", "signatory: Fernand Lefort, Mayor of Saint-Ouen", "1961",
}

// TestBrushPaintsAsRender checks that every style of every look, painted
// by a brush, is what the style's Render writes, byte for byte, for the
// texts a row paints and for text a brush cannot paint (tabs, lines).
func TestBrushPaintsAsRender(t *testing.T) {
	for name, look := range outlineLooks() {
		st := look.styles()
		v := reflect.ValueOf(*st)
		styles := []lipgloss.Style{st.Matched.Inherit(st.SelectedName), st.Matched.Inherit(st.Country)}
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			if s, ok := v.Field(i).Interface().(lipgloss.Style); ok {
				styles = append(styles, s)
			}
		}
		styles = append(styles, marked(st).Matched)
		// The rows' brushes paint by their sequences, not by Render.
		rows := reflect.ValueOf(st.rows)
		for i := range rows.NumField() {
			if !rows.Field(i).FieldByName("exact").Bool() {
				t.Errorf("%s: the rows' brush %s renders", name, rows.Type().Field(i).Name)
			}
		}
		for _, s := range styles {
			b := newBrush(s)
			for _, text := range append(brushTexts, "a\tb", "two\nlines") {
				if got, want := b.paint(text), s.Render(text); got != want {
					t.Errorf("%s: %q painted %q, rendered %q", name, text, got, want)
				}
			}
		}
	}
}

// TestPaintRunesAsStyleRunes checks paintRunes against lipgloss's
// StyleRunes on the texts of rows with random positions lit, in every
// look, the matched style being one that writes each character apart
// (underlined) and the other not.
func TestPaintRunesAsStyleRunes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for name, look := range outlineLooks() {
		st := look.styles()
		on, off := st.rows.matched, st.rows.name
		for _, text := range brushTexts {
			n := len([]rune(text))
			for range 20 {
				var positions []int
				for i := range n {
					if r.IntN(3) == 0 {
						positions = append(positions, i)
					}
				}
				if got, want := paintRunes(text, positions, on, off), lipgloss.StyleRunes(text, positions, st.Matched, st.Name); got != want {
					t.Errorf("%s: %q lit at %v: %q, StyleRunes %q", name, text, positions, got, want)
				}
			}
		}
	}
}

// outlineLooks are the looks the drawing tests draw in.
func outlineLooks() map[string]Look {
	return map[string]Look{
		"plain":     plainLook(),
		"mono":      LookFor(termenv.ANSI, true, false).NoColour(),
		"16":        LookFor(termenv.ANSI, false, false),
		"256":       LookFor(termenv.ANSI256, true, false),
		"truecolor": LookFor(termenv.TrueColor, false, false),
		"console":   LookFor(termenv.ANSI, true, true),
	}
}
