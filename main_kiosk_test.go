package main

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

func TestKioskExitKeyIsChecked(t *testing.T) {
	for _, keys := range []string{"ctrl+x ctlr+q", "", "q", "F12", "enter", "esc", "tab", "f1", "up", "backspace", "a enter", "ctrl+i"} {
		_, stderr, code := runCLI(t, "--kiosk", "--exit-key", keys)
		if code != 2 || !strings.Contains(stderr, "--exit-key") {
			t.Errorf("--exit-key %q: exit %d, %q", keys, code, stderr)
		}
	}
}

// readmeParagraph returns the paragraph of README.md that begins with
// start, on one line.
func readmeParagraph(t *testing.T, start string) string {
	t.Helper()
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range strings.Split(string(b), "\n\n") {
		if strings.HasPrefix(p, start) {
			return strings.Join(strings.Fields(p), " ")
		}
	}
	t.Fatalf("README.md has no paragraph beginning %q", start)
	return ""
}

// codeSpan matches `x` in markdown, and a range `a` … `b`.
var codeSpan = regexp.MustCompile("`([^`]+)`(?: … `([^`]+)`)?")

// TestReadmeKeyNamesParse reads the key names the README lists for
// --exit-key, and gives each to the parser in a chord (with f12, so that
// no chord is refused for holding only visitors' keys): every one must
// be a key.
func TestReadmeKeyNamesParse(t *testing.T) {
	var names []string
	for _, m := range codeSpan.FindAllStringSubmatch(readmeParagraph(t, "Key names:"), -1) {
		switch first, last := m[1], m[2]; {
		case last != "":
			names = append(names, expand(t, first, last)...)
		case strings.HasSuffix(first, "+"):
			// A modifier: before a key.
			names = append(names, first+"up", first+"home")
		default:
			names = append(names, first)
		}
	}
	if len(names) < 60 {
		t.Fatalf("only %d names read from the README: %q", len(names), names)
	}
	for _, n := range names {
		if _, err := kiosk.ParseChord("f12 " + n); err != nil {
			t.Errorf("the README lists %q: %v", n, err)
		}
		if _, err := kiosk.ParseChord("f12 alt+" + n); err != nil && !strings.HasPrefix(n, "alt+") {
			t.Errorf("the README says any key after alt+, as %q: %v", "alt+"+n, err)
		}
	}
}

// expand lists a range of key names the README writes as `ctrl+a` …
// `ctrl+z` or `f1` … `f20`.
func expand(t *testing.T, first, last string) []string {
	t.Helper()
	at := strings.IndexFunc(first, unicode.IsDigit)
	if at < 0 {
		at = len(first) - 1 // a letter
	}
	prefix := first[:at]
	if !strings.HasPrefix(last, prefix) {
		t.Fatalf("a range %q … %q", first, last)
	}
	var names []string
	if a, err := strconv.Atoi(first[at:]); err == nil {
		b, _ := strconv.Atoi(last[at:])
		for i := a; i <= b; i++ {
			names = append(names, prefix+strconv.Itoa(i))
		}
		return names
	}
	for c := first[at]; c <= last[at]; c++ {
		names = append(names, prefix+string(rune(c)))
	}
	return names
}

// TestReadmeChordExamples checks what the README says is refused as an
// exit chord, and what is not.
func TestReadmeChordExamples(t *testing.T) {
	p := readmeParagraph(t, "A chord must hold a key")
	refused, accepted, ok := strings.Cut(p[strings.LastIndex(p, "is refused:"):], "are refused;")
	if !ok {
		t.Fatalf("the README's paragraph on refused chords reads otherwise: %s", p)
	}
	accepted, _, _ = strings.Cut(accepted, "are not.")
	for _, m := range codeSpan.FindAllStringSubmatch(refused, -1) {
		if _, err := kiosk.ParseChord(m[1]); err == nil {
			t.Errorf("the README says %q is refused", m[1])
		}
	}
	n := 0
	for _, m := range codeSpan.FindAllStringSubmatch(accepted, -1) {
		if _, err := kiosk.ParseChord(m[1]); err != nil {
			t.Errorf("the README says %q is accepted: %v", m[1], err)
		}
		n++
	}
	if n < 3 {
		t.Errorf("only %d accepted chords read from the README", n)
	}
	// Every key the paragraph names as a visitor's is refused alone.
	for _, m := range codeSpan.FindAllStringSubmatch(p[:strings.LastIndex(p, "is refused:")], -1) {
		if _, err := kiosk.ParseChord(m[1]); err == nil {
			t.Errorf("the README names %q as a visitor's key, yet it is accepted alone", m[1])
		}
	}
}
