package ui

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/viewport"
	"github.com/ruse-twins/ruse-twins/model"
)

// TestScrollAsViewport puts pages on a scroll and on bubbles' viewport,
// set up as the page view set one up (an indent as the style's left
// padding), and does the same random scrolling and resizing to both:
// where they are and what they draw must be the same at every step. The
// pages are the fixture's rendered in every look at several widths, an
// empty text, and lines of wide characters wider than the view.
func TestScrollAsViewport(t *testing.T) {
	ds := fixture()
	texts := []string{"", "one line", strings.Repeat("淮南市 Újbuda U\u0301 ", 12) + "\n" + strings.Repeat("x\n", 40)}
	for _, look := range outlineLooks() {
		p := newPages(look, NewShared())
		for _, width := range []int{12, 37, 80} {
			md := model.Document(ds.Home, ds.Partners[3], model.BG)
			msg := p.render(pageRequest{key: p.key("peristeri", model.BG, width), md: md}).(renderedMsg)
			texts = append(texts, msg.text)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	st := plainLook().styles()
	for _, text := range texts {
		vp := viewport.New(0, 0)
		var s scroll
		size := func(width, height, indent int) {
			vp.Width, vp.Height, vp.Style = width, height, st.Plain.PaddingLeft(indent)
			s.Width, s.Height, s.indent = width, height, indent
		}
		size(40, 10, 0)
		vp.SetContent(text)
		s.SetContent(text)
		ops := []struct {
			name string
			do   func(n int)
		}{
			{"down", func(n int) { vp.ScrollDown(n); s.ScrollDown(n) }},
			{"up", func(n int) { vp.ScrollUp(n); s.ScrollUp(n) }},
			{"page down", func(int) { vp.PageDown(); s.PageDown() }},
			{"page up", func(int) { vp.PageUp(); s.PageUp() }},
			{"half down", func(int) { vp.HalfPageDown(); s.HalfPageDown() }},
			{"half up", func(int) { vp.HalfPageUp(); s.HalfPageUp() }},
			{"top", func(int) { vp.GotoTop(); s.GotoTop() }},
			{"bottom", func(int) { vp.GotoBottom(); s.GotoBottom() }},
			{"offset", func(n int) { vp.SetYOffset(n - 5); s.SetYOffset(n - 5) }},
			{"size", func(int) { w := 1 + r.IntN(120); size(w, 1+r.IntN(40), r.IntN(w)) }},
			{"content", func(int) { vp.SetContent(text); s.SetContent(text) }},
		}
		for step := range 200 {
			op := ops[r.IntN(len(ops))]
			op.do(r.IntN(30))
			what := op.name
			if vp.YOffset != s.YOffset || vp.AtTop() != s.AtTop() || vp.AtBottom() != s.AtBottom() ||
				vp.ScrollPercent() != s.ScrollPercent() || vp.TotalLineCount() != s.TotalLineCount() {
				t.Fatalf("step %d (%s): viewport at %d (%v %v %v %d), scroll at %d (%v %v %v %d)", step, what,
					vp.YOffset, vp.AtTop(), vp.AtBottom(), vp.ScrollPercent(), vp.TotalLineCount(),
					s.YOffset, s.AtTop(), s.AtBottom(), s.ScrollPercent(), s.TotalLineCount())
			}
			if got, want := s.View(), vp.View(); got != want {
				t.Fatalf("step %d (%s), %d×%d indented %d at %d:\nscroll\n%q\nviewport\n%q", step, what, s.Width, s.Height, s.indent, s.YOffset, got, want)
			}
		}
	}
}
