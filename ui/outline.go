package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// outline draws a pane's border and padding around its content, as
// lipgloss renders the pane's style, measured once when the styles are
// built. lipgloss measures every line of a pane three times over (to
// wrap it, to pad it, to border it) and converts the border's colour for
// each line's two edges; a pane is drawn on every key, and that came to a
// fifth of a keystroke's time. An outline measures each line once, to cut
// and pad it, and writes edges already styled.
type outline struct {
	top, bottom [3]string // the corners and the edge between them
	left, right string    // a side's edge, its padding included
	// open and close are the sequences around the border's colour: a
	// horizontal edge is written between them.
	open, close       string
	padTop, padBottom int
	hFrame, vFrame    int // the columns and lines the outline takes
}

// newOutline measures style's border and padding; the border is drawn in
// the style's top border colour, as every pane's is one colour.
func newOutline(style lipgloss.Style) outline {
	b := style.GetBorderStyle()
	edge := style.UnsetBorderStyle().UnsetPadding().UnsetWidth().UnsetHeight().
		Foreground(style.GetBorderTopForeground())
	// The colour's sequences, once: what lipgloss writes around any
	// border piece it draws.
	marked := edge.Render("x")
	at := strings.Index(marked, "x")
	f := outline{
		top:       [3]string{b.TopLeft, b.Top, b.TopRight},
		bottom:    [3]string{b.BottomLeft, b.Bottom, b.BottomRight},
		open:      marked[:at],
		close:     marked[at+1:],
		padTop:    style.GetPaddingTop(),
		padBottom: style.GetPaddingBottom(),
		hFrame:    style.GetHorizontalFrameSize(),
		vFrame:    style.GetVerticalFrameSize(),
	}
	f.left = f.styled(b.Left) + strings.Repeat(" ", style.GetPaddingLeft())
	f.right = strings.Repeat(" ", style.GetPaddingRight()) + f.styled(b.Right)
	return f
}

// styled is a piece of the border in its colour.
func (f outline) styled(s string) string {
	if s == "" || f.open == "" {
		return s
	}
	return f.open + s + f.close
}

// lines frames content at an outer size of width×height and returns the
// lines: content cut to the inner size (no piece can push the layout out
// of shape), each line padded to the inner width. The outline must fit (see fits).
func (f outline) lines(content string, width, height int) []string {
	innerW, innerH := width-f.hFrame, height-f.vFrame
	out := make([]string, 0, height)
	edge := func(pieces [3]string) string {
		return f.styled(pieces[0] + strings.Repeat(pieces[1], width-2) + pieces[2])
	}
	out = append(out, edge(f.top))
	blank := f.left + strings.Repeat(" ", innerW) + f.right
	for range f.padTop {
		out = append(out, blank)
	}
	var b strings.Builder
	for l := range strings.SplitSeq(content, "\n") {
		if len(out) == 1+f.padTop+innerH {
			break
		}
		w := ansi.StringWidth(l)
		if w > innerW {
			l = ansi.Truncate(l, innerW, "")
			w = ansi.StringWidth(l)
		}
		b.Reset()
		b.Grow(len(f.left) + len(l) + innerW - w + len(f.right))
		b.WriteString(f.left)
		b.WriteString(l)
		b.WriteString(strings.Repeat(" ", innerW-w))
		b.WriteString(f.right)
		out = append(out, b.String())
	}
	for len(out) < 1+f.padTop+innerH+f.padBottom {
		out = append(out, blank)
	}
	return append(out, edge(f.bottom))
}

// fits reports whether the outline can be drawn at an outer size: the
// border and padding, and at least a cell inside.
func (f outline) fits(width, height int) bool {
	return width > f.hFrame && height > f.vFrame
}
