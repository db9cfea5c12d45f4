package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// TestRightToLeftAndCombiningQueries types Hebrew, Arabic and letters with
// stacked combining marks into the query: the screen keeps its size, the
// query shows what was typed, and nothing matches.
func TestRightToLeftAndCombiningQueries(t *testing.T) {
	for _, q := range []string{"שלום", "مرحبا", "e\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353a\u0354l\u0355g\u0356o"} {
		m := send(press(newTest(t, model.EN, 80, 24), "/"), typed(q)...)
		view := m.View()
		checkScreen(t, view, 80, 24)
		if !strings.Contains(view, q) {
			t.Errorf("query %q is not shown:\n%s", q, view)
		}
		if m.list.len() != 0 {
			t.Errorf("query %q matched %d cities", q, m.list.len())
		}
	}
}

// TestKeyStormAndResizeStorm sends bursts of keys and sizes as fast as a
// careless visitor or a window manager could, checking every frame.
func TestKeyStormAndResizeStorm(t *testing.T) {
	m := newTest(t, model.BG, 80, 24)
	for i := 0; i < 2000; i++ {
		w, h := (i*37)%250, (i*13)%90
		m = send(m, tea.WindowSizeMsg{Width: w, Height: h})
		m = send(m, keys([]string{"j", "k", "enter", "esc", "/", "x", "tab", "?", "l"}[i%9])...)
		if w > 0 && h > 0 {
			checkScreen(t, m.View(), w, h)
		}
	}
}
