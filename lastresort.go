package main

import (
	"io"
	"os"

	"github.com/charmbracelet/x/term"
)

// lastResort is the terminal as it was before a program took it, kept to
// give it back should the program never end: a model whose Update does
// not return does not see bubbletea's Kill either, and systemctl stop must
// not leave a raw, blank screen.
type lastResort struct {
	in    *os.File // the terminal's input, whose modes are restored
	state *term.State
	out   io.Writer
}

// keepTerminal records the state of the terminal the program is about to
// run on; in and out are the program's input and output.
func keepTerminal(in io.Reader, out io.Writer) lastResort {
	r := lastResort{out: out}
	if f, ok := in.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if st, err := term.GetState(f.Fd()); err == nil {
			r.in, r.state = f, st
		}
	}
	return r
}

// resetSequences undo what a full-screen program turns on: the alternate
// screen, the hidden cursor, mouse reporting and bracketed paste.
const resetSequences = "\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l"

// exit gives the terminal back and ends the process with status code.
func (r lastResort) exit(code int) {
	if r.state != nil {
		_ = term.Restore(r.in.Fd(), r.state)
	}
	_, _ = io.WriteString(r.out, resetSequences)
	os.Exit(code)
}
