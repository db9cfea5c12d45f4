package search

// scratch is the memory a Searcher's searches reuse, so that a keystroke
// allocates only its results, and the lists the previous search left for
// the next one to narrow from. Most of it is sized by the index: a slot
// for every key and a score for every city.
type scratch struct {
	// When a query only adds runes to the previous one, as typing does,
	// only the keys the previous query matched at all (above minScore or
	// not) can match it, and only those are scored: prevCands. Likewise
	// for the typo pass, with prevNear, when the previous search ran one.
	prevCands, cands []int32
	prevNear, near   []int32
	prevNearValid    bool
	nearValid        bool

	hits    []int32 // keys this pass matched above minScore
	matched []int32 // cities this search matched, in the order found

	// gen numbers the searches: a slot or a city's score belongs to this
	// search only when its stamp equals gen, so nothing is cleared.
	gen    uint32
	slots  []slot      // one per key
	scores []cityScore // one per city

	parts []part // the goroutines' own memory for a scan in parts
	order []int32
	count []int32 // matches per score, for ordering them
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

// newScratch returns the scratch memory of searches of ix.
func newScratch(ix *Index) *scratch {
	return &scratch{
		slots:  make([]slot, ix.keys.count()),
		scores: make([]cityScore, len(ix.cities)),
		parts:  []part{{m: newFzfMatcher()}},
	}
}

// next starts a search: what the previous one found becomes what this
// one may narrow from, and its stamps go stale.
func (s *scratch) next() {
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
}
