package ui

import (
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/bounded"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// cacheLimit bounds both caches: dragging a window's edge passes through
// many widths, each of which would otherwise stay in memory for good.
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
	text string
	why  bounded.Why
	gen  int
}

// pages renders markdown pages with glamour and remembers them. Building a
// glamour renderer is the expensive part and rendering is the next, so it
// keeps one renderer per wrap width and every page it rendered, and
// returning to a page renders nothing.
//
// Rendering is never done on the event loop: a page that is not yet
// rendered is wanted (want), the router turns the latest page wanted into
// a command (take), and the command renders it within bounded's deadline
// and size, one render at a time, and comes back as a renderedMsg, which
// the page view stores (store). Everything but the renderers and the
// count of renders is touched on the event loop only; the renderers only
// by the render that holds the runner.
type pages struct {
	look    Look
	runner  *bounded.Runner
	terms   map[int]*pageRenderer // the render goroutine's
	gen     int                   // the dataset's generation: one more on each forget
	done    map[pageKey]string
	plain   map[pageKey]time.Time // the pages in done shown plain, and when
	asked   map[pageKey]asked     // renders on their way
	wanted  *pageRequest          // the latest page wanted, not yet asked for
	renders atomic.Int64          // glamour renders so far, for tests of the cache
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

// newPages returns an empty cache rendering with the settled look.
func newPages(look Look) *pages {
	return &pages{
		look:   look,
		runner: bounded.New(bounded.Deadline),
		terms:  map[int]*pageRenderer{},
		done:   map[pageKey]string{},
		plain:  map[pageKey]time.Time{},
		asked:  map[pageKey]asked{},
	}
}

// key names the page of city id in lang at wrap width.
func (p *pages) key(id string, lang model.Lang, width int) pageKey {
	return pageKey{id, lang, clamp(width, minWrap, maxWrap), p.look.Style}
}

// get returns a page already rendered.
func (p *pages) get(k pageKey) (string, bool) {
	if at, ok := p.plain[k]; ok && time.Since(at) > retryPlain {
		delete(p.plain, k)
		delete(p.done, k)
	}
	s, ok := p.done[k]
	return s, ok
}

// want asks for page k, whose markdown is markdown(), to be rendered;
// only the latest page wanted is rendered when the router next takes one.
func (p *pages) want(k pageKey, markdown func() string) {
	if a, on := p.asked[k]; on && time.Since(a.at) < lost {
		return
	}
	if p.wanted != nil && p.wanted.key == k {
		return
	}
	p.wanted = &pageRequest{k, markdown(), p.gen}
}

// forget drops every page rendered so far, and those on their way, for a
// new dataset; the renderers stay.
func (p *pages) forget() {
	p.gen++
	clear(p.done)
	clear(p.plain)
	clear(p.asked)
	p.wanted = nil
}

// take returns the command that renders the page last wanted, or nil.
func (p *pages) take() tea.Cmd {
	req := p.wanted
	p.wanted = nil
	if req == nil {
		return nil
	}
	if _, ok := p.done[req.key]; ok {
		return nil
	}
	p.asked[req.key] = asked{*req, time.Now()}
	return func() tea.Msg { return p.render(*req) }
}

// render renders a page, within the runner's bounds, and returns it as a
// message for the event loop. It runs in a command's goroutine.
func (p *pages) render(req pageRequest) tea.Msg {
	// On the Linux console, text its font lacks is transliterated before
	// glamour wraps it, so that the lines keep their width.
	md := p.glyphs().text(termsafe.Text(req.md))
	width := req.key.width
	out, why := p.runner.Render(func(md string) (string, error) { return p.glamour(md, width) }, md, width)
	return renderedMsg{req.key, out, why, req.gen}
}

// store keeps a page that came back rendered, or plain after a line that
// says why, and returns it.
func (p *pages) store(msg renderedMsg) string {
	if msg.gen != p.gen {
		return "" // of a dataset since replaced
	}
	delete(p.asked, msg.key)
	text := msg.text
	evictOne(p.done, cacheLimit)
	for k := range p.plain {
		if _, ok := p.done[k]; !ok || k == msg.key {
			delete(p.plain, k)
		}
	}
	if msg.why != bounded.Rendered {
		// A page that glamour could not render in time is still worth
		// reading: plain, from markdown already made safe (see render).
		text = bounded.Plain(words[msg.key.lang].plainPage, msg.key.width) + "\n\n" + text
		p.plain[msg.key] = time.Now()
	}
	p.done[msg.key] = text
	return text
}

// glamour renders a page at a wrap width, on a renderer kept for that
// width (see pageRenderer).
func (p *pages) glamour(md string, width int) (string, error) {
	tr, ok := p.terms[width]
	if !ok {
		var err error
		tr, err = newPageRenderer(p.look, width)
		if err != nil {
			return "", err
		}
		evictOne(p.terms, cacheLimit/8)
		p.terms[width] = tr
	}
	p.renders.Add(1)
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
