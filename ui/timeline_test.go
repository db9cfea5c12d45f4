package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
)

// timelineOf returns the timeline view of m.
func timelineOf(m Model) timeline { return m.views[timelineView].(timeline) }

// TestTimelineYears: the axis runs from the data's first year to its
// last, labelled in order, and another dataset has another axis.
func TestTimelineYears(t *testing.T) {
	v := play(newTest(t, model.EN, 120, 36), keys("t")...).View()
	years := yearsOn(v)
	if len(years) < 4 || years[0] != "1961" || years[len(years)-1] != "2011" || !slices.IsSorted(years) {
		t.Errorf("the axis reads %v:\n%s", years, v)
	}
	ds := fixture()
	ds.Partners = ds.Partners[:2] // Saint-Ouen, 1961, and Giurgiu, 2002
	m := resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: plainLook()}), 120, 36)
	if years := yearsOn(play(m, keys("t")...).View()); years[0] != "1961" || years[len(years)-1] != "2002" {
		t.Errorf("the axis of 1961 and 2002 reads %v", years)
	}
}

// yearsOn returns the years on the timeline's first line: the third of
// the screen, in the pane right of the list.
func yearsOn(view string) []string {
	panes := strings.FieldsFunc(strings.Split(view, "\n")[2], func(r rune) bool { return r == '│' || r == '┃' })
	line := panes[len(panes)-1]
	var years []string
	for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(f) == 4 {
			years = append(years, f)
		}
	}
	return years
}

// TestTimelineRows: a row a city, in the order the partnerships began,
// each event in the mark of its precision, and Bijeljina apart, saying
// that it has no date.
func TestTimelineRows(t *testing.T) {
	m := play(newTest(t, model.EN, 120, 36), keys("t")...)
	var names []string
	tl := timelineOf(m)
	for _, r := range tl.rows {
		names = append(names, tl.partners[r].ID)
	}
	want := []string{"saint-ouen", "peristeri", "simferopol", "huainan", "volgograd", "giurgiu", "ujbuda", "trogir", "bijeljina"}
	if !slices.Equal(names, want) {
		t.Errorf("rows %v, want %v", names, want)
	}
	lines := strings.Split(m.View(), "\n")
	side := func(l string) string { return l[strings.LastIndex(l, "┃")+len("┃"):] }
	row := func(name string) string {
		for _, l := range lines {
			if strings.Contains(side(l), " "+name+" ") {
				return side(l)
			}
		}
		t.Fatalf("no row for %s:\n%s", name, m.View())
		return ""
	}
	for name, marks := range map[string]string{
		"Saint-Ouen": "●", "Peristeri": "○◐", "Simferopol": "○●", "Volgograd": "○", "Trogir": "◐",
	} {
		got := strings.Map(func(r rune) rune {
			if strings.ContainsRune("●◐○", r) {
				return r
			}
			return -1
		}, row(name)[strings.Index(row(name), name):])
		if got := dedupe(got); got != marks {
			t.Errorf("%s's marks: %q, want %q", name, got, marks)
		}
	}
	b := row("Bijeljina")
	if !strings.Contains(b, "date not given") || strings.ContainsAny(b, "●◐○─") {
		t.Errorf("Bijeljina's row: %q", b)
	}
	// Apart: a blank line between it and the last dated row, more than
	// between the dated rows.
	gap := func(name string) int {
		for i, l := range lines {
			if strings.Contains(side(l), " "+name+" ") {
				n := 1
				for ; strings.Trim(side(lines[i-n]), " │") == ""; n++ {
				}
				return n
			}
		}
		return 0
	}
	if b, d := gap("Bijeljina"), gap("Trogir"); b <= d {
		t.Errorf("Bijeljina is %d lines under the last dated row, as far as the dated rows are apart (%d):\n%s", b, d, m.View())
	}
	if !strings.Contains(m.View(), "● day  ◐ month  ○ year") {
		t.Error("no legend of the marks")
	}
}

// dedupe drops a mark repeated next to itself (a year spans columns).
func dedupe(s string) string {
	var out []rune
	for _, r := range s {
		if len(out) == 0 || out[len(out)-1] != r {
			out = append(out, r)
		}
	}
	return string(out)
}

// TestTimelineSelection: moving on the timeline selects the city in the
// list, moving in the list moves the timeline's highlight, and a click
// on a row selects its city.
func TestTimelineSelection(t *testing.T) {
	m := play(newTest(t, model.EN, 120, 36), keys("t", "tab")...)
	for _, step := range []struct{ key, want string }{
		{"j", "peristeri"}, {"j", "simferopol"}, {"k", "peristeri"}, {"G", "bijeljina"}, {"g", "saint-ouen"},
	} {
		m = play(m, keys(step.key)...)
		if got := chosen(t, m); got != step.want {
			t.Fatalf("after %s on the timeline: %s, want %s", step.key, got, step.want)
		}
		if m.list.selected() != step.want {
			t.Fatalf("the list does not follow the timeline")
		}
	}
	m = play(m, keys("tab", "j")...) // in the list: Giurgiu
	if v := m.View(); !strings.Contains(v, "> Giurgiu ") || !strings.Contains(v, "Giurgiu: 9 May 2002") {
		t.Errorf("the timeline does not follow the list:\n%s", v)
	}
	tl := timelineOf(m)
	y0 := m.geo.bodyTop + m.styles.Pane.GetBorderTopSize()
	m = play(m, click(m.sideX()+2, y0+timelineHead+tl.lineOf(slices.Index(tl.rows, 4)))) // Huainan's row
	if got := chosen(t, m); got != "huainan" {
		t.Errorf("a click on Huainan's row selected %s", got)
	}
}

// TestTimelineScrolls: rows that do not fit scroll, following the
// selection, under the axis, which stays.
func TestTimelineScrolls(t *testing.T) {
	m := play(newTest(t, model.EN, 80, 12), keys("t", "tab", "G")...)
	v := m.View()
	if !strings.Contains(v, "> Bijeljina") || !strings.Contains(v, "1961") {
		t.Errorf("the last row is not in view under the axis:\n%s", v)
	}
	if m = play(m, keys("g")...); !timelineOf(m).atTop() {
		t.Error("g does not scroll back to the top")
	}
}
