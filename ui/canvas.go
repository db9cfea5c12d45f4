package ui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// ink is what a cell of a picture is drawn as: each kind has its style.
type ink uint8

const (
	inkNone     ink = iota
	inkLand         // the dots of a coastline
	inkRule         // a break between frames, an axis
	inkTrail        // the line from home to the selected city
	inkHome         // the home city's marker and name
	inkMarker       // a partner's marker
	inkSelected     // the selected city's marker and name
	inkLabel        // a partner's name
	inkDim          // numbers, legends, what is said apart
	numInks
)

// inks are the styles of the inks, picked from the Styles.
type inks [numInks]lipgloss.Style

// newInks picks a style for every ink.
func newInks(st *Styles) inks {
	return inks{
		inkNone:     st.Plain,
		inkLand:     st.Land,
		inkRule:     st.Rule,
		inkTrail:    st.Trail,
		inkHome:     st.Home,
		inkMarker:   st.Name,
		inkSelected: st.SelectedName,
		inkLabel:    st.Name,
		inkDim:      st.Country,
	}
}

// dotGrid is how many dots a cell holds across and down: braille has 2×4,
// half blocks 1×2, and a shade (for the Linux console, whose fonts have
// neither braille nor half blocks) one.
type dotGrid struct{ across, down int }

var (
	brailleDots = dotGrid{2, 4}
	halfDots    = dotGrid{1, 2}
	shadeDots   = dotGrid{1, 1}
)

// shade is a cell of land on the console.
const shade = "░"

// dotGridFor is the finest grid the screen can draw.
func dotGridFor(g glyphs) dotGrid {
	if g.console {
		return shadeDots
	}
	return brailleDots
}

// brailleBits are the bits of the braille dots (U+2800 + bits), by row
// and column within the cell.
var brailleBits = [4][2]uint8{{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}}

// halfBlocks are the half-block characters by bits (top 1, bottom 2).
var halfBlocks = [4]string{" ", "▀", "▄", "█"}

// canvas is a picture of width×height cells: dots beneath, drawn at a
// finer grid, and text over them, which hides the dots of its cells.
type canvas struct {
	width, height int
	grid          dotGrid
	dots          []uint8 // a cell's dots as bits
	text          []cell
}

// cell is the text over one cell: a character (or the first cell of a
// wide one, whose second cell is cont) in an ink.
type cell struct {
	s    string
	ink  ink
	cont bool
}

// newCanvas returns an empty canvas.
func newCanvas(width, height int, grid dotGrid) *canvas {
	width, height = max(width, 0), max(height, 0)
	return &canvas{width: width, height: height, grid: grid,
		dots: make([]uint8, width*height), text: make([]cell, width*height)}
}

// clone returns a copy to draw on, leaving c as it was.
func (c *canvas) clone() *canvas {
	d := *c
	d.dots = append([]uint8(nil), c.dots...)
	d.text = append([]cell(nil), c.text...)
	return &d
}

// dotsWide and dotsHigh are the canvas's size in dots.
func (c *canvas) dotsWide() int { return c.width * c.grid.across }
func (c *canvas) dotsHigh() int { return c.height * c.grid.down }

// dot sets the dot at (x, y) in dots, if it is on the canvas.
func (c *canvas) dot(x, y int) {
	if x < 0 || y < 0 || x >= c.dotsWide() || y >= c.dotsHigh() {
		return
	}
	cx, cy := x/c.grid.across, y/c.grid.down
	dx, dy := x%c.grid.across, y%c.grid.down
	var bit uint8
	if c.grid == brailleDots {
		bit = brailleBits[dy][dx]
	} else {
		bit = 1 << dy
	}
	c.dots[cy*c.width+cx] |= bit
}

// line sets the dots from (x0, y0) to (x1, y1), in dots, that lie within
// the columns of dots [left, right).
func (c *canvas) line(x0, y0, x1, y1 float64, left, right int) {
	lo, hi := float64(left), float64(right)
	if (x0 < lo && x1 < lo) || (x0 >= hi && x1 >= hi) {
		return
	}
	top := float64(c.dotsHigh())
	if (y0 < 0 && y1 < 0) || (y0 >= top && y1 >= top) {
		return
	}
	steps := int(max(abs(x1-x0), abs(y1-y0))) + 1
	for i := 0; i <= steps; i++ {
		t := float64(i) / float64(steps)
		x := x0 + (x1-x0)*t
		if x < lo || x >= hi {
			continue
		}
		c.dot(int(x), int(y0+(y1-y0)*t))
	}
}

// abs is the absolute value of v.
func abs(v float64) float64 { return max(v, -v) }

// put writes s at cell (x, y) in ink k, cell by cell, as far as the
// canvas reaches; a wide character takes two cells.
func (c *canvas) put(x, y int, s string, k ink) {
	if y < 0 || y >= c.height {
		return
	}
	for s != "" {
		g, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if g == "" {
			return
		}
		s = s[len(g):]
		if w == 0 {
			continue
		}
		if x >= 0 && x+w <= c.width {
			c.text[y*c.width+x] = cell{s: g, ink: k}
			for i := 1; i < w; i++ {
				c.text[y*c.width+x+i] = cell{ink: k, cont: true}
			}
		}
		x += w
	}
}

// at returns the text over cell (x, y).
func (c *canvas) at(x, y int) cell { return c.text[y*c.width+x] }

// render draws the canvas, a line a row, each run of one ink in its style.
func (c *canvas) render(st *inks) string {
	lines := make([]string, c.height)
	var b, run strings.Builder
	for y := range c.height {
		b.Reset()
		cur := inkNone
		flush := func() {
			if run.Len() > 0 {
				b.WriteString(st[cur].Render(run.String()))
				run.Reset()
			}
		}
		for x := range c.width {
			s, k := c.glyph(x, y)
			if s == "" {
				continue
			}
			if k != cur {
				flush()
				cur = k
			}
			run.WriteString(s)
		}
		flush()
		lines[y] = b.String()
	}
	return strings.Join(lines, "\n")
}

// glyph is what cell (x, y) shows: its text, or its dots, or a space; ""
// for the second cell of a wide character.
func (c *canvas) glyph(x, y int) (string, ink) {
	t := c.text[y*c.width+x]
	switch {
	case t.cont:
		return "", t.ink
	case t.s != "":
		return t.s, t.ink
	}
	bits := c.dots[y*c.width+x]
	switch {
	case bits == 0:
		return " ", inkNone
	case c.grid == brailleDots:
		return string(rune(0x2800 + int(bits))), inkLand
	case c.grid == shadeDots:
		return shade, inkLand
	}
	return halfBlocks[bits&3], inkLand
}
