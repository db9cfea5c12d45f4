package kiosk

import "testing"

func TestParseChord(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" for an error
	}{
		{"ctrl+x ctrl+q", "ctrl+x ctrl+q"},
		{"  f12 ", "f12"},
		{"alt+x f12 ctrl+\\", "alt+x f12 ctrl+\\"},
		{"ctrl+x space", "ctrl+x space"},
		{"esc alt+й", "esc alt+й"},
		{"f6", "f6"},
		{"ctrl+g", "ctrl+g"},
		{"ctrl+]", "ctrl+]"},
		{"alt+f12", "alt+f12"},
		{"ctrl+x ctrl+i", "ctrl+x tab"},   // ctrl+i is tab
		{"ctrl+m ctrl+x", "enter ctrl+x"}, // ctrl+m is enter
		{"ctrl+[ f12", "esc f12"},         // ctrl+[ is esc
		{"ctrl+space ctrl+x", "ctrl+@ ctrl+x"},
		{"", ""},
		{"ctrl+y ctlr+q", ""},
		{"F12", ""},
		{"f21", ""},
		{"alt+", ""},
		{"runes", ""},
		// Keys a visitor presses: characters, the kiosk's own keys, the
		// query's editing keys, the first tries to leave.
		{"q", ""},
		{"x y", ""},
		{"space", ""},
		{"enter", ""},
		{"esc", ""},
		{"tab", ""},
		{"shift+tab pgdown", ""},
		{"f1", ""},
		{"f2", ""},
		{"f3", ""}, // the views: page, map, timeline
		{"f5", ""},
		{"up", ""},
		{"ctrl+left", ""},
		{"shift+end", ""},
		{"backspace", ""},
		{"delete", ""},
		{"insert", ""},
		{"a enter", ""},
		{"ctrl+i", ""},
		{"ctrl+m", ""},
		{"ctrl+[", ""},
		{"alt+esc", ""},
		{"alt+b", ""},
		{"alt+backspace", ""},
		{"ctrl+a", ""},
		{"ctrl+w", ""},
		{"ctrl+h", ""},
		{"ctrl+c", ""},
		{"ctrl+c ctrl+d ctrl+z ctrl+\\ ctrl+q", ""},
		{"alt+ctrl+c", ""},
	} {
		c, err := ParseChord(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("%q: no error (got %v)", tc.in, c)
		case tc.want != "" && err != nil:
			t.Errorf("%q: %v", tc.in, err)
		case tc.want != "" && c.String() != tc.want:
			t.Errorf("%q: %q", tc.in, c.String())
		}
	}
	// Every name parsed is one bubbletea gives a key.
	c, _ := ParseChord("ctrl+x ctrl+q f12 alt+x space ctrl+\\ ctrl+i ctrl+m ctrl+[ ctrl+space")
	for _, n := range c {
		name := n
		if name == " " {
			name = "space"
		}
		if k := key(name); k.String() != n {
			t.Errorf("%q is reported as %q", n, k.String())
		}
	}
}

func TestParseChordErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "give at least one key, such as ctrl+x ctrl+q or f12"},
		{"ctrl+x ctlr+q", `unknown key "ctlr+q"; use names such as ctrl+x, alt+q, f12`},
		{"F12", `unknown key "F12"; key names are in lower case: f12`},
		{"ctrl+x \x1b]0;t\a", `unknown key "\x1b]0;t\a"; use names such as ctrl+x, alt+q, f12`},
		{"a enter", "a visitor could press this by chance; add a ctrl, alt or function key that the kiosk does not use, such as ctrl+x ctrl+q or f12"},
	} {
		_, err := ParseChord(tc.in)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ParseChord(%q) = %v\nwant %s", tc.in, err, tc.want)
		}
	}
}
