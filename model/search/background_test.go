package search

import (
	"slices"
	"testing"
	"testing/synctest"

	"github.com/ruse-twins/ruse-twins/model"
)

// TestBackgroundIndex checks that an index built in the background finds
// what one built at once finds, blank queries included, whether or not it
// is ready yet.
func TestBackgroundIndex(t *testing.T) {
	cities := testCities()
	now := NewIndex(cities).NewSearcher()
	for _, wait := range []bool{false, true} {
		pending := NewIndexInBackground(cities)
		bg := pending.NewSearcher()
		if wait {
			pending.Wait()
		}
		for _, q := range []string{"", "  -", "sent uan", "1961", "", "volgogard"} {
			got, want := bg.Search(q, model.EN), now.Search(q, model.EN)
			if !sameResults(results(got, cities), results(want, cities)) {
				t.Errorf("Search(%q) in the background = %v, at once %v", q, got, want)
			}
		}
	}
}

// TestPendingWaits checks that a Searcher of an index still being built
// lists every city for a blank query without waiting for it, and waits
// for it for any other query.
func TestPendingWaits(t *testing.T) {
	cities := testCities()
	synctest.Test(t, func(t *testing.T) {
		// An index that is never built until the test says so.
		p := &Pending{every: everyCity(cities[:2]), done: make(chan struct{})}
		se := p.NewSearcher()
		if got, want := ids(se.Search(" - ", model.BG)), []string{"saint-ouen", "peristeri"}; !slices.Equal(got, want) {
			t.Fatalf("a blank query before the index = %v, want every city %v", got, want)
		}
		var found []Match
		done := make(chan struct{})
		go func() {
			found = se.Search("sent uan", model.BG)
			close(done)
		}()
		synctest.Wait()
		select {
		case <-done:
			t.Fatal("a search returned before the index was built")
		default:
		}
		p.ix = build(cities[:2], p.every)
		close(p.done)
		<-done
		if got := ids(found); !slices.Equal(got, []string{"saint-ouen"}) {
			t.Errorf("the search that waited found %v, want saint-ouen", got)
		}
	})
}
