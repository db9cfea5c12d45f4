package ui

import (
	"sync"
	"sync/atomic"

	"github.com/muesli/termenv"
	"github.com/ruse-twins/ruse-twins/ui/bounded"
)

// Shared is what the browsers given it share, look by look: the styles
// and the rendered pages. The sessions of a server show the same cities
// in a few looks, and each page is then rendered once for all of them
// rather than once by each, and each look's styles are built once. It is
// safe for concurrent use. A browser keeps for itself only what it wants
// and has asked for (see pages).
type Shared struct {
	mu      sync.Mutex
	shelves map[shelfKey]*shelf
}

// NewShared returns an empty store.
func NewShared() *Shared { return &Shared{shelves: map[shelfKey]*shelf{}} }

// shelfKey is a look as far as what is drawn in it: the markdown style
// (Look.Style names it), the colours the terminal takes, dark or light,
// mono, and the Linux console's glyphs.
type shelfKey struct {
	style      string
	profile    termenv.Profile
	dark, mono bool
	console    bool
}

// shelf is what one look's browsers share: the styles, the pages
// rendered, the renderers, one for each wrap width, and the runner that
// renders one page of the look at a time within its bounds. The styles
// never change once built; the renderers are touched only by the render
// that holds the runner; the pages under the lock.
type shelf struct {
	styles  *Styles
	runner  *bounded.Runner
	terms   map[int]*pageRenderer
	renders atomic.Int64 // glamour renders so far, for tests of the cache

	mu   sync.Mutex
	done map[pageKey]shelved
	// drawings are parts of the screen as the look's browsers drew them
	// (see drawnOnShelf), by their memo's key: every session of a server
	// draws the same header, help bar and page at the same size.
	drawings map[any]any
}

// drawingLimit bounds a shelf's drawings: a few for each size of window
// the look's browsers have, which a window dragged wider passes through.
const drawingLimit = 256

// shelved is a rendered page and the markdown it was rendered from.
type shelved struct{ md, text string }

// shelf returns the shelf of look, made when first asked for.
func (s *Shared) shelf(look Look) *shelf {
	k := shelfKey{look.Style, look.Profile, look.Dark, look.Mono, look.Console}
	s.mu.Lock()
	defer s.mu.Unlock()
	sh, ok := s.shelves[k]
	if !ok {
		sh = &shelf{styles: look.styles(), runner: bounded.New(bounded.Deadline), terms: map[int]*pageRenderer{},
			done: map[pageKey]shelved{}, drawings: map[any]any{}}
		s.shelves[k] = sh
	}
	return sh
}

// get returns page k if it was rendered from markdown md.
func (sh *shelf) get(k pageKey, md string) (string, bool) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	p, ok := sh.done[k]
	if !ok || p.md != md {
		return "", false
	}
	return p.text, true
}

// put keeps page k, rendered from md as text.
func (sh *shelf) put(k pageKey, md, text string) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if _, ok := sh.done[k]; !ok {
		evictOne(sh.done, cacheLimit)
	}
	sh.done[k] = shelved{md, text}
}

// renderer returns the renderer of look at wrap width, made when first
// asked for; only the render that holds the runner calls it. It counts
// the render it is asked for.
func (sh *shelf) renderer(look Look, width int) (*pageRenderer, error) {
	tr, ok := sh.terms[width]
	if !ok {
		var err error
		tr, err = newPageRenderer(look, width)
		if err != nil {
			return nil, err
		}
		evictOne(sh.terms, cacheLimit/8)
		sh.terms[width] = tr
	}
	sh.renders.Add(1)
	return tr, nil
}

// drawnOnShelf returns what draw draws for key k in the shelf's look:
// drawn by a browser of the look before, or drawn now and kept for the
// others. k must hold everything the drawing reads but the look, and be
// of a type that only this drawing's keys have. Drawing is done without
// the lock: two browsers may draw the same at once, and keep one.
func drawnOnShelf[K comparable, V any](sh *shelf, k K, draw func() V) V {
	sh.mu.Lock()
	v, ok := sh.drawings[k]
	sh.mu.Unlock()
	if ok {
		return v.(V)
	}
	drawn := draw()
	sh.mu.Lock()
	if _, ok := sh.drawings[k]; !ok {
		evictOne(sh.drawings, drawingLimit)
	}
	sh.drawings[k] = drawn
	sh.mu.Unlock()
	return drawn
}
