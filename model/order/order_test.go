package order

import (
	"slices"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
)

// partner is a partner with names, a year (0 for undated) and a place.
func partner(id, bg, en string, year int, lat, lon float64) model.City {
	c := model.City{ID: id, Name: model.Text{BG: bg, EN: en}, Coordinates: model.Coordinates{Lat: lat, Lon: lon}}
	if year != 0 {
		c.Events = []model.Event{{Date: model.Date{Year: year, Precision: model.YearOnly}}}
	}
	return c
}

// partners are Ruse's, in the dataset's order, with their names, first
// years and coordinates.
var (
	home     = model.City{ID: "ruse", Coordinates: model.Coordinates{Lat: 43.8487, Lon: 25.9534}}
	partners = []model.City{
		partner("saint-ouen", "Сент-Уан", "Saint-Ouen", 1961, 48.9123, 2.3342),
		partner("peristeri", "Перистери", "Peristeri", 1986, 38.0154, 23.6919),
		partner("simferopol", "Симферопол", "Simferopol", 1986, 44.9572, 34.1108),
		partner("huainan", "Хуайнан", "Huainan", 1994, 32.6264, 116.9969),
		partner("volgograd", "Волгоград", "Volgograd", 2000, 48.7138, 44.4976),
		partner("giurgiu", "Гюргево", "Giurgiu", 2002, 43.8866, 25.9627),
		partner("ujbuda", "Уйбуда", "Újbuda", 2010, 47.4754, 19.0445),
		partner("trogir", "Трогир", "Trogir", 2011, 43.5125, 16.2517),
		partner("bijeljina", "Биелина", "Bijeljina", 0, 44.7587, 19.2144),
	}
)

// ids returns the ids of the partners in order b.
func ids(b By, lang model.Lang) []string {
	var out []string
	for _, i := range Indexes(partners, home, b, lang) {
		out = append(out, partners[i].ID)
	}
	return out
}

func TestIndexes(t *testing.T) {
	for _, tc := range []struct {
		by   By
		lang model.Lang
		want []string
	}{
		{Dataset, model.EN, []string{"saint-ouen", "peristeri", "simferopol", "huainan", "volgograd", "giurgiu", "ujbuda", "trogir", "bijeljina"}},
		// Ú sorts with U, not after Z as its bytes would.
		{Name, model.EN, []string{"bijeljina", "giurgiu", "huainan", "peristeri", "saint-ouen", "simferopol", "trogir", "ujbuda", "volgograd"}},
		// The Bulgarian alphabet: Б В Г П С Т У Х; Се before Си.
		{Name, model.BG, []string{"bijeljina", "volgograd", "giurgiu", "peristeri", "saint-ouen", "simferopol", "trogir", "ujbuda", "huainan"}},
		// Undated last; the two of 1986 in the dataset's order.
		{Year, model.EN, []string{"saint-ouen", "peristeri", "simferopol", "huainan", "volgograd", "giurgiu", "ujbuda", "trogir", "bijeljina"}},
		{Distance, model.BG, []string{"giurgiu", "bijeljina", "simferopol", "ujbuda", "peristeri", "trogir", "volgograd", "saint-ouen", "huainan"}},
	} {
		if got := ids(tc.by, tc.lang); !slices.Equal(got, tc.want) {
			t.Errorf("%v in %s:\n got %v\nwant %v", tc.by, tc.lang.Code(), got, tc.want)
		}
	}
}

// TestBulgarianCollation checks letters whose code points are not in the
// alphabet's order: Ъ before Ю before Я, and Ѝ with И.
func TestBulgarianCollation(t *testing.T) {
	ps := []model.City{
		partner("a", "Ямбол", "", 0, 0, 0), partner("b", "Юнак", "", 0, 0, 0),
		partner("c", "Ъгъл", "", 0, 0, 0), partner("d", "Ѝва", "", 0, 0, 0), partner("e", "Ива", "", 0, 0, 0),
		partner("f", "Йовково", "", 0, 0, 0),
	}
	var got []string
	for _, i := range Indexes(ps, home, Name, model.BG) {
		got = append(got, ps[i].Name.BG)
	}
	want := []string{"Ива", "Ѝва", "Йовково", "Ъгъл", "Юнак", "Ямбол"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestParseAndNext(t *testing.T) {
	for _, s := range []string{"name", "year", "distance"} {
		b, ok := Parse(s)
		if !ok || b.String() != s {
			t.Errorf("Parse(%q) = %v, %v", s, b, ok)
		}
	}
	for _, s := range []string{"", "Name", "dataset", "size"} {
		if _, ok := Parse(s); ok {
			t.Errorf("Parse(%q) accepted", s)
		}
	}
	b, seen := Dataset, []By{}
	for range 4 {
		seen = append(seen, b)
		b = b.Next()
	}
	if !slices.Equal(seen, []By{Dataset, Name, Year, Distance}) || b != Dataset {
		t.Errorf("Next cycles %v, then %v", seen, b)
	}
}
