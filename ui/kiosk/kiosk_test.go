package kiosk

import (
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// fake is the least browser a kiosk can hold: a selected city, a
// language, a banner, and whether it is at home, all drawn as text.
type fake struct {
	lang   model.Lang
	city   int  // the selected city, of cities
	moved  bool // a visitor moved it from home
	typing bool // in typing-first mode
	banner []string
	alert  bool
	keys   []string // the keys it was handed
	clicks int      // the mouse events it was handed
}

const cities = 3

func (f fake) Init() tea.Cmd { return nil }

func (f fake) Handle(msg tea.Msg) (fake, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		f.keys = append(f.keys, k.String())
		f.moved = true
		if k.String() == "tab" {
			f.lang = f.lang.Other()
		}
	}
	if _, ok := msg.(tea.MouseMsg); ok {
		f.clicks++
	}
	return f, nil
}

func (f fake) View() string {
	return strings.Join(append([]string{"city " + string(rune('A'+f.city))}, f.banner...), "\n")
}

func (f fake) Lang() model.Lang  { return f.lang }
func (f fake) TypingFirst() fake { f.typing = true; return f }
func (f fake) Home() fake        { f.city, f.moved, f.lang = 0, false, model.EN; return f }
func (f fake) AtHome() bool      { return f.city == 0 && !f.moved && f.lang == model.EN }
func (f fake) Next() fake        { f.city = (f.city + 1) % cities; return f }
func (f fake) Pending() tea.Cmd  { return nil }
func (f fake) WithBanner(lines []string, alert bool) fake {
	f.banner, f.alert = lines, alert
	return f
}

// key makes the message bubbletea sends for a key name.
func key(name string) tea.KeyMsg {
	if name == "space" {
		name = " "
	}
	for kt := tea.KeyType(-128); kt < 256; kt++ {
		if kt != tea.KeyRunes && kt.String() == name {
			return tea.KeyMsg{Type: kt}
		}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// step hands msg to k and returns the kiosk and its command.
func step(k Model[fake], msg tea.Msg) (Model[fake], tea.Cmd) {
	next, cmd := k.Update(msg)
	return next.(Model[fake]), cmd
}

func TestNewTypesFirst(t *testing.T) {
	k := New(fake{lang: model.EN}, Config{Idle: time.Minute})
	if !k.b.typing || k.b.alert || len(k.b.banner) != 1 || !strings.Contains(k.b.banner[0], "Type a city's name · Напишете") {
		t.Fatalf("a new kiosk: %+v", k.b)
	}
	if k.Init() != nil || k.ticking {
		t.Error("a kiosk without the attract loop starts a timer")
	}
	if a := New(fake{lang: model.EN}, Config{Idle: time.Minute, Attract: time.Second}); a.Init() == nil || !a.ticking || a.phase != attracting {
		t.Error("the attract loop does not start")
	}
	// The banner follows the language, the current one first.
	k, _ = step(k, key("tab"))
	if !strings.HasPrefix(k.b.banner[0], "Напишете") {
		t.Errorf("banner in Bulgarian: %q", k.b.banner)
	}
}

func TestCycle(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		k := New(fake{lang: model.EN}, Config{Idle: 30 * time.Second})
		k, timer := step(k, key("down"))
		if timer == nil || !k.ticking || k.phase != active || k.b.keys[0] != "down" {
			t.Fatalf("the first key: timer %v, %+v", timer != nil, k)
		}
		// More keys start no more timers.
		if k, more := step(k, key("up")); more != nil || len(k.b.keys) != 2 {
			t.Fatal("a second key started a second timer")
		}
		// The timer wakes at the start of the countdown, the last third
		// of a short idle time.
		start := time.Now()
		k, next := step(k, timer())
		if d := time.Since(start); d != 20*time.Second || k.phase != warning || !k.b.alert ||
			len(k.b.banner) != 1 || !strings.Contains(k.b.banner[0], "back to the start in 10 s · Още ли сте тук? 10 с") {
			t.Fatalf("after %v: phase %v, banner %q", d, k.phase, k.b.banner)
		}
		// Then each second, and at zero home, at rest, with no timer.
		for k.phase == warning {
			k, next = step(k, next())
		}
		if time.Since(start) != 30*time.Second || !k.b.AtHome() || k.phase != resting || next != nil || k.ticking || k.b.alert {
			t.Fatalf("after %v: phase %v, at home %v, timer %v", time.Since(start), k.phase, k.b.AtHome(), next != nil)
		}
	})
}

func TestInputDuringCountdown(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		k := New(fake{lang: model.EN}, Config{Idle: 30 * time.Second})
		k, timer := step(k, key("down"))
		k, next := step(k, timer())
		// A click cancels the countdown and is acted on, as a key is:
		// the countdown moved nothing that was under it.
		k, _ = step(k, tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
		if k.phase != active || k.b.alert || k.b.clicks != 1 || len(k.b.banner) != 1 {
			t.Fatalf("a click in the countdown: phase %v, alert %v, clicks %d, banner %q", k.phase, k.b.alert, k.b.clicks, k.b.banner)
		}
		// The tick on its way finds the new deadline and waits for it.
		k, next = step(k, next())
		if k.phase != active || next == nil {
			t.Fatalf("after the click: phase %v", k.phase)
		}
	})
}

func TestAttract(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		k := New(fake{lang: model.EN}, Config{Idle: 30 * time.Second, Attract: 5 * time.Second})
		timer := k.Init()
		k, timer = step(k, timer())
		if k.b.city != 1 || timer == nil {
			t.Fatalf("attract: city %d", k.b.city)
		}
		// The first key away from home only brings the home screen back.
		k, _ = step(k, key("x"))
		if k.b.city != 0 || len(k.b.keys) != 0 || k.phase != active {
			t.Fatalf("the wake-up key: city %d, keys %v, phase %v", k.b.city, k.b.keys, k.phase)
		}
		k, _ = step(k, key("y"))
		if len(k.b.keys) != 1 {
			t.Fatal("the second key was not handed on")
		}
	})
}

func TestExitChord(t *testing.T) {
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
			{"together", Chord{"a", "ctrl+q"}, []any{"ctrl+q"}, false},
		} {
			k := New(fake{lang: model.EN}, Config{Idle: time.Minute, Exit: tc.chord})
			var last tea.Cmd
			for _, s := range tc.steps {
				if d, ok := s.(time.Duration); ok {
					time.Sleep(d)
					continue
				}
				msg := key(s.(string))
				if strings.HasPrefix(s.(string), "alt+") {
					msg = key(strings.TrimPrefix(s.(string), "alt+"))
					msg.Alt = true
				}
				k, last = step(k, msg)
			}
			// The other commands are the idle timer's, which would wait.
			quit := k.unlocked && last != nil && last() == tea.Quit()
			if quit != tc.quit || k.Unlocked() != tc.quit {
				t.Errorf("%s: quit %v, unlocked %v; want %v", tc.name, quit, k.Unlocked(), tc.quit)
			}
			if tc.quit && len(k.b.keys) > len(tc.steps) {
				t.Errorf("%s: the browser was handed the chord's last key", tc.name)
			}
		}
	})
}

func TestFilter(t *testing.T) {
	var stopping atomic.Bool
	filter := Filter(stopping.Load)
	k := New(fake{lang: model.EN}, Config{Idle: time.Minute, Exit: Chord{"f12"}})
	for _, root := range []tea.Model{k, Guard(k, nil)} {
		for _, msg := range []tea.Msg{tea.QuitMsg{}, tea.InterruptMsg{}, tea.SuspendMsg{}, tea.Quit(), tea.Interrupt(), tea.Suspend()} {
			if got := filter(root, msg); got != nil {
				t.Errorf("%T: the lock let %T through", root, got)
			}
		}
		if got := filter(root, key("q")); got == nil {
			t.Error("the lock dropped a key")
		}
	}
	unlocked, cmd := step(k, key("f12"))
	if cmd == nil || cmd() != tea.Quit() {
		t.Fatal("the exit chord did not quit")
	}
	for _, root := range []tea.Model{unlocked, Guard(unlocked, nil)} {
		if filter(root, tea.QuitMsg{}) == nil {
			t.Errorf("%T: the lock dropped the operator's quit", root)
		}
		if filter(root, tea.SuspendMsg{}) != nil || filter(root, tea.InterruptMsg{}) != nil {
			t.Errorf("%T: the exit chord let a suspend or an interrupt through", root)
		}
	}
	// A model that says nothing may not quit.
	if filter(plain{}, tea.QuitMsg{}) != nil {
		t.Error("the lock let a model that says nothing quit")
	}
	stopping.Store(true)
	if filter(k, tea.QuitMsg{}) == nil {
		t.Error("the lock dropped the quit of a signal")
	}
}

// plain is a model with no home state, which panics on "boom".
type plain struct{ n int }

func (p plain) Init() tea.Cmd { return nil }
func (p plain) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && k.String() == "boom" {
		panic("boom")
	}
	p.n++
	return p, nil
}
func (p plain) View() string { return strings.Repeat("x", p.n) }

func TestGuardWithoutHome(t *testing.T) {
	var log strings.Builder
	var g tea.Model = Guard(plain{}, &log)
	g, _ = g.Update(key("a"))
	g, _ = g.Update(key("b"))
	g, _ = g.Update(key("boom"))
	// Without a home, the model stays as it was.
	if g.View() != "xx" || !strings.Contains(log.String(), "internal error in Update: boom") {
		t.Fatalf("view %q, log %q", g.View(), log.String())
	}
	g, _ = g.Update(key("c"))
	if g.View() != "xxx" {
		t.Fatalf("after the fault: %q", g.View())
	}
}

func TestGuardHome(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		k := New(fake{lang: model.EN}, Config{Idle: 30 * time.Second})
		k, timer := step(k, key("down"))
		k, _ = step(k, timer())
		if k.phase != warning {
			t.Fatal("no countdown")
		}
		h := k.Home().(Model[fake])
		if !h.b.AtHome() || h.phase != active || h.b.alert {
			t.Fatalf("home after a fault: at home %v, phase %v, alert %v", h.b.AtHome(), h.phase, h.b.alert)
		}
	})
}
