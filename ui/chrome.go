package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/order"
)

// memo keeps the last thing drawn and what it was drawn from: a part of
// the screen that did not change since the last frame is not drawn
// again. Keys compare everything the drawing reads that may change;
// what never changes for a browser (its styles, its glyphs) is not in
// them, as each browser has memos of its own. What a memo does not have
// may have been drawn by another browser of the look (drawnOnShelf).
type memo[K comparable, V any] struct {
	key K
	val V
	ok  bool
}

// get returns what draw drew for key k, drawing it only when k is not
// the key of the last drawing.
func (c *memo[K, V]) get(k K, draw func() V) V {
	if !c.ok || c.key != k {
		c.key, c.val, c.ok = k, draw(), true
	}
	return c.val
}

// drawn is a browser's memos, one for each part of the screen that
// changes less often than a key does: the header, the help bar (short
// and full) and the pane beside the list (which typing a query does not
// change). Layout measures the header and the help bar on every update,
// and the screen shows them on every frame: drawing them anew each time
// cost a keystroke more than everything else it does. The router holds
// them by pointer, so that the copies of a model share them; a copy in
// another state draws anew, and a memo is never wrong, only missed.
type drawn struct {
	header memo[headerKey, drawnHeader]
	footer [2]memo[footerKey, drawnFooter] // the short help, the full one
	side   memo[sideKey, []string]
}

// headerKey is everything the header shows that may change.
type headerKey struct {
	width            int
	lang             model.Lang
	view             viewID
	order            order.By
	filtered         bool
	listed, partners int
	home             string
	banner           string
	alert            bool
	problem          string
}

// drawnHeader is the header as drawn, and where its parts are.
type drawnHeader struct {
	view    string
	tabs    [numViews][2]int // the columns of the tabs (see geometry)
	statusX int              // the first column of the language and count
}

// header returns the header for the browser's state, drawn when that
// changed.
func (m Model) header() drawnHeader {
	k := headerKey{
		width: m.width, lang: m.lang, view: m.view, order: m.order,
		filtered: m.search.query() != "", listed: m.list.len(), partners: len(m.ds.Partners),
		home: m.ds.Home.Name.In(m.lang), banner: strings.Join(m.banner.lines, "\n"),
		alert: m.banner.alert, problem: m.problem,
	}
	return m.drawn.header.get(k, func() drawnHeader { return drawnOnShelf(m.pages.shelf, k, m.drawHeader) })
}

// drawHeader draws the header: its view, and the columns the mouse
// finds its parts at.
func (m Model) drawHeader() drawnHeader {
	width := max(m.width-m.styles.Header.GetHorizontalFrameSize(), 0)
	line := m.measureHeader(width)
	h := drawnHeader{
		view:    m.headerLines(line.render(width)),
		tabs:    line.tabSpans,
		statusX: m.width - m.styles.Header.GetPaddingRight() - ansi.StringWidth(m.statusView()),
	}
	return h
}

// footerKey is everything a help bar shows that may change: the width,
// the live keys' help, and the map's note.
type footerKey struct {
	full             bool
	width, helpWidth int
	lang             model.Lang
	mapNote          bool
	keys             string
}

// drawnFooter is a help bar as drawn: as footerView draws it, and with
// its lines as wide as the screen, as the frame is joined.
type drawnFooter struct {
	view, padded string
}

// footer returns the help bar, short or full, for the browser's state,
// drawn when that changed.
func (m Model) footer(full bool) drawnFooter {
	var sig strings.Builder
	sign := func(bs ...key.Binding) {
		for _, b := range bs {
			if b.Enabled() {
				sig.WriteString(b.Help().Key)
				sig.WriteByte(0)
				sig.WriteString(b.Help().Desc)
				sig.WriteByte(0)
			}
		}
		sig.WriteByte(1)
	}
	i := 0
	if full {
		i = 1
		for _, column := range m.FullHelp() {
			sign(column...)
		}
	} else {
		sign(m.ShortHelp()...)
	}
	k := footerKey{full: full, width: m.width, helpWidth: m.help.Width, lang: m.lang, mapNote: full && m.view == mapView, keys: sig.String()}
	return m.drawn.footer[i].get(k, func() drawnFooter {
		return drawnOnShelf(m.pages.shelf, k, func() drawnFooter {
			v := m.drawFooter(full)
			return drawnFooter{view: v, padded: padLines(v, m.width)}
		})
	})
}

// padLines pads each line of s with spaces to width columns.
func padLines(s string, width int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = l + strings.Repeat(" ", max(width-ansi.StringWidth(l), 0))
	}
	return strings.Join(lines, "\n")
}

// sideKey is everything the pane beside the list shows: the view's
// drawing (the same string, when the view keeps its own memo, which
// compares at once) and the pane's size and focus. Keys of the shelf's
// drawings are of a type each: so is this one.
type sideKey struct {
	view          string
	width, height int
	focused       bool
}

// sidePane returns the lines of the pane beside the list, framed,
// drawn when the view or the pane changed.
func (m Model) sidePane() []string {
	g := m.geo
	k := sideKey{m.side().view(), g.sideW, g.bodyH, m.focus == focusSide}
	return m.drawn.side.get(k, func() []string {
		return drawnOnShelf(m.pages.shelf, k, func() []string {
			return m.outline(k.focused).lines(k.view, k.width, k.height)
		})
	})
}

// helpBar is the state of the help bar, which bubbles' help draws: its
// width and whether it is the full help. A help.Model holds its styles,
// four kilobytes that every copy of the router, on every update, would
// copy; the bar is drawn by one made when it is drawn.
type helpBar struct {
	Width   int
	ShowAll bool
	styles  *Styles
}

// model is the bar as bubbles' help draws it, in the browser's styles.
func (h helpBar) model() help.Model {
	m := h.styles.help
	m.Width, m.ShowAll = h.Width, h.ShowAll
	return m
}

// ShortHelpView draws bindings as the one-line help.
func (h helpBar) ShortHelpView(bindings []key.Binding) string {
	return h.model().ShortHelpView(bindings)
}

// FullHelpView draws groups of bindings as the full help's columns.
func (h helpBar) FullHelpView(groups [][]key.Binding) string {
	return h.model().FullHelpView(groups)
}
