// Package kiosk is the browser on a public screen: the query always has
// the keyboard, no key quits, the screen returns to its home state when the
// visitor walks away (after a countdown that asks whether someone is still
// there), it may move through the cities to attract passers-by, and only
// the operator's exit chord ends it. A Model wraps the browser and drives
// it through the few methods of Browser; Guard keeps an internal error from
// ending the program, and Filter keeps anything else from ending it.
package kiosk

import (
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// Browser is what a kiosk needs of the browser it wraps, whose own type is
// B: every method returns the browser changed, as bubbles' components do.
type Browser[B any] interface {
	Init() tea.Cmd
	// Handle is Update returning B.
	Handle(msg tea.Msg) (B, tea.Cmd)
	View() string
	// Lang is the language on the screen; the banner says what to do in
	// it first.
	Lang() model.Lang
	// TypingFirst makes every key a visitor types go to the query.
	TypingFirst() B
	// Home is the state a new visitor finds; AtHome reports whether the
	// browser is in it.
	Home() B
	AtHome() bool
	// Next selects the next city, after the last the first.
	Next() B
	// WithBanner shows lines under the header, as an alert or not; the
	// browser's layout makes room for them.
	WithBanner(lines []string, alert bool) B
	// Pending returns the command for the work the browser's state waits
	// for since it was last asked (a page to render off the event loop),
	// or nil; Handle's command includes it, the other methods' do not.
	Pending() tea.Cmd
}

// Config are the choices of kiosk mode.
type Config struct {
	Idle    time.Duration // back to the home state after this long without input
	Attract time.Duration // at home and idle, the next city every Attract; 0 for never
	Exit    Chord         // the operator's way out; empty for none but a signal
}

// maxWarning is the longest the screen asks whether someone is still
// there before it returns home (WCAG 2.2.1: a warning, and time to act).
const maxWarning = 20 * time.Second

// warning is the last part of the idle time, in which a countdown shows:
// 20 seconds, or a third of a shorter idle time.
func (c Config) warning() time.Duration { return min(maxWarning, c.Idle/3) }

// phase is where the kiosk is in its cycle between visitors.
type phase int

const (
	resting    phase = iota // at home, nobody there; no timer runs
	active                  // a visitor; a timer waits for the idle deadline
	warning                 // the countdown is on the screen
	attracting              // at home and idle, moving through the cities
)

// Model is a kiosk around a browser of type B. It is a tea.Model. Its
// timer is one chain of ticks: the model asks for the next tick only when
// one arrives (or when input comes while none is on its way), so input
// costs no timer and nothing runs while the screen rests at home.
type Model[B Browser[B]] struct {
	b B
	Config
	phase     phase
	lastInput time.Time  // the last key or mouse event
	ticking   bool       // a tick is on its way; never more than one
	left      int        // the countdown's seconds, as shown
	chord     chordState // progress through the exit chord
	unlocked  bool       // the exit chord was typed: the program may quit
}

// tickMsg is the kiosk's timer going off.
type tickMsg struct{}

// New returns a kiosk around browser b, which it puts in typing-first
// mode; b's state when New is called is not its home state unless b is
// at home.
func New[B Browser[B]](b B, c Config) Model[B] {
	k := Model[B]{b: b.TypingFirst(), Config: c}
	if c.Attract > 0 {
		k.phase, k.ticking = attracting, true
	}
	return k.withBanner()
}

// Init implements tea.Model: the browser's command, and the attract loop's
// timer when it runs from the start.
func (k Model[B]) Init() tea.Cmd {
	if k.ticking {
		return tea.Batch(k.b.Init(), tick(k.Attract))
	}
	return k.b.Init()
}

// Update implements tea.Model: keys go through the exit chord and wake
// the screen, mouse events wake it, the timer moves the cycle on, and
// everything else goes to the browser.
func (k Model[B]) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyMsg:
		k, cmd = k.key(msg)
	case tea.MouseMsg:
		k, cmd = k.mouse(msg)
	case tickMsg:
		k, cmd = k.onTick()
	default:
		k.b, cmd = k.b.Handle(msg)
	}
	k = k.withBanner()
	// The timer moves the browser through its methods, and so may going
	// home: whatever that asks for comes with the command.
	return k, tea.Batch(cmd, k.b.Pending())
}

// View implements tea.Model.
func (k Model[B]) View() string { return k.b.View() }

// Home returns the kiosk with its browser in the home state, and the
// countdown, if it was on, off: what Guard returns to after an internal
// error. The cycle goes on as it was (the attract loop keeps moving).
func (k Model[B]) Home() tea.Model {
	k.b = k.b.Home()
	if k.phase == warning {
		k.phase = active
	}
	return k.withBanner()
}

// Unlocked reports whether the operator has typed the exit chord, after
// which the program may quit (see Filter).
func (k Model[B]) Unlocked() bool { return k.unlocked }

// tick is the command that ends in a tickMsg after d.
func tick(d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return tickMsg{} })
}

// schedule asks for the next tick after d; it is called only where no
// other tick is on its way.
func (k Model[B]) schedule(d time.Duration) (Model[B], tea.Cmd) {
	k.ticking = true
	return k, tick(d)
}

// key handles a key: the exit chord first, whatever the screen shows;
// then the key counts as input (and only wakes the screen, if it was
// showing the cities to passers-by); then it goes to the browser.
func (k Model[B]) key(msg tea.KeyMsg) (Model[B], tea.Cmd) {
	now := time.Now()
	k, done := k.unlock(msg, now)
	if done {
		k.unlocked = true
		return k, tea.Quit
	}
	k, timer, woken := k.wake(now)
	if woken {
		return k, timer
	}
	var cmd tea.Cmd
	k.b, cmd = k.b.Handle(msg)
	return k, tea.Batch(timer, cmd)
}

// unlock follows the exit chord through msg, and reports whether msg
// completed it. Letters that arrived together count one by one.
func (k Model[B]) unlock(msg tea.KeyMsg, now time.Time) (Model[B], bool) {
	done := false
	for _, name := range keyNamesOf(msg) {
		var ok bool
		k.chord, ok = k.chord.next(k.Exit, name, now)
		done = done || ok
	}
	return k, done
}

// keyNamesOf returns the names of the keys of a message: letters that
// arrived together (fast typing, a slow machine) one by one, anything
// else, a paste included, as one.
func keyNamesOf(msg tea.KeyMsg) []string {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return []string{msg.String()}
	}
	names := make([]string, len(msg.Runes))
	for i, r := range msg.Runes {
		names[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}.String()
	}
	return names
}

// mouse handles a mouse event: it is input, and it only wakes a screen
// that was showing the cities to passers-by. During the countdown it is
// acted on, as a key is: the countdown takes the instruction's line, so
// what was under the pointer is still there.
func (k Model[B]) mouse(msg tea.MouseMsg) (Model[B], tea.Cmd) {
	k, timer, woken := k.wake(time.Now())
	if woken {
		return k, timer
	}
	var cmd tea.Cmd
	k.b, cmd = k.b.Handle(msg)
	return k, tea.Batch(timer, cmd)
}

// wake records input at now: it cancels the countdown, and the timer
// starts if none runs. When the attract loop had moved away from home,
// the screen returns home and woken is true: the input was only a wake-up
// call and is not acted on.
func (k Model[B]) wake(now time.Time) (_ Model[B], timer tea.Cmd, woken bool) {
	k.lastInput = now
	if k.phase == attracting && !k.b.AtHome() {
		k, woken = k.goHome(), true
	}
	k.phase = active
	if k.ticking {
		// The tick on its way finds the new deadline and waits for it.
		return k, nil, woken
	}
	k, timer = k.schedule(k.Idle - k.warning())
	return k, timer, woken
}

// onTick handles the kiosk's timer: it checks the deadline against the
// last input, and asks for the next tick when something is still to come.
func (k Model[B]) onTick() (Model[B], tea.Cmd) {
	k.ticking = false
	now := time.Now()
	switch k.phase {
	case active:
		due := k.lastInput.Add(k.Idle - k.warning())
		if now.Before(due) {
			return k.schedule(due.Sub(now))
		}
		if k.b.AtHome() {
			return k.rest()
		}
		k.phase = warning
		return k.countdown(now)
	case warning:
		return k.countdown(now)
	case attracting:
		k.b = k.b.Next()
		return k.schedule(k.Attract)
	}
	return k, nil
}

// countdown shows the seconds left until the idle time is up, and asks
// for a tick when the number changes; at zero, the screen goes home.
func (k Model[B]) countdown(now time.Time) (Model[B], tea.Cmd) {
	left := k.lastInput.Add(k.Idle).Sub(now)
	if left <= 0 {
		return k.goHome().rest()
	}
	secs := int((left + time.Second - 1) / time.Second)
	k.left = secs
	return k.schedule(left - time.Duration(secs-1)*time.Second)
}

// rest leaves the screen at home for the next visitor: still, or moving
// through the cities when the attract loop is on.
func (k Model[B]) rest() (Model[B], tea.Cmd) {
	if k.Attract > 0 {
		k.phase = attracting
		return k.schedule(k.Attract)
	}
	k.phase = resting
	return k, nil
}

// goHome puts the browser in its home state, the countdown off.
func (k Model[B]) goHome() Model[B] {
	k.phase = resting
	k.b = k.b.Home()
	return k
}

// withBanner shows, under the header, what to do in both languages, the
// current one first; or, in the last seconds of the idle time, whether
// someone is still there: in full in the current language, in a few words
// in the other. Either is one line, so that the countdown moves nothing
// on the screen (a row under a visitor's finger stays where it was), and
// at 80 columns the countdown fits whole in either order.
func (k Model[B]) withBanner() Model[B] {
	lang := k.b.Lang()
	here, other := words[lang], words[lang.Other()]
	if k.phase == warning {
		k.b = k.b.WithBanner([]string{fmt.Sprintf(here.stillThere, k.left) + " · " + fmt.Sprintf(other.stillShort, k.left)}, true)
		return k
	}
	k.b = k.b.WithBanner([]string{here.instruction + " · " + other.instruction}, false)
	return k
}
