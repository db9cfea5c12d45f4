package search

import (
	"fmt"
	"math/rand/v2"
	"reflect"
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
		{"Йотов", "simferopol"}, {"yotov", "simferopol"}, {"iotov", "simferopol"}, {"Lefort", "saint-ouen"}, {"Льофор", "saint-ouen"},
		{"tourism", "giurgiu"}, {"туризъм", "giurgiu"}, {"култура", "peristeri"}, {"culture", "peristeri"},
		{"friendship society", "huainan"},
		// Words from different fields narrow together.
		{"France 1961", "saint-ouen"}, {"huainan china", "huainan"}, {"1994 китай", "huainan"},
		{"peristeri greece", "peristeri"}, {"Вълков Льофор", "saint-ouen"},
		// One slip in a word of six runes or more is forgiven.
		{"volgogard", "volgograd"}, {"peristery", "peristeri"}, {"simferpol", "simferopol"},
		{"sinferopol", "simferopol"}, {"ujbdua", "ujbuda"}, {"volgogr4d", "volgograd"},
		{"frnace", "saint-ouen"}, {"lefrot", "saint-ouen"}, {"pesthera", "peshtera"},
		{"volgogard russia", "volgograd"}, {"russia volgogard", "volgograd"},
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
	for _, q := range []string{
		"zzzz", "tokyo", "qqq", "xylophone", "berlin", "paris", "рим", "london",
		// Every word must match: each of these does alone, not together.
		"France 1994", "Lefort Йотов", "china greece",
		// A slip is forgiven only where nothing matches as typed, and
		// only in a word of six runes or more.
		"frnac", "lefrx", "vx",
	} {
		if got := se.Search(q, model.BG); len(got) != 0 {
			t.Errorf("Search(%q) = %v, want nothing", q, ids(got))
		}
	}
}

// TestSearchBlank checks that a query with nothing to search for lists
// every city in dataset order, unscored and unexplained.
func TestSearchBlank(t *testing.T) {
	cities := testCities()
	se := NewIndex(cities).NewSearcher()
	for _, q := range []string{"", "   ", "\t", "-- ,", "!"} {
		got := se.Search(q, model.BG)
		if len(got) != len(cities) {
			t.Fatalf("Search(%q) found %d cities, want all %d", q, len(got), len(cities))
		}
		for i, m := range got {
			if m.Index != i || m.ID != cities[i].ID || m.Score != 0 || !reflect.DeepEqual(m.Explain(cities[i]), Explanation{}) {
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

// TestSearchWords checks how the words of a query combine: every word
// must match somewhere in the city, in any field; words that spell a
// name together match it even when one alone matches nothing ("volgo
// g"); and the score is the sum of the words'.
func TestSearchWords(t *testing.T) {
	cities := testCities()
	se := NewIndex(cities).NewSearcher()
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"France", []string{"saint-ouen"}},
		{"France 1961", []string{"saint-ouen"}},
		{"1961 France", []string{"saint-ouen"}},
		{"Franc 19", []string{"saint-ouen"}},
		{"volgo g", []string{"volgograd"}}, // no word of Volgograd starts with g
		{"volgo grad", []string{"volgograd"}},
		{"hua inan", []string{"huainan"}},
		{"sa ou", []string{"saint-ouen"}},
	} {
		if got := ids(se.Search(c.query, model.EN)); !slices.Equal(got, c.want) {
			t.Errorf("Search(%q) = %v, want %v", c.query, got, c.want)
		}
	}
	one, two := se.Search("france", model.EN), se.Search("france 1961", model.EN)
	if len(one) != 1 || len(two) != 1 || two[0].Score <= one[0].Score {
		t.Errorf("france scores %v, france 1961 %v: a second word that matches should add to the score", one, two)
	}
}

// TestSearchTypoOnlyWhenNothingElse checks that a slip is forgiven only
// in a word that finds nothing as typed: "peristeri" typed right does not
// also list cities one slip from it.
func TestSearchTypoOnlyWhenNothingElse(t *testing.T) {
	cities := []model.City{
		{ID: "a", Name: model.Text{BG: "Пещера", EN: "Peshtera"}},
		{ID: "b", Name: model.Text{BG: "Пещери", EN: "Peshteri"}},
	}
	se := NewIndex(cities).NewSearcher()
	if got := ids(se.Search("peshtera", model.EN)); !slices.Equal(got, []string{"a"}) {
		t.Errorf("Search(peshtera) = %v, want only the city spelt so", got)
	}
	if got := ids(se.Search("peshterx", model.EN)); len(got) != 2 {
		t.Errorf("Search(peshterx) = %v, want both cities, each one slip away", got)
	}
}

// TestExplainRow checks which runes of the row a match lights up: those
// of the name, country and first year shown, in every script, whatever
// form of them the query matched, and through the transliteration the
// names share when the query is in another script than the row.
func TestExplainRow(t *testing.T) {
	cities := append(testCities(),
		model.City{ID: "greek", Name: model.Text{BG: "Перистери", EN: "Περιστέρι"}},
		model.City{ID: "han", Name: model.Text{BG: "Хуай Нан", EN: "淮南市"}},
		model.City{ID: "accent", Name: model.Text{BG: "Уйбуда", EN: "U\u0301jbuda"}},
	)
	se := NewIndex(cities).NewSearcher()
	cases := []struct {
		query               string
		lang                model.Lang
		id                  string
		name, country, year []int
	}{
		// Cyrillic on screen, Latin typed: "sht" is one rune, "щ".
		{"peshtera", model.BG, "peshtera", []int{0, 1, 2, 3, 4, 5}, nil, nil},
		{"pesht", model.BG, "peshtera", []int{0, 1, 2}, nil, nil},
		{"sent uan", model.BG, "saint-ouen", []int{0, 1, 2, 3, 5, 6, 7}, nil, nil},
		{"Сент-Уан", model.BG, "saint-ouen", []int{0, 1, 2, 3, 5, 6, 7}, nil, nil},
		{"гюрг", model.BG, "giurgiu", []int{0, 1, 2, 3}, nil, nil},
		{"gyurg", model.BG, "giurgiu", []int{0, 1, 2, 3}, nil, nil},
		// Latin with accents on screen, typed without; an accent written
		// as a combining mark is a rune of its own, after its letter.
		{"ujbuda", model.EN, "ujbuda", []int{0, 1, 2, 3, 4, 5}, nil, nil},
		{"ujb", model.EN, "accent", []int{0, 2, 3}, nil, nil},
		{"Уйбуда", model.EN, "ujbuda", []int{0, 1, 2, 3, 4, 5}, nil, nil},
		// Greek and Han on screen.
		{"peristeri", model.EN, "greek", []int{0, 1, 2, 3, 4, 5, 6, 7, 8}, nil, nil},
		{"nan", model.EN, "han", []int{1}, nil, nil},
		{"huainanshi", model.EN, "han", []int{0, 1, 2}, nil, nil},
		// The phonetic form of the name on screen.
		{"biyelina", model.EN, "bijeljina", []int{0, 1, 3, 4, 6, 7, 8}, nil, nil},
		// A slip: the runes that matched, without the wrong one.
		{"volgogard", model.EN, "volgograd", []int{0, 1, 2, 3, 4, 5, 6, 8}, nil, nil},
		// Another script than the row's: through the transliteration.
		{"гюргево", model.EN, "giurgiu", []int{0, 2, 3, 4}, nil, nil},
		{"sent uan", model.EN, "saint-ouen", []int{0, 3, 4, 7, 9}, nil, nil},
		{"giurgiu", model.BG, "giurgiu", []int{0, 1, 2, 3}, nil, nil},
		{"Франция", model.EN, "saint-ouen", nil, []int{0, 1, 2, 3}, nil},
		// The country and the year.
		{"France", model.EN, "saint-ouen", nil, []int{0, 1, 2, 3, 4, 5}, nil},
		{"France 1961", model.EN, "saint-ouen", nil, []int{0, 1, 2, 3, 4, 5}, []int{0, 1, 2, 3}},
		{"19", model.BG, "saint-ouen", nil, nil, []int{0, 1}},
		{"Гърция", model.BG, "peristeri", nil, []int{0, 1, 2, 3, 4, 5}, nil},
		// Matched elsewhere than the row: nothing to light up in it.
		{"Lefort", model.EN, "saint-ouen", nil, nil, nil},
	}
	for _, c := range cases {
		m, ok := find(se.Search(c.query, c.lang), c.id)
		if !ok {
			t.Errorf("Search(%q) did not find %s", c.query, c.id)
			continue
		}
		city := cities[m.Index]
		e := m.Explain(city)
		if !slices.Equal(e.Name, c.name) || !slices.Equal(e.Country, c.country) || !slices.Equal(e.Year, c.year) {
			t.Errorf("Search(%q, %s) lights up %v of %q, %v of %q, %v of the year; want %v, %v, %v",
				c.query, c.lang.Code(), e.Name, city.Name.In(c.lang), e.Country, city.Country.Name.In(c.lang), e.Year,
				c.name, c.country, c.year)
		}
	}
}

// TestExplainBest checks what a match says of the field that matched
// best: its text in the language shown (or as the query matched it), the
// runes that matched, and whether it is in the row.
func TestExplainBest(t *testing.T) {
	cities := append(testCities(), model.City{
		ID: "danube", Name: model.Text{BG: "Дунавград", EN: "Danubegrad"},
		Aliases: []string{"Istros"},
		Country: model.Country{Code: "XX", Name: model.Text{BG: "Държава", EN: "Land"}, Aliases: []string{"ДЗ"}},
		Kind:    model.CooperationAgreement,
		Events: []model.Event{
			{Date: model.Date{Year: 1990, Precision: model.YearOnly}, Kind: model.CooperationAgreement},
			{Date: model.Date{Year: 2002, Month: 5, Day: 9, Precision: model.Day}, Kind: model.Euroregion,
				Place:         model.Text{BG: "Гюргево", EN: "Giurgiu"},
				Signatories:   []model.Person{{Name: model.Text{BG: "Генадий Бабенко", EN: "Gennadiy Babenko"}, Role: model.Text{BG: "кмет", EN: "mayor"}, Aliases: []string{"Hennadii Babenko"}}},
				Organisations: []model.Organisation{{Name: model.Text{BG: "Данубиус", EN: "Danubius"}, Role: model.Text{BG: "учредител", EN: "founder"}}},
			},
		},
		Groups: []model.Text{{BG: "лекари", EN: "doctors"}},
	})
	se := NewIndex(cities).NewSearcher()
	cases := []struct {
		query     string
		lang      model.Lang
		id        string
		field     Field
		text      string
		positions []int
		elsewhere bool
	}{
		{"Lefort", model.EN, "saint-ouen", FieldPerson, "Fernand Lefort", []int{8, 9, 10, 11, 12, 13}, true},
		{"Льофор", model.EN, "saint-ouen", FieldPerson, "Фернан Льофор", []int{7, 8, 9, 10, 11, 12}, true},
		{"hennadii", model.EN, "danube", FieldPerson, "Gennadiy Babenko (Hennadii Babenko), mayor", []int{18, 19, 20, 21, 22, 23, 24, 25}, true},
		{"кмет", model.EN, "danube", FieldPerson, "Генадий Бабенко, кмет", []int{17, 18, 19, 20}, true},
		{"babenko mayor", model.EN, "danube", FieldPerson, "Gennadiy Babenko, mayor", []int{9, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22}, true},
		{"founder", model.BG, "danube", FieldOrganisation, "Danubius, founder", []int{10, 11, 12, 13, 14, 15, 16}, true},
		{"данубиус", model.EN, "danube", FieldOrganisation, "Danubius, founder", []int{0, 1, 2, 3, 4, 5, 6, 7}, true},
		{"istros", model.EN, "danube", FieldName, "Istros", []int{0, 1, 2, 3, 4, 5}, true},
		{"дз", model.EN, "danube", FieldCountry, "Land (ДЗ)", []int{6, 7}, true},
		{"2002", model.EN, "danube", FieldYear, "9 May 2002 — euroregion association", []int{6, 7, 8, 9}, true},
		{"май", model.BG, "danube", FieldMonth, "9 май 2002 г. — еврорегионална асоциация", []int{2, 3, 4}, true},
		{"май 2002", model.BG, "danube", FieldYear, "9 май 2002 г. — еврорегионална асоциация", []int{2, 3, 4, 6, 7, 8, 9}, true},
		{"Giurgiu", model.EN, "danube", FieldPlace, "Giurgiu", []int{0, 1, 2, 3, 4, 5, 6}, true},
		{"спогодба", model.EN, "danube", FieldKind, "споразумение за сътрудничество (спогодба за сътрудничество)", []int{32, 33, 34, 35, 36, 37, 38, 39}, true},
		{"doctors", model.EN, "danube", FieldGroup, "doctors", []int{0, 1, 2, 3, 4, 5, 6}, true},
		{"туризъм", model.BG, "giurgiu", FieldArea, "туризъм", []int{0, 1, 2, 3, 4, 5, 6}, true},
		{"tourism", model.BG, "giurgiu", FieldArea, "tourism", []int{0, 1, 2, 3, 4, 5, 6}, true},
		{"1990", model.EN, "danube", FieldYear, "1990", []int{0, 1, 2, 3}, false},
		{"danubeg", model.EN, "danube", FieldName, "Danubegrad", []int{0, 1, 2, 3, 4, 5, 6}, false},
		{"Land", model.EN, "danube", FieldCountry, "Land", []int{0, 1, 2, 3}, false},
	}
	for _, c := range cases {
		m, ok := find(se.Search(c.query, c.lang), c.id)
		if !ok {
			t.Errorf("Search(%q) did not find %s", c.query, c.id)
			continue
		}
		b := m.Explain(cities[m.Index])
		if b.Best.Field != c.field || b.Best.Text != c.text || !slices.Equal(b.Best.Positions, c.positions) || b.Elsewhere != c.elsewhere {
			t.Errorf("Search(%q, %s) explains %s %q %v, elsewhere %v; want %s %q %v, %v", c.query, c.lang.Code(),
				b.Best.Field, b.Best.Text, b.Best.Positions, b.Elsewhere, c.field, c.text, c.positions, c.elsewhere)
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
		{"culture lyon", []string{"lyon"}},
		{"culture france", []string{"franceville", "paris", "lyon"}},
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

// TestNoise checks the rules that drop noise: a word scattered over a
// long text is no match, a run of typed runes is; a word of one or two
// letters matches only at the start of words; and a word typed in full
// somewhere drags none of its looser matches along.
func TestNoise(t *testing.T) {
	cities := []model.City{
		{ID: "society", Name: model.Text{BG: "Х", EN: "X"}, Events: []model.Event{{Organisations: []model.Organisation{
			{Name: model.Text{BG: "Дружество за българо-китайско приятелство", EN: "Friendship Society"}},
		}}}},
		{ID: "programmes", Name: model.Text{BG: "Y", EN: "Y"}, Areas: []model.Area{"joint-projects", "information-technology"}},
		{ID: "school", Name: model.Text{BG: "Z", EN: "Z"}, Events: []model.Event{{Organisations: []model.Organisation{
			{Name: model.Text{BG: "училище", EN: "14th School in Athens"}, Role: model.Text{BG: "партньор", EN: "partner"}},
		}}}},
		{ID: "china", Name: model.Text{BG: "W", EN: "W"}, Country: model.Country{Code: "CN", Name: model.Text{BG: "Китай", EN: "China"}},
			Events: []model.Event{{Signatories: []model.Person{{Name: model.Text{BG: "Ана", EN: "Ana"}, Role: model.Text{BG: "кмет на Сплит", EN: "Mayor of Split"}}}}}},
	}
	se := NewIndex(cities).NewSearcher()
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"tokyo", nil}, {"trog", nil}, {"zzzz", nil},
		{"kitay", []string{"china", "society"}}, {"drzh", []string{"society"}},
		{"progr", []string{"programmes"}}, {"joint", []string{"programmes"}}, {"x", []string{"society"}},
		{"china", []string{"china"}},          // not the scatter in "sCHool IN Athens"
		{"it", []string{"programmes"}},        // information technology, not "splIT"
		{"sch", []string{"school"}},           //
		{"li", nil},                           // "li" is in "Split", but starts no word
		{"lit", []string{"china"}},            // a longer word may be inside one
		{"tech", []string{"programmes"}},      //
		{"mayor split", []string{"china"}},    //
		{"school athens", []string{"school"}}, //
	} {
		if got := ids(se.Search(c.query, model.EN)); !slices.Equal(got, c.want) && (len(got) > 0 || len(c.want) > 0) {
			t.Errorf("Search(%q) = %v, want %v", c.query, got, c.want)
		}
	}
}

// TestInsideWords checks how a word matches inside the words of a city:
// from its third rune, as well as from the start of a word; from its
// fourth, only where no city has it from the start of a word; and that
// initials rank below a word found from the start of a word, which a
// loose match with a letter left out comes near enough to be listed
// beside.
func TestInsideWords(t *testing.T) {
	city := func(id, name string, more ...model.Area) model.City {
		return model.City{ID: id, Name: model.Text{BG: name, EN: name}, Areas: more}
	}
	cities := []model.City{
		city("volgograd", "Volgograd"), city("gradac", "Gradac"), city("gramsh", "Gramsh"),
		city("ports", "Sportsburg"), city("lines", "Transport Lines", "transport"),
		{ID: "knr", Name: model.Text{BG: "К", EN: "K"}, Aliases: []string{"KNR"}},
		{ID: "kmet", Name: model.Text{BG: "Л", EN: "L"}, Events: []model.Event{{Signatories: []model.Person{{Name: model.Text{BG: "Ана", EN: "Ana"}, Role: model.Text{BG: "кмет на Русе", EN: "Mayor of Ruse"}}}}}},
		{ID: "obshtina", Name: model.Text{BG: "М", EN: "M"}, Groups: []model.Text{{BG: "общинската администрация", EN: "the municipal administration"}}},
		{ID: "obshtina-ruse", Name: model.Text{BG: "Н", EN: "N"}, Groups: []model.Text{{BG: "община Русе", EN: "Ruse municipality"}}},
	}
	se := NewIndex(cities).NewSearcher()
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"gr", []string{"gradac", "gramsh"}},               // two letters: from the start of a word
		{"gra", []string{"gradac", "gramsh", "volgograd"}}, // three: inside a word too
		{"grad", []string{"gradac"}},                       // four: not inside where a word begins with it
		{"ogra", []string{"volgograd"}},                    // inside, where none begins with it
		{"port", []string{"ports", "lines"}},               // inside both, where no word begins with it
		{"sport", []string{"ports"}},                       // inside "sportsburg" only; "transport" is not "sport"
		{"knr", []string{"knr"}},                           // the alias, not the initials of "кмет на Русе"
		{"kmnr", nil},                                      //
		{"община", []string{"obshtina-ruse", "obshtina"}},  // a letter left out of a word begun, beside the word
	} {
		if got := ids(se.Search(c.query, model.EN)); !slices.Equal(got, c.want) && (len(got) > 0 || len(c.want) > 0) {
			t.Errorf("Search(%q) = %v, want %v", c.query, got, c.want)
		}
	}
}

// TestOneMoreLetter checks that typing one more letter never adds a city
// to a list that is not empty, whatever the query: random words made of
// the cities' own letters and of others, in every script; but for the
// letter with which a word reaches three runes, from which a word matches
// inside words too, and which may add only cities that the list the word
// began from had. It also checks that the query typed lists what it lists
// when given at once.
func TestOneMoreLetter(t *testing.T) {
	cities := append(testCities(), syntheticCities(300)...)
	ix := NewIndex(cities)
	se, fresh := ix.NewSearcher(), ix.NewSearcher()
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []rune("abcdefghijklmnopqrstuvwxyz абвгдежзийклмнопрстуфхцчшщъьюя-1969άέήίόύώ淮南")
	reopened := 0
	for range 600 {
		var q []rune
		se.Search("", model.EN)
		before := se.Search("", model.EN)
		base := before
		for range 2 + rng.IntN(12) {
			q = append(q, alphabet[rng.IntN(len(alphabet))])
			got := se.Search(string(q), model.EN)
			was, now := lastWord(string(q[:len(q)-1])), lastWord(string(q))
			if now.words != was.words {
				base = before // a new word begins from the list before it
			}
			if len(before) > 0 && !subset(got, before) {
				if now.words != was.words || was.runes > 2 || now.runes <= 2 || !subset(got, base) {
					t.Fatalf("%q lists %v, more than %q did: %v", string(q), ids(got), string(q[:len(q)-1]), ids(before))
				}
				reopened++
			}
			if want := ids(fresh.Search(string(q), model.EN)); !slices.Equal(ids(got), want) {
				t.Fatalf("%q typed lists %v, given at once %v", string(q), ids(got), want)
			}
			fresh.Search("", model.EN)
			before = got
		}
	}
	if reopened == 0 {
		t.Error("no word's third rune found anything inside a word")
	}
}

// lastWord says how many words folded query q has, and how many runes
// the last of them.
func lastWord(q string) (w struct{ words, runes int }) {
	var p query
	p.parse(q)
	if w.words = len(p.words); w.words > 0 {
		w.runes = len(p.words[w.words-1].plain)
	}
	return w
}

// subset reports whether every match of a is among those of b.
func subset(a, b []Match) bool {
	in := map[string]bool{}
	for _, m := range b {
		in[m.ID] = true
	}
	for _, m := range a {
		if !in[m.ID] {
			return false
		}
	}
	return true
}

// TestSearchTyping checks that a search which only rescores what the
// previous, shorter query found gives what a fresh searcher gives, and so
// does one that deletes a rune.
func TestSearchTyping(t *testing.T) {
	cities := syntheticCities(3000)
	ix := NewIndex(cities)
	typed, fresh := ix.NewSearcher(), ix.NewSearcher()
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"волгоград", "shtiravo", "fraance", "1961", "bielina", "Гюргево", "ravoli", "kazhe", "France 1986", "ра во"}
	for range 40 {
		w := []rune(words[rng.IntN(len(words))])
		if rng.IntN(2) == 0 { // a slip somewhere
			i := rng.IntN(len(w))
			w[i] = rune('a' + rng.IntN(26))
		}
		typed.Search("", model.BG)
		for i := 1; i <= len(w); i++ {
			q := string(w[:i])
			if rng.IntN(4) == 0 && i > 1 { // a rune deleted and typed again
				typed.Search(string(w[:i-2]), model.BG)
			}
			got := typed.Search(q, model.BG)
			fresh.Search("", model.BG) // forget the previous query
			want := fresh.Search(q, model.BG)
			if !sameResults(results(got, cities), results(want, cities)) {
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
	for _, w := range []string{"волгоград", "shtiravo", "fraance", "1961", "bielina", "r", "zzzz", "ra vo"} {
		split.Search("", model.BG)
		whole.Search("", model.BG)
		for i := range []rune(w) {
			q := string([]rune(w)[:i+1])
			got, want := split.Search(q, model.EN), whole.Search(q, model.EN)
			if !sameResults(results(got, cities), results(want, cities)) {
				t.Fatalf("Search(%q) in parts: %d matches, in one scan %d", q, len(got), len(want))
			}
		}
	}
}

// TestSearchAllocations checks that a keystroke allocates only its
// results, however many: the cities and scores listed, and one copy of
// the query that they share to explain themselves; that the same query
// again, as when the language changes, allocates only the cities and
// scores (and the matches made of them, for Search); and that a blank
// query, which lists every city, allocates nothing.
func TestSearchAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector changes allocations")
	}
	se := NewIndex(syntheticCities(2000)).NewSearcher()
	if allocs := testing.AllocsPerRun(20, func() { se.Search(" ", model.BG) }); allocs != 0 {
		t.Errorf("a blank search: %v allocations; want none, it lists every city from the index", allocs)
	}
	for _, q := range []string{"zzzz", "fraance", "1961", "r", "ra", "ravo", "ra vo"} {
		short := string([]rune(q)[:len([]rune(q))-1])
		for range 2 { // grow the scratch
			se.Search(short, model.BG)
			se.Search(q, model.BG)
		}
		ms := se.Search(q, model.BG)
		if allocs := testing.AllocsPerRun(20, func() { se.Find(q, model.BG) }); allocs > 1 {
			t.Errorf("Find(%q) again: %v allocations for %d matches; want at most 1", q, allocs, len(ms))
		}
		if allocs := testing.AllocsPerRun(20, func() { se.Search(q, model.BG) }); allocs > 2 {
			t.Errorf("Search(%q) again: %v allocations for %d matches; want at most 2", q, allocs, len(ms))
		}
		if allocs := testing.AllocsPerRun(20, func() {
			se.Find(short, model.BG)
			se.Find(q, model.BG)
		}); allocs > 10 {
			t.Errorf("Search(%q) after %q: %v allocations; want at most 10", q, short, allocs)
		}
	}
}

// FuzzSearch checks that any query, in any script or none, gives matches
// whose explanations light up runes that are in the row.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"Сент-Уан", "淮南", "Περιστέρι", "ujbuda", "щщщ", "ия", "\xff", "a\u0301", "🙂", strings.Repeat("ab", 40), "france 1961", "a b c d e f"} {
		f.Add(q)
	}
	cities := testCities()
	se := NewIndex(cities).NewSearcher()
	f.Fuzz(func(t *testing.T, q string) {
		for _, lang := range model.Langs {
			for _, m := range se.Search(q, lang) {
				c := cities[m.Index]
				e := m.Explain(c)
				year := ""
				if y, ok := c.Since(); ok {
					year = fmt.Sprint(y)
				}
				for _, part := range []struct {
					text string
					at   []int
				}{{c.Name.In(lang), e.Name}, {c.Country.Name.In(lang), e.Country}, {year, e.Year}, {e.Best.Text, e.Best.Positions}} {
					n := utf8.RuneCountInString(part.text)
					for i, p := range part.at {
						if p < 0 || p >= n || i > 0 && p <= part.at[i-1] {
							t.Fatalf("Search(%q): positions %v do not fit %q", q, part.at, part.text)
						}
					}
				}
			}
		}
	})
}

// ExampleSearcher_Search shows a Bulgarian city found by its Latin
// spelling, with the Cyrillic letters that matched.
func ExampleSearcher_Search() {
	cities := []model.City{{ID: "peshtera", Name: model.Text{BG: "Пещера", EN: "Peshtera"}}}
	se := NewIndex(cities).NewSearcher()
	for _, m := range se.Search("pesht", model.BG) {
		fmt.Println(m.ID, m.Explain(cities[m.Index]).Name)
	}
	// Output: peshtera [0 1 2]
}
