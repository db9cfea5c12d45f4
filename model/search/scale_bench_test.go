package search_test

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
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

// BenchmarkSearchScale searches the index of 1k, 10k and 100k synthetic
// partners and reports the mean time and allocations of a search, with
// the highlights of a screenful of results: "typing" types the words of
// synth.Typed rune by rune, as a person does, each from an empty query,
// a search a keystroke; "cold" gives each of them whole, after a query
// it does not extend, as when it is pasted or a rune is deleted.
func BenchmarkSearchScale(b *testing.B) {
	for _, n := range scaleSizes {
		ix, cities := scaleData(n)
		b.Run(fmt.Sprintf("%dk/typing", n/1000), func(b *testing.B) { benchKeys(b, ix.NewSearcher(), cities) })
		b.Run(fmt.Sprintf("%dk/cold", n/1000), func(b *testing.B) { benchCold(b, ix.NewSearcher(), cities) })
	}
}

// BenchmarkSearchCold searches 100k synthetic partners for queries each
// after an unrelated one, so that none gets help from the query before
// it: first letters, longer words, a slip, nothing, a year, Bulgarian, and
// the blank query that lists every city.
func BenchmarkSearchCold(b *testing.B) {
	ix, cities := scaleData(100_000)
	se := ix.NewSearcher()
	for _, q := range append([]string{"в", "вол", "volgog", "shanjing", "ersvle", "zzzz", "1986", "култура", ""}, synth.Typed...) {
		b.Run(fmt.Sprintf("100k/%s", q), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				se.Search("qx", model.BG) // a query this one does not extend
				b.StartTimer()
				screenful(se.Find(q, model.BG), cities)
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
					screenful(se.Find(w[:i], model.BG), cities)
				}
			}
			screenful(se.Find(w, model.BG), cities)
			keys += utf8.RuneCountInString(w)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(keys), "ns/key")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(keys), "allocs/key")
	b.ReportMetric(0, "ns/op")
}

// benchCold searches se for each word of synth.Typed whole, after a query
// it does not extend, and reports the mean time of a search and the mean
// of the slowest word.
func benchCold(b *testing.B, se *search.Searcher, cities []model.City) {
	took := make([]time.Duration, len(synth.Typed))
	rounds := 0
	for b.Loop() {
		for i, w := range synth.Typed {
			b.StopTimer()
			se.Search("qx", model.BG) // a query w does not extend
			b.StartTimer()
			start := time.Now()
			screenful(se.Find(w, model.BG), cities)
			took[i] += time.Since(start)
		}
		rounds++
	}
	worst := slices.Max(took)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(rounds*len(took)), "ns/query")
	b.ReportMetric(float64(worst.Nanoseconds())/float64(rounds), "worst-ns/query")
	b.ReportMetric(0, "ns/op")
}

// screenful explains the matches a screen shows.
func screenful(r search.Results, cities []model.City) {
	for i := range min(r.Len(), 15) {
		m := r.At(i)
		m.Explain(cities[m.Index])
	}
}
