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
		{"shift+tab pgdown", "shift+tab pgdown"},
		{"", ""},
		{"ctrl+y ctlr+q", ""},
		{"F12", ""},
		{"f21", ""},
		{"q", ""}, // a visitor could type it
		{"x y", ""},
		{"alt+", ""},
		{"runes", ""},
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
	c, _ := ParseChord("ctrl+x ctrl+q f12 alt+x space ctrl+\\")
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
