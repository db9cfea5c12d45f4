package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// The header's line: the title and home city on the left, the views'
// tabs in the middle (a click on one shows it: a visitor with only a
// mouse or a touch screen reaches every view), and on the right the
// list's order, when it is not the dataset's, and the language and count.

// minTitle is the least of the title worth keeping beside the tabs: when
// less would be left, the tabs give way.
const minTitle = 12

// headerLine is the header's line as measured: each piece, and where the
// tabs are on the screen.
type headerLine struct {
	title, tabs, status string
	tabsX               int              // the tabs' first column, from the header's first
	tabSpans            [numViews][2]int // each tab's columns [from, to) on the screen
}

// tabView is one view's tab: its name, in brackets when it is shown, so
// that the tab in view is plain without colour too. A tab is as wide
// either way, so that nothing moves when the view changes.
func (m Model) tabView(v viewID) string {
	name := words[m.lang].views[v]
	if v == m.view {
		return m.styles.ActiveTab.Render("[" + name + "]")
	}
	return m.styles.Tab.Render(" " + name + " ")
}

// orderView is the list's order, when it is not the dataset's and no
// search ranks the list instead.
func (m Model) orderView() string {
	if m.order == byDataset || m.search.query() != "" {
		return ""
	}
	return m.styles.Status.Render(words[m.lang].orders[m.order] + " · ")
}

// measureHeader lays the header's line out in width columns. The title
// gives way first: "Partner cities · Ruse", then "Partner cities", then
// the home city's name alone; then the tabs; what is left of the title is
// cut.
func (m Model) measureHeader(width int) headerLine {
	status := m.orderView() + m.statusView()
	home := m.glyphs.text(sanitize(m.ds.Home.Name.In(m.lang)))
	name := m.styles.Title.Render(words[m.lang].title)
	titles := []string{name + " · " + home, name, m.styles.Title.Render(home)}
	tabs := make([]string, numViews)
	for v := range numViews {
		tabs[v] = m.tabView(v)
	}
	strip := strings.Join(tabs, "")
	h := headerLine{status: status}
	room := width - lipgloss.Width(status) - lipgloss.Width(strip) - 2
	title := fitting(titles, room)
	if title == "" && room < min(minTitle, lipgloss.Width(titles[0])) {
		strip, room = "", width-lipgloss.Width(status)-1
		title = fitting(titles, room)
	}
	if title == "" {
		title = titles[0]
	}
	h.title = ansi.Truncate(title, max(room, 0), "…")
	if strip == "" {
		return h
	}
	// The tabs sit in the middle of the screen when the title leaves
	// room for that, else just after it.
	h.tabs = strip
	h.tabsX = min(max(lipgloss.Width(h.title)+1, (width-lipgloss.Width(strip))/2),
		width-lipgloss.Width(status)-lipgloss.Width(strip)-1)
	x := m.styles.Header.GetPaddingLeft() + h.tabsX
	for v := range numViews {
		w := lipgloss.Width(tabs[v])
		h.tabSpans[v] = [2]int{x, x + w}
		x += w
	}
	return h
}

// fitting returns the first of titles at most room columns wide, or "".
func fitting(titles []string, room int) string {
	for _, t := range titles {
		if lipgloss.Width(t) <= room {
			return t
		}
	}
	return ""
}

// render writes the line, width columns wide.
func (h headerLine) render(width int) string {
	line := h.title
	if h.tabs != "" {
		line += strings.Repeat(" ", max(h.tabsX-lipgloss.Width(line), 0)) + h.tabs
	}
	gap := max(width-lipgloss.Width(line)-lipgloss.Width(h.status), 1)
	return ansi.Truncate(line+strings.Repeat(" ", gap)+h.status, width, "")
}

// onTab returns the view whose tab msg clicks, if any.
func (m Model) onTab(msg tea.MouseMsg) (viewID, bool) {
	if msg.Action != tea.MouseActionPress || msg.Button != tea.MouseButtonLeft || m.geo.tooSmall || msg.Y != 0 {
		return 0, false
	}
	for v, s := range m.geo.tabs {
		if msg.X >= s[0] && msg.X < s[1] {
			return viewID(v), true
		}
	}
	return 0, false
}
