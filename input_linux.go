package main

import (
	"os"
	"syscall"
)

// terminalInput returns the kiosk's input: the terminal of standard
// input opened anew (see reopenTerminal), and the function that closes it
// once the program has ended, which ends the read still waiting on it;
// standard input itself when it cannot be opened anew.
func terminalInput() (*os.File, func()) {
	f, err := reopenTerminal("/proc/self/fd/0")
	if err != nil {
		return os.Stdin, func() {}
	}
	return f, func() { f.Close() }
}

// reopenTerminal opens the terminal at path (a /proc/self/fd link) anew,
// as a file description of its own, which Go reads in its poller: a read
// waits there rather than in a system call that keeps a processor (see
// ui's guardFile). The non-blocking mode Go reads it in is not that of
// the file it was opened from, which the shell gets back as it was.
func reopenTerminal(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR|syscall.O_NOCTTY, 0)
}
