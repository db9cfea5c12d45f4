package main

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestListSort: list --sort puts the partners in order by name (in the
// language asked for), year or distance; without it, the dataset's.
func TestListSort(t *testing.T) {
	firstWords := func(args ...string) []string {
		out, _, code := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d", args, code)
		}
		var names []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			names = append(names, strings.Fields(l)[0])
		}
		return names
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"list", "--lang", "en"}, []string{"Saint-Ouen", "Peristeri", "Simferopol", "Huainan", "Volgograd", "Giurgiu", "Újbuda", "Trogir", "Bijeljina"}},
		{[]string{"list", "--lang", "en", "--sort", "name"}, []string{"Bijeljina", "Giurgiu", "Huainan", "Peristeri", "Saint-Ouen", "Simferopol", "Trogir", "Újbuda", "Volgograd"}},
		{[]string{"list", "--lang", "bg", "--sort", "name"}, []string{"Биелина", "Волгоград", "Гюргево", "Перистери", "Сент-Уан", "Симферопол", "Трогир", "Уйбуда", "Хуай"}},
		{[]string{"list", "--lang", "en", "--sort", "year"}, []string{"Saint-Ouen", "Peristeri", "Simferopol", "Huainan", "Volgograd", "Giurgiu", "Újbuda", "Trogir", "Bijeljina"}},
		{[]string{"--sort=distance", "list", "--lang", "en"}, []string{"Giurgiu", "Bijeljina", "Simferopol", "Újbuda", "Peristeri", "Trogir", "Volgograd", "Saint-Ouen", "Huainan"}},
	} {
		if got := firstWords(tc.args...); !slices.Equal(got, tc.want) {
			t.Errorf("%v:\n got %v\nwant %v", tc.args, got, tc.want)
		}
	}
	out, _, _ := runCLI(t, "list", "--format", "csv", "--sort", "distance")
	if rows := strings.Split(out, "\n"); !strings.HasPrefix(rows[1], "giurgiu,") {
		t.Errorf("csv by distance starts %q", rows[1])
	}
	if _, errOut, code := runCLI(t, "list", "--sort", "size"); code != 2 || !strings.Contains(errOut, "name, year or distance") {
		t.Errorf("--sort size: exit %d, %q", code, errOut)
	}
}

// TestPictures: map and timeline print their pictures, plain in a pipe,
// at the size asked for.
func TestPictures(t *testing.T) {
	out, _, code := runCLI(t, "map", "--lang", "en", "--width", "60", "--height", "20")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 0 || len(lines) != 20 || strings.Contains(out, "\x1b") {
		t.Fatalf("map: exit %d, %d lines, escapes %v:\n%s", code, len(lines), strings.Contains(out, "\x1b"), out)
	}
	for _, l := range lines {
		if w := len([]rune(l)); w > 60 {
			t.Errorf("a line of %d runes: %q", w, l)
		}
	}
	for _, name := range []string{"Ruse", "Saint-Ouen", "Huainan", "Trogir", "Natural Earth"} {
		if !strings.Contains(out, name) {
			t.Errorf("the map lacks %s:\n%s", name, out)
		}
	}
	out, _, code = runCLI(t, "timeline", "--lang", "bg")
	if code != 0 || !strings.Contains(out, "1961") || !strings.Contains(out, "2011") || !strings.Contains(out, "Биелина    без дата") {
		t.Errorf("timeline: exit %d:\n%s", code, out)
	}
	if strings.Index(out, "1961") > strings.Index(out, "2011") {
		t.Errorf("the years are not in order:\n%s", out)
	}
	for _, args := range [][]string{
		{"map", "--width", "5"}, {"map", "--height", "100000"}, {"list", "--width", "80"}, {"map", "--sort", "name"}, {"map", "x"},
	} {
		if _, _, code := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

// TestReadmePictures checks the README's pictures: it opens with the
// browser's and shows the kiosk's and the map's too, beside the script
// that takes them; each picture it shows is a PNG under 1 MB.
func TestReadmePictures(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	images := regexp.MustCompile(`!\[[^\]]+\]\(([^)]+)\)`).FindAllSubmatch(readme, -1)
	var shown []string
	for _, m := range images {
		shown = append(shown, string(m[1]))
	}
	for _, want := range []string{"ui/testdata/shots/browser.png", "ui/testdata/shots/kiosk.png", "ui/testdata/shots/map.png"} {
		if !slices.Contains(shown, want) {
			t.Errorf("the README does not show %s (it shows %q)", want, shown)
		}
	}
	// The picture comes first, under the title.
	if first := strings.SplitN(string(readme), "\n", 4); len(first) < 3 || !strings.HasPrefix(first[2], "![") || !strings.Contains(first[2], "shots/browser.png") {
		t.Errorf("the README does not open with the browser's picture: %q", first)
	}
	if _, err := os.Stat("ui/testdata/shots/shoot.sh"); err != nil {
		t.Errorf("the script that takes the pictures: %v", err)
	}
	for _, path := range shown {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) || len(b) >= 1<<20 {
			t.Errorf("%s: %d bytes, PNG %v; want a PNG under 1 MB", path, len(b), bytes.HasPrefix(b, []byte("\x89PNG")))
		}
	}
}
