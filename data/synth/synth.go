// Package synth makes deterministic synthetic datasets of partner cities,
// as many as a benchmark asks for, shaped like the real ones: names in
// Latin with accents, Cyrillic, Greek and Han, a Bulgarian and an English
// name for each, a native name in its own script, an alias, a country, a
// region, dated events with a signatory and an organisation, and areas of
// cooperation. Only tests and benchmarks import it.
package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/ruse-twins/ruse-twins/model"
)

// syllable is one sound of a name: as its own script writes it, in Latin
// as the English name spells it, and in Bulgarian Cyrillic.
type syllable struct{ native, en, bg string }

// script is a writing system the synthetic names come in, with the
// country that writes it (and its other names) and the syllables its
// names are made of.
type script struct {
	code, lang string
	country    model.Country
	syllables  []syllable
	join       string // between two syllables of a native name
}

// countryAliases are the other names of the scripts' countries, by code.
var countryAliases = map[string][]string{
	"HU": {"Magyarország"}, "HR": {"Hrvatska", "Република Хърватия"}, "FR": {"French Republic"},
	"RU": {"Russian Federation", "Руска федерация"}, "RS": {"Srbija", "Србија"}, "GR": {"Hellas", "Ελλάδα"},
	"CN": {"КНР", "People's Republic of China"},
}

// groups are the groups and professions the synthetic exchanges name.
var groups = []model.Text{
	{BG: "ученици", EN: "pupils"}, {BG: "художници", EN: "artists"}, {BG: "лекари", EN: "doctors"},
	{BG: "архитекти", EN: "architects"}, {BG: "спортисти", EN: "athletes"}, {BG: "делегации", EN: "delegations"},
	{BG: "младежки групи", EN: "youth groups"}, {BG: "музиканти", EN: "musicians"},
}

var scripts = []script{
	{"Latn", "hu", model.Country{Code: "HU", Name: model.Text{BG: "Унгария", EN: "Hungary"}}, []syllable{
		{"szé", "Szé", "се"}, {"kes", "kes", "кеш"}, {"fe", "fe", "фе"}, {"hér", "hér", "хер"},
		{"vár", "vár", "вар"}, {"új", "Új", "уй"}, {"bu", "bu", "бу"}, {"da", "da", "да"},
		{"győ", "győ", "гьо"}, {"ör", "ör", "ьор"}, {"mis", "mis", "миш"}, {"kolc", "kolc", "колц"},
	}, ""},
	{"Latn", "hr", model.Country{Code: "HR", Name: model.Text{BG: "Хърватия", EN: "Croatia"}}, []syllable{
		{"tro", "Tro", "тро"}, {"gir", "gir", "гир"}, {"ši", "ši", "ши"}, {"be", "be", "бе"},
		{"nik", "nik", "ник"}, {"ča", "ča", "ча"}, {"kov", "kov", "ков"}, {"ec", "ec", "ец"},
		{"ža", "ža", "жа"}, {"bok", "bok", "бок"}, {"ći", "ći", "чи"}, {"pu", "pu", "пу"},
	}, ""},
	{"Latn", "fr", model.Country{Code: "FR", Name: model.Text{BG: "Франция", EN: "France"}}, []syllable{
		{"saint", "Saint", "сент"}, {"ouen", "Ouen", "уан"}, {"bé", "bé", "бе"}, {"zi", "zi", "зи"},
		{"ers", "ers", "ер"}, {"mont", "mont", "мон"}, {"lé", "lé", "ле"}, {"çon", "çon", "сон"},
		{"ville", "ville", "вил"}, {"châ", "châ", "ша"}, {"teau", "teau", "то"}, {"roi", "roi", "руа"},
	}, "-"},
	{"Cyrl", "ru", model.Country{Code: "RU", Name: model.Text{BG: "Русия", EN: "Russia"}}, []syllable{
		{"вол", "Vol", "вол"}, {"го", "go", "го"}, {"град", "grad", "град"}, {"щё", "shchyo", "щьо"},
		{"ры", "ry", "ри"}, {"жск", "zhsk", "жск"}, {"ель", "el", "ел"}, {"ка", "ka", "ка"},
		{"ниж", "Nizh", "ниж"}, {"ний", "niy", "ний"}, {"хаб", "Khab", "хаб"}, {"ар", "ar", "ар"},
	}, ""},
	{"Cyrl", "sr", model.Country{Code: "RS", Name: model.Text{BG: "Сърбия", EN: "Serbia"}}, []syllable{
		{"би", "Bi", "би"}, {"јељ", "jelj", "ел"}, {"ина", "ina", "ина"}, {"љу", "lju", "лю"},
		{"ња", "nja", "ня"}, {"ћу", "ću", "чу"}, {"ђа", "đa", "джа"}, {"во", "vo", "во"},
		{"зре", "zre", "зре"}, {"ни", "ni", "ни"}, {"шаб", "Šab", "шаб"}, {"ац", "ac", "ац"},
	}, ""},
	{"Grek", "el", model.Country{Code: "GR", Name: model.Text{BG: "Гърция", EN: "Greece"}}, []syllable{
		{"πε", "Pe", "пе"}, {"ρι", "ri", "ри"}, {"στέ", "ste", "сте"}, {"θε", "The", "те"},
		{"σα", "sa", "са"}, {"λο", "lo", "ло"}, {"νί", "ni", "ни"}, {"κη", "ki", "ки"},
		{"πά", "Pa", "па"}, {"τρα", "tra", "тра"}, {"ξά", "xa", "кса"}, {"ψα", "psa", "пса"},
	}, ""},
	{"Hans", "zh", model.Country{Code: "CN", Name: model.Text{BG: "Китай", EN: "China"}}, []syllable{
		{"淮", "Huai", "хуай"}, {"南", "nan", "нан"}, {"京", "jing", "дзин"}, {"州", "zhou", "джоу"},
		{"山", "shan", "шан"}, {"海", "hai", "хай"}, {"江", "jiang", "дзян"}, {"安", "an", "ан"},
		{"天", "tian", "тиен"}, {"津", "jin", "дзин"}, {"长", "chang", "чан"}, {"沙", "sha", "ша"},
	}, ""},
}

// Home is the home city of every synthetic dataset: Ruse, as its file
// has it.
func Home() model.City {
	return model.City{
		ID: "ruse", Home: true,
		Name:        model.Text{BG: "Русе", EN: "Ruse"},
		Native:      []model.NativeName{{Name: "Русе", Lang: "bg", Script: "Cyrl"}},
		Aliases:     []string{"Rousse", "Русчук"},
		Country:     model.Country{Code: "BG", Name: model.Text{BG: "България", EN: "Bulgaria"}},
		Region:      model.Text{BG: "Област Русе", EN: "Ruse Province"},
		Coordinates: model.Coordinates{Lat: 43.8487, Lon: 25.9534},
		Description: model.Text{BG: "Русе е град на Дунав.", EN: "Ruse is a city on the Danube."},
	}
}

// Cities returns n valid partner cities, the same n for the same n on
// every run.
func Cities(n int) []model.City {
	rng := rand.New(rand.NewPCG(1961, 2011))
	cities := make([]model.City, n)
	for i := range cities {
		cities[i] = city(rng, i)
	}
	return cities
}

// name is a name made of syllables of one script, in every spelling.
type name struct{ native, en, bg string }

func makeName(rng *rand.Rand, s script, parts int) name {
	var n name
	for j := range parts {
		sy := s.syllables[rng.IntN(len(s.syllables))]
		if j > 0 {
			n.native += s.join
		}
		n.native += sy.native
		n.en += sy.en
		n.bg += sy.bg
	}
	return name{capital(n.native), capital(strings.ToLower(n.en)), capital(n.bg)}
}

// capital upper-cases the first letter of s.
func capital(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func city(rng *rand.Rand, i int) model.City {
	s := scripts[rng.IntN(len(scripts))]
	nm := makeName(rng, s, 2+rng.IntN(3))
	person := makeName(rng, s, 2+rng.IntN(2))
	org := makeName(rng, s, 2)
	region := makeName(rng, s, 2+rng.IntN(2))
	year := 1950 + rng.IntN(75)
	var areas []model.Area
	for _, t := range model.Areas {
		if rng.IntN(8) == 0 {
			areas = append(areas, model.Area(t.Key))
		}
	}
	kind := model.Kinds[rng.IntN(len(model.Kinds))].Key
	country := s.country
	country.Aliases = countryAliases[country.Code]
	signatory := model.Person{
		Name: model.Text{BG: person.bg, EN: person.en},
		Role: model.Text{BG: "кмет", EN: "mayor"},
	}
	if rng.IntN(4) == 0 {
		signatory.Aliases = []string{person.native}
	}
	event := model.Event{
		Date: date(rng, year),
		Kind: model.Kind(kind),
		Summary: model.Text{
			BG: "Русе и " + nm.bg + " подписват споразумение.",
			EN: "Ruse and " + nm.en + " sign an agreement.",
		},
		Signatories: []model.Person{signatory},
		Organisations: []model.Organisation{{
			Name: model.Text{BG: "Дружество " + org.bg, EN: org.en + " Society"},
			Role: model.Text{BG: "партньор", EN: "partner"},
		}},
	}
	if rng.IntN(3) == 0 {
		event.Place = model.Text{BG: nm.bg + ", " + s.country.Name.BG, EN: nm.en + ", " + s.country.Name.EN}
	}
	var gs []model.Text
	for range rng.IntN(3) {
		gs = append(gs, groups[rng.IntN(len(groups))])
	}
	return model.City{
		ID:      fmt.Sprintf("city-%d", i),
		Name:    model.Text{BG: nm.bg, EN: nm.en},
		Native:  []model.NativeName{{Name: nm.native, Lang: s.lang, Script: s.code}},
		Aliases: []string{fmt.Sprintf("%s %d", nm.en, i%97)},
		Country: country,
		Region:  model.Text{BG: "Област " + region.bg, EN: region.en + " Province"},
		// Spread over the northern hemisphere, never on Ruse.
		Coordinates: model.Coordinates{Lat: float64(i%8000)/100 + 0.005, Lon: float64(i%36000)/100 - 179.995},
		Kind:        model.Kind(kind),
		Events:      []model.Event{event},
		Areas:       areas,
		Groups:      slices.CompactFunc(gs, func(a, b model.Text) bool { return a == b }),
		Description: model.Text{
			BG: nm.bg + " е град в " + s.country.Name.BG + ".\n\nПартньор на Русе от " + fmt.Sprint(year) + " г.\n",
			EN: nm.en + " is a city in " + s.country.Name.EN + ".\n\nA partner of Ruse since " + fmt.Sprint(year) + ".\n",
		},
	}
}

// date is a date in year at the precision of one in three partners
// each: a day, a month, or the year alone.
func date(rng *rand.Rand, year int) model.Date {
	month, day := time.Month(1+rng.IntN(12)), 1+rng.IntN(28)
	switch rng.IntN(3) {
	case 0:
		return model.Date{Year: year, Month: month, Day: day, Precision: model.Day}
	case 1:
		return model.Date{Year: year, Month: month, Precision: model.MonthOnly}
	}
	return model.Date{Year: year, Precision: model.YearOnly}
}

// Typed are the words the scale benchmarks type rune by rune: one in
// each script of the synthetic names (as a Bulgarian would type it, as
// written, without its accents), a year, and one with a slip. Their
// first runes match most of a large dataset, as first runes do.
var Typed = []string{"волгоград", "székes", "περιστ", "淮南", "shanjing", "trogir", "1986", "njaac", "ersvile"}
