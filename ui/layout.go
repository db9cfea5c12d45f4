package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

const (
	// splitWidth is where the panes stand side by side: a narrower screen
	// shows one pane at a time.
	splitWidth = 80
	// minWidth is the narrowest screen that shows a marker, a short name
	// and a year in a framed list; below it the screen says it is too small.
	minWidth = 20
	// listShare, listMin and listMax size the list beside the view: a
	// third of the screen, enough for "Bosnia and Herzegovina", and no
	// more than a name and a country need.
	listShare, listMin, listMax = 3, 30, 40
)

// geometry is where things are on the screen, as layout measured it; the
// mouse uses it to find what the pointer is over.
type geometry struct {
	tooSmall bool             // nothing useful fits: only a message is shown
	narrow   bool             // one pane at a time
	fullHelp bool             // the full help is shown (it is open and it fits)
	bodyTop  int              // the first line of the panes
	bodyH    int              // the panes' height
	listW    int              // the list's outer width
	sideW    int              // the view's outer width
	rowsTop  int              // the first line of the list's rows
	statusX  int              // the first column of the header's language and count
	tabs     [numViews][2]int // the columns of the header's tabs, [from, to)
}

// layout measures the chrome and gives every pane its size. It is the one
// place that computes sizes, run on every resize and every change that may
// change the chrome; every size is clamped, as a terminal may report 0×0.
func (m Model) layout() Model {
	frameW, frameH := m.styles.Pane.GetFrameSize()
	m.help.Width = max(m.width-m.styles.Footer.GetHorizontalFrameSize(), 0)
	g := geometry{narrow: m.width < splitWidth}
	headerH := lipgloss.Height(m.headerView())
	queryH := lipgloss.Height(m.search.view(m.styles, m.lang)) + lipgloss.Height(m.ruleView(0))
	// The smallest body that is of use: the list's frame, the query and
	// one row.
	minBody := frameH + queryH + rowLines

	g.fullHelp = m.help.ShowAll && headerH+lipgloss.Height(m.footerView(true))+minBody <= m.height
	g.bodyTop = headerH
	g.bodyH = max(m.height-headerH-lipgloss.Height(m.footerView(g.fullHelp)), 0)
	g.tooSmall = m.width < minWidth || g.bodyH < minBody

	g.listW, g.sideW = m.width, m.width
	if !g.narrow {
		g.listW = clamp(m.width/listShare, listMin, listMax)
		g.sideW = m.width - g.listW
	}
	g.rowsTop = g.bodyTop + m.styles.Pane.GetBorderTopSize() + m.styles.Pane.GetPaddingTop() + queryH
	g.statusX = m.width - m.styles.Header.GetPaddingRight() - lipgloss.Width(m.statusView())
	g.tabs = m.measureHeader(max(m.width-m.styles.Header.GetHorizontalFrameSize(), 0)).tabSpans

	m.search = m.search.setWidth(g.listW - frameW)
	m.list = m.list.setSize(g.listW-frameW, g.bodyH-frameH-queryH)
	m = m.setSide(m.side().setSize(g.sideW-frameW, g.bodyH-frameH))
	m.geo = g
	return m
}

// View implements tea.Model: it only assembles what Update prepared.
func (m Model) View() string {
	switch {
	case m.width <= 0 || m.height <= 0:
		return ""
	case m.geo.tooSmall:
		return m.tooSmallView()
	}
	return lipgloss.JoinVertical(lipgloss.Left, m.headerView(), m.bodyView(), m.footerView(m.geo.fullHelp))
}

// headerView is the title, the home city, the views' tabs, the list's
// order, the language and the count of cities listed of all partners;
// below them, a mode's banner, and the line that says why an edit of
// the data is not shown.
func (m Model) headerView() string {
	width := max(m.width-m.styles.Header.GetHorizontalFrameSize(), 0)
	line := m.measureHeader(width).render(width)
	header := m.styles.Header.Width(m.width).MaxWidth(m.width).Render(line)
	st := m.styles.Instruction
	if m.banner.alert {
		st = m.styles.Countdown
	}
	for _, l := range m.banner.lines {
		header += "\n" + m.bannerLine(st, l)
	}
	if m.problem != "" {
		header += "\n" + m.bannerLine(m.styles.Problem, m.problem)
	}
	return header
}

// bannerLine is one line of text in style st across the screen, cut
// where the screen ends.
func (m Model) bannerLine(st lipgloss.Style, text string) string {
	width := max(m.width-st.GetHorizontalFrameSize(), 0)
	return st.Width(m.width).MaxWidth(m.width).Render(ansi.Truncate(text, width, "…"))
}

// statusView is the language and the count of cities listed of all
// partners; a click on it switches the language.
func (m Model) statusView() string {
	return m.styles.Status.Render(strings.ToUpper(m.lang.Code()) + " · " +
		strconv.Itoa(m.list.len()) + " " + words[m.lang].of + " " + strconv.Itoa(len(m.ds.Partners)))
}

// footerView is the help bar, short or full, generated from the live keys.
func (m Model) footerView(full bool) string {
	if full {
		// A column that does not fit is left out by bubbles' help.
		v := m.help.FullHelpView(m.FullHelp())
		if m.view == mapView {
			v += "\n" + m.styles.Help.FullDesc.Render(words[m.lang].mapSource)
		}
		return m.styles.Footer.Render(fit(v, m.help.Width, -1))
	}
	return m.styles.Footer.Render(m.shortHelpView())
}

// shortHelpView is the one-line help. bubbles' help ends a line that is too
// long with "…" only where that still fits, and otherwise lets it overflow;
// so the last keys are dropped here until the line fits.
func (m Model) shortHelpView() string {
	b := m.ShortHelp()
	for {
		v := m.help.ShortHelpView(b)
		last := lastEnabled(b)
		if lipgloss.Width(v) <= m.help.Width || last < 0 {
			return fit(v, m.help.Width, 1)
		}
		b = slices.Delete(b, last, last+1)
	}
}

// lastEnabled returns the index of the last live binding, or -1.
func lastEnabled(b []key.Binding) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i].Enabled() {
			return i
		}
	}
	return -1
}

// bodyView is the panes: side by side, or the focused one alone.
func (m Model) bodyView() string {
	g := m.geo
	list := m.pane(m.listView(), g.listW, g.bodyH, m.focus != focusSide)
	side := m.pane(m.side().view(), g.sideW, g.bodyH, m.focus == focusSide)
	switch {
	case !g.narrow:
		return lipgloss.JoinHorizontal(lipgloss.Top, list, side)
	case m.focus == focusSide:
		return side
	}
	return list
}

// listView is the list pane's content: the query, a rule, the rows.
func (m Model) listView() string {
	w := m.geo.listW - m.styles.Pane.GetHorizontalFrameSize()
	return m.search.view(m.styles, m.lang) + "\n" + m.ruleView(w) + "\n" +
		m.list.view(m.styles, m.lang, m.search.query())
}

// ruleView is the line under the query.
func (m Model) ruleView(width int) string {
	return m.styles.Rule.Render(strings.Repeat("─", max(width, 0)))
}

// pane frames content at an outer size; the focused pane has the thick
// frame.
func (m Model) pane(content string, width, height int, focused bool) string {
	s := m.styles.Pane
	if focused {
		s = m.styles.FocusedPane
	}
	fw, fh := s.GetFrameSize()
	content = fit(content, width-fw, height-fh)
	return s.Width(max(width-s.GetHorizontalBorderSize(), 0)).
		Height(max(height-s.GetVerticalBorderSize(), 0)).
		Render(content)
}

// tooSmallView is the whole screen when nothing useful fits.
func (m Model) tooSmallView() string {
	msg := m.styles.TooSmall.Width(m.width).Align(lipgloss.Center).Render(words[m.lang].tooSmall)
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, fit(msg, m.width, m.height))
}

// fit cuts s to at most width columns and height lines (height < 0: any
// number of lines), so that no piece can push the layout out of shape.
func fit(s string, width, height int) string {
	lines := strings.Split(s, "\n")
	if height >= 0 && len(lines) > height {
		lines = lines[:height]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, max(width, 0), "")
	}
	return strings.Join(lines, "\n")
}
