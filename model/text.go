package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
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

// RuneName names a rune for an error message: "U+001B".
func RuneName(r rune) string { return fmt.Sprintf("U+%04X", r) }

// CheckText returns an error naming the first unsafe character in s, or the
// first character reference that decodes to one, or invalid UTF-8.
func CheckText(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("text is not valid UTF-8")
	}
	for _, r := range s {
		if UnsafeRune(r) {
			return fmt.Errorf("text contains the control character %s", RuneName(r))
		}
	}
	for _, m := range charRef.FindAllStringSubmatch(s, -1) {
		if r, ok := decodeCharRef(m[1]); ok && (UnsafeRune(r) || r == 0) {
			return fmt.Errorf("text contains %s, a character reference to the control character %s", m[0], RuneName(r))
		}
	}
	return nil
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
