package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/creack/pty"
	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
	"github.com/ruse-twins/ruse-twins/ui/termquiet"
)

// panicKeyEnv, set in its environment, makes the test binary the kiosk
// of the README's systemd unit with one thing added: f11 panics outside
// the kiosk's guard (see panickyKiosk).
const panicKeyEnv = "RUSE_TWINS_TEST_PANIC_KEY"

// panicky is a model around the guarded kiosk whose Update panics on
// f11, an internal error the guard cannot catch, as one in the program
// around it would be; and on f10 never returns, as a model stuck in a
// loop would not.
type panicky struct{ tea.Model }

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch k.String() {
		case "f11":
			panic("an internal error outside the kiosk's guard")
		case "f10":
			select {}
		}
	}
	m, cmd := p.Model.Update(msg)
	return panicky{m}, cmd
}

// Unlocked passes on what the guarded kiosk says (see kiosk.Filter).
func (p panicky) Unlocked() bool {
	u, ok := p.Model.(interface{ Unlocked() bool })
	return ok && u.Unlocked()
}

// panickyKiosk runs the kiosk as browse does (with f12 to leave), inside
// panicky, through runProgram, and returns the exit status main would.
func panickyKiosk() int {
	termquiet.Restore()
	err := func() error {
		out, err := terminal(os.Stdout)
		if err != nil {
			return err
		}
		ds, err := data.Load()
		if err != nil {
			return err
		}
		b := ui.New(ds, search.NewIndex(ds.Partners).NewSearcher(), ui.Options{Lang: 1, Look: ui.Settle(out, "dark", os.Getenv)})
		k := kiosk.New(b, kiosk.Config{Idle: 90 * time.Second, Exit: kiosk.Chord{"f12"}})
		return runProgram(panicky{kiosk.Guard(k, nil)}, os.Stdin, out, &kioskRun{})
	}()
	if err != nil {
		return report(os.Stderr, err)
	}
	return 0
}

// supervised is one run of the app under the supervisor: what it wrote,
// and how it ended, once it has.
type supervised struct {
	out    *ptyOutput
	ptmx   *os.File
	pid    int
	status string        // "exit status N" or "signal: killed", once ended
	ended  chan struct{} // closed when it has ended
}

// supervisor runs the app as the README's systemd unit does
// (Restart=always, RestartPreventExitStatus=0): again, after a short
// pause, whenever it ends with any status but 0, whatever ended it.
type supervisor struct {
	t    *testing.T
	mu   sync.Mutex
	runs []*supervised
	next chan *supervised // each run as it starts
	done chan struct{}    // closed when the supervisor stops
}

// supervise starts the supervisor on the app with args; the nth run
// has env(n) added to its environment.
func supervise(t *testing.T, env func(n int) []string, args ...string) *supervisor {
	sv := &supervisor{t: t, next: make(chan *supervised, 16), done: make(chan struct{})}
	go func() {
		defer close(sv.done)
		for n := range 10 {
			r, err := sv.start(env(n), args)
			if err != nil {
				t.Error(err)
				return
			}
			if <-r.ended; r.status == "exit status 0" {
				return
			}
			time.Sleep(100 * time.Millisecond) // RestartSec
		}
		t.Error("the supervisor gave up after ten runs")
	}()
	t.Cleanup(func() {
		sv.mu.Lock()
		defer sv.mu.Unlock()
		for _, r := range sv.runs {
			syscall.Kill(r.pid, syscall.SIGKILL)
			r.ptmx.Close()
		}
	})
	return sv
}

// start runs the app once, on a terminal of its own, as the unit's
// TTYPath would give it.
func (sv *supervisor) start(env, args []string) (*supervised, error) {
	cmd := appCommand(append([]string{"TERM=xterm-256color", "LANG=C.UTF-8", "COLORFGBG="}, env...), args...)
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
	if err != nil {
		return nil, err
	}
	r := &supervised{out: &ptyOutput{}, ptmx: ptmx, pid: cmd.Process.Pid, ended: make(chan struct{})}
	read := make(chan struct{})
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			r.out.Write(buf[:n])
			if err != nil {
				close(read)
				return
			}
		}
	}()
	go func() {
		defer close(r.ended)
		err := cmd.Wait()
		<-read
		var ee *exec.ExitError
		switch {
		case err == nil:
			r.status = "exit status 0"
		case errors.As(err, &ee):
			r.status = ee.String()
		default:
			r.status = err.Error()
		}
	}()
	sv.mu.Lock()
	sv.runs = append(sv.runs, r)
	sv.mu.Unlock()
	sv.next <- r
	return r, nil
}

// TestSupervisorRestartsAllButTheExitChord runs the kiosk, as the
// README's systemd unit starts it, under a supervisor that restarts it
// unless it exits with status 0, as that unit does: SIGTERM, SIGHUP,
// SIGKILL and a panic each end it with another status, and it is back;
// the exit chord ends it with 0, and it stays ended. Each end but
// SIGKILL's left the terminal as it found it, and the operator's log
// says which signals stopped it. The panic is the one run not of main
// itself but of panickyKiosk: the same kiosk, with a key that panics
// outside its guard.
func TestSupervisorRestartsAllButTheExitChord(t *testing.T) {
	log := filepath.Join(t.TempDir(), "kiosk.log")
	steps := []struct {
		what string
		do   func(r *supervised)
		want string
	}{
		{"SIGTERM", func(r *supervised) { syscall.Kill(r.pid, syscall.SIGTERM) }, "exit status 143"},
		{"SIGHUP", func(r *supervised) { syscall.Kill(r.pid, syscall.SIGHUP) }, "exit status 129"},
		{"SIGKILL", func(r *supervised) { syscall.Kill(r.pid, syscall.SIGKILL) }, "signal: killed"},
		{"a panic", func(r *supervised) { r.ptmx.WriteString("\x1b[23~") }, "exit status 1"},        // f11
		{"the exit chord", func(r *supervised) { r.ptmx.WriteString("\x1b[24~") }, "exit status 0"}, // f12
	}
	env := func(n int) []string {
		if n < len(steps) && steps[n].what == "a panic" {
			return []string{panicKeyEnv + "=f11"}
		}
		return nil
	}
	sv := supervise(t, env, "--kiosk", "--lang", "bg", "--theme", "dark", "--idle", "90s", "--exit-key", "f12", "--log", log)
	for _, s := range steps {
		var r *supervised
		select {
		case r = <-sv.next:
		case <-time.After(patience):
			t.Fatalf("before %s: the kiosk was not started again", s.what)
		}
		r.out.waitFor(t, "Напишете името на град")
		s.do(r)
		select {
		case <-r.ended:
		case <-time.After(patience):
			t.Fatalf("%s did not end the kiosk", s.what)
		}
		if r.status != s.want {
			t.Errorf("%s: %s, want %s", s.what, r.status, s.want)
		}
		if s.what != "SIGKILL" && !strings.Contains(r.out.String(), altScreenOff) {
			t.Errorf("%s: the terminal was not restored: %q", s.what, tail(r.out.String()))
		}
	}
	select {
	case <-sv.done:
	case <-time.After(patience):
		t.Fatal("the supervisor did not stop after the exit chord")
	}
	if n := len(sv.runs); n != len(steps) {
		t.Errorf("%d runs, want %d", n, len(steps))
	}
	b, _ := os.ReadFile(log)
	if !strings.Contains(string(b), "stopped by terminated") || !strings.Contains(string(b), "stopped by hangup") {
		t.Errorf("the log does not say which signals stopped the kiosk:\n%s", b)
	}
}

// TestStuckModelStillStops stops a kiosk whose Update never returns:
// SIGTERM ends it all the same, with the status that says so and the
// terminal given back (see lastResort).
func TestStuckModelStillStops(t *testing.T) {
	sv := supervise(t, func(int) []string { return []string{panicKeyEnv + "=f11"} })
	r := <-sv.next
	r.out.waitFor(t, "Напишете името на град")
	r.ptmx.WriteString("\x1b[21~") // f10
	// Time for the key to be read: nothing on the screen says it was,
	// since no frame comes after it.
	time.Sleep(500 * time.Millisecond)
	syscall.Kill(r.pid, syscall.SIGTERM)
	select {
	case <-r.ended:
	case <-time.After(patience):
		t.Fatal("SIGTERM did not end a stuck kiosk")
	}
	if r.status != "exit status 143" || !strings.HasSuffix(r.out.String(), resetSequences) {
		t.Errorf("%s; the terminal: %q", r.status, tail(r.out.String()))
	}
}

// tail is the end of a terminal's output, for a message.
func tail(s string) string { return s[max(0, len(s)-200):] }
