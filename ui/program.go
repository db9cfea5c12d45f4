package ui

import (
	"io"

	tea "github.com/charmbracelet/bubbletea"
)

// Program returns a full-screen program running m with input in and output
// out: a local terminal, or one session of a server. m asks for the mouse
// itself, if it wants it. It handles no
// signals, which belong to whoever owns the process (main), and opts come
// after its own (a kiosk's lock, say). The input is read through a
// pasteGuard: no paste makes the program deaf.
func Program(m tea.Model, in io.Reader, out io.Writer, opts ...tea.ProgramOption) *tea.Program {
	return tea.NewProgram(m, append([]tea.ProgramOption{
		tea.WithInput(guardInput(in)),
		tea.WithOutput(out),
		tea.WithAltScreen(),
		// The mouse is the browser's to ask for (see Model.Init), as it
		// may leave it to the terminal.
		tea.WithoutSignalHandler(),
		// bubbletea writes a frame on its renderer's next tick: at its
		// most, 120 a second, a key's frame waits half as long as at the
		// default 60 (ui/perf BenchmarkKeyToFrame: about 7 ms against 15),
		// for about 1.5 ms more CPU a second while idle (BenchmarkIdle).
		tea.WithFPS(120),
	}, opts...)...)
}
