package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// TestListSaysHowManyMore checks, at sizes whose list holds some of the
// nine cities, that every city is either on the screen or counted by the
// line under the rows, above or below, wherever the selection is; and that
// a list that holds them all has no such line.
func TestListSaysHowManyMore(t *testing.T) {
	for _, lang := range model.Langs {
		for _, size := range [][2]int{{80, 24}, {60, 20}, {40, 12}, {80, 13}, {200, 60}} {
			w, h := size[0], size[1]
			t.Run(fmt.Sprintf("%dx%d_%s", w, h, lang.Code()), func(t *testing.T) {
				m := newTest(t, lang, w, h)
				for i := range len(m.ds.Partners) {
					view := m.View()
					checkScreen(t, view, w, h)
					shown := 0
					for _, c := range m.ds.Partners {
						if strings.Contains(view, " "+c.Name.In(lang)+" ") {
							shown++
						}
					}
					above, below := count(view, "↑", lang), count(view, "↓", lang)
					if shown+above+below != len(m.ds.Partners) {
						t.Fatalf("at city %d: %d shown, %d above, %d below:\n%s", i, shown, above, below, view)
					}
					m = press(m, "j")
				}
				lv := m.list.view(m.styles, lang, "")
				if all := len(m.ds.Partners)*rowLines <= m.list.height; all && (strings.Contains(lv, "↓") || strings.Contains(lv, "↑")) {
					t.Errorf("every city fits, yet the list says there are more:\n%s", lv)
				}
			})
		}
	}
}

// count reads the number the list's line gives after arrow ("↓ 2 more",
// "↓ още 2"), or 0.
func count(view, arrow string, lang model.Lang) int {
	for _, l := range strings.Split(view, "\n") {
		for _, part := range strings.Split(l, "·") {
			i := strings.Index(part, arrow+" ")
			if i < 0 {
				continue
			}
			var n int
			if _, err := fmt.Sscanf(strings.TrimSpace(part[i+len(arrow):]), words[lang].more, &n); err == nil {
				return n
			}
		}
	}
	return 0
}

// TestKioskListSaysHowManyMore checks the kiosk at 80×24, whose banner
// leaves room for eight cities: the ninth is counted, and the line costs
// no row.
func TestKioskListSaysHowManyMore(t *testing.T) {
	for _, lang := range model.Langs {
		k := newKioskTest(t, lang, 80, 24, kiosk.Config{})
		view := k.m.View()
		want := "↓ " + fmt.Sprintf(words[lang].more, 1)
		if !strings.Contains(view, want) || k.browser().list.visible() != 8 {
			t.Errorf("%s: %d rows, and no %q:\n%s", lang.Code(), k.browser().list.visible(), want, view)
		}
	}
}

// TestListMoreByMouse checks that the wheel over the list moves it, that
// a click on the line that says there are more shows them, and that the
// line is no row to select.
func TestListMoreByMouse(t *testing.T) {
	m := newTest(t, model.EN, 60, 20)
	more := m.geo.rowsTop + m.list.height - moreLines
	m = send(m, click(5, more))
	if m.list.offset == 0 || m.list.below() != 0 {
		t.Fatalf("a click on %q: offset %d", m.list.moreView(m.styles, m.lang), m.list.offset)
	}
	m = send(m, click(5, more))
	if m.list.offset != 0 {
		t.Fatalf("a click on the line at the end: offset %d", m.list.offset)
	}
	// The wheel moves the selection, and the rows follow it.
	m = press(m, "g")
	wheel := tea.MouseMsg{X: 5, Y: m.geo.rowsTop, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress}
	for range m.list.visible() {
		m = send(m, wheel)
	}
	if m.list.cursor != m.list.visible() || m.list.offset != 1 {
		t.Fatalf("the wheel over the list: offset %d, row %d", m.list.offset, m.list.cursor)
	}
	if _, ok := m.list.rowAt(m.list.height - moreLines); ok {
		t.Error("the line that says there are more is a row")
	}
}

// TestListYearColumn checks where the year stands: at the pane's right
// beside a view; alone on a narrow screen, two columns after the widest
// name, as the list command writes it; and "—" for a city without a date.
func TestListYearColumn(t *testing.T) {
	for _, lang := range model.Langs {
		for _, tc := range []struct {
			w, h   int
			narrow bool
		}{{80, 24, false}, {60, 20, true}, {79, 40, true}, {200, 60, false}} {
			m := newTest(t, lang, tc.w, tc.h)
			widest := 0
			for _, c := range m.ds.Partners {
				widest = max(widest, lipgloss.Width(c.Name.In(lang)))
			}
			lines := strings.Split(m.list.view(m.styles, lang, ""), "\n")
			// The first row: "> Saint-Ouen  1961".
			end := lipgloss.Width(strings.TrimRight(lines[0], " "))
			want := m.list.width
			if tc.narrow {
				want = len("> ") + widest + yearGap + len("1961")
			}
			if end != want {
				t.Errorf("%dx%d %s: the year ends at column %d, want %d:\n%s", tc.w, tc.h, lang.Code(), end, want, lines[0])
			}
		}
		m := newTest(t, lang, 80, 24)
		undated, _ := m.ds.Partner("bijeljina")
		for _, l := range strings.Split(m.list.view(m.styles, lang, ""), "\n") {
			if strings.Contains(l, undated.Name.In(lang)) && !strings.HasSuffix(strings.TrimRight(l, " "), " —") {
				t.Errorf("%s: the undated city has no —: %q", lang.Code(), l)
			}
		}
	}
}
