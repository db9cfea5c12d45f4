package ui

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// stopGrace is how long a signal waits for the program to quit in order
// before it is killed (which restores the terminal too): systemctl stop
// must never hang on a model that does not answer.
const stopGrace = 2 * time.Second

// Run runs the browser m full screen on the terminal (input in, output out)
// until the user quits, or a kiosk's operator types the exit chord. The
// terminal is restored however it ends: a quit key, the chord, SIGINT,
// SIGTERM or SIGHUP (handled here rather than by bubbletea, which leaves
// SIGHUP to its default action, death with the terminal in raw mode, and
// whose quit a kiosk's lock would drop), or a panic (which bubbletea
// catches, or, in a kiosk, the guard).
//
// A kiosk runs guarded (see guarded) and locked (see lock). It also
// ignores SIGQUIT and SIGTSTP, which ctrl+\ and ctrl+z send while the
// terminal is not yet in raw mode, at start: a stack dump or a stopped
// process on a public screen.
func Run(m Model, in io.Reader, out io.Writer) error {
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(stop)

	var stopping atomic.Bool
	var root tea.Model = m
	opts := []tea.ProgramOption{
		tea.WithInput(in),
		tea.WithOutput(out),
		tea.WithAltScreen(),
		tea.WithMouseCellMotion(),
		tea.WithoutSignalHandler(),
		// bubbletea writes a frame on its renderer's next tick: at its
		// most, 120 a second, a key's frame waits half as long as at the
		// default 60 (ui/perf BenchmarkKeyToFrame: about 7 ms against 15),
		// for about 1.5 ms more CPU a second while idle (BenchmarkIdle).
		tea.WithFPS(120),
	}
	if m.kiosk.On {
		signal.Ignore(syscall.SIGQUIT, syscall.SIGTSTP)
		defer signal.Reset(syscall.SIGQUIT, syscall.SIGTSTP)
		root = guard(m)
		opts = append(opts, tea.WithFilter(lock{&stopping}.filter))
	}
	p := tea.NewProgram(root, opts...)

	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-stop:
			stopping.Store(true)
			go p.Quit()
			select {
			case <-time.After(stopGrace):
				p.Kill()
			case <-done:
			}
		case <-done:
		}
	}()

	_, err := p.Run()
	if stopping.Load() {
		// Asked to stop, it stopped. When the terminal has gone (SIGHUP),
		// reading it fails, and that is no error of the program's.
		return nil
	}
	if err != nil && m.kiosk.On && m.kiosk.Log != nil {
		fmt.Fprintf(m.kiosk.Log, "%s ruse-twins kiosk: the program ended: %v\n", time.Now().Format(time.RFC3339), err)
	}
	return err
}
