package ui

import (
	"slices"
	"strings"

	"github.com/mozillazg/go-unidecode"
	"github.com/ruse-twins/ruse-twins/model"
)

// glyphs is what the screen can draw. A terminal emulator has fonts for
// every script; the Linux console has one font of at most 512 glyphs
// (Latin, Cyrillic, Greek, box drawing and a little more), and draws
// anything else as a blank or a diamond. There, text in another script (a
// native name in Han) is shown transliterated instead, and the page says
// so.
type glyphs struct {
	console bool // the Linux console: only consoleHas runes
}

// text returns s as the screen can draw it: unchanged on a terminal
// emulator; on the console, every run of characters its font lacks is
// replaced by its transliteration ("淮南" → "Huai Nan"), or by "?" where
// there is none.
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

// consoleFont is every character that all of the fonts the README
// recommends for the Linux console have: Debian's Uni2 set (Latin, Slavic
// Cyrillic and Greek) in Terminus or Fixed at any size, or VGA at 16 or
// 32 lines (the VGA fonts of 8, 14 and 28 lines have fewer), as their
// Unicode tables in console-setup-linux's .psf.gz files say; the test
// TestConsoleFont checks these ranges against the installed fonts. Among
// what they lack: half blocks (▀ ▄), most geometric shapes (○ ◉ ►),
// braille, and every other script.
var consoleFont = [][2]rune{
	{0x20, 0x7e}, {0xa0, 0x113}, {0x116, 0x127}, {0x12a, 0x12b}, {0x12e, 0x131},
	{0x134, 0x137}, {0x139, 0x13e}, {0x141, 0x148}, {0x14c, 0x14d}, {0x150, 0x165},
	{0x16a, 0x17e}, {0x192, 0x192}, {0x218, 0x21b}, {0x2c6, 0x2c7}, {0x2c9, 0x2c9},
	{0x2d8, 0x2d9}, {0x2db, 0x2dd},
	{0x384, 0x386}, {0x388, 0x38a}, {0x38c, 0x38c}, {0x38e, 0x3a1}, {0x3a3, 0x3ce}, // Greek
	{0x3f3, 0x3f4},
	{0x400, 0x45f}, {0x490, 0x491}, {0x4ae, 0x4ae}, {0x4d0, 0x4d1}, // Cyrillic
	{0x1e40, 0x1e41},
	{0x2000, 0x200a}, {0x2010, 0x201a}, {0x201c, 0x201e}, {0x2020, 0x2022}, {0x2026, 0x2026},
	{0x202f, 0x2030}, {0x2039, 0x203a}, {0x203c, 0x203c}, {0x207f, 0x207f}, {0x20a7, 0x20a7},
	{0x20ac, 0x20ac}, {0x20ae, 0x20ae}, {0x2116, 0x2116}, {0x2122, 0x2122}, {0x2126, 0x2126},
	{0x212a, 0x212b}, {0x2190, 0x2193}, {0x2205, 0x2206}, {0x2208, 0x2208}, {0x2212, 0x2212},
	{0x2219, 0x221a}, {0x221e, 0x221e}, {0x2229, 0x2229}, {0x2248, 0x2248}, {0x2260, 0x2261},
	{0x2264, 0x2265}, {0x226a, 0x226b}, {0x2295, 0x2296}, {0x2298, 0x2299}, {0x229b, 0x229c},
	{0x2310, 0x2310}, {0x2320, 0x2321}, {0x2460, 0x2468}, {0x24b6, 0x24ea},
	{0x2500, 0x257f}, // box drawing
	{0x2588, 0x2588}, {0x2591, 0x2592}, {0x25a0, 0x25a0}, {0x25ae, 0x25ae}, {0x25b2, 0x25b2},
	{0x25b4, 0x25b4}, {0x25b6, 0x25b6}, {0x25b8, 0x25b8}, {0x25bc, 0x25bc}, {0x25be, 0x25be},
	{0x25c0, 0x25c0}, {0x25c2, 0x25c2}, {0x25c8, 0x25c8}, {0x25cf, 0x25cf}, {0x2610, 0x2612},
	{0x2666, 0x2666}, {0x2717, 0x2718}, {0x2bbd, 0x2bbd}, {0xfffd, 0xfffd},
}

// consoleHas reports whether the Linux console's font (see consoleFont)
// can draw r. Control characters never reach it (see sanitize).
func consoleHas(r rune) bool {
	if r < 0x20 {
		return true
	}
	_, found := slices.BinarySearchFunc(consoleFont, r, func(span [2]rune, r rune) int {
		switch {
		case span[1] < r:
			return -1
		case span[0] > r:
			return 1
		}
		return 0
	})
	return found
}

// native returns c with each native name that the screen cannot draw
// written in Latin letters, its script named as transliterated, so that
// the page says what it shows: "Huai Nan (Chinese, transliterated)".
func (g glyphs) native(c model.City) model.City {
	if !g.console || !slices.ContainsFunc(c.Native, func(n model.NativeName) bool { return strings.ContainsFunc(n.Name, missing) }) {
		return c
	}
	names := slices.Clone(c.Native)
	for i, n := range names {
		if strings.ContainsFunc(n.Name, missing) {
			names[i] = model.NativeName{Name: g.text(n.Name), Lang: n.Lang, Script: model.Transliterated}
		}
	}
	c.Native = names
	return c
}
