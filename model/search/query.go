package search

import "slices"

// pattern is a folded word of a query, or its words read together, in the
// forms keys are scored with.
type pattern struct {
	plain, phonetic []rune
	plainMask       uint64
	phoneticMask    uint64
}

// form returns the pattern's form that a key is matched with, and its
// mask: the phonetic one for a phonetic key.
func (p *pattern) form(phonetic bool) ([]rune, uint64) {
	if phonetic {
		return p.phonetic, p.phoneticMask
	}
	return p.plain, p.plainMask
}

// deletion returns the pattern's form with rune i left out, in buf.
func (p *pattern) deletion(phonetic bool, i int, buf []rune) []rune {
	f, _ := p.form(phonetic)
	return append(append(buf[:0], f[:i]...), f[i+1:]...)
}

// typoable reports whether the pattern is one whose slips are forgiven.
func (p *pattern) typoable() bool {
	n := len(p.plain)
	return n >= minTypoQuery && n <= maxTypoQuery
}

// same reports whether p and o are the same pattern.
func (p *pattern) same(o *pattern) bool {
	return slices.Equal(p.plain, o.plain) && slices.Equal(p.phonetic, o.phonetic)
}

// extends reports whether p is o with runes added, in both forms: then
// only keys that o matched at all can match p.
func (p *pattern) extends(o *pattern) bool {
	return hasPrefix(p.plain, o.plain) && hasPrefix(p.phonetic, o.phonetic)
}

// query is a folded query: its words, and, when there are several, the
// words read together, which may spell a name ("huai nan"). Its memory is
// reused from one keystroke to the next.
type query struct {
	words  []pattern
	joined pattern // set when len(words) > 1

	text, phonetic folded // the whole query folded, and a word's phonetic form
	runes          []rune // the words' runes, end to end
}

// parse folds text into words: the runs of letters and digits between
// spaces and punctuation, read as Bulgarian where they are Cyrillic.
func (q *query) parse(text string) {
	q.text.set(text, bulgarianScheme)
	q.runes = q.runes[:0]
	type span struct{ plain, phonetic [2]int }
	var spans [maxWords + 1]span
	n := 0
	all := q.text.runes
	for i := 0; i < len(all) && n < maxWords; {
		j := i
		for j < len(all) && all[j] != ' ' {
			j++
		}
		spans[n] = q.addWord(folded{runes: all[i:j], origin: q.text.origin[i:j]})
		n++
		i = j + 1
	}
	if n > 1 {
		joined := folded{runes: all, origin: q.text.origin}
		joined.dropSpaces()
		spans[n] = q.addWord(joined)
	}
	q.words = q.words[:0]
	at := func(s [2]int) []rune { return q.runes[s[0]:s[1]:s[1]] }
	for i := range n {
		p, ph := at(spans[i].plain), at(spans[i].phonetic)
		q.words = append(q.words, pattern{plain: p, phonetic: ph, plainMask: runeMask(p), phoneticMask: runeMask(ph)})
	}
	q.joined = pattern{}
	if n > 1 {
		p, ph := at(spans[n].plain), at(spans[n].phonetic)
		q.joined = pattern{plain: p, phonetic: ph, plainMask: runeMask(p), phoneticMask: runeMask(ph)}
	}
}

// maxWords bounds the words of a query: a query this long is pasted, not
// typed, and the rest of it is not searched.
const maxWords = 16

// addWord appends a word's plain and phonetic forms to q.runes and says
// where they are.
func (q *query) addWord(w folded) (s struct{ plain, phonetic [2]int }) {
	s.plain[0] = len(q.runes)
	q.runes = append(q.runes, w.runes...)
	s.plain[1] = len(q.runes)
	q.phonetic.setPhonetic(&w)
	s.phonetic[0] = len(q.runes)
	q.runes = append(q.runes, q.phonetic.runes...)
	s.phonetic[1] = len(q.runes)
	return s
}

// dropSpaces removes the word breaks of a folded text in place.
func (f *folded) dropSpaces() {
	n := 0
	for i, r := range f.runes {
		if r != ' ' {
			f.runes[n], f.origin[n] = r, f.origin[i]
			n++
		}
	}
	f.runes, f.origin = f.runes[:n], f.origin[:n]
}

// folds are the runes of a folded text: its runes, or the bytes of one
// that is all ASCII, which a scan reads four times faster.
type folds interface{ byte | rune }

func hasPrefix[T folds](s, prefix []T) bool {
	return len(s) >= len(prefix) && slices.Equal(s[:len(prefix)], prefix)
}
