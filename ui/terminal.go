package ui

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/glamour/styles"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Look is how the browser draws, decided once before the program runs: a
// query to the terminal from inside the running program can hang it or
// leak the reply into the input (bubbletea#1036, glamour#405).
type Look struct {
	Profile termenv.Profile  // colours the terminal takes
	Dark    bool             // a dark background
	Style   string           // the name of Glamour, part of a page's cache key
	Glamour ansi.StyleConfig // the markdown style of the detail pane
	Console bool             // the Linux console: its fonts' glyphs only (see glyphs)
}

// Settle decides the look for output out before the program runs: its
// colour profile from the environment (getenv) and the output, and dark or
// light from theme ("dark", "light", or "auto": COLORFGBG, else a short
// query to the controlling terminal, else dark). Nothing global is set:
// every style is built from the look (see styles), so that programs for
// different terminals can share a process.
func Settle(out io.Writer, theme string, getenv func(string) string) Look {
	return settle(out, theme, getenv, openTTY)
}

// settle is Settle with the terminal to query given by tty, which may
// return nil; it is opened only when the query is needed.
func settle(out io.Writer, theme string, getenv func(string) string, tty func() *os.File) Look {
	profile := colorProfile(out, getenv)
	dark := true
	switch theme {
	case "light":
		dark = false
	case "auto":
		dark = autoDark(getenv, tty)
	}
	return LookFor(profile, dark, getenv("TERM") == "linux")
}

// styles builds the browser's styles on a renderer of its own, with the
// settled profile and background, so that nothing is asked of the
// terminal while the program runs.
func (l Look) styles() Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(l.Profile)
	r.SetHasDarkBackground(l.Dark)
	st := newStyles(r, l.Dark)
	if l.Console {
		// The console's fonts have the double lines of the VGA set, not
		// the thick ones.
		st.FocusedPane = st.FocusedPane.Border(lipgloss.DoubleBorder())
	}
	return st
}

// LookFor is the look of a terminal that takes colour profile, has a dark
// background or not, and is the Linux console (its fonts' glyphs only)
// or not: the profile and background paired with a glamour style.
func LookFor(profile termenv.Profile, dark, console bool) Look {
	l := Look{Profile: profile, Dark: dark, Style: "light", Glamour: styles.LightStyleConfig, Console: console}
	switch {
	case profile == termenv.Ascii:
		l.Style, l.Glamour = "notty", styles.NoTTYStyleConfig
	case dark:
		l.Style, l.Glamour = "dark", styles.DarkStyleConfig
	}
	return l
}

// colorProfile is NO_COLOR → none; the Linux console → its 16 colours;
// otherwise what termenv makes of the output and the environment.
func colorProfile(out io.Writer, getenv func(string) string) termenv.Profile {
	switch {
	case getenv("NO_COLOR") != "":
		return termenv.Ascii
	case getenv("TERM") == "linux":
		return termenv.ANSI
	}
	return termenv.NewOutput(out, termenv.WithEnvironment(environ(getenv))).ColorProfile()
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
