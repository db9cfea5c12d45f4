package ui

import (
	"syscall"
	"testing"
	"time"
)

// runKioskOnPTY runs a kiosk that leaves on f12 on a new pseudo-terminal
// of 80×24, as runOnPTY runs the browser.
func runKioskOnPTY(t *testing.T) (*screen, func(string), <-chan error) {
	t.Helper()
	return runOnPTYWith(t, Kiosk{On: true, Idle: time.Minute, Exit: Chord{"f12"}})
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
	ended(t, out, done)
}

func TestRunKioskSignal(t *testing.T) {
	out, _, done := runKioskOnPTY(t)
	out.waitFor(t, "Type a city's name")
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	ended(t, out, done)
}
