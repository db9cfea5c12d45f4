package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The shells' completion, tried in the shells themselves: each sources
// the script the app prints, and asks it, as a TAB would, what follows
// a command line; the script asks the app (this test binary, on PATH
// as ruse-twins).

// onPath returns a PATH whose ruse-twins is the app, and its directory.
func onPath(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	script := "#!/bin/sh\n" + asAppEnv + "=1 exec '" + binary + "' \"$@\"\n"
	if err := os.WriteFile(filepath.Join(dir, "ruse-twins"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir + string(os.PathListSeparator) + os.Getenv("PATH")
}

// completionScript writes the app's completion script for shell to a
// file and returns its path.
func completionScript(t *testing.T, shell string) string {
	t.Helper()
	out, errs, code := runCLI(t, "completion", shell)
	if code != 0 || !strings.Contains(out, "__complete") {
		t.Fatalf("completion %s: exit %d, %s\n%s", shell, code, errs, out)
	}
	path := filepath.Join(t.TempDir(), "ruse-twins."+shell)
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// shellCommand runs a shell's command line with the app on PATH, in
// English, in a home of its own (fish makes its directories there).
func shellCommand(t *testing.T, name string, args ...string) *exec.Cmd {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s is not installed (CI installs it)", name)
	}
	cmd := exec.Command(name, args...)
	home := t.TempDir()
	cmd.Env = append(os.Environ(), "PATH="+onPath(t), "LANG=C.UTF-8", "LC_ALL=", "HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "XDG_DATA_HOME="+filepath.Join(home, ".local", "share"))
	return cmd
}

// smallDataset writes a dataset of the home city and two partners.
func smallDataset(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"ruse.yaml", "giurgiu.yaml", "trogir.yaml"} {
		b, err := os.ReadFile(filepath.Join("data", "cities", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// completionCases are command lines, as typed up to a TAB, and what the
// completion must offer (all of it), and must not.
func completionCases(t *testing.T) []struct {
	line      string
	want, not []string
} {
	small := smallDataset(t)
	return []struct {
		line      string
		want, not []string
	}{
		{"ruse-twins show tr", []string{"trogir"}, []string{"giurgiu"}},
		{"ruse-twins show ", []string{"saint-ouen", "trogir", "bijeljina", "huainan"}, nil},
		{"ruse-twins --data " + small + " show ", []string{"giurgiu", "trogir"}, []string{"saint-ouen"}},
		{"ruse-twins show --data " + small + " ", []string{"giurgiu", "trogir"}, []string{"saint-ouen"}},
		{"ruse-twins ", []string{"list", "show", "validate", "completion"}, []string{"__complete"}},
		{"ruse-twins --lang ", []string{"bg", "en"}, nil},
		{"ruse-twins list --format ", []string{"text", "json", "csv"}, []string{"markdown"}},
		{"ruse-twins show trogir --format ", []string{"text", "markdown", "json"}, []string{"csv"}},
		{"ruse-twins --theme ", []string{"auto", "dark", "light"}, nil},
		{"ruse-twins completion ", []string{"bash", "zsh", "fish"}, []string{"powershell"}},
		{"ruse-twins list --", []string{"--format", "--lang", "--data", "--help"}, []string{"--kiosk"}},
		{"ruse-twins --ki", []string{"--kiosk"}, nil},
	}
}

// checkOffered compares what a shell offered with a case's wants.
func checkOffered(t *testing.T, shell, line string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: %q<TAB> offers %q, not %q", shell, line, got, w)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			t.Errorf("%s: %q<TAB> offers %q", shell, line, n)
		}
	}
}

// TestCompletionBash sources the script in bash, with the
// bash-completion package it needs, and calls its completion function
// as a TAB does.
func TestCompletionBash(t *testing.T) {
	const bashCompletion = "/usr/share/bash-completion/bash_completion"
	if _, err := os.Stat(bashCompletion); err != nil {
		t.Skip("the bash-completion package is not installed (CI installs it)")
	}
	script := completionScript(t, "bash")
	if out, err := shellCommand(t, "bash", "-n", script).CombinedOutput(); err != nil {
		t.Fatalf("bash -n: %v\n%s", err, out)
	}
	const tab = `source "$1"; source "$2"; shift 2
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
__start_ruse-twins ruse-twins "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null
printf '%s\n' "${COMPREPLY[@]}"`
	for _, c := range completionCases(t) {
		words := strings.Fields(c.line)
		if strings.HasSuffix(c.line, " ") {
			words = append(words, "")
		}
		args := append([]string{"--norc", "--noprofile", "-c", tab, "bash", bashCompletion, script}, words...)
		out, err := shellCommand(t, "bash", args...).Output()
		if err != nil {
			t.Fatalf("%q: %v", c.line, err)
		}
		got := strings.Fields(string(out))
		checkOffered(t, "bash", c.line, got, c.want, c.not)
	}
}

// TestCompletionFish sources the script in fish and asks fish what it
// would offer (complete -C), descriptions and all.
func TestCompletionFish(t *testing.T) {
	script := completionScript(t, "fish")
	if out, err := shellCommand(t, "fish", "--no-config", "-n", script).CombinedOutput(); err != nil {
		t.Fatalf("fish -n: %v\n%s", err, out)
	}
	for _, c := range completionCases(t) {
		out, err := shellCommand(t, "fish", "--no-config", "-c", `source $argv[1]; complete -C $argv[2]`, script, c.line).Output()
		if err != nil {
			t.Fatalf("%q: %v", c.line, err)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			word, _, _ := strings.Cut(l, "\t")
			got = append(got, word)
		}
		checkOffered(t, "fish", c.line, got, c.want, c.not)
	}
	out, _ := shellCommand(t, "fish", "--no-config", "-c", `source $argv[1]; complete -C "ruse-twins show tr"`, script).Output()
	if string(out) != "trogir\tTrogir, Croatia\n" {
		t.Errorf("fish: show tr<TAB> offers %q, want trogir described", out)
	}
}

// TestCompletionZsh checks that zsh reads the script, and then types a
// command line and a TAB in an interactive zsh, in tmux, whose
// completion system has loaded the script as the README installs it.
func TestCompletionZsh(t *testing.T) {
	script := completionScript(t, "zsh")
	if out, err := shellCommand(t, "zsh", "-n", script).CombinedOutput(); err != nil {
		t.Fatalf("zsh -n: %v\n%s", err, out)
	}
	if !hasTmux {
		t.Skip("tmux is not installed")
	}
	fpath := t.TempDir()
	if err := os.Rename(script, filepath.Join(fpath, "_ruse-twins")); err != nil {
		t.Fatal(err)
	}
	s := &screen{t: t, socket: filepath.Join(t.TempDir(), "tmux")}
	t.Cleanup(func() { exec.Command("tmux", "-S", s.socket, "kill-server").Run() })
	// Through env: a new tmux session takes PATH from its client, not
	// from -e.
	s.tmux("-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "20",
		"env", "PATH="+onPath(t), "LANG=C.UTF-8", "TERM=xterm-256color", "HOME="+t.TempDir(), "zsh", "-f", "-i")
	s.typeText("PS1='$ '; fpath=(" + fpath + " $fpath); autoload -U compinit; compinit -u -D; echo READY\n")
	s.waitFor("the prompt", func(got string) bool { return strings.Contains(got, "READY\n$") })
	s.typeText("ruse-twins show tr")
	s.waitShows("$ ruse-twins show tr")
	s.keys("Tab")
	s.waitShows("$ ruse-twins show trogir")
	s.typeText(" --format ")
	s.keys("Tab")
	s.waitShows("json", "markdown", "text")
}
