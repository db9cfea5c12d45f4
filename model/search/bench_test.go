package search

import (
	"runtime"
	"testing"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/model"
)

// BenchmarkSearch measures keystrokes on a handful of partner cities:
// "typing" types queries rune by rune, as a person does, and reports the
// mean time and allocations of a keystroke. BenchmarkSearchScale does the
// same at 1k, 10k and 100k cities.
func BenchmarkSearch(b *testing.B) {
	b.Run("partners/typing", func(b *testing.B) { benchTyping(b, NewIndex(testCities()).NewSearcher()) })
}

// benchTyping types words into se rune by rune, each from an empty query,
// and reports the time and allocations of a keystroke.
func benchTyping(b *testing.B, se *Searcher) {
	words := []string{"волгоград", "shtiravo", "fraance", "1961"}
	keys := 0
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		for _, w := range words {
			b.StopTimer()
			se.Search("", model.BG) // clearing the query is not a keystroke
			b.StartTimer()
			for i := range w {
				if i > 0 {
					se.Search(w[:i], model.BG)
				}
			}
			se.Search(w, model.BG)
			keys += utf8.RuneCountInString(w)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(keys), "ns/key")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(keys), "allocs/key")
	b.ReportMetric(0, "ns/op")
}
