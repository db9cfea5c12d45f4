// Package ui is the interactive browser: a list of Ruse's partner cities
// beside a view of the selected one (its page), with live search, two
// languages, and a help bar generated from the live key bindings. The root
// Model routes messages to one part of the screen at a time; each part
// lives in its own file, and each view of the right-hand pane in its own
// (see view.go). It is given model values by main and never reads data
// files itself. Modes that wrap the browser, such as the kiosk (ui/kiosk),
// reach it through the methods in mode.go.
package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/order"
)

// Options are the choices made before the browser starts.
type Options struct {
	Lang model.Lang // the language to start in
	Look Look       // the settled colours and markdown style; see Settle
	// NoMouse leaves the mouse to the terminal, whose own selection of
	// text then works: no clicks or wheel reach the browser.
	NoMouse bool
	// Suspend lets ctrl+z stop the program until the shell's fg: only for
	// a terminal of one's own, never for a session of a server (whose
	// process it would stop) or a public screen.
	Suspend bool
	// Shared is what the browser shares with the others given the same
	// (a server's sessions): its styles and rendered pages. nil: its own.
	Shared *Shared
}

// focus is the part of the screen that has the keyboard.
type focus int

const (
	focusList   focus = iota // the list of cities
	focusSide                // the view beside the list
	focusSearch              // the query above the list
)

// Model is the browser's root model: a router that hands each message to
// the part of the screen it concerns. It is the only tea.Model here; the
// parts return their own types.
type Model struct {
	ds     model.Dataset
	lang   model.Lang
	start  model.Lang // the language of the home state
	keys   KeyMap
	styles *Styles // shared by the model's copies: never changed after New
	help   helpBar
	search search
	list   list
	views  views  // every view of the right-hand pane
	view   viewID // the one shown
	pages  *pages // the rendered pages the page view shows, shared with it
	order  order.By
	orders *orders // the partners' ranks in each order
	focus  focus
	width  int
	height int
	geo    geometry // where everything is, as layout last measured it
	drawn  *drawn   // the parts of the screen as last drawn
	glyphs glyphs   // what the screen can draw
	banner banner   // lines a mode shows under the header
	// problem is the line that says why the data on the screen is not
	// the latest edit ("" when it is).
	problem string
	// typingFirst is the mode of a public screen: the query always has
	// the keyboard (see typing.go).
	typingFirst bool
	mouseOwned  bool // the browser asks the terminal for the mouse
	suspend     bool // ctrl+z may stop the program (see Options)
}

// New returns the browser over dataset ds, searching with s. The first
// city is selected; nothing is drawn until the first window size arrives.
func New(ds model.Dataset, s Searcher, o Options) Model {
	shared := o.Shared
	if shared == nil {
		shared = NewShared()
	}
	pages := newPages(o.Look, shared)
	st := pages.shelf.styles
	m := Model{
		ds:         ds,
		lang:       o.Lang,
		start:      o.Lang,
		keys:       DefaultKeyMap(),
		styles:     st,
		help:       helpBar{styles: st},
		search:     newSearch(s, st).setLang(o.Lang),
		views:      newViews(ds, st, o.Look, pages),
		pages:      pages,
		orders:     newOrders(ds),
		glyphs:     glyphs{console: o.Look.Console},
		drawn:      &drawn{},
		mouseOwned: !o.NoMouse,
		suspend:    o.Suspend,
	}
	m.list.glyphs = m.glyphs
	m.search.glyphs = m.glyphs
	m.list = m.list.setRows(m.search.rows(ds.Partners, m.lang), "")
	return m.sync()
}

// Init implements tea.Model: the browser asks for the mouse, unless it
// leaves it to the terminal.
func (m Model) Init() tea.Cmd { return m.mouseOn() }

// mouseOn is the command that asks the terminal for the mouse's clicks
// and wheel, or nil when the mouse is left to the terminal.
func (m Model) mouseOn() tea.Cmd {
	if !m.mouseOwned {
		return nil
	}
	return tea.EnableMouseCellMotion
}

// Update implements tea.Model: it routes each message to the method that
// handles it.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) { return m.Handle(msg) }

// Handle is Update returning the browser's own type, for a model that
// wraps it. With the command of each message comes that of Pending.
func (m Model) Handle(msg tea.Msg) (Model, tea.Cmd) {
	m, cmd := m.route(msg)
	return m, tea.Batch(cmd, m.Pending())
}

// route hands a message to the method that handles it.
func (m Model) route(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = clampSize(msg.Width, msg.Height)
		return m.layout(), nil
	case tea.KeyMsg:
		return m.key(msg)
	case tea.MouseMsg:
		return m.mouse(msg)
	case selectMsg:
		return m.selectCity(msg.id), nil
	case DataMsg:
		return m.takeData(msg), nil
	case tea.ResumeMsg:
		// Back from a suspend, bubbletea restores the screen but not
		// the mouse (bubbletea#1424).
		return m, m.mouseOn()
	}
	return m.other(msg)
}

// Pending returns the command for the work the browser's state waits
// for, done off the event loop: the page it shows, when it is not yet
// rendered. Handle returns it with every message's command; a mode that
// drives the browser through its methods (Home, Next) asks for it after
// them.
func (m Model) Pending() tea.Cmd { return m.pages.take() }

// other hands a message that is neither input nor a size (a paste, the
// cursor's own messages, a view's results) to the query box and to every
// view; each ignores what is not its own.
func (m Model) other(msg tea.Msg) (Model, tea.Cmd) {
	cmds := make([]tea.Cmd, 0, len(m.views)+1)
	var cmd tea.Cmd
	m.search, cmd = m.search.update(msg)
	cmds = append(cmds, cmd)
	for i, v := range m.views {
		m.views[i], cmd = v.update(msg, m.keys)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// key routes a key: in typing-first mode, through typingKey; while the
// query has the keyboard, to the query; otherwise to the list or the view.
func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case m.typingFirst:
		return m.typingKey(msg)
	case m.focus == focusSearch:
		return m.searchKey(msg)
	}
	if keys := split(msg); len(keys) > 1 {
		return m.each(keys, Model.key)
	}
	return m.browseKey(msg)
}

// browseKey handles a key while the list or the view has the focus.
func (m Model) browseKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Suspend):
		return m, tea.Suspend
	case key.Matches(msg, k.Help):
		return m.toggleHelp(), nil
	case key.Matches(msg, k.Lang):
		return m.setLang(m.lang.Other()), nil
	case key.Matches(msg, k.Search):
		return m.startSearch()
	case key.Matches(msg, k.Focus):
		return m.toggleFocus(), nil
	case key.Matches(msg, k.ToList):
		return m.setFocus(focusList), nil
	case key.Matches(msg, k.ToSide):
		return m.setFocus(focusSide), nil
	case key.Matches(msg, k.Open):
		return m.open(), nil
	case key.Matches(msg, k.Back):
		return m.back(), nil
	case key.Matches(msg, k.Page), key.Matches(msg, k.Map), key.Matches(msg, k.Timeline):
		return m.showView(viewFor(msg, k)), nil
	case key.Matches(msg, k.Sort):
		return m.setOrder(m.order.Next()), nil
	case m.focus == focusSide:
		v, cmd := m.side().update(msg, k)
		return m.setSide(v), cmd
	}
	m.list = m.list.update(msg, k)
	return m.sync(), nil
}

// each handles keys that arrived together (see split), one at a time.
// bubbletea delivers letters read in one go (fast typing, a slow machine,
// tmux's send-keys) as one message, and "jj" is not a key; a "/" among
// them starts a search that the letters after it go to.
func (m Model) each(keys []tea.KeyMsg, handle func(Model, tea.KeyMsg) (Model, tea.Cmd)) (Model, tea.Cmd) {
	cmds := make([]tea.Cmd, len(keys))
	for i, k := range keys {
		m, cmds[i] = handle(m, k)
	}
	return m, tea.Batch(cmds...)
}

// split returns the keys of a message: letters that arrived together one
// by one, anything else (a paste included) as it is.
func split(msg tea.KeyMsg) []tea.KeyMsg {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return []tea.KeyMsg{msg}
	}
	keys := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		keys[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
	}
	return keys
}

// searchKey handles a key while the query has the keyboard: every key
// edits the query except those that leave it or move the selection.
func (m Model) searchKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.ForceQuit):
		return m, tea.Quit
	case key.Matches(msg, k.Suspend):
		return m, tea.Suspend
	case key.Matches(msg, k.Keep):
		m.search = m.search.blur()
		return m.setFocus(focusList), nil
	case key.Matches(msg, k.Clear):
		return m.clearSearch(), nil
	// The keys below answer here only in typing-first mode, whose query
	// always has the keyboard (see typingKeys).
	case key.Matches(msg, k.Open):
		return m.open(), nil
	case key.Matches(msg, k.Page), key.Matches(msg, k.Map), key.Matches(msg, k.Timeline):
		return m.showView(viewFor(msg, k)), nil
	case key.Matches(msg, k.Lang):
		return m.setLang(m.lang.Other()), nil
	case key.Matches(msg, k.Help):
		return m.toggleHelp(), nil
	case key.Matches(msg, k.ResultUp), key.Matches(msg, k.ResultDown),
		key.Matches(msg, k.PageUp), key.Matches(msg, k.PageDown):
		m.list = m.list.update(msg, k)
		return m.sync(), nil
	}
	before := m.search.query()
	var cmd tea.Cmd
	m.search, cmd = m.search.update(msg)
	if m.search.query() != before {
		// A new query ranks anew, and its best match is what the visitor
		// is looking for: select it.
		m = m.filter("")
	}
	return m, cmd
}

// toggleHelp opens or closes the full help.
func (m Model) toggleHelp() Model {
	m.help.ShowAll = !m.help.ShowAll
	return m.sync()
}

// startSearch gives the keyboard to the query.
func (m Model) startSearch() (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.search, cmd = m.search.focus()
	m.focus = focusSearch
	return m.sync(), cmd
}

// clearSearch empties the query, lists every city again with the same one
// selected, and returns the keyboard to the list.
func (m Model) clearSearch() Model {
	m.search = m.search.clear()
	m.focus = focusList
	return m.filter(m.list.selected())
}

// back leaves the view, or else clears the search.
func (m Model) back() Model {
	if m.focus == focusSide {
		return m.setFocus(focusList)
	}
	return m.clearSearch()
}

// toggleFocus moves the keyboard between the list and the view.
func (m Model) toggleFocus() Model {
	if m.focus == focusSide {
		return m.setFocus(focusList)
	}
	return m.setFocus(focusSide)
}

// setFocus moves the keyboard to f.
func (m Model) setFocus(f focus) Model {
	m.focus = f
	return m.sync()
}

// setLang switches the language in place: the same city stays selected
// and the reader keeps their place on its page.
func (m Model) setLang(l model.Lang) Model {
	m.lang = l
	m.search = m.search.setLang(l)
	return m.filter(m.list.selected())
}

// filter runs the query again (in the current language, whose names the
// highlights refer to) and selects the city with id keep if it is still
// listed, the best match otherwise.
func (m Model) filter(keep string) Model {
	f := m.search.rows(m.ds.Partners, m.lang)
	if m.search.query() == "" {
		f = m.orders.apply(f, m.order, m.lang)
	}
	m.list = m.list.setRows(f, keep)
	return m.sync()
}

// sync brings everything that depends on the state up to date: the view
// shows the selected city (a view compares it by id, so a filter that
// moves it does not reload it), the keys fit the focus, and the layout
// fits the chrome.
func (m Model) sync() Model {
	if m.typingFirst {
		m = m.typingFocus()
	}
	c := m.list.selectedCity()
	m = m.setSide(m.side().show(c, m.lang))
	m.keys.apply(keyState{
		lang:        m.lang,
		focus:       m.focus,
		filtered:    m.search.query() != "",
		selected:    c.ID != "",
		fullHelp:    m.help.ShowAll,
		typingFirst: m.typingFirst,
		view:        m.view,
		suspend:     m.suspend && !m.typingFirst,
	})
	return m.layout()
}
