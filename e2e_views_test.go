package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The map, the timeline and the list's order, as a new visitor meets
// them at 80×24.

// cities are the home city and the partners as the map names them.
var cities = append([]string{"Ruse"}, partners...)

func TestMapShowsTheTenCities(t *testing.T) {
	s := start(t, 80, 24, "--lang", "en")
	s.waitShows("EN · 9 of 9", "[Page]")
	s.keys("m")
	got := s.waitShows(append([]string{"[Map]", "◉ Saint-Ouen — 1888 km west-northwest of Ruse"}, cities...)...)
	if n := strings.Count(got, "◉"); n != 2 {
		t.Errorf("%d selected markers (and the caption's), want 2:\n%s", n, got)
	}
	// The list goes on choosing; the map follows.
	s.keys("j")
	s.waitShows("> Peristeri", "◉ Peristeri — 676 km south-southwest of Ruse")
	s.keys("q")
	s.restored()
}

func TestTimelineShowsTheYears(t *testing.T) {
	s := start(t, 80, 24, "--lang", "en")
	s.waitShows("EN · 9 of 9")
	s.keys("t")
	got := s.waitShows("[Timeline]", "1961", "2011", "Bijeljina  date not given", "● day")
	for _, l := range strings.Split(got, "\n") {
		if strings.Contains(l, "1961") && strings.Contains(l, "2011") {
			if i, j := strings.Index(l, "1961"), strings.Index(l, "2011"); i > j {
				t.Errorf("2011 before 1961: %q", l)
			}
			return
		}
	}
	t.Errorf("no axis from 1961 to 2011:\n%s", got)
}

func TestSortReordersTheList(t *testing.T) {
	s := start(t, 80, 24, "--lang", "en")
	s.waitShows("EN · 9 of 9", "> Saint-Ouen")
	s.keys("s")
	got := s.waitShows("by name · EN · 9 of 9", "> Saint-Ouen")
	if !inOrder(got, "Bijeljina", "Giurgiu", "Huainan", "Peristeri", "Saint-Ouen") {
		t.Errorf("not by name:\n%s", got)
	}
	s.keys("s")
	got = s.waitShows("by year · EN")
	if !inOrder(got, "Saint-Ouen", "Peristeri", "Simferopol", "Huainan", "Volgograd") {
		t.Errorf("not by year:\n%s", got)
	}
	s.keys("s")
	got = s.waitShows("by distance · EN")
	if !inOrder(got, "Giurgiu", "Bijeljina", "Simferopol", "Újbuda") {
		t.Errorf("not by distance:\n%s", got)
	}
	s.keys("q")
	s.restored()
}

// inOrder reports whether the names appear on the screen in this order.
func inOrder(screen string, names ...string) bool {
	at := 0
	for _, n := range names {
		i := strings.Index(screen[at:], n)
		if i < 0 {
			return false
		}
		at += i + len(n)
	}
	return true
}

func TestKioskViewsByMouse(t *testing.T) {
	s := start(t, 80, 24, kioskArgs...)
	got := s.waitShows("Type a city's name", "[Page]", "f4 map")
	s.click(got, "Map")
	got = s.waitShows("[Map]", "◉ Saint-Ouen")
	// Trogir's name on the map, right of the list.
	s.clickRight(got, "Trogir", 30)
	s.waitShows("> Trogir", "◉ Trogir — 781 km west of Ruse")
	s.click(got, "Timeline")
	s.waitShows("[Timeline]", "1961", "Trogir: January 2011")
	s.click(got, "Page")
	s.waitShows("[Page]", "Split-Dalmatia")
	s.keys("F12")
	s.restored()
}

// click clicks with the left button on the first cell of text on the
// screen, as a terminal reports it (SGR mouse: ESC [ < 0 ; column ; row M,
// counted from 1, then the release). tmux passes a mouse report on only
// once the program has asked for them, which it may do just after its
// first frame: the click waits for that.
func (s *screen) click(screen, text string) { s.clickRight(screen, text, 0) }

// clickRight clicks on text where it is first found right of column from.
func (s *screen) clickRight(screen, text string, from int) {
	s.t.Helper()
	s.waitMouse()
	for y, l := range strings.Split(screen, "\n") {
		r := []rune(l)
		if from > len(r) {
			continue
		}
		if i := strings.Index(string(r[from:]), text); i >= 0 {
			x := from + len([]rune(string(r[from:])[:i]))
			for _, end := range "Mm" {
				s.typeText(fmt.Sprintf("\x1b[<0;%d;%d%c", x+1, y+1, end))
			}
			return
		}
	}
	s.t.Fatalf("no %q on the screen:\n%s", text, screen)
}

// waitMouse waits until the program has asked for mouse reports, which
// tmux passes on only then.
func (s *screen) waitMouse() {
	s.t.Helper()
	deadline := time.Now().Add(patience)
	for strings.TrimSpace(s.tmux("display-message", "-p", "#{mouse_sgr_flag}")) != "1" {
		if time.Now().After(deadline) {
			s.t.Fatal("the program never asked for the mouse")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// wheel turns the mouse wheel a notch, down or up, over cell (x, y), as
// a terminal reports it (SGR: button 65 down, 64 up; no release).
func (s *screen) wheel(x, y int, down bool) {
	s.t.Helper()
	s.waitMouse()
	button := 64
	if down {
		button = 65
	}
	s.typeText(fmt.Sprintf("\x1b[<%d;%d;%dM", button, x+1, y+1))
}

// TestWheelMovesTheList checks the wheel in the real terminal: over the
// list it chooses a city a notch, though every row is in view (80×24),
// and the page beside follows; over the page it scrolls the page; in
// the kiosk, whose list shows eight of nine, the rows follow the choice
// down to the last.
func TestWheelMovesTheList(t *testing.T) {
	s := start(t, 80, 24, "--lang", "en")
	s.waitShows("> Saint-Ouen", "↓ 0%")
	s.wheel(5, 10, true)
	s.wheel(5, 10, true)
	s.waitShows("> Simferopol", "Ruse and Simferopol")
	s.wheel(5, 10, false)
	s.waitShows("> Peristeri", "Native name: Περιστέρι")
	s.wheel(50, 10, true)
	s.waitFor("the page scrolled", func(got string) bool {
		return strings.Contains(got, "> Peristeri") && !strings.Contains(got, "↓ 0%") && strings.Contains(got, "%")
	})
	s.keys("q")
	s.restored()

	k := start(t, 80, 24, kioskArgs...)
	k.waitShows("> Saint-Ouen", "↓ 1 more")
	for range 8 {
		k.wheel(5, 10, true)
	}
	k.waitShows("> Bijeljina", "↑ 1 more")
	k.keys("F12")
	k.restored()
}
