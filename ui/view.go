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
	// or any other message, such as the result of one of its commands.
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
func newViews(ds model.Dataset, st Styles, pages *pages) views {
	return views{
		pageView: newPage(ds.Home, pages, st),
	}
}

// side returns the current view.
func (m Model) side() sideView { return m.views[m.view] }

// setSide replaces the current view.
func (m Model) setSide(v sideView) Model {
	m.views[m.view] = v
	return m
}
