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
	page    tea.Cmd // the first page rendered ahead, or holdOverMsg if it is late; nil when none is rendered ahead
	late    tea.Cmd // the first page, however late
	holding bool    // the first frame waits for its page
	then    func()  // called once the first frame is drawn; nil once called
}

// holdOverMsg ends the first frame's wait for a page that is late.
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
	m.first.late = func() tea.Msg { return <-done }
	m.first.page = func() tea.Msg {
		wait := time.NewTimer(holdLimit)
		defer wait.Stop()
		select {
		case msg := <-done:
			return msg
		case <-wait.C:
			return holdOverMsg{}
		}
	}
	m.first.holding = true
	return m
}

// startCmd is the command of Init: the first page, if it is rendered
// ahead.
func (m Model) startCmd() tea.Cmd { return m.first.page }

// firstDrawn ends the first frame's wait, when its page has come or is late,
// and returns the command that calls the AfterFirstFrame function a frame
// later, when bubbletea has written the frame, and that of the late page.
func (m Model) firstDrawn(late bool) (Model, tea.Cmd) {
	var cmds []tea.Cmd
	if late && m.first.holding {
		cmds = append(cmds, m.first.late)
	}
	m.first.holding = false
	if then := m.first.then; then != nil {
		m.first.then = nil
		cmds = append(cmds, tea.Tick(frameTime, func(time.Time) tea.Msg {
			then()
			return nil
		}))
	}
	return m, tea.Batch(cmds...)
}
