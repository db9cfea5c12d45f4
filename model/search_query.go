package model

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

// scratch is the memory a search reuses, so that a keystroke allocates
// only its results, and what it remembers of the previous search.
type scratch struct {
	folded, phonetic folded // the query's folded forms, without spaces
	q                query  // their runes and masks

	// When a query only adds runes to the previous one, as typing does,
	// only the keys the previous query matched at all (above minScore or
	// not) can match it, and only those are scored: prevCands. Likewise
	// for the typo pass, with prevNear, when the previous search ran one.
	prevPlain, prevPhonetic []rune
	narrow                  bool
	allKeys                 []int32
	prevCands, cands        []int32
	prevNear, near          []int32
	prevNearValid           bool
	nearValid               bool

	hits    []int32 // keys this pass matched above minScore
	matched []int32 // cities this search matched, in the order found

	// gen numbers the searches: a slot or a city's score belongs to this
	// search only when its stamp equals gen, so nothing is cleared.
	gen    uint32
	slots  []slot      // one per key
	scores []cityScore // one per city

	parts    []part // the goroutines' own memory for a scan in parts
	partKeys int    // the fewest keys a part is started for
	order    []int32
	count    []int32 // matches per score, for ordering them
}

// part is the memory of one goroutine of a scan: its matcher, and what it
// found in its share of the keys, merged in order when all are done.
type part struct {
	m                 matcher
	cands, hits, near []int32
	del               []rune // the query with a slipped rune left out
}

// cityScore is a city's best score in the search numbered stamp.
type cityScore struct {
	stamp uint32
	score int32
}

// slot is what a search found for one key.
type slot struct {
	stamp uint32
	// score is above 0 for a match, -1 for a match below minScore (a longer
	// query may still match the key), 0 for none.
	score int32
	// typo is 0 while the key has only been scored as typed, -1 once the
	// typo pass found nothing in it, and i+1 when score is that of the
	// query with rune i left out.
	typo int16
}

func (s *scratch) init(k *keys, cities int) {
	s.slots = make([]slot, k.count())
	s.scores = make([]cityScore, cities)
	s.allKeys = make([]int32, k.count())
	for i := range s.allKeys {
		s.allKeys[i] = int32(i)
	}
	s.parts = []part{{m: newFzfMatcher()}}
	s.partKeys = partKeys
}

// setQuery folds the query for this search and reports whether anything
// searchable is left. Spaces are dropped: fuzzy matching already prefers
// word starts, and a space typed where a name has a hyphen, or none ("huai
// nan" for Huainan), must not prevent a match.
func (s *scratch) setQuery(text string) bool {
	s.folded.set(text, bulgarianScheme)
	s.folded.dropSpaces()
	s.phonetic.setPhonetic(&s.folded)
	s.q = query{
		plain: s.folded.runes, phonetic: s.phonetic.runes,
		plainMask: runeMask(s.folded.runes), phoneticMask: runeMask(s.phonetic.runes),
	}

	s.narrow = len(s.prevPlain) > 0 &&
		hasPrefix(s.q.plain, s.prevPlain) && hasPrefix(s.q.phonetic, s.prevPhonetic)
	s.prevPlain = append(s.prevPlain[:0], s.q.plain...)
	s.prevPhonetic = append(s.prevPhonetic[:0], s.q.phonetic...)
	s.prevCands, s.cands = s.cands, s.prevCands[:0]
	s.prevNear, s.near = s.near, s.prevNear[:0]
	s.prevNearValid, s.nearValid = s.nearValid, false
	s.hits, s.matched = s.hits[:0], s.matched[:0]

	s.gen++
	if s.gen == 0 { // wrapped: forget every stale stamp
		clear(s.slots)
		clear(s.scores)
		s.gen = 1
	}
	return len(s.q.plain) > 0
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
