package ui

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"
)

// Look is how the browser draws, decided once before the program runs: a
// query to the terminal from inside the running program can hang it or
// leak the reply into the input (bubbletea#1036, glamour#405).
type Look struct {
	Profile termenv.Profile  // the escape sequences the terminal takes
	Dark    bool             // a dark background
	Mono    bool             // no colour, but bold, underline and reverse (see NoColour)
	Style   string           // the name of Glamour, part of a page's cache key
	Glamour ansi.StyleConfig // the markdown style of the detail pane
	Console bool             // the Linux console: its fonts' glyphs only (see glyphs)
}

// Settle decides the look for output out before the program runs: its
// colour profile from the environment (getenv) and the output (a terminal
// that takes no colour, or is asked for none by NO_COLOR, gets bold,
// underline and reverse instead; output that is no terminal, plain text),
// and dark or light from theme ("dark", "light", or "auto": COLORFGBG,
// else a short query to the controlling terminal, else dark). Nothing
// global is set:
// every style is built from the look (see styles), so that programs for
// different terminals can share a process.
func Settle(out io.Writer, theme string, getenv func(string) string) Look {
	return settle(out, theme, getenv, openTTY)
}

// SettleRemote decides, by Settle's rules, the look of a terminal at the
// other end of a connection (an SSH session's): from the environment its
// client sent (getenv: TERM, COLORTERM, NO_COLOR, COLORFGBG), without
// asking it anything, since its answer would arrive as the session's
// input.
func SettleRemote(theme string, getenv func(string) string) Look {
	return settle(remoteTerminal{io.Discard}, theme, getenv, func() *os.File { return nil })
}

// remoteTerminal is the output of a session whose client has a terminal.
type remoteTerminal struct{ io.Writer }

// settle is Settle with the terminal to query given by tty, which may
// return nil; it is opened only when the query is needed.
func settle(out io.Writer, theme string, getenv func(string) string, tty func() *os.File) Look {
	profile, colour := colorProfile(out, getenv)
	dark := true
	switch theme {
	case "light":
		dark = false
	case "auto":
		dark = autoDark(getenv, tty)
	}
	l := LookFor(profile, dark, getenv("TERM") == "linux")
	if !colour {
		l = l.NoColour()
	}
	return l
}

// styles builds the browser's styles on a renderer of its own, with the
// settled profile and background, so that nothing is asked of the
// terminal while the program runs.
func (l Look) styles() *Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(l.Profile)
	r.SetHasDarkBackground(l.Dark)
	p := lightPalette
	switch {
	case l.Mono:
		p = monoPalette
	case l.Dark:
		p = darkPalette
	}
	st := newStyles(r, p.in(l.Profile), l.Console)
	return &st
}

// LookFor is the look of a terminal that takes colour profile, has a dark
// background or not, and is the Linux console (its fonts' glyphs only)
// or not: the profile and background paired with the page's markdown
// style. The profile termenv.Ascii is plain text, without colour or
// emphasis: output to a pipe, or a test's screen.
func LookFor(profile termenv.Profile, dark, console bool) Look {
	l := Look{Profile: profile, Dark: dark, Style: styleLight, Console: console}
	switch {
	case profile == termenv.Ascii:
		l.Style = stylePlain
	case dark:
		l.Style = styleDark
	}
	l.Glamour = pageStyle(l.Style)
	return l
}

// NoColour returns the look without colour but with its emphasis: bold,
// underline and reverse still mark the headings, the selection, the
// cursor and what a search matched. NO_COLOR forbids colour, not
// emphasis, and a terminal without colours (a VT100) has the emphasis.
// Plain text stays plain.
func (l Look) NoColour() Look {
	if l.Profile == termenv.Ascii {
		return l
	}
	// The 16-colour profile is the one that writes emphasis alone; no
	// style of a mono look has a colour to write.
	l.Profile, l.Mono = termenv.ANSI, true
	l.Style = styleMono
	l.Glamour = pageStyle(l.Style)
	return l
}

// colorProfile returns the escape sequences output out takes, and whether
// it may have colours. Output that is no terminal, or a dumb one, takes
// none: plain text. NO_COLOR asks a terminal for no colour; the Linux
// console has its 16; screen and tmux, whose TERM termenv does not know
// for coloured, have at least 8 (their -256color TERMs, 256); a terminal
// termenv knows for colourless (a VT100) takes emphasis without colour.
// Otherwise it is what termenv makes of the output and the environment.
func colorProfile(out io.Writer, getenv func(string) string) (termenv.Profile, bool) {
	name := getenv("TERM")
	switch {
	case !isTerminal(out) || name == "dumb":
		return termenv.Ascii, false
	case getenv("NO_COLOR") != "":
		return termenv.ANSI, false
	case name == "linux":
		return termenv.ANSI, true
	}
	p := termenv.NewOutput(out, termenv.WithEnvironment(environ(getenv)), termenv.WithTTY(true)).ColorProfile()
	switch {
	case p != termenv.Ascii:
		return p, true
	case strings.HasPrefix(name, "screen") || strings.HasPrefix(name, "tmux"):
		return termenv.ANSI, true
	}
	return termenv.ANSI, false
}

// isTerminal reports whether out is a terminal.
func isTerminal(out io.Writer) bool {
	if _, ok := out.(remoteTerminal); ok {
		return true
	}
	f, ok := out.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// environ lets termenv read the environment through getenv.
type environ func(string) string

func (e environ) Getenv(k string) string { return e(k) }

// Environ is never needed by the profile detection; it returns nothing.
func (e environ) Environ() []string { return nil }

// autoDark decides the background without a flag: COLORFGBG when the
// terminal sets it (no waiting at all), else the terminal's answer to a
// short query, else dark, the common case.
func autoDark(getenv func(string) string, tty func() *os.File) bool {
	if dark, ok := colorFGBG(getenv("COLORFGBG")); ok {
		return dark
	}
	if f := tty(); f != nil {
		defer f.Close()
		if dark, ok := queryDark(f); ok {
			return dark
		}
	}
	return true
}

// colorFGBG reads rxvt's "fg;bg" (or "fg;default;bg"): background colours
// 0–6 and 8 are dark.
func colorFGBG(v string) (dark, ok bool) {
	i := strings.LastIndexByte(v, ';')
	if i < 0 {
		return false, false
	}
	bg, err := strconv.Atoi(v[i+1:])
	if err != nil {
		return false, false
	}
	return bg < 7 || bg == 8, true
}
