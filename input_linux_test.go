package main

import (
	"errors"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestReopenedTerminalReadsInThePoller checks that the terminal the
// browser reads is the same terminal, and that its reads wait in Go's
// poller (a read deadline works only there), not in a system call that
// keeps a processor; and that the file it was opened from keeps its mode.
func TestReopenedTerminalReadsInThePoller(t *testing.T) {
	master, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	defer master.Close()
	defer tty.Close()
	// As standard input is: blocking. A descriptor of its own, closed
	// here: a second File of tty's descriptor would close it again when
	// collected, and by then it may be another test's file.
	fd, err := syscall.Dup(int(tty.Fd()))
	if err != nil {
		t.Fatal(err)
	}
	blocking := os.NewFile(uintptr(fd), tty.Name())
	defer blocking.Close()
	in, err := reopenTerminal("/proc/self/fd/" + strconv.Itoa(int(blocking.Fd())))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if err := in.SetReadDeadline(time.Now().Add(-time.Second)); err != nil {
		t.Fatalf("the terminal opened anew takes no read deadline (%v): its reads block a thread", err)
	}
	if _, err := in.Read(make([]byte, 1)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("a read past its deadline: %v", err)
	}
	if err := blocking.SetReadDeadline(time.Now()); !errors.Is(err, os.ErrNoDeadline) {
		t.Errorf("the file it was opened from changed mode: a deadline gives %v", err)
	}
	// A line, as the terminal is not in raw mode; the deadline only
	// keeps a broken test from hanging.
	in.SetReadDeadline(time.Now().Add(time.Minute))
	master.WriteString("k\n")
	b := make([]byte, 8)
	if n, err := in.Read(b); err != nil || string(b[:n]) != "k\n" {
		t.Errorf("a line typed on the terminal reads as %q, %v", b[:n], err)
	}
}
