package ui

import "github.com/muesli/termenv"

// pageOf returns the page view of m, which the tests look into.
func pageOf(m Model) page { return m.views[pageView].(page) }

// plainLook is the look without colour, for tests, whose screens must not
// depend on the terminal they run in.
func plainLook() Look { return LookFor(termenv.Ascii, true, false) }

// awaitPages renders every page that is wanted or on its way, as the
// commands that render them would, and hands each to deliver, as the
// program would its message: a test then sees the screen as it is once
// the pages have come. The commands themselves, in the batches the tests
// drop, are not run.
func awaitPages(p *pages, deliver func(renderedMsg)) {
	for {
		p.take() // the page wanted is now on its way
		if len(p.asked) == 0 {
			return
		}
		for _, a := range p.asked {
			deliver(p.render(a.req).(renderedMsg))
			break
		}
	}
}

// rendered is m once the pages it waits for have come.
func rendered(m Model) Model {
	awaitPages(m.pages, func(msg renderedMsg) {
		next, _ := m.Update(msg)
		m = next.(Model)
	})
	return m
}
