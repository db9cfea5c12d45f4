package model

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// testCities are a few partner cities shaped like the real dataset's,
// without the aliases the real files add, so that transliteration alone
// must find them.
func testCities() []City {
	year := func(y int) Date { return Date{Year: y, Precision: YearOnly} }
	return []City{
		{
			ID: "saint-ouen", Name: Text{"Сент-Уан", "Saint-Ouen"},
			Native:  []NativeName{{Name: "Saint-Ouen-sur-Seine", Lang: "fr", Script: "Latn"}},
			Country: Country{"FR", Text{"Франция", "France"}},
			Region:  Text{"Ил дьо Франс", "Île-de-France"},
			Events: []Event{{Date: year(1961), Signatories: []Person{
				{Name: Text{"Вълко Вълков", "Valko Valkov"}},
				{Name: Text{"Фернан Льофор", "Fernand Lefort"}},
			}}},
			Areas: []Area{"sport", "arts"},
		},
		{
			ID: "peristeri", Name: Text{"Перистери", "Peristeri"},
			Native:  []NativeName{{Name: "Περιστέρι", Lang: "el", Script: "Grek"}},
			Country: Country{"GR", Text{"Гърция", "Greece"}},
			Events:  []Event{{Date: year(1986)}},
			Areas:   []Area{"culture", "education"},
		},
		{
			ID: "huainan", Name: Text{"Хуай Нан", "Huainan"},
			Native:  []NativeName{{Name: "淮南", Lang: "zh", Script: "Hans"}},
			Country: Country{"CN", Text{"Китай", "China"}},
			Events: []Event{{Date: year(1994), Organisations: []Organisation{
				{Name: Text{"Дружество за българо-китайско приятелство", "Bulgarian–Chinese Friendship Society"}},
			}}},
			Areas: []Area{"arts"},
		},
		{
			ID: "giurgiu", Name: Text{"Гюргево", "Giurgiu"},
			Native:  []NativeName{{Name: "Giurgiu", Lang: "ro", Script: "Latn"}},
			Country: Country{"RO", Text{"Румъния", "Romania"}},
			Areas:   []Area{"culture", "tourism"},
		},
		{
			ID: "ujbuda", Name: Text{"Уйбуда", "Újbuda"},
			Native:  []NativeName{{Name: "Újbuda", Lang: "hu", Script: "Latn"}},
			Country: Country{"HU", Text{"Унгария", "Hungary"}},
			Areas:   []Area{"tourism"},
		},
		{
			ID: "bijeljina", Name: Text{"Биелина", "Bijeljina"},
			Native: []NativeName{
				{Name: "Бијељина", Lang: "sr", Script: "Cyrl"},
				{Name: "Bijeljina", Lang: "sr", Script: "Latn"},
			},
			Country: Country{"BA", Text{"Босна и Херцеговина", "Bosnia and Herzegovina"}},
		},
		{
			ID: "simferopol", Name: Text{"Симферопол", "Simferopol"},
			Native:  []NativeName{{Name: "Симферополь", Lang: "ru", Script: "Cyrl"}},
			Country: Country{"UA", Text{"Украйна", "Ukraine"}},
			Events: []Event{{Date: year(2008), Signatories: []Person{
				{Name: Text{"Божидар Йотов", "Bozhidar Yotov"}},
			}}},
		},
		{
			ID: "volgograd", Name: Text{"Волгоград", "Volgograd"},
			Native:  []NativeName{{Name: "Волгоград", Lang: "ru", Script: "Cyrl"}},
			Country: Country{"RU", Text{"Русия", "Russia"}},
		},
		{
			ID: "peshtera", Name: Text{"Пещера", "Peshtera"},
			Country: Country{"BG", Text{"България", "Bulgaria"}},
		},
	}
}

// ids lists the ids of matches.
func ids(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	return out
}

func TestSearchFindsByAnything(t *testing.T) {
	ix := NewIndex(testCities())
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
		got := ix.Search(c.query, EN)
		if len(got) == 0 || got[0].ID != c.first {
			t.Errorf("Search(%q) = %v, want %s first", c.query, ids(got), c.first)
		}
	}
}

func TestSearchFindsNothing(t *testing.T) {
	ix := NewIndex(testCities())
	for _, q := range []string{"zzzz", "tokyo", "qqq", "xylophone", "berlin", "paris", "рим", "london"} {
		if got := ix.Search(q, BG); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want nothing", q, ids(got))
		}
	}
}

// TestSearchBlank checks that a query with nothing to search for lists
// every city in dataset order, unscored and unhighlighted.
func TestSearchBlank(t *testing.T) {
	cities := testCities()
	ix := NewIndex(cities)
	for _, q := range []string{"", "   ", "\t", "-- ,", "!"} {
		got := ix.Search(q, BG)
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
	ix := NewIndex(nil)
	if got := ix.Search("ruse", BG); len(got) != 0 {
		t.Errorf("an empty index found %v", got)
	}
	if got := ix.Search("", BG); len(got) != 0 {
		t.Errorf("an empty index lists %v", got)
	}
}

// TestSearchPositions checks that the positions point at the runes of the
// name on screen in every script, whatever form of it the query matched.
func TestSearchPositions(t *testing.T) {
	cities := append(testCities(),
		City{ID: "greek", Name: Text{"Перистери", "Περιστέρι"}},
		City{ID: "han", Name: Text{"Хуай Нан", "淮南市"}},
	)
	ix := NewIndex(cities)
	cases := []struct {
		query string
		lang  Lang
		id    string
		want  []int
	}{
		// Cyrillic on screen, Latin typed: "sht" is one rune, "щ".
		{"peshtera", BG, "peshtera", []int{0, 1, 2, 3, 4, 5}},
		{"pesht", BG, "peshtera", []int{0, 1, 2}},
		{"sent uan", BG, "saint-ouen", []int{0, 1, 2, 3, 5, 6, 7}},
		{"Сент-Уан", BG, "saint-ouen", []int{0, 1, 2, 3, 5, 6, 7}},
		{"гюрг", BG, "giurgiu", []int{0, 1, 2, 3}},
		{"gyurg", BG, "giurgiu", []int{0, 1, 2, 3}},
		// Latin with accents on screen, typed without.
		{"ujbuda", EN, "ujbuda", []int{0, 1, 2, 3, 4, 5}},
		{"buda", EN, "ujbuda", []int{2, 3, 4, 5}},
		{"Уйбуда", EN, "ujbuda", []int{0, 1, 2, 3, 4, 5}},
		// Greek and Han on screen.
		{"peristeri", EN, "greek", []int{0, 1, 2, 3, 4, 5, 6, 7, 8}},
		{"steri", EN, "greek", []int{4, 5, 6, 7, 8}},
		{"nan", EN, "han", []int{1}},
		{"huainanshi", EN, "han", []int{0, 1, 2}},
		// The phonetic form of the name on screen.
		{"biyelina", EN, "bijeljina", []int{0, 1, 3, 4, 6, 7, 8}},
		// A slip: the runes that matched, without the wrong one.
		{"volgogard", EN, "volgograd", []int{0, 1, 2, 3, 4, 5, 6, 8}},
		// Matched elsewhere than the name on screen: nothing to light up.
		{"sent uan", EN, "saint-ouen", nil},
		{"France", EN, "saint-ouen", nil},
		{"1961", BG, "saint-ouen", nil},
	}
	for _, c := range cases {
		m, ok := find(ix.Search(c.query, c.lang), c.id)
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
	cities := []City{
		{ID: "paris", Name: Text{"Париж", "Paris"}, Country: Country{"FR", Text{"Франция", "France"}}, Areas: []Area{"culture"}},
		{ID: "franceville", Name: Text{"Франсвил", "Franceville"}, Country: Country{"GA", Text{"Габон", "Gabon"}}, Areas: []Area{"culture"}},
		{ID: "lyon", Name: Text{"Лион", "Lyon"}, Country: Country{"FR", Text{"Франция", "France"}}, Areas: []Area{"culture"}},
		{ID: "sofia", Name: Text{"София", "Sofia"}, Aliases: []string{"Serdica"}},
		{ID: "sopot", Name: Text{"Сопот", "Sopot"}},
	}
	ix := NewIndex(cities)
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
		if got := ids(ix.Search(c.query, EN)); !slices.Equal(got, c.want) {
			t.Errorf("Search(%q) = %v, want %v", c.query, got, c.want)
		}
	}
	got := ix.Search("france", EN)
	for i := 1; i < len(got); i++ {
		if got[i].Score > got[i-1].Score {
			t.Errorf("Search(france) not best first: %+v", got)
		}
	}
}

// TestMinScore checks the rule that drops noise: a query scattered over a
// long text is no match, a run of typed runes is.
func TestMinScore(t *testing.T) {
	cities := []City{
		{ID: "society", Name: Text{"Х", "X"}, Events: []Event{{Organisations: []Organisation{
			{Name: Text{"Дружество за българо-китайско приятелство", "Friendship Society"}},
		}}}},
		{ID: "programmes", Name: Text{"Y", "Y"}, Areas: []Area{"joint-projects"}},
	}
	ix := NewIndex(cities)
	for _, q := range []string{"tokyo", "trog", "zzzz"} {
		if got := ix.Search(q, EN); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want nothing: it is noise", q, ids(got))
		}
	}
	for _, q := range []string{"kitay", "itays", "drzh", "progr", "joint", "x"} {
		if got := ix.Search(q, EN); len(got) != 1 {
			t.Errorf("Search(%q) = %v, want one match", q, ids(got))
		}
	}
}

// TestSearchTyping checks that a search which only rescores what the
// previous, shorter query found gives what a fresh index gives.
func TestSearchTyping(t *testing.T) {
	cities := syntheticCities(3000)
	typed, fresh := NewIndex(cities), NewIndex(cities)
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"волгоград", "shtiravo", "fraance", "1961", "bielina", "Гюргево", "ravoli", "kazhe"}
	for range 40 {
		w := []rune(words[rng.IntN(len(words))])
		if rng.IntN(2) == 0 { // a slip somewhere
			i := rng.IntN(len(w))
			w[i] = rune('a' + rng.IntN(26))
		}
		typed.Search("", BG)
		for i := 1; i <= len(w); i++ {
			q := string(w[:i])
			got := typed.Search(q, BG)
			fresh.Search("", BG) // forget the previous query
			want := fresh.Search(q, BG)
			if !slices.EqualFunc(got, want, func(a, b Match) bool {
				return a.Index == b.Index && a.Score == b.Score && slices.Equal(a.Positions(), b.Positions())
			}) {
				t.Fatalf("typing %q: %d matches, a fresh index finds %d", q, len(got), len(want))
			}
		}
	}
}

// TestSearchInParts checks that a scan split across goroutines finds
// what one goroutine finds, in the same order.
func TestSearchInParts(t *testing.T) {
	cities := syntheticCities(2000)
	split, whole := NewIndex(cities), NewIndex(cities)
	split.s.partKeys = 16
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, w := range []string{"волгоград", "shtiravo", "fraance", "1961", "bielina", "r", "zzzz"} {
		split.Search("", BG)
		whole.Search("", BG)
		for i := range []rune(w) {
			q := string([]rune(w)[:i+1])
			got, want := split.Search(q, EN), whole.Search(q, EN)
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
// they share to find their positions. Positions are found when asked, with
// fzf's own slice (and its header).
func TestSearchAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocations")
	}
	ix := NewIndex(syntheticCities(2000))
	for _, q := range []string{"zzzz", "fraance", "1961", "r", "ra", "ravo"} {
		ix.Search(q, BG) // grow the scratch
		ms := ix.Search(q, BG)
		if allocs := testing.AllocsPerRun(20, func() { ix.Search(q, BG) }); allocs > 3 {
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
	ix := NewIndex(cities)
	f.Fuzz(func(t *testing.T, q string) {
		for _, lang := range Langs {
			for _, m := range ix.Search(q, lang) {
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

// ExampleIndex_Search shows a Bulgarian city found by its Latin
// spelling, with the Cyrillic letters that matched.
func ExampleIndex_Search() {
	ix := NewIndex([]City{{ID: "peshtera", Name: Text{BG: "Пещера", EN: "Peshtera"}}})
	for _, m := range ix.Search("pesht", BG) {
		fmt.Println(m.ID, m.Positions())
	}
	// Output: peshtera [0 1 2]
}

// TestBackgroundIndex checks that an index built in the background finds
// what one built at once finds, blank queries included, whether or not it
// is ready yet.
func TestBackgroundIndex(t *testing.T) {
	cities := testCities()
	now := NewIndex(cities)
	for _, wait := range []bool{false, true} {
		bg := NewIndexInBackground(cities)
		if wait {
			bg.Wait()
		}
		for _, q := range []string{"", "  -", "sent uan", "1961", "", "volgogard"} {
			got, want := bg.Search(q, EN), now.Search(q, EN)
			if !slices.EqualFunc(got, want, func(a, b Match) bool {
				return a.Index == b.Index && a.ID == b.ID && a.Score == b.Score && slices.Equal(a.Positions(), b.Positions())
			}) {
				t.Errorf("Search(%q) in the background = %v, at once %v", q, got, want)
			}
		}
	}
}
