package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// TestPageKeysOfLessAndVim checks the page's keys as less and vim have
// them: space, f and pgdown a page down; b and pgup a page up; ctrl+d
// and ctrl+u half a page; g and G the top and the bottom.
func TestPageKeysOfLessAndVim(t *testing.T) {
	// 80×12: the page is several windows long.
	open := func() Model { return press(newTest(t, model.EN, 80, 12), "enter") }
	page := pageOf(open()).vp.Height
	for _, tc := range []struct {
		keys []tea.KeyMsg
		want func(total int) int
	}{
		{[]tea.KeyMsg{{Type: tea.KeySpace, Runes: []rune{' '}}}, func(int) int { return page }},
		{[]tea.KeyMsg{keyMsg("f")}, func(int) int { return page }},
		{[]tea.KeyMsg{{Type: tea.KeyPgDown}}, func(int) int { return page }},
		{[]tea.KeyMsg{{Type: tea.KeyPgDown}, keyMsg("b")}, func(int) int { return 0 }},
		{[]tea.KeyMsg{{Type: tea.KeyPgDown}, {Type: tea.KeyPgUp}}, func(int) int { return 0 }},
		{[]tea.KeyMsg{{Type: tea.KeyCtrlD}}, func(int) int { return page / 2 }},
		{[]tea.KeyMsg{{Type: tea.KeyCtrlD}, {Type: tea.KeyCtrlD}, {Type: tea.KeyCtrlU}}, func(int) int { return page / 2 }},
		{[]tea.KeyMsg{{Type: tea.KeyCtrlD}, {Type: tea.KeyCtrlU}}, func(int) int { return 0 }},
		{[]tea.KeyMsg{keyMsg("G")}, func(total int) int { return total - page }},
		{[]tea.KeyMsg{keyMsg("G"), keyMsg("g")}, func(int) int { return 0 }},
	} {
		m := open()
		var names []string
		for _, k := range tc.keys {
			m = send(m, k)
			names = append(names, k.String())
		}
		vp := pageOf(m).vp
		if want := tc.want(vp.TotalLineCount()); vp.YOffset != want || m.focus != focusSide {
			t.Errorf("%q: offset %d, want %d (focus %v)", names, vp.YOffset, want, m.focus)
		}
	}
	// In the list, space and b move the selection by a window.
	m := newTest(t, model.EN, 60, 20)
	if m = send(m, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}); m.list.cursor != m.list.visible() {
		t.Errorf("space in the list: cursor %d", m.list.cursor)
	}
	if m = press(m, "b"); m.list.cursor != 0 {
		t.Errorf("b in the list: cursor %d", m.list.cursor)
	}
}

// TestArrowsBetweenPanes checks that → gives the view the keyboard and ←
// gives it back to the list, in the wide layout and the narrow one; and
// that on the map, whose arrows choose a city, they stay the map's.
func TestArrowsBetweenPanes(t *testing.T) {
	for _, w := range []int{80, 60} {
		m := send(newTest(t, model.EN, w, 24), keyMsg("right"))
		if m.focus != focusSide || m.view != pageView {
			t.Fatalf("%d columns, → in the list: focus %v, view %v", w, m.focus, m.view)
		}
		if !strings.Contains(m.View(), "Saint-Ouen") {
			t.Errorf("%d columns: the page is not on the screen after →:\n%s", w, m.View())
		}
		if m = send(m, keyMsg("left")); m.focus != focusList {
			t.Fatalf("%d columns, ← in the page: focus %v", w, m.focus)
		}
	}
	m := send(press(newTest(t, model.EN, 120, 36), "t"), keyMsg("right"))
	if m.focus != focusSide || m.view != timelineView {
		t.Fatalf("→ beside the timeline: focus %v, view %v", m.focus, m.view)
	}
	m = send(press(m, "esc", "m"), keyMsg("right"))
	if m.focus != focusSide || m.view != mapView {
		t.Fatalf("→ beside the map: focus %v, view %v", m.focus, m.view)
	}
	before := m.list.selected()
	next, cmd := m.Update(keyMsg("right"))
	if m = next.(Model); cmd != nil {
		m = send(m, cmd()) // the map chooses a city by a command
	}
	if m.focus != focusSide || m.list.selected() == before {
		t.Errorf("→ on the map: focus %v, selected %s (was %s)", m.focus, m.list.selected(), before)
	}
	if m = send(m, keyMsg("left")); m.focus != focusSide {
		t.Errorf("← on the map left it")
	}
	// The full help names them where they answer.
	if help := press(newTest(t, model.EN, 80, 24), "?").View(); !strings.Contains(help, "tab/→ pane") {
		t.Errorf("the full help lacks tab/→:\n%s", help)
	}
	if help := press(newTest(t, model.EN, 80, 24), "enter", "?").View(); !strings.Contains(help, "tab/← pane") {
		t.Errorf("the page's full help lacks tab/←:\n%s", help)
	}
}

// TestSuspend checks that ctrl+z suspends the browser that may stop its
// process, in the list and in the query, and nothing else: not a browser
// without Options.Suspend (a session of a server), not a kiosk.
func TestSuspend(t *testing.T) {
	ds := fixture()
	mk := func(suspend bool) Model {
		return resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: plainLook(), Suspend: suspend}), 80, 24)
	}
	ctrlZ := tea.KeyMsg{Type: tea.KeyCtrlZ}
	for _, m := range []Model{mk(true), press(mk(true), "/")} {
		_, cmd := m.Update(ctrlZ)
		if cmd == nil {
			t.Fatalf("ctrl+z (focus %v) did nothing", m.focus)
		}
		if _, ok := cmd().(tea.SuspendMsg); !ok {
			t.Errorf("ctrl+z (focus %v): %T", m.focus, cmd())
		}
	}
	if help := press(mk(true), "?").View(); !strings.Contains(help, "ctrl+z") {
		t.Errorf("the full help lacks ctrl+z:\n%s", help)
	}
	for name, m := range map[string]Model{"without Suspend": mk(false), "typing first": mk(true).TypingFirst()} {
		if _, cmd := m.Update(ctrlZ); cmd != nil {
			if _, ok := cmd().(tea.SuspendMsg); ok {
				t.Errorf("%s: ctrl+z suspends", name)
			}
		}
		if m.keys.Suspend.Enabled() {
			t.Errorf("%s: ctrl+z is live", name)
		}
	}
}

// TestMouseOption checks that the browser asks for the mouse when it
// starts and again when it resumes from a suspend (bubbletea does not),
// and never with NoMouse.
func TestMouseOption(t *testing.T) {
	ds := fixture()
	for _, noMouse := range []bool{false, true} {
		m := New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: plainLook(), NoMouse: noMouse})
		_, resumed := m.Update(tea.ResumeMsg{})
		for when, cmd := range map[string]tea.Cmd{"start": m.Init(), "resume": resumed} {
			asks := cmd != nil && cmd() == tea.EnableMouseCellMotion()
			if asks == noMouse {
				t.Errorf("NoMouse %v, at %s: asks for the mouse %v", noMouse, when, asks)
			}
		}
	}
}

// TestAltLetterTypesNothing checks that alt with a letter is typed
// neither in the kiosk's query nor in the browser's, while the query's
// own alt keys (a word back) still work.
func TestAltLetterTypesNothing(t *testing.T) {
	altX := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'x'}, Alt: true}
	k := newKioskTest(t, model.EN, 80, 24, kiosk.Config{})
	k.send(typed("tro")...)
	k.send(altX)
	if q := k.browser().search.query(); q != "tro" {
		t.Errorf("the kiosk's query after alt+x: %q", q)
	}
	m := send(press(newTest(t, model.EN, 80, 24), "/"), typed("tro gir")...)
	m = send(m, altX, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'b'}, Alt: true}, keyMsg("y"))
	if q := m.search.query(); q != "tro ygir" {
		t.Errorf("the browser's query after alt+x, alt+b, y: %q", q)
	}
}

// TestHelpBarSaysWhatIsCut checks the short help at every width from 20
// to 200 columns, in both languages, in the browser and the kiosk: it
// fits; and when keys are left out, it ends with "…" and the help key
// that shows them.
func TestHelpBarSaysWhatIsCut(t *testing.T) {
	for _, lang := range model.Langs {
		for w := 20; w <= 200; w++ {
			for _, m := range []Model{newTest(t, lang, w, 40), newTest(t, lang, w, 40).TypingFirst()} {
				bar := m.shortHelpView()
				if lipgloss.Width(bar) > m.help.Width {
					t.Fatalf("%s at %d: %d columns: %q", lang.Code(), w, lipgloss.Width(bar), bar)
				}
				cut := slices.ContainsFunc(m.ShortHelp(), func(b key.Binding) bool {
					return b.Enabled() && !strings.Contains(bar, b.Help().Key+" "+b.Help().Desc)
				})
				help := m.keys.Help.Help()
				if cut && !strings.HasSuffix(bar, "… "+help.Key+" "+help.Desc) && w > 40 {
					t.Errorf("%s at %d: keys are left out without … %s: %q", lang.Code(), w, help.Key, bar)
				}
				if !cut && strings.Contains(bar, "…") {
					t.Errorf("%s at %d: … with nothing left out: %q", lang.Code(), w, bar)
				}
			}
		}
	}
	// 60×20, the size of the complaint: q quit is left out, and says so.
	if bar := newTest(t, model.EN, 60, 20).shortHelpView(); !strings.HasSuffix(bar, "… ? more") {
		t.Errorf("60×20: %q", bar)
	}
}

// TestFullHelpOrder checks that the kiosk's full help lists its keys in
// the browser's order: the moves first, then opening and going back, the
// views, and the language and help last.
func TestFullHelpOrder(t *testing.T) {
	for _, lang := range model.Langs {
		descs := func(m Model) []string {
			var out []string
			for _, col := range m.FullHelp() {
				for _, b := range col {
					if b.Enabled() {
						out = append(out, b.Help().Desc)
					}
				}
			}
			return out
		}
		browser := descs(press(newTest(t, lang, 120, 40), "?"))
		k := newKioskTest(t, lang, 120, 40, kiosk.Config{})
		k.press("f1")
		kioskKeys := descs(k.browser())
		at := -1
		for _, d := range kioskKeys {
			i := slices.Index(browser, d)
			if i < 0 {
				continue // the kiosk's own (clear), which the browser's list has not
			}
			if i < at {
				t.Errorf("%s: the kiosk's %q comes after a key the browser lists later\nkiosk:   %q\nbrowser: %q", lang.Code(), d, kioskKeys, browser)
			}
			at = i
		}
		if kioskKeys[0] != words[lang].help.up {
			t.Errorf("%s: the kiosk's full help starts with %q", lang.Code(), kioskKeys[0])
		}
	}
}

// TestFullHelpFits checks that the full help at 80 columns leaves out
// none of its columns, in both languages, with the list, the query or
// any view's keys, suspend included.
func TestFullHelpFits(t *testing.T) {
	ds := fixture()
	for _, lang := range model.Langs {
		for _, keys := range [][]string{{"?"}, {"?", "/"}, {"enter", "?"}, {"m", "tab", "?"}, {"t", "tab", "?"}} {
			m := resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: lang, Look: plainLook(), Suspend: true}), 80, 40)
			m = press(m, keys...)
			if w := lipgloss.Width(m.help.FullHelpView(m.FullHelp())); w > m.help.Width || strings.Contains(m.footerView(true), "…") {
				t.Errorf("%s after %q: the full help is %d wide, of %d:\n%s", lang.Code(), keys, w, m.help.Width, m.footerView(true))
			}
		}
	}
}
