package main

// Tests of serve with the server in this process, where its limits and
// timeouts can be made short, and the binary's own tests where a signal
// or the command line matters (e2e_serve_test.go).

import (
	"log/slog"
	"net"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
	"github.com/ruse-twins/ruse-twins/ui/serve"
)

// inProcess starts a server over the embedded data in this process, with
// change applied to its configuration, and returns it with its log.
func inProcess(t testing.TB, change func(*serve.Config)) (sshTarget, *serve.Server, *syncBuffer) {
	t.Helper()
	ds, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	log := &syncBuffer{}
	cfg := serve.Config{
		Dataset: ds, Index: search.NewIndex(ds.Partners), Lang: model.EN, Theme: "dark",
		HostKey: filepath.Join(t.TempDir(), "host_key"), MaxSessions: 20, MaxPerIP: 20,
		Log: slog.New(slog.NewTextHandler(log, nil)), Report: report, Render: pageRenderer,
	}
	if change != nil {
		change(&cfg)
	}
	srv, err := serve.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Shutdown(time.Second) })
	return sshTarget{addr: ln.Addr().String(), fingerprint: srv.Fingerprint()}, srv, log
}

func TestServeSessionLimits(t *testing.T) {
	st, _, log := inProcess(t, func(c *serve.Config) { c.MaxSessions, c.MaxPerIP = 2, 1 })
	first := st.open(t, "xterm-256color", 80, 24)
	first.shows("Saint-Ouen")
	// A second session from the same address is one too many.
	second := st.open(t, "xterm-256color", 80, 24)
	if got := second.ended(); got != 1 {
		t.Errorf("over the per-address limit: status %d", got)
	}
	if !strings.Contains(second.errs.String(), "too many sessions from your address (1)") {
		t.Errorf("over the per-address limit, the client is told: %q", second.errs.String())
	}
	// From another address, one more fits, and then the server is full.
	st.openFrom(t, "127.0.0.2", "xterm-256color", 80, 24).shows("Saint-Ouen")
	full := st.openFrom(t, "127.0.0.3", "xterm-256color", 80, 24)
	if got := full.ended(); got != 1 {
		t.Errorf("over the total: status %d", got)
	}
	if !strings.Contains(full.errs.String(), "the server is full (2 sessions)") {
		t.Errorf("over the total, the client is told: %q", full.errs.String())
	}
	// When a session ends, its place is free again.
	first.typ("q")
	if got := first.ended(); got != 0 {
		t.Errorf("quit: status %d", got)
	}
	waitLog(t, log, regexp.MustCompile(`msg=disconnect client=127.0.0.1:\d+ session=browser reason=quit`))
	st.open(t, "xterm-256color", 80, 24).shows("Saint-Ouen")
}

func TestServeOneSessionPerConnection(t *testing.T) {
	st, _, _ := inProcess(t, nil)
	c, err := st.dial(t, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.NewSession(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.NewSession(); err == nil || !strings.Contains(err.Error(), "one session per connection") {
		t.Errorf("a second session on one connection: %v", err)
	}
}

func TestServeSilentClientDropped(t *testing.T) {
	st, _, log := inProcess(t, func(c *serve.Config) {
		c.Timeouts = serve.Timeouts{Handshake: time.Second, Auth: time.Second}
	})
	// A client that connects and says nothing.
	nc, err := net.Dial("tcp", st.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	nc.SetReadDeadline(time.Now().Add(patience))
	buf := make([]byte, 256)
	for {
		if _, err := nc.Read(buf); err != nil {
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				t.Fatal("a silent client was not dropped")
			}
			break
		}
	}
	waitLog(t, log, regexp.MustCompile(`msg=dropped client=127.0.0.1:\d+ reason=".*timeout`))
	// One that authenticates and then opens no session.
	c, err := st.dial(t, "")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case <-done:
	case <-time.After(patience):
		t.Fatal("a client that opens no session was not dropped")
	}
}

func TestServeIdleAndSessionTime(t *testing.T) {
	t.Run("idle", func(t *testing.T) {
		st, _, _ := inProcess(t, func(c *serve.Config) { c.Idle = 500 * time.Millisecond })
		tm := st.open(t, "xterm-256color", 80, 24)
		if got := tm.ended(); got != 1 {
			t.Errorf("idle: status %d", got)
		}
		if !strings.Contains(tm.errs.String(), "closed after 500ms without input") {
			t.Errorf("idle: the client is told %q", tm.errs.String())
		}
	})
	t.Run("kiosk's attract loop is no input", func(t *testing.T) {
		st, _, _ := inProcess(t, func(c *serve.Config) {
			c.Idle = 2 * time.Second
			c.Kiosk = &kiosk.Config{Idle: time.Minute, Attract: 50 * time.Millisecond}
		})
		tm := st.open(t, "xterm-256color", 80, 24)
		tm.shows("Peristeri")
		if got := tm.ended(); got != 1 {
			t.Errorf("idle kiosk: status %d", got)
		}
		if !strings.Contains(tm.errs.String(), "without input") {
			t.Errorf("idle kiosk: the client is told %q", tm.errs.String())
		}
	})
	t.Run("session time", func(t *testing.T) {
		st, _, _ := inProcess(t, func(c *serve.Config) { c.SessionTime = 700 * time.Millisecond })
		tm := st.open(t, "xterm-256color", 80, 24)
		// Input does not extend it.
		tm.typ("j")
		if got := tm.ended(); got != 1 {
			t.Errorf("session time: status %d", got)
		}
		if !strings.Contains(tm.errs.String(), "the session's time (700ms) is up") {
			t.Errorf("session time: the client is told %q", tm.errs.String())
		}
	})
}

func TestServePasteIsCut(t *testing.T) {
	st, _, log := inProcess(t, nil)
	tm := st.open(t, "xterm-256color", 100, 30)
	tm.shows("Saint-Ouen")
	tm.typ("/")
	tm.shows("/ ")
	// A megabyte at once: what is over the budget is dropped, and the
	// session keeps answering.
	tm.typ(strings.Repeat("x", 1<<20))
	// An escape typed while the rest of the megabyte still streams in is
	// cut with it, as over the budget: the session answers one typed
	// once the flood is over.
	tm.shows("No city matches")
	for deadline := time.Now().Add(patience); ; {
		tm.typ("\x1b")
		time.Sleep(200 * time.Millisecond)
		if strings.Contains(tm.text(), "/ search") || time.Now().After(deadline) {
			break
		}
	}
	tm.shows("/ search")
	tm.typ("/")
	tm.shows("/ ")
	tm.typ("гюрг")
	tm.shows("EN · 1 of 9", "Giurgiu")
	tm.typ("\x1b")
	tm.shows("/ search")
	tm.typ("q")
	if got := tm.ended(); got != 0 {
		t.Errorf("status %d", got)
	}
	waitLog(t, log, regexp.MustCompile(`msg="input cut" client=\S+ bytes=\d+`))
}
