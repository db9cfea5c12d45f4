package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
)

// glyphs is what the screen can draw. A terminal emulator has fonts for
// every script; the Linux console has one font of at most 512 glyphs
// (Latin, Cyrillic, box drawing and a little more), and draws anything
// else as a blank or a diamond. There, text in another script (a native
// name in Han or Greek) is shown transliterated instead.
type glyphs struct {
	console bool // the Linux console: only consoleHas runes
}

// text returns s as the screen can draw it: unchanged on a terminal
// emulator; on the console, every run of characters its font lacks is
// replaced by its transliteration ("淮南" → "Huai Nan", "Περιστέρι" →
// "Peristeri"), or by "?" where there is none.
func (g glyphs) text(s string) string {
	if !g.console || !strings.ContainsFunc(s, missing) {
		return s
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexFunc(s, missing)
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexFunc(s, consoleHas)
		if j < 0 {
			j = len(s)
		}
		b.WriteString(transliterate(s[:j]))
		s = s[j:]
	}
	return b.String()
}

// rendered is text for rendered output, which carries colours: the escape
// sequences (only SGR is left by then, see termsafe.Rendered) are copied
// as they are, and only the text between them is changed.
func (g glyphs) rendered(s string) string {
	if !g.console || !strings.ContainsFunc(s, missing) {
		return s
	}
	var b strings.Builder
	for s != "" {
		i := strings.IndexByte(s, 0x1b)
		if i < 0 {
			b.WriteString(g.text(s))
			break
		}
		b.WriteString(g.text(s[:i]))
		n := sgrLen(s[i:])
		b.WriteString(s[i : i+n])
		s = s[i+n:]
	}
	return b.String()
}

// sgrLen measures the escape sequence at the start of s: ESC [ parameters
// and one final byte.
func sgrLen(s string) int {
	if len(s) < 2 || s[1] != '[' {
		return min(len(s), 1)
	}
	for i := 2; i < len(s); i++ {
		if s[i] >= 0x40 && s[i] <= 0x7e {
			return i + 1
		}
	}
	return len(s)
}

// transliterate writes a run of characters in Latin letters.
func transliterate(run string) string {
	out := strings.TrimRight(unidecode.Unidecode(run), " ")
	if out == "" {
		// A symbol or emoji without a transliteration: one mark a
		// character would widen the text; one for the run says enough.
		return "?"
	}
	return out
}

// missing reports whether the console's font lacks r.
func missing(r rune) bool { return !consoleHas(r) }

// consoleHas reports whether the Linux console's fonts can draw r. It is
// deliberately the common part of the fonts a Debian console loads for
// Bulgarian and Western European use (Terminus and Fixed in the Uni2 and
// CyrSlav sets, and the kernel's built-in VGA font): Latin with its
// accents, Cyrillic, box drawing, arrows and the punctuation the app's own
// texts use. Greek and Han are not in all of them, emoji in none.
func consoleHas(r rune) bool {
	switch {
	case r < 0x180: // ASCII, Latin-1, Latin Extended-A
		return true
	case r >= 0x218 && r <= 0x21b: // Romanian ș ț
		return true
	case r >= 0x400 && r <= 0x45f, r == 0x490, r == 0x491: // Cyrillic
		return true
	case r >= 0x2500 && r <= 0x259f: // box drawing, block elements
		return true
	case r >= 0x2190 && r <= 0x2193: // ← ↑ → ↓
		return true
	}
	switch r {
	case '–', '—', '‘', '’', '‚', '“', '”', '„', '•', '…', '‹', '›', '€', '№', '▲', '▼', '►', '◄', '■',
		utf8.RuneError:
		return true
	}
	return false
}
