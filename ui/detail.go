package ui

import (
	"math"
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ruse-twins/ruse-twins/model"
)

// wheelLines is how far one notch of the mouse wheel scrolls.
const wheelLines = 3

// detail is the pane that shows the selected city's page, rendered by
// glamour, in a scrolling viewport.
type detail struct {
	vp    viewport.Model
	pages *pages
	home  model.City
	city  model.City // the city to show; its ID is "" when none is
	lang  model.Lang
	shown shown // what the viewport holds
}

// shown is a page as put on the viewport.
type shown struct {
	id   string
	lang model.Lang
	wrap int
}

// newDetail returns an empty detail pane that renders with pages.
func newDetail(home model.City, pages *pages) detail {
	vp := viewport.New(0, 0)
	// Keys and the wheel reach the viewport through the root model, which
	// knows the focus and where the pointer is.
	vp.KeyMap = viewport.KeyMap{}
	vp.MouseWheelEnabled = false
	return detail{vp: vp, pages: pages, home: home}
}

// shows reports whether the pane shows city id in lang.
func (d detail) shows(id string, lang model.Lang) bool {
	return d.city.ID == id && d.lang == lang
}

// show puts city c (zero for none) on the pane in lang, at the top.
func (d detail) show(c model.City, lang model.Lang) detail {
	same := d.city.ID == c.ID
	d.city, d.lang = c, lang
	if same {
		// Same city, new language: keep the reader's place.
		return d.refresh()
	}
	d = d.refresh()
	d.vp.GotoTop()
	return d
}

// setSize gives the pane its inner size; a new width re-wraps the page
// and keeps the reader at the same point of it.
func (d detail) setSize(width, height int) detail {
	// bubbles#879: a viewport must never get a negative size.
	d.vp.Width, d.vp.Height = max(width, 0), max(height, 0)
	return d.refresh()
}

// refresh puts the page on the viewport again if the city, the language
// or the wrap width has changed since it was last put there, keeping the
// reader at the same fraction of the page.
func (d detail) refresh() detail {
	if d.city.ID != "" && (d.vp.Width == 0 || d.vp.Height == 0) {
		// No room: before the first window size, or a window too small.
		// Rendering would be wasted; the page stays as it was, with the
		// reader's place, until there is room again.
		return d
	}
	var want shown
	if d.city.ID != "" {
		want = shown{d.city.ID, d.lang, clamp(d.vp.Width, minWrap, maxWrap)}
	}
	if want == d.shown {
		d.vp.SetYOffset(d.vp.YOffset) // a taller pane may show more of the end
		return d
	}
	at, top := d.vp.ScrollPercent(), d.vp.AtTop()
	d.shown = want
	if want.id == "" {
		d.vp.SetContent("")
		return d
	}
	home, c, lang := d.home, d.city, d.lang
	d.vp.SetContent(d.pages.page(c.ID, lang, want.wrap, func() string {
		return model.Document(home, c, lang)
	}))
	if top {
		d.vp.GotoTop()
		return d
	}
	maxOffset := max(d.vp.TotalLineCount()-d.vp.Height, 0)
	d.vp.SetYOffset(int(math.Round(at * float64(maxOffset))))
	return d
}

// update scrolls on the navigation keys.
func (d detail) update(msg tea.KeyMsg, k KeyMap) detail {
	switch {
	case key.Matches(msg, k.Up):
		d.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		d.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		d.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		d.vp.PageDown()
	case key.Matches(msg, k.Home):
		d.vp.GotoTop()
	case key.Matches(msg, k.End):
		d.vp.GotoBottom()
	}
	return d
}

// top scrolls the page to its top.
func (d detail) top() detail {
	d.vp.GotoTop()
	return d
}

// scroll moves the page by n lines, as the mouse wheel does.
func (d detail) scroll(n int) detail {
	if n < 0 {
		d.vp.ScrollUp(-n)
	} else {
		d.vp.ScrollDown(n)
	}
	return d
}

// view draws the visible part of the page, or says that no city is
// selected (when a search matched nothing).
func (d detail) view(st Styles) string {
	if d.city.ID == "" {
		return st.Empty.Render(words[d.lang].noSelection)
	}
	return d.vp.View()
}

// scrollView is the line under the page that says how far down it the
// reader is, so that a page longer than the pane does not look complete;
// it is empty when the whole page is in view.
func (d detail) scrollView(st Styles, width int) string {
	if d.vp.TotalLineCount() <= d.vp.Height {
		return ""
	}
	pct := int(math.Round(d.vp.ScrollPercent() * 100))
	arrow := "↓"
	if d.vp.AtBottom() {
		arrow = "↑"
	}
	s := arrow + " " + strconv.Itoa(pct) + "%"
	return st.Status.Width(max(width, 0)).Align(lipgloss.Right).Render(s)
}
