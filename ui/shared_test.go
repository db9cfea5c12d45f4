package ui

import (
	"strings"
	"sync"
	"testing"

	"github.com/muesli/termenv"
	"github.com/ruse-twins/ruse-twins/model"
)

// sharing returns a browser on the fixture in look, at 100×30, keeping its
// pages in store.
func sharing(store *Shared, look Look) Model {
	ds := fixture()
	return resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: look, Shared: store}), 100, 30)
}

// TestSharedPages checks that browsers of one look that share a
// store render each page once between them, and show it as one that
// rendered it would; that a browser of another look renders its own; and
// that one whose dataset was edited renders the edited page, while the
// others go on showing theirs. Browsers of a look share their styles too.
func TestSharedPages(t *testing.T) {
	store := NewShared()
	first := press(sharing(store, plainLook()), "j", "j")
	sh := first.pages.shelf
	renders := sh.renders.Load()
	if renders != 3 {
		t.Fatalf("the first browser rendered %d pages for 3 cities", renders)
	}
	second := press(sharing(store, plainLook()), "j", "j")
	if n := sh.renders.Load() - renders; n != 0 {
		t.Errorf("a second browser of the same look rendered %d pages the first had rendered", n)
	}
	if a, b := first.View(), second.View(); a != b {
		t.Errorf("the second browser's screen differs from the first's:\n%s\n%s", a, b)
	}
	if first.styles != second.styles {
		t.Error("two browsers of one look built styles of their own")
	}

	other := sharing(store, LookFor(termenv.ANSI256, true, false))
	if other.pages.shelf == sh || other.pages.shelf.renders.Load() != 1 || other.styles == first.styles {
		t.Errorf("a browser of another look shares the first look's pages or styles")
	}

	// Trogir's page, then an edit of it in the second browser only.
	first, second = press(first, "/", "t", "r", "enter"), press(second, "/", "t", "r", "enter")
	renders = sh.renders.Load()
	second = send(second, dataOf(edited("An edited lead.")))
	if view := second.View(); !strings.Contains(view, "An edited lead.") || strings.Contains(view, "On the Adriatic.") {
		t.Errorf("the edited dataset shows a page of the old one from the store:\n%s", view)
	}
	if n := sh.renders.Load() - renders; n != 1 {
		t.Errorf("the edited page: %d renders", n)
	}
	first = press(first, "up", "down")
	if view := first.View(); !strings.Contains(view, "On the Adriatic.") || strings.Contains(view, "An edited lead.") {
		t.Errorf("the browser of the old dataset shows the edited page:\n%s", view)
	}
}

// TestSharedConcurrent has many browsers of one look render the same
// pages at once, each in its own goroutine, as a server's sessions do
// (run with -race): each page is rendered once, and every browser shows
// it.
func TestSharedConcurrent(t *testing.T) {
	store := NewShared()
	var wg sync.WaitGroup
	views := make([]string, 16)
	for i := range views {
		wg.Go(func() {
			m := sharing(store, plainLook())
			for range 4 {
				m = press(m, "j")
			}
			views[i] = m.View()
		})
	}
	wg.Wait()
	for i, v := range views {
		if v != views[0] || !strings.Contains(v, "In Anhui.") {
			t.Fatalf("browser %d shows:\n%s\nthe first:\n%s", i, v, views[0])
		}
	}
	if n := store.shelf(plainLook()).renders.Load(); n != 5 {
		t.Errorf("%d renders of 5 pages", n)
	}
}
