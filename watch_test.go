package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/fsnotify/fsnotify"

	"github.com/ruse-twins/ruse-twins/ui"
)

// watching starts a watch of dir and returns the messages it sends.
func watching(t *testing.T, dir string) <-chan tea.Msg {
	t.Helper()
	w, err := watchData(dir)
	if err != nil {
		t.Fatal(err)
	}
	msgs := make(chan tea.Msg, 16)
	stop := w.run(func(m tea.Msg) { msgs <- m })
	t.Cleanup(func() { stop(); w.close() })
	return msgs
}

// next waits for the watch's next message; patience bounds a failure.
func next(t *testing.T, msgs <-chan tea.Msg) ui.DataMsg {
	t.Helper()
	select {
	case m := <-msgs:
		return m.(ui.DataMsg)
	case <-time.After(patience):
		t.Fatalf("no message from the watch in %v", patience)
	}
	return ui.DataMsg{}
}

// edit rewrites a data file of dir with old replaced by new, as an editor
// that saves through a new file and a rename does when viaRename is set.
func edit(t *testing.T, dir, name, old, new string, viaRename bool) {
	t.Helper()
	path := filepath.Join(dir, name)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s has no %q", name, old)
	}
	out := []byte(strings.Replace(string(b), old, new, 1))
	if !viaRename {
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	tmp := filepath.Join(dir, "."+name+".tmp")
	if err := os.WriteFile(tmp, out, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// TestWatchSendsEachSave checks that every save of a data file, written
// in place or renamed over it, sends the dataset again, and that an
// invalid one sends its problems, by file and line.
func TestWatchSendsEachSave(t *testing.T) {
	dir := shippedCopy(t, "cities")
	msgs := watching(t, dir)

	edit(t, dir, "trogir.yaml", "Ruse and Trogir have been partners since 2011.", "Edited in place.", false)
	m := next(t, msgs)
	if m.Err != nil || m.Searcher == nil {
		t.Fatalf("a valid edit: %v", m.Err)
	}
	if c, _ := m.Dataset.Partner("trogir"); !strings.Contains(c.Description.EN, "Edited in place.") {
		t.Errorf("the new dataset has the old text: %q", c.Description.EN)
	}
	if got := m.Searcher.Search("trogir", 0); len(got) == 0 || m.Dataset.Partners[got[0].Index].ID != "trogir" {
		t.Errorf("the searcher does not search the new dataset: %v", got)
	}

	edit(t, dir, "trogir.yaml", "kind: cooperation-agreement\nevents:", "kind: cooperation-agreement\ncolour: red\nevents:", true)
	m = next(t, msgs)
	if m.Err == nil || !strings.Contains(m.Err.Error(), filepath.Join(dir, "trogir.yaml")+":") || !strings.Contains(m.Err.Error(), `unknown key "colour"`) {
		t.Fatalf("an invalid edit: %v", m.Err)
	}

	edit(t, dir, "trogir.yaml", "colour: red\n", "", true)
	if m = next(t, msgs); m.Err != nil {
		t.Fatalf("the edit put right: %v", m.Err)
	}
}

// TestWatchConcerns checks which events reload the dataset.
func TestWatchConcerns(t *testing.T) {
	d := &dataWatch{dir: "/d"}
	for _, tc := range []struct {
		ev   fsnotify.Event
		want bool
	}{
		{fsnotify.Event{Name: "/d/trogir.yaml", Op: fsnotify.Write}, true},
		{fsnotify.Event{Name: "/d/trogir.yaml", Op: fsnotify.Rename}, true},
		{fsnotify.Event{Name: "/d/new.yaml", Op: fsnotify.Create}, true},
		{fsnotify.Event{Name: "/d/old.yaml", Op: fsnotify.Remove}, true},
		{fsnotify.Event{Name: "/d/typo.yml", Op: fsnotify.Create}, true},
		{fsnotify.Event{Name: "/d", Op: fsnotify.Remove}, true},
		{fsnotify.Event{Name: "/d/trogir.yaml", Op: fsnotify.Chmod}, false},
		{fsnotify.Event{Name: "/d/.trogir.yaml.swp", Op: fsnotify.Write}, false},
		{fsnotify.Event{Name: "/d/notes.txt", Op: fsnotify.Write}, false},
	} {
		if got := d.concerns(tc.ev); got != tc.want {
			t.Errorf("%v: %v, want %v", tc.ev, got, tc.want)
		}
	}
}
