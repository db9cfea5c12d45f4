package ui

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/ruse-twins/ruse-twins/model"
	// Named engine here: this package's query box is the type search.
	engine "github.com/ruse-twins/ruse-twins/model/search"
	"slices"
)

// queryLimit bounds the query: no one remembers a city by a paragraph,
// and a kiosk visitor leaning on a key should not slow the search down.
const queryLimit = 64

// Searcher finds the partners a query names, best first, each able to
// explain why (what to light up in its row, or the fact that matched):
// the search engine's Searcher in the app, a fake in the tests, which
// check the screen, not the search. The browser calls it from its update
// loop only.
type Searcher interface {
	Search(query string, lang model.Lang) []engine.Match
}

// finder is a Searcher that lists its matches without making a Match of
// each until it is read (engine.Searcher.Find): what a list that draws a
// screenful of a hundred thousand needs.
type finder interface {
	Find(query string, lang model.Lang) engine.Results
}

// search is the query box above the list. It filters and ranks the
// partners through a Searcher on every keystroke.
type search struct {
	input    textinput.Model
	searcher Searcher
	width    int
	// public is a public screen's box, which needs no "/" to type in.
	public bool
}

// newSearch returns an empty query box searching with s.
func newSearch(s Searcher, st Styles) search {
	in := textinput.New()
	in.Prompt = "/ "
	in.CharLimit = queryLimit
	in.PromptStyle = st.Prompt
	in.TextStyle = st.Query
	in.PlaceholderStyle = st.Placeholder
	in.Cursor.Style = st.Cursor
	in.Cursor.TextStyle = st.Query
	// A steady cursor: a blinking one would need ticks, and would make
	// every screen a test sees depend on time.
	in.Cursor.SetMode(cursor.CursorStatic)
	in.CompletionStyle = st.Placeholder
	return search{input: in, searcher: s}
}

// withSearcher returns the box searching with s, over a new dataset.
func (s search) withSearcher(searcher Searcher) search {
	s.searcher = searcher
	return s
}

// typingFirst returns the box of a public screen: its prompt does not ask
// for "/", and it never reads the clipboard (bubbles' ctrl+v runs xclip or
// xsel, and a public screen starts no program).
func (s search) typingFirst() search {
	s.public = true
	s.input.Prompt = "» "
	s.input.KeyMap.Paste.SetEnabled(false)
	return s.setWidth(s.width)
}

// query returns the text typed so far.
func (s search) query() string { return s.input.Value() }

// focus gives the box the keyboard.
func (s search) focus() (search, tea.Cmd) {
	cmd := s.input.Focus()
	return s, cmd
}

// blur takes the keyboard away and keeps the query.
func (s search) blur() search {
	s.input.Blur()
	return s
}

// clear empties the query and takes the keyboard away.
func (s search) clear() search {
	s.input.Reset()
	s.input.Blur()
	return s
}

// update edits the query with a key or a paste.
func (s search) update(msg tea.Msg) (search, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes {
		// The text input drops control characters but keeps bidirectional
		// controls, which would reorder what the query box shows.
		k.Runes = slices.DeleteFunc(slices.Clone(k.Runes), model.UnsafeRune)
		msg = k
	}
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return s, cmd
}

// found is what a search listed: the matches, best first, and the
// partners their indexes point into.
type found struct {
	partners []model.City
	matches  rows
}

// rows are the matches a list shows, best first: a finder's results, or
// a slice of matches.
type rows interface {
	Len() int
	At(i int) engine.Match
}

// matchSlice is rows held in a slice.
type matchSlice []engine.Match

// Len implements rows.
func (m matchSlice) Len() int { return len(m) }

// At implements rows.
func (m matchSlice) At(i int) engine.Match { return m[i] }

// rows runs the query over the partners in lang, best match first. The
// empty query lists every partner in dataset order. The searcher's
// matches are kept as they are, not copied city by city: at a hundred
// thousand partners that copy would cost more than the search; a finder's
// are made one at a time as the list draws them.
func (s search) rows(partners []model.City, lang model.Lang) found {
	if f, ok := s.searcher.(finder); ok {
		return found{partners: partners, matches: f.Find(s.query(), lang)}
	}
	matches := s.searcher.Search(s.query(), lang)
	outside := func(m engine.Match) bool { return m.Index < 0 || m.Index >= len(partners) }
	if slices.ContainsFunc(matches, outside) {
		// A searcher's mistake must not crash the screen.
		matches = slices.DeleteFunc(slices.Clone(matches), outside)
	}
	return found{partners: partners, matches: matchSlice(matches)}
}

// setWidth gives the query line its width; the input scrolls sideways
// within it, keeping the cursor in view.
func (s search) setWidth(width int) search {
	s.width = max(width, 0)
	// One column stays free for the cursor after the last character.
	s.input.Width = max(width-ansi.StringWidth(s.input.Prompt)-1, 1)
	return s
}

// setLang puts the placeholder in lang.
func (s search) setLang(lang model.Lang) search {
	s.input.Placeholder = words[lang].placeholder
	return s
}

// view draws the query line: the hint to press / while the box is empty
// and idle, the input otherwise.
func (s search) view(st Styles, lang model.Lang) string {
	if !s.input.Focused() && s.input.Value() == "" {
		hint := words[lang].searchHint
		if s.public {
			hint = s.input.Prompt + s.input.Placeholder
		}
		return ansi.Truncate(st.Placeholder.Render(hint), s.width, "…")
	}
	return ansi.Truncate(s.input.View(), s.width, "")
}
