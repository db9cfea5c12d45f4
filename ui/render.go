package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/bounded"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// cacheLimit bounds the caches of pages, a shelf's and a browser's pages
// shown plain, and (an eighth of it) a shelf's renderers: dragging a
// window's edge passes through many widths, each of which would
// otherwise stay in memory for good.
const cacheLimit = 64

// minWrap is the narrowest wrap width glamour is asked for; a narrower pane
// shows the left part of a page wrapped at this width, which reads better
// than one word a line.
const minWrap = 12

// maxWrap is the widest a page is wrapped, glamour's margins included:
// lines of more than about 75 characters are hard to read, and every pane
// wider than this shares one rendering, centred in the pane.
const maxWrap = 80

// pageKey names one rendered page.
type pageKey struct {
	id    string
	lang  model.Lang
	width int
	style string
}

// pageRequest is a page to render: its name, its markdown, and the
// dataset it is of (see pages.forget).
type pageRequest struct {
	key pageKey
	md  string
	gen int
}

// renderedMsg is a page rendered off the event loop, or given up on and
// shown plain (why says which).
type renderedMsg struct {
	key  pageKey
	md   string
	text string
	why  bounded.Why
	gen  int
}

// pages is one browser's side of the rendered pages: what it wants
// rendered, what it has asked for, and the pages it shows plain. The
// pages rendered, and the renderers, are on the look's shelf of what the
// browser shares with others (see Shared), so that a page is rendered
// once for all of them.
//
// Rendering is never done on the event loop: a page that is not yet
// rendered is wanted (want), the router turns the latest page wanted into
// a command (take), and the command renders it within bounded's deadline
// and size, one render of the look at a time, puts it on the shelf, and
// comes back as a renderedMsg, which the page view stores (store).
// Everything here is touched on the event loop only.
type pages struct {
	look   Look
	shelf  *shelf
	runner *bounded.Runner // the shelf's
	gen    int             // the dataset's generation: one more on each forget
	plain  map[pageKey]plainPage
	asked  map[pageKey]asked // renders on their way
	wanted *pageRequest      // the latest page wanted, not yet asked for
	// last is the page that came last, which the view is about to show:
	// a shelf that many browsers fill may have let it go already.
	last renderedMsg
}

// plainPage is a page shown plain, and since when.
type plainPage struct {
	md, text string
	at       time.Time
}

// asked is a render on its way, and when it was asked for.
type asked struct {
	req pageRequest
	at  time.Time
}

// lost is how long a render may be on its way before it is taken for lost
// (its command dropped, say, by a panic in the update that made it) and
// asked for again: its deadline, and as long again. retryPlain is how
// long a page shown plain is kept before it is rendered again, when it is
// next shown: a page that was too slow once, on a machine busy for a
// moment, is not plain for as long as the kiosk runs.
const (
	lost       = 2 * bounded.Deadline
	retryPlain = 30 * bounded.Deadline
)

// newPages returns a browser's pages in the settled look, rendered on the
// look's shelf of shared.
func newPages(look Look, shared *Shared) *pages {
	sh := shared.shelf(look)
	return &pages{
		look:   look,
		shelf:  sh,
		runner: sh.runner,
		plain:  map[pageKey]plainPage{},
		asked:  map[pageKey]asked{},
	}
}

// key names the page of city id in lang at wrap width.
func (p *pages) key(id string, lang model.Lang, width int) pageKey {
	return pageKey{id, lang, clamp(width, minWrap, maxWrap), p.look.Style}
}

// get returns page k of markdown md, if it is rendered: shown plain
// lately, or on the shelf. The markdown is part of what names a page, so
// that a page of a dataset since edited is never taken for the new one.
func (p *pages) get(k pageKey, md string) (string, bool) {
	if pp, ok := p.plain[k]; ok {
		if time.Since(pp.at) <= retryPlain && pp.md == md {
			return pp.text, true
		}
		delete(p.plain, k)
	}
	if p.last.key == k && p.last.md == md && p.last.gen == p.gen {
		return p.last.text, true
	}
	return p.shelf.get(k, md)
}

// want asks for page k, of markdown md, to be rendered; only the latest
// page wanted is rendered when the router next takes one.
func (p *pages) want(k pageKey, md string) {
	if a, on := p.asked[k]; on && time.Since(a.at) < lost && a.req.md == md {
		return
	}
	if p.wanted != nil && p.wanted.key == k && p.wanted.md == md {
		return
	}
	p.wanted = &pageRequest{k, md, p.gen}
}

// forget drops every page shown plain, and those on their way, for a
// new dataset. The shelf keeps its pages: each is named by its markdown,
// which an edit changes.
func (p *pages) forget() {
	p.gen++
	clear(p.plain)
	clear(p.asked)
	p.wanted = nil
	p.last = renderedMsg{}
}

// take returns the command that renders the page last wanted, or nil.
func (p *pages) take() tea.Cmd {
	req := p.wanted
	p.wanted = nil
	if req == nil {
		return nil
	}
	if _, ok := p.get(req.key, req.md); ok {
		return nil
	}
	p.asked[req.key] = asked{*req, time.Now()}
	return func() tea.Msg { return p.render(*req) }
}

// render renders a page, within the runner's bounds, and returns it as a
// message for the event loop. It runs in a command's goroutine, and
// touches nothing of the browser's but the shelf, which is safe for that.
func (p *pages) render(req pageRequest) tea.Msg {
	// On the Linux console, text its font lacks is transliterated before
	// glamour wraps it, so that the lines keep their width.
	md := p.glyphs().text(termsafe.Text(req.md))
	width := req.key.width
	out, why := p.runner.Render(func(md string) (string, error) {
		// Another browser may have rendered it while this one waited for
		// the runner.
		if text, ok := p.shelf.get(req.key, req.md); ok {
			return text, nil
		}
		text, err := p.glamour(md, width)
		if err == nil && len(text) <= bounded.MaxOutput {
			p.shelf.put(req.key, req.md, text)
		}
		return text, err
	}, md, width)
	return renderedMsg{req.key, req.md, out, why, req.gen}
}

// store keeps a page that came back rendered, or plain after a line that
// says why, and returns it.
func (p *pages) store(msg renderedMsg) string {
	if msg.gen != p.gen {
		return "" // of a dataset since replaced
	}
	delete(p.asked, msg.key)
	if msg.why != bounded.Rendered {
		// A page that glamour could not render in time is still worth
		// reading: plain, from markdown already made safe (see render).
		msg.text = bounded.Plain(words[msg.key.lang].plainPage, msg.key.width) + "\n\n" + msg.text
		evictOne(p.plain, cacheLimit)
		p.plain[msg.key] = plainPage{msg.md, msg.text, time.Now()}
	}
	p.last = msg
	return msg.text
}

// glamour renders a page at a wrap width, on the shelf's renderer for
// that width (see pageRenderer). Only the render that holds the runner
// calls it.
func (p *pages) glamour(md string, width int) (string, error) {
	tr, err := p.shelf.renderer(p.look, width)
	if err != nil {
		return "", err
	}
	out, err := tr.render(md)
	if err != nil {
		return "", err
	}
	// Only its colours may reach the terminal, no other sequence.
	// The rest is glamour's own decoration (a task's tick, say).
	return p.glyphs().rendered(termsafe.Rendered(out)), nil
}

// glyphs is what the look can draw.
func (p *pages) glyphs() glyphs { return glyphs{console: p.look.Console} }

// evictOne drops an entry from a cache that has reached its limit. Which
// one does not matter: a dropped page is rendered again when needed.
func evictOne[K comparable, V any](m map[K]V, limit int) {
	if len(m) < limit {
		return
	}
	for k := range m {
		delete(m, k)
		return
	}
}
