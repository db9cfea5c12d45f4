package ui

import (
	"math"
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ruse-twins/ruse-twins/model"
)

// wheelLines is how far one notch of the mouse wheel scrolls.
const wheelLines = 3

// page is the view of the selected city's page, rendered by glamour, in a
// scroll, with a line under it that says how far down the reader is.
type page struct {
	vp     scroll
	pages  *pages
	st     *Styles
	home   model.City
	city   model.City // the city to show; its ID is "" when none is
	lang   model.Lang
	width  int   // the view's width, which the scroll line spans
	shown  shown // what the scroll holds
	height int   // the view's height: the scroll and the scroll line
	// doc is the markdown of the page of doc.id in doc.lang, made once
	// for as long as the city and the dataset stay: making it costs more
	// than drawing a frame.
	doc shown
	md  string
	// text is what the scroll holds, and drawn the view as last drawn
	// (see memo): a page is drawn again only when it scrolls, changes or
	// is resized, not on every key typed beside it.
	text  string
	drawn *memo[pageDrawKey, string]
}

// pageDrawKey is everything the page view draws from.
type pageDrawKey struct {
	text                      string
	offset, width, height     int
	vpWidth, vpHeight, indent int
	empty                     bool
	lang                      model.Lang
}

// shown is a page as put on the scroll.
type shown struct {
	id   string
	lang model.Lang
	wrap int
}

// newPage returns an empty page view that renders with pages.
func newPage(home model.City, pages *pages, st *Styles) page {
	return page{pages: pages, st: st, home: home, drawn: &memo[pageDrawKey, string]{}}
}

// show implements sideView: the same city in a new language keeps the
// reader's place, another city starts at the top.
func (p page) show(c model.City, lang model.Lang) sideView {
	if p.city.ID == c.ID && p.lang == lang {
		return p
	}
	same := p.city.ID == c.ID
	p.city, p.lang = c, lang
	p = p.refresh()
	if !same {
		p.vp.GotoTop()
	}
	return p
}

// setSize implements sideView; a new width re-wraps the page and keeps the
// reader at the same point of it.
func (p page) setSize(width, height int) sideView {
	p.width, p.height = max(width, 0), max(height, 0)
	p.vp.Width = p.width
	// A pane wider than the page's measure has the page in its middle.
	p.vp.indent = max(p.width-clamp(p.width, minWrap, maxWrap), 0) / 2
	p.vp.Height = max(p.height-scrollLines, 0)
	return p.refresh()
}

// refresh puts the page on the scroll again if the city, the language
// or the wrap width has changed since it was last put there, keeping the
// reader at the same fraction of the page. A page not yet rendered is
// wanted (see pages): until it comes, the scroll keeps the same city's
// page as it was (in the other language, or wrapped at the old width), or
// is empty for another city.
func (p page) refresh() page {
	if p.city.ID != "" && (p.vp.Width == 0 || p.vp.Height == 0) {
		// No room: before the first window size, or a window too small.
		// Rendering would be wasted; the page stays as it was, with the
		// reader's place, until there is room again.
		return p
	}
	var want shown
	if p.city.ID != "" {
		want = shown{p.city.ID, p.lang, clamp(p.vp.Width, minWrap, maxWrap)}
	}
	if want == p.shown {
		p.vp.SetYOffset(p.vp.YOffset) // a taller pane may show more of the end
		return p
	}
	if want.id == "" {
		p.shown = want
		p.setContent("")
		return p
	}
	k := p.pages.key(want.id, want.lang, want.wrap)
	if p.doc != (shown{id: want.id, lang: want.lang}) {
		// A native name the screen cannot draw is told transliterated.
		p.doc, p.md = shown{id: want.id, lang: want.lang}, model.Document(p.home, p.pages.glyphs().native(p.city), p.lang)
	}
	text, ok := p.pages.get(k, p.md)
	if !ok {
		p.pages.want(k, p.md)
		if p.shown.id != want.id {
			p.shown = shown{id: want.id, lang: want.lang}
			p.setContent("")
		}
		return p
	}
	at, top := p.vp.ScrollPercent(), p.vp.AtTop()
	p.shown = want
	p.setContent(text)
	if top {
		p.vp.GotoTop()
		return p
	}
	maxOffset := max(p.vp.TotalLineCount()-p.vp.Height, 0)
	p.vp.SetYOffset(int(math.Round(at * float64(maxOffset))))
	return p
}

// setContent puts text on the scroll.
func (p *page) setContent(text string) {
	p.text = text
	p.vp.SetContent(text)
}

// update implements sideView: the navigation keys, the wheel scroll, a
// page rendered off the event loop, which is kept, and shown if it is the
// one the view waits for, and a new dataset.
func (p page) update(msg tea.Msg, k KeyMap) (sideView, tea.Cmd) {
	switch msg := msg.(type) {
	case renderedMsg:
		p.pages.store(msg)
		return p.refresh(), nil
	case dataMsg:
		return p.reload(msg.ds), nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, k.Up):
			p.vp.ScrollUp(1)
		case key.Matches(msg, k.Down):
			p.vp.ScrollDown(1)
		case key.Matches(msg, k.PageUp):
			p.vp.PageUp()
		case key.Matches(msg, k.PageDown):
			p.vp.PageDown()
		case key.Matches(msg, k.HalfUp):
			p.vp.HalfPageUp()
		case key.Matches(msg, k.HalfDown):
			p.vp.HalfPageDown()
		case key.Matches(msg, k.Home):
			p.vp.GotoTop()
		case key.Matches(msg, k.End):
			p.vp.GotoBottom()
		}
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress {
			switch msg.Button { //nolint:exhaustive // other buttons do nothing here
			case tea.MouseButtonWheelUp:
				p.vp.ScrollUp(wheelLines)
			case tea.MouseButtonWheelDown:
				p.vp.ScrollDown(wheelLines)
			}
		}
	}
	return p, nil
}

// reload puts the same city's page from a new dataset on the scroll,
// at the reader's place: its text may have changed, and so may the home
// city it is measured from, so every page rendered so far is dropped. The
// old page stays on the scroll until the new one comes.
func (p page) reload(ds model.Dataset) page {
	p.home = ds.Home
	p.pages.forget()
	if c, ok := ds.Partner(p.city.ID); ok {
		p.city = c
	}
	p.shown.wrap = 0 // what the scroll holds is out of date
	p.doc = shown{}
	return p.refresh()
}

// help implements sideView.
func (p page) help(k KeyMap) []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Home, k.End}
}

// top implements sideView: the page scrolled to its top.
func (p page) top() sideView {
	p.vp.GotoTop()
	return p
}

// atTop implements sideView.
func (p page) atTop() bool { return p.vp.YOffset == 0 }

// view implements sideView: the visible part of the page, or the words
// that no city is selected (when a search matched nothing), and the
// scroll line.
func (p page) view() string {
	k := pageDrawKey{
		text: p.text, offset: p.vp.YOffset, width: p.width, height: p.height,
		vpWidth: p.vp.Width, vpHeight: p.vp.Height, indent: p.vp.indent,
		empty: p.city.ID == "", lang: p.lang,
	}
	return p.drawn.get(k, func() string {
		return drawnOnShelf(p.pages.shelf, k, func() string {
			body := p.vp.View()
			if p.city.ID == "" {
				// Where a page's text begins: the pane's centring, then
				// the page's margin.
				indent := p.vp.indent + docMargin(p.pages.look)
				body = p.st.Empty.PaddingLeft(indent).Render(words[p.lang].noSelection)
			}
			return body + "\n" + p.scrollView()
		})
	})
}

// scrollLines is the height of the scroll line, which is there, blank
// when the whole page is in view, at every size (TestQueryLines checks
// the drawing): the page's height does not depend on its scrolling.
const scrollLines = 1

// scrollView is the line under the page that says how far down it the
// reader is, so that a page longer than the pane does not look complete;
// it is empty when the whole page is in view.
func (p page) scrollView() string {
	if p.vp.TotalLineCount() <= p.vp.Height {
		return ""
	}
	pct := int(math.Round(p.vp.ScrollPercent() * 100))
	arrow := "↓"
	if p.vp.AtBottom() {
		arrow = "↑"
	}
	s := arrow + " " + strconv.Itoa(pct) + "%"
	return p.st.Status.Width(p.width).Align(lipgloss.Right).Render(s)
}
