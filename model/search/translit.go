package search

import (
	"unicode"
	"unicode/utf8"
)

// bgLatin is the Bulgarian Streamlined System of the 2009 Transliteration
// Act, for lower-case letters. It is ours rather than a library's because it
// is the spelling Bulgarians see on road signs and in passports ("щ" is
// "sht", "ъ" is "a"), which a general transliterator gets wrong for
// Bulgarian ("shch", "'"). Letters of other Cyrillic alphabets (ј, љ, і,
// ы, ...) are not here and go through the general transliteration.
var bgLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l",
	'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s",
	'т': "t", 'у': "u", 'ф': "f", 'х': "h", 'ц': "ts", 'ч': "ch",
	'ш': "sh", 'щ': "sht", 'ъ': "a", 'ь': "y", 'ю': "yu", 'я': "ya",
}

// bgLatinByRune is bgLatin as an array from а (U+0430) to я (U+044F), for
// bgLatinOf.
var bgLatinByRune = func() (t [32]string) {
	for r, latin := range bgLatin {
		t[r-'а'] = latin
	}
	return t
}()

// bgLatinOf returns bgLatin's spelling of the lower-case letter r, or ""
// for a letter the System does not have.
func bgLatinOf(r rune) string {
	if i := r - 'а'; 0 <= i && i < rune(len(bgLatinByRune)) {
		return bgLatinByRune[i]
	}
	return ""
}

// bgWordEndYa reports whether rest, the text just after an "и", starts with
// an "я" that ends the word, and how many bytes that "я" takes. The Act
// spells such a final "ия" "ia" rather than "iya" (България → Bulgaria,
// София → Sofia), and so do the people who type those names.
func bgWordEndYa(rest string) (int, bool) {
	r, size := utf8.DecodeRuneInString(rest)
	if unicode.ToLower(r) != 'я' {
		return 0, false
	}
	next, _ := utf8.DecodeRuneInString(rest[size:])
	return size, size == len(rest) || !isWordRune(next)
}
