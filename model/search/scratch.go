package search

// scratch is the memory a Searcher's searches reuse, so that a keystroke
// allocates only its results, and what one step of the query (see
// Searcher) leaves for the next. Most of it is sized by the index: a slot
// for every key and a few numbers for every city.
type scratch struct {
	// scanGen numbers the scans of keys, stepGen the steps: a slot
	// belongs to the scan, and a city's number to the step, whose number
	// its stamp holds, so nothing is cleared.
	scanGen, stepGen uint32
	wordStamp        uint32 // the scan of the last word, which its typo pass continues
	narrowed         bool   // that scan narrowed from the step before's

	slots  []slot // one per key: the last word's scan
	jslots []slot // one per key, made when first needed: the joined words' scan
	pslots []slot // one per key, made when first needed: scans of the words before the last

	// word is what the last word's scan found, prevWord what the previous
	// step's found, which a longer word narrows from; joined and
	// prevJoined the same for the words read together. other is a scan
	// of another word, kept nowhere.
	word, prevWord     lists
	joined, prevJoined lists
	other              lists

	// Per city. listed is the step the city was last listed by, and
	// score and and its score then and the sum of its words' scores (-1
	// when only the words read together matched). prior is the sum of the
	// scores of the words before the last, for the cities all of them
	// match: those whose priorStamp is the step's priorGen. last and
	// joined are this step's best score of the last word and of the words
	// read together, in a name (joinedBest) or anywhere (phrase); best is
	// a scan's best of another word, stamped with the scan.
	listed     []uint32
	score, and []int32
	prior      []int32
	priorStamp []uint32
	priorGen   uint32
	last       []cityScore
	joinedBest []cityScore
	phrase     []cityScore
	best       []cityScore

	matched []int32 // the cities this step found, in the order found
	list    []int32 // the cities this step lists
	found   []int32 // the cities a scan of another word found

	scan  scan   // the scan being run
	parts []part // the goroutines' own memory for a scan in parts
	order []int32
	count []int32 // matches per score, for ordering them
}

// lists are what a scan of keys found: the keys it matched at all (a
// longer pattern can match only those), the keys it matched above
// minScore, and those a slip away from it.
type lists struct {
	cands, hits, near []int32
	// nearValid says near was filled: the scan forgave slips.
	nearValid bool
	// filtered says the scan left out the keys of cities it was not for:
	// a step that may list any city cannot narrow from it.
	filtered bool
}

// reset empties the lists, keeping their memory.
func (l *lists) reset() {
	l.cands, l.hits, l.near, l.nearValid, l.filtered = l.cands[:0], l.hits[:0], l.near[:0], false, false
}

// part is the memory of one goroutine of a scan: its matcher, and what it
// found in its share of the keys, merged in order when all are done.
type part struct {
	m                 matcher
	cands, hits, near []int32
	del               []rune // the pattern with a slipped rune left out
}

// cityScore is a city's best score in the step or scan numbered stamp,
// and the best quality of its matches (see quality).
type cityScore struct {
	stamp   uint32
	score   int32
	quality int32
}

// keep makes score and quality the city's in step or scan gen, when they
// are its first there or better than what it has, and reports whether
// they were its first.
func (cs *cityScore) keep(gen uint32, score, quality int32) bool {
	if cs.stamp != gen {
		*cs = cityScore{stamp: gen, score: score, quality: quality}
		return true
	}
	cs.score, cs.quality = max(cs.score, score), max(cs.quality, quality)
	return false
}

// slot is what a scan found for one key.
type slot struct {
	stamp uint32
	// score is above 0 for a match, -1 for a match below minScore (a longer
	// pattern may still match the key), 0 for none.
	score int32
	// typo is 0 while the key has only been scored as typed, -1 once the
	// typo pass found nothing in it, and i+1 when score is that of the
	// pattern with rune i left out.
	typo int16
	// full says the pattern is in the key as typed (see fullMatch).
	full bool
}

// quality is the quality of the slot's match of pattern p, in a phonetic
// key or not (see quality).
func (sl slot) quality(p *pattern, phonetic bool) int32 {
	if sl.full {
		return fullQuality
	}
	f, _ := p.form(phonetic)
	n := len(f)
	if sl.typo > 0 {
		n--
	}
	return sl.score * fullQuality / int32(maxScore(n))
}

// newScratch returns the scratch memory of searches of ix.
func newScratch(ix *Index) *scratch {
	n := len(ix.cities)
	return &scratch{
		slots:      make([]slot, ix.keys.count()),
		listed:     make([]uint32, n),
		score:      make([]int32, n),
		and:        make([]int32, n),
		prior:      make([]int32, n),
		priorStamp: make([]uint32, n),
		last:       make([]cityScore, n),
		joinedBest: make([]cityScore, n),
		phrase:     make([]cityScore, n),
		best:       make([]cityScore, n),
		parts:      []part{{m: newFzfMatcher()}},
	}
}

// extraSlots returns a slot array of the index's size kept at *slots,
// making it the first time.
func (s *scratch) extraSlots(slots *[]slot) []slot {
	if *slots == nil {
		*slots = make([]slot, len(s.slots))
	}
	return *slots
}

// nextScan starts a scan of keys: the slots of earlier scans go stale.
func (s *scratch) nextScan() uint32 {
	s.scanGen++
	if s.scanGen == 0 { // wrapped: forget every stale stamp
		clear(s.slots)
		clear(s.jslots)
		clear(s.pslots)
		clear(s.best)
		s.scanGen = 1
	}
	return s.scanGen
}

// nextStep starts a step: the numbers of earlier steps go stale. It
// reports false when the numbering wrapped and every stamp was cleared,
// so that nothing from earlier may be relied on.
func (s *scratch) nextStep() bool {
	s.stepGen++
	s.matched = s.matched[:0]
	if s.stepGen != 0 {
		return true
	}
	clear(s.listed)
	clear(s.priorStamp)
	clear(s.last)
	clear(s.joinedBest)
	clear(s.phrase)
	s.priorGen = 0
	s.stepGen = 1
	return false
}
