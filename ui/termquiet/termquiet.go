// Package termquiet keeps bubbletea v1 from querying the terminal while
// the program initialises.
//
// bubbletea v1.3.10's package init asks the terminal for its background
// colour (tea_init.go) and waits up to five seconds for an answer that a
// silent terminal never gives; a late answer lands in the input as keys
// (bubbletea#1771, closed as not planned for v1). termenv skips that query
// when TERM is "dumb", so this package hides TERM until main restores it.
//
// It must run before bubbletea's init. Go initialises packages one at a
// time, each time the first, by import path, of those whose imports are
// all initialised. This package imports only syscall, so it is ready as
// soon as syscall is, and its path sorts before os's: it runs before os,
// and so before every package that reads the environment through os,
// bubbletea, lipgloss and termenv among them, whatever their paths and
// whatever they import. With any further import the order would rest on
// what the other packages import. The root package's TestInitOrder
// watches it.
package termquiet

import "syscall"

// term and hadTerm are TERM as the program received it.
var term, hadTerm = syscall.Getenv("TERM")

func init() {
	if hadTerm {
		syscall.Setenv("TERM", "dumb")
	}
}

// Restore puts TERM back as the program received it. main calls it before
// anything else.
func Restore() {
	if hadTerm {
		syscall.Setenv("TERM", term)
	}
}
