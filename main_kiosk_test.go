package main

import (
	"strings"
	"testing"
)

func TestKioskExitKeyIsChecked(t *testing.T) {
	for _, keys := range []string{"ctrl+x ctlr+q", "", "q", "F12", "enter", "esc", "tab", "f1", "up", "backspace", "a enter", "ctrl+i"} {
		_, stderr, code := runCLI(t, "--kiosk", "--exit-key", keys)
		if code != 2 || !strings.Contains(stderr, "--exit-key") {
			t.Errorf("--exit-key %q: exit %d, %q", keys, code, stderr)
		}
	}
}
