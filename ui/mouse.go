package ui

import tea "github.com/charmbracelet/bubbletea"

// mouse handles the wheel, which scrolls the pane under the pointer
// whichever has the focus, and a click, which selects the city clicked or
// focuses the detail.
func (m Model) mouse(msg tea.MouseMsg) Model {
	if m.onStatus(msg) {
		return m.setLang(m.lang.Other())
	}
	pane, ok := m.paneAt(msg.X, msg.Y)
	if !ok || msg.Action != tea.MouseActionPress {
		return m
	}
	switch msg.Button { //nolint:exhaustive // other buttons do nothing
	case tea.MouseButtonWheelUp, tea.MouseButtonWheelDown:
		up := msg.Button == tea.MouseButtonWheelUp
		if pane == focusDetail {
			m.detail = m.detail.scroll(sign(up) * wheelLines)
			return m
		}
		m.list = m.list.scroll(sign(up))
		return m.sync()
	case tea.MouseButtonLeft:
		return m.click(pane, msg.Y)
	}
	return m
}

// click selects the row clicked in the list, or focuses the detail. A
// query being typed keeps the keyboard while rows are clicked.
func (m Model) click(pane focus, y int) Model {
	if pane == focusDetail {
		m.search = m.search.blur()
		return m.setFocus(focusDetail)
	}
	if i, ok := m.list.rowAt(y - m.geo.rowsTop); ok {
		m.list = m.list.moveTo(i)
	}
	if m.focus == focusDetail {
		m.focus = focusList
	}
	return m.sync()
}

// onStatus reports whether msg is a click on the header's language and
// count, which switches the language: a way to it that a kiosk visitor
// with only a mouse (or a touch screen) has.
func (m Model) onStatus(msg tea.MouseMsg) bool {
	return msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft &&
		!m.geo.tooSmall && msg.Y == 0 && msg.X >= m.geo.statusX && msg.X < m.width
}

// paneAt returns the pane at screen cell (x, y), if any is there.
func (m Model) paneAt(x, y int) (focus, bool) {
	g := m.geo
	if g.tooSmall || y < g.bodyTop || y >= g.bodyTop+g.bodyH || x < 0 || x >= m.width {
		return focusList, false
	}
	switch {
	case g.narrow && m.focus == focusDetail:
		return focusDetail, true
	case g.narrow, x < g.listW:
		return focusList, true
	}
	return focusDetail, true
}

// sign is -1 for up, 1 for down.
func sign(up bool) int {
	if up {
		return -1
	}
	return 1
}
