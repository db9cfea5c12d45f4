package main

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestNoTerminal runs the bare command with pipes for input and output,
// and in a terminal that says it is dumb: each time a clear message that
// points to list and show, exit status 2, and no escape sequence.
func TestNoTerminal(t *testing.T) {
	cmd := appCommand(nil)
	var out, errb bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = strings.NewReader(""), &out, &errb
	err := cmd.Run()
	if code := exitCode(err); code != 2 || !strings.Contains(errb.String(), "needs a terminal") || out.Len() > 0 {
		t.Errorf("pipes: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	if strings.Contains(errb.String(), "\x1b") {
		t.Errorf("pipes: escape sequence in %q", errb.String())
	}

	dumb := appCommand([]string{"TERM=dumb"})
	ptmx, err := pty.Start(dumb)
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx.Close()
	var screen bytes.Buffer
	done := make(chan error, 1)
	go func() { screen.ReadFrom(ptmx); done <- nil }()
	err = dumb.Wait()
	<-done
	if code := exitCode(err); code != 2 || !strings.Contains(screen.String(), "TERM=dumb") {
		t.Errorf("TERM=dumb: exit %d, screen %q", code, screen.String())
	}
}

// TestSilentTerminal runs the browser in a pseudo-terminal that answers
// no query: the first frame still comes, the background query having
// given up (what that costs is ui's BenchmarkSilentTerminal).
func TestSilentTerminal(t *testing.T) {
	cmd := appCommand([]string{"TERM=xterm-256color", "LANG=C.UTF-8", "COLORFGBG="})
	began := time.Now()
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait(); ptmx.Close() }()
	arrived := make(chan time.Duration, 1)
	go func() {
		var seen bytes.Buffer
		buf := make([]byte, 32<<10)
		for {
			n, err := ptmx.Read(buf)
			seen.Write(buf[:n])
			if strings.Contains(seen.String(), "Timeline") {
				arrived <- time.Since(began)
				return
			}
			if err != nil {
				return
			}
		}
	}()
	select {
	case d := <-arrived:
		t.Logf("first frame after %v with no answer to any query", d)
	case <-time.After(patience):
		t.Fatal("no first frame on a silent terminal")
	}
}

// TestLongPaste pastes 3,000 characters of mixed scripts into the query:
// the screen still fits, nothing matches, and esc brings the list back.
func TestLongPaste(t *testing.T) {
	s := start(t, 80, 24)
	s.waitShows("Saint-Ouen", "Trogir")
	s.keys("/")
	s.waitShows("/ ")
	text := strings.Repeat("Русе Ruse Περιστέρι 淮南 ", 150)[:3000]
	s.tmux("set-buffer", "--", text)
	s.tmux("paste-buffer", "-p")
	screen := s.waitShows("No city matches")
	if w := maxWidth(screen); w > 80 {
		t.Errorf("a line of %d columns after the paste:\n%s", w, screen)
	}
	s.keys("Escape")
	s.waitShows("Saint-Ouen", "Trogir", "Bijeljina")
	s.keys("q")
	s.restored()
}

func exitCode(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

// TestLogPathIsQuoted starts the kiosk on a terminal with a --log that
// cannot be opened, named with escape sequences: the error names it
// quoted and escaped, and exits 1 before the screen is touched.
func TestLogPathIsQuoted(t *testing.T) {
	cmd := appCommand([]string{"TERM=xterm-256color"}, "--kiosk", "--theme", "dark", "--log", "/nonexistent/\x1b]0;pwned\a\x1b[2J/k.log")
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	var screen, errb bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, &errb
	go screen.ReadFrom(ptmx)
	err = cmd.Run()
	const want = `ruse-twins: --log "/nonexistent/\x1b]0;pwned\a\x1b[2J/k.log": no such file or directory` + "\n"
	if code := exitCode(err); code != 1 || errb.String() != want {
		t.Errorf("exit %d, stderr %q\nwant exit 1, %q", code, errb.String(), want)
	}
}
