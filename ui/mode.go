package ui

import (
	"slices"

	"github.com/ruse-twins/ruse-twins/model"
)

// The methods here are how a mode that wraps the browser (the kiosk, in
// ui/kiosk) drives it: it never reaches into the browser's parts.

// banner is what a mode shows under the header, a line each, in the
// Instruction style, or the Countdown style when it is an alert.
type banner struct {
	lines []string
	alert bool
}

// Lang returns the language the browser shows.
func (m Model) Lang() model.Lang { return m.lang }

// WithBanner shows lines under the header (none for no banner), as an
// alert when alert is true; the layout makes room for them. A line wider
// than the screen loses its last parts after " · " whole, and is cut
// only when its first part alone is too wide.
func (m Model) WithBanner(lines []string, alert bool) Model {
	if m.banner.alert == alert && slices.Equal(m.banner.lines, lines) {
		return m
	}
	m.banner = banner{lines: append([]string(nil), lines...), alert: alert}
	return m.layout()
}

// TypingFirst puts the browser in the mode of a public screen: the query
// always has the keyboard, so typing searches at once; tab (or f2)
// switches the language and f1 opens the help; no key quits; and the
// query box never reads the clipboard. See typing.go.
func (m Model) TypingFirst() Model {
	m.typingFirst = true
	m.search = m.search.typingFirst()
	m.focus = focusSearch
	return m.sync()
}

// Home returns the browser in its home state: the query cleared, the
// first city selected with its page at the top, the starting language, the
// help closed.
func (m Model) Home() Model {
	m.lang = m.start
	m.search = m.search.clear().setLang(m.lang)
	m.help.ShowAll = false
	m.focus = m.homeFocus()
	m.view = pageView
	m.order = byDataset
	for i, v := range m.views {
		m.views[i] = v.top()
	}
	m.list = m.list.setRows(m.search.rows(m.ds.Partners, m.lang), "")
	return m.sync()
}

// AtHome reports whether the browser is in its home state.
func (m Model) AtHome() bool {
	return m.lang == m.start && m.search.query() == "" && m.focus == m.homeFocus() &&
		m.list.cursor == 0 && m.list.offset == 0 && m.view == pageView && m.side().atTop() && !m.help.ShowAll &&
		m.order == byDataset
}

// homeFocus is where the keyboard is at home: on the list, or on the
// query in typing-first mode.
func (m Model) homeFocus() focus {
	if m.typingFirst {
		return focusSearch
	}
	return focusList
}

// Next selects the next city, after the last the first, as a screen that
// shows the cities to passers-by does.
func (m Model) Next() Model {
	if n := m.list.len(); n > 0 {
		m.list = m.list.moveTo((m.list.cursor + 1) % n)
	}
	return m.sync()
}
