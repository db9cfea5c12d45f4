package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/data/synth"
	"github.com/ruse-twins/ruse-twins/model"
)

// mapSizes are the screens the map is judged on.
var mapSizes = [][2]int{{80, 24}, {120, 36}, {200, 60}}

// mapOf returns the map view of m.
func mapOf(m Model) worldMap { return m.views[mapView].(worldMap) }

// planAt lays out the map of ds as the browser does on a screen of
// width×height.
func planAt(t *testing.T, ds model.Dataset, lang model.Lang, look Look, width, height int) (*mapPlan, Model) {
	t.Helper()
	m := resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: lang, Look: look}), width, height)
	m = play(m, keys("m")...)
	return mapOf(m).plan, m
}

// TestLabelsDoNotOverlap lays out the shipped data and a thousand
// synthetic partners at every size in both languages and glyph sets, and
// checks every label against every other and against every marker: no
// cell is two things. The shipped cities are all named, none numbered.
func TestLabelsDoNotOverlap(t *testing.T) {
	shipped, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	datasets := map[string]model.Dataset{
		"shipped": shipped,
		"synth1k": {Home: synth.Home(), Partners: synth.Cities(1000)},
	}
	for name, ds := range datasets {
		for _, size := range mapSizes {
			for _, look := range []Look{plainLook(), consoleLook()} {
				for _, lang := range model.Langs {
					label := fmt.Sprintf("%s %dx%d %s console=%v", name, size[0], size[1], lang.Code(), look.Console)
					p, _ := planAt(t, ds, lang, look, size[0], size[1])
					checkPlan(t, label, p)
					if name == "shipped" {
						checkAllNamed(t, label, p)
					}
				}
			}
		}
	}
}

// checkPlan fails when two labels share a cell, a label covers a
// marker or a break, or a label leaves the canvas.
func checkPlan(t *testing.T, label string, p *mapPlan) {
	t.Helper()
	owner := map[[2]int]string{}
	for i, s := range p.spots {
		owner[[2]int{s.x, s.y}] = fmt.Sprintf("marker %d", i)
	}
	for _, x := range p.proj.breaks() {
		for y := range p.rows {
			owner[[2]int{x, y}] = "the break"
		}
	}
	for _, tg := range p.tags {
		if tg.x < 0 || tg.y < 0 || tg.x+tg.w > p.width || tg.y >= p.rows {
			t.Errorf("%s: label %q at %d,%d leaves the %dx%d canvas", label, tg.text, tg.x, tg.y, p.width, p.rows)
		}
		for x := tg.x; x < tg.x+tg.w; x++ {
			c := [2]int{x, tg.y}
			if o, taken := owner[c]; taken {
				t.Errorf("%s: label %q covers %s at %v", label, tg.text, o, c)
			}
			owner[c] = fmt.Sprintf("label %q", tg.text)
		}
	}
}

// checkAllNamed fails unless every city has its name on the map, and a
// marker of its own.
func checkAllNamed(t *testing.T, label string, p *mapPlan) {
	t.Helper()
	cells := map[[2]int]int{}
	for i, s := range p.spots {
		if j, ok := cells[[2]int{s.x, s.y}]; ok {
			t.Errorf("%s: %s and %s share a marker", label, p.spots[j].name, s.name)
		}
		cells[[2]int{s.x, s.y}] = i
		if tg := p.tagOf[i]; tg < 0 || p.tags[tg].number {
			t.Errorf("%s: %s is not named on the map (legend %v)", label, s.name, p.legend)
		}
	}
}

// TestMapShowsEveryCity: at 80×24 every name is on the screen, with the
// home city, the selected one's marker, and its distance and direction.
func TestMapShowsEveryCity(t *testing.T) {
	shipped, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range model.Langs {
		_, m := planAt(t, shipped, lang, plainLook(), 80, 24)
		m = play(m, keys("j", "j", "j")...) // Huainan
		v := m.View()
		for _, c := range cities(shipped.Home, shipped.Partners) {
			if !strings.Contains(v, c.Name.In(lang)) {
				t.Errorf("%s: %s is not on the map:\n%s", lang.Code(), c.Name.In(lang), v)
			}
		}
		want := map[model.Lang]string{model.EN: "◉ Huainan — 7645 km east-northeast of Ruse", model.BG: "◉ Хуай Нан — 7645 км на изток-североизток"}[lang]
		if !strings.Contains(v, want) || strings.Count(v, "◉") != 2 {
			t.Errorf("%s: no selected marker and caption %q:\n%s", lang.Code(), want, v)
		}
	}
}

// TestMapTrail: the great circle from home to the selected city is drawn
// (dots between them), and none with no city selected.
func TestMapTrail(t *testing.T) {
	m := play(newTest(t, model.EN, 120, 36), keys("m")...)
	if n := strings.Count(m.View(), "·"); n < 10 {
		t.Errorf("the trail to Saint-Ouen has %d dots", n)
	}
	p := mapOf(m).plan
	if c := p.draw(0, mapOf(m).all, glyphs{}); strings.Contains(c.render(&plainLook().styles().inks), "·") {
		t.Error("a trail with no city selected")
	}
	// Giurgiu, across the Danube: no room for a trail, and a marker of
	// its own beside Ruse's.
	m = play(m, keys("j")...)
	home, giurgiu := p.spots[0], p.spots[2]
	if d := max(abs(float64(home.x-giurgiu.x)), abs(float64(home.y-giurgiu.y))); d != 1 {
		t.Errorf("Giurgiu's marker is %v cells from Ruse's", d)
	}
	if !strings.Contains(m.View(), "◉ Giurgiu — 4 km north of Ruse") {
		t.Errorf("no caption for Giurgiu:\n%s", m.View())
	}
}

// TestMapClick: a click on a marker, or on a name, selects its city in
// the list; a click on the sea selects nothing.
func TestMapClick(t *testing.T) {
	m := play(newTest(t, model.EN, 120, 36), keys("m")...)
	p := mapOf(m).plan
	x0, y0 := m.sideX(), m.geo.bodyTop+m.styles.Pane.GetBorderTopSize()
	trogir := p.spots[7] // home, then the fixture's partners
	m = play(m, click(x0+trogir.x, y0+trogir.y))
	if got := chosen(t, m); got != "trogir" {
		t.Fatalf("a click on Trogir's marker selected %s", got)
	}
	tg := p.tags[p.tagOf[5]] // Huainan's name
	m = play(m, click(x0+tg.x+tg.w-1, y0+tg.y))
	if got := chosen(t, m); got != "huainan" {
		t.Fatalf("a click on Huainan's name selected %s", got)
	}
	if !strings.Contains(m.View(), "◉ Huainan") {
		t.Errorf("the map does not show Huainan selected:\n%s", m.View())
	}
	m = play(m, click(x0, y0+p.rows-1))
	if got := chosen(t, m); got != "huainan" {
		t.Errorf("a click on the sea selected %s", got)
	}
}

// TestMapClickClearsFilter: a city the query filters out is listed again
// when the map selects it.
func TestMapClickClearsFilter(t *testing.T) {
	m := play(newTest(t, model.EN, 120, 36), keys("/", "t", "r", "o", "enter", "m")...)
	if m.list.len() != 1 {
		t.Fatalf("the query lists %d cities", m.list.len())
	}
	p := mapOf(m).plan
	x0, y0 := m.sideX(), m.geo.bodyTop+m.styles.Pane.GetBorderTopSize()
	m = play(m, click(x0+p.spots[1].x, y0+p.spots[1].y))
	if got := chosen(t, m); got != "saint-ouen" || m.list.len() != 9 || m.search.query() != "" {
		t.Errorf("selected %s, %d listed, query %q", got, m.list.len(), m.search.query())
	}
}

// TestMapArrows: with the map's keyboard, the arrows go to the nearest
// city that way.
func TestMapArrows(t *testing.T) {
	m := play(newTest(t, model.EN, 120, 36), keys("m", "tab")...)
	for _, step := range []struct{ key, want string }{
		{"right", "ujbuda"}, {"down", "bijeljina"}, {"right", "giurgiu"}, {"right", "simferopol"},
		{"up", "volgograd"}, {"right", "huainan"}, {"right", "huainan"}, {"left", "peristeri"},
	} {
		m = play(m, keyMsg(step.key))
		if got := chosen(t, m); got != step.want {
			t.Fatalf("after %s: %s, want %s", step.key, got, step.want)
		}
	}
	if h := m.help.FullHelpView(m.FullHelp()); !strings.Contains(h, "west") || !strings.Contains(h, "↑/k north") || !strings.Contains(h, "→") {
		t.Errorf("the help does not name the arrows:\n%s", h)
	}
}

// TestMapDrawnOnlyWhenShown: the map is laid out (and its coastlines
// read) only once it is shown.
func TestMapDrawnOnlyWhenShown(t *testing.T) {
	m := newTest(t, model.EN, 80, 24)
	if mapOf(m).plan != nil {
		t.Fatal("the map was laid out before it was shown")
	}
	if mapOf(play(m, keys("m")...)).plan == nil {
		t.Fatal("the map was not laid out when shown")
	}
}

// TestMapCredit: the coastlines' source is named under the map and in
// the full help.
func TestMapCredit(t *testing.T) {
	m := play(newTest(t, model.EN, 120, 40), keys("m")...)
	if !strings.Contains(m.View(), "Natural Earth") {
		t.Error("no credit under the map")
	}
	if h := play(m, keys("?")...).View(); !strings.Contains(h, "Natural Earth (public domain)") {
		t.Errorf("no credit in the full help:\n%s", h)
	}
}

// TestProjectionFrames: the shipped cities make two frames, Europe's
// wide and China's narrow, at one scale; a dataset spread over the world
// makes one.
func TestProjectionFrames(t *testing.T) {
	ds := fixture()
	var points []model.Coordinates
	for _, c := range cities(ds.Home, ds.Partners) {
		points = append(points, c.Coordinates)
	}
	p := newProjection(points, 76, 32)
	if len(p.frames) != 2 || p.frames[0].cols <= 3*p.frames[1].cols {
		t.Fatalf("frames %+v", p.frames)
	}
	for _, c := range points {
		x, y, ok := p.place(c)
		if !ok || x < 0 || x >= 76 || y < 0 || y >= 32 {
			t.Errorf("%v falls at %.1f,%.1f (in a frame: %v)", c, x, y, ok)
		}
	}
	var world []model.Coordinates
	for _, c := range synth.Cities(1000) {
		world = append(world, c.Coordinates)
	}
	if p := newProjection(world, 76, 32); len(p.frames) != 1 {
		t.Errorf("the world in %d frames", len(p.frames))
	}
}
