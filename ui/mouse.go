package ui

import tea "github.com/charmbracelet/bubbletea"

// mouse handles the wheel, which scrolls the pane under the pointer
// whichever has the focus (over the list, it moves the selection), and a
// click, which selects the city clicked or
// focuses the view. Events over the view go on to it, at coordinates
// relative to its first cell.
func (m Model) mouse(msg tea.MouseMsg) (Model, tea.Cmd) {
	if m.onStatus(msg) {
		return m.setLang(m.lang.Other()), nil
	}
	if v, ok := m.onTab(msg); ok {
		return m.showView(v), nil
	}
	pane, ok := m.paneAt(msg.X, msg.Y)
	if !ok || msg.Action != tea.MouseActionPress {
		return m, nil
	}
	if pane == focusSide {
		if msg.Button == tea.MouseButtonLeft {
			m.search = m.search.blur()
			m = m.setFocus(focusSide)
		}
		msg.X -= m.sideX()
		msg.Y -= m.geo.bodyTop + m.styles.Pane.GetBorderTopSize() + m.styles.Pane.GetPaddingTop()
		v, cmd := m.side().update(msg, m.keys)
		return m.setSide(v), cmd
	}
	switch msg.Button { //nolint:exhaustive // other buttons do nothing
	case tea.MouseButtonWheelUp, tea.MouseButtonWheelDown:
		// A city a notch, as ↑ and ↓ choose: the rows follow, and the
		// wheel moves the list even when every row is in view.
		m.list = m.list.moveTo(m.list.cursor + sign(msg.Button == tea.MouseButtonWheelUp))
		return m.sync(), nil
	case tea.MouseButtonLeft:
		return m.click(msg.Y), nil
	}
	return m, nil
}

// sideX is the first column of the view's content.
func (m Model) sideX() int {
	x := m.styles.Pane.GetBorderLeftSize() + m.styles.Pane.GetPaddingLeft()
	if !m.geo.narrow {
		x += m.geo.listW
	}
	return x
}

// click selects the row clicked in the list, or shows more rows when the
// line that says there are more is clicked. A query being typed keeps the
// keyboard while rows are clicked.
func (m Model) click(y int) Model {
	if i, ok := m.list.rowAt(y - m.geo.rowsTop); ok {
		m.list = m.list.moveTo(i)
	}
	if m.list.onMore(y - m.geo.rowsTop) {
		m.list = m.list.more()
	}
	if m.focus == focusSide {
		m.focus = focusList
	}
	return m.sync()
}

// onStatus reports whether msg is a click on the header's language and
// count, which switches the language: a way to it that a visitor with
// only a mouse (or a touch screen) has.
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
	case g.narrow && m.focus == focusSide:
		return focusSide, true
	case g.narrow, x < g.listW:
		return focusList, true
	}
	return focusSide, true
}

// sign is -1 for up, 1 for down.
func sign(up bool) int {
	if up {
		return -1
	}
	return 1
}
