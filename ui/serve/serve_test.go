package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/ruse-twins/ruse-twins/model"
)

func TestLookOf(t *testing.T) {
	for _, c := range []struct {
		name    string
		env     []string
		term    string
		theme   string
		profile termenv.Profile
		dark    bool
		console bool
	}{
		{"xterm-256color", nil, "xterm-256color", "auto", termenv.ANSI256, true, false},
		{"truecolor", []string{"COLORTERM=truecolor"}, "xterm-256color", "auto", termenv.TrueColor, true, false},
		// No colour, but bold, underline and reverse, as locally.
		{"NO_COLOR", []string{"NO_COLOR=1"}, "xterm-256color", "auto", termenv.ANSI, true, false},
		{"Linux console", nil, "linux", "auto", termenv.ANSI, true, true},
		{"light by COLORFGBG", []string{"COLORFGBG=0;15"}, "xterm", "auto", termenv.ANSI, false, false},
		{"dark by COLORFGBG", []string{"COLORFGBG=15;default;0"}, "xterm", "auto", termenv.ANSI, true, false},
		{"--theme light", []string{"COLORFGBG=15;0"}, "xterm", "light", termenv.ANSI, false, false},
		{"--theme dark", []string{"COLORFGBG=0;15"}, "xterm", "dark", termenv.ANSI, true, false},
		{"no TERM", nil, "", "auto", termenv.ANSI, true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := lookOf(sessionEnv(c.env, c.term), c.theme)
			if l.Profile != c.profile || l.Dark != c.dark || l.Console != c.console {
				t.Errorf("profile %v dark %v console %v; want %v %v %v", l.Profile, l.Dark, l.Console, c.profile, c.dark, c.console)
			}
			if mono := c.name == "NO_COLOR" || c.name == "no TERM"; l.Mono != mono {
				t.Errorf("mono %v, want %v", l.Mono, mono)
			}
		})
	}
}

func TestLangOf(t *testing.T) {
	for _, c := range []struct {
		env      []string
		fallback model.Lang
		want     model.Lang
	}{
		{[]string{"LANG=bg_BG.UTF-8"}, model.EN, model.BG},
		{[]string{"LANG=C.UTF-8"}, model.BG, model.EN},
		{[]string{"LANG=bg_BG.UTF-8", "LC_ALL=en_GB.UTF-8"}, model.BG, model.EN},
		{[]string{"LC_MESSAGES=bg_BG.UTF-8", "LANG=en_GB.UTF-8"}, model.EN, model.BG},
		{nil, model.BG, model.BG},
		{nil, model.EN, model.EN},
	} {
		e := sessionEnv(c.env, "xterm")
		if got := langOf(e, c.fallback); got != c.want {
			t.Errorf("%v, else %v: %v", c.env, c.fallback, got)
		}
		// A command's default language follows the same rule.
		getenv := e.getenv(c.fallback)
		locale := getenv("LC_ALL") + getenv("LC_MESSAGES") + getenv("LANG")
		if strings.HasPrefix(strings.ToLower(locale), "bg") != (c.want == model.BG) {
			t.Errorf("%v, else %v: a command sees the locale %q", c.env, c.fallback, locale)
		}
	}
}

func TestSessionEnvKeepsOnlyItsOwn(t *testing.T) {
	e := sessionEnv([]string{"PATH=/evil", "LD_PRELOAD=/x.so", "LANG=bg_BG.UTF-8", "TERM=fake", "novalue"}, "xterm")
	if len(e) != 2 || e["LANG"] != "bg_BG.UTF-8" || e["TERM"] != "xterm" {
		t.Errorf("kept %v", e)
	}
}

func TestPasteBudget(t *testing.T) {
	now := time.Unix(1000, 0)
	in := &input{bytes: bucket{tokens: pasteBurst, filled: now}}
	if !in.take(pasteBurst, now) {
		t.Fatal("a burst of the budget's size was cut")
	}
	if in.take(1, now) {
		t.Error("a byte beyond the burst passed")
	}
	// A second later, the rate's worth fits again, and no more.
	now = now.Add(time.Second)
	if !in.take(pasteRate, now) {
		t.Error("a second's worth was cut")
	}
	if in.take(64, now) {
		t.Error("more than a second's worth passed")
	}
	if got := in.dropped.Load(); got != 65 {
		t.Errorf("dropped %d bytes, want 65", got)
	}
	// Typing, a few bytes at a time, always passes.
	for i := range 1000 {
		if !in.take(3, now.Add(time.Duration(i+1)*100*time.Millisecond)) {
			t.Fatalf("key %d was cut", i)
		}
	}
}

func TestHostKey(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "key")
	a, created, err := hostKey(path)
	if err != nil || !created {
		t.Fatalf("first start: created %v, %v", created, err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("key file: %v, %v", fi.Mode(), err)
	}
	b, created, err := hostKey(path)
	if err != nil || created || string(b.PublicKey().Marshal()) != string(a.PublicKey().Marshal()) {
		t.Errorf("second start: created %v, same key %v, %v", created, err == nil && string(b.PublicKey().Marshal()) == string(a.PublicKey().Marshal()), err)
	}
	os.Chmod(path, 0o640)
	if _, _, err := hostKey(path); err == nil || !strings.Contains(err.Error(), "others may read") {
		t.Errorf("a key others may read: %v", err)
	}
	if _, _, err := hostKey(filepath.Join(dir, "no-such-dir", "key")); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("a key in a missing directory: %v", err)
	}
	if _, _, err := hostKey(""); err == nil {
		t.Error("no path: no error")
	}
	os.WriteFile(filepath.Join(dir, "junk"), []byte("not a key"), 0o600)
	if _, _, err := hostKey(filepath.Join(dir, "junk")); err == nil {
		t.Error("a file that is no key: no error")
	}
}

func TestEventBudget(t *testing.T) {
	ss := &session{in: newInput(strings.NewReader("")), events: bucket{tokens: eventBurst, filled: time.Now()}}
	filter := ss.filter(nil)
	passed := 0
	for range 10 * eventBurst {
		if filter(nil, tea.KeyMsg{Type: tea.KeyDown}) != nil {
			passed++
		}
	}
	// The burst, and what the rate adds while the loop runs: a few at most.
	if passed < eventBurst || passed > eventBurst+5 {
		t.Errorf("%d of %d keys at once passed, want about %d", passed, 10*eventBurst, eventBurst)
	}
	// Other messages are not counted, and sizes are clamped.
	if got := filter(nil, tea.WindowSizeMsg{Width: 65535, Height: 0}); got != (tea.WindowSizeMsg{Width: maxCols, Height: 1}) {
		t.Errorf("a size of 65535×0 became %v", got)
	}
	if got := filter(nil, tea.QuitMsg{}); got == nil {
		t.Error("a quit was dropped")
	}
}
