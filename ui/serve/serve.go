// Package serve is the browser over SSH: one process serves every client
// that connects, each in a session of its own (its own program, searcher,
// look and language) over one dataset and one search index. A session
// with a terminal gets the browser, or the kiosk; `list` and `show` run as
// they do locally; anything else is refused in one line. Limits on
// sessions, their time and their idleness, and on what a client may send,
// keep one client from taking the server from the others.
package serve

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	gossh "golang.org/x/crypto/ssh"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui"
	"github.com/ruse-twins/ruse-twins/ui/cli"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// Config is what a server serves and how.
type Config struct {
	Dataset model.Dataset
	Index   *search.Index // over Dataset.Partners, shared by every session
	Lang    model.Lang    // for a client that sends no locale
	Theme   string        // auto, dark or light
	// Kiosk, when set, serves the kiosk instead of the browser.
	Kiosk *kiosk.Config

	HostKey        string // the host key's file, made on the first start
	AuthorizedKeys string // when set, only these keys get in; else anyone

	MaxSessions int           // sessions at once, in all
	MaxPerIP    int           // sessions at once from one client address
	SessionTime time.Duration // a session's longest; 0 for no limit
	Idle        time.Duration // a session ends after this long without input; 0 for never
	Timeouts    Timeouts      // zero fields take DefaultTimeouts'

	Log *slog.Logger // connects, disconnects, refusals; never what is typed
	// Report prints a command's error as the local command would, and
	// returns its exit status.
	Report func(stderr io.Writer, err error) int
	// Render is show's text renderer for a terminal of the given look
	// (plain text, as in a pipe, for a session without one).
	Render func(ui.Look) cli.Renderer
}

// Timeouts bound the parts of a connection that are not a session.
type Timeouts struct {
	Handshake time.Duration // from connecting to asking to authenticate
	Auth      time.Duration // from then to the session's start
	Grace     time.Duration // a session told to end is closed after this
	Linger    time.Duration // a connection is closed this long after its session
}

// DefaultTimeouts are the timeouts of a server whose Config leaves them
// zero.
var DefaultTimeouts = Timeouts{Handshake: 10 * time.Second, Auth: 60 * time.Second, Grace: 2 * time.Second, Linger: 5 * time.Second}

// Server serves the browser over SSH.
type Server struct {
	cfg Config
	log *slog.Logger
	ssh *ssh.Server
	key gossh.Signer
	// shared is what the sessions share: the sessions show the same
	// cities, most in one look, whose styles are built and whose pages
	// are rendered once for all of them.
	shared *ui.Shared

	mu       sync.Mutex
	conns    map[*conn]struct{}    // every open connection
	sessions map[*session]struct{} // every running session
	admitted int                   // connections within the limits
	held     int                   // connections over a limit, to be told so, or whose session has ended
	perHost  map[string]int        // admitted connections by client address
	draining bool                  // Shutdown was called
	wg       sync.WaitGroup        // running sessions
}

// New returns a server for cfg, with its host key read from cfg.HostKey
// or made there.
func New(cfg Config) (*Server, error) {
	cfg.Timeouts = cfg.Timeouts.withDefaults()
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.MaxSessions <= 0 || cfg.MaxPerIP <= 0 {
		return nil, errors.New("serve: MaxSessions and MaxPerIP must be positive")
	}
	key, created, err := hostKey(cfg.HostKey)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: cfg.Log, key: key, shared: ui.NewShared(),
		conns: map[*conn]struct{}{}, sessions: map[*session]struct{}{}, perHost: map[string]int{}}
	if created {
		s.log.Info("host key created", "path", cfg.HostKey, "fingerprint", s.Fingerprint())
	}
	opts := []ssh.Option{
		wish.WithVersion("ruse-twins"),
		func(srv *ssh.Server) error { srv.AddHostKey(key); return nil },
		wish.WithMiddleware(func(ssh.Handler) ssh.Handler { return s.handle }),
		wish.WithSubsystem("default", s.subsystem),
	}
	if cfg.AuthorizedKeys != "" {
		opts = append(opts, wish.WithAuthorizedKeys(cfg.AuthorizedKeys))
	}
	if s.ssh, err = wish.NewServer(opts...); err != nil {
		return nil, err
	}
	s.ssh.ConnCallback = s.admit
	s.ssh.BannerHandler = s.authenticating
	s.ssh.ConnectionFailedCallback = s.failed
	s.ssh.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.sessionChannel, "default": s.otherChannel}
	s.ssh.RequestHandlers = map[string]ssh.RequestHandler{"default": s.globalRequest}
	return s, nil
}

// withDefaults fills the zero timeouts from DefaultTimeouts.
func (t Timeouts) withDefaults() Timeouts {
	d := DefaultTimeouts
	if t.Handshake > 0 {
		d.Handshake = t.Handshake
	}
	if t.Auth > 0 {
		d.Auth = t.Auth
	}
	if t.Grace > 0 {
		d.Grace = t.Grace
	}
	if t.Linger > 0 {
		d.Linger = t.Linger
	}
	return d
}

// Serve accepts connections on ln until Shutdown; it returns
// ssh.ErrServerClosed then.
func (s *Server) Serve(ln net.Listener) error {
	s.log.Info("listening", "address", ln.Addr().String(), "fingerprint", gossh.FingerprintSHA256(s.key.PublicKey()),
		"kiosk", s.cfg.Kiosk != nil, "open", s.cfg.AuthorizedKeys == "")
	return s.ssh.Serve(ln)
}

// Fingerprint is the host key's SHA256 fingerprint, as ssh shows it.
func (s *Server) Fingerprint() string { return gossh.FingerprintSHA256(s.key.PublicKey()) }

// Shutdown stops accepting connections, tells every session that the
// server is stopping and ends it, and waits for the clients to close
// their connections; whatever is still open after grace is closed
// regardless.
func (s *Server) Shutdown(grace time.Duration) {
	s.mu.Lock()
	s.draining = true
	sessions := make([]*session, 0, len(s.sessions))
	for ss := range s.sessions {
		sessions = append(sessions, ss)
	}
	var idle []*conn
	for c := range s.conns {
		if c.sessions.Load() == 0 {
			idle = append(idle, c)
		}
	}
	s.mu.Unlock()
	s.log.Info("stopping", "sessions", len(sessions))
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	closed := make(chan error, 1)
	go func() { closed <- s.ssh.Shutdown(ctx) }() // closes the listeners at once
	for _, ss := range sessions {
		ss.stop(endStopping)
	}
	// A connection with no session yet has no one to tell.
	for _, c := range idle {
		c.Close()
	}
	if err := <-closed; err != nil {
		s.closeAll()
		s.ssh.Close()
	}
	// A program that does not answer even its kill (a render that never
	// ends) is not waited for: the process is about to end.
	ended := make(chan struct{})
	go func() { s.wg.Wait(); close(ended) }()
	select {
	case <-ended:
	case <-time.After(grace):
	}
	s.log.Info("stopped")
}

// closeAll closes every connection.
func (s *Server) closeAll() {
	s.mu.Lock()
	conns := make([]*conn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// failed logs a connection that ended before it was one: its handshake or
// authentication failed or took too long.
func (s *Server) failed(nc net.Conn, err error) {
	s.log.Info("dropped", "client", nc.RemoteAddr().String(), "reason", err.Error())
}
