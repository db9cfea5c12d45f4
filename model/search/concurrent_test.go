package search

import (
	"reflect"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
)

// found is what a test compares of a match: the city, its score and its
// explanation.
type found struct {
	index, score int
	ex           Explanation
}

// results returns what a test compares of matches of cities.
func results(ms []Match, cities []model.City) []found {
	out := make([]found, len(ms))
	for i, m := range ms {
		out[i] = found{m.Index, m.Score, m.Explain(cities[m.Index])}
	}
	return out
}

func sameResults(a, b []found) bool {
	return slices.EqualFunc(a, b, func(x, y found) bool {
		return x.index == y.index && x.score == y.score && reflect.DeepEqual(x.ex, y.ex)
	})
}

// TestSearchersShareIndex checks that many Searchers of one Index,
// typing at the same time, each find what one Searcher alone finds, and
// that the explanation of a match stays right after later searches, asked
// from another goroutine: a search only reads the Index, and writes only
// its own Searcher's memory. Some searchers split their scans into parts,
// and some come from the same index being built in the background. Run
// under the race detector (go test -race) it also shows that no search
// writes anything another reads.
func TestSearchersShareIndex(t *testing.T) {
	cities := syntheticCities(2000)
	ix := NewIndex(cities)
	pending := NewIndexInBackground(cities)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	words := []string{"волгоград", "shtiravo", "fraance", "1961", "bielina", "Гюргево", "r", "zzzz", "volgogard"}

	// What one Searcher alone finds, for every prefix of every word.
	type search struct {
		q    string
		lang model.Lang
	}
	want := map[search][]found{}
	alone := ix.NewSearcher()
	for _, lang := range model.Langs {
		for _, w := range words {
			for i := range []rune(w) {
				q := string([]rune(w)[:i+1])
				want[search{q, lang}] = results(alone.Search(q, lang), cities)
			}
		}
	}

	const users = 8
	var wg sync.WaitGroup
	// Each user's first matches, for another goroutine.
	type asked struct {
		s  search
		ms []Match
	}
	later := make(chan asked, users)
	for u := range users {
		wg.Go(func() {
			se := ix.NewSearcher()
			if u%4 == 3 {
				se = pending.NewSearcher()
			}
			if u%2 == 1 {
				se.partKeys = 16
			}
			lang := model.Langs[u%len(model.Langs)]
			for n := range words {
				w := []rune(words[(u+n)%len(words)])
				se.Search("", lang)
				var first []Match
				for i := range w {
					q := string(w[:i+1])
					got := se.Search(q, lang)
					if i == 0 {
						first = got
					}
					if !sameResults(results(got, cities), want[search{q, lang}]) {
						t.Errorf("user %d: Search(%q, %s) differs from one searcher's alone", u, q, lang.Code())
						return
					}
				}
				if n == 0 {
					later <- asked{search{string(w[:1]), lang}, first}
				}
				if !sameResults(results(first, cities), want[search{string(w[:1]), lang}]) {
					t.Errorf("user %d: the explanations of %q changed with later searches", u, string(w[:1]))
				}
			}
		})
	}
	// The explanations of each user's first matches, asked while the users
	// go on searching.
	go func() {
		wg.Wait()
		close(later)
	}()
	for a := range later {
		if !sameResults(results(a.ms, cities), want[a.s]) {
			t.Errorf("Search(%q, %s): explanations asked from another goroutine differ", a.s.q, a.s.lang.Code())
		}
	}
}
