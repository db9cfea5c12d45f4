package ui

import (
	"strings"
	"testing"
)

// TestOutlineDrawsAsLipgloss draws panes both ways, an outline and
// lipgloss's Render of the pane's style, in every look, focused or not,
// around content that fits, content too wide (wide characters at the cut
// too) or too tall, styled content and none, at sizes from the least
// that fits up: the two must be the same, byte for byte.
func TestOutlineDrawsAsLipgloss(t *testing.T) {
	for name, look := range outlineLooks() {
		st := look.styles()
		contents := []string{
			"",
			"one line",
			"two\nlines",
			st.Name.Render("Гюргево") + " " + st.Matched.Render("淮南") + "\n" + st.Year.Render("2002") + "\n\n\n\n\n\n\n\n",
			strings.Repeat("long line of text ", 10) + "\n" + strings.Repeat("淮南", 30),
			strings.Repeat("row\n", 40),
			st.Placeholder.Render(strings.Repeat("é", 50)),
		}
		for _, focused := range []bool{false, true} {
			s, o := st.Pane, st.paneOutline
			if focused {
				s, o = st.FocusedPane, st.focusedOutline
			}
			for _, c := range contents {
				for w := o.hFrame + 1; w < 60; w += 7 {
					for h := o.vFrame + 1; h < 30; h += 5 {
						got := strings.Join(o.lines(c, w, h), "\n")
						if want := framed(s, c, w, h); got != want {
							t.Fatalf("%s, focused %v, %d×%d, content %q:\noutline\n%s\nlipgloss\n%s", name, focused, w, h, c, got, want)
						}
					}
				}
			}
		}
	}
}
