//go:build unix && !linux

package main

import (
	"os"
	"syscall"
)

// fatalSignals returns the signals that end a Go program by default and that
// can come from outside (see signals_linux.go).
func fatalSignals() []os.Signal {
	return []os.Signal{
		syscall.SIGHUP, syscall.SIGINT, syscall.SIGTERM,
		syscall.SIGTRAP, syscall.SIGABRT, syscall.SIGSYS,
	}
}
