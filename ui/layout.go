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
	// maxScreenW and maxScreenH are the largest screen laid out: a
	// terminal may report any size up to 65535×65535, and a frame that
	// large is gigabytes drawn on every update. A larger window shows
	// the screen in its top left corner.
	maxScreenW, maxScreenH = 1000, 500
)

// clampSize is the size the layout uses for a window of width×height.
func clampSize(width, height int) (int, int) {
	return clamp(width, 0, maxScreenW), clamp(height, 0, maxScreenH)
}

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
	// header and footer are the header and the help bar as laid out,
	// which the frame shows until the next layout: nothing else changes
	// what they show.
	header drawnHeader
	footer drawnFooter
}

// layout measures the chrome and gives every pane its size. It is the one
// place that computes sizes, run on every resize and every change that may
// change the chrome; every size is clamped, as a terminal may report 0×0.
func (m Model) layout() Model {
	frameW, frameH := m.styles.Pane.GetFrameSize()
	m.help.Width = max(m.width-m.styles.Footer.GetHorizontalFrameSize(), 0)
	g := geometry{narrow: m.width < splitWidth}
	head := m.header()
	headerH := lipgloss.Height(head.view)
	queryH := queryLines
	// The smallest body that is of use: the list's frame, the query and
	// one row.
	minBody := frameH + queryH + rowLines

	g.fullHelp = m.help.ShowAll && headerH+lipgloss.Height(m.footer(true).view)+minBody <= m.height
	g.bodyTop = headerH
	g.header, g.footer = head, m.footer(g.fullHelp)
	g.bodyH = max(m.height-headerH-lipgloss.Height(g.footer.view), 0)
	g.tooSmall = m.width < minWidth || g.bodyH < minBody

	g.listW, g.sideW = m.width, m.width
	if !g.narrow {
		g.listW = clamp(m.width/listShare, listMin, listMax)
		g.sideW = m.width - g.listW
	}
	g.rowsTop = g.bodyTop + m.styles.Pane.GetBorderTopSize() + m.styles.Pane.GetPaddingTop() + queryH
	g.statusX, g.tabs = head.statusX, head.tabs

	m.search = m.search.setWidth(g.listW - frameW)
	m.list.compact = g.narrow
	m.list = m.list.setSize(g.listW-frameW, g.bodyH-frameH-queryH)
	m = m.setSide(m.side().setSize(g.sideW-frameW, g.bodyH-frameH))
	m.geo = g
	return m
}

// View implements tea.Model: it only assembles what Update prepared. The
// header, the help bar and the pane beside the list come as they were
// last drawn unless they changed (see drawn); every line of each part is
// as wide as the screen, and the parts are joined as they are.
func (m Model) View() string {
	switch {
	case m.width <= 0 || m.height <= 0 || m.first.holding:
		return ""
	case m.geo.tooSmall:
		return m.tooSmallView()
	}
	g := m.geo
	if !m.outline(true).fits(g.listW, g.bodyH) || !m.outline(true).fits(g.sideW, g.bodyH) {
		return lipgloss.JoinVertical(lipgloss.Left, m.headerView(), m.bodyView(), m.footerView(g.fullHelp))
	}
	var list, side []string
	if !g.narrow || m.focus != focusSide {
		list = m.outline(m.focus != focusSide).lines(m.listView(), g.listW, g.bodyH)
	}
	if !g.narrow || m.focus == focusSide {
		side = m.sidePane()
	}
	head, foot := g.header.view, g.footer.padded
	size := len(head) + len(foot) + g.bodyH + 1
	for i := range g.bodyH {
		if list != nil {
			size += len(list[i])
		}
		if side != nil {
			size += len(side[i])
		}
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(head)
	for i := range g.bodyH {
		b.WriteByte('\n')
		if list != nil {
			b.WriteString(list[i])
		}
		if side != nil {
			b.WriteString(side[i])
		}
	}
	b.WriteByte('\n')
	b.WriteString(foot)
	return b.String()
}

// headerView is the title, the home city, the views' tabs, the list's
// order, the language and the count of cities listed of all partners;
// below them, a mode's banner, and the line that says why an edit of
// the data is not shown.
func (m Model) headerView() string { return m.header().view }

// headerLines is the header's line, line, across the screen, and the
// lines under it: a mode's banner, and the problem with an edit.
func (m Model) headerLines(line string) string {
	header := m.styles.Header.Width(m.width).MaxWidth(m.width).Render(line)
	st := m.styles.Instruction
	if m.banner.alert {
		st = m.styles.Countdown
	}
	for _, l := range m.banner.lines {
		header += "\n" + m.bannerLine(st, fitParts(l, max(m.width-st.GetHorizontalFrameSize(), 0)))
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

// partSep parts the pieces of a banner's line: the same words in the
// other language, say.
const partSep = " · "

// fitParts returns line, or, when it is wider than width, line without
// its last parts (after partSep) until it fits: whole words in one
// language rather than the other's cut after a letter. A first part
// too wide is left to be cut.
func fitParts(line string, width int) string {
	for ansi.StringWidth(line) > width {
		i := strings.LastIndex(line, partSep)
		if i < 0 {
			break
		}
		line = line[:i]
	}
	return line
}

// statusView is the language and the count of cities listed of all
// partners; a click on it switches the language.
func (m Model) statusView() string {
	return m.styles.Status.Render(strings.ToUpper(m.lang.Code()) + " · " +
		strconv.Itoa(m.list.len()) + " " + words[m.lang].of + " " + strconv.Itoa(len(m.ds.Partners)))
}

// footerView is the help bar, short or full, generated from the live keys.
func (m Model) footerView(full bool) string { return m.footer(full).view }

// drawFooter draws the help bar, short or full.
func (m Model) drawFooter(full bool) string {
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

// shortHelpView is the one-line help. bubbles' help ends a line that is
// too long with "…" only where that still fits, and otherwise drops the
// rest without a word; so the line is drawn whole here, and when it is
// too long its last keys give way to "…" followed by the help key, which
// shows them: "↑/↓ choose • enter open … ? more".
func (m Model) shortHelpView() string {
	whole := m.help
	whole.Width = 0 // no limit: bubbles' own cut is not used
	b := m.ShortHelp()
	if v := whole.ShortHelpView(b); lipgloss.Width(v) <= m.help.Width {
		return v
	}
	help := m.keys.Help
	b = slices.DeleteFunc(b, func(k key.Binding) bool { return slices.Equal(k.Keys(), help.Keys()) })
	tail := m.styles.Help.Ellipsis.Render(m.help.model().Ellipsis)
	if help.Enabled() {
		tail += " " + whole.ShortHelpView([]key.Binding{help})
	}
	for {
		last := lastEnabled(b)
		if last < 0 {
			return fit(tail, m.help.Width, 1)
		}
		b = slices.Delete(b, last, last+1)
		if v := whole.ShortHelpView(b) + " " + tail; lipgloss.Width(v) <= m.help.Width {
			return v
		}
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
	s, o := m.styles.Pane, m.outline(focused)
	if focused {
		s = m.styles.FocusedPane
	}
	if !o.fits(width, height) {
		return framed(s, content, width, height)
	}
	return strings.Join(o.lines(content, width, height), "\n")
}

// outline is what draws a pane, focused or not.
func (m Model) outline(focused bool) outline {
	if focused {
		return m.styles.focusedOutline
	}
	return m.styles.paneOutline
}

// framed is content in pane style s at an outer size, drawn by lipgloss:
// what an outline draws faster, and what it draws when it does not fit.
func framed(s lipgloss.Style, content string, width, height int) string {
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
