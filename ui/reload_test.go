package ui

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// edited returns the fixture with Trogir's description changed and the
// partners in another order.
func edited(desc string) model.Dataset {
	ds := fixture()
	for i := range ds.Partners {
		if ds.Partners[i].ID == "trogir" {
			ds.Partners[i].Description = model.Text{BG: desc, EN: desc}
		}
	}
	slices.Reverse(ds.Partners)
	return ds
}

// dataOf returns the message that brings dataset ds.
func dataOf(ds model.Dataset) DataMsg {
	return DataMsg{Dataset: ds, Searcher: fakeSearcher{ds.Partners}}
}

// TestNewDataKeepsTheCity checks that a new dataset is shown at once, with
// the same city selected (by id: the order changed) and the query kept.
func TestNewDataKeepsTheCity(t *testing.T) {
	m := press(newTest(t, model.EN, 100, 30), "/", "t", "r", "enter")
	if selected(t, m) != "trogir" {
		t.Fatalf("selected %s", selected(t, m))
	}
	m = send(m, dataOf(edited("An edited lead.")))
	if selected(t, m) != "trogir" || m.search.query() != "tr" {
		t.Fatalf("after new data: selected %s, query %q", selected(t, m), m.search.query())
	}
	if view := m.View(); !strings.Contains(view, "An edited lead.") || strings.Contains(view, "On the Adriatic.") {
		t.Errorf("the page does not show the new data:\n%s", view)
	}
	// The whole list is the new one: every city, in its new order.
	m = press(m, "esc")
	if got := ids(m); got[0] != "simferopol" || len(got) != 9 || selected(t, m) != "trogir" {
		t.Errorf("after esc: %v, selected %s", got, selected(t, m))
	}
}

// TestNewDataKeepsThePlace checks that the reader stays where they were on
// the page of the city shown when its data changes.
func TestNewDataKeepsThePlace(t *testing.T) {
	m := press(newTest(t, model.EN, 80, 24), "enter", "pgdown")
	before := pageOf(m).vp.YOffset
	if before == 0 {
		t.Fatal("pgdown did not scroll")
	}
	m = send(m, dataOf(fixture()))
	if after := pageOf(m).vp.YOffset; after != before {
		t.Errorf("scrolled to %d after new data, was at %d", after, before)
	}
}

// TestBadDataKeepsTheLastGood checks that an edit that broke the data
// leaves the last good data on the screen, with one line under the header
// that names the problem's file and line, and that the next good edit
// takes the line away.
func TestBadDataKeepsTheLastGood(t *testing.T) {
	for _, lang := range model.Langs {
		m := press(newTest(t, lang, 80, 24), "j")
		bodyH := m.geo.bodyH
		problems := errors.New("/tmp/cities/trogir.yaml:12: unknown key \"colour\"\n/tmp/cities/trogir.yaml:20: missing id\n/tmp/cities/ujbuda.yaml:3: bad")
		m = send(m, DataMsg{Err: problems})
		view := m.View()
		checkScreen(t, view, 80, 24)
		lines := strings.Split(view, "\n")
		want := map[model.Lang]string{
			model.EN: "Edit not shown: /tmp/cities/trogir.yaml:12: unknown key \"colour\" (and 2 more)",
			model.BG: "Промяната не е показана: /tmp/cities/trogir.yaml:12: unknown key \"colour\" (и още 2)",
		}[lang]
		if m.problem != want {
			t.Errorf("%s: the problem is %q, want %q", lang.Code(), m.problem, want)
		}
		// Cut to 80 columns, the line still names the file and the line.
		if !strings.Contains(lines[1], "trogir.yaml:12: unknown key") {
			t.Errorf("%s: the line under the header is %q", lang.Code(), lines[1])
		}
		if m.geo.bodyH != bodyH-1 {
			t.Errorf("%s: the panes are %d high, want %d: the line takes one", lang.Code(), m.geo.bodyH, bodyH-1)
		}
		if selected(t, m) != "giurgiu" || !strings.Contains(view, "Giurgiu") && !strings.Contains(view, "Гюргево") {
			t.Errorf("%s: the last good data is gone:\n%s", lang.Code(), view)
		}
		m = send(m, dataOf(fixture()))
		if m.problem != "" || m.geo.bodyH != bodyH {
			t.Errorf("%s: good data did not take the line away: %q", lang.Code(), m.problem)
		}
	}
	m := resize(newTest(t, model.EN, 80, 24), 200, 10)
	m = send(m, DataMsg{Err: errors.New(strings.Repeat("x", 500) + "\x1b[31m")})
	checkScreen(t, m.View(), 200, 10)
}

// TestKioskTakesNewData checks that a kiosk passes new data to its
// browser: a screen in a hall shows the content keeper's edit too.
func TestKioskTakesNewData(t *testing.T) {
	k := newKioskTest(t, model.EN, 80, 24, kiosk.Config{})
	if m := k.after(typed("tro")...); selected(t, m) != "trogir" {
		t.Fatalf("tro: selected %s", selected(t, m))
	}
	m := k.after(dataOf(edited("An edited lead.")))
	if selected(t, m) != "trogir" || !strings.Contains(m.View(), "An edited lead.") {
		t.Errorf("the kiosk's browser did not take the new data:\n%s", m.View())
	}
	m = k.after(DataMsg{Err: errors.New("trogir.yaml:3: bad")})
	if !strings.Contains(m.View(), "Edit not shown: trogir.yaml:3: bad") {
		t.Errorf("the kiosk does not show the problem:\n%s", m.View())
	}
}
