package ui

import (
	"io"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// TestPaletteInProfile checks that each colour of every palette, converted
// once for a profile, is written as lipgloss writes the colour itself on
// that profile: the same sequence, in the foreground and on a border.
func TestPaletteInProfile(t *testing.T) {
	for _, profile := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
		r := lipgloss.NewRenderer(io.Discard)
		r.SetColorProfile(profile)
		for _, p := range []palette{darkPalette, lightPalette, monoPalette} {
			in := p.in(profile)
			pairs := [][2]lipgloss.TerminalColor{{p.accent, in.accent}, {p.text, in.text}, {p.dim, in.dim}, {p.faint, in.faint}, {p.match, in.match}, {p.border, in.border}}
			for _, c := range pairs {
				if a, b := r.NewStyle().Foreground(c[0]).Render("x"), r.NewStyle().Foreground(c[1]).Render("x"); a != b {
					t.Errorf("profile %v, colour %v: %q, converted %v: %q", profile, c[0], a, c[1], b)
				}
				border := r.NewStyle().Border(lipgloss.NormalBorder())
				if a, b := border.BorderForeground(c[0]).Render("x"), border.BorderForeground(c[1]).Render("x"); a != b {
					t.Errorf("profile %v, border %v: %q, converted %v: %q", profile, c[0], a, c[1], b)
				}
			}
		}
	}
}
