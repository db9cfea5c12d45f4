package search

import "slices"

// query is a search's folded query, in the forms keys are scored with.
type query struct {
	plain, phonetic []rune // without spaces
	plainMask       uint64
	phoneticMask    uint64
}

// pattern returns the query form that a key is matched with, and its mask.
func (q *query) pattern(phonetic bool) ([]rune, uint64) {
	if phonetic {
		return q.phonetic, q.phoneticMask
	}
	return q.plain, q.plainMask
}

// deletion returns the pattern of a key with rune i left out, in buf.
func (q *query) deletion(phonetic bool, i int, buf []rune) []rune {
	p, _ := q.pattern(phonetic)
	return append(append(buf[:0], p[:i]...), p[i+1:]...)
}

// typoable reports whether the query is one whose slips are forgiven.
func (q *query) typoable() bool {
	n := len(q.plain)
	return n >= minTypoQuery && n <= maxTypoQuery
}

// clone returns a copy of q that the next search does not change, in
// one allocation.
func (q *query) clone() query {
	runes := make([]rune, 0, len(q.plain)+len(q.phonetic))
	runes = append(append(runes, q.plain...), q.phonetic...)
	c := *q
	c.plain = runes[:len(q.plain):len(q.plain)]
	c.phonetic = runes[len(q.plain):]
	return c
}

// setQuery folds the query for this search and reports whether anything
// searchable is left. Spaces are dropped: fuzzy matching already prefers
// word starts, and a space typed where a name has a hyphen, or none ("huai
// nan" for Huainan), must not prevent a match. It needs no index, so that
// a blank query is known as such before the index is built.
func (se *Searcher) setQuery(text string) bool {
	se.folded.set(text, bulgarianScheme)
	se.folded.dropSpaces()
	se.phonetic.setPhonetic(&se.folded)
	se.q = query{
		plain: se.folded.runes, phonetic: se.phonetic.runes,
		plainMask: runeMask(se.folded.runes), phoneticMask: runeMask(se.phonetic.runes),
	}

	se.narrow = len(se.prevPlain) > 0 &&
		hasPrefix(se.q.plain, se.prevPlain) && hasPrefix(se.q.phonetic, se.prevPhonetic)
	se.prevPlain = append(se.prevPlain[:0], se.q.plain...)
	se.prevPhonetic = append(se.prevPhonetic[:0], se.q.phonetic...)
	return len(se.q.plain) > 0
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

func hasPrefix(s, prefix []rune) bool {
	return len(s) >= len(prefix) && slices.Equal(s[:len(prefix)], prefix)
}
