package model

import (
	"math"
	"strings"
	"testing"
)

// TestValidateRefusesWhatDecodingCannotSee checks what a dataset built in
// code, not decoded from a file, may still carry: a coordinate that is not
// a number (which compares false with every bound), and a list longer
// than a page can hold.
func TestValidateRefusesWhatDecodingCannotSee(t *testing.T) {
	home := City{ID: "home", Home: true, Name: Text{BG: "Дом", EN: "Home"},
		Native:      []NativeName{{Name: "Home", Lang: "en", Script: "Latn"}},
		Country:     Country{Code: "BG", Name: Text{BG: "България", EN: "Bulgaria"}},
		Description: Text{BG: "Дом.", EN: "Home."}}
	for _, c := range []struct {
		name  string
		spoil func(*City)
		field string
	}{
		{"NaN latitude", func(c *City) { c.Coordinates.Lat = math.NaN() }, "coordinates.lat"},
		{"NaN longitude", func(c *City) { c.Coordinates.Lon = math.NaN() }, "coordinates.lon"},
		{"too many aliases", func(c *City) { c.Aliases = strings.Fields(strings.Repeat("x ", MaxItems+1)) }, "aliases"},
	} {
		h := home
		c.spoil(&h)
		var got []string
		for _, p := range Validate([]City{h}) {
			got = append(got, p.Field+": "+p.Msg)
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], c.field+": ") {
			t.Errorf("%s: %q, want one problem at %s", c.name, got, c.field)
		}
	}
}
