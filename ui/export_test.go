package ui

// pageOf returns the page view of m, which the tests look into.
func pageOf(m Model) page { return m.views[pageView].(page) }
