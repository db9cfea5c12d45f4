package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// charRef matches an HTML/markdown numeric character reference such as
// "&#27;" or "&#x1b;". Markdown renderers decode these into the characters
// they name, so a reference to a control character is as dangerous as the
// character itself.
var charRef = regexp.MustCompile(`&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});`)

// UnsafeRune reports whether r must never reach a terminal from data: C0
// controls other than newline and tab, DEL, C1 controls, and the
// bidirectional embedding, override and isolate controls that can make text
// read differently from what it is (CVE-2021-42574).
func UnsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// InvisibleRune reports whether r, coming after prev in a text, is a
// character no reader can see and that a terminal may count differently
// from the app: format characters (soft hyphen, zero-width space and
// joiners, bidirectional marks, word joiner, byte-order mark, tags),
// variation selectors, the combining grapheme joiner, Hangul fillers, and
// the Unicode line and paragraph separators. The app measures them as no
// column, many terminals draw them as one, and a line that holds one
// overflows its pane.
//
// What emoji are made of is kept: a variation selector or a zero-width
// joiner after a pictograph, and the tags of a subdivision flag.
func InvisibleRune(prev, r rune) bool {
	switch {
	case r < 0xad:
		return false
	case r == 0xfe0e || r == 0xfe0f:
		return !emojiBase(prev)
	case r == 0x200d:
		return !emojiBase(prev) && prev != 0xfe0f && !unicode.Is(unicode.Sk, prev)
	case r >= 0xe0020 && r <= 0xe007f:
		return prev != 0x1f3f4 && (prev < 0xe0020 || prev > 0xe007f)
	case prependedMark(r):
		return false
	case unicode.Is(unicode.Cf, r), unicode.Is(unicode.Variation_Selector, r),
		r == 0x034f, r == 0x115f, r == 0x1160, r == 0x3164, r == 0xffa0,
		r == 0x2028, r == 0x2029, r >= 0x180b && r <= 0x180f:
		return true
	}
	return false
}

// emojiBase reports whether r may take an emoji presentation: a symbol
// (not the replacement character of a byte that is not UTF-8), or the
// base of a keycap.
func emojiBase(r rune) bool {
	return (unicode.Is(unicode.So, r) && r != utf8.RuneError) || r == '#' || r == '*' || (r >= '0' && r <= '9') ||
		r == 0x203c || r == 0x2049
}

// prependedMark reports whether r is one of the format characters that are
// drawn (the Arabic number signs and their kin), unlike the rest.
func prependedMark(r rune) bool {
	return (r >= 0x0600 && r <= 0x0605) || r == 0x06dd || r == 0x070f || r == 0x0890 || r == 0x0891 ||
		r == 0x08e2 || r == 0x110bd || r == 0x110cd
}

// RuneName names a rune for an error message: "U+001B", or for the
// invisible characters people meet most, "U+00AD (soft hyphen)".
func RuneName(r rune) string {
	if n, ok := runeNames[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}

// runeNames are the names of the invisible characters a text copied from a
// web page or a word processor is most likely to bring along.
var runeNames = map[rune]string{
	0x00ad: "soft hyphen",
	0x200b: "zero-width space",
	0x200c: "zero-width non-joiner",
	0x200d: "zero-width joiner",
	0x200e: "left-to-right mark",
	0x200f: "right-to-left mark",
	0x2060: "word joiner",
	0xfeff: "zero-width no-break space",
	0xfe0e: "variation selector",
	0xfe0f: "variation selector",
	0x2028: "line separator",
	0x2029: "paragraph separator",
}

// CheckText returns an error naming the first unsafe or invisible
// character in s (see UnsafeRune and InvisibleRune), or the first character
// reference that decodes to a control character, or invalid UTF-8.
func CheckText(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("text is not valid UTF-8")
	}
	prev := rune(0)
	for _, r := range s {
		switch {
		case UnsafeRune(r):
			return fmt.Errorf("text contains the control character %s", RuneName(r))
		case InvisibleRune(prev, r):
			return fmt.Errorf("text contains the invisible character %s: delete it (it is often copied from a web page)", RuneName(r))
		}
		prev = r
	}
	for _, m := range charRef.FindAllStringSubmatch(s, -1) {
		if r, ok := decodeCharRef(m[1]); ok && (UnsafeRune(r) || r == 0) {
			return fmt.Errorf("text contains %s, a character reference to the control character %s", m[0], RuneName(r))
		}
	}
	return nil
}

// CheckLine returns an error when s cannot be shown on one line: a line
// break or a tab in it, or anything CheckText refuses. Names, roles,
// countries and places are one line each on the screen and in list; a
// break in one would forge a row.
func CheckLine(s string) error {
	if i := strings.IndexAny(s, "\n\t"); i >= 0 {
		what := "a line break"
		if s[i] == '\t' {
			what = "a tab"
		}
		return fmt.Errorf("%s is not allowed here: this text is shown on one line", what)
	}
	return CheckText(s)
}

// decodeCharRef decodes the digits of a numeric character reference.
func decodeCharRef(digits string) (rune, bool) {
	base := 10
	if strings.HasPrefix(digits, "x") || strings.HasPrefix(digits, "X") {
		base, digits = 16, digits[1:]
	}
	n, err := strconv.ParseUint(digits, base, 32)
	if err != nil || n > utf8.MaxRune {
		return 0, false
	}
	return rune(n), true
}
