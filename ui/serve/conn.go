package serve

import (
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/ssh"
)

// conn is one client's connection as the server counts it. Until its
// session starts, it has a deadline of its own (the handshake, then the
// authentication and the session's start), which the ssh library's own
// deadlines cannot lift.
type conn struct {
	net.Conn
	srv  *Server
	host string // the client's address, without the port: what the per-address limit counts
	// refused is the line a client over a limit is told when its session
	// starts; empty for a client let in.
	refused string
	// retired is set when the connection's session has ended: it no
	// longer counts against the limits, only against the connections
	// held open (see admit). Guarded by the server's mu.
	retired bool
	mu      sync.Mutex
	// setup is the deadline in force until a session runs; zero for none.
	setup     time.Time
	sessions  atomic.Int32 // sessions opened on this connection
	closeOnce sync.Once
}

// connKey is where a connection's *conn is kept in its ssh.Context.
var connKey = &struct{ name string }{"ruse-twins conn"}

// connOf returns the *conn of a session's or a callback's context.
func connOf(ctx ssh.Context) *conn {
	c, _ := ctx.Value(connKey).(*conn)
	return c
}

// SetDeadline implements net.Conn. The ssh library sets a deadline before
// every read and write (none, when it has no timeouts of its own), which
// would lift the setup deadline: no later one than that is let through
// (the library's serverConn.updateDeadline; cf. gliderlabs/ssh#51).
func (c *conn) SetDeadline(t time.Time) error {
	c.mu.Lock()
	setup := c.setup
	c.mu.Unlock()
	if !setup.IsZero() && (t.IsZero() || t.After(setup)) {
		t = setup
	}
	return c.Conn.SetDeadline(t)
}

// limit sets the deadline in force until the next call; zero lifts it.
func (c *conn) limit(t time.Time) {
	c.mu.Lock()
	c.setup = t
	c.mu.Unlock()
	c.Conn.SetDeadline(t) //nolint:errcheck // a closed connection needs none
}

// Close implements net.Conn; the server stops counting the connection.
func (c *conn) Close() error {
	c.closeOnce.Do(func() { c.srv.release(c) })
	return c.Conn.Close()
}

// hostOf returns the host part of a client's address.
func hostOf(a net.Addr) string {
	if ta, ok := a.(*net.TCPAddr); ok {
		return ta.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}

// admit counts a new connection, for ssh.Server.ConnCallback. Over a
// limit it is still let through the handshake, so that its client can be
// told why in a line of its own (see refused), unless as many connections
// as the server takes sessions are already held beyond them (refused ones
// waiting to be told, and ended ones closing): those beyond are closed at
// once. Nothing is admitted while the server stops.
func (s *Server) admit(ctx ssh.Context, nc net.Conn) net.Conn {
	c := &conn{Conn: nc, srv: s, host: hostOf(nc.RemoteAddr())}
	s.mu.Lock()
	switch {
	case s.draining:
		c.refused = "the server is stopping"
	case s.admitted >= s.cfg.MaxSessions:
		c.refused = fmt.Sprintf("the server is full (%d sessions); try again later", s.cfg.MaxSessions)
	case s.perHost[c.host] >= s.cfg.MaxPerIP:
		c.refused = fmt.Sprintf("too many sessions from your address (%d); close one and try again", s.cfg.MaxPerIP)
	}
	if c.refused != "" && (s.draining || s.held >= s.cfg.MaxSessions) {
		s.mu.Unlock()
		s.log.Info("refused", "client", nc.RemoteAddr().String(), "reason", c.refused, "told", false)
		nc.Close()
		return nil
	}
	if c.refused != "" {
		s.held++
	} else {
		s.admit1(c.host, 1)
	}
	s.conns[c] = struct{}{}
	s.mu.Unlock()
	c.limit(time.Now().Add(s.cfg.Timeouts.Handshake))
	ctx.SetValue(connKey, c)
	return c
}

// release stops counting a connection: it has closed.
func (s *Server) release(c *conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.conns, c)
	if c.refused != "" || c.retired {
		s.held--
		return
	}
	s.admit1(c.host, -1)
}

// retire stops counting a connection against the limits once its session
// has ended: its client may take its place at once, while it closes.
func (s *Server) retire(c *conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.refused != "" || c.retired {
		return
	}
	c.retired = true
	s.admit1(c.host, -1)
	s.held++
}

// admit1 adds d to the sessions counted in all and from host.
func (s *Server) admit1(host string, d int) {
	s.admitted += d
	if s.perHost[host] += d; s.perHost[host] <= 0 {
		delete(s.perHost, host)
	}
}

// authenticating is called once the key exchange is done, when the client
// asks to authenticate (ssh's banner callback, which sends no banner): from
// then on it has the authentication time to start a session.
func (s *Server) authenticating(ctx ssh.Context) string {
	if c := connOf(ctx); c != nil {
		c.limit(time.Now().Add(s.cfg.Timeouts.Auth))
	}
	return ""
}
