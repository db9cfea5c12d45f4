package ui

import (
	"strconv"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// palette is the handful of colours the browser uses; the Styles are built
// from it so that dark and light differ in one place.
type palette struct {
	accent, text, dim, faint, match, border lipgloss.TerminalColor
}

var (
	darkPalette  = palette{accent: lipgloss.Color("#E8B04B"), text: lipgloss.Color("#E4E4E4"), dim: lipgloss.Color("#9A9A9A"), faint: lipgloss.Color("#5C5C5C"), match: lipgloss.Color("#F25D94"), border: lipgloss.Color("#4A4A4A")}
	lightPalette = palette{accent: lipgloss.Color("#9C5A00"), text: lipgloss.Color("#1F1F1F"), dim: lipgloss.Color("#5F5F5F"), faint: lipgloss.Color("#A8A8A8"), match: lipgloss.Color("#C8185B"), border: lipgloss.Color("#B8B8B8")}
	// monoPalette has no colour at all: without colour, the styles'
	// bold, underline, reverse and thick frames mark what colour would.
	monoPalette = palette{lipgloss.NoColor{}, lipgloss.NoColor{}, lipgloss.NoColor{}, lipgloss.NoColor{}, lipgloss.NoColor{}, lipgloss.NoColor{}}
)

// in returns the palette as terminals of the given profile draw it: each
// colour converted once to the 256 or 16 colours such a terminal has.
// lipgloss converts a colour given in hex every time a style renders,
// and the conversion (the nearest of the 256 colours by a perceptual
// distance) took more of a keystroke's time than anything else in a
// frame; the colour a number names is taken as it is.
func (p palette) in(profile termenv.Profile) palette {
	for _, c := range []*lipgloss.TerminalColor{&p.accent, &p.text, &p.dim, &p.faint, &p.match, &p.border} {
		*c = converted(*c, profile)
	}
	return p
}

// converted is colour c as terminals of profile draw it, by number when
// that is not the colour itself.
func converted(c lipgloss.TerminalColor, profile termenv.Profile) lipgloss.TerminalColor {
	hex, ok := c.(lipgloss.Color)
	if !ok {
		return c
	}
	switch v := profile.Color(string(hex)).(type) {
	case termenv.ANSI256Color:
		return lipgloss.Color(strconv.Itoa(int(v)))
	case termenv.ANSIColor:
		return lipgloss.Color(strconv.Itoa(int(v)))
	}
	return c
}

// Styles is every lipgloss style of the browser. Views pick fields; none
// builds a style inline, so the look changes here and only here.
type Styles struct {
	Plain lipgloss.Style // no style at all, on the look's renderer

	Header    lipgloss.Style // the top line
	Title     lipgloss.Style // the app's title in the header
	Status    lipgloss.Style // language and count, right of the header
	Tab       lipgloss.Style // a view's name in the header
	ActiveTab lipgloss.Style // the shown view's name

	Instruction lipgloss.Style // a banner line under the title: what to do
	Countdown   lipgloss.Style // a banner line that asks for attention
	Problem     lipgloss.Style // the line that says why new data is not shown

	Pane        lipgloss.Style // a pane's frame when it has no focus
	FocusedPane lipgloss.Style // a pane's frame when it has the focus

	Prompt      lipgloss.Style // the query's prompt
	Query       lipgloss.Style // the query's text
	Placeholder lipgloss.Style // the hint in an empty query
	Cursor      lipgloss.Style // the query's cursor
	Rule        lipgloss.Style // the line under the query

	Marker       lipgloss.Style // the selected row's marker
	Name         lipgloss.Style // a city's name
	SelectedName lipgloss.Style // the selected city's name
	Matched      lipgloss.Style // the matched characters of a name
	Year         lipgloss.Style
	Country      lipgloss.Style
	Reason       lipgloss.Style // what a row says before the fact that matched: "signatory:"
	Empty        lipgloss.Style // "nothing matched"

	Land  lipgloss.Style // the map's coastlines
	Trail lipgloss.Style // the map's line from home to the selected city
	Home  lipgloss.Style // the home city on the map

	Footer   lipgloss.Style // the help bar's margins
	Help     help.Styles
	TooSmall lipgloss.Style

	// paneOutline and focusedOutline draw Pane and FocusedPane (see
	// outline).
	paneOutline, focusedOutline outline
	// help is bubbles' help in the Help styles, which helpBar draws with.
	help help.Model
	// rows are the brushes of the list's rows (see brush).
	rows rowBrushes
	// inks are the pictures' styles (see canvas), picked once.
	inks inks
}

// rowBrushes paint a row of the list: the marker, a name, selected or
// not, the year and the country, and the characters of each that a
// search matched; and the label of a fact the row does not show.
type rowBrushes struct {
	marker, name, selectedName, year, country, reason     brush
	matched, matchedSelected, matchedYear, matchedCountry brush
}

// measure takes from the styles what draws them fast: the panes'
// outlines, the help, the rows' brushes and the pictures' inks. newStyles measures the
// styles it builds; a style changed after must be measured again.
func (st *Styles) measure() {
	st.paneOutline, st.focusedOutline = newOutline(st.Pane), newOutline(st.FocusedPane)
	st.help = help.New()
	st.help.Styles = st.Help
	st.inks = newInks(st)
	st.rows = rowBrushes{
		marker: newBrush(st.Marker), name: newBrush(st.Name), selectedName: newBrush(st.SelectedName),
		year: newBrush(st.Year), country: newBrush(st.Country), reason: newBrush(st.Reason),
		matched:         newBrush(st.Matched),
		matchedSelected: newBrush(st.Matched.Inherit(st.SelectedName)),
		matchedYear:     newBrush(st.Matched.Inherit(st.Year)),
		matchedCountry:  newBrush(st.Matched.Inherit(st.Country)),
	}
}

// newStyles builds the styles on renderer r, whose colour profile has been
// settled, with the colours of palette p, for the Linux console or not.
func newStyles(r *lipgloss.Renderer, p palette, console bool) Styles {
	// A thick frame marks the focused pane even when there is no colour.
	frame := r.NewStyle().Border(lipgloss.NormalBorder()).BorderForeground(p.border).Padding(0, 1)
	focused := frame.Border(lipgloss.ThickBorder()).BorderForeground(p.accent)
	if console {
		// The console's fonts have the double lines of the VGA set, not
		// the thick ones.
		focused = focused.Border(lipgloss.DoubleBorder())
	}
	key := r.NewStyle().Foreground(p.dim)
	desc := r.NewStyle().Foreground(p.faint)
	st := Styles{
		Plain:     r.NewStyle(),
		Header:    r.NewStyle().Padding(0, 1),
		Title:     r.NewStyle().Bold(true).Foreground(p.accent),
		Status:    r.NewStyle().Foreground(p.dim),
		Tab:       r.NewStyle().Foreground(p.dim),
		ActiveTab: r.NewStyle().Bold(true).Foreground(p.accent),

		Instruction: r.NewStyle().Padding(0, 1).Foreground(p.accent),
		// Reverse video stands out on any screen, with colour or without.
		Countdown: r.NewStyle().Padding(0, 1).Bold(true).Reverse(true).Foreground(p.accent),
		Problem:   r.NewStyle().Padding(0, 1).Bold(true).Foreground(p.match),

		Pane:        frame,
		FocusedPane: focused,

		Prompt:      r.NewStyle().Foreground(p.accent),
		Query:       r.NewStyle().Foreground(p.text),
		Placeholder: r.NewStyle().Foreground(p.faint),
		Cursor:      r.NewStyle().Reverse(true),
		Rule:        r.NewStyle().Foreground(p.border),

		Marker:       r.NewStyle().Foreground(p.accent).Bold(true),
		Name:         r.NewStyle().Foreground(p.text),
		SelectedName: r.NewStyle().Foreground(p.accent).Bold(true),
		Matched:      r.NewStyle().Foreground(p.match).Underline(true),
		Year:         r.NewStyle().Foreground(p.dim),
		Country:      r.NewStyle().Foreground(p.dim),
		Reason:       r.NewStyle().Foreground(p.faint).Italic(true),
		Empty:        r.NewStyle().Foreground(p.dim).Italic(true),

		Land:  r.NewStyle().Foreground(p.faint),
		Trail: r.NewStyle().Foreground(p.match).Bold(true),
		Home:  r.NewStyle().Foreground(p.accent),

		Footer: r.NewStyle().Padding(0, 1),
		Help: help.Styles{
			Ellipsis:       desc,
			ShortKey:       key,
			ShortDesc:      desc,
			ShortSeparator: desc,
			FullKey:        key,
			FullDesc:       desc,
			FullSeparator:  desc,
		},
		TooSmall: r.NewStyle().Foreground(p.dim),
	}
	st.measure()
	return st
}
