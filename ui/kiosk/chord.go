package kiosk

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// chordTime is how long the operator has to type the whole exit chord,
// from its first key to its last.
const chordTime = 2 * time.Second

// Chord is the operator's way out of kiosk mode: keys in bubbletea's
// spelling ("ctrl+x", "f12", "alt+q"), typed in order within two seconds.
type Chord []string

// ParseChord reads a chord written as key names separated by spaces, as
// --exit-key takes it: "ctrl+x ctrl+q", "f12". A name bubbletea would
// never report is an error, and so is a chord made only of keys a visitor
// presses (see visitorKey): one of them must be a ctrl, alt or function
// key that the kiosk does not answer. The errors say what is wrong with
// the chord; the caller names the flag.
func ParseChord(s string) (Chord, error) {
	names := strings.Fields(s)
	if len(names) == 0 {
		return nil, errors.New("give at least one key, such as ctrl+x ctrl+q or f12")
	}
	known := keyNames()
	deliberate := false
	c := make(Chord, len(names))
	for i, n := range names {
		name, ok := keyName(n, known)
		if !ok {
			return nil, unknownKey(n, known)
		}
		deliberate = deliberate || !visitorKey(name)
		c[i] = name
	}
	if !deliberate {
		return nil, errors.New("a visitor could press this by chance; add a ctrl, alt or function key that the kiosk does not use, such as ctrl+x ctrl+q or f12")
	}
	return c, nil
}

// unknownKey is the error for a name that is no key, with the right
// spelling when only its case is wrong ("F12").
func unknownKey(n string, known map[string]bool) error {
	if name, ok := keyName(strings.ToLower(n), known); ok {
		return fmt.Errorf("unknown key %s; key names are in lower case: %s", termsafe.Quote(n), Chord{name})
	}
	return fmt.Errorf("unknown key %s; use names such as ctrl+x, alt+q, f12", termsafe.Quote(n))
}

// String writes the chord as ParseChord reads it.
func (c Chord) String() string {
	names := make([]string, len(c))
	for i, n := range c {
		if n == " " {
			n = "space"
		}
		names[i] = n
	}
	return strings.Join(names, " ")
}

// keyName returns n as tea.KeyMsg.String spells it, if it names a key:
// one of bubbletea's key names, a single printable character, another
// name of one of these (see alias), or any of these after "alt+".
func keyName(n string, known map[string]bool) (string, bool) {
	base, alt := strings.CutPrefix(n, "alt+")
	if a, ok := alias(base); ok {
		base = a
	}
	if base == "" {
		return "", false
	}
	r, size := utf8.DecodeRuneInString(base)
	single := size == len(base) && r != utf8.RuneError && unicode.IsGraphic(r)
	if !known[base] && !single {
		return "", false
	}
	if alt {
		return "alt+" + base, true
	}
	return base, true
}

// alias returns the name bubbletea reports for a key people also call
// otherwise: space is " ", ctrl+i is the byte of tab, ctrl+m that of
// enter, ctrl+[ that of esc, and ctrl+space sends what ctrl+@ does.
func alias(n string) (string, bool) {
	switch n {
	case "space":
		return " ", true
	case "ctrl+i":
		return "tab", true
	case "ctrl+m":
		return "enter", true
	case "ctrl+[":
		return "esc", true
	case "ctrl+space":
		return "ctrl+@", true
	}
	return "", false
}

// visitorKey reports whether a visitor presses the key named (as
// bubbletea names it), on purpose or by chance: a character or the
// space; a key the kiosk answers (enter, esc, tab, f1 to f5, the arrows
// and the other moving keys, with any modifier); the keys that edit its
// query (bubbles' textinput: ctrl+a, ctrl+e, ctrl+w, alt+b, ...,
// alt+backspace); and the keys people try first to leave a program
// (ctrl+c, ctrl+d, ctrl+q, ctrl+z, ctrl+\), which the kiosk swallows.
func visitorKey(name string) bool {
	base := strings.TrimPrefix(name, "alt+")
	if utf8.RuneCountInString(base) == 1 {
		// A character, or alt and one: alt+b, alt+d and alt+f move and
		// delete words in the query.
		return base == name || strings.Contains("bdf ", base)
	}
	switch base {
	case "ctrl+a", "ctrl+b", "ctrl+c", "ctrl+d", "ctrl+e", "ctrl+f", "ctrl+h", "ctrl+k",
		"ctrl+n", "ctrl+p", "ctrl+q", "ctrl+u", "ctrl+v", "ctrl+w", "ctrl+z", "ctrl+\\":
		return true
	}
	for _, mod := range []string{"ctrl+", "shift+"} {
		base = strings.TrimPrefix(base, mod)
	}
	switch base {
	case "enter", "esc", "tab", "backspace", "delete", "insert", "f1", "f2", "f3", "f4", "f5",
		"up", "down", "left", "right", "home", "end", "pgup", "pgdown":
		return true
	}
	return false
}

// keyNames is the set of names bubbletea gives the keys it knows.
func keyNames() map[string]bool {
	names := map[string]bool{}
	// The key types are small integers either side of zero.
	for t := tea.KeyType(-128); t < 256; t++ {
		if t == tea.KeyRunes {
			continue
		}
		if s := t.String(); s != "" {
			names[s] = true
		}
	}
	return names
}

// chordState is how far the operator has got through the exit chord.
type chordState struct {
	typed int       // keys of the chord typed so far, in order
	since time.Time // when the first of them was typed
}

// next returns the state after key k at time now, and whether that key
// completed chord c. A key that does not continue the chord starts it
// again if it is its first key.
func (s chordState) next(c Chord, k string, now time.Time) (chordState, bool) {
	if len(c) == 0 {
		return chordState{}, false
	}
	if s.typed > 0 && (now.Sub(s.since) > chordTime || c[s.typed] != k) {
		s = chordState{}
	}
	if c[s.typed] != k {
		return chordState{}, false
	}
	if s.typed == 0 {
		s.since = now
	}
	s.typed++
	if s.typed == len(c) {
		return chordState{}, true
	}
	return s, false
}
