package ui

import "github.com/muesli/termenv"

// pageOf returns the page view of m, which the tests look into.
func pageOf(m Model) page { return m.views[pageView].(page) }

// plainLook is the look without colour, for tests, whose screens must not
// depend on the terminal they run in.
func plainLook() Look { return LookFor(termenv.Ascii, true, false) }
