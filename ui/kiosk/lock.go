package kiosk

import tea "github.com/charmbracelet/bubbletea"

// unlocker is a model that says whether the program may quit.
type unlocker interface {
	Unlocked() bool
}

// unlocked reports whether m says the program may quit; a model that says
// nothing may not.
func unlocked(m tea.Model) bool {
	u, ok := m.(unlocker)
	return ok && u.Unlocked()
}

// Filter is the kiosk's hold at the program's level, for tea.WithFilter:
// the messages that would end or suspend the program (tea.Quit,
// tea.Interrupt, tea.Suspend, whoever sends them) are dropped, except a
// quit once the model is unlocked (the operator typed the exit chord) or
// once stopping reports that the program was asked to stop (a signal).
func Filter(stopping func() bool) func(tea.Model, tea.Msg) tea.Msg {
	return func(m tea.Model, msg tea.Msg) tea.Msg {
		switch msg.(type) {
		case tea.QuitMsg:
			if stopping() || unlocked(m) {
				return msg
			}
			return nil
		case tea.InterruptMsg, tea.SuspendMsg:
			return nil
		}
		return msg
	}
}
