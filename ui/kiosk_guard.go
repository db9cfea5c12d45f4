package ui

import (
	"fmt"
	"io"
	"runtime/debug"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// guarded is the browser as a kiosk runs it: an internal error (a panic
// in Update, in View or in a command) never ends the program. The screen
// returns to its home state, and the error, with its stack, goes to the
// operator's log; the visitor never sees a stack trace.
//
// View is drawn inside Update, under the same guard, and kept: bubbletea
// calls View once after every Update, so this draws no more often, and a
// view that fails can still send the model home, which View itself, with
// no way to change the model, could not.
type guarded struct {
	m     Model
	frame string // m.View(), drawn by the last Update
	log   io.Writer
}

// guard wraps a kiosk's model.
func guard(m Model) guarded {
	g := guarded{m: m, log: m.kiosk.Log}
	g.m, g.frame = g.draw(m, m)
	return g
}

// faultMsg is a panic in a command, caught in the command's goroutine.
type faultMsg struct {
	value any
	stack []byte
}

// Init implements tea.Model.
func (g guarded) Init() tea.Cmd { return g.protect(g.m.Init()) }

// Update implements tea.Model: the model's Update, and its View after it,
// each behind recover.
func (g guarded) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if f, ok := msg.(faultMsg); ok {
		g.record("a command", f.value, f.stack)
		g.m, g.frame = g.draw(g.home(g.m), g.m)
		return g, nil
	}
	next, cmd, ok := g.update(msg)
	if !ok {
		next, cmd = g.home(g.m), nil
	}
	g.m, g.frame = g.draw(next, g.m)
	return g, g.protect(cmd)
}

// View implements tea.Model: the frame the last Update drew.
func (g guarded) View() string { return g.frame }

// update runs the model's Update, and reports false if it panicked.
func (g guarded) update(msg tea.Msg) (next Model, cmd tea.Cmd, ok bool) {
	defer func() {
		if v := recover(); v != nil {
			g.record("Update", v, debug.Stack())
			ok = false
		}
	}()
	n, cmd := g.m.Update(msg)
	return n.(Model), cmd, true
}

// draw returns m with its view; if the view panics, the home state with
// its view; if that panics too, the model before, prev, which was drawn
// before, with its view, or at worst an empty screen.
func (g guarded) draw(m, prev Model) (Model, string) {
	if v, ok := g.view(m); ok {
		return m, v
	}
	home := g.home(m)
	if v, ok := g.view(home); ok {
		return home, v
	}
	if v, ok := g.view(prev); ok {
		return prev, v
	}
	return prev, ""
}

// view runs the model's View, and reports false if it panicked.
func (g guarded) view(m Model) (v string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			g.record("View", r, debug.Stack())
			ok = false
		}
	}()
	return m.View(), true
}

// home returns the home state of m; should that panic too, m as it is.
func (g guarded) home(m Model) (h Model) {
	defer func() {
		if r := recover(); r != nil {
			g.record("going home", r, debug.Stack())
			h = m
		}
	}()
	return m.goHome()
}

// record writes an internal error to the log, if there is one.
func (g guarded) record(where string, value any, stack []byte) {
	if g.log == nil {
		return
	}
	// The log is the operator's; a failure to write it must not end the
	// kiosk either.
	fmt.Fprintf(g.log, "%s ruse-twins kiosk: internal error in %s: %v\n%s\n",
		time.Now().Format(time.RFC3339), where, value, stack)
}

// protect wraps a command so that a panic in it comes back as a faultMsg
// instead of ending the program; so do the commands of a batch.
func (g guarded) protect(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if v := recover(); v != nil {
				msg = faultMsg{v, debug.Stack()}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			for i, c := range batch {
				batch[i] = g.protect(c)
			}
		}
		return msg
	}
}

// lock is the kiosk's hold at the program's level, as tea.WithFilter: the
// messages that would end or suspend the program (tea.Quit, tea.Interrupt,
// tea.Suspend, whoever sends them) are dropped, except a quit after the
// operator typed the exit chord, or once a signal asked the program to
// stop.
type lock struct {
	stopping *atomic.Bool // a signal asked the program to stop
}

// filter implements tea.WithFilter's function.
func (l lock) filter(m tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.QuitMsg:
		if l.stopping.Load() || unlocked(m) {
			return msg
		}
		return nil
	case tea.InterruptMsg, tea.SuspendMsg:
		return nil
	}
	return msg
}

// unlocked reports whether the operator has typed the exit chord.
func unlocked(m tea.Model) bool {
	switch m := m.(type) {
	case guarded:
		return m.m.kiosk.unlocked
	case Model:
		return m.kiosk.unlocked
	}
	return false
}
