package ui

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

const (
	askEN = "Still there? Press any key"
	askBG = "Още ли сте тук? Натиснете клавиш"
)

func TestKioskIdleReturnsHome(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, kiosk.Config{Idle: 90 * time.Second}))
		r.away()
		// 90 s idle: the last 20 s are the countdown.
		r.wait(69 * time.Second)
		if v := r.m.View(); strings.Contains(v, askEN) || strings.Contains(v, askBG) {
			t.Fatalf("a countdown 21 s before the idle time is up:\n%s", v)
		}
		r.wait(2 * time.Second)
		v := r.m.View()
		checkScreen(t, v, 80, 24)
		// The visitor's language (away chose Bulgarian) in full, the other
		// in a few words.
		for _, want := range []string{askBG + " — към началото след 19 с · Still there? 19 s"} {
			if !strings.Contains(v, want) {
				t.Errorf("71 s idle: the countdown lacks %q:\n%s", want, v)
			}
		}
		r.wait(10 * time.Second)
		if v := r.m.View(); !strings.Contains(v, "към началото след 9 с · Still there? 9 s") {
			t.Errorf("81 s idle: the countdown does not say 9 s:\n%s", v)
		}
		r.wait(9*time.Second + 100*time.Millisecond)
		checkHome(t, r.browser(), model.EN)
		if v := r.m.View(); strings.Contains(v, askEN) || !strings.Contains(v, "Type a city's name") {
			t.Errorf("home screen:\n%s", v)
		}
		// At home nothing runs: no timer, no tick, for an hour.
		ticks := r.timers
		r.wait(time.Hour)
		if r.inFlight.Load() != 0 || r.timers != ticks {
			t.Errorf("at rest: %d commands running, %d ticks in an hour", r.inFlight.Load(), r.timers-ticks)
		}
		if r.most > 1 {
			t.Errorf("%d commands ran at once; the kiosk keeps one timer", r.most)
		}
	})
}

// TestKioskCountdownMovesNothing checks that the countdown takes the
// instruction's line: every other line of the screen stays as it was, at
// sizes whose rows fill the list exactly and with a line to spare, in
// both languages.
func TestKioskCountdownMovesNothing(t *testing.T) {
	for _, lang := range model.Langs {
		for _, h := range []int{24, 25} {
			synctest.Test(t, func(t *testing.T) {
				r := newRig(t, newKioskTest(t, lang, 80, h, kiosk.Config{Idle: 90 * time.Second}))
				r.press("down")
				r.wait(69 * time.Second)
				before := strings.Split(r.m.View(), "\n")
				r.wait(2 * time.Second)
				during := strings.Split(r.m.View(), "\n")
				if !strings.Contains(during[1], ask(lang)) || len(during) != len(before) {
					t.Fatalf("80×%d %s: no countdown on the banner's line:\n%s", h, lang.Code(), strings.Join(during, "\n"))
				}
				for i := range before {
					if i != 1 && before[i] != during[i] {
						t.Errorf("80×%d %s: line %d moved in the countdown:\n%q\n%q", h, lang.Code(), i, before[i], during[i])
					}
				}
			})
		}
	}
}

// TestKioskBannerCutsWhole checks that a banner line too wide for the
// screen loses the other language's words whole, and is not cut after a
// letter (the countdown at 60 columns, the instruction at 40), and keeps
// both where they fit. Only a part that alone is too wide (the
// countdown's sentence at 40) is cut.
func TestKioskBannerCutsWhole(t *testing.T) {
	for _, lang := range model.Langs {
		for _, w := range []int{40, 60, 80, 200} {
			synctest.Test(t, func(t *testing.T) {
				r := newRig(t, newKioskTest(t, lang, w, 24, kiosk.Config{Idle: 90 * time.Second}))
				lines := []string{strings.Split(r.m.View(), "\n")[1]}
				r.press("down")
				r.wait(71 * time.Second)
				lines = append(lines, strings.Split(r.m.View(), "\n")[1])
				for _, l := range lines {
					l = strings.TrimSpace(l)
					if cut := strings.HasSuffix(l, "…"); cut && (w > 40 || strings.Contains(l, " · ")) || strings.HasSuffix(l, "·") {
						t.Errorf("%d columns, %s: the banner is cut: %q", w, lang.Code(), l)
					}
					if w == 200 && !strings.Contains(l, " · ") {
						t.Errorf("%d columns, %s: one language only: %q", w, lang.Code(), l)
					}
				}
				if !strings.Contains(lines[1], ask(lang)) {
					t.Errorf("%d columns, %s: no countdown: %q", w, lang.Code(), lines[1])
				}
			})
		}
	}
}

// ask is the countdown's question in lang.
func ask(lang model.Lang) string {
	if lang == model.BG {
		return askBG
	}
	return askEN
}

func TestKioskInputCancelsCountdown(t *testing.T) {
	for _, input := range []struct {
		name string
		msg  tea.Msg
	}{
		{"key", tea.KeyMsg{Type: tea.KeyShiftLeft}},
		{"wheel", tea.MouseMsg{X: 79, Y: 23, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress}},
		// On the header's title: a click where it does nothing.
		{"click", tea.MouseMsg{X: 5, Y: 0, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}},
	} {
		t.Run(input.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				r := newRig(t, newKioskTest(t, model.BG, 80, 24, kiosk.Config{Idle: 90 * time.Second}))
				r.send(typed("тро")...)
				r.wait(80 * time.Second)
				if !strings.Contains(r.m.View(), askBG) {
					t.Fatalf("no countdown at 80 s:\n%s", r.m.View())
				}
				before := selected(t, r.browser())
				r.send(input.msg)
				if v := r.m.View(); strings.Contains(v, askBG) || strings.Contains(v, askEN) {
					t.Fatalf("the countdown stays after input:\n%s", v)
				}
				if selected(t, r.browser()) != before || r.browser().search.query() != "тро" {
					t.Fatalf("the input that cancelled the countdown changed the screen: selected %s, query %q", selected(t, r.browser()), r.browser().search.query())
				}
				checkScreen(t, r.m.View(), 80, 24)
				// The idle time runs again from the input.
				r.wait(89 * time.Second)
				if r.browser().search.query() != "тро" {
					t.Fatalf("went home %v after input", 89*time.Second)
				}
				r.wait(time.Second + 100*time.Millisecond)
				checkHome(t, r.browser(), model.BG)
			})
		})
	}
}

func TestKioskOneTimerForManyKeys(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, kiosk.Config{Idle: 30 * time.Second}))
		for range 40 {
			r.press("down", "up")
			r.wait(500 * time.Millisecond)
		}
		// 40 s of keys: one timer all along, which woke only at the
		// deadlines (every 20 s), not per key.
		if r.most != 1 || r.timers > 3 {
			t.Errorf("%d commands at once, %d ticks in 40 s of typing", r.most, r.timers)
		}
	})
}

func TestKioskShortIdle(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// 5 s idle: a third of it, not 20 s, is the countdown.
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, kiosk.Config{Idle: 5 * time.Second}))
		r.away()
		r.wait(3 * time.Second)
		if v := r.m.View(); strings.Contains(v, askBG) {
			t.Fatalf("countdown at 3 s of 5:\n%s", v)
		}
		r.wait(500 * time.Millisecond)
		if v := r.m.View(); !strings.Contains(v, "след 2 с · Still there? 2 s") {
			t.Fatalf("no countdown at 3.5 s of 5:\n%s", v)
		}
		r.wait(1600 * time.Millisecond)
		checkHome(t, r.browser(), model.EN)
	})
}

func TestKioskAttract(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, kiosk.Config{Idle: 30 * time.Second, Attract: 10 * time.Second}))
		for _, want := range []string{"giurgiu", "volgograd", "peristeri"} {
			r.wait(10 * time.Second)
			if got := selected(t, r.browser()); got != want {
				t.Fatalf("attract: selected %s, want %s", got, want)
			}
		}
		// The first key wakes the screen up and does nothing else.
		r.send(typed("t")...)
		checkHome(t, r.browser(), model.EN)
		r.send(typed("t")...)
		if r.browser().search.query() != "t" {
			t.Fatalf("the second key was not typed: query %q", r.browser().search.query())
		}
		// No attract while the visitor is there.
		r.wait(25 * time.Second)
		if r.browser().search.query() != "t" {
			t.Fatal("the attract loop moved under a visitor")
		}
		// Idle again: home, then the loop again.
		r.wait(5*time.Second + 100*time.Millisecond)
		checkHome(t, r.browser(), model.EN)
		r.wait(10 * time.Second)
		if got := selected(t, r.browser()); got != "giurgiu" {
			t.Fatalf("attract after idle: selected %s", got)
		}
		// At home, before the loop has moved, a key is not swallowed.
		r.send(typed("g")...) // wakes: the screen was away from home
		r.wait(20*time.Second + 100*time.Millisecond)
		checkHome(t, r.browser(), model.EN)
		r.send(typed("g")...)
		if r.browser().search.query() != "g" {
			t.Fatalf("a key at an unmoved home screen was swallowed: query %q", r.browser().search.query())
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
		r := newRig(t, newKioskTest(t, model.EN, 80, 24, kiosk.Config{}))
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
		if len(r.quits) > 0 || r.unlocked() {
			t.Fatalf("a key quit: %v (unlocked %v)", r.quits, r.unlocked())
		}
		checkScreen(t, r.m.View(), 80, 24)
		checkHome(t, r.browser(), model.EN)
	})
	// The same keys, one by one, on a fresh kiosk: not one returns a
	// command that quits, interrupts or suspends.
	for _, name := range lockKeys {
		synctest.Test(t, func(t *testing.T) {
			k := newKioskTest(t, model.EN, 80, 24, kiosk.Config{})
			cmd := k.press(name)
			r := newRig(t, k)
			r.run(cmd)
			r.wait(time.Second)
			if len(r.quits) > 0 {
				t.Errorf("%s: %v", name, r.quits)
			}
		})
	}
}

// after sends messages and returns the browser as they left it.
func (k *kioskTest) after(msgs ...tea.Msg) Model {
	k.send(msgs...)
	return k.browser()
}

func TestKioskTyping(t *testing.T) {
	k := newKioskTest(t, model.EN, 80, 24, kiosk.Config{})
	var m Model
	// Letters filter at once, no "/" first; "/" and "q" are letters too.
	m = k.after(typed("tro")...)
	if m.search.query() != "tro" || m.list.len() != 1 || selected(t, m) != "trogir" || m.focus != focusSearch {
		t.Fatalf("typing: query %q, %d rows, selected %s, focus %v", m.search.query(), m.list.len(), selected(t, m), m.focus)
	}
	m = k.after(keyOf(t, "esc"))
	if m.search.query() != "" || m.list.len() != 9 || selected(t, m) != "trogir" || m.focus != focusSearch {
		t.Fatalf("esc: query %q, %d rows, selected %s", m.search.query(), m.list.len(), selected(t, m))
	}
	// Two escapes read at once (alt+esc) clear too.
	m = k.after(typed("x")...)
	m = k.after(tea.KeyMsg{Type: tea.KeyEsc, Alt: true})
	if m.search.query() != "" {
		t.Fatalf("alt+esc: query %q", m.search.query())
	}
	m = k.after(typed("q/?")...)
	if m.search.query() != "q/?" || m.help.ShowAll {
		t.Fatalf("q, / and ? are not typed: query %q, help %v", m.search.query(), m.help.ShowAll)
	}
	// "q/?" matched nothing, so esc lists all from the first.
	m = k.after(keyOf(t, "esc"), keyOf(t, "down"), keyOf(t, "down"))
	if selected(t, m) != "volgograd" {
		t.Fatalf("arrows in the list: selected %s", selected(t, m))
	}
	// enter opens the page; the arrows scroll it; esc goes back.
	m = k.after(keyOf(t, "enter"), keyOf(t, "down"), keyOf(t, "down"))
	if m.focus != focusSide || pageOf(m).vp.YOffset != 2 {
		t.Fatalf("enter, down, down: focus %v, offset %d", m.focus, pageOf(m).vp.YOffset)
	}
	id := selected(t, m)
	m = k.after(keyOf(t, "esc"))
	if m.focus != focusSearch || selected(t, m) != id {
		t.Fatalf("esc on the page: focus %v, selected %s", m.focus, selected(t, m))
	}
	// Typing on the page goes to the query.
	m = k.after(keyOf(t, "enter"), keyOf(t, "g"), keyOf(t, "i"))
	if m.focus != focusSearch || m.search.query() != "gi" || selected(t, m) != "giurgiu" {
		t.Fatalf("typing on the page: focus %v, query %q, selected %s", m.focus, m.search.query(), selected(t, m))
	}
	// Keys that arrive together are typed in order.
	m = k.after(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("urg")})
	if m.search.query() != "giurg" {
		t.Fatalf("keys together: query %q", m.search.query())
	}
	// tab and f2 switch the language and keep the query; f1 is the help.
	m = k.after(keyOf(t, "tab"))
	if m.lang != model.BG || m.search.query() != "giurg" {
		t.Fatalf("tab: lang %v, query %q", m.lang, m.search.query())
	}
	m = k.after(keyOf(t, "f2"), keyOf(t, "f1"))
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
		{model.EN, []string{"f1"}, []string{"pgdn page down", "less"}, []string{"quit", "ctrl+c"}},
	} {
		k := newKioskTest(t, tc.lang, 80, 24, kiosk.Config{})
		k.press(tc.keys...)
		bar := footer(k.browser())
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
	k := newKioskTest(t, model.EN, 80, 24, kiosk.Config{})
	var m Model
	click := func(x, y int) tea.Msg {
		return tea.MouseMsg{X: x, Y: y, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}
	}
	m = k.after(click(5, 0))
	if m.lang != model.EN {
		t.Fatal("a click on the title switched the language")
	}
	m = k.after(click(78, 0))
	if m.lang != model.BG || !strings.Contains(m.headerView(), "BG · 9 от 9") {
		t.Fatalf("a click on the language did not switch it:\n%s", m.headerView())
	}
}

// faulty is a model around a kiosk that panics where the test says: in
// Update, in View, or in the command its Update returns.
type faulty struct {
	m     tea.Model
	crash *string // the stage to panic in once, "" for none
}

func (f faulty) fault(stage string) {
	if *f.crash == stage {
		*f.crash = ""
		panic("the test's fault in " + stage)
	}
}

func (f faulty) Init() tea.Cmd { return f.m.Init() }

func (f faulty) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	f.fault("Update")
	next, cmd := f.m.Update(msg)
	if *f.crash == "a command" {
		cmd = func() tea.Msg { f.fault("a command"); return nil }
	}
	return faulty{next, f.crash}, cmd
}

func (f faulty) View() string {
	f.fault("View")
	return f.m.View()
}

// Home sends the kiosk inside home, as the guard asks a model to.
func (f faulty) Home() tea.Model {
	return faulty{f.m.(interface{ Home() tea.Model }).Home(), f.crash}
}

func TestKioskGuard(t *testing.T) {
	path := t.TempDir() + "/kiosk.log"
	log, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	crash := ""
	k := newKioskTest(t, model.EN, 80, 24, kiosk.Config{})
	k.m = kiosk.Guard(faulty{k.m, &crash}, log)
	for _, stage := range []string{"Update", "View", "a command"} {
		k.send(typed("tr")...)
		k.press("f2", "enter")
		crash = stage
		if cmd := k.press("down"); stage == "a command" {
			// The command runs as bubbletea would run it, and the panic
			// comes back to the guard as a message.
			k.send(cmd())
		}
		if crash != "" {
			t.Fatalf("no fault was raised in %s", stage)
		}
		checkHome(t, k.browser(), model.EN)
		checkScreen(t, k.m.View(), 80, 24)
		if !strings.Contains(k.m.View(), "> Saint-Ouen") {
			t.Errorf("after a fault in %s the screen is not home:\n%s", stage, k.m.View())
		}
		// Still working: the next key is typed.
		k.send(typed("x")...)
		if q := k.browser().search.query(); q != "x" {
			t.Fatalf("after a fault in %s: query %q", stage, q)
		}
		k.press("esc")
	}

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
	if strings.Contains(k.m.View(), "goroutine") || strings.Contains(k.m.View(), "fault") {
		t.Error("the visitor sees the error")
	}
}

func TestGlyphsOnTheConsole(t *testing.T) {
	g := glyphs{console: true}
	for in, want := range map[string]string{
		"淮南":                  "Huai Nan",
		"Περιστέρι (Greek)":   "Περιστέρι (Greek)",
		"ș ț Ș Ț":             "ș ț Ș Ț",
		"Сімферополь, Újbuda": "Сімферополь, Újbuda",
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
	in := "\x1b[38;5;252m淮南\x1b[0m \x1b[1m→\x1b[0m"
	if got, want := g.rendered(in), "\x1b[38;5;252mHuai Nan\x1b[0m \x1b[1m→\x1b[0m"; got != want {
		t.Errorf("rendered: %q, want %q", got, want)
	}
}

func TestKioskConsolePage(t *testing.T) {
	look := plainLook()
	look.Console = true
	k := newKioskOn(t, look, model.EN, 80, 24, kiosk.Config{Idle: time.Minute})
	k.press("down", "down", "down", "down")
	if got := selected(t, k.browser()); got != "huainan" {
		t.Fatalf("selected %s", got)
	}
	view := k.m.View()
	for _, r := range view {
		if !consoleHas(r) {
			t.Fatalf("%q is not in the console's fonts:\n%s", r, view)
		}
	}
	if !strings.Contains(view, "Huai Nan (xx,") || !strings.Contains(view, "transliterated)") || !strings.Contains(view, "╔") {
		t.Errorf("the console page:\n%s", view)
	}
	golden(t, "kiosk_console_80x24_en", view)
}

// TestKioskGolden draws a kiosk's screens at 80×24 in both languages: at
// home, typing, reading a page, and asking whether someone is there (15
// seconds before the 90 of idle time are up).
func TestKioskGolden(t *testing.T) {
	for _, lang := range model.Langs {
		for _, sc := range []struct {
			name string
			keys []string
			idle time.Duration
		}{
			{"home", nil, 0},
			{"typing", []string{"t", "r"}, 0},
			{"page", []string{"down", "enter"}, 0},
			{"countdown", []string{"down"}, 75*time.Second + 10*time.Millisecond},
		} {
			name := fmt.Sprintf("kiosk_%s_80x24_%s", sc.name, lang.Code())
			t.Run(name, func(t *testing.T) {
				synctest.Test(t, func(t *testing.T) {
					r := newRig(t, newKioskTest(t, lang, 80, 24, kiosk.Config{}))
					r.press(sc.keys...)
					r.wait(sc.idle)
					view := r.m.View()
					if sc.idle > 0 {
						// The countdown's banner, as it stands over the
						// home screen.
						b := r.browser()
						view = b.Home().WithBanner(b.banner.lines, b.banner.alert).View()
					}
					checkScreen(t, view, 80, 24)
					golden(t, name, view)
				})
			})
		}
	}
}

// FuzzKioskUpdate plays any sequence of keys, clicks, resizes and seconds
// of idle time on a kiosk (with the attract loop on and a short idle
// time, so that its timer runs): it never panics, never draws outside the
// screen, keeps the view beside the list on the selected city, and never
// unlocks.
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
		synctest.Test(t, func(t *testing.T) {
			r := newRig(t, newKioskTest(t, model.EN, 80, 24, kiosk.Config{Idle: 6 * time.Second, Attract: time.Second, Exit: kiosk.Chord{"f20"}}))
			for _, e := range events {
				switch {
				case e == 0x7f:
					r.wait(time.Second)
				case e < 0x80:
					r.press(names[int(e)%len(names)])
				default:
					r.send(event(e, nil, r.browser()))
				}
				m := r.browser()
				if id := m.list.selected(); showing(m) != id {
					t.Fatalf("after %q: the list selects %q, the view shows %q", events, id, showing(m))
				}
				if m.width > 0 && m.height > 0 {
					checkScreen(t, r.m.View(), m.width, m.height)
				}
				if r.unlocked() || len(r.quits) > 0 {
					t.Fatalf("after %q: unlocked", events)
				}
			}
		})
	})
}

// TestNoKioskKeyIsAnExitChord checks the exit chord's rule against the
// kiosk itself: no key that the kiosk's browser answers, in any focus,
// nor any key of its query box, can be the whole chord, since visitors
// press them.
func TestNoKioskKeyIsAnExitChord(t *testing.T) {
	m := newTest(t, model.EN, 80, 24).TypingFirst()
	reading := press(m, "enter")
	if reading.focus != focusSide {
		t.Fatal("enter did not open the page")
	}
	var names []string
	for _, km := range []any{m.keys, reading.keys, m.search.input.KeyMap} {
		v := reflect.ValueOf(km)
		for i := range v.NumField() {
			if b, ok := v.Field(i).Interface().(key.Binding); ok && b.Enabled() {
				names = append(names, b.Keys()...)
			}
		}
	}
	if len(names) < 20 {
		t.Fatalf("only %d keys found: %q", len(names), names)
	}
	for _, n := range names {
		if _, err := kiosk.ParseChord(n); err == nil {
			t.Errorf("%q is a key of the kiosk, yet it may be the exit chord alone", n)
		}
	}
}
