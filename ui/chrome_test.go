package ui

import (
	"errors"
	"fmt"
	"strings"
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

// TestViewIsDrawnAfresh walks browsers through states that change each
// part of the screen, in several looks and sizes, and checks after each
// step that the screen, drawn from the parts kept from the frames before
// (by the browser, or by another of its look: the browsers of a look
// share what they draw), is the one drawn from nothing, byte for byte: a
// part kept past a change of what it shows would differ. Two browsers
// of each look and size take the same steps, one a step behind the
// other, so that each finds parts the other drew.
func TestViewIsDrawnAfresh(t *testing.T) {
	looks := map[string]Look{
		"plain":   plainLook(),
		"256":     LookFor(termenv.ANSI256, true, false),
		"light":   LookFor(termenv.TrueColor, false, false),
		"mono":    LookFor(termenv.ANSI, true, false).NoColour(),
		"console": LookFor(termenv.ANSI, true, true),
	}
	steps := drawingSteps()
	for name, look := range looks {
		shared := NewShared()
		for _, size := range [][2]int{{100, 30}, {60, 20}, {80, 24}, {140, 12}} {
			ds := fixture()
			browser := func() Model {
				return resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: look, Shared: shared}), size[0], size[1])
			}
			a, b := browser(), browser()
			check := func(m Model, who string, step int) {
				t.Helper()
				if got, want := m.View(), drawnAfresh(m); got != want {
					t.Fatalf("%s %dx%d, browser %s after step %d:\nkept\n%s\nafresh\n%s", name, size[0], size[1], who, step, got, want)
				}
			}
			for i, step := range steps {
				a = step(a)
				check(a, "a", i)
				if i > 0 {
					b = steps[i-1](b)
					check(b, "b", i-1)
				}
			}
		}
	}
}

// drawingSteps are steps through states that change each part of the
// screen: moves, a query typed and cleared, the page scrolled, focus,
// help, the views, the language, the orders, banners, a problem with an
// edit, new data and a resize.
func drawingSteps() []func(Model) Model {
	steps := []func(Model) Model{}
	for _, keys := range [][]string{
		{}, {"j"}, {"j", "j"}, {"k"}, {"/"}, {"г"}, {"ю"}, {"backspace"}, {"x", "x", "x"}, {"esc"},
		{"enter"}, {"pgdown"}, {"j"}, {"G"}, {"tab"}, {"?"}, {"m"}, {"tab"}, {"j"}, {"?"},
		{"t"}, {"down"}, {"tab"}, {"p"}, {"l"}, {"s"}, {"s"}, {"/"}, {"t", "r"}, {"enter"},
		{"esc"}, {"l"}, {"home"},
	} {
		steps = append(steps, func(m Model) Model { return press(m, keys...) })
	}
	return append(steps,
		func(m Model) Model { return m.WithBanner([]string{"Touch the screen", "or type"}, false) },
		func(m Model) Model { return m.WithBanner([]string{"Back to the start in 5"}, true) },
		func(m Model) Model { return send(m, DataMsg{Err: errors.New("cities/trogir.yaml:3: no name")}) },
		func(m Model) Model { return send(m, dataOf(edited("An edited lead."))) },
		func(m Model) Model { return resize(m, m.width+7, m.height+3) },
		func(m Model) Model { return m.WithBanner(nil, false) },
	)
}

// TestQueryLines checks the heights layout takes without drawing: the
// query box and its rule, and the page's scroll line, drawn in every state
// of drawingSteps, in the browser and on a public screen, in both
// languages, at widths from the narrowest, with queries long and short,
// are queryLines and scrollLines high.
func TestQueryLines(t *testing.T) {
	check := func(m Model, what string) {
		t.Helper()
		if h := lipgloss.Height(m.search.view(m.styles, m.lang)) + lipgloss.Height(m.ruleView(m.geo.listW)); h != queryLines {
			t.Fatalf("%s: the query box and its rule are %d lines, not %d", what, h, queryLines)
		}
		if h := lipgloss.Height(pageOf(m).scrollView()); h != scrollLines {
			t.Fatalf("%s: the scroll line is %d lines, not %d", what, h, scrollLines)
		}
	}
	for _, lang := range model.Langs {
		for _, width := range []int{minWidth, 45, 100} {
			for _, public := range []bool{false, true} {
				m := newTest(t, lang, width, 24)
				if public {
					m = m.TypingFirst()
				}
				for i, step := range drawingSteps() {
					m = step(m)
					check(m, fmt.Sprintf("%s %d wide, public %v, step %d", lang.Code(), width, public, i))
				}
				m = send(m, typed(strings.Repeat("淮南 Újbuda ", 8))...)
				check(m, fmt.Sprintf("%s %d wide, public %v, a long query", lang.Code(), width, public))
			}
		}
	}
}
