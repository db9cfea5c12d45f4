package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// served is the app's `serve` running as a process of its own.
type served struct {
	sshTarget
	cmd  *exec.Cmd
	log  *syncBuffer
	done chan error // the process's end
}

// startServe runs `serve` on a free loopback port with a host key in dir
// and more args, and waits until it listens.
func startServe(t *testing.T, dir string, args ...string) *served {
	t.Helper()
	cmd := appCommand(nil, append([]string{"serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "host_key")}, args...)...)
	sv := &served{cmd: cmd, log: &syncBuffer{}, done: make(chan error, 1)}
	cmd.Stderr = sv.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { sv.done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-sv.done
	})
	m := waitLog(t, sv.log, listening)
	sv.addr, sv.fingerprint = m[1], m[2]
	return sv
}

// exitStatus waits for the server's process to end and returns its status.
func (sv *served) exitStatus(t *testing.T) int {
	t.Helper()
	select {
	case err := <-sv.done:
		sv.done <- err
		return exitCode(err)
	case <-time.After(patience):
		t.Fatalf("the server did not end; its log:\n%s", sv.log.String())
		return -1
	}
}

func TestServeBrowser(t *testing.T) {
	sv := startServe(t, t.TempDir())
	tm := sv.open(t, "xterm-256color", 100, 30, "LANG", "C.UTF-8")
	tm.shows(append([]string{"Partner cities · Ruse", "EN · 9 of 9"}, partners...)...)
	// The session asks the client's terminal for the mouse's clicks and
	// wheel (cell motion, SGR coordinates).
	if out := tm.out.String(); !strings.Contains(out, "\x1b[?1002h") || !strings.Contains(out, "\x1b[?1006h") {
		t.Errorf("the session did not ask for the mouse: %q", out[:min(len(out), 200)])
	}
	tm.typ("/")
	tm.shows("/ ")
	tm.typ("гюрг")
	tm.shows("EN · 1 of 9", "Giurgiu", "Romania")
	tm.typ("\x1b")
	tm.shows("/ search")
	tm.typ("q")
	if got := tm.ended(); got != 0 {
		t.Errorf("quit: status %d", got)
	}
	waitLog(t, sv.log, regexp.MustCompile(`msg=connect client=127.0.0.1:\d+ session=browser lang=en`))
	waitLog(t, sv.log, regexp.MustCompile(`msg=disconnect client=127.0.0.1:\d+ session=browser reason=quit status=0 seconds=[0-9.]+`))
}

// TestServeTwoTerminals has two clients at once, with different
// terminals, sizes and languages: each sees its own.
func TestServeTwoTerminals(t *testing.T) {
	sv := startServe(t, t.TempDir())
	bg := sv.open(t, "xterm-256color", 100, 30, "LANG", "bg_BG.UTF-8")
	console := sv.open(t, "linux", 80, 24, "LANG", "en_GB.UTF-8")
	bg.shows("Побратимени градове", "BG · 9 от 9", "Сент-Уан", "┏")
	console.shows("Partner cities · Ruse", "EN · 9 of 9", "Saint-Ouen", "╔")
	bg.drawsWidth(100)
	console.drawsWidth(80)
	// 256 colours for the one, the console's 16 for the other.
	if !strings.Contains(bg.out.String(), "38;5;") {
		t.Error("xterm-256color has no 256-colour sequences")
	}
	if strings.Contains(console.out.String(), "38;5;") || strings.Contains(console.out.String(), "38;2;") {
		t.Error("the Linux console was sent colours it does not have")
	}
	// A resize follows the client. The page comes a frame after the
	// list, rendered off the event loop: it is waited for, so that no
	// frame of the old size comes after the mark.
	console.shows("oldest")
	console.mark = len(console.out.String())
	if err := console.s.WindowChange(20, 60); err != nil {
		t.Fatal(err)
	}
	console.drawsWidth(60)
	// Each quits alone.
	bg.typ("q")
	if got := bg.ended(); got != 0 {
		t.Errorf("quit: status %d", got)
	}
	console.typ("/")
	console.shows("/ ")
	console.typ("trogir")
	console.shows("1 of 9", "Trogir")
}

// TestServeCommands runs list and show over ssh: the same output and
// statuses as the local commands.
func TestServeCommands(t *testing.T) {
	sv := startServe(t, t.TempDir(), "--lang", "en")
	local := func(env []string, args ...string) (string, int) {
		cmd := appCommand(env, args...)
		var out bytes.Buffer
		cmd.Stdout = &out
		err := cmd.Run()
		return out.String(), exitCode(err)
	}
	for _, c := range []struct {
		command string
		env     []string // sent over ssh and set locally
		status  int
	}{
		{"list --format json", nil, 0},
		{"list", []string{"LANG", "bg_BG.UTF-8"}, 0},
		{"list --format csv", nil, 0},
		{"show sent uan", nil, 0},
		{"show 'sent uan' --format markdown", []string{"LANG", "bg_BG.UTF-8"}, 0},
		{"show trogir --format json", nil, 0},
		{"show tourism", nil, 1},
		{"show nowhere-at-all", nil, 1},
		{"list --format yaml", nil, 2},
	} {
		t.Run(c.command, func(t *testing.T) {
			out, _, status := sv.run(t, c.command, c.env...)
			var env []string
			if len(c.env) == 2 {
				env = []string{c.env[0] + "=" + c.env[1]}
			} else {
				env = []string{"LANG=C.UTF-8"}
			}
			args := strings.Fields(strings.ReplaceAll(c.command, "'sent uan'", "sent-uan"))
			for i, a := range args {
				args[i] = strings.ReplaceAll(a, "sent-uan", "sent uan")
			}
			want, wantStatus := local(env, args...)
			if status != c.status || wantStatus != c.status {
				t.Errorf("status over ssh %d, local %d, want %d", status, wantStatus, c.status)
			}
			if out != want {
				t.Errorf("over ssh:\n%s\nlocally:\n%s", out, want)
			}
		})
	}
	out, _, _ := sv.run(t, "list --format json")
	if !strings.Contains(out, `"schema": "ruse-twins/1"`) || strings.Count(out, `"id": `) != 10 {
		t.Errorf("list --format json is not the dataset:\n%.300s", out)
	}
	// A language the client sends wins over --lang; without one, --lang.
	bgOut, _, _ := sv.run(t, "list", "LANG", "bg_BG.UTF-8")
	enOut, _, _ := sv.run(t, "list")
	if !strings.Contains(bgOut, "Сент-Уан") || !strings.Contains(enOut, "Saint-Ouen") {
		t.Errorf("languages: bg %q, en %q", bgOut, enOut)
	}
}

// TestServeRefusals: anything but the browser, list and show is refused
// in one line, and nothing reaches a shell.
func TestServeRefusals(t *testing.T) {
	sv := startServe(t, t.TempDir())
	for _, c := range []struct{ command, line string }{
		{"sh -c 'touch /tmp/ruse-twins-pwned'", "over ssh only list and show QUERY run"},
		{"validate /etc", "over ssh only list and show QUERY run"},
		{"validate /etc/shadow", "over ssh only list and show QUERY run"},
		{"--help", "over ssh only list and show QUERY run"},
		{"--lang bg list", "over ssh only list and show QUERY run (the command first)"},
		{"completion bash", "over ssh only list and show QUERY run"},
		{"__complete show tr", "over ssh only list and show QUERY run"},
		{"list --data /etc", "--data is not available over ssh"},
		{"list --data=/no/such/dir", "--data is not available over ssh"},
		{"show trogir -data /etc", "--data is not available over ssh"},
	} {
		out, errOut, status := sv.run(t, c.command)
		if status != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, c.line) {
			t.Errorf("%s: status %d, stdout %q, stderr %q", c.command, status, out, errOut)
		}
	}
	// A flag of another command is the parser's usage error, as locally.
	if out, errOut, status := sv.run(t, "show trogir --log /tmp/ruse-twins-pwned"); status != 2 || out != "" ||
		!strings.Contains(errOut, "--log applies to the browser and serve, not to show") {
		t.Errorf("show --log: status %d, stdout %q, stderr %q", status, out, errOut)
	}
	// The commands' help is there too.
	if out, _, status := sv.run(t, "show --help"); status != 0 || !strings.Contains(out, "--format") {
		t.Errorf("show --help: status %d, %q", status, out)
	}
	if _, err := os.Stat("/tmp/ruse-twins-pwned"); err == nil {
		t.Error("a command reached the file system")
	}
	// A shell without a terminal.
	s := sv.session(t)
	var errOut bytes.Buffer
	s.Stderr = &errOut
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	if got := exitStatus(t, s.Wait()); got != 2 || !strings.Contains(errOut.String(), "the browser needs a terminal: ssh -t HOST") {
		t.Errorf("a shell without a terminal: status %d, %q", got, errOut.String())
	}
	// SFTP, or any subsystem.
	// (x/crypto's client cannot wait for a subsystem's status; the
	// channel's end is read instead.)
	s = sv.session(t)
	stderr, err := s.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RequestSubsystem("sftp"); err != nil {
		t.Fatal(err)
	}
	if line, err := io.ReadAll(stderr); err != nil || !strings.Contains(string(line), "no SFTP or other subsystems here") {
		t.Errorf("sftp: %q, %v", line, err)
	}
	// Port forwarding, both ways.
	c, err := sv.dial(t, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Dial("tcp", sv.addr); err == nil || !strings.Contains(err.Error(), "no port forwarding") {
		t.Errorf("local forwarding: %v", err)
	}
	if _, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		t.Error("remote forwarding was accepted")
	}
	// Agent and X11 forwarding.
	s, err = c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	for _, req := range []string{"auth-agent-req@openssh.com", "x11-req"} {
		payload := []byte(nil)
		if req == "x11-req" {
			payload = gossh.Marshal(struct {
				Single        bool
				Proto, Cookie string
				Screen        uint32
			}{false, "MIT-MAGIC-COOKIE-1", "00", 0})
		}
		if ok, err := s.SendRequest(req, true, payload); ok || err != nil {
			t.Errorf("%s: accepted %v, %v", req, ok, err)
		}
	}
	for _, reason := range []string{"channel direct-tcpip", "remote forwarding", "auth-agent-req@openssh.com", "x11-req", "subsystem sftp", "a shell without a terminal"} {
		waitLog(t, sv.log, regexp.MustCompile(`msg=refused client=127.0.0.1:\d+ reason="?`+regexp.QuoteMeta(reason)))
	}
}

// TestServeStops: on SIGTERM the server stops accepting, tells every
// session, ends them all, and exits 143.
func TestServeStops(t *testing.T) {
	sv := startServe(t, t.TempDir())
	a := sv.open(t, "xterm-256color", 80, 24)
	b := sv.open(t, "xterm", 90, 25, "LANG", "bg_BG.UTF-8")
	a.shows("Saint-Ouen")
	b.shows("Сент-Уан")
	if err := sv.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for _, tm := range []*sshTerm{a, b} {
		if got := tm.ended(); got != 143 {
			t.Errorf("session ended with %d", got)
		}
		if !strings.Contains(tm.errs.String(), "the server is stopping") {
			t.Errorf("the session was told %q", tm.errs.String())
		}
	}
	if got := sv.exitStatus(t); got != 143 {
		t.Errorf("the server exited %d; its log:\n%s", got, sv.log.String())
	}
	if _, err := sv.dial(t, ""); err == nil {
		t.Error("a stopped server accepted a connection")
	}
	waitLog(t, sv.log, regexp.MustCompile(`msg=stopping sessions=2`))
	waitLog(t, sv.log, regexp.MustCompile(`msg=stopped`))
}

// TestServeHostKey: made at its path with mode 0600 on the first start
// (nothing in the working directory), the same key after, and refused
// when others may read it.
func TestServeHostKey(t *testing.T) {
	dir := t.TempDir()
	sv := startServe(t, dir)
	waitLog(t, sv.log, regexp.MustCompile(`msg="host key created" path=\S+host_key fingerprint=`+regexp.QuoteMeta(sv.fingerprint)))
	fi, err := os.Stat(filepath.Join(dir, "host_key"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o", fi.Mode().Perm())
	}
	for _, f := range []string{"id_ed25519", "id_ed25519.pub"} {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s was written in the working directory", f)
		}
	}
	sv.cmd.Process.Signal(syscall.SIGTERM)
	sv.exitStatus(t)
	again := startServe(t, dir)
	if again.fingerprint != sv.fingerprint {
		t.Errorf("the second start has another key: %s, then %s", sv.fingerprint, again.fingerprint)
	}
	if strings.Contains(again.log.String(), "host key created") {
		t.Error("the key was made again")
	}
	again.cmd.Process.Signal(syscall.SIGTERM)
	again.exitStatus(t)
	os.Chmod(filepath.Join(dir, "host_key"), 0o644)
	cmd := appCommand(nil, "serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "host_key"))
	out, err := cmd.CombinedOutput()
	if exitCode(err) != 1 || !strings.Contains(string(out), "others may read this key") {
		t.Errorf("a readable key: status %d, %s", exitCode(err), out)
	}
}

// TestServeAuthorizedKeys: with --authorized-keys, only those keys get in.
func TestServeAuthorizedKeys(t *testing.T) {
	dir := t.TempDir()
	newKey := func() gossh.Signer {
		_, k, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		s, err := gossh.NewSignerFromKey(k)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	known, stranger := newKey(), newKey()
	keys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(keys, gossh.MarshalAuthorizedKey(known.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	sv := startServe(t, dir, "--authorized-keys", keys)
	if _, err := gossh.Dial("tcp", sv.addr, sv.config(stranger)); err == nil {
		t.Error("an unknown key got in")
	}
	if _, err := gossh.Dial("tcp", sv.addr, sv.config()); err == nil {
		t.Error("a client without a key got in")
	}
	c, err := gossh.Dial("tcp", sv.addr, sv.config(known))
	if err != nil {
		t.Fatalf("the authorized key: %v", err)
	}
	defer c.Close()
	s, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.Output("show giurgiu --format json")
	if err != nil || !strings.Contains(string(out), `"id": "giurgiu"`) {
		t.Errorf("show over the authorized key: %v, %.100s", err, out)
	}
}

// TestServeKiosk: the kiosk's lock holds in every session, and the exit
// chord ends only the session it was typed in.
func TestServeKiosk(t *testing.T) {
	sv := startServe(t, t.TempDir(), "--kiosk")
	a := sv.open(t, "xterm-256color", 100, 30)
	b := sv.open(t, "xterm-256color", 100, 30)
	a.shows("Type a city's name")
	b.shows("Type a city's name")
	// q and ctrl+c are typed into the query, or nothing; neither ends it.
	a.typ("q")
	a.shows("» q")
	a.typ("\x03\x1a\x1c")
	a.typ("\x7f")
	a.typ("гюрг")
	a.shows("» гюрг", "Giurgiu")
	// The exit chord, ctrl+x ctrl+q, ends this session only.
	a.typ("\x18")
	a.typ("\x11")
	if got := a.ended(); got != 0 {
		t.Errorf("exit chord: status %d", got)
	}
	b.typ("trogir")
	b.shows("» trogir", "1 of 9", "Trogir")
	waitLog(t, sv.log, regexp.MustCompile(`msg=disconnect client=\S+ session=kiosk reason=quit status=0`))
}
