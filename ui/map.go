package ui

import (
	"math"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/atlas"
)

// worldMap is the view of the home city and its partners on a map of the
// coasts: each with a marker and its name, the selected one highlighted
// with the great circle to it from home, and its distance and direction
// under the map. Arrows choose the nearest city that way, and a click on
// a marker or a name selects that city. The coastlines are decoded the
// first time a map is drawn, not before.
type worldMap struct {
	all    []model.City // the home city, then the partners
	inks   *inks        // the styles' own
	glyphs glyphs
	st     *Styles
	width  int
	height int
	lang   model.Lang
	sel    int      // the selected city's index in all; 0 (home) for none
	plan   *mapPlan // the layout at the size and language last drawn
	out    string   // the view as last drawn
	drawn  mapDrawn // what out shows
}

// mapDrawn is what a map was drawn for.
type mapDrawn struct {
	width, height, sel int
	lang               model.Lang
}

// newWorldMap returns the map of ds, drawn with st and glyphs g.
func newWorldMap(ds model.Dataset, st *Styles, g glyphs) worldMap {
	return worldMap{all: cities(ds.Home, ds.Partners), inks: &st.inks, glyphs: g, st: st}
}

// show implements sideView.
func (v worldMap) show(c model.City, lang model.Lang) sideView {
	v.lang, v.sel = lang, 0
	for i, o := range v.all[1:] {
		if o.ID == c.ID && c.ID != "" {
			v.sel = i + 1
			break
		}
	}
	return v.refresh()
}

// setSize implements sideView.
func (v worldMap) setSize(width, height int) sideView {
	v.width, v.height = max(width, 0), max(height, 0)
	return v.refresh()
}

// refresh lays the map out again when its size or language has changed,
// and draws it again when anything has.
func (v worldMap) refresh() worldMap {
	want := mapDrawn{v.width, v.height, v.sel, v.lang}
	if want == v.drawn || v.width == 0 || v.height == 0 {
		return v
	}
	if v.plan == nil || v.drawn.width != v.width || v.drawn.height != v.height || v.drawn.lang != v.lang {
		v.plan = newMapPlan(v.all, atlas.Land(), v.width, v.height, v.lang, v.glyphs)
	}
	v.drawn = want
	v.out = v.draw()
	return v
}

// draw assembles the view: the canvas, the caption and the legend.
func (v worldMap) draw() string {
	p := v.plan
	var lines []string
	if p.rows >= minMapRows {
		lines = append(lines, p.draw(v.sel, v.all, v.glyphs).render(v.inks))
	}
	sel := model.City{}
	if v.sel > 0 {
		sel = v.all[v.sel]
	}
	line := caption(v.all[0], sel, v.lang, v.glyphs, v.width)
	capInk := inkSelected
	if sel.ID == "" {
		capInk = inkDim
	}
	legend := legendView(p.legend, v.width, p.legendLines)
	if len(legend) == 0 && p.rows+2 <= v.height {
		// A line is spare (the map that left room for a legend needed
		// none): the credit goes there.
		lines = append(lines, v.inks[capInk].Render(line), v.captionLine(""))
	} else {
		lines = append(lines, v.captionLine(v.inks[capInk].Render(line)))
	}
	for _, l := range legend {
		lines = append(lines, v.inks[inkDim].Render(l))
	}
	return fit(strings.Join(lines, "\n"), v.width, v.height)
}

// captionLine is the caption with the map's credit at the right, when
// both fit.
func (v worldMap) captionLine(line string) string {
	credit := v.inks[inkDim].Render(words[v.lang].mapCredit)
	gap := v.width - lipgloss.Width(line) - lipgloss.Width(credit)
	if gap < 2 {
		return line
	}
	return line + strings.Repeat(" ", gap) + credit
}

// view implements sideView.
func (v worldMap) view() string {
	if v.width == 0 || v.height == 0 {
		return ""
	}
	return v.out
}

// update implements sideView: the arrows choose the nearest city in
// their direction, and a click selects the city under the pointer.
func (v worldMap) update(msg tea.Msg, k KeyMap) (sideView, tea.Cmd) {
	if v.plan == nil {
		return v, nil
	}
	switch msg := msg.(type) {
	case tea.KeyMsg:
		dirs := []struct {
			b      key.Binding
			dx, dy float64
		}{{k.Up, 0, -1}, {k.Down, 0, 1}, {k.Left, -1, 0}, {k.Right, 1, 0}}
		for _, d := range dirs {
			if key.Matches(msg, d.b) {
				if i, ok := v.toward(d.dx, d.dy); ok {
					return v, selectCity(v.all[i].ID)
				}
			}
		}
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress && msg.Button == tea.MouseButtonLeft {
			if i, ok := v.plan.at(msg.X, msg.Y); ok && i > 0 {
				return v, selectCity(v.all[i].ID)
			}
		}
	}
	return v, nil
}

// toward returns the partner nearest the selected city (or home) in the
// direction (dx, dy) on the screen: of those that lie that way, the one
// least far along it and least off to the side.
func (v worldMap) toward(dx, dy float64) (int, bool) {
	from := v.plan.spots[v.sel]
	best, at := math.Inf(1), 0
	for i, s := range v.plan.spots[1:] {
		// Rows are about twice as tall as columns are wide.
		ex, ey := s.fx-from.fx, 2*(s.fy-from.fy)
		along, aside := ex*dx+ey*dy, abs(ex*dy-ey*dx)
		if along <= 0 || i+1 == v.sel {
			continue
		}
		if cost := along + 2*aside; cost < best {
			best, at = cost, i+1
		}
	}
	return at, at > 0
}

// help implements sideView.
func (v worldMap) help(k KeyMap) []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Left, k.Right}
}

// top implements sideView: a map has no place to return to.
func (v worldMap) top() sideView { return v }

// atTop implements sideView.
func (v worldMap) atTop() bool { return true }
