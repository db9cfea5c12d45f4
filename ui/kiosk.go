package ui

import (
	"io"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// Kiosk are the choices of kiosk mode: the browser on a
// public screen, where the query always has the keyboard, no key quits,
// and the screen returns to its home state when the visitor walks away.
// The zero value is not a kiosk.
type Kiosk struct {
	On      bool
	Idle    time.Duration // back to the home state after this long without input
	Attract time.Duration // at home and idle, the next city every Attract; 0 for never
	Exit    Chord         // the operator's way out; empty for none but a signal
	Log     io.Writer     // where internal errors are recorded; nil for nowhere
}

// maxWarning is the longest the screen asks whether someone is still
// there before it returns home (WCAG 2.2.1: a warning, and time to act).
const maxWarning = 20 * time.Second

// warning is the last part of the idle time, in which a countdown shows:
// 20 seconds, or a third of a shorter idle time.
func (k Kiosk) warning() time.Duration { return min(maxWarning, k.Idle/3) }

// phase is where the kiosk is in its cycle between visitors.
type phase int

const (
	resting    phase = iota // at home, nobody there; no timer runs
	active                  // a visitor; a timer waits for the idle deadline
	warning                 // the countdown is on the screen
	attracting              // at home and idle, moving through the cities
)

// kiosk is the state kiosk mode adds to the model. Its timer is one chain
// of ticks: the model asks for the next tick only when one arrives (or
// when input comes while none is on its way), so input costs no timer
// and nothing runs while the screen rests at home.
type kiosk struct {
	Kiosk
	home      model.Lang // the language of the home state
	phase     phase
	lastInput time.Time  // the last key or mouse event
	ticking   bool       // a tick is on its way; never more than one
	left      int        // the countdown's seconds, as shown
	chord     chordState // progress through the exit chord
	unlocked  bool       // the exit chord was typed: the program may quit
}

// tickMsg is the kiosk's timer going off.
type tickMsg struct{}

// newKiosk returns the kiosk state of a browser starting at home in lang.
func newKiosk(o Kiosk, lang model.Lang) kiosk {
	k := kiosk{Kiosk: o, home: lang}
	if o.On && o.Attract > 0 {
		k.phase, k.ticking = attracting, true
	}
	return k
}

// start is the command that starts the kiosk's timer, if it runs at
// start: only the attract loop does.
func (k kiosk) start() tea.Cmd {
	if k.ticking {
		return tick(k.Attract)
	}
	return nil
}

// tick is the command that ends in a tickMsg after d.
func tick(d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return tickMsg{} })
}

// schedule asks for the next tick after d; it is called only where no
// other tick is on its way.
func (m Model) schedule(d time.Duration) (Model, tea.Cmd) {
	m.kiosk.ticking = true
	return m, tick(d)
}

// kioskKey handles a key in kiosk mode: the exit chord first, whatever
// the screen shows; then the key counts as input (and only wakes the
// screen, if it was showing the cities to passers-by); then it goes where
// it belongs.
func (m Model) kioskKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	now := time.Now()
	m, done := m.unlock(msg, now)
	if done {
		m.kiosk.unlocked = true
		return m, tea.Quit
	}
	m, timer, woken := m.wake(now)
	if woken {
		return m, timer
	}
	m, cmd := m.kioskRoute(msg)
	return m, tea.Batch(timer, cmd)
}

// unlock follows the exit chord through msg, and reports whether msg
// completed it. Keys that arrived together count one by one.
func (m Model) unlock(msg tea.KeyMsg, now time.Time) (Model, bool) {
	done := false
	for _, k := range split(msg) {
		var ok bool
		m.kiosk.chord, ok = m.kiosk.chord.next(m.kiosk.Exit, k.String(), now)
		done = done || ok
	}
	return m, done
}

// split returns the keys of a message: letters that arrived together one
// by one, anything else (a paste included) as it is.
func split(msg tea.KeyMsg) []tea.KeyMsg {
	if msg.Type != tea.KeyRunes || len(msg.Runes) < 2 || msg.Paste {
		return []tea.KeyMsg{msg}
	}
	keys := make([]tea.KeyMsg, len(msg.Runes))
	for i, r := range msg.Runes {
		keys[i] = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt}
	}
	return keys
}

// kioskRoute hands a key to the query or, while a city's page is open,
// to the page; typing on the page goes back to the query.
func (m Model) kioskRoute(msg tea.KeyMsg) (Model, tea.Cmd) {
	if keys := split(msg); len(keys) > 1 {
		return m.each(keys, Model.kioskRoute)
	}
	if m.focus == focusDetail {
		if !typing(msg) {
			return m.browseKey(msg)
		}
		m = m.setFocus(focusSearch)
	}
	return m.searchKey(msg)
}

// typing reports whether a key edits the query: a character (not with
// alt), a space, or a deletion.
func typing(msg tea.KeyMsg) bool {
	switch msg.Type { //nolint:exhaustive // every other key is not typing
	case tea.KeyRunes:
		return !msg.Alt
	case tea.KeySpace, tea.KeyBackspace, tea.KeyDelete:
		return true
	}
	return false
}

// kioskMouse handles a mouse event in kiosk mode: it is input, and it
// only wakes a screen that was showing the cities to passers-by. During
// the countdown it only cancels it: the countdown's lines leave the
// header, so what was under the pointer has moved.
func (m Model) kioskMouse(msg tea.MouseMsg) (Model, tea.Cmd) {
	counting := m.kiosk.phase == warning
	m, timer, woken := m.wake(time.Now())
	if woken || counting {
		return m, timer
	}
	return m.mouse(msg), timer
}

// wake records input at now: it cancels the countdown, and the timer
// starts if none runs. When the attract loop had moved away from home,
// the screen returns home and woken is true: the input was only a wake-up
// call and is not acted on.
func (m Model) wake(now time.Time) (_ Model, timer tea.Cmd, woken bool) {
	m.kiosk.lastInput = now
	if m.kiosk.phase == attracting && !m.atHome() {
		m, woken = m.goHome(), true
	}
	if m.kiosk.phase == warning {
		m.kiosk.phase = active
		m = m.sync() // the countdown leaves the screen
	}
	m.kiosk.phase = active
	if m.kiosk.ticking {
		// The tick on its way finds the new deadline and waits for it.
		return m, nil, woken
	}
	m, timer = m.schedule(m.kiosk.Idle - m.kiosk.warning())
	return m, timer, woken
}

// onTick handles the kiosk's timer: it checks the deadline against the
// last input, and asks for the next tick when something is still to come.
func (m Model) onTick() (Model, tea.Cmd) {
	m.kiosk.ticking = false
	k, now := m.kiosk, time.Now()
	switch k.phase {
	case active:
		due := k.lastInput.Add(k.Idle - k.warning())
		if now.Before(due) {
			return m.schedule(due.Sub(now))
		}
		if m.atHome() {
			return m.rest()
		}
		m.kiosk.phase = warning
		return m.countdown(now)
	case warning:
		return m.countdown(now)
	case attracting:
		return m.nextCity().schedule(k.Attract)
	}
	return m, nil
}

// countdown shows the seconds left until the idle time is up, and asks
// for a tick when the number changes; at zero, the screen goes home.
func (m Model) countdown(now time.Time) (Model, tea.Cmd) {
	left := m.kiosk.lastInput.Add(m.kiosk.Idle).Sub(now)
	if left <= 0 {
		m.kiosk.phase = resting // before goHome measures the header
		return m.goHome().rest()
	}
	secs := int((left + time.Second - 1) / time.Second)
	m.kiosk.left = secs
	return m.sync().schedule(left - time.Duration(secs-1)*time.Second)
}

// rest leaves the screen at home for the next visitor: still, or moving
// through the cities when the attract loop is on.
func (m Model) rest() (Model, tea.Cmd) {
	if m.kiosk.Attract > 0 {
		m.kiosk.phase = attracting
		return m.schedule(m.kiosk.Attract)
	}
	m.kiosk.phase = resting
	return m, nil
}

// nextCity selects the next partner, after the last the first, for the
// attract loop.
func (m Model) nextCity() Model {
	if n := len(m.list.rows); n > 0 {
		m.list = m.list.moveTo((m.list.cursor + 1) % n)
	}
	return m.sync()
}

// goHome puts the screen in its home state: the query cleared, the first
// city selected with its page at the top, the default language, the help
// closed.
func (m Model) goHome() Model {
	m.lang = m.kiosk.home
	m.search = m.search.clear().setLang(m.lang)
	m.help.ShowAll = false
	m.focus = focusSearch
	m.list = m.list.setRows(m.search.rows(m.ds.Partners, m.lang), "")
	m = m.sync()
	m.detail = m.detail.top()
	return m
}

// atHome reports whether the screen is in its home state.
func (m Model) atHome() bool {
	return m.lang == m.kiosk.home && m.search.query() == "" && m.focus == focusSearch &&
		m.list.cursor == 0 && m.list.offset == 0 && m.detail.vp.YOffset == 0 && !m.help.ShowAll
}

// kioskFocus keeps the kiosk's rule for the focus: the query has the
// keyboard, except while a city's page is open for reading.
func (m Model) kioskFocus() Model {
	if m.focus == focusDetail {
		m.search = m.search.blur()
		return m
	}
	m.focus = focusSearch
	if !m.search.input.Focused() {
		m.search, _ = m.search.focus() // a steady cursor needs no command
	}
	return m
}

// kioskKeys enables and names the keys of kiosk mode, where letters type
// into the query whatever the focus: the language is tab (or f2), the
// help f1, and nothing quits.
func (k *KeyMap) kioskKeys(s keyState) {
	h := words[s.lang].help
	reading := s.focus == focusDetail
	choosing := !reading
	k.Lang.SetKeys("tab", "f2")
	k.Help.SetKeys("f1")
	// Two escapes read at once are one key to bubbletea, alt+esc: a
	// visitor pressing esc hard still goes back.
	k.Back.SetKeys("esc", "alt+esc")
	k.Clear.SetKeys("esc", "alt+esc")
	set(&k.Lang, true, "tab", words[s.lang.Other()].langName)
	set(&k.Help, true, "f1", helpLabel(h, s.fullHelp))
	set(&k.Open, choosing && s.selected, "enter", h.open)
	set(&k.Back, reading, "esc", h.back)
	set(&k.Clear, choosing && s.filtered, "esc", h.clear)
	set(&k.ResultUp, choosing, "↑", h.up)
	set(&k.ResultDown, choosing, "↓", h.down)
	set(&k.PageUp, true, "pgup", h.pageUp)
	set(&k.PageDown, true, "pgdown", h.pageDown)
	set(&k.Up, reading, "↑", h.scrollUp)
	set(&k.Down, reading, "↓", h.scrollDown)
	set(&k.Home, reading, "home", h.top)
	set(&k.End, reading, "end", h.bottom)
	for _, b := range []*key.Binding{&k.Focus, &k.Search, &k.Quit, &k.Keep, &k.ForceQuit} {
		b.SetEnabled(false)
	}
}
