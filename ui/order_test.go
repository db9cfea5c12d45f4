package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
)

// TestSortCycles: s goes through name, year, distance and back to the
// dataset's order, the header says which, and the selected city stays
// selected.
func TestSortCycles(t *testing.T) {
	m := play(newTest(t, model.EN, 80, 24), keys("j", "j")...) // Volgograd
	dataset := ids(m)
	for _, step := range []struct {
		header string
		first  []string
	}{
		{"by name · EN", []string{"bijeljina", "giurgiu", "huainan", "peristeri", "saint-ouen", "simferopol", "trogir", "ujbuda", "volgograd"}},
		{"by year · EN", []string{"saint-ouen", "peristeri", "simferopol", "huainan", "volgograd", "giurgiu", "ujbuda", "trogir", "bijeljina"}},
		{"by distance · EN", []string{"giurgiu", "bijeljina", "simferopol", "ujbuda", "peristeri", "trogir", "volgograd", "saint-ouen", "huainan"}},
		{"", dataset},
	} {
		m = play(m, keys("s")...)
		if got := ids(m); !slices.Equal(got, step.first) {
			t.Errorf("after s: %v, want %v", got, step.first)
		}
		h := m.headerView()
		if step.header != "" && !strings.Contains(h, step.header) || step.header == "" && strings.Contains(h, " by ") {
			t.Errorf("header %q, want %q", h, step.header)
		}
		if got := chosen(t, m); got != "volgograd" {
			t.Errorf("sorting lost the selection: %s", got)
		}
	}
}

// TestSortBulgarian: by name in Bulgarian is in the Bulgarian alphabet,
// and switching the language sorts again.
func TestSortBulgarian(t *testing.T) {
	m := play(newTest(t, model.BG, 80, 24), keys("s")...)
	want := []string{"bijeljina", "volgograd", "giurgiu", "peristeri", "saint-ouen", "simferopol", "trogir", "ujbuda", "huainan"}
	if got := ids(m); !slices.Equal(got, want) {
		t.Errorf("по име: %v, want %v", got, want)
	}
	if !strings.Contains(m.headerView(), "по име · BG") {
		t.Errorf("header %q", m.headerView())
	}
	m = play(m, keys("l")...)
	if got := ids(m); got[0] != "bijeljina" || got[len(got)-1] != "volgograd" {
		t.Errorf("by name after switching to English: %v", got)
	}
}

// TestSortAndSearch: a search ranks by relevance whatever the order, s
// is not offered while it filters, and clearing it restores the order.
func TestSortAndSearch(t *testing.T) {
	m := play(newTest(t, model.EN, 80, 24), keys("s", "s")...) // by year
	m = play(m, keys("/", "r", "enter")...)
	// The fake searcher's ranks: names with an r in the dataset's order,
	// then the countries with one.
	if got := ids(m); got[0] != "giurgiu" || strings.Contains(m.headerView(), "by year") {
		t.Errorf("a search by year: %v, header %q", got, m.headerView())
	}
	if m.keys.Sort.Enabled() {
		t.Error("s is offered while a search ranks the list")
	}
	before := ids(m)
	if m = play(m, keys("s")...); !slices.Equal(ids(m), before) {
		t.Error("s reordered a search's results")
	}
	m = play(m, keys("esc")...)
	if got := ids(m); got[0] != "saint-ouen" || got[8] != "bijeljina" || !strings.Contains(m.headerView(), "by year") {
		t.Errorf("after clearing the search: %v, header %q", got, m.headerView())
	}
}
