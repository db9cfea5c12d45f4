package termsafe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/model"
)

// Quote shows a string from outside the program (a path, an argument, a
// query) in double quotes, with every character that could act on a
// terminal or hide from a reader escaped as Go writes it (\x1b, \n,
// \u202e, \u00ad), and the quote and backslash escaped: the user reads
// exactly what they gave, and nothing of it acts on the terminal or
// forges a line of the output.
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	escapeTo(&b, s, true)
	b.WriteByte('"')
	return b.String()
}

// Name shows a file's path as it is when every character of it can be
// shown (the usual case, so that path:line: stays what editors read), and
// as Quote does otherwise.
func Name(path string) string {
	if plainName(path) {
		return path
	}
	return Quote(path)
}

// Message makes an error message safe to print: its line breaks are kept,
// and every other character that Quote would escape is escaped, so that
// text from outside that a message carries (a flag's value, a library's
// words about a path) reads as written and acts on nothing.
func Message(s string) string {
	if plainMessage(s) {
		return s
	}
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		escapeTo(&b, line, false)
	}
	return b.String()
}

// plainName reports whether Name may show path as it is.
func plainName(path string) bool {
	prev := rune(0)
	for _, r := range path {
		if hidden(prev, r) || r == '"' || r == '\\' {
			return false
		}
		prev = r
	}
	return path != ""
}

// plainMessage reports whether Message would return s as it is.
func plainMessage(s string) bool {
	prev := rune(0)
	for _, r := range s {
		if r != '\n' && hidden(prev, r) {
			return false
		}
		prev = r
	}
	return true
}

// hidden reports whether r, after prev, must be escaped to be shown: a
// control character, tab and newline included, an invisible or
// unprintable one, or a byte that is not UTF-8.
func hidden(prev, r rune) bool {
	return r < 0x20 || r == utf8.RuneError || model.UnsafeRune(r) || model.InvisibleRune(prev, r) ||
		(r != ' ' && !unicode.IsPrint(r))
}

// escapeTo writes s with every hidden character escaped, and the double
// quote and backslash too when quoted.
func escapeTo(b *strings.Builder, s string, quoted bool) {
	// prev is the character written last, which decides whether a
	// variation selector or a joiner after it may show: after an escape,
	// none may.
	prev := rune(0)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(b, `\x%02x`, s[i])
			r = 0
		case quoted && (r == '"' || r == '\\'):
			b.WriteByte('\\')
			b.WriteRune(r)
		case hidden(prev, r):
			b.WriteString(escapeRune(r))
			r = 0
		default:
			b.WriteString(s[i : i+size])
		}
		prev = r
		i += size
	}
}

// escapeRune writes one character as a Go escape.
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
