package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// TestInitOrder runs the app under GODEBUG=inittrace=1, which prints a
// line to stderr as each package with work to do in its initialisation
// finishes it, and checks that termquiet, which hides TERM, comes before
// bubbletea, whose init would otherwise query the terminal. termquiet's
// line always shows: reading the environment does work. So does
// bubbletea's, whose init asks for the background colour, and that line
// is the one that matters; lipgloss and termenv, which that query goes
// through, must come after termquiet too, and they do, since both import
// os. The app is this test binary run as the app: termquiet's place does
// not depend on what else is linked in, only on its importing syscall
// alone, so the order is that of the built ruse-twins.
func TestInitOrder(t *testing.T) {
	cmd := appCommand([]string{"GODEBUG=inittrace=1"}, "list")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("list: %v\n%s", err, stderr.String())
	}
	inits := regexp.MustCompile(`(?m)^init (\S+) @`).FindAllStringSubmatch(stderr.String(), -1)
	at := map[string]int{}
	for i, m := range inits {
		at[m[1]] = i
	}
	quiet, ok := at["github.com/ruse-twins/ruse-twins/ui/termquiet"]
	if !ok {
		t.Fatalf("no init line for termquiet in:\n%s", stderr.String())
	}
	for _, pkg := range []string{"os", "github.com/muesli/termenv", "github.com/charmbracelet/lipgloss", "github.com/charmbracelet/bubbletea"} {
		i, ok := at[pkg]
		if !ok {
			t.Errorf("no init line for %s", pkg)
			continue
		}
		if i < quiet {
			t.Errorf("%s is initialised before termquiet, which hides TERM from it", pkg)
		}
	}
}

// terminalQueries match what a program writes to ask the terminal
// something: its foreground or background colour, the cursor position,
// its device attributes.
var terminalQueries = regexp.MustCompile(`\x1b\](10|11);\?|\x1b\[6n|\x1b\[c|\x1b\[0c`)

// TestNoQueryAtStart runs list in a pseudo-terminal that answers nothing,
// with a TERM that termenv would query and no COLORFGBG to spare it:
// nothing the app writes asks the terminal anything, so bubbletea's init
// asked nothing either.
func TestNoQueryAtStart(t *testing.T) {
	cmd := appCommand([]string{"TERM=xterm-256color", "LANG=C.UTF-8", "COLORFGBG=", "NO_COLOR="}, "--lang", "en", "list")
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx.Close()
	var screen bytes.Buffer
	done := make(chan struct{})
	go func() { screen.ReadFrom(ptmx); close(done) }()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("list: %v", err)
	}
	<-done
	if q := terminalQueries.FindString(screen.String()); q != "" {
		t.Errorf("the app asked the terminal %q:\n%q", q, screen.String())
	}
	if !strings.Contains(screen.String(), "Saint-Ouen") {
		t.Errorf("no list on the terminal:\n%q", screen.String())
	}
}
