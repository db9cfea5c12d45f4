package ui

import (
	"testing"

	"github.com/muesli/termenv"
	"github.com/ruse-twins/ruse-twins/model"
)

// BenchmarkRender renders a detail page (Saint-Ouen of the fixture, in
// colour, 64 columns) three ways: cold, with a new cache whose glamour
// renderer must be built; warm, on a renderer already built; and again,
// a page already rendered at that width, which the cache returns without
// rendering (TestRenderCache counts the renders). Each render runs as the
// browser runs it, off the event loop within its bounds.
func BenchmarkRender(b *testing.B) {
	ds := fixture()
	city := ds.Partners[0]
	look := LookFor(termenv.TrueColor, true, false)
	md := model.Document(ds.Home, city, model.EN)
	page := func(p *pages) string {
		k := p.key(city.ID, model.EN, 64)
		if s, ok := p.get(k, md); ok {
			return s
		}
		p.want(k, md)
		var s string
		awaitPages(p, func(msg renderedMsg) { s = p.store(msg) })
		return s
	}
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			page(newPages(look, NewShared()))
		}
	})
	b.Run("warm", func(b *testing.B) {
		p := newPages(look, NewShared())
		page(p)
		for b.Loop() {
			clear(p.shelf.done)
			p.last = renderedMsg{}
			page(p)
		}
	})
	b.Run("again", func(b *testing.B) {
		p := newPages(look, NewShared())
		page(p)
		renders := p.shelf.renders.Load()
		for b.Loop() {
			page(p)
		}
		if n := p.shelf.renders.Load(); n != renders {
			b.Fatalf("%d renders of a page already rendered", n-renders)
		}
	})
}
