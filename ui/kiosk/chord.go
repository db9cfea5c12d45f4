package kiosk

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
)

// chordTime is how long the operator has to type the whole exit chord,
// from its first key to its last.
const chordTime = 2 * time.Second

// Chord is the operator's way out of kiosk mode: keys in bubbletea's
// spelling ("ctrl+x", "f12", "alt+q"), typed in order within two seconds.
type Chord []string

// ParseChord reads a chord written as key names separated by spaces, as
// --exit-key takes it: "ctrl+x ctrl+q", "f12". A name bubbletea would
// never report is an error, and so is a chord of plain characters only,
// which a visitor typing a city's name could type by chance.
func ParseChord(s string) (Chord, error) {
	names := strings.Fields(s)
	if len(names) == 0 {
		return nil, fmt.Errorf("%q: give at least one key, such as ctrl+x ctrl+q or f12", s)
	}
	known := keyNames()
	plain := true
	c := make(Chord, len(names))
	for i, n := range names {
		name, ok := keyName(n, known)
		if !ok {
			return nil, fmt.Errorf("%q: unknown key %q (use names such as ctrl+x, alt+q, f12, esc, space)", s, n)
		}
		if name != " " && utf8.RuneCountInString(name) > 1 {
			plain = false
		}
		c[i] = name
	}
	if plain {
		return nil, fmt.Errorf("%q: a visitor could type this; use a control, alt or function key, such as ctrl+x ctrl+q or f12", s)
	}
	return c, nil
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
// one of bubbletea's key names, a single printable character, "space",
// or any of these after "alt+".
func keyName(n string, known map[string]bool) (string, bool) {
	base, alt := strings.CutPrefix(n, "alt+")
	if base == "" {
		return "", false
	}
	if base == "space" {
		base = " "
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
