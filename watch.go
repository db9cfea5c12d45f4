package main

import (
	"fmt"
	"path/filepath"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/fsnotify/fsnotify"

	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui"
)

// settleTime is how long the watcher waits after the last change to a
// file before it loads the dataset again: an editor saves in several steps
// (it writes a copy, renames it over the file, sets its mode), and one load
// after the last of them sees the file as saved.
const settleTime = 100 * time.Millisecond

// feed sends messages into a running program through send, until stop is
// called.
type feed func(send func(tea.Msg)) (stop func())

// dataWatch watches the files of a dataset directory (--watch).
type dataWatch struct {
	dir string
	w   *fsnotify.Watcher
}

// watchData starts watching the files of dir. Changes from now on are
// kept for run, even those made before it is called: the dataset may be
// saved again while the browser starts.
func watchData(dir string) (*dataWatch, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("--watch: %w", err)
	}
	if err := w.Add(dir); err != nil {
		w.Close()
		return nil, fmt.Errorf("--watch %s: %w", dir, err)
	}
	return &dataWatch{dir: dir, w: w}, nil
}

// close stops watching.
func (d *dataWatch) close() error { return d.w.Close() }

// run is the watch as a feed: whenever a file of the dataset changes, once
// the files settle, it loads and validates the dataset again and sends it,
// with a searcher over its own index, or the problems that make it invalid
// (ui.DataMsg). Loading and indexing run on the watch's goroutine, never
// on the program's event loop.
func (d *dataWatch) run(send func(tea.Msg)) (stop func()) {
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		settled := time.NewTimer(settleTime)
		settled.Stop()
		defer settled.Stop()
		for {
			select {
			case <-done:
				return
			case ev, ok := <-d.w.Events:
				if !ok {
					return
				}
				if d.concerns(ev) {
					settled.Reset(settleTime)
				}
			case err, ok := <-d.w.Errors:
				if !ok {
					return
				}
				send(ui.DataMsg{Err: fmt.Errorf("%s: watching for changes: %w", d.dir, err)})
			case <-settled.C:
				send(d.load())
			}
		}
	}()
	// Stopped once the program has ended, when a send no longer waits
	// for it.
	return func() { close(done); <-finished }
}

// concerns reports whether an event may change the dataset: a data file
// (or a misnamed one, which the loader reports) written, made, removed or
// renamed, or the directory itself gone. A change of mode alone changes
// nothing that is read.
func (d *dataWatch) concerns(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	ext := filepath.Ext(ev.Name)
	return ext == ".yaml" || ext == ".yml" || filepath.Clean(ev.Name) == filepath.Clean(d.dir)
}

// load loads the dataset of the watched directory.
func (d *dataWatch) load() ui.DataMsg {
	ds, err := loadData(d.dir)
	if err != nil {
		return ui.DataMsg{Err: err}
	}
	return ui.DataMsg{Dataset: ds, Searcher: search.NewIndex(ds.Partners).NewSearcher()}
}
