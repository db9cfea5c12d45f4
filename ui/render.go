package ui

import (
	"github.com/ruse-twins/ruse-twins/model"
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

// pages renders markdown pages with glamour and remembers them. Building a
// glamour renderer is the expensive part and rendering is the next, so it
// keeps one renderer per wrap width and every page it rendered, and
// returning to a page renders nothing.
type pages struct {
	look    Look
	terms   map[int]*pageRenderer
	done    map[pageKey]string
	renders int // glamour renders so far, for tests of the cache
}

// newPages returns an empty cache rendering with the settled look.
func newPages(look Look) *pages {
	return &pages{look: look, terms: map[int]*pageRenderer{}, done: map[pageKey]string{}}
}

// page returns the page of city id in lang at wrap width, rendering
// markdown() only if that page was never rendered.
func (p *pages) page(id string, lang model.Lang, width int, markdown func() string) string {
	width = clamp(width, minWrap, maxWrap)
	k := pageKey{id, lang, width, p.look.Style}
	if s, ok := p.done[k]; ok {
		return s
	}
	// On the Linux console, text its font lacks is transliterated before
	// glamour wraps it, so that the lines keep their width.
	md := p.glyphs().text(termsafe.Text(markdown()))
	out, err := p.render(md, width)
	if err != nil {
		// A page that glamour cannot render is still worth reading.
		out = md
	}
	evictOne(p.done, cacheLimit)
	p.done[k] = out
	return out
}

// forget drops every page rendered so far, for a new dataset; the
// renderers stay.
func (p *pages) forget() { clear(p.done) }

// render runs glamour at a wrap width, on a renderer kept for that width.
func (p *pages) render(md string, width int) (string, error) {
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
	p.renders++
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
