package data_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/data"
)

// TestBrokenDatasets loads each case of testdata/broken: a copy of the small
// valid dataset in testdata/base with the case's files written over it.
// Each case names, in its "-- want --" section, every error the loader must
// report, exactly, with DIR standing for the dataset directory.
func TestBrokenDatasets(t *testing.T) {
	cases, err := filepath.Glob("testdata/broken/*.txt")
	if err != nil || len(cases) < 30 {
		t.Fatalf("want at least 30 broken datasets, found %d (%v)", len(cases), err)
	}
	for _, path := range cases {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			dir, want := setUpCase(t, path)
			before := snapshot(t, dir)
			_, err := data.LoadDir(dir)
			var errs data.Errors
			if !errors.As(err, &errs) {
				t.Fatalf("LoadDir = %v, want data.Errors", err)
			}
			got := strings.ReplaceAll(errs.Error(), dir, "DIR")
			if *update {
				rewriteWant(t, path, got)
				return
			}
			if got != want {
				t.Errorf("errors:\n%s\nwant:\n%s", got, want)
			}
			if after := snapshot(t, dir); after != before {
				t.Errorf("the dataset changed while being loaded")
			}
		})
	}
}

var update = flag.Bool("update", false, "rewrite the want sections of testdata/broken")

// rewriteWant replaces a case's want section with what the loader said,
// for review before committing.
func rewriteWant(t *testing.T, path, got string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, []byte("-- want --\n"))
	if i < 0 {
		t.Fatalf("%s has no want section", path)
	}
	b = append(b[:i:i], "-- want --\n"+got+"\n"...)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// setUpCase writes the base dataset and the case's files into a temporary
// directory and returns it with the case's expected errors.
func setUpCase(t *testing.T, path string) (dir, want string) {
	t.Helper()
	dir = t.TempDir()
	base, err := filepath.Glob("testdata/base/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range base {
		copyFile(t, f, filepath.Join(dir, filepath.Base(f)))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range sections(b) {
		if name == "want" {
			want = strings.TrimSpace(string(content))
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, want
}

// sections splits a case file into its "-- name --" sections. Within a
// section, the escapes \t, \r, \x1b, \ufeff, \u00ad and the others of
// escapes stand for bytes that an editor would hide.
func sections(b []byte) map[string][]byte {
	out := map[string][]byte{}
	var name string
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		s := strings.TrimRight(string(line), "\n")
		if strings.HasPrefix(s, "-- ") && strings.HasSuffix(s, " --") {
			name = strings.TrimSuffix(strings.TrimPrefix(s, "-- "), " --")
			out[name] = []byte{}
			continue
		}
		if name != "" {
			out[name] = append(out[name], unescape(string(line))...)
		}
	}
	return out
}

var escapes = strings.NewReplacer(`\t`, "\t", `\r`, "\r", `\x1b`, "\x1b", `\ufeff`, "\ufeff", `\xff`, "\xff", `\x07`, "\x07", `\u202e`, "\u202e", `\x85`, "\u0085",
	`\u00ad`, "\u00ad", `\u200b`, "\u200b", `\u200f`, "\u200f", `\ufe0f`, "\ufe0f")

func unescape(s string) string { return escapes.Replace(s) }

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// snapshot describes every file of a directory: name, size and content.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var sb strings.Builder
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		sb.WriteString(e.Name() + "\x00" + string(b) + "\x00")
	}
	return sb.String()
}
