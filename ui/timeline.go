package ui

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// timeline is the view of every partnership on one axis of years, from
// the first dated event of the data to the last: a row a city, in the
// order the partnerships began, each event marked where its date falls,
// in a mark that says how precise the date is, and a line from the first
// event on; the partnerships without a date come after, apart, and say
// so. The selected city's row is highlighted and its events are spelt
// out under the axis. Moving on the timeline selects the city in the
// list, and moving in the list moves it here.
type timeline struct {
	partners []model.City
	rows     []int // partner indexes: the dated in order of their first event, then the undated
	dated    int   // how many of rows are dated
	first    int   // the axis's first year
	last     int   // and its last
	inks     *inks // the styles' own
	glyphs   glyphs
	width    int
	height   int
	lang     model.Lang
	sel      int // the selected row, or -1
	offset   int // the first row shown
	nameW    int // the names' column, measured in nameLang
	nameLang model.Lang
	out      string
	drawn    timelineDrawn
}

// timelineDrawn is what a timeline was drawn for.
type timelineDrawn struct {
	width, height, sel, offset int
	lang                       model.Lang
}

// newTimeline returns the timeline of ds's partners.
func newTimeline(ds model.Dataset, st *Styles, g glyphs) timeline {
	t := timeline{partners: ds.Partners, inks: &st.inks, glyphs: g, sel: -1}
	t.first, t.last = yearRange(ds.Partners)
	for i, c := range ds.Partners {
		if _, ok := c.Since(); ok {
			t.rows = append(t.rows, i)
		}
	}
	t.dated = len(t.rows)
	slices.SortStableFunc(t.rows, func(a, b int) int {
		da, db := firstDate(ds.Partners[a]), firstDate(ds.Partners[b])
		switch {
		case da.Before(db):
			return -1
		case db.Before(da):
			return 1
		}
		return 0
	})
	for i, c := range ds.Partners {
		if _, ok := c.Since(); !ok {
			t.rows = append(t.rows, i)
		}
	}
	return t
}

// yearRange returns the first and last years of all dated events.
func yearRange(partners []model.City) (first, last int) {
	for _, c := range partners {
		for _, e := range c.Events {
			if e.Date.Precision == model.NoDate {
				continue
			}
			if first == 0 || e.Date.Year < first {
				first = e.Date.Year
			}
			last = max(last, e.Date.Year)
		}
	}
	return first, last
}

// firstDate is the earliest date of c's events.
func firstDate(c model.City) model.Date {
	var d model.Date
	for _, e := range c.Events {
		if d.Precision == model.NoDate || e.Date.Before(d) {
			d = e.Date
		}
	}
	return d
}

// show implements sideView.
func (t timeline) show(c model.City, lang model.Lang) sideView {
	t.lang, t.sel = lang, -1
	for r, i := range t.rows {
		if c.ID != "" && t.partners[i].ID == c.ID {
			t.sel = r
			break
		}
	}
	return t.scrollToSelection().refresh()
}

// setSize implements sideView.
func (t timeline) setSize(width, height int) sideView {
	t.width, t.height = max(width, 0), max(height, 0)
	return t.scrollToSelection().refresh()
}

// refresh draws the timeline again when anything it shows has changed.
func (t timeline) refresh() timeline {
	want := timelineDrawn{t.width, t.height, t.sel, t.offset, t.lang}
	if want == t.drawn || t.width == 0 || t.height == 0 {
		return t
	}
	if t.nameW == 0 || t.nameLang != t.lang || t.drawn.width != t.width {
		// Measured once a language and width, not on every move.
		t.nameW, t.nameLang = t.nameWidth(), t.lang
	}
	t.drawn = want
	t.out = t.draw()
	return t
}

// view implements sideView.
func (t timeline) view() string {
	if t.width == 0 || t.height == 0 {
		return ""
	}
	return t.out
}

// update implements sideView: the navigation keys move the selection
// along the rows, the wheel scrolls them, and a click selects the row's
// city.
func (t timeline) update(msg tea.Msg, k KeyMap) (sideView, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		to, ok := t.sel, true
		switch {
		case key.Matches(msg, k.Up):
			to--
		case key.Matches(msg, k.Down):
			to++
		case key.Matches(msg, k.PageUp):
			to -= t.window()
		case key.Matches(msg, k.PageDown):
			to += t.window()
		case key.Matches(msg, k.HalfUp):
			to -= max(t.window()/2, 1)
		case key.Matches(msg, k.HalfDown):
			to += max(t.window()/2, 1)
		case key.Matches(msg, k.Home):
			to = 0
		case key.Matches(msg, k.End):
			to = len(t.rows) - 1
		default:
			ok = false
		}
		if to = clamp(to, 0, len(t.rows)-1); ok && to != t.sel && len(t.rows) > 0 {
			return t, selectCity(t.partners[t.rows[to]].ID)
		}
	case tea.MouseMsg:
		return t.mouse(msg)
	}
	return t, nil
}

// mouse scrolls on the wheel and selects on a click.
func (t timeline) mouse(msg tea.MouseMsg) (sideView, tea.Cmd) {
	if msg.Action != tea.MouseActionPress {
		return t, nil
	}
	switch msg.Button { //nolint:exhaustive // other buttons do nothing here
	case tea.MouseButtonWheelUp, tea.MouseButtonWheelDown:
		t.offset = clamp(t.offset+sign(msg.Button == tea.MouseButtonWheelUp)*wheelLines, 0, t.maxOffset())
		return t.refresh(), nil
	case tea.MouseButtonLeft:
		if r, ok := t.rowAt(msg.Y); ok {
			return t, selectCity(t.partners[t.rows[r]].ID)
		}
	}
	return t, nil
}

// help implements sideView.
func (t timeline) help(k KeyMap) []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Home, k.End}
}

// top implements sideView: the first rows in view.
func (t timeline) top() sideView {
	t.offset = 0
	return t.refresh()
}

// atTop implements sideView.
func (t timeline) atTop() bool { return t.offset == 0 }
