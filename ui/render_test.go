package ui

import (
	"strings"
	"testing"
	"testing/synctest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/bounded"
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
		before := pageOf(m).pages.shelf.renders.Load()
		m = s.do(m)
		if got := pageOf(m).pages.shelf.renders.Load() - before; got != int64(s.renders) {
			t.Errorf("%s: %d renders, want %d", s.what, got, s.renders)
		}
	}
	if n := len(pageOf(m).pages.shelf.terms); n != 3 {
		t.Errorf("%d glamour renderers for 3 wrap widths", n)
	}
}

func TestRenderCacheIsBounded(t *testing.T) {
	m := newTest(t, model.EN, 80, 24)
	for w := 80; w < 80+3*cacheLimit; w++ {
		m = resize(m, w, 24)
		_ = m.View() // and the drawings of its parts at each size
	}
	if sh := pageOf(m).pages.shelf; len(sh.done) > cacheLimit || len(sh.terms) > cacheLimit/8 || len(sh.drawings) > drawingLimit {
		t.Errorf("caches grew to %d pages, %d renderers and %d drawings", len(sh.done), len(sh.terms), len(sh.drawings))
	}
	if pageOf(m).vp.TotalLineCount() < 5 {
		t.Error("the page is gone after evictions")
	}
}

// TestPagesRenderOffTheEventLoop checks that Update renders no page: the
// page the first window size asks for comes as a command's message, and
// until it comes the list answers keys and the page pane is empty.
func TestPagesRenderOffTheEventLoop(t *testing.T) {
	ds := fixture()
	m := New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: plainLook()})
	next, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m = next.(Model)
	if n := m.pages.shelf.renders.Load(); n != 0 || cmd == nil {
		t.Fatalf("Update rendered %d pages, and returned command %v", n, cmd)
	}
	if strings.Contains(m.View(), "Long text to scroll") {
		t.Errorf("the page is on the screen before it was rendered:\n%s", m.View())
	}
	next, _ = m.Update(keys("down")[0])
	m = next.(Model)
	if got := m.list.selected(); got != "giurgiu" {
		t.Errorf("the list did not answer while a page was on its way: %s", got)
	}
	m = rendered(m)
	if view := m.View(); !strings.Contains(view, "Across the Danube.") {
		t.Errorf("the page did not come:\n%s", view)
	}
}

// TestSlowPageShowsPlain makes the renderer hang past its deadline, in
// fake time: the page shows as plain wrapped text under a line that says
// so, in the page's language, and so does every page while the renderer
// still hangs; keys answer throughout; once it ends, pages render again.
func TestSlowPageShowsPlain(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		m := newTest(t, model.EN, 100, 30)
		release := make(chan struct{})
		// A render that outlives the deadline holds the runner, as one that
		// never ends would.
		if _, why := m.pages.runner.Render(func(string) (string, error) { <-release; return "", nil }, "x", 10); why != bounded.TooSlow {
			t.Fatalf("the hanging render: %v", why)
		}
		m = press(m, "down")
		view := m.View()
		for _, want := range []string{"Shown as plain text: this page is too large", "- **Country:** Romania", "Across the Danube."} {
			if !strings.Contains(view, want) {
				t.Errorf("no %q on the screen:\n%s", want, view)
			}
		}
		checkScreen(t, view, 100, 30)
		m = press(m, "l")
		if view := m.View(); !strings.Contains(view, "Показано като обикновен текст") {
			t.Errorf("the notice is not in Bulgarian:\n%s", view)
		}
		close(release)
		synctest.Wait()
		m = press(m, "l", "down")
		if view := m.View(); strings.Contains(view, "plain text") || strings.Contains(view, "- **Country:**") || !strings.Contains(view, "Russia") {
			t.Errorf("once the renderer ended, the next page is still plain:\n%s", view)
		}
		m = press(m, "up")
		if view := m.View(); !strings.Contains(view, "plain text") {
			t.Errorf("a page shown plain a moment ago is rendered again at once:\n%s", view)
		}
		time.Sleep(retryPlain + time.Second)
		m = press(m, "down", "up")
		if view := m.View(); strings.Contains(view, "plain text") || !strings.Contains(view, "Romania") {
			t.Errorf("a page shown plain long ago is not rendered again:\n%s", view)
		}
	})
}

// TestHugeWindowIsClamped gives the browser the largest size a terminal
// can report: it lays out a screen of at most maxScreenW×maxScreenH.
func TestHugeWindowIsClamped(t *testing.T) {
	m := newTest(t, model.EN, 65535, 65535)
	checkScreen(t, m.View(), maxScreenW, maxScreenH)
	m = press(m, "down", "enter", "pgdown")
	checkScreen(t, m.View(), maxScreenW, maxScreenH)
}

// TestPageOfOldDataIsDropped asks for a page, then gets a new dataset
// before the page comes: when it comes, it is not shown, nor kept, and
// the page of the new data is.
func TestPageOfOldDataIsDropped(t *testing.T) {
	m := press(newTest(t, model.EN, 100, 30), "/", "t", "r", "enter")
	next, _ := m.Update(tea.WindowSizeMsg{Width: 90, Height: 30})
	m = next.(Model)
	var old []renderedMsg
	m.pages.take()
	for _, a := range m.pages.asked {
		old = append(old, m.pages.render(a.req).(renderedMsg))
	}
	if len(old) == 0 {
		t.Fatal("no page on its way")
	}
	next, _ = m.Update(dataOf(edited("An edited lead.")))
	m = next.(Model)
	for _, msg := range old {
		next, _ = m.Update(msg)
		m = next.(Model)
	}
	m = rendered(m)
	if view := m.View(); !strings.Contains(view, "An edited lead.") || strings.Contains(view, "On the Adriatic.") {
		t.Errorf("the page of the old data is shown:\n%s", view)
	}
}
