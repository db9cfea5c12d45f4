package kiosk

import (
	"fmt"
	"io"
	"runtime/debug"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// homer is a model with a home state to return to after an internal
// error, as a kiosk Model has.
type homer interface {
	Home() tea.Model
}

// guarded is a model that an internal error (a panic in Update, in View or
// in a command) never ends. The screen returns to the model's home state,
// if it has one (see homer), or stays as it was; the error, with its
// stack, goes to the operator's log, and the visitor never sees a stack
// trace.
//
// View is drawn inside Update, under the same guard, and kept: bubbletea
// calls View once after every Update, so this draws no more often, and a
// view that fails can still send the model home, which View itself, with
// no way to change the model, could not.
type guarded struct {
	m     tea.Model
	frame string // m.View(), drawn by the last Update
	log   io.Writer
}

// Guard wraps any model m so that an internal error does not end the
// program; errors are written to log, which may be nil.
func Guard(m tea.Model, log io.Writer) tea.Model {
	g := guarded{m: m, log: log}
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
		return g, homeAgain
	}
	next, cmd, ok := g.update(msg)
	if !ok {
		next, cmd = g.home(g.m), homeAgain
		if _, again := msg.(homeAgainMsg); again {
			cmd = nil // the home state itself fails: nothing more to ask
		}
	}
	g.m, g.frame = g.draw(next, g.m)
	return g, g.protect(cmd)
}

// homeAgainMsg is sent to a model once it was sent home after an internal
// error: the command of the update that failed is lost, and what the home
// state needs (a page to render) comes with the command of this one.
type homeAgainMsg struct{}

// homeAgain is the command that sends homeAgainMsg.
func homeAgain() tea.Msg { return homeAgainMsg{} }

// View implements tea.Model: the frame the last Update drew.
func (g guarded) View() string { return g.frame }

// Unlocked reports whether the guarded model may quit (see Filter).
func (g guarded) Unlocked() bool { return unlocked(g.m) }

// update runs the model's Update, and reports false if it panicked.
func (g guarded) update(msg tea.Msg) (next tea.Model, cmd tea.Cmd, ok bool) {
	defer func() {
		if v := recover(); v != nil {
			g.record("Update", v, debug.Stack())
			ok = false
		}
	}()
	next, cmd = g.m.Update(msg)
	return next, cmd, true
}

// draw returns m with its view; if the view panics, the home state with
// its view; if that panics too, the model before, prev, which was drawn
// before, with its view, or at worst an empty screen.
func (g guarded) draw(m, prev tea.Model) (tea.Model, string) {
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
func (g guarded) view(m tea.Model) (v string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			g.record("View", r, debug.Stack())
			ok = false
		}
	}()
	return m.View(), true
}

// home returns the home state of m, or m itself when it has none; should
// going home panic too, m as it is.
func (g guarded) home(m tea.Model) (h tea.Model) {
	hm, ok := m.(homer)
	if !ok {
		return m
	}
	defer func() {
		if r := recover(); r != nil {
			g.record("going home", r, debug.Stack())
			h = m
		}
	}()
	return hm.Home()
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
