package ui

import (
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/cellbuf"
)

// scroll is the part of a page in view: what bubbles' viewport does for
// the page view, its scrolling and its drawing, which it draws the same.
// The viewport measures every line of a page when the page is put on it,
// and draws what is in view through lipgloss, which measures each line
// three times more; the page changes whenever the selected city does, in
// every session on its own, and that was a fifth of a key's time. A
// scroll measures the lines in view, once, when it draws them.
type scroll struct {
	lines   []string
	Width   int // the columns drawn, the indent included
	Height  int // the lines drawn
	YOffset int // the first line in view
	indent  int // the blank columns before each line: a page narrower than the pane is centred
}

// SetContent puts text on the scroll, keeping the offset where it is if
// the text is that long, at the bottom otherwise.
func (s *scroll) SetContent(text string) {
	s.lines = strings.Split(text, "\n")
	if s.YOffset > len(s.lines)-1 {
		s.GotoBottom()
	}
}

// maxYOffset is the offset at which the last line is the last in view.
func (s scroll) maxYOffset() int { return max(0, len(s.lines)-s.Height) }

// SetYOffset scrolls to offset n, within the text.
func (s *scroll) SetYOffset(n int) { s.YOffset = clamp(n, 0, s.maxYOffset()) }

// AtTop reports whether the first line is in view.
func (s scroll) AtTop() bool { return s.YOffset <= 0 }

// AtBottom reports whether the last line is in view.
func (s scroll) AtBottom() bool { return s.YOffset >= s.maxYOffset() }

// ScrollPercent is how far down the text is scrolled, from 0 to 1: 1 when
// it is all in view.
func (s scroll) ScrollPercent() float64 {
	if s.Height >= len(s.lines) {
		return 1
	}
	return math.Max(0, math.Min(1, float64(s.YOffset)/float64(len(s.lines)-s.Height)))
}

// TotalLineCount is the number of lines of the text.
func (s scroll) TotalLineCount() int { return len(s.lines) }

// ScrollDown scrolls down by n lines, ScrollUp up.
func (s *scroll) ScrollDown(n int) {
	if !s.AtBottom() && n != 0 && len(s.lines) > 0 {
		s.SetYOffset(s.YOffset + n)
	}
}

// ScrollUp scrolls up by n lines.
func (s *scroll) ScrollUp(n int) {
	if !s.AtTop() && n != 0 && len(s.lines) > 0 {
		s.SetYOffset(s.YOffset - n)
	}
}

// PageDown scrolls down by the height in view.
func (s *scroll) PageDown() { s.ScrollDown(s.Height) }

// PageUp scrolls up by the height in view.
func (s *scroll) PageUp() { s.ScrollUp(s.Height) }

// HalfPageDown scrolls down by half the height in view.
func (s *scroll) HalfPageDown() { s.ScrollDown(s.Height / 2) }

// HalfPageUp scrolls up by half the height in view.
func (s *scroll) HalfPageUp() { s.ScrollUp(s.Height / 2) }

// GotoTop scrolls to the first line.
func (s *scroll) GotoTop() { s.SetYOffset(0) }

// GotoBottom scrolls to the last line.
func (s *scroll) GotoBottom() { s.SetYOffset(s.maxYOffset()) }

// View draws the lines in view: Height lines, each indented, cut to the
// width and padded with blanks to it, blank lines after the text's end.
// A style that a line leaves open (glamour's wrapping of bold text, and
// the page's own, do) is closed at the line's end and opened again on
// the next line, as lipgloss does in the viewport (cellbuf.Wrap), so that
// no border or blank after it takes it.
func (s scroll) View() string {
	if s.Width <= 0 || s.Height <= 0 {
		return strings.Repeat("\n", max(s.Height-1, 0))
	}
	width := max(s.Width-s.indent, 0)
	top := min(s.YOffset, len(s.lines))
	inView := s.lines[top:min(top+s.Height, len(s.lines))]
	cut := make([]string, len(inView))
	for i, l := range inView {
		cut[i] = l
		if ansi.StringWidth(l) > width {
			cut[i] = ansi.Cut(l, 0, width)
		}
	}
	lines := strings.Split(cellbuf.Wrap(strings.Join(cut, "\n"), width, ""), "\n")
	indent := strings.Repeat(" ", s.indent)
	var b strings.Builder
	for i := range s.Height {
		if i > 0 {
			b.WriteByte('\n')
		}
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		b.WriteString(indent)
		b.WriteString(line)
		b.WriteString(strings.Repeat(" ", max(width-ansi.StringWidth(line), 0)))
	}
	return b.String()
}
