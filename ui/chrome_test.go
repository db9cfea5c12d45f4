package ui

import (
	"errors"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/ruse-twins/ruse-twins/model"
)

// drawnAfresh is the screen of m drawn by lipgloss from nothing: every
// part drawn anew, the panes framed by lipgloss and the parts joined by
// it, as the screen was drawn before its parts were kept (see drawn).
func drawnAfresh(m Model) string {
	if m.width <= 0 || m.height <= 0 || m.geo.tooSmall {
		return m.View()
	}
	width := max(m.width-m.styles.Header.GetHorizontalFrameSize(), 0)
	head := m.headerLines(m.measureHeader(width).render(width))
	g := m.geo
	side := m.side()
	if p, ok := side.(page); ok {
		p.drawn = &memo[pageDrawKey, string]{}
		side = p
	}
	pane := func(content string, width int, focused bool) string {
		s := m.styles.Pane
		if focused {
			s = m.styles.FocusedPane
		}
		return framed(s, content, width, g.bodyH)
	}
	list, view := pane(m.listView(), g.listW, m.focus != focusSide), pane(side.view(), g.sideW, m.focus == focusSide)
	body := lipgloss.JoinHorizontal(lipgloss.Top, list, view)
	switch {
	case g.narrow && m.focus == focusSide:
		body = view
	case g.narrow:
		body = list
	}
	return lipgloss.JoinVertical(lipgloss.Left, head, body, m.drawFooter(g.fullHelp))
}

// TestViewIsDrawnAfresh walks the browser through states that change
// each part of the screen, in several looks and sizes, and checks after
// each step that the screen, drawn from the parts kept from the frames
// before, is the one drawn from nothing, byte for byte: a part kept
// past a change of what it shows would differ.
func TestViewIsDrawnAfresh(t *testing.T) {
	looks := map[string]Look{
		"plain":   plainLook(),
		"256":     LookFor(termenv.ANSI256, true, false),
		"light":   LookFor(termenv.TrueColor, false, false),
		"mono":    LookFor(termenv.ANSI, true, false).NoColour(),
		"console": LookFor(termenv.ANSI, true, true),
	}
	steps := [][]string{
		{}, {"j"}, {"j", "j"}, {"k"}, {"/"}, {"г"}, {"ю"}, {"backspace"}, {"x", "x", "x"}, {"esc"},
		{"enter"}, {"pgdown"}, {"j"}, {"G"}, {"tab"}, {"?"}, {"m"}, {"tab"}, {"j"}, {"?"},
		{"t"}, {"down"}, {"tab"}, {"p"}, {"l"}, {"s"}, {"s"}, {"/"}, {"t", "r"}, {"enter"},
		{"esc"}, {"l"}, {"home"},
	}
	for name, look := range looks {
		for _, size := range [][2]int{{100, 30}, {60, 20}, {80, 24}, {140, 12}} {
			ds := fixture()
			m := resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: look}), size[0], size[1])
			check := func(what string) {
				t.Helper()
				if got, want := m.View(), drawnAfresh(m); got != want {
					t.Fatalf("%s %dx%d, after %s:\nkept\n%s\nafresh\n%s", name, size[0], size[1], what, got, want)
				}
			}
			for _, keys := range steps {
				m = press(m, keys...)
				check(fmtKeys(keys))
			}
			m = m.WithBanner([]string{"Touch the screen", "or type"}, false)
			check("a banner")
			m = m.WithBanner([]string{"Back to the start in 5"}, true)
			check("an alert")
			m = send(m, DataMsg{Err: errors.New("cities/trogir.yaml:3: no name")})
			check("a problem")
			m = send(m, dataOf(edited("An edited lead.")))
			check("new data")
			m = resize(m, size[0]+7, size[1]+3)
			check("a resize")
			m = m.WithBanner(nil, false)
			check("no banner")
		}
	}
}

// fmtKeys names the keys of a step.
func fmtKeys(keys []string) string {
	if len(keys) == 0 {
		return "nothing"
	}
	s := ""
	for _, k := range keys {
		s += k + " "
	}
	return s
}
