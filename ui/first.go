package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// holdLimit is the longest the first frame waits for its page: past it,
// the list is drawn without the page, which follows when it comes. A page
// of the embedded data renders in a few milliseconds.
const holdLimit = 100 * time.Millisecond

// opening is how the browser begins. When the terminal's size is known
// before the program runs (Options.Width and Height), the first page is
// rendered for it while the program starts, and the first frame waits
// for it, as a program that renders its page in Update would, rather than
// drawing the screen once without the page and again with it. Once the
// first frame is drawn, the work it did not need begins
// (Options.AfterFirstFrame).
type opening struct {
	page    tea.Cmd // delivers the first page, rendered ahead; nil when none is
	holding bool    // the first frame waits for its page
	then    func()  // called once the first frame is drawn; nil once called
}

// holdOverMsg ends the first frame's wait for its page.
type holdOverMsg struct{}

// renderAhead lays the browser out for a width×height terminal, starts
// rendering the page it shows first, at once and off the event loop, and
// makes the first frame wait for it. The window size message that then
// comes changes nothing, unless the window has changed meanwhile.
func (m Model) renderAhead(width, height int) Model {
	if width <= 0 || height <= 0 {
		return m
	}
	m.width, m.height = clampSize(width, height)
	m = m.layout()
	render := m.pages.take()
	if render == nil {
		return m // nothing to wait for: no room for a page
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- render() }()
	m.first.page = func() tea.Msg { return <-done }
	m.first.holding = true
	return m
}

// startCmd is the command of Init: the first page, if it is rendered
// ahead, and the end of the first frame's wait for it.
func (m Model) startCmd() tea.Cmd {
	if !m.first.holding {
		return nil
	}
	return tea.Batch(m.first.page, tea.Tick(holdLimit, func(time.Time) tea.Msg { return holdOverMsg{} }))
}

// drawn ends the first frame's wait, when a page has come or the wait is
// over, and returns the command that calls the AfterFirstFrame function
// a frame later, when bubbletea has written the frame.
func (m Model) drawn() (Model, tea.Cmd) {
	m.first.holding = false
	then := m.first.then
	if then == nil {
		return m, nil
	}
	m.first.then = nil
	return m, tea.Tick(frameTime, func(time.Time) tea.Msg {
		then()
		return nil
	})
}
