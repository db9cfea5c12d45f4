package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ruse-twins/ruse-twins/data/synth"
)

// pasteGapForTests is longer than the pause after which the app ends a
// paste that has no end marker (ui's pasteGap).
const pasteGapForTests = 700 * time.Millisecond

// kioskArgs is a kiosk as the tests run it: a short idle time, so that
// the return home can be watched, and F12 to leave.
var kioskArgs = []string{"--kiosk", "--idle", "5s", "--exit-key", "f12", "--lang", "en"}

// stillKiosk checks that the kiosk is still there and answers: the shell
// around it has not come back, and letters typed filter the list (in
// whichever language the keys left it).
func (s *screen) stillKiosk(after string) {
	s.t.Helper()
	// Once a marker typed last shows, every key before it has been read.
	s.typeText("zz9")
	s.waitFor("the marker typed after "+after, func(got string) bool {
		return strings.Contains(got, "zz9 ") && !strings.Contains(got, "EXIT=")
	})
	s.home(after)
	s.typeText("volg")
	got := s.waitFor("the kiosk to answer after "+after, func(got string) bool {
		return strings.Contains(got, "» volg") &&
			(strings.Contains(got, "> Volgograd") || strings.Contains(got, "> Волгоград"))
	})
	if strings.Contains(got, "EXIT=") || strings.Contains(got, "BEFORE THE BROWSER") {
		s.t.Fatalf("after %s the program ended:\n%s", after, got)
	}
	s.keys("Escape")
	s.waitFor("the whole list", func(got string) bool {
		return strings.Contains(got, "9 of 9") || strings.Contains(got, "9 от 9")
	})
}

// home presses esc until the query is empty and the list shows: once from
// a page, twice with a query. (Two escapes read at once are one key to
// bubbletea, alt+esc, so they go one at a time.)
func (s *screen) home(after string) {
	s.t.Helper()
	empty := func(got string) bool {
		return strings.Contains(got, "» name, country") || strings.Contains(got, "» име, държава")
	}
	deadline := time.Now().Add(patience)
	for got := s.capture(); !empty(got); got = s.capture() {
		if time.Now().After(deadline) || strings.Contains(got, "EXIT=") {
			s.t.Fatalf("after %s esc does not clear the query:\n%s", after, got)
		}
		s.keys("Escape")
		time.Sleep(50 * time.Millisecond)
	}
}

func TestKioskTypesWithoutSlash(t *testing.T) {
	s := start(t, 80, 24, kioskArgs...)
	s.waitShows("Type a city's name · Напишете името на град", "EN · 9 of 9", "tab български")
	if got := s.capture(); strings.Contains(got, "quit") || strings.Contains(got, "q quit") {
		t.Errorf("the kiosk's help bar offers a quit key:\n%s", got)
	}
	s.typeText("trogir")
	s.waitShows("» trogir", "EN · 1 of 9", "> Trogir", "781 km")
	// tab switches the language; letters still type.
	s.keys("Tab")
	s.waitShows("BG · 1 от 9", "> Трогир", "tab English")
	s.keys("Tab", "Escape")
	s.waitShows("EN · 9 of 9", "> Trogir")
	s.keys("F12")
	s.restored()
}

func TestKioskNothingEscapes(t *testing.T) {
	s := start(t, 80, 24, kioskArgs...)
	s.waitShows("EN · 9 of 9")
	for _, group := range [][]string{
		{"q", "Q", "C-c", "C-z", `C-\`, "C-d", "C-q", "C-s", "C-x", "C-v", "C-l"},
		{"F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11"},
		{"M-q", "M-x", "M-F4", "M-C-c", "Escape", "Tab", "BTab", "Enter", "IC", "DC", "PPage", "NPage", "Home", "End"},
	} {
		s.keys(group...)
		s.stillKiosk(strings.Join(group, " "))
	}
	// A paste, bracketed as terminals send it, with control characters
	// and a newline in it.
	s.tmux("set-buffer", "--", "q\x03\x1a\x1c\x04exit\nquit")
	s.tmux("paste-buffer", "-p")
	s.stillKiosk("a paste")
	s.keys("F12")
	s.restored()
}

func TestKioskReturnsHomeWhenIdle(t *testing.T) {
	s := start(t, 80, 24, kioskArgs...)
	s.waitShows("EN · 9 of 9")
	s.typeText("trogir")
	s.keys("Enter", "Tab")
	s.waitShows("BG · 1 от 9", "» trogir")
	// 5 s of idle, the last part a countdown in both languages, then home.
	s.waitShows("Still there?", "Още ли сте тук?")
	got := s.waitFor("the home screen", func(got string) bool {
		return strings.Contains(got, "EN · 9 of 9") && strings.Contains(got, "Type a city's name")
	})
	if strings.Contains(got, "trogir") || !strings.Contains(got, "> Saint-Ouen") {
		t.Errorf("not the home screen:\n%s", got)
	}
	s.keys("F12")
	s.restored()
}

func TestKioskSignalsRestoreTheTerminal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP, syscall.SIGSTKFLT} {
		t.Run(sig.String(), func(t *testing.T) {
			s := start(t, 80, 24, kioskArgs...)
			s.waitShows("EN · 9 of 9")
			s.signal(sig)
			s.restoredWith(128 + int(sig))
		})
	}
}

func TestKioskBadExitKey(t *testing.T) {
	s := start(t, 80, 24, "--kiosk", "--exit-key", `"ctrl+x ctlr+q"`)
	got := s.waitShows("EXIT=")
	if !strings.Contains(got, "EXIT=2") || !strings.Contains(got, `unknown key "ctlr+q"`) {
		t.Errorf("a misspelt exit key:\n%s", got)
	}
}

// TestKioskHearsAfterAnUnendedPaste types the six bytes that begin a
// bracketed paste, and nothing to end it: after a moment the kiosk hears
// keys again, and the exit chord.
func TestKioskHearsAfterAnUnendedPaste(t *testing.T) {
	s := start(t, 80, 24, kioskArgs...)
	s.waitShows("EN · 9 of 9")
	s.tmux("send-keys", "-H", "1b", "5b", "32", "30", "30", "7e")
	time.Sleep(pasteGapForTests)
	s.stillKiosk("an unended paste")
	s.keys("F12")
	s.restored()
}

// TestKioskHearsAfterAHugePaste pastes 8 MB: the kiosk reads it all, keeps
// a little, and hears keys again soon after.
func TestKioskHearsAfterAHugePaste(t *testing.T) {
	s := start(t, 80, 24, kioskArgs...)
	s.waitShows("EN · 9 of 9")
	buf := filepath.Join(t.TempDir(), "paste")
	if err := os.WriteFile(buf, bytes.Repeat([]byte("Русе zzzz "), 8<<20/14), 0o644); err != nil {
		t.Fatal(err)
	}
	s.tmux("load-buffer", buf)
	s.tmux("paste-buffer", "-p")
	// The query keeps the start of it, which no city matches: every
	// word must match, and no city has "zzzz".
	s.waitShows("EN · 0 of 9")
	s.home("a huge paste")
	s.stillKiosk("a huge paste")
	s.keys("F12")
	s.restored()
}

// bigDataset writes a dataset of n synthetic partners, which takes the
// app a moment to load.
func bigDataset(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	if err := synth.WriteDir(dir, synth.Home(), synth.Cities(n)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestKioskWhileLoading presses ctrl+\ and ctrl+z while a large dataset
// loads, before the terminal is in raw mode, when they send SIGQUIT (a
// stack dump) and SIGTSTP: the kiosk takes no notice. Then SIGTERM, still
// while it loads, ends it at once with the status that says so.
func TestKioskWhileLoading(t *testing.T) {
	dir := bigDataset(t, 5000)
	s := startAlone(t, 80, 24, append([]string{"--data", dir}, kioskArgs...)...)
	s.loading()
	s.keys(`C-\`, "C-z")
	got := s.waitShows("EN · 5000 of 5000")
	if strings.Contains(got, "goroutine") || strings.Contains(got, "EXIT=") {
		t.Fatalf("the kiosk did not survive ctrl+\\ while loading:\n%s", got)
	}
	s.keys("F12")
	s.restored()

	s = start(t, 80, 24, append([]string{"--data", dir}, kioskArgs...)...)
	s.loading()
	s.signal(syscall.SIGTERM)
	s.restoredWith(143)
}

// loading waits until the app runs and has begun to load its data: the
// binary is the process, and has had a moment to start (a Go program
// takes a few milliseconds to reach main, and until then SIGQUIT is the
// runtime's). Loading 5000 cities takes longer than that moment.
func (s *screen) loading() {
	s.t.Helper()
	deadline := time.Now().Add(patience)
	for {
		b, _ := os.ReadFile(s.pid)
		if exe, err := os.Readlink("/proc/" + strings.TrimSpace(string(b)) + "/exe"); err == nil && exe == binary {
			break
		}
		if time.Now().After(deadline) {
			s.t.Fatal("the app did not start")
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
}
