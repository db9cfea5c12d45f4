package ui

import (
	"fmt"
	"math"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/atlas"
)

// minMapRows is the shortest canvas worth drawing: below it the map
// view shows its caption only.
const minMapRows = 3

// mapPlan is a map laid out at one size in one language: the projection,
// the coastlines and markers and labels drawn, and what each cell shows.
// It does not depend on the selection, so the labels stay put while the
// visitor moves through the cities; drawing the selection on it is
// mapPlan.draw. A plan never changes once made.
type mapPlan struct {
	width, rows int // the canvas's size; the caption and legend are under it
	proj        projection
	base        *canvas
	spots       []spot // the home city first, then the partners in order
	tags        []tag
	tagOf       []int    // each spot's tag, or -1
	legend      []string // the numbered names, "1 Giurgiu"
	legendLines int
	hits        []int // each cell's spot + 1, or 0: what a click there selects
}

// cities returns the home city and the partners, in the order of spots.
func cities(home model.City, partners []model.City) []model.City {
	return append([]model.City{home}, partners...)
}

// newMapPlan lays out a map of the cities (home first) on width×height
// cells in lang, with land from atlas. The canvas leaves a line for the
// caption and as many as the legend needs.
func newMapPlan(all []model.City, land *atlas.Atlas, width, height int, lang model.Lang, g glyphs) *mapPlan {
	points := make([]model.Coordinates, len(all))
	for i, c := range all {
		points[i] = c.Coordinates
	}
	var p *mapPlan
	for legendLines := 0; ; legendLines++ {
		rows := height - 1 - legendLines
		p = layOut(all, points, land, width, rows, lang, g)
		p.legendLines = min(len(wrapLegend(p.legend, width)), legendLines)
		if len(wrapLegend(p.legend, width)) <= legendLines || rows <= minMapRows {
			return p
		}
	}
}

// layOut draws the coastlines, breaks, markers and labels on a canvas of
// width×rows.
func layOut(all []model.City, points []model.Coordinates, land *atlas.Atlas, width, rows int, lang model.Lang, g glyphs) *mapPlan {
	rows = max(rows, 0)
	p := &mapPlan{width: width, rows: rows, proj: newProjection(points, width, rows)}
	p.base = newCanvas(width, rows, dotGridFor(g))
	p.drawLand(land)
	b := newBoard(width, rows)
	for _, x := range p.proj.breaks() {
		for y := range rows {
			b.set(x, y, cellBarred)
			p.base.put(x, y, "┊", inkRule)
		}
	}
	p.spots = make([]spot, len(all))
	for i, c := range all {
		fx, fy, _ := p.proj.place(c.Coordinates)
		name := g.text(sanitize(c.Name.In(lang)))
		p.spots[i] = spot{fx: fx, fy: fy, name: name, width: lipgloss.Width(name)}
	}
	if rows == 0 || width == 0 {
		return p
	}
	b.settle(p.spots)
	var legend []int
	p.tags, legend = b.place(p.spots)
	p.tagOf = make([]int, len(all))
	for i := range p.tagOf {
		p.tagOf[i] = -1
	}
	p.hits = make([]int, width*rows)
	for i, t := range p.tags {
		p.tagOf[t.spot] = i
		for x := t.x; x < t.x+t.w; x++ {
			p.hits[t.y*width+x] = t.spot + 1
		}
	}
	for _, i := range legend {
		p.legend = append(p.legend, p.tags[p.tagOf[i]].text+" "+p.spots[i].name)
	}
	for i := len(p.spots) - 1; i >= 0; i-- {
		// The first spot of a shared cell is the one a click selects.
		s := p.spots[i]
		p.hits[s.y*width+s.x] = i + 1
	}
	p.drawSpots(g)
	return p
}

// drawLand draws the coastlines, frame by frame, at the coarsest level
// of detail that is finer than half a dot.
func (p *mapPlan) drawLand(land *atlas.Atlas) {
	c := p.base
	across, down := float64(c.grid.across), float64(c.grid.down)
	level := land.Level(1 / (p.proj.scale * across) / 2)
	for _, f := range p.proj.frames {
		left, right := f.x0*c.grid.across, (f.x0+f.cols)*c.grid.across
		for _, line := range level.Lines {
			var px, py float64
			for i, pt := range line {
				lon, lat := float64(pt.Lon)/100, float64(pt.Lat)/100
				x := (float64(f.x0) + (lon-f.west)*p.proj.scale) * across
				y := (p.proj.north - lat) * p.proj.rowsPerDeg * down
				if i > 0 {
					c.line(px, py, x, y, left, right)
				}
				px, py = x, y
			}
		}
	}
}

// drawSpots writes the markers and labels on the base canvas, the home
// city in its own ink.
func (p *mapPlan) drawSpots(g glyphs) {
	mk := g.mapMarks()
	for i := len(p.spots) - 1; i >= 0; i-- {
		s := p.spots[i]
		if i == 0 {
			p.base.put(s.x, s.y, mk.home, inkHome)
			continue
		}
		p.base.put(s.x, s.y, mk.partner, inkMarker)
	}
	for _, t := range p.tags {
		k := inkLabel
		switch {
		case t.spot == 0:
			k = inkHome
		case t.number:
			k = inkDim
		}
		p.base.put(t.x, t.y, t.text, k)
		// The coast's dots beside a name blur its first and last letters.
		for _, x := range []int{t.x - 1, t.x + t.w} {
			if x >= 0 && x < p.width && p.base.at(x, t.y).s == "" {
				p.base.put(x, t.y, " ", inkNone)
			}
		}
	}
}

// at returns the spot whose marker or label is at cell (x, y), if any.
func (p *mapPlan) at(x, y int) (int, bool) {
	if x < 0 || y < 0 || x >= p.width || y >= p.rows || p.hits == nil {
		return 0, false
	}
	i := p.hits[y*p.width+x] - 1
	return i, i >= 0
}

// draw returns the map with spot sel selected (-1 for none): its marker
// and label in the selection's ink, and the great circle from home to it
// as a trail over the coastlines.
func (p *mapPlan) draw(sel int, all []model.City, g glyphs) *canvas {
	if sel <= 0 || sel >= len(p.spots) || p.rows == 0 {
		return p.base
	}
	c := p.base.clone()
	mk := g.mapMarks()
	for _, cell := range p.trail(all[0].Coordinates, all[sel].Coordinates) {
		if c.at(cell[0], cell[1]).s == "" {
			c.put(cell[0], cell[1], mk.trail, inkTrail)
		}
	}
	s := p.spots[sel]
	c.put(s.x, s.y, mk.selected, inkSelected)
	if t := p.tagOf[sel]; t >= 0 {
		c.put(p.tags[t].x, p.tags[t].y, p.tags[t].text, inkSelected)
	}
	return c
}

// trailSteps is how many pieces the great circle is cut into: enough
// that no piece spans more than a cell or two on any screen.
const trailSteps = 512

// trail returns the cells the great circle from a to b passes through,
// in the frames it crosses, without those of a and b themselves.
func (p *mapPlan) trail(a, b model.Coordinates) [][2]int {
	var cells [][2]int
	seen := map[[2]int]bool{}
	var prev [2]float64
	had := false
	for i := 0; i <= trailSteps; i++ {
		x, y, ok := p.proj.place(greatCircle(a, b, float64(i)/trailSteps))
		if !ok {
			had = false
			continue
		}
		if had {
			for _, c := range cellLine(prev[0], prev[1], x, y) {
				if !seen[c] && c[0] >= 0 && c[1] >= 0 && c[0] < p.width && c[1] < p.rows {
					seen[c] = true
					cells = append(cells, c)
				}
			}
		}
		prev, had = [2]float64{x, y}, true
	}
	return cells
}

// cellLine returns the cells on the segment from (x0, y0) to (x1, y1).
func cellLine(x0, y0, x1, y1 float64) [][2]int {
	steps := int(max(abs(x1-x0), abs(y1-y0))*2) + 1
	out := make([][2]int, 0, steps+1)
	for i := 0; i <= steps; i++ {
		t := float64(i) / float64(steps)
		out = append(out, [2]int{int(math.Floor(x0 + (x1-x0)*t)), int(math.Floor(y0 + (y1-y0)*t))})
	}
	return out
}

// greatCircle returns the point a fraction f of the way from a to b
// along the great circle between them (spherical interpolation).
func greatCircle(a, b model.Coordinates, f float64) model.Coordinates {
	ax, ay, az := unit(a)
	bx, by, bz := unit(b)
	d := math.Acos(clampF(ax*bx+ay*by+az*bz, -1, 1))
	if d < 1e-9 {
		return a
	}
	s1, s2 := math.Sin((1-f)*d)/math.Sin(d), math.Sin(f*d)/math.Sin(d)
	x, y, z := s1*ax+s2*bx, s1*ay+s2*by, s1*az+s2*bz
	return model.Coordinates{
		Lat: math.Atan2(z, math.Hypot(x, y)) * 180 / math.Pi,
		Lon: math.Atan2(y, x) * 180 / math.Pi,
	}
}

// unit is the point on the unit sphere at c.
func unit(c model.Coordinates) (x, y, z float64) {
	φ, λ := c.Lat*math.Pi/180, c.Lon*math.Pi/180
	return math.Cos(φ) * math.Cos(λ), math.Cos(φ) * math.Sin(λ), math.Sin(φ)
}

// clampF limits v to [lo, hi].
func clampF(v, lo, hi float64) float64 { return max(lo, min(v, hi)) }

// wrapLegend puts the legend's entries on as few lines of width as they
// fit, two spaces between entries.
func wrapLegend(entries []string, width int) []string {
	var lines []string
	cur := ""
	for _, e := range entries {
		switch {
		case cur == "":
			cur = e
		case lipgloss.Width(cur)+2+lipgloss.Width(e) <= width:
			cur += "  " + e
		default:
			lines = append(lines, cur)
			cur = e
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// caption is the line under the map, at most width wide where it can
// be: the selected city's distance and direction from home, or, with
// none selected, what the marks mean.
func caption(home, sel model.City, lang model.Lang, g glyphs, width int) string {
	t := words[lang]
	mk := g.mapMarks()
	if sel.ID == "" {
		return mk.home + " " + g.text(sanitize(home.Name.In(lang))) + "  " + mk.partner + " " + t.partners
	}
	km := int(math.Round(model.DistanceKm(home.Coordinates, sel.Coordinates)))
	dir := model.Compass(model.BearingDeg(home.Coordinates, sel.Coordinates)).Label.In(lang)
	line := mk.selected + " " + g.text(sanitize(fmt.Sprintf(t.fromHome, sel.Name.In(lang), km, dir, home.Name.In(lang))))
	if lipgloss.Width(line) > width {
		line = mk.selected + " " + g.text(sanitize(fmt.Sprintf(t.fromHomeCut, sel.Name.In(lang), km, dir)))
	}
	return line
}

// legendView is the legend's lines, cut to n lines of width.
func legendView(entries []string, width, n int) []string {
	lines := wrapLegend(entries, width)
	if len(lines) > n {
		lines = lines[:n]
		if n > 0 {
			lines[n-1] = strings.TrimRight(lines[n-1], " ") + " …"
		}
	}
	return lines
}
