package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Typing-first mode is the browser of a public screen (see TypingFirst):
// the query always has the keyboard, except while a city's page is open
// for reading, and typing there goes back to the query.

// typingKey hands a key to the query or, while the view is open, to the
// view; typing on the view goes back to the query.
func (m Model) typingKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	if keys := split(msg); len(keys) > 1 {
		return m.each(keys, Model.typingKey)
	}
	if m.focus == focusSide {
		if !typing(msg) {
			return m.browseKey(msg)
		}
		m = m.setFocus(focusSearch)
	}
	return m.searchKey(msg)
}

// typing reports whether a key edits the query: a character (not with
// alt), a space, or a deletion.
func typing(msg tea.KeyMsg) bool {
	switch msg.Type { //nolint:exhaustive // every other key is not typing
	case tea.KeyRunes:
		return !msg.Alt
	case tea.KeySpace, tea.KeyBackspace, tea.KeyDelete:
		return true
	}
	return false
}

// typingFocus keeps the mode's rule for the focus: the query has the
// keyboard, except while the view is open for reading.
func (m Model) typingFocus() Model {
	if m.focus == focusSide {
		m.search = m.search.blur()
		return m
	}
	m.focus = focusSearch
	if !m.search.input.Focused() {
		m.search, _ = m.search.focus() // a steady cursor needs no command
	}
	return m
}

// typingKeys enables and names the keys of typing-first mode, where
// letters type into the query whatever the focus: the language is tab
// (or f2), the help f1, the views f3 (the page), f4 (the map) and f5
// (the timeline), and nothing quits.
func (k *KeyMap) typingKeys(s keyState) {
	h := words[s.lang].help
	reading := s.focus == focusSide
	choosing := !reading
	k.Lang.SetKeys("tab", "f2")
	k.Help.SetKeys("f1")
	// Two escapes read at once are one key to bubbletea, alt+esc: a
	// visitor pressing esc hard still goes back.
	k.Back.SetKeys("esc", "alt+esc")
	k.Clear.SetKeys("esc", "alt+esc")
	// Letters and the space are typed: only the keys' own names page.
	k.PageUp.SetKeys("pgup")
	k.PageDown.SetKeys("pgdown")
	k.Page.SetKeys("f3")
	k.Map.SetKeys("f4")
	k.Timeline.SetKeys("f5")
	k.views(s, true, "←", "→", "f3", "f4", "f5")
	set(&k.Lang, true, "tab", words[s.lang.Other()].langName)
	set(&k.Help, true, "f1", helpLabel(h, s.fullHelp))
	set(&k.Open, choosing && s.selected, "enter", h.open)
	set(&k.Back, reading, "esc", h.back)
	set(&k.Clear, choosing && s.filtered, "esc", h.clear)
	set(&k.ResultUp, choosing, "↑", h.up)
	set(&k.ResultDown, choosing, "↓", h.down)
	set(&k.PageUp, true, "pgup", h.pageUp)
	set(&k.PageDown, true, "pgdn", h.pageDown)
	set(&k.Up, reading, "↑", h.scrollUp)
	set(&k.Down, reading, "↓", h.scrollDown)
	set(&k.Home, reading, "home", h.top)
	set(&k.End, reading, "end", h.bottom)
	for _, b := range []*key.Binding{&k.Focus, &k.Search, &k.Quit, &k.Keep, &k.ForceQuit, &k.Sort,
		&k.Suspend, &k.HalfUp, &k.HalfDown, &k.ToList, &k.ToSide} {
		b.SetEnabled(false)
	}
}
