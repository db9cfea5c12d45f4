package ui

import (
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// spy is the browser as a kiosk holds it in these tests: every value the
// kiosk makes of it, or draws, is recorded in last, which the tests look
// into. The kiosk itself only sees a Browser.
type spy struct {
	Model
	last *Model
}

func (s spy) rec(m Model) spy { *s.last = m; return spy{m, s.last} }

// Handle implements kiosk.Browser.
func (s spy) Handle(msg tea.Msg) (spy, tea.Cmd) {
	m, cmd := s.Model.Handle(msg)
	return s.rec(m), cmd
}

// TypingFirst implements kiosk.Browser.
func (s spy) TypingFirst() spy { return s.rec(s.Model.TypingFirst()) }

// Home implements kiosk.Browser.
func (s spy) Home() spy { return s.rec(s.Model.Home()) }

// Next implements kiosk.Browser.
func (s spy) Next() spy { return s.rec(s.Model.Next()) }

// WithBanner implements kiosk.Browser.
func (s spy) WithBanner(lines []string, alert bool) spy {
	return s.rec(s.Model.WithBanner(lines, alert))
}

// View implements kiosk.Browser, and records the browser drawn.
func (s spy) View() string {
	*s.last = s.Model
	return s.Model.View()
}

// kioskTest is a kiosk (maybe guarded, or faulty) around the test browser,
// and the browser as the kiosk last made or drew it.
type kioskTest struct {
	t *testing.T
	m tea.Model
	b *Model
}

// newKioskTest returns a kiosk on the fixture in lang at width×height,
// without colour; c's zero fields take the defaults of the command line.
func newKioskTest(t *testing.T, lang model.Lang, width, height int, c kiosk.Config) *kioskTest {
	t.Helper()
	return newKioskOn(t, plainLook(), lang, width, height, c)
}

// newKioskOn is newKioskTest with another look.
func newKioskOn(t *testing.T, look Look, lang model.Lang, width, height int, c kiosk.Config) *kioskTest {
	t.Helper()
	if c.Idle == 0 {
		c.Idle = 90 * time.Second
	}
	if c.Exit == nil {
		c.Exit = kiosk.Chord{"ctrl+x", "ctrl+q"}
	}
	ds := fixture()
	k := &kioskTest{t: t, b: new(Model)}
	b := spy{New(ds, fakeSearcher{ds.Partners}, Options{Lang: lang, Look: look}), k.b}
	k.m = kiosk.New(b, c)
	k.send(tea.WindowSizeMsg{Width: width, Height: height})
	return k
}

// send hands messages to the kiosk in turn, as the program would, lets
// the pages each one asks for come (see awaitPages), and returns the
// command of the last.
func (k *kioskTest) send(msgs ...tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	for _, msg := range msgs {
		k.m, cmd = k.m.Update(msg)
		awaitPages(k.b.pages, func(r renderedMsg) { k.m, _ = k.m.Update(r) })
	}
	return cmd
}

// press sends keys by name.
func (k *kioskTest) press(names ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, n := range names {
		cmd = k.send(keyOf(k.t, n))
	}
	return cmd
}

// browser returns the browser as the screen shows it.
func (k *kioskTest) browser() Model {
	_ = k.m.View()
	return *k.b
}

// unlocked reports whether the kiosk would let the program quit.
func (k *kioskTest) unlocked() bool {
	u, ok := k.m.(interface{ Unlocked() bool })
	return ok && u.Unlocked()
}

// keyOf makes the message bubbletea sends for a key name in its spelling:
// "ctrl+z", "f12", "alt+q", "esc", or a character.
func keyOf(t *testing.T, name string) tea.KeyMsg {
	t.Helper()
	base, alt := strings.CutPrefix(name, "alt+")
	if base == "space" {
		base = " "
	}
	for kt := tea.KeyType(-128); kt < 256; kt++ {
		if kt != tea.KeyRunes && kt.String() == base {
			return tea.KeyMsg{Type: kt, Alt: alt}
		}
	}
	if r := []rune(base); len(r) == 1 {
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: r, Alt: alt}
	}
	t.Fatalf("no key %q", name)
	return tea.KeyMsg{}
}

// rig runs a kiosk as bubbletea would, inside a synctest bubble: the
// commands Update returns run in goroutines of their own, and their
// messages go back to Update, so that a tea.Tick fires when fake time
// reaches it.
type rig struct {
	*kioskTest
	msgs     chan tea.Msg
	inFlight atomic.Int32 // commands running (a tick waits in one)
	most     int32        // the most commands that ever waited at once
	// timers counts the messages commands delivered: with the test
	// browser, whose cursor does not blink, only the kiosk's timer sends
	// any.
	timers int
	quits  []tea.Msg // QuitMsg, InterruptMsg or SuspendMsg from a command
}

func newRig(t *testing.T, k *kioskTest) *rig {
	r := &rig{kioskTest: k, msgs: make(chan tea.Msg, 256)}
	t.Cleanup(r.finish)
	r.run(k.m.Init())
	r.pump()
	return r
}

// finish lets the commands still running end, as the bubble must before
// the test returns; their messages are not delivered.
func (r *rig) finish() {
	for r.inFlight.Load() > 0 {
		time.Sleep(24 * time.Hour)
		synctest.Wait()
		for len(r.msgs) > 0 {
			<-r.msgs
		}
	}
}

// run starts a command, as bubbletea does, in a goroutine.
func (r *rig) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	r.inFlight.Add(1)
	go func() {
		defer r.inFlight.Add(-1)
		r.msgs <- cmd()
	}()
}

// send hands messages to Update and runs the commands they return.
func (r *rig) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		r.run(r.kioskTest.send(msg))
		r.pump()
	}
}

// press sends keys by name.
func (r *rig) press(names ...string) {
	for _, n := range names {
		r.send(keyOf(r.t, n))
	}
}

// pump delivers every message the running commands have produced by now.
// The commands that still run once everything waits (a timer, sleeping)
// are counted in most; one that only works (a page rendered) has ended
// by then.
func (r *rig) pump() {
	for {
		synctest.Wait()
		r.most = max(r.most, r.inFlight.Load())
		select {
		case msg := <-r.msgs:
			r.deliver(msg)
		default:
			return
		}
	}
}

func (r *rig) deliver(msg tea.Msg) {
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			r.run(c)
		}
	case tea.QuitMsg, tea.InterruptMsg, tea.SuspendMsg:
		r.quits = append(r.quits, msg)
	case renderedMsg:
		// A page rendered off the event loop: no timer.
		r.send(msg)
	default:
		r.timers++
		r.send(msg)
	}
}

// wait lets fake time pass, delivering messages as they come (to within
// a few milliseconds, as a program would).
func (r *rig) wait(d time.Duration) {
	const step = 5 * time.Millisecond
	for end := time.Now().Add(d); time.Now().Before(end); {
		time.Sleep(min(step, time.Until(end)))
		r.pump()
	}
}

// checkHome fails unless the browser is in a kiosk's home state in lang.
func checkHome(t *testing.T, m Model, lang model.Lang) {
	t.Helper()
	if m.search.query() != "" || m.lang != lang || selected(t, m) != "saint-ouen" || m.list.offset != 0 ||
		pageOf(m).vp.YOffset != 0 || m.help.ShowAll || m.focus != focusSearch || !m.search.input.Focused() || m.view != pageView {
		t.Fatalf("not home: query %q, lang %v, selected %s, list offset %d, page offset %d, help %v, focus %v, query focused %v, view %v",
			m.search.query(), m.lang, selected(t, m), m.list.offset, pageOf(m).vp.YOffset, m.help.ShowAll, m.focus, m.search.input.Focused(), m.view)
	}
}

// away moves the kiosk as far from home as a visitor can: a query, the
// other language, the full help, a page open and scrolled.
func (r *rig) away() {
	r.send(typed("o")...)
	r.press("down", "f2", "f1", "enter", "pgdown")
	m := r.browser()
	if m.search.query() != "o" || m.lang == model.EN || !m.help.ShowAll || m.focus != focusSide || pageOf(m).vp.YOffset == 0 {
		r.t.Fatalf("the visitor did not get away from home: query %q, lang %v, help %v, focus %v, offset %d",
			m.search.query(), m.lang, m.help.ShowAll, m.focus, pageOf(m).vp.YOffset)
	}
}
