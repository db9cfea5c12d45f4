package cli

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"
)

// ServeFlags are the choices of the serve command: where it listens, its
// host key, who may connect, and its limits (0 durations for none).
type ServeFlags struct {
	Listen         string        // --listen ADDR
	HostKey        string        // --host-key FILE
	AuthorizedKeys string        // --authorized-keys FILE; "" for anyone
	MaxSessions    int           // --max-sessions N
	MaxPerIP       int           // --max-per-ip N
	SessionTime    time.Duration // --session-time D
	Idle           time.Duration // --idle D: a session without input ends
}

// defaultServe are serve's defaults.
var defaultServe = ServeFlags{MaxSessions: 200, MaxPerIP: 10, SessionTime: 2 * time.Hour, Idle: 15 * time.Minute}

// The bounds of serve's limits: a session shorter than a visit, or an
// idle time shorter than a visitor's pause, would end sessions in use.
const (
	leastSessionTime = 10 * time.Second
	leastSessionIdle = 5 * time.Second
	mostSessions     = 100000
)

// serve is the serve command: the browser, or the kiosk, over SSH. Its
// --idle is its own (a session ends), not the kiosk's (the screen goes
// home), and its --log is the server's log.
func (p *parser) serve() *cobra.Command {
	c := &cobra.Command{
		Use:   "serve --listen ADDR --host-key FILE",
		Short: "Serve the browser over SSH to every client that connects",
		Long: `Serve the browser, or the kiosk, over SSH: 'ssh -t HOST' opens it,
'ssh HOST list' and 'ssh HOST show QUERY' run those commands; anything else
is refused. Every session has its own look, size and language (the
client's LANG, else --lang), over one dataset. SIGTERM tells every session
and ends them all, and the server exits 143.`,
		Args: noOperands,
		RunE: func(c *cobra.Command, _ []string) error {
			p.cfg.Command = Serve
			if err := p.needKiosk(c); err != nil {
				return err
			}
			switch sf := p.cfg.Server; {
			case sf.Listen == "":
				return usagef("serve needs --listen ADDR, such as :2222 or 127.0.0.1:2222")
			case sf.HostKey == "":
				return usagef("serve needs --host-key FILE: the server's key, made there on the first start")
			}
			return nil
		},
	}
	fs := c.Flags()
	sf := &p.cfg.Server
	fs.StringVar(&sf.Listen, "listen", "", "listen on `ADDR`, such as :2222 or 127.0.0.1:2222")
	fs.StringVar(&sf.HostKey, "host-key", "", "keep the server's key in `FILE`, made there (mode 0600) on the first start")
	fs.StringVar(&sf.AuthorizedKeys, "authorized-keys", "", "only the public keys in `FILE` may connect (default: anyone)")
	fs.Var(bounded{&sf.MaxSessions, 1, mostSessions, "sessions"}, "max-sessions", "sessions at once")
	fs.Var(bounded{&sf.MaxPerIP, 1, mostSessions, "sessions"}, "max-per-ip", "sessions at once from one client address")
	fs.Var(limit{&sf.SessionTime, leastSessionTime, "2h"}, "session-time", "the longest a session lasts; 0 for no limit")
	fs.Var(limit{&sf.Idle, leastSessionIdle, "15m"}, "idle", "a session without input for D ends; 0 for never")
	addChoice(c, &p.cfg.Theme, "theme", []string{"auto", "dark", "light"}, "colours of the sessions; auto takes the client's COLORFGBG, else dark")
	fs.StringVar(&p.cfg.LogFile, "log", "", "append the server's log to `FILE` instead of stderr")
	fs.BoolVar(&p.cfg.Kiosk, "kiosk", false, "serve the kiosk: every session locked; the exit key ends only its own")
	fs.Var(chord{&p.cfg.Exit}, "exit-key", "kiosk: the operator's exit chord")
	addDuration(c, &p.cfg.Attract, "attract", leastAttract, "20s", "kiosk: when idle at home, move through the cities every D (off unless given)")
	for _, name := range []string{"listen", "host-key", "max-sessions", "max-per-ip", "session-time", "idle", "exit-key"} {
		completeWith(c, name, cobra.NoFileCompletions)
	}
	for _, name := range []string{"exit-key", "attract"} {
		annotate(c, name, kioskOnly, "true")
	}
	return c
}

// limit is a duration of at least least, or 0 for none, such as
// --session-time's.
type limit struct {
	to      *time.Duration
	least   time.Duration
	example string
}

// String implements pflag.Value: the value as a flag would give it.
func (l limit) String() string {
	switch {
	case l.to == nil:
		return ""
	case *l.to%time.Hour == 0 && *l.to > 0:
		return fmt.Sprintf("%dh", *l.to/time.Hour)
	case *l.to%time.Minute == 0 && *l.to > 0:
		return fmt.Sprintf("%dm", *l.to/time.Minute)
	}
	return seconds(*l.to)
}

// Set implements pflag.Value.
func (l limit) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil || (v != 0 && v < l.least) {
		return errors.New("use " + l.allows())
	}
	*l.to = v
	return nil
}

// Type implements pflag.Value: what the help writes after the flag.
func (limit) Type() string { return "D" }

// allows implements value.
func (l limit) allows() string {
	return fmt.Sprintf("0 for no limit, or a duration of %s or more, such as %s", seconds(l.least), l.example)
}
