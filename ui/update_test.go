package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// selected is the id of the selected city, checked against the detail
// pane, which must always show it.
func selected(t *testing.T, m Model) string {
	t.Helper()
	id := m.list.selected()
	if pageOf(m).city.ID != id {
		t.Fatalf("the list selects %q but the detail shows %q", id, pageOf(m).city.ID)
	}
	return id
}

// footer is the help bar as shown.
func footer(m Model) string {
	return m.footerView(m.geo.fullHelp)
}

func TestNavigation(t *testing.T) {
	m := newTest(t, model.EN, 80, 24)
	for _, step := range []struct {
		key, want string
	}{
		{"down", "giurgiu"}, {"j", "volgograd"}, {"up", "giurgiu"}, {"k", "saint-ouen"},
		{"k", "saint-ouen"}, // the top stops, it does not wrap
		{"end", "simferopol"}, {"home", "saint-ouen"}, {"G", "simferopol"}, {"j", "simferopol"},
		{"g", "saint-ouen"},
	} {
		m = press(m, step.key)
		if got := selected(t, m); got != step.want {
			t.Fatalf("after %s: selected %s, want %s", step.key, got, step.want)
		}
	}
}

func TestPaging(t *testing.T) {
	// 80×13 leaves room for three rows and the line that says how many
	// more there are.
	m := newTest(t, model.EN, 80, 13)
	if v := m.list.visible(); v != 3 {
		t.Fatalf("%d rows visible", v)
	}
	for _, step := range []struct {
		key, want string
		offset    int
	}{
		{"pgdown", "peristeri", 1}, {"pgdown", "trogir", 4}, {"pgdown", "simferopol", 6},
		{"pgup", "ujbuda", 5}, {"home", "saint-ouen", 0}, {"end", "simferopol", 6},
	} {
		m = press(m, step.key)
		if got := selected(t, m); got != step.want || m.list.offset != step.offset {
			t.Fatalf("after %s: selected %s at offset %d, want %s at %d", step.key, got, m.list.offset, step.want, step.offset)
		}
		if !strings.Contains(m.View(), "> "+m.list.row(m.list.cursor).city.Name.EN) {
			t.Fatalf("after %s the selection is not on screen:\n%s", step.key, m.View())
		}
	}
}

func TestFocusAndDetailScroll(t *testing.T) {
	m := press(newTest(t, model.EN, 80, 24), "j", "enter")
	if m.focus != focusSide {
		t.Fatal("enter did not focus the detail")
	}
	m = press(m, "j", "j", "down")
	if pageOf(m).vp.YOffset != 3 || selected(t, m) != "giurgiu" {
		t.Fatalf("j in the detail: offset %d, selected %s; want it to scroll 3 lines and keep giurgiu",
			pageOf(m).vp.YOffset, selected(t, m))
	}
	m = press(m, "G")
	if !pageOf(m).vp.AtBottom() {
		t.Error("G did not scroll to the bottom")
	}
	m = press(m, "g")
	if pageOf(m).vp.YOffset != 0 {
		t.Error("g did not scroll to the top")
	}
	m = press(m, "tab")
	if m.focus != focusList {
		t.Fatal("tab did not return the focus to the list")
	}
	m = press(m, "tab", "esc")
	if m.focus != focusList {
		t.Fatal("esc did not leave the detail")
	}
	if !strings.Contains(footer(m), "enter open") || strings.Contains(footer(m), "esc") {
		t.Errorf("list help bar: %q", footer(m))
	}
	m = press(m, "enter")
	if !strings.Contains(footer(m), "esc back") || strings.Contains(footer(m), "enter") {
		t.Errorf("detail help bar: %q", footer(m))
	}
}

func TestQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := newTest(t, model.EN, 80, 24).Update(keys(k)[0])
		if cmd == nil || cmd() != tea.Quit() {
			t.Errorf("%s does not quit", k)
		}
	}
}

func TestFullHelp(t *testing.T) {
	m := newTest(t, model.EN, 80, 24)
	short := m.geo.bodyH
	m = press(m, "?")
	if !m.geo.fullHelp || m.geo.bodyH >= short {
		t.Fatalf("? : full help %v, body %d lines (was %d)", m.geo.fullHelp, m.geo.bodyH, short)
	}
	for _, want := range []string{"pgdn/space", "pgup/b", "g/home", "G/end", "tab/→", "? less", "q quit"} {
		if !strings.Contains(footer(m), want) {
			t.Errorf("full help lacks %q:\n%s", want, footer(m))
		}
	}
	checkScreen(t, m.View(), 80, 24)
	m = press(m, "?")
	if m.geo.fullHelp || m.geo.bodyH != short {
		t.Error("? did not close the full help")
	}
	// Where the full help does not fit, the short one stays.
	m = press(resize(m, 80, 10), "?")
	if m.geo.fullHelp || m.geo.tooSmall {
		t.Errorf("80x10: full help %v, too small %v", m.geo.fullHelp, m.geo.tooSmall)
	}
	checkScreen(t, m.View(), 80, 10)
}

func TestLanguageSwitch(t *testing.T) {
	m := press(newTest(t, model.EN, 80, 24), "j", "j", "j")
	m = press(m, "enter", "j", "j")
	offset := pageOf(m).vp.YOffset
	m = press(m, "l")
	if m.lang != model.BG || selected(t, m) != "peristeri" {
		t.Fatalf("after l: lang %v, selected %s", m.lang, selected(t, m))
	}
	view := m.View()
	for _, want := range []string{"Побратимени градове · Русе", "BG · 9 от 9", "Перистери", "Гърция", "l English"} {
		if !strings.Contains(view, want) {
			t.Errorf("Bulgarian screen lacks %q:\n%s", want, view)
		}
	}
	if !strings.Contains(pageOf(m).vp.View(), "Държава") {
		t.Errorf("the page is not in Bulgarian:\n%s", pageOf(m).vp.View())
	}
	if m.focus != focusSide || pageOf(m).vp.YOffset == 0 || offset == 0 {
		t.Errorf("the reader lost their place: focus %v, offset %d (was %d)", m.focus, pageOf(m).vp.YOffset, offset)
	}
	m = press(m, "l")
	if view := m.View(); !strings.Contains(view, "Partner cities · Ruse") || !strings.Contains(view, "l български") {
		t.Errorf("back in English:\n%s", view)
	}
}

func TestLanguageSwitchKeepsFilter(t *testing.T) {
	// "гр" is in Волгоград's Bulgarian name and in its native one, which
	// the English list still finds it by.
	m := press(newTest(t, model.BG, 80, 24), "/")
	m = send(m, typed("гр")...)
	m = press(m, "enter")
	if got := selected(t, m); got != "volgograd" {
		t.Fatalf("selected %s", got)
	}
	m = press(m, "l")
	if m.search.query() != "гр" || selected(t, m) != "volgograd" || m.list.len() != 1 {
		t.Errorf("after l: query %q, selected %s, %d rows", m.search.query(), selected(t, m), m.list.len())
	}
	// The highlight follows the name in the new language: none in Latin.
	if p := m.list.row(0).why.Name; p != nil {
		t.Errorf("positions %v in the English name for a Cyrillic query", p)
	}
}

func TestNarrowMode(t *testing.T) {
	m := newTest(t, model.EN, 60, 20)
	if !m.geo.narrow {
		t.Fatal("60 columns is not narrow")
	}
	view := m.View()
	if !strings.Contains(view, "Saint-Ouen") || strings.Contains(view, "Country: France") {
		t.Fatalf("narrow list screen shows the detail:\n%s", view)
	}
	m = press(m, "j", "enter")
	view = m.View()
	if !strings.Contains(view, "Country: Romania") || strings.Contains(view, "Saint-Ouen") {
		t.Fatalf("narrow detail screen:\n%s", view)
	}
	checkScreen(t, view, 60, 20)
	m = press(m, "esc")
	if view := m.View(); !strings.Contains(view, "> Giurgiu") {
		t.Fatalf("esc did not return to the list:\n%s", view)
	}
	// Widening shows both panes, with the same city.
	m = resize(press(m, "enter"), 100, 30)
	view = m.View()
	if !strings.Contains(view, "> Giurgiu") || !strings.Contains(view, "Country: Romania") {
		t.Fatalf("wide again:\n%s", view)
	}
}

func TestResize(t *testing.T) {
	m := press(newTest(t, model.EN, 80, 24), "j", "j", "enter")
	m = press(m, "pgdown")
	for _, size := range [][2]int{{0, 0}, {1, 1}, {20, 6}, {19, 30}, {80, 9}, {400, 200}, {2, 200}, {300, 3}, {60, 20}, {80, 24}, {81, 8}} {
		m = resize(m, size[0], size[1])
		view := m.View()
		if selected(t, m) != "volgograd" {
			t.Fatalf("%v: selection lost", size)
		}
		if size[0] == 0 || size[1] == 0 {
			if view != "" {
				t.Errorf("%v: view %q", size, view)
			}
			continue
		}
		checkScreen(t, view, size[0], size[1])
	}
}

func TestResizeKeepsScrollPosition(t *testing.T) {
	m := press(newTest(t, model.EN, 120, 14), "enter", "pgdown")
	before := pageOf(m).vp.ScrollPercent()
	if before <= 0 || before >= 1 {
		t.Fatalf("scrolled to %v", before)
	}
	m = resize(m, 90, 14)
	after := pageOf(m).vp.ScrollPercent()
	if after < before-0.2 || after > before+0.2 {
		t.Errorf("resize moved the reader from %.2f to %.2f of the page", before, after)
	}
	// So does a window too small for anything, on the way.
	m = resize(resize(m, 10, 3), 90, 14)
	if back := pageOf(m).vp.ScrollPercent(); back != after {
		t.Errorf("through a tiny window the reader moved from %.2f to %.2f", after, back)
	}
	// A page that was at its top stays there.
	m = resize(press(m, "g"), 130, 30)
	if pageOf(m).vp.YOffset != 0 {
		t.Errorf("resize scrolled a page at its top to %d", pageOf(m).vp.YOffset)
	}
}

func TestTooSmall(t *testing.T) {
	for _, lang := range model.Langs {
		m := newTest(t, lang, 20, 6)
		if !m.geo.tooSmall || !strings.Contains(m.View(), strings.Fields(words[lang].tooSmall)[0]) {
			t.Errorf("20x6 %s:\n%s", lang.Code(), m.View())
		}
		// Keys still work and nothing breaks.
		m = resize(press(m, "j", "enter", "/", "x", "esc", "?", "l"), 80, 24)
		if m.geo.tooSmall {
			t.Error("80x24 is too small")
		}
		checkScreen(t, m.View(), 80, 24)
	}
}

func TestMouse(t *testing.T) {
	m := newTest(t, model.EN, 80, 24)
	wheel := func(x, y int, b tea.MouseButton) tea.Msg {
		return tea.MouseMsg{X: x, Y: y, Button: b, Action: tea.MouseActionPress}
	}
	// The wheel over the detail scrolls it, though the list has the focus.
	m = send(m, wheel(50, 10, tea.MouseButtonWheelDown))
	if pageOf(m).vp.YOffset != wheelLines || m.focus != focusList {
		t.Fatalf("wheel over the detail: offset %d, focus %v", pageOf(m).vp.YOffset, m.focus)
	}
	m = send(m, wheel(50, 10, tea.MouseButtonWheelUp))
	if pageOf(m).vp.YOffset != 0 {
		t.Fatal("wheel up did not scroll back")
	}
	// A click on the third city's country line selects it.
	row := m.geo.rowsTop + 2*rowLines + 1
	m = send(m, wheel(5, row, tea.MouseButtonLeft))
	if got := selected(t, m); got != "volgograd" {
		t.Fatalf("click on line %d selected %s", row, got)
	}
	// A click on the detail focuses it.
	m = send(m, wheel(50, 10, tea.MouseButtonLeft))
	if m.focus != focusSide {
		t.Fatal("click on the detail did not focus it")
	}
	// The wheel over the list chooses the next city a notch, with every
	// row in view, and in a short window, whose rows follow.
	m = press(m, "tab", "g")
	m = send(m, wheel(5, m.geo.rowsTop, tea.MouseButtonWheelDown), wheel(5, m.geo.rowsTop, tea.MouseButtonWheelDown))
	if m.list.offset != 0 || selected(t, m) != "volgograd" || m.focus != focusList {
		t.Fatalf("wheel over the list: offset %d, selected %s, focus %v", m.list.offset, selected(t, m), m.focus)
	}
	m = send(m, wheel(5, m.geo.rowsTop, tea.MouseButtonWheelUp))
	if selected(t, m) != "giurgiu" {
		t.Fatalf("wheel up over the list: selected %s", selected(t, m))
	}
	m = resize(press(m, "g"), 80, 12)
	for range 4 {
		m = send(m, wheel(5, m.geo.rowsTop, tea.MouseButtonWheelDown))
	}
	if m.list.cursor != 4 || m.list.offset != 4-m.list.visible()+1 {
		t.Fatalf("wheel over a short list: offset %d, row %d", m.list.offset, m.list.cursor)
	}
	// Outside every pane, nothing happens.
	before := m
	m = send(m, wheel(5, 0, tea.MouseButtonLeft), wheel(5, 200, tea.MouseButtonWheelDown))
	if selected(t, m) != selected(t, before) || m.list.offset != before.list.offset {
		t.Error("a click on the header changed the list")
	}
}

func TestSanitize(t *testing.T) {
	ds := fixture()
	ds.Partners[0].Name.EN = "Evil\x1b[2Jname\x9b31m"
	ds.Partners[0].Country.Name.EN = "Bad\x07land"
	ds.Home.Name.EN = "Ru\x1b]0;owned\x07se"
	ds.Partners[0].Description.EN = "A \x1b]8;;http://evil\x07link\x1b]8;;\x07 and &#27;[2J."
	m := resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: plainLook()}), 80, 24)
	view := m.View()
	// Colours (SGR) are the renderer's and harmless; nothing else may be
	// there, though "&#27;" in markdown decodes to ESC.
	sgr := regexp.MustCompile(`\x1b\[[0-9;]*m`)
	for _, r := range sgr.ReplaceAllString(view+pageOf(m).vp.View(), "") {
		if r == 0x1b || r == 0x07 || r == 0x9b {
			t.Fatalf("control character %U from data reached the screen:\n%q", r, view)
		}
	}
	if !strings.Contains(view, "Evil\uFFFD[2Jname") {
		t.Errorf("the name is not shown, made safe:\n%s", view)
	}
	if got := sanitize("a\x00b\tc\nd\u202ee"); got != "a\uFFFDb c d\uFFFDe" {
		t.Errorf("sanitize: %q", got)
	}
}

func TestKeysArrivingTogether(t *testing.T) {
	// bubbletea delivers letters read in one go as one message.
	together := func(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }
	m := send(newTest(t, model.BG, 80, 24), together("jj"))
	if got := selected(t, m); got != "volgograd" {
		t.Fatalf(`"jj" selected %s`, got)
	}
	m = send(m, together("/тро"))
	if m.focus != focusSearch || m.search.query() != "тро" || selected(t, m) != "trogir" {
		t.Fatalf(`"/тро": focus %v, query %q, selected %s`, m.focus, m.search.query(), selected(t, m))
	}
	if _, cmd := newTest(t, model.EN, 80, 24).Update(together("jq")); cmd == nil {
		t.Error(`"jq" did not quit`)
	}
}
