package ui

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/creack/pty"
	"github.com/muesli/termenv"
)

// env returns a getenv over the given variables only.
func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// openPTY returns a pseudo-terminal: the side a terminal emulator holds,
// and the side a program runs on.
func openPTY(t testing.TB) (term, tty *os.File) {
	t.Helper()
	term, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { term.Close(); tty.Close() })
	return term, tty
}

// restoreLipgloss puts lipgloss's default renderer back as the tests
// expect it after a test that settles a look.
func restoreLipgloss(t testing.TB) {
	t.Cleanup(func() {
		lipgloss.SetColorProfile(termenv.Ascii)
		lipgloss.SetHasDarkBackground(true)
	})
}

func TestColorProfile(t *testing.T) {
	_, tty := openPTY(t)
	for _, tc := range []struct {
		name   string
		out    io.Writer
		getenv func(string) string
		want   termenv.Profile
		colour bool
	}{
		// NO_COLOR forbids colour, not emphasis: bold and reverse stay.
		{"NO_COLOR on a terminal", tty, env("NO_COLOR", "1", "TERM", "xterm-256color", "COLORTERM", "truecolor"), termenv.ANSI, false},
		{"the Linux console", tty, env("TERM", "linux"), termenv.ANSI, true},
		{"256 colours", tty, env("TERM", "xterm-256color"), termenv.ANSI256, true},
		{"true colour", tty, env("TERM", "xterm-256color", "COLORTERM", "truecolor"), termenv.TrueColor, true},
		{"screen", tty, env("TERM", "screen"), termenv.ANSI, true},
		{"screen, 256 colours", tty, env("TERM", "screen-256color"), termenv.ANSI256, true},
		{"tmux", tty, env("TERM", "tmux"), termenv.ANSI, true},
		{"a VT100", tty, env("TERM", "vt100"), termenv.ANSI, false},
		{"a dumb terminal", tty, env("TERM", "dumb"), termenv.Ascii, false},
		{"a pipe", &bytes.Buffer{}, env("TERM", "xterm-256color", "COLORTERM", "truecolor"), termenv.Ascii, false},
		{"a pipe under NO_COLOR", &bytes.Buffer{}, env("TERM", "xterm-256color", "NO_COLOR", "1"), termenv.Ascii, false},
	} {
		if got, colour := colorProfile(tc.out, tc.getenv); got != tc.want || colour != tc.colour {
			t.Errorf("%s: profile %v colour %v, want %v %v", tc.name, got, colour, tc.want, tc.colour)
		}
	}
}

func TestColorFGBG(t *testing.T) {
	for _, tc := range []struct {
		v        string
		dark, ok bool
	}{
		{"15;0", true, true}, {"0;15", false, true}, {"15;default;0", true, true},
		{"0;7", false, true}, {"7;8", true, true}, {"", false, false}, {"15;x", false, false},
	} {
		if dark, ok := colorFGBG(tc.v); dark != tc.dark || ok != tc.ok {
			t.Errorf("COLORFGBG=%q: dark %v ok %v", tc.v, dark, ok)
		}
	}
}

func TestParseBackground(t *testing.T) {
	for _, tc := range []struct {
		reply    string
		dark, ok bool
	}{
		{"\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?62;c", true, true},
		{"\x1b]11;rgb:ffff/ffff/ffff\x07", false, true},
		{"\x1b]11;rgb:fd/f6/e3\x07", false, true}, // solarized light, two digits
		{"\x1b]11;rgb:1e1e/1e1e/2e2e\x1b\\", true, true},
		{"\x1b[?62;c", false, false}, // DA1 only: no answer
		{"", false, false},
	} {
		if dark, ok := parseBackground([]byte(tc.reply)); dark != tc.dark || ok != tc.ok {
			t.Errorf("%q: dark %v ok %v", tc.reply, dark, ok)
		}
	}
}

// answer plays a terminal on term: it waits for the queries and sends
// reply.
func answer(t *testing.T, term *os.File, reply string) {
	go func() {
		buf := make([]byte, 64)
		var got []byte
		for !bytes.Contains(got, []byte("\x1b[c")) {
			n, err := term.Read(buf)
			if err != nil {
				return
			}
			got = append(got, buf[:n]...)
		}
		term.WriteString(reply)
	}()
}

func TestQueryAnswered(t *testing.T) {
	term, tty := openPTY(t)
	answer(t, term, "\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?62;22c")
	if dark, ok := queryDark(tty); !ok || dark {
		t.Errorf("a white terminal: dark %v ok %v", dark, ok)
	}
}

// TestSilentTerminalGivesUp checks that settling on a terminal that
// answers no query returns, with the look a dark 256-colour terminal
// gets: the query's read has a deadline (queryTimeout), so nothing waits
// on an answer that never comes. How long it waits is measured by
// BenchmarkSilentTerminal, not asserted here.
func TestSilentTerminalGivesUp(t *testing.T) {
	restoreLipgloss(t)
	_, tty := openPTY(t)
	look := settle(tty, "auto", env("TERM", "xterm-256color"), reopener(t, tty))
	if !look.Dark || look.Style != "dark" || look.Profile != termenv.ANSI256 {
		t.Errorf("a silent terminal: %+v", look)
	}
}

// BenchmarkSilentTerminal reports what a terminal that answers no query
// costs the start: about queryTimeout, once.
func BenchmarkSilentTerminal(b *testing.B) {
	restoreLipgloss(b)
	_, tty := openPTY(b)
	for b.Loop() {
		settle(tty, "auto", env("TERM", "xterm-256color"), reopener(b, tty))
	}
}

// reopener returns what /dev/tty is to Settle's query: the terminal
// opened afresh: the output's file is in blocking mode once termenv has
// asked for its Fd.
func reopener(tb testing.TB, tty *os.File) func() *os.File {
	return func() *os.File {
		f, err := os.OpenFile(tty.Name(), os.O_RDWR, 0)
		if err != nil {
			tb.Fatal(err)
		}
		return f
	}
}

func TestSettleTheme(t *testing.T) {
	restoreLipgloss(t)
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	_, tty := openPTY(t)
	noQuery := func() *os.File { t.Error("the terminal was queried"); return nil }
	for _, tc := range []struct {
		theme  string
		getenv func(string) string
		dark   bool
		style  string
	}{
		{"dark", env("TERM", "xterm-256color", "COLORFGBG", "0;15"), true, "dark"},
		{"light", env("TERM", "xterm-256color"), false, "light"},
		{"auto", env("TERM", "xterm-256color", "COLORFGBG", "0;15"), false, "light"},
		{"auto", env("TERM", "xterm-256color", "COLORFGBG", "15;0"), true, "dark"},
		{"light", env("TERM", "xterm-256color", "NO_COLOR", "1"), false, "mono"},
		{"dark", env("TERM", "vt100"), true, "mono"},
	} {
		look := settle(tty, tc.theme, tc.getenv, noQuery)
		if look.Dark != tc.dark || look.Style != tc.style {
			t.Errorf("%s %v: dark %v style %s", tc.theme, tc.getenv("COLORFGBG"), look.Dark, look.Style)
		}
		// Nothing process-wide: another terminal in the same process may
		// have another look.
		if lipgloss.ColorProfile() != termenv.Ascii || !lipgloss.HasDarkBackground() {
			t.Errorf("%s: settling changed lipgloss's default renderer", tc.theme)
		}
	}
	if l := LookFor(termenv.Ascii, true, false); l.Style != "plain" || l.Mono {
		t.Errorf("plain text: %+v", l.Style)
	}
	if l := LookFor(termenv.Ascii, true, false).NoColour(); l.Style != "plain" || l.Profile != termenv.Ascii {
		t.Errorf("plain text without colour is still plain: %+v", l.Style)
	}
}

// TestColourOnScreen checks that a colour look reaches the screen (and
// that the plain one in the other tests is a choice, not an accident),
// and that two browsers with different looks draw each its own in one
// process, whatever lipgloss's default renderer says.
func TestColourOnScreen(t *testing.T) {
	restoreLipgloss(t)
	lipgloss.SetColorProfile(termenv.Ascii)
	ds := fixture()
	colour := resize(New(ds, fakeSearcher{ds.Partners}, Options{Look: LookFor(termenv.ANSI256, true, false)}), 80, 24)
	light := resize(New(ds, fakeSearcher{ds.Partners}, Options{Look: LookFor(termenv.TrueColor, false, false)}), 80, 24)
	plain := resize(New(ds, fakeSearcher{ds.Partners}, Options{Look: plainLook()}), 80, 24)
	if v := colour.View(); !strings.Contains(v, "\x1b[38;5;") {
		t.Error("no 256 colours in a 256-colour look")
	}
	if v := light.View(); !strings.Contains(v, "\x1b[38;2;") {
		t.Error("no true colour in a true-colour look")
	}
	if v := plain.View(); strings.Contains(v, "\x1b[") {
		t.Error("colour in a plain look")
	}
}
