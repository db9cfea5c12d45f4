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
	a := allowed{fresh: fresh, gen: prev.gen}
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
// or any when it listed every city or none (fresh).
type allowed struct {
	fresh bool
	gen   uint32
}

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

// scoreWord scores one word that is not the last over every key, and
// adds its best score to the prior of each city it matches that the words
// before it matched (any allowed city, for the first); the others leave
// the prior. A word that matches no such city as typed is forgiven a
// slip, which it reports.
func (se *Searcher) scoreWord(w *pattern, a allowed, first bool) bool {
	s := se.s
	sc := &s.scan
	*sc = scan{p: w, slots: s.extraSlots(&s.pslots), stamp: s.nextScan(), run: typedPass, out: &s.other, only: a}
	s.other.reset()
	se.inParts(se.ix.allKeys, sc)
	se.collectWord(sc, a, first)
	typo := false
	if len(s.found) == 0 && w.typoable() {
		sc.run, s.other.hits = typoPass, s.other.hits[:0]
		se.inParts(se.ix.allKeys, sc)
		se.collectWord(sc, a, first)
		typo = true
	}
	old, gen := s.priorGen, s.nextPrior()
	for _, c := range s.found {
		if first {
			s.prior[c] = 0
		} else if s.priorStamp[c] != old {
			continue
		}
		s.prior[c] += s.best[c].score
		s.priorStamp[c] = gen
	}
	return typo
}

// collectWord gives each allowed city that has a key the scan of another
// word hit (and, unless first, is in the prior) the best score of its
// keys, in scratch.best, and lists those cities in scratch.found.
func (se *Searcher) collectWord(sc *scan, a allowed, first bool) {
	s, keys := se.s, &se.ix.keys
	s.found = s.found[:0]
	for _, k := range sc.out.hits {
		sl := sc.slots[k]
		for _, r := range keys.refs[keys.refStart[k]:keys.refStart[k+1]] {
			c := r.city
			if !a.has(s.listed, c) || !first && s.priorStamp[c] != s.priorGen {
				continue
			}
			w := weigh(sl.score, r.weight, keys.phonetic[k], sl.typo > 0)
			switch cs := &s.best[c]; {
			case cs.stamp != sc.stamp:
				*cs = cityScore{stamp: sc.stamp, score: w}
				s.found = append(s.found, c)
			case w > cs.score:
				cs.score = w
			}
		}
	}
}

// scanLast scores the last word over the keys it can match: those the
// last word of the step before matched at all, when this one extends it,
// or else every key. It collects the cities that it and the words before
// it match, and reports false: it forgave no slip.
func (se *Searcher) scanLast(w *pattern, a allowed, needPrior bool) bool {
	s, prev := se.s, &se.st
	s.prevWord, s.word = s.word, s.prevWord
	s.word.reset()
	from := se.ix.allKeys
	s.narrowed = prev.scanOK && w.extends(&prev.scanned) && !(a.fresh && s.prevWord.filtered)
	if s.narrowed {
		from = s.prevWord.cands
	}
	s.wordStamp = s.nextScan()
	sc := &s.scan
	*sc = scan{p: w, slots: s.slots, stamp: s.wordStamp, run: typedPass, out: &s.word, only: a}
	se.inParts(from, sc)
	prev.scanRunes = setPattern(&prev.scanned, w, prev.scanRunes)
	prev.scanOK = true
	if a.fresh && !needPrior && se.firstLetters(w) {
		return false
	}
	se.collectLast(sc, a, needPrior)
	return false
}

// firstLetters lists the cities that a first word of one letter matches,
// when it is a Latin letter or a digit in both its forms: those with a
// word that begins with it, each scored by the best weight of such a word
// (see Index.starts). It is what collectLast would find from the keys'
// refs, read from a mask a city rather than from a ref a key, which for
// the letter that starts a search is every city, many times over. It
// reports false, having done nothing, for any other word.
func (se *Searcher) firstLetters(w *pattern) bool {
	if len(w.plain) != 1 || len(w.phonetic) != 1 || !exactMaskRune(w.plain[0]) || !exactMaskRune(w.phonetic[0]) {
		return false
	}
	s, gen := se.s, se.s.stepGen
	plain, phonetic := runeMask(w.plain), runeMask(w.phonetic)
	for c, st := range se.ix.starts {
		best := int32(0)
		for i, weight := range startWeights {
			if st[i]&plain != 0 {
				best = max(best, weigh(int32(maxScore(1)), weight, false, false))
			}
			if st[len(startWeights)+i]&phonetic != 0 {
				best = max(best, weigh(int32(maxScore(1)), weight, true, false))
			}
		}
		if best > 0 {
			s.last[c] = cityScore{stamp: gen, score: best, quality: fullQuality}
			s.matched = append(s.matched, int32(c))
		}
	}
	return true
}

// typoLast forgives the last word one slip, when nothing was found as
// typed, and collects what it then finds; it reports true. When the step
// before also forgave its last word a slip and this word extends it, only
// the keys that word matched within one slip or as typed can match this
// one within one slip.
func (se *Searcher) typoLast(w *pattern, a allowed, needPrior bool) bool {
	s := se.s
	sc := &s.scan
	*sc = scan{p: w, slots: s.slots, stamp: s.wordStamp, run: typoPass, out: &s.word, only: a}
	s.word.hits = s.word.hits[:0]
	if s.narrowed && s.prevWord.nearValid {
		se.inParts(s.prevWord.cands, sc)
		se.inParts(s.prevWord.near, sc)
	} else {
		se.inParts(se.ix.allKeys, sc)
	}
	se.collectLast(sc, a, needPrior)
	return true
}

// collectLast gives each allowed city that has a key the last word's scan
// hit (and, when there are words before it, is in the prior) the best
// score of its keys, in scratch.last, and lists the cities newly found in
// scratch.matched.
func (se *Searcher) collectLast(sc *scan, a allowed, needPrior bool) {
	s, keys, gen := se.s, &se.ix.keys, se.s.stepGen
	for _, k := range sc.out.hits {
		sl := sc.slots[k]
		phonetic, typo := keys.phonetic[k], sl.typo > 0
		q := sl.quality(sc.p, phonetic)
		for _, r := range keys.refs[keys.refStart[k]:keys.refStart[k+1]] {
			c := r.city
			if !a.has(s.listed, c) || needPrior && s.priorStamp[c] != s.priorGen {
				continue
			}
			w := weigh(sl.score, r.weight, phonetic, typo)
			switch cs := &s.last[c]; {
			case cs.stamp != gen:
				*cs = cityScore{stamp: gen, score: w, quality: q}
				if s.joinedBest[c].stamp != gen {
					s.matched = append(s.matched, c)
				}
			default:
				cs.score, cs.quality = max(cs.score, w), max(cs.quality, q)
			}
		}
	}
}

// scanJoined scores the words read together over the keys they can
// match, narrowing as scanLast does. Each allowed city whose name they
// match gets the best score of those names, in scratch.joinedBest, and may
// be listed for it: the words spell its name ("volgo g"). Each allowed
// city that they match anywhere gets its best such score, in
// scratch.phrase, which adds to its score: words typed as a phrase of a
// city ("cooperation agreement") rank it above one that has each word
// somewhere else.
func (se *Searcher) scanJoined(j *pattern, a allowed) {
	s, prev := se.s, &se.st
	s.prevJoined, s.joined = s.joined, s.prevJoined
	s.joined.reset()
	from := se.ix.allKeys
	switch {
	case prev.jscanOK && j.extends(&prev.jscanned) && !(a.fresh && s.prevJoined.filtered):
		from = s.prevJoined.cands
	case len(prev.words) == 1 && prev.scanOK && j.extends(&prev.scanned) && !(a.fresh && s.word.filtered):
		// The query's first word has just been joined by another: the
		// words read together extend it.
		from = s.word.cands
	}
	sc := &s.scan
	*sc = scan{p: j, slots: s.extraSlots(&s.jslots), stamp: s.nextScan(), run: typedPass, out: &s.joined, only: a}
	se.inParts(from, sc)
	prev.jscRunes = setPattern(&prev.jscanned, j, prev.jscRunes)
	prev.jscanOK = true

	keys, gen, name := &se.ix.keys, s.stepGen, fields[FieldName].weight
	for _, k := range s.joined.hits {
		sl := sc.slots[k]
		q := sl.quality(j, keys.phonetic[k])
		for _, r := range keys.refs[keys.refStart[k]:keys.refStart[k+1]] {
			c := r.city
			if !a.has(s.listed, c) {
				continue
			}
			w := weigh(sl.score, r.weight, keys.phonetic[k], false)
			if ps := &s.phrase[c]; ps.stamp != gen || w > ps.score {
				*ps = cityScore{stamp: gen, score: w}
			}
			if r.weight != name {
				continue
			}
			switch cs := &s.joinedBest[c]; {
			case cs.stamp != gen:
				*cs = cityScore{stamp: gen, score: w, quality: q}
				if s.last[c].stamp != gen {
					s.matched = append(s.matched, c)
				}
			default:
				cs.score, cs.quality = max(cs.score, w), max(cs.quality, q)
			}
		}
	}
}

// phraseShare is the share of a phrase's score (see scanJoined) that
// adds to a city's, in quarters.
const phraseShare = 1

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
