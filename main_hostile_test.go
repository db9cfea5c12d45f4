package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/ruse-twins/ruse-twins/ui/termsafe"
	"github.com/ruse-twins/ruse-twins/ui/termsafe/termsafetest"
)

// fileName makes a payload a name a file can have: no slash, no NUL.
func fileName(payload string) string {
	return strings.NewReplacer("/", "_", "\x00", "_").Replace(payload)
}

// shippedCopy copies the embedded dataset to a new directory named name
// inside the test's own.
func shippedCopy(t *testing.T, name string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), name)
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("data/cities/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no dataset to copy: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestHostilePathsNeverReachTheTerminal names a dataset directory, and a
// broken file in it, after each payload, and runs every command that
// shows a path: nothing but text reaches the output, and the path is
// shown whole, escaped, on its own line.
func TestHostilePathsNeverReachTheTerminal(t *testing.T) {
	for _, p := range termsafetest.Payloads {
		name := fileName(p)
		good := shippedCopy(t, "ok"+name)
		bad := shippedCopy(t, "bad"+name)
		broken := filepath.Join(bad, "x"+name+".yaml")
		if err := os.WriteFile(broken, []byte("id: [\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		missing := filepath.Join(t.TempDir(), "none"+name)
		runs := []struct {
			args []string
			want string // what the output must show
		}{
			{[]string{"validate", good}, termsafe.Name(good) + ": valid"},
			{[]string{"--data", good, "validate"}, termsafe.Name(good) + ": valid"},
			{[]string{"validate", bad}, termsafe.Name(broken) + ":1: "},
			{[]string{"--data", bad, "list"}, termsafe.Name(broken) + ":1: "},
			{[]string{"--data", bad, "show", "trogir"}, termsafe.Name(broken) + ":1: "},
			{[]string{"--data", missing, "list"}, termsafe.Quote(missing) + ": no such directory"},
			{[]string{"validate", missing}, termsafe.Quote(missing) + ": no such directory"},
		}
		for _, r := range runs {
			stdout, stderr, _ := runCLI(t, r.args...)
			out := stdout + stderr
			if bad := termsafetest.Violations(out); len(bad) > 0 {
				t.Errorf("payload %q, %q: %v", p, r.args, bad)
			}
			if !strings.Contains(out, r.want) {
				t.Errorf("payload %q, %q: the output lacks %q:\n%s", p, r.args, r.want, out)
			}
		}
	}
}

// TestHostileArgumentsNeverReachTheTerminal passes each payload as every
// kind of argument: a query, a command, a flag, a flag's value.
func TestHostileArgumentsNeverReachTheTerminal(t *testing.T) {
	for _, p := range termsafetest.Payloads {
		for _, args := range [][]string{
			{"show", p},
			{"show", "--", "trogir", p},
			{"show", "--", "trogir", "-" + p},
			{"--lang", p, "list"},
			{"--format", p, "list"},
			{"--theme", p},
			{p},
			{"--" + p},
			{"-" + p},
			{"list", p},
			{"validate", p},
			{"--data", p, "list"},
			{"--kiosk", "--exit-key", p},
			{"--kiosk", "--idle", p},
			{"--kiosk", "--log", p},
		} {
			stdout, stderr, _ := runCLI(t, args...)
			if bad := termsafetest.Violations(stdout + stderr); len(bad) > 0 {
				t.Errorf("%q: %v", args, bad)
			}
		}
	}
}

// TestLogThatCannotBeOpened opens logs that cannot be: each error names the
// path escaped, and a named pipe is refused at once rather than waited
// on.
func TestLogThatCannotBeOpened(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe\x1b]52;c;aGk=\a.log")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for _, c := range []struct{ path, want string }{
		{fifo, `--log "` + strings.TrimPrefix(termsafe.Quote(fifo), `"`) + `: is not a regular file`},
		{filepath.Join(dir, "none\u202e", "x.log"), "no such file or directory"},
		{dir, "is not a regular file"},
	} {
		f, err := openLog(c.path)
		if err == nil {
			f.Close()
			t.Errorf("%q opened", c.path)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || len(termsafetest.Violations(err.Error())) > 0 {
			t.Errorf("%q: %v, want %q", c.path, err, c.want)
		}
	}
}

// TestHostilePathsInTheBrowsersStartUp starts the browser and the kiosk
// on a terminal, on a dataset with a broken file named after each of a
// few payloads: the start-up error names it escaped, and nothing else
// reaches the terminal.
func TestHostilePathsInTheBrowsersStartUp(t *testing.T) {
	for _, p := range []string{"\x1b]0;TITLE\a\x1b]52;c;SGVsbG8=\a\x1b[2J", "\u009b2J\u009d0;t\u009c", "evil\u202etxt", "x.yaml\ny.yaml:1: forged line"} {
		dir := shippedCopy(t, "bad")
		broken := filepath.Join(dir, "x"+p+".yaml")
		if err := os.WriteFile(broken, []byte("id: [\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"--data", dir, "--theme", "dark"}, {"--kiosk", "--data", dir, "--theme", "dark"}} {
			out, code := onPTY(t, []string{"TERM=xterm-256color"}, args...)
			out = strings.ReplaceAll(out, "\r\n", "\n") // the terminal's own line ends
			if bad := termsafetest.Violations(out); len(bad) > 0 || code != 2 || !strings.Contains(out, termsafe.Name(broken)+":1: ") {
				t.Errorf("payload %q, %q: exit %d, %v:\n%q", p, args, code, bad, out)
			}
		}
	}
}
