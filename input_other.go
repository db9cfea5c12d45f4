//go:build !linux

package main

import "os"

// terminalInput returns the kiosk's input, standard input, and a
// function with nothing to close (see input_linux.go).
func terminalInput() (*os.File, func()) { return os.Stdin, func() {} }
