package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/ruse-twins/ruse-twins/model"
	// Named engine here: this package's query box is the type search.
	engine "github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// queryLines is the height of the query box and the rule under it, a
// line each: the input scrolls sideways within its line, and the hint is
// cut to it. Layout takes the height from here rather than drawing the
// box to measure it on every key (TestQueryLines checks the drawing).
const queryLines = 2

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
	// input is shared by the copies of the box, and copied before any
	// change (see edit): a text input is five kilobytes, mostly its
	// styles, and the router, which holds the box, is copied on every
	// method it calls.
	input    *textinput.Model
	searcher Searcher
	width    int
	lang     model.Lang // the placeholder's
	glyphs   glyphs     // what the screen can draw of the query
	// public is a public screen's box, which needs no "/" to type in.
	public bool
}

// newSearch returns an empty query box searching with s.
func newSearch(s Searcher, st *Styles) search {
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
	return search{input: &in, searcher: s}
}

// edit gives the box an input of its own, a copy of the one it shares
// with the copies it was made from, to change.
func (s *search) edit() *textinput.Model {
	in := *s.input
	s.input = &in
	return s.input
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
	in := s.edit()
	in.Prompt = "» "
	in.KeyMap.Paste.SetEnabled(false)
	return s.setWidth(s.width)
}

// query returns the text typed so far.
func (s search) query() string { return s.input.Value() }

// focus gives the box the keyboard.
func (s search) focus() (search, tea.Cmd) {
	cmd := s.edit().Focus()
	return s, cmd
}

// blur takes the keyboard away and keeps the query.
func (s search) blur() search {
	s.edit().Blur()
	return s
}

// clear empties the query and takes the keyboard away.
func (s search) clear() search {
	in := s.edit()
	in.Reset()
	in.Blur()
	return s
}

// update edits the query with a key or a paste. A letter with alt is no
// letter typed (alt+x is a command in most programs, and here none) unless
// it is one of the input's own keys (alt+b, alt+f, alt+d move by words).
func (s search) update(msg tea.Msg) (search, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes && k.Alt && !k.Paste {
		km := s.input.KeyMap
		if !key.Matches(k, km.WordBackward, km.WordForward, km.DeleteWordForward, km.DeleteWordBackward) {
			return s, nil
		}
	}
	if k, ok := msg.(tea.KeyMsg); ok && k.Type == tea.KeyRunes {
		// The text input drops control characters but keeps bidirectional
		// controls, which would reorder what the query box shows, and
		// invisible ones, which it would measure differently from the
		// terminal.
		k.Runes = []rune(termsafe.Text(string(k.Runes)))
		msg = k
	}
	if !s.input.Focused() {
		return s, nil // the input takes nothing while it is not focused
	}
	in, cmd := s.input.Update(msg)
	s.input = &in
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
	if w := max(width-ansi.StringWidth(s.input.Prompt)-1, 1); w != s.input.Width {
		s.edit().Width = w
	}
	return s.placeholder()
}

// setLang puts the placeholder in lang.
func (s search) setLang(lang model.Lang) search {
	s.lang = lang
	return s.placeholder()
}

// placeholder chooses the longest placeholder of the language that fits
// the input whole, focused or not (the cursor's column included), so
// that a hint is never cut; the shortest when none does. The input, when
// focused, gives its placeholder its width less the prompt's, which its
// width already leaves out (bubbles v1.0.0, textinput's placeholderView).
func (s search) placeholder() search {
	all := words[s.lang].placeholders
	hint := all[len(all)-1]
	room := s.input.Width - ansi.StringWidth(s.input.Prompt)
	for _, p := range all {
		if ansi.StringWidth(p) <= room {
			hint = p
			break
		}
	}
	if hint != s.input.Placeholder {
		s.edit().Placeholder = hint
	}
	return s
}

// view draws the query line: the hint to press / while the box is empty
// and idle, the input otherwise.
func (s search) view(st *Styles, lang model.Lang) string {
	if !s.input.Focused() && s.input.Value() == "" {
		hint := words[lang].searchHint
		if s.public {
			hint = s.input.Prompt + s.input.Placeholder
		}
		return ansi.Truncate(st.Placeholder.Render(hint), s.width, "…")
	}
	if s.glyphs.console && strings.ContainsFunc(s.input.Value(), missing) {
		return s.consoleView(st)
	}
	return ansi.Truncate(s.input.View(), s.width, "")
}

// consoleView draws the query as the console can, its characters in a
// script the font lacks transliterated as the page's are ("淮南" is
// "Huai Nan"), with the cursor on the transliteration of its character
// and kept in view: the input's own view would draw what the console
// shows as blanks.
func (s search) consoleView(st *Styles) string {
	before, at, after := s.consoleParts()
	cur := s.input.Cursor
	cur.SetChar(at)
	prompt := st.Prompt.Render(s.input.Prompt)
	room := s.width - lipgloss.Width(prompt) - lipgloss.Width(cur.View())
	if w := lipgloss.Width(before); w > room {
		before = ansi.TruncateLeft(before, w-max(room, 0), "")
	}
	return ansi.Truncate(prompt+st.Query.Render(before)+cur.View()+st.Query.Render(after), s.width, "")
}

// consoleParts splits the query as the console shows it at the cursor:
// the text before it, the transliteration of the character under it (a
// space at the end), and the text after. A run is transliterated whole,
// so that "淮南" reads "Huai Nan" wherever the cursor is.
func (s search) consoleParts() (before, at, after string) {
	value, pos := []rune(s.input.Value()), s.input.Position()
	g := s.glyphs
	whole, before := g.text(string(value)), g.text(string(value[:pos]))
	if pos >= len(value) {
		return whole, " ", ""
	}
	upto := g.text(string(value[:pos+1]))
	if !strings.HasPrefix(upto, before) || !strings.HasPrefix(whole, upto) {
		return before, g.text(string(value[pos])), g.text(string(value[pos+1:]))
	}
	at, after = upto[len(before):], whole[len(upto):]
	if gap := len(at) - len(strings.TrimLeft(at, " ")); gap < len(at) {
		// The space between two runs is before the cursor.
		before, at = before+at[:gap], at[gap:]
	}
	return before, at, after
}
