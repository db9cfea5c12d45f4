package search

// scratch is the memory a Searcher's searches reuse, so that a keystroke
// allocates only its results, and what one step of the query (see
// Searcher) leaves for the next. Most of it is sized by the index: a few
// numbers for every city.
type scratch struct {
	// scanGen numbers the scans of the words before the last, stepGen the
	// steps: a city's best score of such a word belongs to the scan, and
	// its other numbers to the step, whose number their stamps hold, so
	// nothing is cleared.
	scanGen, stepGen uint32
	narrowed         bool // the last word's scan narrowed from the step before's

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

	// leapSteps are the words of the steps a leap checks (see leap), in
	// leapRunes, parsed with leapQuery.
	leapSteps []pattern
	leapRunes []rune
	leapQuery query

	matched []int32 // the cities this step found, in the order found
	list    []int32 // the cities this step lists
	found   []int32 // the cities a scan of another word found

	scan    scan       // the scan being run
	pbuf    []byte     // the memory of its pattern's bytes
	sources [][]int32  // the lists of keys the scan runs over
	runKeys [2][]int32 // the keys of a pattern's rarest runs, of each form (see inRun)
	merged  [2][]int32 // their keys, each once (see merge)
	parts   []part     // the goroutines' own memory for a scan in parts
	order   []int32
	count   []int32 // matches per score, for ordering them
}

// lists are what the scans of a pattern found: the keys it matched at
// all (a longer pattern can match only those), the keys the row pass
// matched (hits) and those the matcher's passes matched (fhits) above
// minScore, those a slip away from it, and those that have it in a row.
type lists struct {
	cands, near, rows []int32
	hits, fhits       []hit
	// loose says cands were filled by a scan of every key the pattern
	// could match: a longer one may narrow from them.
	loose bool
	// rowsOK says rows were filled by a row pass: every key with the
	// pattern in a row, of three runes or more, is in them.
	rowsOK bool
	// begun says cands were filled by a loose pass of the postings of
	// the words begun with the pattern's first two runes rather than of
	// every key (see looseSources).
	begun bool
	// nearValid says near was filled: the scan forgave slips.
	nearValid bool
	// filtered says the scan left out the keys of cities it was not for:
	// a step that may list other cities cannot narrow from it.
	filtered bool
	gen      uint32 // the step that made them
}

// reset empties the lists, keeping their memory.
func (l *lists) reset() {
	*l = lists{cands: l.cands[:0], hits: l.hits[:0], fhits: l.fhits[:0], near: l.near[:0], rows: l.rows[:0]}
}

// part is the memory of one goroutine of a scan: its matcher, and what it
// found in its share of the keys, merged in order when all are done.
type part struct {
	m                 matcher
	cands, near, rows []int32
	hits, fhits       []hit
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

// hit is a key a scan matched, and how.
type hit struct {
	key int32
	// score is above 0 (see rate).
	score int32
	// typo is 0 for a match as typed, and i+1 for one with rune i of the
	// pattern left out, a slip forgiven.
	typo     int16
	class    class
	phonetic bool // the key is a phonetic form
}

// quality is the quality of the hit's match of pattern p.
func (h *hit) quality(p *pattern) int32 {
	return p.quality(h.score, h.class, h.phonetic, h.typo > 0)
}

// newScratch returns the scratch memory of searches of ix.
func newScratch(ix *Index) *scratch {
	n := len(ix.cities)
	return &scratch{
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

// nextScan starts a scan of a word before the last: the cities' best
// scores of earlier scans go stale.
func (s *scratch) nextScan() uint32 {
	s.scanGen++
	if s.scanGen == 0 { // wrapped: forget every stale stamp
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

// merge returns the keys of sorted lists, in order, each once: one of
// them, or the memory of s.merged.
func (s *scratch) merge(lists [][]int32) []int32 {
	var a []int32
	in := -1 // the buffer of s.merged that a is in, or none
	for _, l := range lists {
		switch {
		case len(l) == 0:
			continue
		case a == nil:
			a = l
			continue
		}
		out := 1 - max(in, 0)
		if in < 0 {
			out = 0
		}
		b := s.merged[out][:0]
		i, j := 0, 0
		for i < len(a) && j < len(l) {
			switch {
			case a[i] < l[j]:
				b = append(b, a[i])
				i++
			case a[i] > l[j]:
				b = append(b, l[j])
				j++
			default:
				b = append(b, a[i])
				i, j = i+1, j+1
			}
		}
		b = append(append(b, a[i:]...), l[j:]...)
		s.merged[out], a, in = b, b, out
	}
	return a
}
