package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/ui/cli"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
	"github.com/ruse-twins/ruse-twins/ui/termsafe/termsafetest"
)

// FuzzFileName names a broken file of a small dataset, and the dataset's
// directory, with any bytes a file name can hold, and runs validate and
// list on it: the output carries nothing but text, shows the file's name
// escaped, and every problem stays on its own path:line: line.
func FuzzFileName(f *testing.F) {
	for _, p := range termsafetest.Payloads {
		f.Add(p)
	}
	f.Add("trogir")
	f.Add(".hidden")
	f.Add("a:1: b")
	f.Add("\x8f\ufe0e") // a variation selector after an escaped byte: once left unescaped
	base, err := filepath.Glob("data/testdata/base/*.yaml")
	if err != nil || len(base) == 0 {
		f.Fatal("no base dataset", err)
	}
	files := map[string][]byte{}
	for _, p := range base {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		files[filepath.Base(p)] = b
	}
	f.Fuzz(func(t *testing.T, name string) {
		name = strings.NewReplacer("/", "_", "\x00", "_").Replace(name)
		if len(name) > 200 || name == "" || name == "." || name == ".." {
			return
		}
		dir := filepath.Join(t.TempDir(), name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Skip(err)
		}
		for n, b := range files {
			os.WriteFile(filepath.Join(dir, n), b, 0o644)
		}
		broken := filepath.Join(dir, name+".yaml")
		if err := os.WriteFile(broken, []byte("id: [\n"), 0o644); err != nil {
			t.Skip(err)
		}
		for _, args := range [][]string{{"validate", dir}, {"--data", dir, "list"}} {
			var stdout, stderr bytes.Buffer
			code := 0
			if err := run(args, &stdout, &stderr); err != nil {
				code = report(&stderr, err)
			}
			out := stdout.String() + stderr.String()
			if bad := termsafetest.Violations(out); len(bad) > 0 {
				t.Fatalf("%q: %v", args, bad)
			}
			if strings.HasPrefix(name, ".") {
				continue // hidden: not read
			}
			if code != 2 || !strings.Contains(out, termsafe.Name(broken)+":1: ") {
				t.Fatalf("%q: exit %d, the output lacks %s:\n%s", args, code, termsafe.Name(broken), out)
			}
			// One line a problem, and the count: no line forged.
			lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
			if want := fmt.Sprintf("%d problem(s) in the dataset.", len(lines)-1); lines[len(lines)-1] != want {
				t.Fatalf("%q: %d lines for %q:\n%s", args, len(lines), lines[len(lines)-1], stderr.String())
			}
		}
	})
}

// FuzzArgs runs the command line on any arguments (the input's bytes,
// split at NUL): it never panics, exits with 0, 1 or 2, and prints
// nothing but text. A bare command or --kiosk finds no terminal here and
// says so; nothing is written anywhere.
func FuzzArgs(f *testing.F) {
	for _, args := range []string{
		"list", "list\x00--format\x00csv", "show\x00trogir", "show\x00--\x00trogir\x00-\x1b]52;c;aGk=\a",
		"--lang\x00bg\x00show\x00гюргево", "validate\x00data/testdata/base", "--kiosk\x00--exit-key\x00ctrl+x ctrl+q",
		"--format\x00\u202ejson", "\x1b[2J", "--data\x00/nonexistent\u00ad\x00list", "show\x00tourism",
	} {
		f.Add([]byte(args))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) > 512 {
			return
		}
		args := strings.Split(string(in), "\x00")
		if len(args) > 8 {
			return
		}
		if cfg, err := cli.Parse(args, os.Getenv); err == nil && cfg.Command == cli.Serve {
			return // a server runs until it is stopped: serve's own tests cover it
		}
		var stdout, stderr bytes.Buffer
		code := 0
		if err := run(args, &stdout, &stderr); err != nil {
			code = report(&stderr, err)
		}
		if code < 0 || code > 2 {
			t.Fatalf("%q: exit status %d", args, code)
		}
		if bad := termsafetest.Violations(stdout.String() + stderr.String()); len(bad) > 0 {
			t.Fatalf("%q: %v", args, bad)
		}
	})
}
