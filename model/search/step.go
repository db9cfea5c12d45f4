package search

// stepKind is what a step of the query found.
type stepKind uint8

const (
	stepBlank  stepKind = iota // nothing to search for: every city is listed
	stepListed                 // it listed some cities: scratch.list
	stepEmpty                  // it found nothing
)

// step is what one step of the query found, and what the next step needs
// of it: a step is the query up to one of its runes, and it lists only
// cities the step before listed (unless that listed every city or none),
// so that typing one more letter never adds a city to a list.
type step struct {
	kind  stepKind
	gen   uint32    // the step's number (scratch.stepGen) when it listed cities
	words []pattern // its words: the Searcher's own copies
	typo  []bool    // for each word, whether its matches forgave a slip
	runes []rune    // the memory of the copies

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
// before listed, and lists those whose score comes near the best.
func (se *Searcher) take() {
	s, prev := se.s, &se.st
	fresh := prev.kind != stepListed
	if !s.nextStep() {
		fresh, prev.scanOK, prev.jscanOK = true, false, false
	}
	a := allowed{fresh: fresh, gen: prev.gen, few: !fresh && len(s.list)*fewCities < len(se.ix.cities)}
	words := se.q.words
	k := len(words)
	typo := se.prior(words, a)
	if k > 1 {
		// Before the last word's scan, which replaces what the step
		// before scanned, and which the words read together may narrow
		// from.
		se.scanJoined(&se.q.joined, a)
	}
	lastTypo := se.scanLast(&words[k-1], a, k > 1)
	if len(s.matched) == 0 && words[k-1].typoable() {
		lastTypo = se.typoLast(&words[k-1], a, k > 1)
	}
	prev.kind = se.list(k)
	prev.gen = s.stepGen
	se.typoBuf = append(typo, lastTypo)
	prev.setWords(words, se.typoBuf)
	se.hl = nil
}

// allowed says which cities a step may list: those the step before listed,
// or any when it listed every city or none (fresh). few says they are
// fewer than one in fewCities.
type allowed struct {
	fresh, few bool
	gen        uint32
}

// fewCities is how many times fewer than all the cities the step before
// must have listed for a scan to look at a key's cities before scoring it
// (see Searcher.forNone).
const fewCities = 4

// has reports whether city c may be listed, given the step each city was
// last listed by.
func (a allowed) has(listed []uint32, c int32) bool { return a.fresh || listed[c] == a.gen }

// prior makes scratch.prior the sum of the scores of every word but the
// last, for the cities all of them match, and returns whether each of
// those words forgave a slip. When only the last word changed, the prior
// stands; when a word was added, the step before's sums are the prior;
// otherwise each word is scored anew.
func (se *Searcher) prior(words []pattern, a allowed) []bool {
	s, prev := se.s, &se.st
	k := len(words)
	typo := se.typoBuf[:0] // not prev.typo, which setWords writes
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
		return typo
	case !a.fresh && len(prev.words) == k && same(k-1):
		return append(typo, prev.typo[:k-1]...)
	case !a.fresh && len(prev.words) == k-1 && same(k-1):
		gen := s.nextPrior()
		for _, c := range s.list {
			if s.and[c] >= 0 {
				s.prior[c], s.priorStamp[c] = s.and[c], gen
			}
		}
		return append(typo, prev.typo...)
	}
	for i := range words[:k-1] {
		typo = append(typo, se.scoreWord(&words[i], a, i == 0))
	}
	return typo
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
// those whose match of the last word, or of the words read together, comes
// near the best match of it in any city found (see minQuality); it
// returns whether it listed any. The words before the last were held to
// the same rule in the steps that typed them.
func (se *Searcher) list(k int) stepKind {
	s := se.s
	gen := s.stepGen
	bestQ, bestJ := int32(0), int32(0)
	for _, c := range s.matched {
		and := int32(-1)
		if l := s.last[c]; l.stamp == gen {
			and = l.score
			if k > 1 {
				and += s.prior[c]
			}
			bestQ = max(bestQ, l.quality)
		}
		sc := and
		if j := s.joinedBest[c]; j.stamp == gen {
			sc = max(sc, j.score)
			bestJ = max(bestJ, j.quality)
		}
		if p := s.phrase[c]; p.stamp == gen {
			sc += p.score * phraseShare / 4
		}
		s.score[c], s.and[c] = sc, and
	}
	s.list = s.list[:0]
	near := func(q, best int32) bool { return 20*q >= minQuality*best }
	for _, c := range s.matched {
		l, j := s.last[c], s.joinedBest[c]
		if l.stamp == gen && near(l.quality, bestQ) || j.stamp == gen && near(j.quality, bestJ) {
			s.list = append(s.list, c)
			s.listed[c] = gen
		}
	}
	if len(s.list) == 0 {
		return stepEmpty
	}
	return stepListed
}

// setWords keeps copies of the step's words and of whether each forgave a
// slip, reusing the step's memory.
func (st *step) setWords(words []pattern, typo []bool) {
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
}

// setPattern makes *dst a copy of p in buf's memory, and returns buf.
func setPattern(dst, p *pattern, buf []rune) []rune {
	buf = append(append(buf[:0], p.plain...), p.phonetic...)
	*dst = *p
	dst.plain = buf[:len(p.plain):len(p.plain)]
	dst.phonetic = buf[len(p.plain):]
	return buf
}
