package search

import (
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode/table"
)

// folded is a text in the form the search compares: lower-case Latin
// letters and digits, every other script transliterated, accents dropped,
// and every run of anything else (spaces, hyphens, dots) one space, so that
// "Сент-Уан", "sent uan" and "Sent Uan" meet.
//
// origin keeps, for each folded rune, the index of the rune of the source
// text it came from. One source rune may give several folded ones (щ →
// "sht", 淮 → "huai"), so this map is how a match in the folded form is
// shown on the right characters of the name on screen.
type folded struct {
	runes  []rune
	origin []int32
}

// scheme is how a text's Cyrillic is transliterated.
type scheme uint8

const (
	// bulgarianScheme reads Cyrillic as Bulgarian (the Streamlined System),
	// and every other script through the general transliteration.
	bulgarianScheme scheme = iota
	// generalScheme reads every script through the general
	// transliteration, which spells Russian and Ukrainian Cyrillic the way
	// they are usually romanised (Хуай → "khuai").
	generalScheme
)

// fold returns the folded form of s.
func fold(s string, sc scheme) folded {
	var f folded
	f.set(s, sc)
	return f
}

// set makes f the folded form of s, reusing f's memory: the query is folded
// on every keystroke and should not allocate for that.
func (f *folded) set(s string, sc scheme) {
	f.runes, f.origin = f.runes[:0], f.origin[:0]
	space := false
	for p, at := 0, int32(0); p < len(s); at++ {
		r, size := utf8.DecodeRuneInString(s[p:])
		p += size
		if r < utf8.RuneSelf {
			f.push(r, at, &space)
			continue
		}
		lower := unicode.ToLower(r)
		switch {
		case sc == bulgarianScheme && lower == 'и':
			if yaSize, ok := bgWordEndYa(s[p:]); ok {
				f.push('i', at, &space)
				f.push('a', at+1, &space)
				p += yaSize
				at++
				continue
			}
			f.push('i', at, &space)
		case sc == bulgarianScheme && bgLatinOf(lower) != "":
			f.pushString(bgLatinOf(lower), at, &space)
		default:
			if latin := unidecodeRune(r); latin != "" || !isWordRune(r) {
				f.pushString(latin, at, &space)
			} else {
				// A letter the transliteration does not know still matches
				// itself when typed in its own script.
				f.push(r, at, &space)
			}
		}
	}
}

// push appends one rune that came from the source rune at. Anything but a
// letter or digit only marks a word break, written as one space before the
// next letter so that folded forms never start or end with a space. The
// space takes the origin of that letter; it is never highlighted, since
// queries have no spaces.
func (f *folded) push(r rune, at int32, space *bool) {
	r = unicode.ToLower(r)
	if !isWordRune(r) {
		*space = true
		return
	}
	if *space && len(f.runes) > 0 {
		f.runes = append(f.runes, ' ')
		f.origin = append(f.origin, at)
	}
	*space = false
	f.runes = append(f.runes, r)
	f.origin = append(f.origin, at)
}

// pushString appends the transliteration of the source rune at.
func (f *folded) pushString(s string, at int32, space *bool) {
	for _, r := range s {
		f.push(r, at, space)
	}
}

// isWordRune reports whether r is part of a word: a letter or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// setPhonetic makes f the loose phonetic form of src, a folded text: the
// spellings people mix up when they write a foreign name by ear, or a
// Bulgarian one in Latin letters, are made one. y and j become i (Биелина
// "bielina", Bijeljina and a typed "biyelina" all become "bielina"), and
// so do the spellings of ж and дж, zh, dzh and dj (Джамбазов is
// "Dzhambazov", "Djambazov" or "Jambazov"; Божидар "Bozhidar" or
// "Bojidar"); w becomes v, q k, x "ks"; kh becomes h and ph f; ou becomes
// u (Greek and French spellings of the sound); a doubled letter counts
// once. Digits are left alone, so years stay exact. Origins are carried
// over from src.
func (f *folded) setPhonetic(src *folded) {
	f.runes, f.origin = f.runes[:0], f.origin[:0]
	at := func(i int) rune {
		if i < len(src.runes) {
			return src.runes[i]
		}
		return 0
	}
	for i := 0; i < len(src.runes); i++ {
		r, from := src.runes[i], src.origin[i]
		next := at(i + 1)
		same := false
		switch {
		case r == 'd' && next == 'z' && at(i+2) == 'h':
			r = 'i'
			i += 2
		case r == 'd' && next == 'j':
			r = 'i'
			i++
		case r == 'z' && next == 'h':
			r = 'i'
			i++
		case r == 'y' || r == 'j':
			r = 'i'
		case r == 'w':
			r = 'v'
		case r == 'q':
			r = 'k'
		case r == 'x':
			f.pushLetter('k', from, false)
			r = 's'
		case r == 'k' && next == 'h':
			r = 'h'
			i++
		case r == 'p' && next == 'h':
			r = 'f'
			i++
		case r == 'o' && next == 'u':
			r = 'u'
			i++
		default:
			same = true
		}
		f.pushLetter(r, from, same)
	}
}

// pushLetter appends r unless it repeats the letter before it. When it
// does, and r is spelled as it was (same: the second "i" of "ji"), that
// rune becomes the one a match lights up: it is the letter the reader
// sees.
func (f *folded) pushLetter(r rune, at int32, same bool) {
	if n := len(f.runes); n > 0 && f.runes[n-1] == r && unicode.IsLetter(r) {
		if same {
			f.origin[n-1] = at
		}
		return
	}
	f.runes = append(f.runes, r)
	f.origin = append(f.origin, at)
}

// unidecodeRune is unidecode.Unidecode of one rune outside ASCII, read
// from its table without building a string for the rune and another for
// the result: the query is folded on every keystroke.
func unidecodeRune(r rune) string {
	if r > 0xeffff {
		return ""
	}
	if tb, ok := table.Tables[r>>8]; ok && int(r%256) < len(tb) {
		return tb[r%256]
	}
	return ""
}
