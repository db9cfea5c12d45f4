package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// viewID names a view of the right-hand pane.
type viewID int

// The views of the right-hand pane. The page comes first: it is the one a
// browser starts with and returns home to.
const (
	pageView viewID = iota
	mapView
	timelineView
	numViews
)

// sideView is what the right-hand pane shows beside the list: the selected
// city's page, or another picture of the partnerships. The router keeps one
// value of each view, shows the selected city on the current one, hands it
// the keys while the pane has the focus and the mouse events over it, and
// asks it which keys it answers for the help. Like bubbles' components, a
// view returns a value of its own kind from each method.
type sideView interface {
	// update handles a key while the pane has the focus, a mouse event
	// over the pane (at coordinates relative to the view's first cell),
	// a new dataset (dataMsg), which a view shows in place of the one it
	// was built with, or any other message, such as the result of one of
	// its commands.
	update(msg tea.Msg, k KeyMap) (sideView, tea.Cmd)
	// view draws the view at the size last set.
	view() string
	// setSize gives the view its inner size.
	setSize(width, height int) sideView
	// show puts city c on the view in lang; c is the zero City when no
	// city is selected.
	show(c model.City, lang model.Lang) sideView
	// help lists the bindings the view answers while it has the focus,
	// for the full help.
	help(k KeyMap) []key.Binding
	// top returns the view as a new visitor finds it, and atTop reports
	// whether it is so.
	top() sideView
	atTop() bool
}

// views holds one value of every view, indexed by viewID. An array, so
// that a copy of the model is a copy of its views.
type views [numViews]sideView

// newViews builds every view: adding a view is one line here, its viewID
// above, and its key in the KeyMap. The page view renders into pages.
func newViews(ds model.Dataset, st *Styles, look Look, pages *pages) views {
	g := glyphs{console: look.Console}
	return views{
		pageView:     newPage(ds.Home, pages, st),
		mapView:      newWorldMap(ds, st, g),
		timelineView: newTimeline(ds, st, g),
	}
}

// side returns the current view.
func (m Model) side() sideView { return m.views[m.view] }

// setSide replaces the current view.
func (m Model) setSide(v sideView) Model {
	m.views[m.view] = v
	return m
}

// selectMsg is a view's choice of a city (a click on the map, a move on
// the timeline): the router selects it in the list, which the views then
// show.
type selectMsg struct{ id string }

// selectCity is the command by which a view chooses the city with id.
func selectCity(id string) tea.Cmd {
	return func() tea.Msg { return selectMsg{id} }
}

// selectCity selects the city with id in the list; one that the query
// filters out is listed again, with the query cleared.
func (m Model) selectCity(id string) Model {
	for i := range m.list.len() {
		if m.list.rows.At(i).ID == id {
			m.list = m.list.moveTo(i)
			return m.sync()
		}
	}
	m.search = m.search.clear()
	if m.typingFirst || m.focus == focusSearch {
		m.focus = m.homeFocus()
	}
	return m.filter(id)
}

// viewFor returns the view a view key asks for.
func viewFor(msg tea.KeyMsg, k KeyMap) viewID {
	switch {
	case key.Matches(msg, k.Map):
		return mapView
	case key.Matches(msg, k.Timeline):
		return timelineView
	}
	return pageView
}

// showView puts view v beside the list. The focus stays where it is,
// so the list's keys go on choosing the city the view shows; on a narrow
// screen, which shows one pane at a time, the view takes the screen.
func (m Model) showView(v viewID) Model {
	m.view = v
	if m.geo.narrow {
		m.search = m.search.blur()
		m.focus = focusSide
	}
	return m.sync()
}

// open shows the selected city's page and gives it the keyboard.
func (m Model) open() Model {
	m.view = pageView
	return m.setFocus(focusSide)
}
