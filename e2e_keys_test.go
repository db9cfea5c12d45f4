package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSuspendAndResume suspends the browser with ctrl+z in bash with job
// control, as a person's shell: the shell has the terminal back (its own
// screen, no mouse reports); fg brings the browser back as it was, its
// screen redrawn and the mouse its own again; q then quits with status 0.
func TestSuspendAndResume(t *testing.T) {
	if !hasTmux {
		t.Skip("tmux is not installed")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	dir := t.TempDir()
	s := &screen{t: t, socket: filepath.Join(dir, "tmux"), pid: filepath.Join(dir, "pid")}
	s.tmux("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24",
		"env", "-i", "HOME="+dir, "PATH="+os.Getenv("PATH"), "TERM=xterm-256color", "LANG=C.UTF-8", "PS1=$ ",
		"bash", "--norc", "--noprofile", "-i")
	t.Cleanup(func() { exec.Command("tmux", "-S", s.socket, "kill-server").Run() })
	s.waitShows("$") // the prompt; tmux drops the space after it
	s.typeText(fmt.Sprintf("%s=1 %s --lang en", asAppEnv, binary))
	s.keys("Enter")
	s.waitShows("EN · 9 of 9", "> Saint-Ouen")
	s.keys("j")
	s.waitShows("> Peristeri")
	s.waitFor("the mouse", func(string) bool { return s.flag("mouse_sgr_flag") == "1" })

	s.keys("C-z")
	got := s.waitShows("Stopped")
	if strings.Contains(got, "┃") || s.flag("alternate_on") != "0" || s.flag("mouse_sgr_flag") != "0" {
		t.Errorf("suspended, the terminal is not the shell's (alternate screen %s, mouse %s):\n%s",
			s.flag("alternate_on"), s.flag("mouse_sgr_flag"), got)
	}
	s.typeText("fg")
	s.keys("Enter")
	s.waitShows("EN · 9 of 9", "> Peristeri", "Partner cities · Ruse")
	s.waitFor("the mouse again", func(string) bool { return s.flag("mouse_sgr_flag") == "1" })
	s.keys("j")
	s.waitShows("> Simferopol")

	s.keys("q")
	s.waitFor("the shell", func(got string) bool { return s.flag("alternate_on") == "0" })
	s.typeText("echo EXIT=$?")
	s.keys("Enter")
	s.waitShows("EXIT=0")
}

// TestNoMouse checks that --no-mouse leaves the mouse to the terminal:
// the browser never asks for its reports, while the keys work.
func TestNoMouse(t *testing.T) {
	for _, args := range [][]string{{"--no-mouse"}, {"--kiosk", "--exit-key", "f12", "--no-mouse"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			s := start(t, 80, 24, append([]string{"--lang", "en"}, args...)...)
			s.waitShows("EN · 9 of 9")
			s.keys("Down")
			s.waitShows("> Peristeri")
			if f := s.flag("mouse_sgr_flag") + s.flag("mouse_any_flag") + s.flag("mouse_button_flag") + s.flag("mouse_standard_flag"); f != "0000" {
				t.Errorf("with --no-mouse the program asked for the mouse: %s", f)
			}
			if args[0] == "--kiosk" {
				s.keys("F12")
			} else {
				s.keys("q")
			}
			s.restored()
		})
	}
}

// flag is one of tmux's format flags of the pane ("mouse_sgr_flag").
func (s *screen) flag(name string) string {
	return strings.TrimSpace(s.tmux("display-message", "-p", "#{"+name+"}"))
}
