package search_test

import (
	"runtime"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
)

// TestIdleSearcher checks that a Searcher costs almost nothing until it
// searches for something, however large its index: a server holding many
// sessions over one Index pays for a session's search memory (a slot for
// every key, a score for every city) only once it types. Here 1000
// Searchers of the index of 100k synthetic partners, each having listed
// every city, hold less than a kilobyte each.
func TestIdleSearcher(t *testing.T) {
	if search.RaceEnabled {
		t.Skip("the race detector changes allocations")
	}
	ix := scaleIndex(100_000)
	if allocs := testing.AllocsPerRun(100, func() { ix.NewSearcher() }); allocs > 1 {
		t.Errorf("NewSearcher: %v allocations, want 1", allocs)
	}
	const n = 1000
	searchers := make([]*search.Searcher, n)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range searchers {
		searchers[i] = ix.NewSearcher()
		searchers[i].Search("", model.BG)
		searchers[i].Search(" - ", model.EN)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(searchers)
	if held := int64(after.HeapAlloc) - int64(before.HeapAlloc); held > n<<10 {
		t.Errorf("%d idle searchers hold %d bytes, %d each; want under 1 KiB each", n, held, held/n)
	}
}
