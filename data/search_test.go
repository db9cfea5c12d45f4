package data_test

import (
	"slices"
	"testing"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
)

// realSearcher searches the embedded dataset.
func realSearcher(t *testing.T) (model.Dataset, *search.Searcher) {
	t.Helper()
	ds, err := data.Load()
	if err != nil {
		t.Fatalf("loading the embedded dataset: %v", err)
	}
	return ds, search.NewIndex(ds.Partners).NewSearcher()
}

// TestSearchRealDataBlank checks that the empty query lists every partner
// in dataset order.
func TestSearchRealDataBlank(t *testing.T) {
	ds, se := realSearcher(t)
	got := se.Search("", model.BG)
	want := make([]string, len(ds.Partners))
	for i, c := range ds.Partners {
		want[i] = c.ID
	}
	if !slices.Equal(matchIDs(got), want) {
		t.Errorf("Search(\"\") = %v, want %v", matchIDs(got), want)
	}
}

// TestSearchRealDataExplained checks what the list lights up and says
// for a few queries on the embedded dataset: the runes of the name, the
// country and the year on screen, in their own script, whatever script
// the query is in; and the fact that matched, when the row does not show
// it.
func TestSearchRealDataExplained(t *testing.T) {
	ds, se := realSearcher(t)
	cases := []struct {
		query               string
		lang                model.Lang
		name, country, year []int
		aside               string
	}{
		{"sent uan", model.BG, []int{0, 1, 2, 3, 5, 6, 7}, nil, nil, ""}, // Сент-Уан
		{"Saint-Ouen", model.EN, []int{0, 1, 2, 3, 4, 6, 7, 8, 9}, nil, nil, ""},
		{"ujbuda", model.EN, []int{0, 1, 2, 3, 4, 5}, nil, nil, ""},             // Újbuda
		{"Περιστέρι", model.BG, []int{0, 1, 2, 3, 4, 5, 6, 7, 8}, nil, nil, ""}, // Перистери
		{"гюрг", model.BG, []int{0, 1, 2, 3}, nil, nil, ""},                     // Гюргево
		{"simferpol", model.EN, []int{0, 1, 2, 3, 4, 5, 7, 8, 9}, nil, nil, ""},
		{"гюргево", model.EN, []int{0, 2, 3, 4}, nil, nil, ""},     // G, u, r, g of Giurgiu
		{"giurgiu", model.BG, []int{0, 1, 2, 3}, nil, nil, ""},     // Гюрг of Гюргево
		{"sent uan", model.EN, []int{0, 3, 4, 7, 9}, nil, nil, ""}, // S, n, t, u, n of Saint-Ouen
		{"France 1961", model.EN, nil, []int{0, 1, 2, 3, 4, 5}, []int{0, 1, 2, 3}, ""},
		{"Франция 1961", model.EN, nil, []int{0, 1, 2, 3}, []int{0, 1, 2, 3}, ""},
		{"Lefort", model.EN, nil, nil, nil, "signatory: Fernand Lefort, Mayor of Saint-Ouen"},
		{"Льофор", model.BG, nil, nil, nil, "подписал: Фернан Льофор, кмет на Сент-Уан"},
		{"danubius", model.EN, nil, nil, nil, "organisation: Euroregion Danubius Association, the association founded"},
		{"Stalingrad", model.EN, nil, nil, nil, "known as: Stalingrad"},
		{"КНР", model.EN, nil, nil, nil, "country: China (КНР)"},
		{"2008", model.BG, nil, nil, nil, "година: 23 септември 2008 г. — допълнително споразумение"},
		{"лекари", model.EN, nil, nil, nil, "exchanges: лекари"},
	}
	for _, c := range cases {
		got := se.Search(c.query, c.lang)
		if len(got) == 0 {
			t.Errorf("Search(%q) found nothing", c.query)
			continue
		}
		city := ds.Partners[got[0].Index]
		e := got[0].Explain(city)
		aside := ""
		if e.Elsewhere {
			aside = e.Best.Field.Label(c.lang) + ": " + e.Best.Text
		}
		if !slices.Equal(e.Name, c.name) || !slices.Equal(e.Country, c.country) || !slices.Equal(e.Year, c.year) || aside != c.aside {
			t.Errorf("Search(%q, %s) lights up %v of %q, %v of its country, %v of its year, says %q; want %v, %v, %v, %q",
				c.query, c.lang.Code(), e.Name, city.Name.In(c.lang), e.Country, e.Year, aside, c.name, c.country, c.year, c.aside)
		}
	}
}

func matchIDs(ms []search.Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}
