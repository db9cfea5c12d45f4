package cli

import (
	"errors"
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/ui/termsafe/termsafetest"
)

// FuzzParse gives Parse any command line (arguments separated by NUL,
// which no argument can hold): it never panics, every error is a
// UsageError, and no message carries anything that acts on a terminal.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"", "list", "show\x00trogir\x00--format\x00json", "--kiosk\x00--idle\x005s", "--idle\x00abc",
		"-idle", "--bogus", "show\x00trogir\x00-\x1b]52;c;SGk=\a", "--data\x00/no/\x1b[2J", "help\x00show",
		"completion\x00fish", "__complete\x00show\x00tr", "--exit-key\x00\u202e", "---\x00--", "-h\x00-x",
		"validate\x00a\x00b", "--lang=\xff", "--theme\x00\u00ad",
	} {
		f.Add(seed)
	}
	for _, p := range termsafetest.Payloads {
		f.Add("--" + p)
		f.Add("list\x00" + p)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Split(line, "\x00")
		if line == "" {
			args = nil
		}
		_, err := Parse(args, env(nil))
		if err == nil {
			return
		}
		var ue UsageError
		if !errors.As(err, &ue) {
			t.Fatalf("Parse(%q): %T %v", args, err, err)
		}
		if bad := termsafetest.Violations(ue.Msg); len(bad) > 0 || strings.ContainsAny(ue.Msg, "\n\r") {
			t.Fatalf("Parse(%q): %q: %v", args, ue.Msg, bad)
		}
	})
}
