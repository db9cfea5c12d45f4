package search

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/ruse-twins/ruse-twins/model"
)

// testCities are a few partner cities shaped like the real dataset's,
// without the aliases the real files add, so that transliteration alone
// must find them.
func testCities() []model.City {
	year := func(y int) model.Date { return model.Date{Year: y, Precision: model.YearOnly} }
	return []model.City{
		{
			ID: "saint-ouen", Name: model.Text{BG: "Сент-Уан", EN: "Saint-Ouen"},
			Native:  []model.NativeName{{Name: "Saint-Ouen-sur-Seine", Lang: "fr", Script: "Latn"}},
			Country: model.Country{Code: "FR", Name: model.Text{BG: "Франция", EN: "France"}},
			Region:  model.Text{BG: "Ил дьо Франс", EN: "Île-de-France"},
			Events: []model.Event{{Date: year(1961), Signatories: []model.Person{
				{Name: model.Text{BG: "Вълко Вълков", EN: "Valko Valkov"}},
				{Name: model.Text{BG: "Фернан Льофор", EN: "Fernand Lefort"}},
			}}},
			Areas: []model.Area{"sport", "arts"},
		},
		{
			ID: "peristeri", Name: model.Text{BG: "Перистери", EN: "Peristeri"},
			Native:  []model.NativeName{{Name: "Περιστέρι", Lang: "el", Script: "Grek"}},
			Country: model.Country{Code: "GR", Name: model.Text{BG: "Гърция", EN: "Greece"}},
			Events:  []model.Event{{Date: year(1986)}},
			Areas:   []model.Area{"culture", "education"},
		},
		{
			ID: "huainan", Name: model.Text{BG: "Хуай Нан", EN: "Huainan"},
			Native:  []model.NativeName{{Name: "淮南", Lang: "zh", Script: "Hans"}},
			Country: model.Country{Code: "CN", Name: model.Text{BG: "Китай", EN: "China"}},
			Events: []model.Event{{Date: year(1994), Organisations: []model.Organisation{
				{Name: model.Text{BG: "Дружество за българо-китайско приятелство", EN: "Bulgarian–Chinese Friendship Society"}},
			}}},
			Areas: []model.Area{"arts"},
		},
		{
			ID: "giurgiu", Name: model.Text{BG: "Гюргево", EN: "Giurgiu"},
			Native:  []model.NativeName{{Name: "Giurgiu", Lang: "ro", Script: "Latn"}},
			Country: model.Country{Code: "RO", Name: model.Text{BG: "Румъния", EN: "Romania"}},
			Areas:   []model.Area{"culture", "tourism"},
		},
		{
			ID: "ujbuda", Name: model.Text{BG: "Уйбуда", EN: "Újbuda"},
			Native:  []model.NativeName{{Name: "Újbuda", Lang: "hu", Script: "Latn"}},
			Country: model.Country{Code: "HU", Name: model.Text{BG: "Унгария", EN: "Hungary"}},
			Areas:   []model.Area{"tourism"},
		},
		{
			ID: "bijeljina", Name: model.Text{BG: "Биелина", EN: "Bijeljina"},
			Native: []model.NativeName{
				{Name: "Бијељина", Lang: "sr", Script: "Cyrl"},
				{Name: "Bijeljina", Lang: "sr", Script: "Latn"},
			},
			Country: model.Country{Code: "BA", Name: model.Text{BG: "Босна и Херцеговина", EN: "Bosnia and Herzegovina"}},
		},
		{
			ID: "simferopol", Name: model.Text{BG: "Симферопол", EN: "Simferopol"},
			Native:  []model.NativeName{{Name: "Симферополь", Lang: "ru", Script: "Cyrl"}},
			Country: model.Country{Code: "UA", Name: model.Text{BG: "Украйна", EN: "Ukraine"}},
			Events: []model.Event{{Date: year(2008), Signatories: []model.Person{
				{Name: model.Text{BG: "Божидар Йотов", EN: "Bozhidar Yotov"}},
			}}},
		},
		{
			ID: "volgograd", Name: model.Text{BG: "Волгоград", EN: "Volgograd"},
			Native:  []model.NativeName{{Name: "Волгоград", Lang: "ru", Script: "Cyrl"}},
			Country: model.Country{Code: "RU", Name: model.Text{BG: "Русия", EN: "Russia"}},
		},
		{
			ID: "peshtera", Name: model.Text{BG: "Пещера", EN: "Peshtera"},
			Country: model.Country{Code: "BG", Name: model.Text{BG: "България", EN: "Bulgaria"}},
		},
	}
}

// syllables make up the synthetic cities' names: the same sounds written
// in Bulgarian Cyrillic and in Latin, enough of them that most of 100,000
// names are different, as real ones are.
var syllables = [][2]string{
	{"ра", "ra"}, {"ше", "she"}, {"щи", "shti"}, {"гра", "gra"}, {"во", "vo"},
	{"ли", "li"}, {"ка", "ka"}, {"но", "no"}, {"бу", "bu"}, {"ди", "di"},
	{"мер", "mer"}, {"ю", "yu"}, {"тро", "tro"}, {"за", "za"}, {"пе", "pe"},
	{"ря", "rya"}, {"хо", "ho"}, {"цен", "tsen"}, {"жа", "zha"}, {"ъл", "al"},
	{"бел", "bel"}, {"ст", "st"}, {"ов", "ov"}, {"ец", "ets"}, {"ми", "mi"},
	{"го", "go"}, {"фи", "fi"}, {"чу", "chu"}, {"ян", "yan"}, {"ор", "or"},
	{"ке", "ke"}, {"ду", "du"}, {"сла", "sla"}, {"вин", "vin"}, {"пол", "pol"},
	{"ник", "nik"}, {"ай", "ay"}, {"ем", "em"}, {"лу", "lu"}, {"шко", "shko"},
}

// syntheticCities returns n cities shaped like the real ones: names in
// two scripts, a native name, an alias, a country, a region, dated events
// with signatories and an organisation, and a few areas.
func syntheticCities(n int) []model.City {
	rng := rand.New(rand.NewPCG(1, 2))
	countries := []model.Country{
		{Code: "FR", Name: model.Text{BG: "Франция", EN: "France"}}, {Code: "GR", Name: model.Text{BG: "Гърция", EN: "Greece"}},
		{Code: "CN", Name: model.Text{BG: "Китай", EN: "China"}}, {Code: "RO", Name: model.Text{BG: "Румъния", EN: "Romania"}},
		{Code: "RU", Name: model.Text{BG: "Русия", EN: "Russia"}}, {Code: "HU", Name: model.Text{BG: "Унгария", EN: "Hungary"}},
		{Code: "HR", Name: model.Text{BG: "Хърватия", EN: "Croatia"}}, {Code: "BA", Name: model.Text{BG: "Босна и Херцеговина", EN: "Bosnia and Herzegovina"}},
	}
	name := func() model.Text {
		var bg, en strings.Builder
		for range 2 + rng.IntN(4) {
			s := syllables[rng.IntN(len(syllables))]
			bg.WriteString(s[0])
			en.WriteString(s[1])
		}
		return model.Text{BG: strings.ToUpper(bg.String()[:2]) + bg.String()[2:], EN: strings.ToUpper(en.String()[:1]) + en.String()[1:]}
	}
	cities := make([]model.City, n)
	for i := range cities {
		nm, person, org := name(), name(), name()
		var areas []model.Area
		for _, t := range model.Areas {
			if rng.IntN(6) == 0 {
				areas = append(areas, model.Area(t.Key))
			}
		}
		cities[i] = model.City{
			ID:      fmt.Sprintf("city-%d", i),
			Name:    nm,
			Native:  []model.NativeName{{Name: nm.EN + "grad", Lang: "xx", Script: "Latn"}},
			Aliases: []string{nm.BG + " " + fmt.Sprint(i%97)},
			Country: countries[rng.IntN(len(countries))],
			Region:  model.Text{BG: "област " + name().BG, EN: name().EN + " Province"},
			Events: []model.Event{{
				Date:          model.Date{Year: 1950 + rng.IntN(75), Precision: model.YearOnly},
				Signatories:   []model.Person{{Name: model.Text{BG: "Иван " + person.BG + "ов", EN: "Ivan " + person.EN + "ov"}}},
				Organisations: []model.Organisation{{Name: model.Text{BG: "Дружество " + org.BG, EN: org.EN + " Society"}}},
			}},
			Areas: areas,
		}
	}
	return cities
}
