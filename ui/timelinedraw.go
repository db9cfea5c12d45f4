package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/ruse-twins/ruse-twins/model"
)

// The timeline's lines, from the top: the years, the axis, the rows (a
// blank line between the dated and the undated), the legend of the
// marks, and the selected city's events in words.
const (
	timelineHead = 2 // the years and the axis
	timelineFoot = 2 // the legend and the selected city's events
	// markerWidth is the room before a name: the selected row's "> ".
	markerWidth = 2
	// yearWidth is a year's label and the space after it.
	yearWidth = 5
)

// window is how many lines of rows fit, at least one.
func (t timeline) window() int { return max(t.height-timelineHead-timelineFoot, 1) }

// slots is how many places the rows take: one a row, and a blank one
// that sets the undated apart from the dated.
func (t timeline) slots() int {
	if t.dated > 0 && t.dated < len(t.rows) {
		return len(t.rows) + 1
	}
	return len(t.rows)
}

// spacing is the lines from one row to the next: two, a blank between
// rows, when the view is tall enough for all of them so; else one.
func (t timeline) spacing() int {
	if n := t.slots(); n > 0 && 2*n-1 <= t.window() {
		return 2
	}
	return 1
}

// lines is how many lines the rows take.
func (t timeline) lines() int { return max((t.slots()-1)*t.spacing()+1, 0) }

// lineOf is the line of row r.
func (t timeline) lineOf(r int) int {
	if r >= t.dated && t.dated > 0 {
		r++
	}
	return r * t.spacing()
}

// rowAt returns the row at line y of the view, if any.
func (t timeline) rowAt(y int) (int, bool) {
	line := y - timelineHead + t.offset
	if y < timelineHead || y >= timelineHead+t.window() || line >= t.lines() || line%t.spacing() != 0 {
		return 0, false
	}
	slot := line / t.spacing()
	switch {
	case t.dated > 0 && slot == t.dated && t.dated < len(t.rows):
		return 0, false // the blank between the dated and the undated
	case t.dated > 0 && slot > t.dated:
		return slot - 1, true
	}
	return slot, true
}

// maxOffset is the furthest the rows scroll.
func (t timeline) maxOffset() int { return max(t.lines()-t.window(), 0) }

// scrollToSelection moves the rows just enough to show the selected one.
func (t timeline) scrollToSelection() timeline {
	if t.sel >= 0 {
		l := t.lineOf(t.sel)
		t.offset = clamp(t.offset, l-t.window()+1, l)
	}
	t.offset = clamp(t.offset, 0, t.maxOffset())
	return t
}

// axis maps times in years onto the columns of a track width wide.
type axis struct {
	first, last, width int
}

// col is the column of time y (in years, fractions within a year).
func (a axis) col(y float64) int {
	span := float64(a.last + 1 - a.first)
	return clamp(int((y-float64(a.first))/span*float64(a.width)), 0, a.width-1)
}

// span returns the columns a date covers at its precision: a day one,
// a month or a year as many as it spans, at least one.
func (a axis) span(d model.Date) (from, to int) {
	y := float64(d.Year)
	switch d.Precision {
	case model.Day:
		t := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
		days := time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC).YearDay()
		c := a.col(y + (float64(t.YearDay())-0.5)/float64(days))
		return c, c
	case model.MonthOnly:
		m := float64(d.Month - 1)
		from = a.col(y + m/12)
		return from, max(a.col(y+(m+1)/12)-1, from)
	}
	from = a.col(y)
	return from, max(a.col(y+1)-1, from)
}

// nameWidth is the widest name in lang, but at most a third of the view.
func (t timeline) nameWidth() int {
	w := 0
	for _, c := range t.partners {
		w = max(w, lipgloss.Width(t.glyphs.text(sanitize(c.Name.In(t.lang)))))
	}
	return min(w, max(t.width/3, 4))
}

// draw lays the timeline out at its size.
func (t timeline) draw() string {
	nameW := t.nameW
	trackX := markerWidth + nameW + 1
	ax := axis{first: t.first, last: t.last, width: max(t.width-trackX, 1)}
	c := newCanvas(t.width, t.height, halfDots)
	if t.dated > 0 {
		t.drawAxis(c, ax, trackX)
	}
	for line := range t.window() {
		r, ok := t.rowAt(timelineHead + line)
		if ok {
			t.drawRow(c, r, timelineHead+line, nameW, ax, trackX)
		}
	}
	foot := t.height - timelineFoot
	if foot >= timelineHead+1 {
		t.drawFoot(c, foot)
	}
	return c.render(t.inks)
}

// drawAxis writes the years and the axis under them: the first and the
// last always, and between them every step years, as many as fit.
func (t timeline) drawAxis(c *canvas, ax axis, x0 int) {
	for x := range ax.width {
		c.put(x0+x, 1, "─", inkRule)
	}
	taken := make([]bool, ax.width+yearWidth)
	label := func(year int, force bool) {
		tick := ax.col(float64(year))
		at := clamp(tick, 0, max(ax.width-(yearWidth-1), 0))
		for x := max(at-1, 0); x < min(at+yearWidth, len(taken)); x++ {
			if taken[x] && !force {
				return
			}
		}
		for x := at; x < min(at+yearWidth-1, len(taken)); x++ {
			taken[x] = true
		}
		c.put(x0+at, 0, strconv.Itoa(year), inkDim)
		c.put(x0+tick, 1, "┬", inkRule)
	}
	label(t.first, true)
	label(t.last, true)
	step := yearStep(t.last-t.first, ax.width)
	for y := (t.first/step + 1) * step; y < t.last; y += step {
		label(y, false)
	}
}

// yearStep is the step between labelled years: decades where each has
// room, half-decades where they have room to spare, or longer round
// steps on a narrow axis.
func yearStep(span, width int) int {
	if (span/5+1)*2*yearWidth <= width {
		return 5
	}
	for _, s := range []int{10, 20, 50, 100, 200, 500, 1000} {
		if (span/s+1)*yearWidth <= width {
			return s
		}
	}
	return max(span, 1)
}

// drawRow writes row r on line y: the marker, the name, and the track.
func (t timeline) drawRow(c *canvas, r, y, nameW int, ax axis, x0 int) {
	city := t.partners[t.rows[r]]
	selected := r == t.sel
	nameInk, markInk, lineInk := inkLabel, inkMarker, inkRule
	if selected {
		c.put(0, y, "> ", inkSelected)
		nameInk, markInk, lineInk = inkSelected, inkSelected, inkHome
	}
	name := ansi.Truncate(t.glyphs.text(sanitize(city.Name.In(t.lang))), nameW, "…")
	c.put(markerWidth, y, name, nameInk)
	if r >= t.dated {
		c.put(x0, y, model.FormatDate(model.Date{}, t.lang), inkDim)
		return
	}
	marks := t.glyphs.eventMarks()
	start, _ := ax.span(firstDate(city))
	for x := start; x < ax.width; x++ {
		c.put(x0+x, y, marks.line, lineInk)
	}
	// The less precise first, so that a precise date drawn on the same
	// column stays in view.
	for _, p := range []model.Precision{model.YearOnly, model.MonthOnly, model.Day} {
		for _, e := range city.Events {
			if e.Date.Precision != p {
				continue
			}
			from, to := ax.span(e.Date)
			for x := from; x <= to; x++ {
				c.put(x0+x, y, marks.of(p), markInk)
			}
		}
	}
}

// drawFoot writes the legend of the marks and the selected city's events
// in words on the last two lines from y.
func (t timeline) drawFoot(c *canvas, y int) {
	marks, names := t.glyphs.eventMarks(), words[t.lang].precisions
	legend := marks.day + " " + names[0] + "  " + marks.month + " " + names[1] + "  " + marks.year + " " + names[2]
	c.put(0, y, legend, inkDim)
	if t.sel < 0 {
		return
	}
	city := t.partners[t.rows[t.sel]]
	events := []string{model.FormatDate(model.Date{}, t.lang)}
	if len(city.Events) > 0 {
		events = events[:0]
	}
	for _, e := range city.Events {
		events = append(events, model.FormatDate(e.Date, t.lang)+" — "+e.Kind.Label(t.lang))
	}
	text := t.glyphs.text(sanitize(city.Name.In(t.lang) + ": " + strings.Join(events, " · ")))
	c.put(0, y+1, ansi.Truncate(text, t.width, "…"), inkSelected)
}
