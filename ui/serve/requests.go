package serve

import (
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// What a client may ask of the server beyond one session is refused here:
// more sessions on one connection, port forwarding either way, agent and
// X11 forwarding, and environment variables other than the few the look
// and the language read (see acceptedEnv).

// sessionChannel opens a client's session: one per connection, whose
// requests pass through refuseForwarding first.
func (s *Server) sessionChannel(srv *ssh.Server, sc *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	c := connOf(ctx)
	if c == nil || c.sessions.Add(1) > 1 {
		s.log.Info("refused", "client", sc.RemoteAddr().String(), "reason", "a second session on one connection")
		nc.Reject(gossh.Prohibited, "ruse-twins: one session per connection") //nolint:errcheck // the client may be gone
		return
	}
	ssh.DefaultSessionHandler(srv, sc, filtered{nc, s, sc}, ctx)
}

// otherChannel refuses every other kind of channel: a client's port
// forwarding (direct-tcpip) and the like.
func (s *Server) otherChannel(_ *ssh.Server, sc *gossh.ServerConn, nc gossh.NewChannel, _ ssh.Context) {
	s.log.Info("refused", "client", sc.RemoteAddr().String(), "reason", "channel "+nc.ChannelType())
	nc.Reject(gossh.Prohibited, "ruse-twins: no port forwarding or other channels here, only the browser and the list and show commands") //nolint:errcheck // the client may be gone
}

// globalRequest refuses a connection's requests beyond its channels: the
// server listening for a client (remote forwarding) and the like. The
// client's own keep-alives are answered too: any answer tells it the
// server is there.
func (s *Server) globalRequest(ctx ssh.Context, _ *ssh.Server, req *gossh.Request) (bool, []byte) {
	switch req.Type {
	case "tcpip-forward", "streamlocal-forward@openssh.com":
		s.log.Info("refused", "client", ctx.RemoteAddr().String(), "reason", "remote forwarding")
	}
	return false, nil
}

// filtered is a session's channel whose requests pass through
// refuseForwarding before the ssh library sees them.
type filtered struct {
	gossh.NewChannel
	srv *Server
	sc  *gossh.ServerConn
}

// Accept implements gossh.NewChannel.
func (f filtered) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go f.srv.refuseForwarding(f.sc, reqs, out)
	return ch, out, nil
}

// refuseForwarding passes a session's requests from in to out, except
// agent and X11 forwarding (which the client is told failed, as its ssh
// then says) and environment variables beyond acceptedEnv and its bounds.
// The ssh library would accept agent forwarding and every variable.
func (s *Server) refuseForwarding(sc *gossh.ServerConn, in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	envs := 0
	for req := range in {
		switch req.Type {
		case "auth-agent-req@openssh.com", "x11-req":
			s.log.Info("refused", "client", sc.RemoteAddr().String(), "reason", req.Type)
			req.Reply(false, nil) //nolint:errcheck // the client may be gone
			continue
		case "env":
			var kv struct{ Key, Value string }
			envs++
			if gossh.Unmarshal(req.Payload, &kv) != nil || !acceptedEnv[kv.Key] || len(kv.Value) > maxEnvValue || envs > maxEnv {
				req.Reply(false, nil) //nolint:errcheck // the client may be gone
				continue
			}
		}
		out <- req
	}
}
