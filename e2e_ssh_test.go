package main

// Clients for the end-to-end tests of serve: SSH sessions made with
// golang.org/x/crypto/ssh, as a program a user runs would make them, that
// read what the server writes as a terminal would show it (its escape
// sequences dropped).

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// syncBuffer is a bytes.Buffer that a test reads while a goroutine writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitLog waits until buf holds a line that re matches, and returns its
// submatches.
func waitLog(t *testing.T, buf *syncBuffer, re *regexp.Regexp) []string {
	t.Helper()
	deadline := time.Now().Add(patience)
	for {
		if m := re.FindStringSubmatch(buf.String()); m != nil {
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited %v for %v in the log:\n%s", patience, re, buf.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// listening matches the server's first log line: its address and its
// host key's fingerprint.
var listening = regexp.MustCompile(`msg=listening address=(\S+) fingerprint=(\S+)`)

// sshTarget is a server to connect to: its address, and the fingerprint
// its host key must have.
type sshTarget struct {
	addr, fingerprint string
}

// config is a client's configuration for the target: no key (the server
// is open) unless signers are given, and the host key checked.
func (st sshTarget) config(signers ...gossh.Signer) *gossh.ClientConfig {
	cfg := &gossh.ClientConfig{
		User: "visitor",
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error {
			if got := gossh.FingerprintSHA256(key); got != st.fingerprint {
				return fmt.Errorf("host key %s, the server logged %s", got, st.fingerprint)
			}
			return nil
		},
		Timeout: patience,
	}
	if len(signers) > 0 {
		cfg.Auth = []gossh.AuthMethod{gossh.PublicKeys(signers...)}
	}
	return cfg
}

// dial connects to the target, from the loopback address local ("" for
// any).
func (st sshTarget) dial(t *testing.T, local string) (*gossh.Client, error) {
	t.Helper()
	d := net.Dialer{Timeout: patience}
	if local != "" {
		d.LocalAddr = &net.TCPAddr{IP: net.ParseIP(local)}
	}
	nc, err := d.Dial("tcp", st.addr)
	if err != nil {
		return nil, err
	}
	c, chans, reqs, err := gossh.NewClientConn(nc, st.addr, st.config())
	if err != nil {
		nc.Close()
		return nil, err
	}
	client := gossh.NewClient(c, chans, reqs)
	t.Cleanup(func() { client.Close() })
	return client, nil
}

// session opens a session on a new connection.
func (st sshTarget) session(t *testing.T) *gossh.Session {
	t.Helper()
	c, err := st.dial(t, "")
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// run runs a command over a session of its own and returns what it wrote
// to stdout and stderr and its exit status.
func (st sshTarget) run(t *testing.T, command string, env ...string) (stdout, stderr string, status int) {
	t.Helper()
	s := st.session(t)
	for i := 0; i+1 < len(env); i += 2 {
		if err := s.Setenv(env[i], env[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	var out, errOut bytes.Buffer
	s.Stdout, s.Stderr = &out, &errOut
	status = exitStatus(t, s.Run(command), &out, &errOut)
	return out.String(), errOut.String(), status
}

// exitStatus is the exit status a session's end reports.
func exitStatus(t *testing.T, err error, out ...fmt.Stringer) int {
	t.Helper()
	var ee *gossh.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitStatus()
	}
	t.Fatalf("the session ended without a status: %v (%v)", err, out)
	return -1
}

// sshTerm is a session with a pseudo-terminal, running the browser: what
// a person with `ssh -t` has.
type sshTerm struct {
	t    *testing.T
	c    *gossh.Client // closed when the session ends, as ssh does
	s    *gossh.Session
	in   io.WriteCloser
	out  *syncBuffer
	errs *syncBuffer
	mark int // where the screen's text since the last type starts
}

// open starts the browser in a terminal of name term, w×h, with env
// ("NAME", "value", ...) sent first, on a connection of its own.
func (st sshTarget) open(t *testing.T, term string, w, h int, env ...string) *sshTerm {
	t.Helper()
	return st.openFrom(t, "", term, w, h, env...)
}

// openFrom is open from the loopback address local.
func (st sshTarget) openFrom(t *testing.T, local, term string, w, h int, env ...string) *sshTerm {
	t.Helper()
	c, err := st.dial(t, local)
	if err != nil {
		t.Fatal(err)
	}
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(env); i += 2 {
		if err := s.Setenv(env[i], env[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	tm := &sshTerm{t: t, c: c, s: s, out: &syncBuffer{}, errs: &syncBuffer{}}
	s.Stdout, s.Stderr = tm.out, tm.errs
	if tm.in, err = s.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := s.RequestPty(term, h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	return tm
}

// text is what the terminal has shown since the last type, escape
// sequences dropped.
func (tm *sshTerm) text() string {
	out := tm.out.String()
	return ansi.Strip(out[min(tm.mark, len(out)):])
}

// shows waits until the terminal has shown every one of texts since the
// last type.
func (tm *sshTerm) shows(texts ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(patience)
	for {
		got := tm.text()
		missing := ""
		for _, s := range texts {
			if !strings.Contains(got, s) {
				missing = s
				break
			}
		}
		if missing == "" {
			return got
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("waited %v for %q; the terminal shows:\n%s\nstderr: %s", patience, missing, got, tm.errs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// typ types keys (bytes, as a terminal sends them); what the terminal
// shows next counts from here.
func (tm *sshTerm) typ(keys string) {
	tm.t.Helper()
	tm.mark = len(tm.out.String())
	if _, err := io.WriteString(tm.in, keys); err != nil {
		tm.t.Fatal(err)
	}
}

// ended waits for the session to end and returns its exit status.
func (tm *sshTerm) ended() int {
	tm.t.Helper()
	done := make(chan error, 1)
	go func() { done <- tm.s.Wait() }()
	select {
	case err := <-done:
		tm.c.Close()
		return exitStatus(tm.t, err, tm.errs)
	case <-time.After(patience):
		tm.t.Fatalf("waited %v for the session to end; stderr: %s", patience, tm.errs.String())
		return -1
	}
}

// cursorMove matches the sequences that move the cursor to another line,
// where a line of the screen ends as surely as at a line break.
var cursorMove = regexp.MustCompile(`\x1b\[[0-9;]*[HABf]|\r|\n`)

// drawsWidth waits until the widest line the terminal has drawn since the
// last type is w columns, and fails if it is ever wider.
func (tm *sshTerm) drawsWidth(w int) {
	tm.t.Helper()
	deadline := time.Now().Add(patience)
	for {
		got := tm.widest()
		if got > w {
			tm.t.Fatalf("a line of %d columns in a terminal of %d:\n%s", got, w, tm.text())
		}
		if got == w {
			return
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("waited %v for a line of %d columns; the widest is %d:\n%s", patience, w, got, tm.text())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// widest is the widest line the terminal has drawn since the last type,
// in columns.
func (tm *sshTerm) widest() int {
	out := tm.out.String()
	w := 0
	for _, line := range cursorMove.Split(out[min(tm.mark, len(out)):], -1) {
		w = max(w, ansi.StringWidth(line))
	}
	return w
}
