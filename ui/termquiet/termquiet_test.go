package termquiet

import (
	"os"
	"os/exec"
	"testing"
)

// TestHidesTermUntilRestore checks that TERM reads "dumb" from the start
// of the program until Restore gives back the one the program received.
// Without a TERM to hide, the test runs itself again with one.
func TestHidesTermUntilRestore(t *testing.T) {
	if !hadTerm {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHidesTermUntilRestore$")
		cmd.Env = append(os.Environ(), "TERM=xterm-256color")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("with TERM=xterm-256color: %v\n%s", err, out)
		}
		return
	}
	if got := os.Getenv("TERM"); got != "dumb" {
		t.Errorf("before Restore TERM is %q, want dumb", got)
	}
	Restore()
	if got := os.Getenv("TERM"); got != term {
		t.Errorf("after Restore TERM is %q, want %q", got, term)
	}
}
