package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// onPTY runs the app with args in a new pseudo-terminal of 100×30 with
// env added, until it ends, and returns everything it wrote and its exit
// status.
func onPTY(t *testing.T, env []string, args ...string) (string, int) {
	t.Helper()
	cmd := appCommand(append([]string{"LANG=C.UTF-8", "COLORFGBG="}, env...), args...)
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	var out bytes.Buffer
	read := make(chan struct{})
	go func() { out.ReadFrom(ptmx); close(read) }()
	err = cmd.Wait()
	<-read
	return out.String(), exitCode(err)
}

// TestShowOnADumbTerminal prints a page on a terminal that says it is
// dumb: plain text, no escape sequence.
func TestShowOnADumbTerminal(t *testing.T) {
	out, code := onPTY(t, []string{"TERM=dumb"}, "--lang", "en", "show", "trogir")
	if code != 0 || !strings.Contains(out, "Trogir") || strings.Contains(out, "\x1b") {
		t.Errorf("exit %d:\n%q", code, out)
	}
}

// TestShowCodeBlockEnds shows, on a colour terminal, a page whose
// description holds a code block for chroma's Jungle lexer, which never
// ends on "/" (chroma#1377): code is not highlighted, and show ends with
// the block drawn as text.
func TestShowCodeBlockEnds(t *testing.T) {
	out, code := onPTY(t, []string{"TERM=xterm-256color"}, "--data", codeDataset(t), "--lang", "en", "show", "trogir")
	if code != 0 || !strings.Contains(out, "Trogir") || !strings.Contains(out, "/") || strings.Contains(out, "plain text") {
		t.Errorf("exit %d:\n%q", code, out)
	}
}

// codeDataset is a copy of the shipped data in which Trogir's page holds
// a code block for chroma's Jungle lexer (see TestShowCodeBlockEnds).
func codeDataset(t *testing.T) string {
	t.Helper()
	dir := shippedCopy(t, "code")
	p := filepath.Join(dir, "trogir.yaml")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.Replace(b, []byte("  en: |\n"), []byte("  en: |\n    ```jungle\n    /\n    ```\n\n"), 1)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBrowserCodeBlock opens that page in the browser: it shows, and the
// browser answers keys after it.
func TestBrowserCodeBlock(t *testing.T) {
	s := start(t, 100, 30, "--data", codeDataset(t), "--lang", "en")
	s.waitShows("EN · 9 of 9")
	s.keys("/")
	s.typeText("trogir")
	s.keys("Enter")
	s.waitShows("> Trogir", "Split-Dalmatia")
	s.keys("Down", "Up", "l")
	s.waitShows("BG · 1 от 9")
	s.keys("q")
	s.restored()
}

// TestKioskAttractsThroughCodeBlock lets the attract loop reach that page
// with nobody at the keyboard: it moves on past it, and the exit chord
// still works.
func TestKioskAttractsThroughCodeBlock(t *testing.T) {
	s := start(t, 100, 30, append([]string{"--data", codeDataset(t), "--attract", "1s"}, kioskArgs...)...)
	s.waitShows("> Trogir")
	s.waitShows("> Bijeljina")
	s.keys("F12")
	s.restored()
}
