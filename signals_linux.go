package main

import (
	"os"
	"syscall"
)

// fatalSignals returns the signals that end a Go program by default (some
// with a stack dump) and that can come from outside: a program on the
// terminal catches them instead, to end with the terminal restored and the
// status 128+N that says which one ended it. SIGQUIT, the other, is the
// browser's only: the kiosk ignores it (see browse).
func fatalSignals() []os.Signal {
	return []os.Signal{
		syscall.SIGHUP, syscall.SIGINT, syscall.SIGTERM,
		syscall.SIGTRAP, syscall.SIGABRT, syscall.SIGSTKFLT, syscall.SIGSYS,
	}
}
