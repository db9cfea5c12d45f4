package ui

import (
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// TestKioskViews: in the kiosk, where letters type, the function keys
// show the views and the help bar names them; the tabs in the header
// show them to a mouse; a click on the map selects a city; and home is
// the page again.
func TestKioskViews(t *testing.T) {
	k := newKioskTest(t, model.EN, 80, 24, kiosk.Config{})
	bar := footer(k.browser())
	for _, want := range []string{"f4 map", "f5 timeline"} {
		if !strings.Contains(bar, want) {
			t.Errorf("the kiosk's help bar lacks %q: %q", want, bar)
		}
	}
	if m := k.after(keyOf(t, "f4")); m.view != mapView || m.focus != focusSearch {
		t.Fatalf("f4: view %d, focus %v", m.view, m.focus)
	}
	if m := k.after(keyOf(t, "f5")); m.view != timelineView {
		t.Fatalf("f5: view %d", m.view)
	}
	// Letters still type: m and t are no keys here.
	if m := k.after(typed("mt")...); m.search.query() != "mt" || m.view != timelineView {
		t.Fatalf("typing mt: query %q, view %d", m.search.query(), m.view)
	}
	m := k.after(keyOf(t, "esc"), keyOf(t, "f3"))
	if m.view != pageView {
		t.Fatalf("f3: view %d", m.view)
	}
	for _, v := range []viewID{mapView, timelineView, pageView, mapView} {
		s := m.geo.tabs[v]
		if m = k.after(click(s[0], 0)); m.view != v {
			t.Fatalf("a click on tab %d shows view %d", v, m.view)
		}
	}
	// A click on Trogir's marker, and the selection it sends back.
	p := mapOf(m).plan
	trogir := p.spots[7]
	cmd := k.send(click(m.sideX()+trogir.x, m.geo.bodyTop+m.styles.Pane.GetBorderTopSize()+trogir.y))
	for _, msg := range results(cmd) {
		k.send(msg)
	}
	if m = k.browser(); chosen(t, m) != "trogir" || !strings.Contains(m.View(), "◉ Trogir") {
		t.Fatalf("a click on Trogir's marker: %s selected\n%s", chosen(t, m), m.View())
	}
	// The click gave the map the arrows, which choose a city there.
	if bar := footer(m); m.focus != focusSide || !strings.Contains(bar, "↑/↓ choose") || strings.Contains(bar, "scroll") {
		t.Errorf("on the map: focus %v, help bar %q", m.focus, bar)
	}
	if m = m.Home(); m.view != pageView || !m.AtHome() {
		t.Errorf("home: view %d, at home %v", m.view, m.AtHome())
	}
}

// TestHomeIsThePage: away from home on the map or the timeline, sorted,
// the browser is not at home; Home returns to the page, in the dataset's
// order.
func TestHomeIsThePage(t *testing.T) {
	for _, keys := range [][]string{{"m"}, {"t"}, {"s"}, {"t", "tab", "j"}} {
		m := press(newTest(t, model.EN, 80, 24), keys...)
		if m.AtHome() {
			t.Errorf("at home after %v", keys)
		}
		if m = m.Home(); !m.AtHome() || m.view != pageView || m.order != byDataset {
			t.Errorf("Home after %v: view %d, order %v", keys, m.view, m.order)
		}
	}
}
