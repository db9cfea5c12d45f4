package main

import (
	"strings"
	"testing"
)

// TestSearchSaysWhy types, as a visitor would, queries whose words match
// in different fields, or in a field the list does not show: the list
// lights up what matched in the row, and shows what the row does not in
// place of the country.
func TestSearchSaysWhy(t *testing.T) {
	s := start(t, 120, 30, "--lang", "en")
	s.waitShows("EN · 9 of 9")
	s.keys("/")
	s.typeText("France 1961")
	// The whole query in its box: "France" alone finds Saint-Ouen too.
	s.waitShows("France 1961", "EN · 1 of 9", "> Saint-Ouen")
	// Both words lit up in the row: the country and the year.
	colours := s.tmux("capture-pane", "-p", "-e")
	for _, lit := range []string{"\x1b[4m\x1b[38;5;204m1961", "\x1b[4m\x1b[38;5;204mFrance"} {
		if !strings.Contains(colours, lit) {
			t.Errorf("%q is not lit up:\n%q", lit, colours)
		}
	}
	again := func() {
		// Escape alone: with the next key in the same write, the two
		// would read as alt and that key.
		s.keys("Escape")
		s.waitShows("EN · 9 of 9")
		s.keys("/")
	}
	again()
	s.typeText("Lefort")
	s.waitShows("EN · 1 of 9", "> Saint-Ouen", "signatory: Fernand Lefort, Mayor")
	again()
	s.typeText("danubius")
	s.waitShows("EN · 1 of 9", "> Giurgiu", "organisation: Euroregion Danubius")
	again()
	s.typeText("гюргево")
	s.waitShows("EN · 1 of 9", "> Giurgiu", "Romania")
	s.keys("Escape")
	s.waitShows("EN · 9 of 9")
	s.keys("q")
	s.restored()
}

// TestSearchSaysWhyInBulgarian checks the same in the Bulgarian list,
// and that typing one more letter only ever narrows it.
func TestSearchSaysWhyInBulgarian(t *testing.T) {
	s := start(t, 120, 30, "--lang", "bg")
	s.waitShows("BG · 9 от 9")
	s.keys("/")
	s.typeText("Льофор")
	s.waitShows("BG · 1 от 9", "> Сент-Уан", "подписал: Фернан Льофор, кмет на")
	s.keys("Escape")
	s.waitShows("BG · 9 от 9")
	s.keys("/")
	for _, step := range []struct{ typed, count string }{{"v", "5 от 9"}, {"o", "1 от 9"}, {"l", "1 от 9"}} {
		s.typeText(step.typed)
		s.waitShows("BG · "+step.count, "> Волгоград")
	}
	s.keys("Escape")
	s.waitShows("BG · 9 от 9")
	s.keys("q")
	s.restored()
}
