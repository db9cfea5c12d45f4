package ui

import (
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
)

func TestRenderCache(t *testing.T) {
	ds := fixture()
	m := New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: plainLook()})
	steps := []struct {
		what    string
		do      func(Model) Model
		renders int // glamour renders the step costs
	}{
		{"nothing before the window's size is known", func(m Model) Model { return m }, 0},
		{"the first city at the first size", func(m Model) Model { return resize(m, 80, 24) }, 1},
		{"a new city", func(m Model) Model { return press(m, "j") }, 1},
		{"back to a city already shown", func(m Model) Model { return press(m, "k") }, 0},
		{"and forth again", func(m Model) Model { return press(m, "j") }, 0},
		{"scrolling the page", func(m Model) Model { return press(m, "enter", "j", "pgdown", "G", "g", "esc") }, 0},
		{"help, focus and typing that keeps the city", func(m Model) Model {
			return send(press(m, "?", "tab", "tab", "?", "/"), typed("giu")...)
		}, 0},
		{"clearing the query", func(m Model) Model { return press(m, "esc") }, 0},
		{"the other language", func(m Model) Model { return press(m, "l") }, 1},
		{"back to the first language", func(m Model) Model { return press(m, "l") }, 0},
		{"a new width", func(m Model) Model { return resize(m, 100, 24) }, 1},
		{"the old width", func(m Model) Model { return resize(m, 80, 24) }, 0},
		{"a new height only", func(m Model) Model { return resize(m, 80, 40) }, 0},
		{"too small, then back", func(m Model) Model { return resize(resize(m, 10, 3), 80, 24) }, 0},
		{"a very wide window", func(m Model) Model { return resize(m, 300, 40) }, 1},
		{"wider still: lines stay readable", func(m Model) Model { return resize(m, 400, 40) }, 0},
	}
	for _, s := range steps {
		before := pageOf(m).pages.renders
		m = s.do(m)
		if got := pageOf(m).pages.renders - before; got != s.renders {
			t.Errorf("%s: %d renders, want %d", s.what, got, s.renders)
		}
	}
	if n := len(pageOf(m).pages.terms); n != 3 {
		t.Errorf("%d glamour renderers for 3 wrap widths", n)
	}
}

func TestRenderCacheIsBounded(t *testing.T) {
	m := newTest(t, model.EN, 80, 24)
	for w := 80; w < 80+3*cacheLimit; w++ {
		m = resize(m, w, 24)
	}
	if len(pageOf(m).pages.done) > cacheLimit || len(pageOf(m).pages.terms) > cacheLimit/8 {
		t.Errorf("caches grew to %d pages and %d renderers", len(pageOf(m).pages.done), len(pageOf(m).pages.terms))
	}
	if pageOf(m).vp.TotalLineCount() < 5 {
		t.Error("the page is gone after evictions")
	}
}
