// Package ui is the interactive browser: a list of Ruse's partner cities
// beside the selected city's page, with live search, two languages, and a
// help bar generated from the live key bindings. The root Model routes
// messages to one pane at a time; each pane lives in its own file. It is
// given model values by main and never reads data files itself.
package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// Options are the choices made before the browser starts.
type Options struct {
	Lang  model.Lang // the language to start in
	Look  Look       // the settled colours and markdown style; see Settle
	Kiosk Kiosk      // kiosk mode, when Kiosk.On
}

// focus is the part of the screen that has the keyboard.
type focus int

const (
	focusList   focus = iota // the list of cities
	focusDetail              // the selected city's page
	focusSearch              // the query above the list
)

// Model is the browser's root model: a router that hands each message to
// the part of the screen it concerns. It is the only tea.Model here; the
// panes return their own types.
type Model struct {
	ds     model.Dataset
	lang   model.Lang
	keys   KeyMap
	styles Styles
	help   help.Model
	search search
	list   list
	detail detail
	focus  focus
	width  int
	height int
	geo    geometry // where everything is, as layout last measured it
	glyphs glyphs   // what the screen can draw
	kiosk  kiosk

	// fault, set only by tests, is called at the start of Update and
	// View: it raises the internal error that kiosk mode must survive.
	fault func(stage string)
}

// New returns the browser over dataset ds, searching with s. The first
// city is selected; nothing is drawn until the first window size arrives.
func New(ds model.Dataset, s Searcher, o Options) Model {
	st := o.Look.styles()
	h := help.New()
	h.Styles = st.Help
	m := Model{
		ds:     ds,
		lang:   o.Lang,
		keys:   DefaultKeyMap(),
		styles: st,
		help:   h,
		search: newSearch(s, st, o.Kiosk.On).setLang(o.Lang),
		detail: newDetail(ds.Home, newPages(o.Look)),
		glyphs: glyphs{console: o.Look.Console},
		kiosk:  newKiosk(o.Kiosk, o.Lang),
	}
	if o.Kiosk.On {
		m.focus = focusSearch
	}
	m.list.glyphs = m.glyphs
	m.list = m.list.setRows(m.search.rows(ds.Partners, m.lang), "")
	return m.sync()
}

// Init implements tea.Model. The browser needs no command to start; a
// kiosk may start its attract loop.
func (m Model) Init() tea.Cmd { return m.kiosk.start() }

// Update implements tea.Model: it routes each message to the method that
// handles it.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.fault != nil {
		m.fault("Update")
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m.layout(), nil
	case tea.KeyMsg:
		return m.key(msg)
	case tea.MouseMsg:
		if m.kiosk.On {
			return m.kioskMouse(msg)
		}
		return m.mouse(msg), nil
	case tickMsg:
		return m.onTick()
	}
	// Anything else (a paste, the cursor's own messages) belongs to the
	// query box.
	var cmd tea.Cmd
	m.search, cmd = m.search.update(msg)
	return m, cmd
}

// key routes a key: in a kiosk, through kioskKey; while the query has the
// keyboard, to the query; otherwise to the list or the detail.
func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case m.kiosk.On:
		return m.kioskKey(msg)
	case m.focus == focusSearch:
		return m.searchKey(msg)
	}
	if keys := split(msg); len(keys) > 1 {
		return m.each(keys, Model.key)
	}
	return m.browseKey(msg)
}

// browseKey handles a key while the list or the detail has the focus.
func (m Model) browseKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		return m.toggleHelp(), nil
	case key.Matches(msg, k.Lang):
		return m.setLang(m.lang.Other()), nil
	case key.Matches(msg, k.Search):
		return m.startSearch()
	case key.Matches(msg, k.Focus):
		return m.toggleFocus(), nil
	case key.Matches(msg, k.Open):
		return m.setFocus(focusDetail), nil
	case key.Matches(msg, k.Back):
		return m.back(), nil
	case m.focus == focusDetail:
		m.detail = m.detail.update(msg, k)
		return m, nil
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

// searchKey handles a key while the query has the keyboard: every key
// edits the query except those that leave it or move the selection.
func (m Model) searchKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.ForceQuit):
		return m, tea.Quit
	case key.Matches(msg, k.Keep):
		m.search = m.search.blur()
		return m.setFocus(focusList), nil
	case key.Matches(msg, k.Clear):
		return m.clearSearch(), nil
	// The keys below answer here only in a kiosk, whose query always has
	// the keyboard (see kioskKeys).
	case key.Matches(msg, k.Open):
		return m.setFocus(focusDetail), nil
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

// back leaves the detail, or else clears the search.
func (m Model) back() Model {
	if m.focus == focusDetail {
		return m.setFocus(focusList)
	}
	return m.clearSearch()
}

// toggleFocus moves the keyboard between list and detail.
func (m Model) toggleFocus() Model {
	if m.focus == focusDetail {
		return m.setFocus(focusList)
	}
	return m.setFocus(focusDetail)
}

// setFocus moves the keyboard to pane f.
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
	m.list = m.list.setRows(m.search.rows(m.ds.Partners, m.lang), keep)
	return m.sync()
}

// sync brings everything that depends on the state up to date: the detail
// shows the selected city (compared by id, so a filter that moves it does
// not reload it), the keys fit the focus, and the layout fits the chrome.
func (m Model) sync() Model {
	if m.kiosk.On {
		m = m.kioskFocus()
	}
	id := m.list.selected()
	if !m.detail.shows(id, m.lang) {
		c, _ := m.ds.Partner(id)
		m.detail = m.detail.show(c, m.lang)
	}
	m.keys.apply(keyState{
		lang:     m.lang,
		focus:    m.focus,
		filtered: m.search.query() != "",
		selected: id != "",
		fullHelp: m.help.ShowAll,
		kiosk:    m.kiosk.On,
	})
	return m.layout()
}
