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
		for step := range 200 {
			n := r.IntN(30)
			what := ""
			switch r.IntN(9) {
			case 0:
				vp.ScrollDown(n)
				s.ScrollDown(n)
				what = "down"
			case 1:
				vp.ScrollUp(n)
				s.ScrollUp(n)
				what = "up"
			case 2:
				vp.PageDown()
				s.PageDown()
				what = "page down"
			case 3:
				vp.PageUp()
				s.PageUp()
				what = "page up"
			case 4:
				vp.GotoTop()
				s.GotoTop()
				what = "top"
			case 5:
				vp.GotoBottom()
				s.GotoBottom()
				what = "bottom"
			case 6:
				vp.SetYOffset(n - 5)
				s.SetYOffset(n - 5)
				what = "offset"
			case 7:
				w := 1 + r.IntN(120)
				size(w, 1+r.IntN(40), r.IntN(w))
				what = "size"
			default:
				vp.SetContent(text)
				s.SetContent(text)
				what = "content"
			}
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
