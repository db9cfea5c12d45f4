package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/ruse-twins/ruse-twins/data"
)

// baseDir copies the small valid dataset of testdata/base to a new
// directory.
func baseDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, _ := filepath.Glob("testdata/base/*.yaml")
	for _, f := range files {
		copyFile(t, f, filepath.Join(dir, filepath.Base(f)))
	}
	return dir
}

func loadErr(t *testing.T, dir string) string {
	t.Helper()
	_, err := data.LoadDir(dir)
	if err == nil {
		t.Fatalf("LoadDir(%s) succeeded, want an error", dir)
	}
	return err.Error()
}

func TestBaseDatasetLoads(t *testing.T) {
	ds, err := data.LoadDir(baseDir(t))
	if err != nil {
		t.Fatal(err)
	}
	if ds.Home.ID != "home" || len(ds.Partners) != 1 {
		t.Errorf("got home %q and %d partners", ds.Home.ID, len(ds.Partners))
	}
}

func TestWindowsLineEndsAreAccepted(t *testing.T) {
	dir := baseDir(t)
	p := filepath.Join(dir, "alpha.yaml")
	b, _ := os.ReadFile(p)
	os.WriteFile(p, bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")), 0o644)
	ds, err := data.LoadDir(dir)
	if err != nil {
		t.Fatalf("CRLF file refused: %v", err)
	}
	if got := ds.Partners[0].Description.EN; strings.ContainsRune(got, '\r') {
		t.Errorf("a CR survived into the text: %q", got)
	}
}

func TestLoadDirRefusals(t *testing.T) {
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "README.md"), []byte("notes"), 0o644)
	file := filepath.Join(t.TempDir(), "cities.yaml")
	os.WriteFile(file, []byte("id: x\n"), 0o644)
	missing := filepath.Join(t.TempDir(), "nowhere")

	for _, c := range []struct{ name, dir, want string }{
		{"no data", empty, empty + ": no data: the directory has no .yaml files"},
		{"a file", file, file + ": is a file, not a dataset directory of .yaml files"},
		{"missing", missing, missing + ": cannot open the dataset: no such file or directory"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := loadErr(t, c.dir); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestUnreadableFiles(t *testing.T) {
	dir := baseDir(t)
	if err := os.Symlink("loop.yaml", filepath.Join(dir, "loop.yaml")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	os.Mkdir(filepath.Join(dir, "folder.yaml"), 0o755)
	got := loadErr(t, dir)
	want := strings.Join([]string{
		filepath.Join(dir, "folder.yaml") + ":1: cannot read: is a directory",
		filepath.Join(dir, "loop.yaml") + ":1: cannot read: too many levels of symbolic links",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestOversizedFileIsRefusedUnread writes a file past the limit and checks
// that the loader refuses it; the loader reads at most one byte past the
// limit, which readBounded's LimitReader guarantees.
func TestOversizedFileIsRefusedUnread(t *testing.T) {
	dir := baseDir(t)
	p := filepath.Join(dir, "huge.yaml")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(data.MaxFileSize + 4096)
	f.Close()
	want := p + ":1: cannot read: the file is larger than 10 MB"
	if got := loadErr(t, dir); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestBrokenCopyOfShippedData breaks one line of a copy of the shipped data
// and expects exactly that file and line.
func TestBrokenCopyOfShippedData(t *testing.T) {
	dir := t.TempDir()
	files, _ := filepath.Glob("cities/*.yaml")
	for _, f := range files {
		copyFile(t, f, filepath.Join(dir, filepath.Base(f)))
	}
	p := filepath.Join(dir, "trogir.yaml")
	b, _ := os.ReadFile(p)
	lines := strings.Split(string(b), "\n")
	n := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "  lat: ") {
			lines[i], n = "  lat: 143.5", i+1
		}
	}
	os.WriteFile(p, []byte(strings.Join(lines, "\n")), 0o644)
	want := p + ":" + strconv.Itoa(n) + ": latitude 143.5 is out of range -90..90"
	if got := loadErr(t, dir); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestAliasBombIsRefused writes a file whose anchor is referenced ten
// thousand times, which would decode to a hundred times its size: it is
// refused, told in a few lines, not ten thousand.
func TestAliasBombIsRefused(t *testing.T) {
	dir := baseDir(t)
	p := filepath.Join(dir, "alpha.yaml")
	b, _ := os.ReadFile(p)
	var bomb strings.Builder
	bomb.Write(b)
	bomb.WriteString("notes:\n  - text: &t {bg: " + strings.Repeat("дълъг текст ", 500) + ", en: long}\n    source: {bg: б, en: s}\n")
	for range 10000 {
		bomb.WriteString("  - text: *t\n    source: {bg: б, en: s}\n")
	}
	os.WriteFile(p, []byte(bomb.String()), 0o644)
	got := strings.Split(loadErr(t, dir), "\n")
	if len(got) > 60 || !strings.Contains(got[0], "a YAML anchor (&t) is not allowed") ||
		!strings.Contains(got[len(got)-1], "more problems of the same kinds") {
		t.Errorf("%d lines, first %q, last %q", len(got), got[0], got[len(got)-1])
	}
}

// TestOnlyRegularFilesInsideAreRead puts beside the dataset a named pipe
// (which would block a read for good), links to a device and to a city
// file outside the directory (whose keys would be quoted in the errors),
// and a link to the directory's own parent: each is refused by name, and
// nothing outside is read.
func TestOnlyRegularFilesInsideAreRead(t *testing.T) {
	dir := baseDir(t)
	outside := filepath.Join(t.TempDir(), "secret.yaml")
	os.WriteFile(outside, []byte("password-of-the-day: swordfish\n"), 0o644)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for name, target := range map[string]string{
		"tty.yaml":    "/dev/null",
		"secret.yaml": outside,
		"up.yaml":     "..",
	} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	got := loadErr(t, dir)
	want := strings.Join([]string{
		filepath.Join(dir, "pipe.yaml") + ":1: cannot read: is a named pipe, not a file: a dataset holds regular files only",
		filepath.Join(dir, "secret.yaml") + ":1: cannot read: is a link that leads out of the dataset directory: a dataset holds its own files only",
		filepath.Join(dir, "tty.yaml") + ":1: cannot read: is a link that leads out of the dataset directory: a dataset holds its own files only",
		filepath.Join(dir, "up.yaml") + ":1: cannot read: is a link that leads out of the dataset directory: a dataset holds its own files only",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestLinksInsideAreFollowed links one file of the dataset to another:
// both are read (and the same city twice is an error of the data, not of
// the link).
func TestLinksInsideAreFollowed(t *testing.T) {
	dir := baseDir(t)
	if err := os.Symlink("alpha.yaml", filepath.Join(dir, "beta.yaml")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if got := loadErr(t, dir); !strings.Contains(got, `id "alpha" is used by 2 files`) {
		t.Errorf("got %s", got)
	}
}

// TestHiddenFilesAndOtherCases skips a hidden file (an editor's), and
// names a file whose extension is .yaml in capitals instead of skipping it
// in silence.
func TestHiddenFilesAndOtherCases(t *testing.T) {
	dir := baseDir(t)
	os.WriteFile(filepath.Join(dir, ".alpha.yaml"), []byte("not: [a, city"), 0o644)
	if _, err := data.LoadDir(dir); err != nil {
		t.Fatalf("a hidden file was read: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "beta.YAML"), []byte("id: beta\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "gamma.Yml"), []byte("id: gamma\n"), 0o644)
	want := filepath.Join(dir, "beta.YAML") + ":1: data files must end in .yaml, not .YAML\n" +
		filepath.Join(dir, "gamma.Yml") + ":1: data files must end in .yaml, not .Yml"
	if got := loadErr(t, dir); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
