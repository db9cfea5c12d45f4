package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/ruse-twins/ruse-twins/model"
)

// play sends messages as the program would, and runs the commands they
// return, feeding back what the views ask of the router (a city
// selected): the round trip a view's choice takes; and the pages rendered
// off the event loop.
func play(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = next.(Model)
		for _, out := range results(cmd) {
			switch out.(type) {
			case selectMsg, renderedMsg:
				m = play(m, out)
			}
		}
	}
	return m
}

// results runs cmd and the commands of the batches it returns.
func results(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	batch, ok := msg.(tea.BatchMsg)
	if !ok {
		return []tea.Msg{msg}
	}
	var out []tea.Msg
	for _, c := range batch {
		out = append(out, results(c)...)
	}
	return out
}

// chosen is the id of the city selected in the list, checked against
// the view shown, which must show it.
func chosen(t *testing.T, m Model) string {
	t.Helper()
	id := m.list.selected()
	if shows := showing(m); shows != id {
		t.Fatalf("the list selects %q but the view shows %q", id, shows)
	}
	return id
}

// showing is the id of the city the view beside the list shows, "" for
// none.
func showing(m Model) string {
	switch v := m.side().(type) {
	case page:
		return v.city.ID
	case worldMap:
		if v.sel > 0 {
			return v.all[v.sel].ID
		}
	case timeline:
		if v.sel >= 0 {
			return v.partners[v.rows[v.sel]].ID
		}
	}
	return ""
}

// consoleLook is the Linux console's look without colour: its glyphs only.
func consoleLook() Look { return LookFor(termenv.Ascii, true, true) }

// newConsoleTest is newTest with the console's glyphs.
func newConsoleTest(t *testing.T, lang model.Lang, width, height int) Model {
	t.Helper()
	ds := fixture()
	return resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: lang, Look: consoleLook()}), width, height)
}

// keyMsg is a key by name, the arrows among them.
func keyMsg(name string) tea.KeyMsg {
	arrows := map[string]tea.KeyType{"left": tea.KeyLeft, "right": tea.KeyRight, "up": tea.KeyUp, "down": tea.KeyDown}
	if k, ok := arrows[name]; ok {
		return tea.KeyMsg{Type: k}
	}
	return keys(name)[0].(tea.KeyMsg)
}

// click is a left click at screen cell (x, y).
func click(x, y int) tea.MouseMsg {
	return tea.MouseMsg{X: x, Y: y, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft}
}

// TestGoldenViews draws the map and the timeline beside the list at
// 80×24 and 120×36, in both languages, with terminal glyphs and the
// console's: a city selected far from home (Huainan, whose great circle
// crosses the break on the map) and one without a date (Bijeljina).
func TestGoldenViews(t *testing.T) {
	scenes := []struct {
		name string
		keys []string
	}{
		{"map", []string{"m", "j", "j", "j", "j"}},
		{"timeline", []string{"t", "j", "j", "j", "j", "j", "j", "j"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 36}} {
		for _, console := range []bool{false, true} {
			for _, lang := range model.Langs {
				for _, sc := range scenes {
					glyphSet := ""
					if console {
						glyphSet = "console_"
					}
					name := fmt.Sprintf("%s_%s%dx%d_%s", sc.name, glyphSet, size[0], size[1], lang.Code())
					t.Run(name, func(t *testing.T) {
						m := newTest(t, lang, size[0], size[1])
						if console {
							m = newConsoleTest(t, lang, size[0], size[1])
						}
						view := play(m, keys(sc.keys...)...).View()
						checkScreen(t, view, size[0], size[1])
						if console {
							checkConsole(t, view)
						}
						golden(t, name, view)
					})
				}
			}
		}
	}
}

// checkConsole fails if the view has a character the console's fonts
// lack.
func checkConsole(t *testing.T, view string) {
	t.Helper()
	for _, r := range view {
		if r != '\n' && !consoleHas(r) {
			t.Errorf("%q (%U) is not in the console's fonts", r, r)
			return
		}
	}
}

// TestViewKeys switches the views with m, t and p, and enter from the
// list opens the page, as before there were views.
func TestViewKeys(t *testing.T) {
	m := newTest(t, model.EN, 80, 24)
	for _, step := range []struct {
		key  string
		want viewID
		tab  string
	}{
		{"m", mapView, "[Map]"}, {"t", timelineView, "[Timeline]"}, {"p", pageView, "[Page]"},
		{"t", timelineView, "[Timeline]"}, {"enter", pageView, "[Page]"},
	} {
		m = play(m, keys(step.key)...)
		if m.view != step.want || !strings.Contains(m.headerView(), step.tab) {
			t.Fatalf("after %s: view %d, header %q; want view %d and %s", step.key, m.view, m.headerView(), step.want, step.tab)
		}
	}
	if m.focus != focusSide {
		t.Error("enter did not give the page the keyboard")
	}
	// The key of the view shown is not offered; the others are.
	m = play(newTest(t, model.EN, 200, 24), keys("m")...)
	if f := footer(m); strings.Contains(f, "m map") || !strings.Contains(f, "t timeline") || !strings.Contains(f, "p page") {
		t.Errorf("help bar on the map: %q", f)
	}
}

// TestNarrowViews: below 80 columns a view takes the screen, and esc
// goes back to the list.
func TestNarrowViews(t *testing.T) {
	m := play(newTest(t, model.EN, 60, 20), keys("j", "m")...)
	if v := m.View(); !strings.Contains(v, "◉") || strings.Contains(v, "> Giurgiu") {
		t.Fatalf("m on a narrow screen does not show the map alone:\n%s", v)
	}
	m = play(m, keys("esc")...)
	if v := m.View(); !strings.Contains(v, "> Giurgiu") {
		t.Errorf("esc does not return to the list:\n%s", v)
	}
}

// TestTabsClick: a click on a tab in the header shows its view.
func TestTabsClick(t *testing.T) {
	for _, lang := range model.Langs {
		m := newTest(t, lang, 80, 24)
		for _, v := range []viewID{mapView, timelineView, pageView} {
			s := m.geo.tabs[v]
			if s[1] <= s[0] {
				t.Fatalf("%s: no tab for view %d in %q", lang.Code(), v, m.headerView())
			}
			m = play(m, click(s[1]-1, 0))
			if m.view != v {
				t.Errorf("%s: a click at column %d shows view %d, want %d", lang.Code(), s[1]-1, m.view, v)
			}
			// The tab is where the screen shows its name.
			name := words[lang].views[v]
			line := []rune(strings.Split(m.View(), "\n")[0])
			if got := string(line[s[0]:s[1]]); !strings.Contains(got, name) {
				t.Errorf("%s: columns %v of the header are %q, not the tab of %s", lang.Code(), s, got, name)
			}
		}
	}
}

// TestTabsGiveWay: a header too narrow for the title and the tabs
// shortens the title first ("Побратимени градове · Русе", "Побратимени
// градове", "Русе"), and then leaves the tabs out rather than the
// language and count; a word is cut only when no form fits.
func TestTabsGiveWay(t *testing.T) {
	for _, tc := range []struct {
		lang  model.Lang
		width int
		title string
		tabs  bool
	}{
		{model.BG, 80, "Побратимени градове · Русе", true},
		{model.BG, 60, "Русе", true},
		{model.BG, 50, "Русе", true},
		{model.BG, 40, "Побратимени градове · Русе", false},
		{model.BG, 30, "Русе", false},
		{model.EN, 60, "Partner cities · Ruse", true},
		{model.EN, 50, "Partner cities", true},
		{model.EN, 40, "Ruse", true},
		{model.EN, 30, "Partner cities", false},
	} {
		m := newTest(t, tc.lang, tc.width, 20)
		h := m.headerView()
		status := "BG · 9 от 9"
		if tc.lang == model.EN {
			status = "EN · 9 of 9"
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(h), tc.title)
		if !ok || strings.HasPrefix(rest, " ·") || strings.Contains(h, "…") || !strings.Contains(h, status) {
			t.Errorf("%d columns: %q, want the title %q and %q", tc.width, h, tc.title, status)
		}
		if shown := strings.Contains(h, words[tc.lang].views[mapView]); shown != tc.tabs {
			t.Errorf("%d columns: tabs shown %v in %q", tc.width, shown, h)
		}
		if !tc.tabs && m.geo.tabs[mapView] != [2]int{} {
			t.Errorf("%d columns: tabs not shown but clickable at %v", tc.width, m.geo.tabs)
		}
	}
}
