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
// rendering (TestRenderCache counts the renders).
func BenchmarkRender(b *testing.B) {
	ds := fixture()
	city := ds.Partners[0]
	look := LookFor(termenv.TrueColor, true, false)
	md := func() string { return model.Document(ds.Home, city, model.EN) }
	b.Run("cold", func(b *testing.B) {
		for b.Loop() {
			newPages(look).page(city.ID, model.EN, 64, md)
		}
	})
	b.Run("warm", func(b *testing.B) {
		p := newPages(look)
		p.page(city.ID, model.EN, 64, md)
		for b.Loop() {
			clear(p.done)
			p.page(city.ID, model.EN, 64, md)
		}
	})
	b.Run("again", func(b *testing.B) {
		p := newPages(look)
		p.page(city.ID, model.EN, 64, md)
		renders := p.renders
		for b.Loop() {
			p.page(city.ID, model.EN, 64, md)
		}
		if p.renders != renders {
			b.Fatalf("%d renders of a page already rendered", p.renders-renders)
		}
	})
}
