package ui

import (
	"bytes"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/ruse-twins/ruse-twins/model"
)

const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
)

// screen collects what a program writes to a terminal.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor polls the screen until it contains want, or fails at the
// deadline.
func (s *screen) waitFor(t *testing.T, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(s.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q on the terminal; it shows %q", want, s.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// runOnPTY runs the browser on a new pseudo-terminal of 80×24 and returns
// what it writes, the terminal's side to type on, and Run's result.
func runOnPTY(t *testing.T) (*screen, func(string), <-chan error) {
	t.Helper()
	return runOnPTYWith(t, Kiosk{})
}

// runOnPTYWith is runOnPTY for a browser in kiosk mode k (none when k is
// the zero value).
func runOnPTYWith(t *testing.T, k Kiosk) (*screen, func(string), <-chan error) {
	t.Helper()
	term, tty := openPTY(t)
	if err := pty.Setsize(term, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		t.Fatal(err)
	}
	out := &screen{}
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
	ds := fixture()
	m := New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: PlainLook(), Kiosk: k})
	done := make(chan error, 1)
	go func() { done <- Run(m, tty, tty) }()
	typeKeys := func(s string) {
		if _, err := term.WriteString(s); err != nil {
			t.Error(err)
		}
	}
	return out, typeKeys, done
}

// ended waits for Run to return and checks that it left the alternate
// screen.
func ended(t *testing.T, out *screen, done <-chan error) {
	t.Helper()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the program did not end")
	}
	if !strings.Contains(out.String(), altScreenOff) {
		t.Error("the alternate screen was not left")
	}
}

func TestRunQuits(t *testing.T) {
	out, typeKeys, done := runOnPTY(t)
	out.waitFor(t, altScreenOn)
	out.waitFor(t, "Saint-Ouen")
	typeKeys("q")
	ended(t, out, done)
}

// TestRunHangUp checks that SIGHUP, which bubbletea leaves to its default
// action (death with the terminal in raw mode), ends the program cleanly.
func TestRunHangUp(t *testing.T) {
	out, _, done := runOnPTY(t)
	out.waitFor(t, "Saint-Ouen")
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	ended(t, out, done)
}
