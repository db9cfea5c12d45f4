package perf

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/creack/pty"
)

// term runs a program in a pseudo-terminal that answers the queries an
// xterm answers (background and foreground colour, cursor position, device
// attributes), and records when text first appears on it.
type term struct {
	cmd   *exec.Cmd
	ptmx  *os.File
	start time.Time

	mu      sync.Mutex
	raw     bytes.Buffer
	wrote   time.Time     // when output last arrived
	changed chan struct{} // signalled when output arrives
	closed  chan struct{}
}

// queries are the terminal queries the pseudo-terminal answers, with the
// answers an xterm with a black background gives.
var queries = []struct {
	ask    *regexp.Regexp
	answer string
}{
	{regexp.MustCompile(`\x1b\]11;\?(\x07|\x1b\\)`), "\x1b]11;rgb:0000/0000/0000\x1b\\"},
	{regexp.MustCompile(`\x1b\]10;\?(\x07|\x1b\\)`), "\x1b]10;rgb:ffff/ffff/ffff\x1b\\"},
	{regexp.MustCompile(`\x1b\[6n`), "\x1b[1;1R"},
	{regexp.MustCompile(`\x1b\[c`), "\x1b[?62;22c"},
}

var escapes = regexp.MustCompile(`\x1b(\[[0-9;:?<=>]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78DEHMNOcZ])`)

// startTerm starts bin with args in a width×height pseudo-terminal.
func startTerm(width, height int, env []string, bin string, args ...string) (*term, error) {
	t := &term{cmd: exec.Command(bin, args...), changed: make(chan struct{}, 1), closed: make(chan struct{})}
	t.cmd.Env = append(os.Environ(), env...)
	t.start = time.Now()
	ptmx, err := pty.StartWithSize(t.cmd, &pty.Winsize{Cols: uint16(width), Rows: uint16(height)})
	if err != nil {
		return nil, err
	}
	t.ptmx = ptmx
	go t.read()
	return t, nil
}

// read copies the program's output, answering queries as they come.
func (t *term) read() {
	defer close(t.closed)
	buf := make([]byte, 64<<10)
	for {
		n, err := t.ptmx.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			for _, q := range queries {
				for range q.ask.FindAllIndex(chunk, -1) {
					t.ptmx.WriteString(q.answer)
				}
			}
			t.mu.Lock()
			t.raw.Write(chunk)
			t.wrote = time.Now()
			t.mu.Unlock()
			select {
			case t.changed <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// waitFor waits until every marker has appeared on the terminal, and
// returns how long after the start that was; false when the deadline passed.
func (t *term) waitFor(deadline time.Duration, markers ...string) (time.Duration, bool) {
	at, ok := t.waitAfter(0, deadline, markers...)
	return at.Sub(t.start), ok
}

// mark records the current end of the output, for waitAfter.
func (t *term) mark() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.raw.Len()
}

// send writes keys and returns when they were written.
func (t *term) send(keys string) time.Time {
	t.ptmx.WriteString(keys)
	return time.Now()
}

// waitAfter waits until every marker appears in the output written after
// offset from, and returns when the output that completed them arrived. It
// looks only when output arrives, so it takes no CPU from the program.
func (t *term) waitAfter(from int, deadline time.Duration, markers ...string) (time.Time, bool) {
	timeout := time.After(deadline)
	for {
		t.mu.Lock()
		plain := escapes.ReplaceAllString(t.raw.String()[from:], "")
		at := t.wrote
		t.mu.Unlock()
		if containsAll(plain, markers) {
			return at, true
		}
		select {
		case <-t.changed:
		case <-t.closed:
			return time.Time{}, false
		case <-timeout:
			return time.Time{}, false
		}
	}
}

// stop ends the program and waits for it.
func (t *term) stop() {
	t.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { t.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
		t.cmd.Process.Kill()
		<-done
	}
	t.ptmx.Close()
}

func containsAll(s string, markers []string) bool {
	for _, m := range markers {
		if !strings.Contains(s, m) {
			return false
		}
	}
	return true
}
