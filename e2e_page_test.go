package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// captureStyled returns the screen with its colours and attributes, as
// the escape sequences tmux would draw it with.
func (s *screen) captureStyled() string { return s.tmux("capture-pane", "-p", "-e") }

// sgrParams matches a Select Graphic Rendition sequence's parameters.
var sgrParams = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// attributes returns the parameters of every SGR sequence on a line.
func attributes(line string) []string {
	var out []string
	for _, m := range sgrParams.FindAllStringSubmatch(line, -1) {
		out = append(out, strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' })...)
	}
	return out
}

// colour reports whether SGR parameters set a colour.
func colour(params []string) bool {
	for _, p := range params {
		if len(p) == 2 && (p[0] == '3' || p[0] == '4' || p[0] == '9') && p[1] != '9' || len(p) == 3 && p[:2] == "10" {
			return true
		}
	}
	return false
}

// lineWith returns the first line of screen that contains text.
func lineWith(screen, text string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(sgrParams.ReplaceAllString(l, ""), text) {
			return l
		}
	}
	return ""
}

// checkNoMarkup fails if a screen shows markdown's marks: "**", or a line
// of a pane that starts with "#".
func checkNoMarkup(t *testing.T, screen string) {
	t.Helper()
	for i, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, "**") {
			t.Errorf("line %d shows **: %q", i, l)
		}
		for _, cell := range strings.FieldsFunc(l, func(r rune) bool { return strings.ContainsRune("│┃║", r) }) {
			if strings.HasPrefix(strings.TrimSpace(cell), "#") {
				t.Errorf("line %d has a heading's #: %q", i, l)
			}
		}
	}
}

// TestScreensWithoutColour checks the screens that have no colour or few:
// under NO_COLOR, and in screen and a VT100. None shows markdown's marks;
// the selected city is bold (or reversed) on every one; NO_COLOR and the
// VT100 get no colour, and screen gets its colours.
func TestScreensWithoutColour(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     []string
		colours bool
	}{
		{"NO_COLOR", []string{"NO_COLOR=1"}, false},
		{"screen", []string{"TERM=screen"}, true},
		{"screen-256color", []string{"TERM=screen-256color"}, true},
		{"vt100", []string{"TERM=vt100", "COLORTERM="}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := startEnv(t, tc.env, 100, 30, "--lang", "en", "--theme", "dark")
			s.waitShows("EN · 9 of 9", "Saint-Ouen", "Native name:", "Timeline")
			checkNoMarkup(t, s.capture())
			styled := s.captureStyled()
			selected := attributes(lineWith(styled, "> Saint-Ouen"))
			if !strings.Contains(" "+strings.Join(selected, " ")+" ", " 1 ") && !strings.Contains(" "+strings.Join(selected, " ")+" ", " 7 ") {
				t.Errorf("the selected city is neither bold nor reversed: %q", lineWith(styled, "> Saint-Ouen"))
			}
			heading := attributes(lineWith(styled, "Timeline"))
			if !strings.Contains(" "+strings.Join(heading, " ")+" ", " 1 ") {
				t.Errorf("the page's heading is not bold: %q", lineWith(styled, "Timeline"))
			}
			if got := colour(attributes(styled)); got != tc.colours {
				t.Errorf("colours on the screen: %v, want %v:\n%q", got, tc.colours, styled)
			}
			s.keys("q")
			s.restored()
		})
	}
}

// TestShowIntoAPipe checks that show's page into a pipe is plain text,
// even where the terminal around it has every colour.
func TestShowIntoAPipe(t *testing.T) {
	cmd := appCommand([]string{"TERM=xterm-256color", "COLORTERM=truecolor", "LANG=C.UTF-8"}, "show", "trogir", "--lang", "en")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("show trogir: %v", err)
	}
	if strings.Contains(string(out), "\x1b") {
		t.Errorf("escape sequences in a pipe:\n%q", out)
	}
	checkPlainText(t, string(out))

	// The same through cat, in a terminal.
	s := start(t, 100, 40, "show", "trogir", "--lang", "en", "|", "cat")
	got := s.waitShows("Trogir", "TIMELINE", "EXIT=0")
	checkNoMarkup(t, got)
	if a := attributes(s.captureStyled()); len(a) > 0 {
		t.Errorf("show | cat drew attributes %v:\n%s", a, got)
	}
}

// TestWatchShowsEdits checks --watch as a content keeper uses it: a save
// shows on the screen at once, on the city that was selected; a save that
// breaks the data leaves the last good page and names the file and line;
// the save that mends it takes the line away. In the browser and in the
// kiosk.
func TestWatchShowsEdits(t *testing.T) {
	for _, mode := range [][]string{nil, {"--kiosk"}} {
		name := "browser"
		if mode != nil {
			name = "kiosk"
		}
		t.Run(name, func(t *testing.T) {
			dir := shippedCopy(t, "cities")
			s := start(t, 100, 30, append(mode, "--lang", "en", "--data", dir, "--watch")...)
			s.waitShows("EN · 9 of 9")
			if mode == nil {
				s.keys("/")
			}
			s.typeText("trogir")
			s.waitShows("EN · 1 of 9", "> Trogir", "partners since 2011")

			edit(t, dir, "trogir.yaml", "Ruse and Trogir have been partners since 2011.", "A lead edited while the page is open.", false)
			s.waitShows("> Trogir", "A lead edited while the page is open.")

			edit(t, dir, "trogir.yaml", "kind: cooperation-agreement\nevents:", "kind: cooperation-agreement\ncolour: red\nevents:", true)
			got := s.waitShows("Edit not shown:", "trogir.yaml:")
			line := lineWith(got, "Edit not shown:")
			if !regexp.MustCompile(`trogir\.yaml:\d+: unknown key`).MatchString(line) {
				t.Errorf("the line does not name the file and line: %q", line)
			}
			if !strings.Contains(got, "A lead edited while the page is open.") || !strings.Contains(got, "> Trogir") {
				t.Errorf("the last good page is gone:\n%s", got)
			}

			edit(t, dir, "trogir.yaml", "colour: red\n", "", false)
			s.waitFor("the line to go", func(got string) bool { return !strings.Contains(got, "Edit not shown:") })

			if err := os.Remove(filepath.Join(dir, "trogir.yaml")); err != nil {
				t.Fatal(err)
			}
			s.waitShows(" of 8")
			s.signal(syscall.SIGTERM)
			s.waitShows("EXIT=")
		})
	}
}

// TestConsoleShowsWhatItsFontHas runs the kiosk and the browser under
// TERM=linux, whose fonts have Latin, Cyrillic and Greek: 淮南 typed in
// the query reads "Huai Nan", as Huainan's page writes its native name,
// which says it is transliterated; Περιστέρι stays Greek; and no Han
// character reaches the screen.
func TestConsoleShowsWhatItsFontHas(t *testing.T) {
	for _, args := range [][]string{{"--lang", "en"}, kioskArgs} {
		s := startEnv(t, []string{"TERM=linux"}, 80, 24, args...)
		s.waitShows("EN · 9 of 9", "╔")
		if args[0] != "--kiosk" {
			s.keys("/")
		}
		s.typeText("淮南")
		got := s.waitShows("Huai Nan", "> Huainan", "Native name: Huai Nan (Chinese,", "transliterated)")
		if !strings.Contains(got, "/ Huai Nan") && !strings.Contains(got, "» Huai Nan") {
			t.Errorf("%v: the query does not read Huai Nan:\n%s", args, got)
		}
		if strings.ContainsRune(got, '淮') || strings.ContainsRune(got, '南') {
			t.Errorf("%v: Han on the console:\n%s", args, got)
		}
		// Cleared, the query leaves Huainan chosen; Peristeri is two up.
		s.keys("Escape")
		s.waitShows("EN · 9 of 9")
		s.keys("Up", "Up")
		s.waitShows("> Peristeri", "Native name: Περιστέρι (Greek, Greek")
		if args[0] == "--kiosk" {
			s.keys("F12")
		} else {
			s.keys("q")
		}
		s.restored()
	}
}
