package ui

import (
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// newKioskTest returns a kiosk on the fixture in lang at width×height,
// without colour; k's zero fields take the defaults of the command line.
func newKioskTest(t *testing.T, lang model.Lang, width, height int, k Kiosk) Model {
	t.Helper()
	k.On = true
	if k.Idle == 0 {
		k.Idle = 90 * time.Second
	}
	if k.Exit == nil {
		k.Exit = Chord{"ctrl+x", "ctrl+q"}
	}
	ds := fixture()
	return resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: lang, Look: PlainLook(), Kiosk: k}), width, height)
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

// rig runs a model as bubbletea would, inside a synctest bubble: the
// commands Update returns run in goroutines of their own, and their
// messages go back to Update, so that a tea.Tick fires when fake time
// reaches it.
type rig struct {
	t        *testing.T
	m        Model
	msgs     chan tea.Msg
	inFlight atomic.Int32 // commands running (a tick waits in one)
	most     int32        // the most commands that ever ran at once
	ticks    int          // tickMsgs delivered
	quits    []tea.Msg    // QuitMsg, InterruptMsg or SuspendMsg from a command
}

func newRig(t *testing.T, m Model) *rig {
	r := &rig{t: t, m: m, msgs: make(chan tea.Msg, 256)}
	t.Cleanup(r.finish)
	r.run(m.Init())
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
	r.most = max(r.most, r.inFlight.Add(1))
	go func() {
		defer r.inFlight.Add(-1)
		r.msgs <- cmd()
	}()
}

// send hands a message to Update and runs the command it returns.
func (r *rig) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		next, cmd := r.m.Update(msg)
		r.m = next.(Model)
		r.run(cmd)
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
func (r *rig) pump() {
	for {
		synctest.Wait()
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
	case tickMsg:
		r.ticks++
		r.send(msg)
	default:
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

// checkHome fails unless the kiosk is in its home state in lang.
func checkHome(t *testing.T, m Model, lang model.Lang) {
	t.Helper()
	if m.search.query() != "" || m.lang != lang || selected(t, m) != "saint-ouen" || m.list.offset != 0 ||
		m.detail.vp.YOffset != 0 || m.help.ShowAll || m.focus != focusSearch || !m.search.input.Focused() {
		t.Fatalf("not home: query %q, lang %v, selected %s, list offset %d, page offset %d, help %v, focus %v, query focused %v",
			m.search.query(), m.lang, selected(t, m), m.list.offset, m.detail.vp.YOffset, m.help.ShowAll, m.focus, m.search.input.Focused())
	}
}

// away moves the kiosk as far from home as a visitor can: a query, the
// other language, the full help, a page open and scrolled.
func (r *rig) away() {
	r.send(typed("o")...)
	r.press("down", "f2", "f1", "enter", "pgdown")
	m := r.m
	if m.search.query() != "o" || m.lang == model.EN || !m.help.ShowAll || m.focus != focusDetail || m.detail.vp.YOffset == 0 {
		r.t.Fatalf("the visitor did not get away from home: query %q, lang %v, help %v, focus %v, offset %d",
			m.search.query(), m.lang, m.help.ShowAll, m.focus, m.detail.vp.YOffset)
	}
}

const (
	askEN = "Still there? Press any key"
	askBG = "Още ли сте тук? Натиснете клавиш"
)

func TestKioskIdleReturnsHome(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, Kiosk{Idle: 90 * time.Second}))
		r.away()
		// 90 s idle: the last 20 s are the countdown.
		r.wait(69 * time.Second)
		if v := r.m.View(); strings.Contains(v, askEN) || strings.Contains(v, askBG) {
			t.Fatalf("a countdown 21 s before the idle time is up:\n%s", v)
		}
		r.wait(2 * time.Second)
		v := r.m.View()
		checkScreen(t, v, 80, 24)
		for _, want := range []string{askBG + " — към началото след 19 с", askEN + " — back to the start in 19 s"} {
			if !strings.Contains(v, want) {
				t.Errorf("71 s idle: the countdown lacks %q:\n%s", want, v)
			}
		}
		r.wait(10 * time.Second)
		if v := r.m.View(); !strings.Contains(v, "back to the start in 9 s") {
			t.Errorf("81 s idle: the countdown does not say 9 s:\n%s", v)
		}
		r.wait(9*time.Second + 100*time.Millisecond)
		checkHome(t, r.m, model.EN)
		if v := r.m.View(); strings.Contains(v, askEN) || !strings.Contains(v, "Type a city's name") {
			t.Errorf("home screen:\n%s", v)
		}
		// At home nothing runs: no timer, no tick, for an hour.
		ticks := r.ticks
		r.wait(time.Hour)
		if r.m.kiosk.ticking || r.inFlight.Load() != 0 || r.ticks != ticks {
			t.Errorf("at rest: ticking %v, %d commands running, %d ticks in an hour", r.m.kiosk.ticking, r.inFlight.Load(), r.ticks-ticks)
		}
		if r.most > 1 {
			t.Errorf("%d commands ran at once; the kiosk keeps one timer", r.most)
		}
	})
}

func TestKioskInputCancelsCountdown(t *testing.T) {
	for _, input := range []struct {
		name string
		msg  tea.Msg
	}{
		{"key", tea.KeyMsg{Type: tea.KeyShiftLeft}},
		{"wheel", tea.MouseMsg{X: 79, Y: 23, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress}},
		{"click", tea.MouseMsg{X: 5, Y: 8, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}},
	} {
		t.Run(input.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				r := newRig(t, newKioskTest(t, model.BG, 80, 24, Kiosk{Idle: 90 * time.Second}))
				r.send(typed("тро")...)
				r.wait(80 * time.Second)
				if !strings.Contains(r.m.View(), askBG) {
					t.Fatalf("no countdown at 80 s:\n%s", r.m.View())
				}
				before := selected(t, r.m)
				r.send(input.msg)
				if v := r.m.View(); strings.Contains(v, askBG) || strings.Contains(v, askEN) {
					t.Fatalf("the countdown stays after input:\n%s", v)
				}
				if selected(t, r.m) != before || r.m.search.query() != "тро" {
					t.Fatalf("the input that cancelled the countdown changed the screen: selected %s, query %q", selected(t, r.m), r.m.search.query())
				}
				checkScreen(t, r.m.View(), 80, 24)
				// The idle time runs again from the input.
				r.wait(89 * time.Second)
				if r.m.search.query() != "тро" {
					t.Fatalf("went home %v after input", 89*time.Second)
				}
				r.wait(time.Second + 100*time.Millisecond)
				checkHome(t, r.m, model.BG)
			})
		})
	}
}

func TestKioskOneTimerForManyKeys(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, Kiosk{Idle: 30 * time.Second}))
		for range 40 {
			r.press("down", "up")
			r.wait(500 * time.Millisecond)
		}
		// 40 s of keys: one timer all along, which woke only at the
		// deadlines (every 20 s), not per key.
		if r.most != 1 || r.ticks > 3 {
			t.Errorf("%d commands at once, %d ticks in 40 s of typing", r.most, r.ticks)
		}
	})
}

func TestKioskShortIdle(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// 5 s idle: a third of it, not 20 s, is the countdown.
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, Kiosk{Idle: 5 * time.Second}))
		r.away()
		r.wait(3 * time.Second)
		if v := r.m.View(); strings.Contains(v, askEN) {
			t.Fatalf("countdown at 3 s of 5:\n%s", v)
		}
		r.wait(500 * time.Millisecond)
		if v := r.m.View(); !strings.Contains(v, "start in 2 s") {
			t.Fatalf("no countdown at 3.5 s of 5:\n%s", v)
		}
		r.wait(1600 * time.Millisecond)
		checkHome(t, r.m, model.EN)
	})
}

func TestKioskAttract(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, Kiosk{Idle: 30 * time.Second, Attract: 10 * time.Second}))
		for _, want := range []string{"giurgiu", "volgograd", "peristeri"} {
			r.wait(10 * time.Second)
			if got := selected(t, r.m); got != want {
				t.Fatalf("attract: selected %s, want %s", got, want)
			}
		}
		// The first key wakes the screen up and does nothing else.
		r.send(typed("t")...)
		checkHome(t, r.m, model.EN)
		r.send(typed("t")...)
		if r.m.search.query() != "t" {
			t.Fatalf("the second key was not typed: query %q", r.m.search.query())
		}
		// No attract while the visitor is there.
		r.wait(25 * time.Second)
		if r.m.search.query() != "t" {
			t.Fatal("the attract loop moved under a visitor")
		}
		// Idle again: home, then the loop again.
		r.wait(5*time.Second + 100*time.Millisecond)
		checkHome(t, r.m, model.EN)
		r.wait(10 * time.Second)
		if got := selected(t, r.m); got != "giurgiu" {
			t.Fatalf("attract after idle: selected %s", got)
		}
		// At home, before the loop has moved, a key is not swallowed.
		r.send(typed("g")...) // wakes: the screen was away from home
		r.wait(20*time.Second + 100*time.Millisecond)
		checkHome(t, r.m, model.EN)
		r.send(typed("g")...)
		if r.m.search.query() != "g" {
			t.Fatalf("a key at an unmoved home screen was swallowed: query %q", r.m.search.query())
		}
	})
}

// lockKeys is every key a visitor might try to leave with.
var lockKeys = []string{
	"q", "Q", "ctrl+c", "ctrl+z", "ctrl+\\", "ctrl+d", "esc", "ctrl+q", "ctrl+x", "ctrl+w", "ctrl+v", "ctrl+l", "ctrl+@",
	"f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12",
	"alt+q", "alt+x", "alt+f4", "alt+ctrl+c", "alt+esc", "tab", "shift+tab", "enter", "backspace", "delete", "insert",
	"ctrl+up", "shift+home", "/", "?", ":", "!",
}

func TestKioskNothingQuits(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, Kiosk{}))
		for _, name := range lockKeys {
			r.press(name)
		}
		pastes := []string{"q", "\x03\x1a\x1c\x04", "ctrl+x ctrl+q", "exit\n", strings.Repeat("Περιστέρι 淮南 ", 20)}
		for _, p := range pastes {
			r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(p), Paste: true})
		}
		// Keys that arrive together too.
		r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("qqq")})
		r.wait(5 * time.Minute)
		if len(r.quits) > 0 || r.m.kiosk.unlocked {
			t.Fatalf("a key quit: %v (unlocked %v)", r.quits, r.m.kiosk.unlocked)
		}
		checkScreen(t, r.m.View(), 80, 24)
		checkHome(t, r.m, model.EN)
	})
	// The same keys, one by one, on a fresh kiosk: not one returns a
	// command that quits, interrupts or suspends.
	for _, name := range lockKeys {
		synctest.Test(t, func(t *testing.T) {
			m := newKioskTest(t, model.EN, 80, 24, Kiosk{})
			_, cmd := m.Update(keyOf(t, name))
			r := newRig(t, m)
			r.run(cmd)
			r.wait(time.Second)
			if len(r.quits) > 0 {
				t.Errorf("%s: %v", name, r.quits)
			}
		})
	}
}

func TestKioskLockFilter(t *testing.T) {
	var stopping atomic.Bool
	l := lock{&stopping}
	m := newKioskTest(t, model.EN, 80, 24, Kiosk{})
	for _, root := range []tea.Model{m, guard(m)} {
		for _, msg := range []tea.Msg{tea.QuitMsg{}, tea.InterruptMsg{}, tea.SuspendMsg{}, tea.Quit(), tea.Interrupt(), tea.Suspend()} {
			if got := l.filter(root, msg); got != nil {
				t.Errorf("%T: the lock let %T through", root, got)
			}
		}
		if got := l.filter(root, keyOf(t, "q")); got == nil {
			t.Error("the lock dropped a key")
		}
	}
	unlocked, cmd := m.Update(keyOf(t, "ctrl+x"))
	unlocked, cmd2 := unlocked.Update(keyOf(t, "ctrl+q"))
	if cmd2 == nil || cmd2() != tea.Quit() {
		t.Fatalf("the exit chord did not quit (%v, %v)", cmd, cmd2)
	}
	for _, root := range []tea.Model{unlocked, guarded{m: unlocked.(Model)}} {
		if l.filter(root, tea.QuitMsg{}) == nil {
			t.Errorf("%T: the lock dropped the operator's quit", root)
		}
		if l.filter(root, tea.SuspendMsg{}) != nil || l.filter(root, tea.InterruptMsg{}) != nil {
			t.Errorf("%T: the exit chord let a suspend or an interrupt through", root)
		}
	}
	stopping.Store(true)
	if l.filter(m, tea.QuitMsg{}) == nil {
		t.Error("the lock dropped the quit of a signal")
	}
}

func TestKioskExitChord(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			chord Chord
			steps []any // key names, and pauses
			quit  bool
		}{
			{"in time", Chord{"ctrl+x", "ctrl+q"}, []any{"ctrl+x", time.Second, "ctrl+q"}, true},
			{"at once", Chord{"ctrl+x", "ctrl+q"}, []any{"ctrl+x", "ctrl+q"}, true},
			{"too slow", Chord{"ctrl+x", "ctrl+q"}, []any{"ctrl+x", 2100 * time.Millisecond, "ctrl+q"}, false},
			{"broken", Chord{"ctrl+x", "ctrl+q"}, []any{"ctrl+x", "a", "ctrl+q"}, false},
			{"reversed", Chord{"ctrl+x", "ctrl+q"}, []any{"ctrl+q", "ctrl+x"}, false},
			{"restarted", Chord{"ctrl+x", "ctrl+q"}, []any{"ctrl+x", "ctrl+x", "ctrl+q"}, true},
			{"second try", Chord{"ctrl+x", "ctrl+q"}, []any{"ctrl+x", 3 * time.Second, "ctrl+x", "ctrl+q"}, true},
			{"one key", Chord{"f12"}, []any{"f11", "f12"}, true},
			{"three keys", Chord{"alt+x", "f12", "ctrl+q"}, []any{"alt+x", time.Second, "f12", 900 * time.Millisecond, "ctrl+q"}, true},
			{"three keys slow", Chord{"alt+x", "f12", "ctrl+q"}, []any{"alt+x", time.Second, "f12", 1100 * time.Millisecond, "ctrl+q"}, false},
		} {
			m := newKioskTest(t, model.EN, 80, 24, Kiosk{Exit: tc.chord})
			var last tea.Cmd
			for _, s := range tc.steps {
				if d, ok := s.(time.Duration); ok {
					time.Sleep(d)
					continue
				}
				var next tea.Model
				next, last = m.Update(keyOf(t, s.(string)))
				m = next.(Model)
			}
			// The other commands are the idle timer's, which would wait.
			quit := m.kiosk.unlocked && last != nil && last() == tea.Quit()
			if quit != tc.quit || m.kiosk.unlocked != tc.quit {
				t.Errorf("%s: quit %v, unlocked %v; want %v", tc.name, quit, m.kiosk.unlocked, tc.quit)
			}
		}
	})
}

func TestKioskTyping(t *testing.T) {
	m := newKioskTest(t, model.EN, 80, 24, Kiosk{})
	// Letters filter at once, no "/" first; "/" and "q" are letters too.
	m = send(m, typed("tro")...)
	if m.search.query() != "tro" || len(m.list.rows) != 1 || selected(t, m) != "trogir" || m.focus != focusSearch {
		t.Fatalf("typing: query %q, %d rows, selected %s, focus %v", m.search.query(), len(m.list.rows), selected(t, m), m.focus)
	}
	m = send(m, keyOf(t, "esc"))
	if m.search.query() != "" || len(m.list.rows) != 9 || selected(t, m) != "trogir" || m.focus != focusSearch {
		t.Fatalf("esc: query %q, %d rows, selected %s", m.search.query(), len(m.list.rows), selected(t, m))
	}
	// Two escapes read at once (alt+esc) clear too.
	m = send(m, typed("x")...)
	m = send(m, tea.KeyMsg{Type: tea.KeyEsc, Alt: true})
	if m.search.query() != "" {
		t.Fatalf("alt+esc: query %q", m.search.query())
	}
	m = send(m, typed("q/?")...)
	if m.search.query() != "q/?" || m.help.ShowAll {
		t.Fatalf("q, / and ? are not typed: query %q, help %v", m.search.query(), m.help.ShowAll)
	}
	// "q/?" matched nothing, so esc lists all from the first.
	m = send(m, keyOf(t, "esc"), keyOf(t, "down"), keyOf(t, "down"))
	if selected(t, m) != "volgograd" {
		t.Fatalf("arrows in the list: selected %s", selected(t, m))
	}
	// enter opens the page; the arrows scroll it; esc goes back.
	m = send(m, keyOf(t, "enter"), keyOf(t, "down"), keyOf(t, "down"))
	if m.focus != focusDetail || m.detail.vp.YOffset != 2 {
		t.Fatalf("enter, down, down: focus %v, offset %d", m.focus, m.detail.vp.YOffset)
	}
	id := selected(t, m)
	m = send(m, keyOf(t, "esc"))
	if m.focus != focusSearch || selected(t, m) != id {
		t.Fatalf("esc on the page: focus %v, selected %s", m.focus, selected(t, m))
	}
	// Typing on the page goes to the query.
	m = send(m, keyOf(t, "enter"), keyOf(t, "g"), keyOf(t, "i"))
	if m.focus != focusSearch || m.search.query() != "gi" || selected(t, m) != "giurgiu" {
		t.Fatalf("typing on the page: focus %v, query %q, selected %s", m.focus, m.search.query(), selected(t, m))
	}
	// Keys that arrive together are typed in order.
	m = send(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("urg")})
	if m.search.query() != "giurg" {
		t.Fatalf("keys together: query %q", m.search.query())
	}
	// tab and f2 switch the language and keep the query; f1 is the help.
	m = send(m, keyOf(t, "tab"))
	if m.lang != model.BG || m.search.query() != "giurg" {
		t.Fatalf("tab: lang %v, query %q", m.lang, m.search.query())
	}
	m = send(m, keyOf(t, "f2"), keyOf(t, "f1"))
	if m.lang != model.EN || !m.help.ShowAll {
		t.Fatalf("f2, f1: lang %v, help %v", m.lang, m.help.ShowAll)
	}
}

func TestKioskHelpBar(t *testing.T) {
	for _, tc := range []struct {
		lang        model.Lang
		keys        []string
		want, never []string
	}{
		{model.EN, nil, []string{"↑/↓ choose", "enter open", "tab български", "f1 more"}, []string{"quit", "q ", "/ ", "esc"}},
		{model.EN, []string{"t"}, []string{"esc clear", "tab български"}, []string{"quit"}},
		{model.EN, []string{"enter"}, []string{"↑/↓ scroll", "esc back", "tab български"}, []string{"quit", "enter"}},
		{model.BG, nil, []string{"↑/↓ избор", "enter отвори", "tab English", "f1 още"}, []string{"изход"}},
		{model.EN, []string{"f1"}, []string{"pgdown", "less"}, []string{"quit", "ctrl+c"}},
	} {
		m := newKioskTest(t, tc.lang, 80, 24, Kiosk{})
		for _, k := range tc.keys {
			m = send(m, keyOf(t, k))
		}
		bar := footer(m)
		for _, w := range tc.want {
			if !strings.Contains(bar, w) {
				t.Errorf("%s after %v: the help bar lacks %q: %q", tc.lang.Code(), tc.keys, w, bar)
			}
		}
		for _, n := range tc.never {
			if strings.Contains(bar, n) {
				t.Errorf("%s after %v: the help bar has %q: %q", tc.lang.Code(), tc.keys, n, bar)
			}
		}
	}
}

func TestKioskHeaderClickSwitchesLanguage(t *testing.T) {
	m := newKioskTest(t, model.EN, 80, 24, Kiosk{})
	click := func(x, y int) tea.Msg {
		return tea.MouseMsg{X: x, Y: y, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}
	}
	m = send(m, click(5, 0))
	if m.lang != model.EN {
		t.Fatal("a click on the title switched the language")
	}
	m = send(m, click(78, 0))
	if m.lang != model.BG || !strings.Contains(m.headerView(), "BG · 9 от 9") {
		t.Fatalf("a click on the language did not switch it:\n%s", m.headerView())
	}
}

func TestKioskGuard(t *testing.T) {
	path := t.TempDir() + "/kiosk.log"
	log, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	crash := ""
	m := newKioskTest(t, model.EN, 80, 24, Kiosk{Log: log})
	m.fault = func(stage string) {
		if stage == crash {
			crash = ""
			panic("the test's fault in " + stage)
		}
	}
	var root tea.Model = guard(m)
	step := func(msgs ...tea.Msg) {
		for _, msg := range msgs {
			root, _ = root.Update(msg)
		}
	}
	for _, stage := range []string{"Update", "View"} {
		step(typed("tr")...)
		step(keyOf(t, "f2"), keyOf(t, "enter"))
		crash = stage
		step(keyOf(t, "down"))
		if crash != "" {
			t.Fatalf("no fault was raised in %s", stage)
		}
		g := root.(guarded)
		checkHome(t, g.m, model.EN)
		checkScreen(t, root.View(), 80, 24)
		if !strings.Contains(root.View(), "> Saint-Ouen") {
			t.Errorf("after a fault in %s the screen is not home:\n%s", stage, root.View())
		}
		// Still working: the next key is typed.
		step(typed("x")...)
		if g := root.(guarded); g.m.search.query() != "x" {
			t.Fatalf("after a fault in %s: query %q", stage, g.m.search.query())
		}
		step(keyOf(t, "esc"))
	}
	// A command that panics comes back as a message, and the screen goes home.
	step(typed("tr")...)
	msg := root.(guarded).protect(func() tea.Msg { panic("the test's fault in a command") })()
	step(msg)
	checkHome(t, root.(guarded).m, model.EN)

	log.Close()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b := string(raw)
	for _, want := range []string{
		"internal error in Update: the test's fault in Update",
		"internal error in View: the test's fault in View",
		"internal error in a command: the test's fault in a command",
		"goroutine ", "kiosk_test.go", // the stack
	} {
		if !strings.Contains(b, want) {
			t.Errorf("the log lacks %q:\n%s", want, b)
		}
	}
	if strings.Contains(root.View(), "goroutine") || strings.Contains(root.View(), "fault") {
		t.Error("the visitor sees the error")
	}
}

func TestParseChord(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" for an error
	}{
		{"ctrl+x ctrl+q", "ctrl+x ctrl+q"},
		{"  f12 ", "f12"},
		{"alt+x f12 ctrl+\\", "alt+x f12 ctrl+\\"},
		{"ctrl+x space", "ctrl+x space"},
		{"esc alt+й", "esc alt+й"},
		{"shift+tab pgdown", "shift+tab pgdown"},
		{"", ""},
		{"ctrl+y ctlr+q", ""},
		{"F12", ""},
		{"f21", ""},
		{"q", ""}, // a visitor could type it
		{"x y", ""},
		{"alt+", ""},
		{"runes", ""},
	} {
		c, err := ParseChord(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("%q: no error (got %v)", tc.in, c)
		case tc.want != "" && err != nil:
			t.Errorf("%q: %v", tc.in, err)
		case tc.want != "" && c.String() != tc.want:
			t.Errorf("%q: %q", tc.in, c.String())
		}
	}
	// Every name parsed is one bubbletea gives a key.
	c, _ := ParseChord("ctrl+x ctrl+q f12 alt+x space ctrl+\\")
	for _, n := range c {
		name := n
		if name == " " {
			name = "space"
		}
		if k := keyOf(t, name); k.String() != n {
			t.Errorf("%q is reported as %q", n, k.String())
		}
	}
}

func TestGlyphsOnTheConsole(t *testing.T) {
	g := glyphs{console: true}
	for in, want := range map[string]string{
		"淮南":                    "Huai Nan",
		"Περιστέρι (Greek)":     "Peristeri (Greek)",
		"Сімферополь, Újbuda":   "Сімферополь, Újbuda",
		"Русе — „Дунав“ • ↑↓ …": "Русе — „Дунав“ • ↑↓ …",
		"┏━┓ ╔═╗":               "┏━┓ ╔═╗",
		"a ✓ b 😀":               "a ? b ?",
	} {
		if got := g.text(in); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
	if got := (glyphs{}).text("淮南"); got != "淮南" {
		t.Errorf("off the console: %q", got)
	}
	// Escape sequences are kept as they are.
	in := "\x1b[38;5;252m淮南\x1b[0m \x1b[1mΠ\x1b[0m"
	if got, want := g.rendered(in), "\x1b[38;5;252mHuai Nan\x1b[0m \x1b[1mP\x1b[0m"; got != want {
		t.Errorf("rendered: %q, want %q", got, want)
	}
}

func TestKioskConsolePage(t *testing.T) {
	look := PlainLook()
	look.Console = true
	ds := fixture()
	m := resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: look, Kiosk: Kiosk{On: true, Idle: time.Minute}}), 80, 24)
	m = send(m, keyOf(t, "down"), keyOf(t, "down"), keyOf(t, "down"), keyOf(t, "down"))
	if selected(t, m) != "huainan" {
		t.Fatalf("selected %s", selected(t, m))
	}
	view := m.View()
	for _, r := range view {
		if !consoleHas(r) {
			t.Fatalf("%q is not in the console's fonts:\n%s", r, view)
		}
	}
	if !strings.Contains(view, "Huai Nan") || !strings.Contains(view, "╔") {
		t.Errorf("the console page:\n%s", view)
	}
	golden(t, "kiosk_console_80x24_en", view)
}

// TestKioskGolden draws a kiosk's screens at 80×24 in both languages: at
// home, typing, reading a page, and asking whether someone is there.
func TestKioskGolden(t *testing.T) {
	for _, lang := range model.Langs {
		for _, sc := range []struct {
			name string
			keys []string
		}{
			{"home", nil},
			{"typing", []string{"t", "r"}},
			{"page", []string{"down", "enter"}},
			{"countdown", nil},
		} {
			name := fmt.Sprintf("kiosk_%s_80x24_%s", sc.name, lang.Code())
			t.Run(name, func(t *testing.T) {
				m := newKioskTest(t, lang, 80, 24, Kiosk{})
				for _, k := range sc.keys {
					m = send(m, keyOf(t, k))
				}
				if sc.name == "countdown" {
					m.kiosk.phase, m.kiosk.left = warning, 15
					m = m.sync()
				}
				view := m.View()
				checkScreen(t, view, 80, 24)
				golden(t, name, view)
			})
		}
	}
}

// FuzzKioskUpdate plays any sequence of keys, clicks, resizes and timer
// ticks on a kiosk: it never panics, never draws outside the screen,
// keeps the detail on the selected city, and never unlocks.
func FuzzKioskUpdate(f *testing.F) {
	f.Add([]byte("jjj\x01kk\x02\x7f\x7f"))
	f.Add([]byte("/вол\x03\x04\x05l?\x06\x7f"))
	f.Add([]byte{0xf0, 0x10, 0x80, 0x81, 0xc0, 'j', 0x7f, 0xff, 0x00})
	names := []string{"j", "q", "enter", "esc", "tab", "f1", "f2", "f12", "ctrl+c", "ctrl+z", "ctrl+x", "ctrl+q",
		"pgdown", "pgup", "backspace", "а", "up", "down", "home", "end", " ", "alt+esc", "alt+q"}
	f.Fuzz(func(t *testing.T, events []byte) {
		if len(events) > 200 {
			events = events[:200]
		}
		m := newKioskTest(t, model.EN, 80, 24, Kiosk{Idle: time.Minute, Attract: time.Second, Exit: Chord{"f20"}})
		for _, e := range events {
			var msg tea.Msg
			switch {
			case e == 0x7f:
				msg = tickMsg{}
			case e < 0x80:
				msg = keyOf(t, names[int(e)%len(names)])
			default:
				msg = event(e, nil, m)
			}
			m = send(m, msg)
			if id := m.list.selected(); m.detail.city.ID != id {
				t.Fatalf("after %q: the list selects %q, the detail shows %q", events, id, m.detail.city.ID)
			}
			if m.width > 0 && m.height > 0 {
				checkScreen(t, m.View(), m.width, m.height)
			}
			if m.kiosk.unlocked {
				t.Fatalf("after %q: unlocked", events)
			}
		}
	})
}
