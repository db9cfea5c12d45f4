package ui

import (
	"fmt"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// kioskHeaderView is what a kiosk adds under the title, in both
// languages, the current one first: what to do, or, in the last seconds
// of the idle time, whether someone is still there.
func (m Model) kioskHeaderView() string {
	here, other := words[m.lang], words[m.lang.Other()]
	if m.kiosk.phase == warning {
		return lipgloss.JoinVertical(lipgloss.Left,
			m.bannerLine(m.styles.Countdown, fmt.Sprintf(here.stillThere, m.kiosk.left)),
			m.bannerLine(m.styles.Countdown, fmt.Sprintf(other.stillThere, m.kiosk.left)))
	}
	return m.bannerLine(m.styles.Instruction, here.instruction+" · "+other.instruction)
}

// bannerLine is one line of text in style st across the screen, cut
// where the screen ends.
func (m Model) bannerLine(st lipgloss.Style, text string) string {
	width := max(m.width-st.GetHorizontalFrameSize(), 0)
	return st.Width(m.width).MaxWidth(m.width).Render(ansi.Truncate(text, width, "…"))
}
