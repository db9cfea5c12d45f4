package main

// The end-to-end tests drive the app as a person at a terminal would: in
// tmux, where they type keys, resize the window and read the screen, and
// in pseudo-terminals. The app they run is this test binary started again
// with asAppEnv set, so that it is rebuilt, and the tests run again,
// whenever anything the app is made of changes.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ruse-twins/ruse-twins/ui/termquiet"
)

// asAppEnv, set in its environment, makes the test binary the app: its
// TestMain runs main with the arguments it was given, and no test.
const asAppEnv = "RUSE_TWINS_TEST_AS_APP"

var (
	// binary is this test binary, which runs as the app under asAppEnv.
	binary string
	// hasTmux says whether tmux is installed; the tests in tmux skip
	// without it.
	hasTmux bool
)

// patience bounds every wait for the screen: a failure, never a pace.
const patience = 10 * time.Second

// TestMain runs the app when asAppEnv says so, and the tests otherwise.
func TestMain(m *testing.M) {
	if os.Getenv(asAppEnv) != "" {
		// The app's environment is the user's: the variable goes, and the
		// arguments are only those the test passed (no -test.* flags).
		os.Unsetenv(asAppEnv)
		if os.Getenv(panicKeyEnv) != "" {
			os.Exit(panickyKiosk())
		}
		main()
		os.Exit(0)
	}
	// The tests, and the programs they start, see TERM as it was given.
	termquiet.Restore()
	var err error
	if binary, err = os.Executable(); err != nil {
		fmt.Println("e2e: the test binary cannot find itself:", err)
		os.Exit(1)
	}
	if _, err := exec.LookPath("tmux"); err == nil {
		hasTmux = true
	} else {
		fmt.Println("e2e: tmux is not installed; the end-to-end tests in tmux are skipped (CI installs it)")
	}
	os.Exit(m.Run())
}

// appCommand returns a command that runs the app with args, in this
// process's environment with env ("NAME=value") added.
func appCommand(env []string, args ...string) *exec.Cmd {
	cmd := exec.Command(binary, args...)
	cmd.Env = append(append(os.Environ(), asAppEnv+"=1"), env...)
	return cmd
}

// screen is a tmux server of its own running the binary in one window.
type screen struct {
	t      *testing.T
	socket string // the tmux server's socket
	pid    string // file where the binary's process id is written
}

// start runs the binary with args in a new tmux window of width×height.
// The shell around it prints a line before and the exit status after, so
// that a test sees whether the terminal came back.
func start(t *testing.T, width, height int, args ...string) *screen {
	t.Helper()
	return startEnv(t, nil, width, height, args...)
}

// startEnv is start with more environment variables ("NAME=value").
func startEnv(t *testing.T, env []string, width, height int, args ...string) *screen {
	t.Helper()
	return startShell(t, "", env, width, height, args...)
}

// startAlone is start for a test whose keys send signals to the whole
// foreground process group, as ctrl+\ and ctrl+z do before the app puts
// the terminal in raw mode: the shell around the app ignores them, as
// on the kiosk's tty there is no shell at all. (The app's own handling
// does not depend on it: Go installs its SIGQUIT handler whatever the
// app inherits, and the app ignores SIGTSTP itself.)
func startAlone(t *testing.T, width, height int, args ...string) *screen {
	t.Helper()
	return startShell(t, `trap "" QUIT TSTP; `, nil, width, height, args...)
}

// startShell is startEnv with prefix run first by the shell around the
// app.
func startShell(t *testing.T, prefix string, env []string, width, height int, args ...string) *screen {
	t.Helper()
	if !hasTmux {
		t.Skip("tmux is not installed")
	}
	// A server of its own, on a socket in the test's directory, which goes
	// away with it.
	dir := t.TempDir()
	s := &screen{t: t, socket: filepath.Join(dir, "tmux"), pid: filepath.Join(dir, "pid")}
	env = append([]string{asAppEnv + "=1", "LANG=C.UTF-8", "TERM=xterm-256color", "COLORFGBG="}, env...)
	// tmux sets TERM in its panes whatever the session's environment
	// says, so the binary gets the TERM asked for from env(1).
	term := ""
	for _, e := range env {
		if strings.HasPrefix(e, "TERM=") {
			term = e
		}
	}
	// The binary replaces a shell that wrote its own pid, and env, so the
	// pid is the binary's; sleep keeps the window open to be read after it
	// ends.
	script := fmt.Sprintf(`%secho BEFORE THE BROWSER; sh -c 'echo $$ > %s; exec env %s %s %s'; echo EXIT=$?; exec sleep 600`,
		prefix, s.pid, term, binary, strings.Join(args, " "))
	session := []string{"-f", "/dev/null", "new-session", "-d", "-x", strconv.Itoa(width), "-y", strconv.Itoa(height)}
	for _, e := range env {
		session = append(session, "-e", e)
	}
	s.tmux(append(session, "sh", "-c", script)...)
	t.Cleanup(func() { exec.Command("tmux", "-S", s.socket, "kill-server").Run() })
	return s
}

// tmux runs a tmux command on the test's server.
func (s *screen) tmux(args ...string) string {
	s.t.Helper()
	// -u: the panes are UTF-8 whatever the test's locale.
	out, err := exec.Command("tmux", append([]string{"-u", "-S", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// keys sends tmux key names ("Enter", "Escape", "q").
func (s *screen) keys(names ...string) { s.tmux(append([]string{"send-keys"}, names...)...) }

// typeText types text literally, in any script.
func (s *screen) typeText(text string) { s.tmux("send-keys", "-l", text) }

// capture returns the screen as text.
func (s *screen) capture() string { return s.tmux("capture-pane", "-p") }

// waitFor polls the screen until ok holds, and fails after patience.
func (s *screen) waitFor(what string, ok func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(patience)
	for {
		got := s.capture()
		if ok(got) {
			return got
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waited %v for %s; the screen shows:\n%s", patience, what, got)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitShows waits until the screen shows every one of texts.
func (s *screen) waitShows(texts ...string) string {
	s.t.Helper()
	return s.waitFor(fmt.Sprintf("%q", texts), func(got string) bool {
		for _, t := range texts {
			if !strings.Contains(got, t) {
				return false
			}
		}
		return true
	})
}

// signal sends sig to the binary.
func (s *screen) signal(sig syscall.Signal) {
	s.t.Helper()
	b, err := os.ReadFile(s.pid)
	if err != nil {
		s.t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		s.t.Fatal(err)
	}
	if err := syscall.Kill(pid, sig); err != nil {
		s.t.Fatal(err)
	}
}

// restored waits for the binary to end and checks that it left the
// terminal as it found it: the shell's line from before is back, the
// browser is gone, and the exit status is 0.
func (s *screen) restored() {
	s.t.Helper()
	s.restoredWith(0)
}

// restoredWith is restored for a binary that ends with the exit status
// status (128+N for signal N).
func (s *screen) restoredWith(status int) {
	s.t.Helper()
	got := s.waitShows("EXIT=")
	if want := fmt.Sprintf("EXIT=%d\n", status); !strings.Contains(got, want) {
		s.t.Errorf("exit status: %s, want %d", regexp.MustCompile(`EXIT=\d+`).FindString(got), status)
	}
	if !strings.Contains(got, "BEFORE THE BROWSER") || strings.Contains(got, "┃") {
		s.t.Errorf("the terminal was not restored:\n%s", got)
	}
	// Raw mode is gone too: the terminal echoes again, and the shell
	// around the binary is back in charge.
	s.typeText("echoed")
	s.waitShows("echoed")
}

// partners are the nine partners' English names in the dataset.
var partners = []string{"Saint-Ouen", "Giurgiu", "Volgograd", "Peristeri", "Huainan", "Újbuda", "Trogir", "Bijeljina", "Simferopol"}

func TestStartShowsThePartnersAndQuits(t *testing.T) {
	s := start(t, 100, 30, "--lang", "en")
	s.waitShows(append([]string{"Partner cities · Ruse", "EN · 9 of 9", "q quit"}, partners...)...)
	s.keys("q")
	s.restored()
}

func TestSearchCyrillic(t *testing.T) {
	s := start(t, 100, 30, "--lang", "bg")
	s.waitShows("BG · 9 от 9", "Сент-Уан")
	s.keys("/")
	s.typeText("волгоград")
	// The city, and its facts in the detail pane.
	s.waitShows("/ волгоград", "BG · 1 от 9", "> Волгоград", "Русия", "1520 км", "Волгоградска област")
	s.keys("Escape")
	got := s.waitShows("BG · 9 от 9", "Сент-Уан", "Симферопол", "/ търсене")
	if !strings.Contains(got, "> Волгоград") {
		t.Errorf("esc lost the selected city:\n%s", got)
	}
	s.keys("q")
	s.restored()
}

func TestSearchLatin(t *testing.T) {
	s := start(t, 100, 30, "--lang", "en")
	s.waitShows("EN · 9 of 9")
	s.keys("/")
	s.typeText("trogir")
	s.waitShows("EN · 1 of 9", "> Trogir", "Croatia", "781 km", "Split-Dalmatia")
	// enter keeps the filter; now letters are keys again: l switches the
	// language, with the same city and filter.
	s.keys("Enter", "l")
	s.waitShows("BG · 1 от 9", "> Трогир", "Хърватия", "/ trogir")
	s.keys("Escape")
	s.waitShows("BG · 9 от 9", "Сент-Уан")
	s.keys("q")
	s.restored()
}

func TestResize(t *testing.T) {
	s := start(t, 100, 30, "--lang", "en")
	s.waitShows("EN · 9 of 9")
	// Select a city that is not the first, by searching and clearing.
	s.keys("/")
	s.typeText("volgograd")
	s.keys("Enter")
	s.waitShows("EN · 1 of 9", "> Volgograd", "1520 km")
	s.keys("Escape")
	s.waitShows("EN · 9 of 9", "> Volgograd", "1520 km")

	s.tmux("resize-window", "-x", "60", "-y", "20")
	// One pane: the list, without the detail.
	s.waitFor("the narrow list", func(got string) bool {
		return strings.Contains(got, "> Volgograd") && !strings.Contains(got, "1520 km") && maxWidth(got) <= 60
	})
	s.keys("Enter")
	s.waitFor("the narrow detail", func(got string) bool {
		return strings.Contains(got, "1520 km") && !strings.Contains(got, "Saint-Ouen")
	})
	s.keys("Escape")
	s.waitShows("> Volgograd")

	s.tmux("resize-window", "-x", "20", "-y", "6")
	s.waitShows("Window too small.")

	s.tmux("resize-window", "-x", "100", "-y", "30")
	s.waitShows("> Volgograd", "1520 km", "Saint-Ouen", "EN · 9 of 9")
	s.keys("q")
	s.restored()
}

func TestSignalsRestoreTheTerminal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGSTKFLT, syscall.SIGABRT} {
		t.Run(sig.String(), func(t *testing.T) {
			s := start(t, 100, 30, "--lang", "en")
			s.waitShows("EN · 9 of 9")
			s.signal(sig)
			s.restoredWith(128 + int(sig))
		})
	}
}

// maxWidth is the widest line of a screen, in characters (the tests' text
// is all one column a character).
func maxWidth(screen string) int {
	w := 0
	for _, l := range strings.Split(screen, "\n") {
		w = max(w, len([]rune(strings.TrimRight(l, " "))))
	}
	return w
}
