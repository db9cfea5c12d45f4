// Package termsafetest holds hostile text for tests of everything the app
// writes to a terminal: a corpus of payloads that try to act on the
// terminal, a way to plant them in every text field of a city, and a check
// that output carries nothing but text and SGR styling.
package termsafetest

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/model"
)

// Payloads try, each in its own way, to make text act on a terminal.
var Payloads = []string{
	"\x1b[2J\x1b[H",                // ESC: clear the screen, home the cursor
	"\x1b[31mred\x1b[0m",           // CSI SGR from data: not the app's own styling
	"\x1b[?1049l",                  // leave the alternate screen
	"\x1b[?1000h",                  // turn on mouse reporting
	"\x1b[6n",                      // ask for the cursor position (reply lands in input)
	"\x1b]52;c;cm0gLXJmIH4=\x07",   // OSC 52: write the clipboard, ended by BEL
	"\x1b]52;c;cm0gLXJmIH4=\x1b\\", // OSC 52 ended by ST
	"\x1b]8;;https://evil.example\x07link\x1b]8;;\x07",     // OSC 8 hyperlink, BEL
	"\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", // OSC 8 hyperlink, ST
	"\x1b]0;pwned title\x07",                               // OSC 0: window title
	"\x1bP+q544e\x1b\\",                                    // DCS: XTGETTCAP
	"\x1b_Gf=100;AAAA\x1b\\",                               // APC: kitty graphics
	"\x1b^privacy\x1b\\",                                   // PM
	"\x1bXsos\x1b\\",                                       // SOS
	"\u009b2J",                                             // C1 CSI, 8-bit form
	"\u009d0;title\u009c",                                  // C1 OSC … ST
	"\u0090q\u009c",                                        // C1 DCS
	"\u0085next line",                                      // C1 NEL
	"\x0eshift out\x0f",                                    // SO/SI: switch character sets
	"\x1b(0lqqk\x1b(B",                                     // designate the DEC graphics set
	"\x1b[12;2]",                                           // Linux console: switch to VT 2
	"\x1bc",                                                // RIS: reset the terminal
	"\x1b[9;0]\x1b[14;0]",                                  // Linux console: no blanking, no powerdown
	"\x07\x07\x07",                                         // BEL
	"&#x1b;[2J",                                            // markdown character reference to ESC, hex
	"&#27;[31mred",                                         // decimal
	"&#x9b;2J",                                             // to C1 CSI
	"&#7;",                                                 // to BEL
	"&#x202e;txet",                                         // to a bidi override
	"abc\u202edcba",                                        // RIGHT-TO-LEFT OVERRIDE
	"\u202adir\u202c\u202bemb\u202c\u202dltr\u202c", // embeddings and LTR override
	"\u2066iso\u2069\u2067rli\u2069\u2068fsi\u2069", // isolates
	"safe\rEVIL",         // CR: overwrite the start of the line
	"one\x08\x08\x08two", // backspaces
	"\x7fdel",            // DEL
	"\x00nul",            // NUL
	"\x1b",               // a lone ESC at the end
	"soft\u00adhyphen",   // invisible: zero columns to the app, one to some terminals
	"zero\u200bwidth\u200c\u200d\u2060joiners",       // zero-width space, joiners, word joiner
	"\u200emarks\u200f\u061c",                        // LRM, RLM, ALM
	"x\ufe0f\ufe0e\U000E0100",                        // variation selectors outside emoji
	"\ufeffbom \U000E0041tag \u3164filler \u2028sep", // BOM, a tag, a Hangul filler, a line separator
	"x.yaml\ny.yaml:1: forged line",                  // a newline that forges a line of output
}

// Plant returns c with payload appended to every string it holds, at any
// depth (names, aliases, texts in both languages, events, people, notes).
func Plant(c model.City, payload string) model.City {
	v := reflect.ValueOf(&c).Elem()
	plant(v, payload)
	return c
}

func plant(v reflect.Value, payload string) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() && v.Type() == reflect.TypeFor[string]() {
			v.SetString(v.String() + payload)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			plant(v.Field(i), payload)
		}
	case reflect.Slice:
		for i := range v.Len() {
			plant(v.Index(i), payload)
		}
	}
}

// sgr matches one SGR sequence with numeric parameters: the only escape
// sequence allowed in output.
var sgr = regexp.MustCompile(`^\x1b\[[0-9;:]*m`)

// Violations lists what in out is neither text nor SGR styling: other
// escape sequences, control characters other than newline and tab,
// bidirectional controls, and invisible characters, each with its offset.
func Violations(out string) []string {
	var bad []string
	prev := rune(0)
	for i := 0; i < len(out); {
		if m := sgr.FindString(out[i:]); m != "" {
			i += len(m)
			continue
		}
		r, size := utf8.DecodeRuneInString(out[i:])
		if r == 0x1b || model.UnsafeRune(r) || model.InvisibleRune(prev, r) || (r == utf8.RuneError && size == 1) {
			bad = append(bad, fmt.Sprintf("%s at byte %d: %q", model.RuneName(r), i, excerpt(out, i)))
		}
		prev = r
		i += size
	}
	return bad
}

func excerpt(s string, i int) string {
	end := min(len(s), i+16)
	return strings.ToValidUTF8(s[i:end], "?")
}
