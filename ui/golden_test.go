package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/ruse-twins/ruse-twins/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name.golden, or rewrites that file
// under -update. Golden files are reviewed like code.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test ./ui -update, then review the diff):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// checkScreen fails unless view fills exactly width×height cells, without
// escape sequences (the tests run without colour).
func checkScreen(t *testing.T, view string, width, height int) {
	t.Helper()
	if strings.Contains(view, "\x1b") {
		t.Errorf("%dx%d: escape sequence in a colourless view", width, height)
	}
	lines := strings.Split(view, "\n")
	if len(lines) != height {
		t.Errorf("%dx%d: %d lines", width, height, len(lines))
	}
	for i, l := range lines {
		if w := lipgloss.Width(l); w != width {
			t.Errorf("%dx%d: line %d is %d wide: %q", width, height, i, w, l)
		}
	}
}

// TestGolden draws the screens a person sees at 80×24 and 120×40 in both
// languages.
func TestGolden(t *testing.T) {
	scenes := []struct {
		name string
		keys []string
	}{
		{"start", nil},
		{"detail", []string{"down", "enter"}},
		{"search", []string{"/", "р"}},
		{"kept", []string{"/", "г", "р", "enter"}},
		{"nomatch", []string{"/", "x", "y", "z"}},
		{"help", []string{"?"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, lang := range model.Langs {
			for _, sc := range scenes {
				name := fmt.Sprintf("%s_%dx%d_%s", sc.name, size[0], size[1], lang.Code())
				t.Run(name, func(t *testing.T) {
					m := press(newTest(t, lang, size[0], size[1]), sc.keys...)
					view := m.View()
					checkScreen(t, view, size[0], size[1])
					golden(t, name, view)
				})
			}
		}
	}
}

// TestGoldenNarrow draws the one-pane screens below 80 columns and the
// message of a screen too small.
func TestGoldenNarrow(t *testing.T) {
	for _, tc := range []struct {
		name   string
		w, h   int
		lang   model.Lang
		keys   []string
		screen bool // the view fills the screen exactly
	}{
		{"narrow_list_60x20_en", 60, 20, model.EN, nil, true},
		{"narrow_detail_60x20_bg", 60, 20, model.BG, []string{"j", "j", "enter"}, true},
		{"toosmall_20x6_en", 20, 6, model.EN, nil, true},
		{"toosmall_20x6_bg", 20, 6, model.BG, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := press(newTest(t, tc.lang, tc.w, tc.h), tc.keys...)
			view := m.View()
			checkScreen(t, view, tc.w, tc.h)
			golden(t, tc.name, view)
		})
	}
}
