// Package termquiet keeps bubbletea v1 from querying the terminal while
// the program initialises.
//
// bubbletea v1.3.10's package init asks the terminal for its background
// colour (tea_init.go) and waits up to five seconds for an answer that a
// silent terminal never gives; a late answer lands in the input as keys
// (bubbletea#1771, closed as not planned for v1). termenv skips that query
// when TERM is "dumb". Go initialises packages in import-path order among
// those whose imports are ready (Go spec, "Package initialization"), so
// this package, whose path sorts before github.com/charmbracelet/..., and
// which imports only os, runs first: it hides TERM until main restores it.
// The app settles colours itself, once, before its program runs.
package termquiet

import "os"

var term, hadTerm = os.LookupEnv("TERM")

func init() {
	if hadTerm {
		os.Setenv("TERM", "dumb")
	}
}

// Restore puts TERM back as the program received it. main calls it before
// anything else.
func Restore() {
	if hadTerm {
		os.Setenv("TERM", term)
	}
}
