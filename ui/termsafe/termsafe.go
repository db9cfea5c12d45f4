// Package termsafe keeps text from outside the program (a dataset, file
// names, arguments, queries) from acting on a terminal.
//
// Anything the app writes is either its own styling or text. Text from data
// is cleaned of every control and invisible character (Text); rendered
// output, which carries the app's and the renderer's colours, keeps only
// SGR sequences (CSI … m) and loses every other escape sequence (Rendered).
// This is the policy kubectl (CVE-2021-25743) and git (CVE-2024-52005)
// adopted. A string the user gave, shown back to them (a path in an error,
// an argument, a query), is quoted with those characters escaped instead
// (Quote, Name), so that they read what they gave; an error message is
// escaped line by line (Message).
package termsafe

import (
	"strings"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/model"
)

// Text returns s without the characters that could act on a terminal (see
// model.UnsafeRune), without carriage returns, and without the invisible
// characters that a terminal and the app would measure differently (see
// model.InvisibleRune); invalid UTF-8 becomes U+FFFD.
func Text(s string) string {
	if isClean(s) {
		return s
	}
	prev := rune(0)
	return strings.Map(func(r rune) rune {
		drop := dropped(prev, r)
		prev = r
		if drop {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// dropped reports whether Text drops r, after prev.
func dropped(prev, r rune) bool { return model.UnsafeRune(r) || model.InvisibleRune(prev, r) }

// isClean reports whether Text would return s unchanged; it lets the
// common case allocate nothing.
func isClean(s string) bool {
	prev := rune(0)
	for _, r := range s {
		if r == utf8.RuneError || dropped(prev, r) {
			return false
		}
		prev = r
	}
	return true
}

// Rendered returns s with every escape sequence removed except SGR
// (colours and text attributes), every other control character removed
// except newline and tab, and the invisible characters Text drops.
func Rendered(s string) string {
	if !strings.ContainsFunc(s, needsWork) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(0)
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			n, keep := escape(s[i:])
			if keep {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else if !dropped(prev, r) {
			b.WriteString(s[i : i+size])
		}
		prev = r
		i += size
	}
	return b.String()
}

// needsWork reports whether Rendered has work to do at r. An invisible
// character always needs a look, whatever came before it.
func needsWork(r rune) bool {
	return r == 0x1b || r == utf8.RuneError || model.UnsafeRune(r) || model.InvisibleRune(0, r)
}

// escape measures the escape sequence at the start of s (which begins with
// ESC) and says whether it is an SGR sequence to keep.
func escape(s string) (n int, keep bool) {
	if len(s) < 2 {
		return len(s), false
	}
	switch s[1] {
	case '[':
		return csi(s)
	case ']', 'P', '_', '^', 'X':
		return stringSequence(s), false
	}
	// ESC, intermediates 0x20–0x2F, one final byte: ESC c, ESC ( 0, ...
	i := 1
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i, false
}

// csi measures a control sequence ESC [ params intermediates final and keeps
// it only when it is SGR with plain numeric parameters.
func csi(s string) (n int, keep bool) {
	i := 2
	sgrParams := true
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		if (s[i] < '0' || s[i] > '9') && s[i] != ';' && s[i] != ':' {
			sgrParams = false
		}
		i++
	}
	intermediates := false
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		intermediates = true
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		return i + 1, s[i] == 'm' && sgrParams && !intermediates
	}
	return i, false // unterminated or broken: drop what was read
}

// stringSequence measures OSC, DCS, APC, PM and SOS sequences: everything up
// to the string terminator (ESC \) or, for OSC, BEL; to the end of s when
// unterminated.
func stringSequence(s string) int {
	for i := 2; i < len(s); i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		}
	}
	return len(s)
}
