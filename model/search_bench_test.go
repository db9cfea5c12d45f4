package model

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

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
func syntheticCities(n int) []City {
	rng := rand.New(rand.NewPCG(1, 2))
	countries := []Country{
		{"FR", Text{"Франция", "France"}}, {"GR", Text{"Гърция", "Greece"}},
		{"CN", Text{"Китай", "China"}}, {"RO", Text{"Румъния", "Romania"}},
		{"RU", Text{"Русия", "Russia"}}, {"HU", Text{"Унгария", "Hungary"}},
		{"HR", Text{"Хърватия", "Croatia"}}, {"BA", Text{"Босна и Херцеговина", "Bosnia and Herzegovina"}},
	}
	name := func() Text {
		var bg, en strings.Builder
		for range 2 + rng.IntN(4) {
			s := syllables[rng.IntN(len(syllables))]
			bg.WriteString(s[0])
			en.WriteString(s[1])
		}
		return Text{strings.ToUpper(bg.String()[:2]) + bg.String()[2:], strings.ToUpper(en.String()[:1]) + en.String()[1:]}
	}
	cities := make([]City, n)
	for i := range cities {
		nm, person, org := name(), name(), name()
		var areas []Area
		for _, t := range Areas {
			if rng.IntN(6) == 0 {
				areas = append(areas, Area(t.Key))
			}
		}
		cities[i] = City{
			ID:      fmt.Sprintf("city-%d", i),
			Name:    nm,
			Native:  []NativeName{{Name: nm.EN + "grad", Lang: "xx", Script: "Latn"}},
			Aliases: []string{nm.BG + " " + fmt.Sprint(i%97)},
			Country: countries[rng.IntN(len(countries))],
			Region:  Text{"област " + name().BG, name().EN + " Province"},
			Events: []Event{{
				Date:          Date{Year: 1950 + rng.IntN(75), Precision: YearOnly},
				Signatories:   []Person{{Name: Text{"Иван " + person.BG + "ов", "Ivan " + person.EN + "ov"}}},
				Organisations: []Organisation{{Name: Text{"Дружество " + org.BG, org.EN + " Society"}}},
			}},
			Areas: areas,
		}
	}
	return cities
}

// BenchmarkSearch measures keystrokes on a handful of partner cities:
// "typing" types queries rune by rune, as a person does, and reports the
// mean time and allocations of a keystroke. BenchmarkSearchScale does the
// same at 1k, 10k and 100k cities.
func BenchmarkSearch(b *testing.B) {
	b.Run("partners/typing", func(b *testing.B) { benchTyping(b, NewIndex(testCities())) })
}

// benchTyping types words into ix rune by rune, each from an empty query,
// and reports the time and allocations of a keystroke.
func benchTyping(b *testing.B, ix *Index) {
	words := []string{"волгоград", "shtiravo", "fraance", "1961"}
	keys := 0
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		for _, w := range words {
			b.StopTimer()
			ix.Search("", BG) // clearing the query is not a keystroke
			b.StartTimer()
			for i := range w {
				if i > 0 {
					ix.Search(w[:i], BG)
				}
			}
			ix.Search(w, BG)
			keys += utf8.RuneCountInString(w)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(keys), "ns/key")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(keys), "allocs/key")
	b.ReportMetric(0, "ns/op")
}
