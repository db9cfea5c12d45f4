package main

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/creack/pty"
	"github.com/muesli/termenv"
	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
)

// ptyOutput collects what a program writes to a terminal.
type ptyOutput struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *ptyOutput) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *ptyOutput) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor polls the output until it contains want, or fails at the
// deadline.
func (s *ptyOutput) waitFor(t *testing.T, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(s.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q on the terminal; it shows %q", want, s.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// runOnPTY runs the browser on the embedded data (a kiosk when k is not
// nil) with runProgram on a new pseudo-terminal of 80×24, and returns
// what it writes, the terminal's side to type on, and runProgram's
// result.
func runOnPTY(t *testing.T, k *kiosk.Config) (*ptyOutput, func(string), <-chan error) {
	t.Helper()
	term, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { term.Close(); tty.Close() })
	if err := pty.Setsize(term, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		t.Fatal(err)
	}
	out := &ptyOutput{}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := term.Read(buf)
			out.Write(buf[:n])
			if err != nil {
				return
			}
		}
	}()
	ds, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	var m tea.Model = ui.New(ds, search.NewIndex(ds.Partners).NewSearcher(), ui.Options{Lang: model.EN, Look: ui.LookFor(termenv.Ascii, true, false)})
	var run *kioskRun
	if k != nil {
		m, run = kiosk.Guard(kiosk.New(m.(ui.Model), *k), nil), &kioskRun{}
	}
	done := make(chan error, 1)
	go func() { done <- runProgram(m, tty, tty, run) }()
	typeKeys := func(s string) {
		if _, err := term.WriteString(s); err != nil {
			t.Error(err)
		}
	}
	return out, typeKeys, done
}

// ended waits for the program to end with the exit status status (0 for
// a quit: no error), and checks that it left the alternate screen.
func ended(t *testing.T, out *ptyOutput, done <-chan error, status int) {
	t.Helper()
	select {
	case err := <-done:
		code := 0
		if err != nil {
			code = report(io.Discard, err)
		}
		if code != status {
			t.Errorf("runProgram: %v, exit status %d, want %d", err, code, status)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the program did not end")
	}
	// What the program wrote last may still be on its way through the
	// pseudo-terminal.
	out.waitFor(t, altScreenOff)
}

func TestRunQuits(t *testing.T) {
	out, typeKeys, done := runOnPTY(t, nil)
	out.waitFor(t, altScreenOn)
	out.waitFor(t, "Saint-Ouen")
	typeKeys("q")
	ended(t, out, done, 0)
}

// TestRunHangUp checks that SIGHUP, which bubbletea leaves to its default
// action (death with the terminal in raw mode), ends the program cleanly,
// with the status that says so.
func TestRunHangUp(t *testing.T) {
	out, _, done := runOnPTY(t, nil)
	out.waitFor(t, "Saint-Ouen")
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	ended(t, out, done, 129)
}

// runKioskOnPTY runs a kiosk that leaves on f12.
func runKioskOnPTY(t *testing.T) (*ptyOutput, func(string), <-chan error) {
	t.Helper()
	return runOnPTY(t, &kiosk.Config{Idle: time.Minute, Exit: kiosk.Chord{"f12"}})
}

// TestRunKioskLock runs the kiosk as a program: the keys that quit,
// interrupt or suspend arrive as keys, and they are typed or ignored; the
// exit key ends it with the terminal restored.
func TestRunKioskLock(t *testing.T) {
	out, typeKeys, done := runKioskOnPTY(t)
	out.waitFor(t, "Type a city's name")
	// q, ctrl+c, ctrl+z, ctrl+\, ctrl+d, f1, then letters that must arrive.
	typeKeys("q\x03\x1a\x1c\x04\x1bOPtro")
	out.waitFor(t, "» qtro")
	select {
	case err := <-done:
		t.Fatalf("the kiosk ended: %v", err)
	default:
	}
	typeKeys("\x1b[24~") // f12
	ended(t, out, done, 0)
}

func TestRunKioskSignal(t *testing.T) {
	out, _, done := runKioskOnPTY(t)
	out.waitFor(t, "Type a city's name")
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	ended(t, out, done, 143)
}
