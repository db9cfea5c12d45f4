package serve

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/muesli/termenv"

	"github.com/ruse-twins/ruse-twins/ui"
	"github.com/ruse-twins/ruse-twins/ui/cli"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// The largest window a session lays out, whatever its client says: a
// client's claim of 65535×65535 must not cost the server the memory of
// drawing it.
const (
	maxCols = 500
	maxRows = 250
)

// end is how a session ended: why, for the log; the line its client is
// told, if any; and the exit status its ssh returns.
type end struct {
	reason string
	line   string
	status int
}

// The ways a session ends that need no numbers.
var (
	endQuit     = &end{reason: "quit"}
	endGone     = &end{reason: "client left"}
	endStopping = &end{reason: "server stopping", line: "the server is stopping; goodbye.", status: 143}
)

// handle serves one session: the browser for a terminal, list or show for
// a command, one line of refusal for anything else. It logs the session's
// start and end, and gives the connection a little time to close after it.
func (s *Server) handle(sess ssh.Session) {
	c := connOf(sess.Context())
	c.limit(time.Time{}) // the session has started: no setup deadline
	start := time.Now()
	pty, winch, hasPty := sess.Pty()
	e := sessionEnv(sess.Environ(), pty.Term)
	kind, ended := s.dispatch(sess, c, e, hasPty, winch)
	if ended.line != "" {
		fmt.Fprintf(sess.Stderr(), "ruse-twins: %s\n", ended.line)
	}
	s.log.Info("disconnect", "client", sess.RemoteAddr().String(), "session", kind, "reason", ended.reason,
		"status", ended.status, "seconds", time.Since(start).Round(time.Millisecond).Seconds())
	s.retire(c)
	sess.Exit(ended.status) //nolint:errcheck // the client may be gone
	c.limit(time.Now().Add(s.cfg.Timeouts.Linger))
}

// dispatch runs what the session asked for and says what it was and how
// it ended.
func (s *Server) dispatch(sess ssh.Session, c *conn, e env, hasPty bool, winch <-chan ssh.Window) (string, *end) {
	addr := sess.RemoteAddr().String()
	switch {
	case c.refused != "":
		s.log.Info("refused", "client", addr, "reason", c.refused)
		return "refused", &end{reason: "refused: " + c.refused, line: c.refused, status: 1}
	case sess.RawCommand() != "":
		return s.command(sess, e, hasPty)
	case !hasPty:
		s.log.Info("refused", "client", addr, "reason", "a shell without a terminal")
		return "refused", &end{reason: "no terminal", status: 2,
			line: "the browser needs a terminal: ssh -t HOST; without one, ssh HOST list or ssh HOST show QUERY"}
	case e["TERM"] == "dumb":
		return "refused", &end{reason: "TERM=dumb", status: 2,
			line: "this terminal (TERM=dumb) cannot show the browser; use ssh HOST list or ssh HOST show QUERY"}
	}
	kind := "browser"
	if s.cfg.Kiosk != nil {
		kind = "kiosk"
	}
	s.log.Info("connect", "client", addr, "session", kind, "lang", langOf(e, s.cfg.Lang).Code())
	return kind, s.browse(sess, e, winch)
}

// subsystem refuses a subsystem (sftp, and any other).
func (s *Server) subsystem(sess ssh.Session) {
	s.log.Info("refused", "client", sess.RemoteAddr().String(), "reason", "subsystem "+sess.Subsystem())
	fmt.Fprintln(sess.Stderr(), "ruse-twins: no SFTP or other subsystems here; ssh -t HOST opens the browser")
	c := connOf(sess.Context())
	s.retire(c)
	sess.Exit(1) //nolint:errcheck // the client may be gone
	c.limit(time.Now().Add(s.cfg.Timeouts.Linger))
}

// command runs list or show, as the local command does, with the session
// as its output; anything else is refused. Nothing the client sends
// reaches a shell or the file system: the command line is read by the
// app's own parser, only once it is known to be list's or show's (the
// parser looks at the directories that validate and --data name) and to
// have no --data.
func (s *Server) command(sess ssh.Session, e env, hasPty bool) (string, *end) {
	addr := sess.RemoteAddr().String()
	args := sess.Command()
	switch {
	case len(args) == 0 || (args[0] != string(cli.List) && args[0] != string(cli.Show)):
		s.log.Info("refused", "client", addr, "reason", "command")
		return "command", &end{reason: "command refused", status: 2,
			line: "over ssh only list and show QUERY run (the command first); ssh -t HOST opens the browser"}
	case slices.ContainsFunc(args, dataFlag):
		s.log.Info("refused", "client", addr, "reason", "--data")
		return args[0], &end{reason: "command refused", status: 2, line: "--data is not available over ssh"}
	}
	cfg, err := cli.Parse(args, e.getenv(s.cfg.Lang))
	switch {
	case err != nil:
		s.log.Info("refused", "client", addr, "reason", "command line")
		return args[0], &end{reason: "usage", status: s.cfg.Report(sess.Stderr(), err)}
	case cfg.Command == cli.Help:
		if err := cli.HelpCmd(sess, cfg); err != nil {
			return args[0], &end{reason: "failed", status: s.cfg.Report(sess.Stderr(), err)}
		}
		return args[0], &end{reason: "help"}
	case cfg.Command != cli.List && cfg.Command != cli.Show:
		return args[0], &end{reason: "command refused", status: 2, line: "over ssh only list and show QUERY run"}
	}
	s.log.Info("connect", "client", addr, "session", string(cfg.Command))
	// A command that a client does not read ends with its connection.
	connOf(sess.Context()).limit(time.Now().Add(s.cfg.Timeouts.Auth))
	// As locally: plain text into a pipe, the dark page on a terminal.
	look := ui.LookFor(termenv.Ascii, true, false)
	if hasPty {
		look = lookOf(e, "dark")
	}
	if cfg.Command == cli.List {
		err = cli.ListCmd(sess, s.cfg.Dataset, s.cfg.Index.NewSearcher(), cfg)
	} else {
		err = cli.ShowCmd(sess, s.cfg.Dataset, s.cfg.Index.NewSearcher(), cfg, s.cfg.Render(look))
	}
	if err != nil {
		return string(cfg.Command), &end{reason: "failed", status: s.cfg.Report(sess.Stderr(), err)}
	}
	return string(cfg.Command), &end{reason: "done"}
}

// dataFlag reports whether a word of a command line is, or could be read
// as, --data.
func dataFlag(arg string) bool {
	return strings.HasPrefix(arg, "-") && strings.HasPrefix(strings.TrimLeft(arg, "-"), "data")
}

// session is one client's program, and what ends it.
type session struct {
	srv    *Server
	conn   *conn
	p      *tea.Program
	in     *input
	events bucket              // the input events' budget; the program's event loop's own
	cut    atomic.Int64        // input events dropped as over the budget
	ending atomic.Pointer[end] // why it was asked to end; nil until then
	done   chan struct{}       // closed when the program has ended
}

// browse runs the browser, or the kiosk, for a session until it ends.
func (s *Server) browse(sess ssh.Session, e env, winch <-chan ssh.Window) *end {
	// The program asks for the mouse as it starts, not the browser by a
	// command from Init (NoMouse): that command's message would come
	// after the first frame, which a session draws whole at once from
	// pages other sessions rendered, and draw it again unchanged, and
	// bubbletea v1.3.10's renderer, given a frame equal to the last, keeps
	// it and converts it to compare it again on every tick, for as long as
	// the session sits idle: half again the CPU of an idle session.
	b := ui.New(s.cfg.Dataset, s.cfg.Index.NewSearcher(), ui.Options{
		Lang: langOf(e, s.cfg.Lang), Look: lookOf(e, s.cfg.Theme), Shared: s.shared, NoMouse: true,
	})
	ss := &session{srv: s, conn: connOf(sess.Context()), in: newInput(sess), done: make(chan struct{}),
		events: bucket{tokens: eventBurst, filled: time.Now()}}
	var m tea.Model = b
	var lock func(tea.Model, tea.Msg) tea.Msg
	if s.cfg.Kiosk != nil {
		m = kiosk.Guard(kiosk.New(b, *s.cfg.Kiosk), errorLog{s.log, sess.RemoteAddr().String()})
		lock = kiosk.Filter(func() bool { return ss.ending.Load() != nil })
	}
	// Bracketed paste is off: a paste is then typed keys, which the paste
	// budget (see input) bounds; bubbletea v1 waits for a paste's end
	// marker, which a cut paste would never bring.
	ss.p = ui.Program(m, ss.in, sess, tea.WithMouseCellMotion(), tea.WithFilter(ss.filter(lock)), tea.WithoutBracketedPaste())
	if !s.track(ss) {
		ss.in.Close()
		return endStopping
	}
	defer s.untrack(ss)
	defer ss.timers()()
	go ss.watch(sess, winch)
	_, err := ss.p.Run()
	close(ss.done)
	ss.in.Close()
	ss.ending.CompareAndSwap(nil, endQuit)
	ended := ss.ending.Load()
	if err != nil && ended == endQuit {
		s.log.Warn("program ended", "client", sess.RemoteAddr().String(), "error", err.Error())
	}
	if n, e := ss.in.dropped.Load(), ss.cut.Load(); n > 0 || e > 0 {
		s.log.Info("input cut", "client", sess.RemoteAddr().String(), "bytes", n, "events", e)
	}
	return ended
}

// track counts a running session, unless the server is stopping.
func (s *Server) track(ss *session) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.draining {
		return false
	}
	s.sessions[ss] = struct{}{}
	s.wg.Add(1)
	return true
}

// untrack stops counting a session.
func (s *Server) untrack(ss *session) {
	s.mu.Lock()
	delete(s.sessions, ss)
	s.mu.Unlock()
	s.wg.Done()
}

// filter is the program's filter: sizes clamped, input events beyond
// their budget dropped, the kiosk's lock (when lock is not nil), and, once
// the program is to quit, its input closed so that it ends at once.
func (ss *session) filter(lock func(tea.Model, tea.Msg) tea.Msg) func(tea.Model, tea.Msg) tea.Msg {
	return func(m tea.Model, msg tea.Msg) tea.Msg {
		switch w := msg.(type) {
		case tea.WindowSizeMsg:
			return tea.WindowSizeMsg{Width: min(max(w.Width, 1), maxCols), Height: min(max(w.Height, 1), maxRows)}
		case tea.KeyMsg, tea.MouseMsg:
			if !ss.events.take(1, eventBurst, eventRate, time.Now()) {
				ss.cut.Add(1)
				return nil
			}
		}
		if lock != nil {
			msg = lock(m, msg)
		}
		if _, ok := msg.(tea.QuitMsg); ok {
			ss.in.Close()
		}
		return msg
	}
}

// resizeEvery is the most often a client's resizes reach its program:
// each costs a frame, and dragging a window's edge sends many.
const resizeEvery = 50 * time.Millisecond

// watch passes the client's window sizes to the program (the latest one,
// at most every resizeEvery), and ends the session when the client leaves
// or its input ends.
func (ss *session) watch(sess ssh.Session, winch <-chan ssh.Window) {
	ctx := sess.Context()
	var pending *ssh.Window   // a size not yet passed on
	var wait <-chan time.Time // until the next size may be passed on
	send := func(w ssh.Window) {
		ss.p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		pending, wait = nil, time.After(resizeEvery)
	}
	for {
		select {
		case <-ss.done:
			return
		case <-ctx.Done():
			ss.stop(endGone)
			return
		case <-ss.in.ended:
			ss.stop(endGone)
			return
		case w, ok := <-winch:
			switch {
			case !ok:
				// No more sizes will come (wish's middleware spins here:
				// it reads a closed channel in a loop).
				winch = nil
			case wait == nil:
				send(w)
			default:
				pending = &w
			}
		case <-wait:
			wait = nil
			if pending != nil {
				send(*pending)
			}
		}
	}
}

// timers starts the session's limits, its time and its idleness, and
// returns what stops them.
func (ss *session) timers() (stop func()) {
	cfg := ss.srv.cfg
	var timers []*time.Timer
	if cfg.SessionTime > 0 {
		timers = append(timers, time.AfterFunc(cfg.SessionTime, func() {
			ss.stop(&end{reason: "session time", status: 1,
				line: fmt.Sprintf("the session's time (%s) is up; goodbye.", cfg.SessionTime)})
		}))
	}
	if cfg.Idle > 0 {
		// The timer is checked against the last input when it goes off,
		// and set again for what is left: input costs no timer. Output
		// (the kiosk's attract loop) is no input.
		var idle *time.Timer
		idle = time.AfterFunc(time.Duration(math.MaxInt64), func() {
			left := time.Until(ss.in.lastInput().Add(cfg.Idle))
			if left > 0 {
				idle.Reset(left)
				return
			}
			ss.stop(&end{reason: "idle", status: 1,
				line: fmt.Sprintf("closed after %s without input; goodbye.", cfg.Idle)})
		})
		idle.Reset(cfg.Idle)
		timers = append(timers, idle)
	}
	return func() {
		for _, t := range timers {
			t.Stop()
		}
	}
}

// stop asks the program to end, for reason e (the first reason given is
// the one that counts). A program that has not ended after the grace time
// is killed, its connection closed first: a client that stopped reading
// would otherwise hold the program's last write for good.
func (ss *session) stop(e *end) {
	if !ss.ending.CompareAndSwap(nil, e) {
		return
	}
	ss.in.Close()
	go func() {
		go ss.p.Quit() // blocks until the program takes it, or has ended
		select {
		case <-ss.done:
		case <-time.After(ss.srv.cfg.Timeouts.Grace):
			ss.conn.Close()
			ss.p.Kill()
		}
	}()
}

// errorLog records a kiosk's internal errors (see kiosk.Guard) in the
// server's log, with the client they happened to.
type errorLog struct {
	log    interface{ Error(string, ...any) }
	client string
}

// Write implements io.Writer.
func (l errorLog) Write(p []byte) (int, error) {
	l.log.Error("internal error", "client", l.client, "detail", string(p))
	return len(p), nil
}

var _ io.Writer = errorLog{}
