package search_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/data/synth"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
)

// scaleSizes are the synthetic datasets the scale benchmarks run on.
var scaleSizes = []int{1_000, 10_000, 100_000}

var (
	scaleMu      sync.Mutex
	scaleIndexes = map[int]*search.Index{}
	scaleCities  = map[int][]model.City{}
)

// scaleIndex returns the index of n synthetic partners, built once.
func scaleIndex(n int) *search.Index {
	ix, _ := scaleData(n)
	return ix
}

// scaleData returns n synthetic partners and their index, made once.
func scaleData(n int) (*search.Index, []model.City) {
	scaleMu.Lock()
	defer scaleMu.Unlock()
	if ix, ok := scaleIndexes[n]; ok {
		return ix, scaleCities[n]
	}
	cities := synth.Cities(n)
	ix := search.NewIndex(cities)
	scaleIndexes[n], scaleCities[n] = ix, cities
	return ix, cities
}

// BenchmarkSearchScale types words into the index of 1k, 10k and 100k
// synthetic partners, rune by rune as a person does, each from an empty
// query, and reports the mean time and allocations of a keystroke: the
// search and the highlights of a screenful of results.
func BenchmarkSearchScale(b *testing.B) {
	for _, n := range scaleSizes {
		ix, cities := scaleData(n)
		b.Run(fmt.Sprintf("%dk/typing", n/1000), func(b *testing.B) { benchKeys(b, ix.NewSearcher(), cities) })
	}
}

// BenchmarkSearchCold searches 100k synthetic partners for queries each
// after an unrelated one, so that none gets help from the query before
// it: first letters, longer words, a slip, nothing, a year, Bulgarian, and
// the blank query that lists every city.
func BenchmarkSearchCold(b *testing.B) {
	ix, cities := scaleData(100_000)
	se := ix.NewSearcher()
	for _, q := range []string{"в", "вол", "volgog", "shanjing", "ersvle", "zzzz", "1986", "култура", ""} {
		b.Run(fmt.Sprintf("100k/%s", q), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				se.Search("qx", model.BG) // a query this one does not extend
				b.StartTimer()
				screenful(se.Search(q, model.BG), cities)
			}
		})
	}
}

// benchKeys types the words of synth.Typed into se, over cities, and
// reports the time and allocations of a keystroke.
func benchKeys(b *testing.B, se *search.Searcher, cities []model.City) {
	keys := 0
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		for _, w := range synth.Typed {
			b.StopTimer()
			se.Search("", model.BG) // clearing the query is not a keystroke
			b.StartTimer()
			for i := range w {
				if i > 0 {
					screenful(se.Search(w[:i], model.BG), cities)
				}
			}
			screenful(se.Search(w, model.BG), cities)
			keys += utf8.RuneCountInString(w)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(keys), "ns/key")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(keys), "allocs/key")
	b.ReportMetric(0, "ns/op")
}

// screenful explains the matches a screen shows.
func screenful(ms []search.Match, cities []model.City) {
	for _, m := range ms[:min(len(ms), 15)] {
		m.Explain(cities[m.Index])
	}
}
