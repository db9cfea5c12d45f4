package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// ahead returns the browser of the fixture as it starts in a terminal
// of width×height, calling after once its first frame is drawn.
func ahead(width, height int, after func()) Model {
	ds := fixture()
	return New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: plainLook(), Width: width, Height: height, AfterFirstFrame: after})
}

// TestFirstPageRenderedAhead checks that, with the terminal's size known
// at the start, the first page is rendered while the program starts:
// the first frame waits for it rather than showing the list without it,
// the window size message that comes meanwhile asks for no render of its
// own, and once the page has come the screen shows it.
func TestFirstPageRenderedAhead(t *testing.T) {
	m := ahead(80, 24, nil)
	var page tea.Msg
	for _, msg := range messages(m.Init()) {
		if _, ok := msg.(renderedMsg); ok {
			page = msg
		}
	}
	if page == nil {
		t.Fatal("the first page does not come with the commands to start with")
	}
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = next.(Model)
	if v := m.View(); v != "" {
		t.Fatalf("before its page came, the first frame is drawn:\n%s", v)
	}
	next, _ = m.Update(page)
	m = next.(Model)
	if v := m.View(); !strings.Contains(v, "Saint-Ouen") || !strings.Contains(v, "Native name") {
		t.Errorf("once its page came, the first frame lacks the list or the page:\n%s", v)
	}
	if n := m.pages.shelf.renders.Load(); n != 1 {
		t.Errorf("%d renders for the first page, want 1", n)
	}
	if v, want := m.View(), newTest(t, model.EN, 80, 24).View(); v != want {
		t.Errorf("the first frame rendered ahead differs from the one rendered after the window size:\n%s\nwant:\n%s", v, want)
	}
}

// TestFirstFrameWaitsNoLonger checks that a first page that does not
// come in time does not keep the screen blank: once the wait is over,
// the list is drawn, and the page comes when it comes.
func TestFirstFrameWaitsNoLonger(t *testing.T) {
	m := ahead(80, 24, nil)
	next, cmd := m.Update(holdOverMsg{})
	m = next.(Model)
	if v := m.View(); !strings.Contains(v, "Saint-Ouen") || strings.Contains(v, "Native name") {
		t.Errorf("after the wait, the screen is not the list without its page:\n%s", v)
	}
	for _, msg := range messages(cmd) {
		next, _ = m.Update(msg)
		m = next.(Model)
	}
	if v := m.View(); !strings.Contains(v, "Native name") {
		t.Errorf("the page that came late is not shown:\n%s", v)
	}
}

// TestNoPageAheadWithoutSize checks that without the terminal's size
// nothing is rendered before the window size message, which the screen
// waits for as before.
func TestNoPageAheadWithoutSize(t *testing.T) {
	m := ahead(0, 0, nil)
	if m.first.page != nil || m.pages.shelf.renders.Load() != 0 || len(m.pages.asked) != 0 {
		t.Error("a page is on its way before the window's size is known")
	}
	if v := resize(m, 80, 24).View(); !strings.Contains(v, "Native name") {
		t.Errorf("the first frame after the window size lacks its page:\n%s", v)
	}
}

// TestAfterFirstFrame checks that the work the first frame does not need
// begins once, after the frame with its page, and not before: with the
// terminal's size known at the start, once the page rendered ahead has
// come; without, once the page the window size asked for has.
func TestAfterFirstFrame(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {0, 0}} {
		calls := 0
		m := ahead(size[0], size[1], func() { calls++ })
		m = drive(m, tea.WindowSizeMsg{Width: 80, Height: 24}, func(msg tea.Msg) {
			if _, page := msg.(renderedMsg); page && calls != 0 {
				t.Errorf("%v: called before the first page came", size)
			}
		})
		if size[0] > 0 {
			if calls != 0 {
				t.Errorf("%v: called before the first page came", size)
			}
			m = drive(m, m.first.page(), nil)
		}
		if calls != 1 {
			t.Errorf("%v: called %d times after the first frame, want 1", size, calls)
		}
		m = drive(m, tea.WindowSizeMsg{Width: 90, Height: 24}, nil)
		drive(m, holdOverMsg{}, nil)
		if calls != 1 {
			t.Errorf("%v: called %d times in all, want 1", size, calls)
		}
	}
}

// drive updates m with msg and then with the messages of the commands
// that follow, one at a time, as the program would, showing each to see
// (if not nil) before it goes in. The page the browser starts with, when
// it is rendered ahead, is not among them: a test delivers it.
func drive(m Model, msg tea.Msg, see func(tea.Msg)) Model {
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		msg, queue = queue[0], queue[1:]
		if see != nil {
			see(msg)
		}
		next, cmd := m.Update(msg)
		m = next.(Model)
		queue = append(queue, messages(cmd)...)
	}
	return m
}

// messages runs a command, and those of the batches it returns, and
// returns their messages.
func messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, messages(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}
