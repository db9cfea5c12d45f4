package search

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/model"
)

// ids lists the ids of matches.
func ids(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

func TestSearchFindsByAnything(t *testing.T) {
	se := NewIndex(testCities()).NewSearcher()
	cases := []struct{ query, first string }{
		{"Сент-Уан", "saint-ouen"}, {"sent uan", "saint-ouen"}, {"sentuan", "saint-ouen"},
		{"Saint-Ouen", "saint-ouen"}, {"saint ouen sur seine", "saint-ouen"},
		{"Περιστέρι", "peristeri"}, {"peristeri", "peristeri"}, {"перистери", "peristeri"},
		{"淮南", "huainan"}, {"huainan", "huainan"}, {"huai nan", "huainan"}, {"хуай нан", "huainan"},
		{"Újbuda", "ujbuda"}, {"ujbuda", "ujbuda"}, {"UJBUDA", "ujbuda"},
		{"Бијељина", "bijeljina"}, {"biyelina", "bijeljina"}, {"bielina", "bijeljina"},
		{"gyurgevo", "giurgiu"}, {"гюрг", "giurgiu"}, {"giurgevo", "giurgiu"},
		{"симферопол", "simferopol"}, {"Симферополь", "simferopol"}, {"simferopol", "simferopol"},
		{"волгоград", "volgograd"}, {"пещ", "peshtera"}, {"peshtera", "peshtera"},
		{"France", "saint-ouen"}, {"Франция", "saint-ouen"}, {"frantsia", "saint-ouen"},
		{"china", "huainan"}, {"китай", "huainan"}, {"ukr", "simferopol"},
		{"1961", "saint-ouen"}, {"1994", "huainan"},
		{"Йотов", "simferopol"}, {"yotov", "simferopol"}, {"Lefort", "saint-ouen"}, {"Льофор", "saint-ouen"},
		{"tourism", "giurgiu"}, {"туризъм", "giurgiu"}, {"култура", "peristeri"}, {"culture", "peristeri"},
		{"friendship society", "huainan"},
		// One slip in a query of six runes or more is forgiven.
		{"volgogard", "volgograd"}, {"peristery", "peristeri"}, {"simferpol", "simferopol"},
		{"sinferopol", "simferopol"}, {"ujbdua", "ujbuda"}, {"volgogr4d", "volgograd"},
		{"frnace", "saint-ouen"}, {"lefrot", "saint-ouen"}, {"pesthera", "peshtera"},
	}
	for _, c := range cases {
		got := se.Search(c.query, model.EN)
		if len(got) == 0 || got[0].ID != c.first {
			t.Errorf("Search(%q) = %v, want %s first", c.query, ids(got), c.first)
		}
	}
}

func TestSearchFindsNothing(t *testing.T) {
	se := NewIndex(testCities()).NewSearcher()
	for _, q := range []string{"zzzz", "tokyo", "qqq", "xylophone", "berlin", "paris", "рим", "london"} {
		if got := se.Search(q, model.BG); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want nothing", q, ids(got))
		}
	}
}

// TestSearchBlank checks that a query with nothing to search for lists
// every city in dataset order, unscored and unhighlighted.
func TestSearchBlank(t *testing.T) {
	cities := testCities()
	se := NewIndex(cities).NewSearcher()
	for _, q := range []string{"", "   ", "\t", "-- ,", "!"} {
		got := se.Search(q, model.BG)
		if len(got) != len(cities) {
			t.Fatalf("Search(%q) found %d cities, want all %d", q, len(got), len(cities))
		}
		for i, m := range got {
			if m.Index != i || m.ID != cities[i].ID || m.Score != 0 || m.Positions() != nil {
				t.Errorf("Search(%q)[%d] = %+v, want city %d unscored", q, i, m, i)
			}
		}
	}
}

func TestSearchEmptyIndex(t *testing.T) {
	se := NewIndex(nil).NewSearcher()
	if got := se.Search("ruse", model.BG); len(got) != 0 {
		t.Errorf("an empty index found %v", got)
	}
	if got := se.Search("", model.BG); len(got) != 0 {
		t.Errorf("an empty index lists %v", got)
	}
}

// TestSearchPositions checks that the positions point at the runes of the
// name on screen in every script, whatever form of it the query matched.
func TestSearchPositions(t *testing.T) {
	cities := append(testCities(),
		model.City{ID: "greek", Name: model.Text{BG: "Перистери", EN: "Περιστέρι"}},
		model.City{ID: "han", Name: model.Text{BG: "Хуай Нан", EN: "淮南市"}},
	)
	se := NewIndex(cities).NewSearcher()
	cases := []struct {
		query string
		lang  model.Lang
		id    string
		want  []int
	}{
		// Cyrillic on screen, Latin typed: "sht" is one rune, "щ".
		{"peshtera", model.BG, "peshtera", []int{0, 1, 2, 3, 4, 5}},
		{"pesht", model.BG, "peshtera", []int{0, 1, 2}},
		{"sent uan", model.BG, "saint-ouen", []int{0, 1, 2, 3, 5, 6, 7}},
		{"Сент-Уан", model.BG, "saint-ouen", []int{0, 1, 2, 3, 5, 6, 7}},
		{"гюрг", model.BG, "giurgiu", []int{0, 1, 2, 3}},
		{"gyurg", model.BG, "giurgiu", []int{0, 1, 2, 3}},
		// Latin with accents on screen, typed without.
		{"ujbuda", model.EN, "ujbuda", []int{0, 1, 2, 3, 4, 5}},
		{"buda", model.EN, "ujbuda", []int{2, 3, 4, 5}},
		{"Уйбуда", model.EN, "ujbuda", []int{0, 1, 2, 3, 4, 5}},
		// Greek and Han on screen.
		{"peristeri", model.EN, "greek", []int{0, 1, 2, 3, 4, 5, 6, 7, 8}},
		{"steri", model.EN, "greek", []int{4, 5, 6, 7, 8}},
		{"nan", model.EN, "han", []int{1}},
		{"huainanshi", model.EN, "han", []int{0, 1, 2}},
		// The phonetic form of the name on screen.
		{"biyelina", model.EN, "bijeljina", []int{0, 1, 3, 4, 6, 7, 8}},
		// A slip: the runes that matched, without the wrong one.
		{"volgogard", model.EN, "volgograd", []int{0, 1, 2, 3, 4, 5, 6, 8}},
		// Matched elsewhere than the name on screen: nothing to light up.
		{"sent uan", model.EN, "saint-ouen", nil},
		{"France", model.EN, "saint-ouen", nil},
		{"1961", model.BG, "saint-ouen", nil},
	}
	for _, c := range cases {
		m, ok := find(se.Search(c.query, c.lang), c.id)
		if !ok {
			t.Errorf("Search(%q) did not find %s", c.query, c.id)
			continue
		}
		if !slices.Equal(m.Positions(), c.want) {
			t.Errorf("Search(%q, %s) positions in %q = %v, want %v",
				c.query, c.lang.Code(), cities[m.Index].Name.In(c.lang), m.Positions(), c.want)
		}
	}
}

func find(ms []Match, id string) (Match, bool) {
	for _, m := range ms {
		if m.ID == id {
			return m, true
		}
	}
	return Match{}, false
}

// TestSearchRanking checks that a city named by the query comes before
// one that only mentions it, that better matches come first, and that
// ties keep dataset order.
func TestSearchRanking(t *testing.T) {
	cities := []model.City{
		{ID: "paris", Name: model.Text{BG: "Париж", EN: "Paris"}, Country: model.Country{Code: "FR", Name: model.Text{BG: "Франция", EN: "France"}}, Areas: []model.Area{"culture"}},
		{ID: "franceville", Name: model.Text{BG: "Франсвил", EN: "Franceville"}, Country: model.Country{Code: "GA", Name: model.Text{BG: "Габон", EN: "Gabon"}}, Areas: []model.Area{"culture"}},
		{ID: "lyon", Name: model.Text{BG: "Лион", EN: "Lyon"}, Country: model.Country{Code: "FR", Name: model.Text{BG: "Франция", EN: "France"}}, Areas: []model.Area{"culture"}},
		{ID: "sofia", Name: model.Text{BG: "София", EN: "Sofia"}, Aliases: []string{"Serdica"}},
		{ID: "sopot", Name: model.Text{BG: "Сопот", EN: "Sopot"}},
	}
	se := NewIndex(cities).NewSearcher()
	cases := []struct {
		query string
		want  []string
	}{
		{"france", []string{"franceville", "paris", "lyon"}},
		{"culture", []string{"paris", "franceville", "lyon"}},
		{"so", []string{"sofia", "sopot"}},
		{"sop", []string{"sopot"}},
		{"serdica", []string{"sofia"}},
		{"sofia", []string{"sofia"}},
	}
	for _, c := range cases {
		if got := ids(se.Search(c.query, model.EN)); !slices.Equal(got, c.want) {
			t.Errorf("Search(%q) = %v, want %v", c.query, got, c.want)
		}
	}
	got := se.Search("france", model.EN)
	for i := 1; i < len(got); i++ {
		if got[i].Score > got[i-1].Score {
			t.Errorf("Search(france) not best first: %+v", got)
		}
	}
}

// TestMinScore checks the rule that drops noise: a query scattered over a
// long text is no match, a run of typed runes is.
func TestMinScore(t *testing.T) {
	cities := []model.City{
		{ID: "society", Name: model.Text{BG: "Х", EN: "X"}, Events: []model.Event{{Organisations: []model.Organisation{
			{Name: model.Text{BG: "Дружество за българо-китайско приятелство", EN: "Friendship Society"}},
		}}}},
		{ID: "programmes", Name: model.Text{BG: "Y", EN: "Y"}, Areas: []model.Area{"joint-projects"}},
	}
	se := NewIndex(cities).NewSearcher()
	for _, q := range []string{"tokyo", "trog", "zzzz"} {
		if got := se.Search(q, model.EN); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want nothing: it is noise", q, ids(got))
		}
	}
	for _, q := range []string{"kitay", "itays", "drzh", "progr", "joint", "x"} {
		if got := se.Search(q, model.EN); len(got) != 1 {
			t.Errorf("Search(%q) = %v, want one match", q, ids(got))
		}
	}
}

// TestSearchTyping checks that a search which only rescores what the
// previous, shorter query found gives what a fresh searcher gives.
func TestSearchTyping(t *testing.T) {
	cities := syntheticCities(3000)
	ix := NewIndex(cities)
	typed, fresh := ix.NewSearcher(), ix.NewSearcher()
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"волгоград", "shtiravo", "fraance", "1961", "bielina", "Гюргево", "ravoli", "kazhe"}
	for range 40 {
		w := []rune(words[rng.IntN(len(words))])
		if rng.IntN(2) == 0 { // a slip somewhere
			i := rng.IntN(len(w))
			w[i] = rune('a' + rng.IntN(26))
		}
		typed.Search("", model.BG)
		for i := 1; i <= len(w); i++ {
			q := string(w[:i])
			got := typed.Search(q, model.BG)
			fresh.Search("", model.BG) // forget the previous query
			want := fresh.Search(q, model.BG)
			if !slices.EqualFunc(got, want, func(a, b Match) bool {
				return a.Index == b.Index && a.Score == b.Score && slices.Equal(a.Positions(), b.Positions())
			}) {
				t.Fatalf("typing %q: %d matches, a fresh searcher finds %d", q, len(got), len(want))
			}
		}
	}
}

// TestSearchInParts checks that a scan split across goroutines finds
// what one goroutine finds, in the same order.
func TestSearchInParts(t *testing.T) {
	cities := syntheticCities(2000)
	ix := NewIndex(cities)
	split, whole := ix.NewSearcher(), ix.NewSearcher()
	split.partKeys = 16
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, w := range []string{"волгоград", "shtiravo", "fraance", "1961", "bielina", "r", "zzzz"} {
		split.Search("", model.BG)
		whole.Search("", model.BG)
		for i := range []rune(w) {
			q := string([]rune(w)[:i+1])
			got, want := split.Search(q, model.EN), whole.Search(q, model.EN)
			if !slices.EqualFunc(got, want, func(a, b Match) bool {
				return a.Index == b.Index && a.Score == b.Score && slices.Equal(a.Positions(), b.Positions())
			}) {
				t.Fatalf("Search(%q) in parts: %d matches, in one scan %d", q, len(got), len(want))
			}
		}
	}
}

// TestSearchAllocations checks that a keystroke allocates only its
// results, however many: the matches, and one copy of the query that
// they share to find their positions; and that a blank query, which lists
// every city, allocates nothing. Positions are found when asked, with
// fzf's own slice (and its header).
func TestSearchAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocations")
	}
	se := NewIndex(syntheticCities(2000)).NewSearcher()
	if allocs := testing.AllocsPerRun(20, func() { se.Search(" ", model.BG) }); allocs != 0 {
		t.Errorf("a blank search: %v allocations; want none, it lists every city from the index", allocs)
	}
	for _, q := range []string{"zzzz", "fraance", "1961", "r", "ra", "ravo"} {
		se.Search(q, model.BG) // grow the scratch
		ms := se.Search(q, model.BG)
		if allocs := testing.AllocsPerRun(20, func() { se.Search(q, model.BG) }); allocs > 3 {
			t.Errorf("Search(%q): %v allocations for %d matches; want at most 3", q, allocs, len(ms))
		}
		if len(ms) == 0 {
			continue
		}
		if allocs := testing.AllocsPerRun(20, func() { ms[0].Positions() }); allocs > 2 {
			t.Errorf("Search(%q): %v allocations for the positions of a match; want at most 2", q, allocs)
		}
	}
}

// FuzzSearch checks that any query, in any script or none, gives matches
// whose positions are ascending runes of the name on screen.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"Сент-Уан", "淮南", "Περιστέρι", "ujbuda", "щщщ", "ия", "\xff", "a\u0301", "🙂", strings.Repeat("ab", 40)} {
		f.Add(q)
	}
	cities := testCities()
	se := NewIndex(cities).NewSearcher()
	f.Fuzz(func(t *testing.T, q string) {
		for _, lang := range model.Langs {
			for _, m := range se.Search(q, lang) {
				name := cities[m.Index].Name.In(lang)
				n := utf8.RuneCountInString(name)
				pos := m.Positions()
				for i, p := range pos {
					if p < 0 || p >= n || i > 0 && p <= pos[i-1] {
						t.Fatalf("Search(%q): positions %v do not fit %q", q, pos, name)
					}
				}
			}
		}
	})
}

// ExampleSearcher_Search shows a Bulgarian city found by its Latin
// spelling, with the Cyrillic letters that matched.
func ExampleSearcher_Search() {
	se := NewIndex([]model.City{{ID: "peshtera", Name: model.Text{BG: "Пещера", EN: "Peshtera"}}}).NewSearcher()
	for _, m := range se.Search("pesht", model.BG) {
		fmt.Println(m.ID, m.Positions())
	}
	// Output: peshtera [0 1 2]
}
