package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestVersionOfACheckout builds the app as a person does, with go build
// in a git checkout (a copy of this tree, committed), and checks that
// --version names that commit, and then that it tells uncommitted
// changes. (A git worktree, whose .git is a file, gets no commit from
// go build: golang/go#58218.)
func TestVersionOfACheckout(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the app twice")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	files, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	dir := t.TempDir()
	for _, f := range strings.Split(strings.TrimRight(string(files), "\x00"), "\x00") {
		b, err := os.ReadFile(f)
		if os.IsNotExist(err) {
			continue // deleted, not yet committed
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %s: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	git("init", "-q")
	git("add", "-A")
	git("commit", "-q", "-m", "the tree under test")
	commit := git("rev-parse", "HEAD")

	version := func() string {
		t.Helper()
		bin := filepath.Join(t.TempDir(), "ruse-twins")
		build := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".")
		build.Dir = dir
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
		out, err := exec.Command(bin, "--version").Output()
		if err != nil {
			t.Fatalf("--version: %v", err)
		}
		return string(out)
	}
	got := version()
	if !strings.HasPrefix(got, "ruse-twins v0.0.0-") || !strings.Contains(got, ", commit "+commit+" of ") || strings.Contains(got, "uncommitted") {
		t.Errorf("--version of commit %s built in a checkout:\n%s", commit, got)
	}
	readme := filepath.Join(dir, "README.md")
	b, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(readme, append(bytes.Clone(b), "\nA change.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := version(); !strings.Contains(got, ", commit "+commit+" of ") || !strings.HasSuffix(got, ", with uncommitted changes\n") {
		t.Errorf("--version of a changed checkout:\n%s", got)
	}
}
