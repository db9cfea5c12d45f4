package ui

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/lipgloss"
)

// brush writes a line of text in a style of colour and emphasis as the
// style's Render writes it, from sequences taken from the style once.
// Render parses, splits and measures every string it is given, and
// converts the style's colours each time; the list's rows are drawn on
// every key, in a dozen runs of text a row, and that was a tenth of a
// key's time.
type brush struct {
	style lipgloss.Style // what draws what a brush cannot: lines, tabs
	// open and close are the sequences around a run of text.
	open, close string
	// each: the style writes each character apart, and each space in
	// sequences of its own, spaceOpen and spaceClose (lipgloss does so
	// for underlined and struck-through text).
	each                  bool
	spaceOpen, spaceClose string
	// exact: painting was found to write what Render writes; otherwise
	// every paint is a Render.
	exact bool
}

// brushProbes are what a brush must paint as Render does before it is
// used: runs of one character and more, spaces inside and outside,
// scripts, wide characters, and the empty string.
var brushProbes = []string{"", "x", "xy", "x y", " Гюргево 淮南 ", "Saint-Ouen-sur-Seine, 1961 · Франция"}

// newBrush takes the sequences of style.
func newBrush(style lipgloss.Style) brush {
	b := brush{style: style}
	x := style.Render("x")
	at := strings.Index(x, "x")
	if at < 0 {
		return b
	}
	b.open, b.close = x[:at], x[at+1:]
	if style.Render("xx") != b.open+"xx"+b.close {
		b.each = true
		sp := style.Render(" ")
		if at = strings.Index(sp, " "); at < 0 {
			return b
		}
		b.spaceOpen, b.spaceClose = sp[:at], sp[at+1:]
	}
	b.exact = true
	for _, p := range brushProbes {
		if b.paint(p) != style.Render(p) {
			b.exact = false
			break
		}
	}
	return b
}

// paint writes s in the brush's style.
func (b brush) paint(s string) string {
	if !b.exact || strings.ContainsAny(s, "\t\r\n") {
		return b.style.Render(s)
	}
	if !b.each {
		return b.open + s + b.close
	}
	var out strings.Builder
	out.Grow(len(s) * (1 + len(b.open) + len(b.close)))
	for _, r := range s {
		if unicode.IsSpace(r) {
			out.WriteString(b.spaceOpen)
			out.WriteRune(r)
			out.WriteString(b.spaceClose)
			continue
		}
		out.WriteString(b.open)
		out.WriteRune(r)
		out.WriteString(b.close)
	}
	return out.String()
}

// paintRunes writes text (valid UTF-8) with the runes at positions
// (ascending) in brush on and the rest in brush off, a run of each at a
// time: what lipgloss.StyleRunes writes with the brushes' styles.
func paintRunes(text string, positions []int, on, off brush) string {
	var out strings.Builder
	start, i, next := 0, 0, 0 // the run's first byte, the rune's index, the next position
	lit := false
	for at := range text {
		for next < len(positions) && positions[next] < i {
			next++
		}
		isLit := next < len(positions) && positions[next] == i
		if isLit != lit && at > start {
			out.WriteString(pick(lit, on, off).paint(text[start:at]))
			start = at
		}
		lit = isLit
		i++
	}
	if start < len(text) {
		out.WriteString(pick(lit, on, off).paint(text[start:]))
	}
	return out.String()
}

// pick is on when lit, off otherwise.
func pick(lit bool, on, off brush) brush {
	if lit {
		return on
	}
	return off
}
