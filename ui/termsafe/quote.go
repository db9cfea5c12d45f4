package termsafe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote shows a string that came from outside the program (an argument, a
// path, a flag's value) in double quotes, as it was typed, with every
// character a reader could not see for what it is written as an escape:
// controls (\x1b, \n), invisible format characters such as the soft
// hyphen, zero-width and bidirectional marks (\u00ad, \u200b, \u202e),
// variation selectors, spaces other than the plain one, and invalid
// UTF-8 bytes (\xff). Letters of any script stay as they are, so
// "гюргево" reads as typed.
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case visible(r):
			b.WriteString(s[i : i+size])
		default:
			b.WriteString(escapeRune(r))
		}
		i += size
	}
	b.WriteByte('"')
	return b.String()
}

// visible reports whether r shows on a terminal as the character it is:
// a letter, mark, number, punctuation or symbol that is not one of the
// default-ignorable characters a terminal draws as nothing, or the plain
// space.
func visible(r rune) bool {
	if r == ' ' {
		return true
	}
	if !unicode.IsGraphic(r) || unicode.Is(unicode.Zs, r) {
		return false
	}
	return !unicode.In(r, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point)
}

// escapeRune writes r as Go writes it in a string literal.
func escapeRune(r rune) string {
	switch r {
	case '\a':
		return `\a`
	case '\b':
		return `\b`
	case '\f':
		return `\f`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	case '\v':
		return `\v`
	}
	switch {
	case r < 0x80:
		return fmt.Sprintf(`\x%02x`, r)
	case r <= 0xffff:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}
