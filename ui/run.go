package ui

import (
	"io"
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
)

// Run runs the browser m full screen on the terminal (input in, output out)
// until the user quits. The terminal is restored however it ends: a quit
// key, SIGINT or SIGTERM (which bubbletea turns into a quit), SIGHUP (which
// bubbletea leaves to the default action, killing the process with the
// terminal still in raw mode and on the alternate screen, so Run turns it
// into a quit too), or a panic (which bubbletea catches).
func Run(m Model, in io.Reader, out io.Writer) error {
	p := tea.NewProgram(m,
		tea.WithInput(in),
		tea.WithOutput(out),
		tea.WithAltScreen(),
		tea.WithMouseCellMotion(),
	)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	done := make(chan struct{})
	defer close(done)
	hungUp := make(chan struct{})
	go func() {
		select {
		case <-hup:
			close(hungUp)
			p.Quit()
		case <-done:
		}
	}()

	_, err := p.Run()
	select {
	case <-hungUp:
		// The terminal has gone: reading it fails, and that is no error of
		// the program's.
		return nil
	default:
		return err
	}
}
