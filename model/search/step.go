package search

// stepKind is what a step of the query found.
type stepKind uint8

const (
	stepBlank  stepKind = iota // nothing to search for: every city is listed
	stepListed                 // it listed some cities: scratch.list
	stepEmpty                  // it found nothing
)

// step is what one step of the query found, and what the next step needs
// of it. A step is the query up to one of its runes, and it lists only
// cities the step before listed, so that typing one more letter never
// adds a city to a list: but for the step after one that listed none
// (which starts again from the cities the last word began from), and the
// step at which the last word reaches three runes. A word of one or two
// runes matches only where a word begins; from three, it matches inside a
// word too ("grad" in "Volgograd"), so that step looks again in every
// city the word began from, and the steps after it narrow from it.
type step struct {
	kind  stepKind
	gen   uint32    // the step's number (scratch.stepGen) when it listed cities
	words []pattern // its words: the Searcher's own copies
	typo  []bool    // for each word, whether its matches forgave a slip
	floor []int32   // for each word, the least quality of the matches counted
	runes []rune    // the memory of the copies

	// base is what the first step of the last word allowed: the cities
	// that word began from. reopened says the word has had three runes.
	base     allowed
	reopened bool

	jfloor int32 // the least quality of a match of the words read together counted

	// scanned and jscanned are the patterns the last scans of the last
	// word and of the words read together were of, which the next step
	// narrows from when its own extend them.
	scanned, jscanned   pattern
	scanOK, jscanOK     bool
	scanRunes, jscRunes []rune
}

// take takes the step of the query parsed in se.q, from the step before
// (se.st): it scores the words, keeps the cities that every word matches
// or whose name the words read together spell, among those the step
// allows (see step), and lists those whose score comes near the best.
func (se *Searcher) take() {
	s, prev := se.s, &se.st
	words := se.q.words
	k := len(words)
	last := &words[k-1]
	newWord := prev.kind == stepBlank || len(prev.words) != k
	chain := allowed{fresh: prev.kind != stepListed, gen: prev.gen}
	chain.few = !chain.fresh && len(s.list)*fewCities < len(se.ix.cities)
	if !s.nextStep() {
		// The numbering wrapped and every stamp is gone.
		chain, newWord = allowed{fresh: true}, true
		prev.scanOK, prev.jscanOK = false, false
	}
	a := chain
	switch {
	case newWord:
		prev.base, prev.reopened = chain, false
	case prev.kind != stepListed || len(last.plain) > 2 && !prev.reopened:
		a = prev.base
		a.inBase = !a.fresh
	}
	prev.reopened = prev.reopened || len(last.plain) > 2
	typo, floor := se.prior(words, a)
	if k > 1 {
		// Before the last word's scan, which replaces what the step
		// before scanned, and which the words read together may narrow
		// from.
		prev.jfloor = se.scanJoined(&se.q.joined, a)
	}
	lastFloor := se.scanLast(last, a, k > 1)
	lastTypo := false
	if len(s.matched) == 0 && last.typoable() {
		lastTypo, lastFloor = true, se.typoLast(last, a, k > 1)
	}
	prev.kind = se.list(k)
	prev.gen = s.stepGen
	se.typoBuf, se.floorBuf = append(typo, lastTypo), append(floor, lastFloor)
	prev.setWords(words, se.typoBuf, se.floorBuf)
	se.hl = nil
}

// allowed says which cities a step may list: those the step before listed
// (gen), or, with inBase, those that the step the last word began from
// listed (gen), or any (fresh). few says they are fewer than one in
// fewCities.
type allowed struct {
	fresh, few, inBase bool
	gen                uint32
}

// fewCities is how many times fewer than all the cities the step before
// must have listed for a scan to look at a key's cities before scoring it
// (see Searcher.forNone).
const fewCities = 2

// has reports whether city c may be listed, given the step each city was
// last listed by. The steps since the one a word began from listed only
// cities it did, so a city is in its list when a step since listed it.
func (a allowed) has(listed []uint32, c int32) bool {
	return a.fresh || listed[c] == a.gen || a.inBase && listed[c] > a.gen
}

// chain reports whether a allows the cities the step before listed.
func (a allowed) chain() bool { return !a.fresh && !a.inBase }

// prior makes scratch.prior the sum of the scores of every word but the
// last, for the cities all of them match, and returns whether each of
// those words forgave a slip and the least quality of the matches it
// counted. When only the last word changed, the prior stands; when a word
// was added, the step before's sums are the prior; otherwise each word is
// scored anew.
func (se *Searcher) prior(words []pattern, a allowed) (typo []bool, floor []int32) {
	s, prev := se.s, &se.st
	k := len(words)
	typo, floor = se.typoBuf[:0], se.floorBuf[:0] // not prev's, which setWords writes
	same := func(n int) bool {
		for i := range n {
			if !words[i].same(&prev.words[i]) {
				return false
			}
		}
		return true
	}
	switch {
	case k == 1:
		return typo, floor
	case !a.fresh && len(prev.words) == k && same(k-1):
		return append(typo, prev.typo[:k-1]...), append(floor, prev.floor[:k-1]...)
	case !a.fresh && len(prev.words) == k-1 && same(k-1):
		gen := s.nextPrior()
		for _, c := range s.list {
			if s.and[c] >= 0 {
				s.prior[c], s.priorStamp[c] = s.and[c], gen
			}
		}
		return append(typo, prev.typo...), append(floor, prev.floor...)
	}
	for i := range words[:k-1] {
		t, f := se.scoreWord(&words[i], a, i == 0)
		typo, floor = append(typo, t), append(floor, f)
	}
	return typo, floor
}

// nextPrior starts a new prior: the stamps of the old one go stale.
func (s *scratch) nextPrior() uint32 {
	s.priorGen++
	if s.priorGen == 0 {
		clear(s.priorStamp)
		s.priorGen = 1
	}
	return s.priorGen
}

// list scores the cities this step found, a query of k words, and lists
// them all: each was found by a match that comes within minQuality of the
// best match of the last word, or of the words read together, in any city
// the step may list (see find), and the words before the last were held
// to the same rule in the steps that typed them. It returns whether it
// listed any.
func (se *Searcher) list(k int) stepKind {
	s := se.s
	gen := s.stepGen
	for _, c := range s.matched {
		and := int32(-1)
		if l := &s.last[c]; l.stamp == gen {
			and = l.score
			if k > 1 {
				and += s.prior[c]
			}
		}
		sc := and
		if k > 1 {
			if j := &s.joinedBest[c]; j.stamp == gen {
				sc = max(sc, j.score)
			}
			if p := &s.phrase[c]; p.stamp == gen {
				sc += p.score * phraseShare / 4
			}
		}
		s.score[c], s.and[c] = sc, and
		s.listed[c] = gen
	}
	// The list is what the step matched; the memory of the step before's
	// list takes the next step's matches.
	s.list, s.matched = s.matched, s.list
	if len(s.list) == 0 {
		return stepEmpty
	}
	return stepListed
}

// setWords keeps copies of the step's words, of whether each forgave a
// slip and of the least quality of its matches counted, reusing the
// step's memory.
func (st *step) setWords(words []pattern, typo []bool, floor []int32) {
	st.runes = st.runes[:0]
	for _, w := range words {
		st.runes = append(append(st.runes, w.plain...), w.phonetic...)
	}
	st.words = st.words[:0]
	at := 0
	for _, w := range words {
		c := w
		c.plain = st.runes[at : at+len(w.plain) : at+len(w.plain)]
		at += len(w.plain)
		c.phonetic = st.runes[at : at+len(w.phonetic) : at+len(w.phonetic)]
		at += len(w.phonetic)
		st.words = append(st.words, c)
	}
	st.typo = append(st.typo[:0], typo...)
	st.floor = append(st.floor[:0], floor...)
}

// setPattern makes *dst a copy of p in buf's memory, and returns buf.
func setPattern(dst, p *pattern, buf []rune) []rune {
	buf = append(append(buf[:0], p.plain...), p.phonetic...)
	*dst = *p
	dst.plain = buf[:len(p.plain):len(p.plain)]
	dst.phonetic = buf[len(p.plain):]
	return buf
}
