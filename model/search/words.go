package search

// The scans of a step: of the last word, of the words read together, and
// of the words before the last when they are scored anew, each with what
// it collects of the cities.

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
			if s.best[c].keep(sc.stamp, weigh(sl.score, r.weight, keys.phonetic[k], sl.typo > 0), 0) {
				s.found = append(s.found, c)
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
			if s.last[c].keep(gen, weigh(sl.score, r.weight, phonetic, typo), q) && s.joinedBest[c].stamp != gen {
				s.matched = append(s.matched, c)
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
			s.phrase[c].keep(gen, w, q)
			if r.weight == name && s.joinedBest[c].keep(gen, w, q) && s.last[c].stamp != gen {
				s.matched = append(s.matched, c)
			}
		}
	}
}

// phraseShare is the share of a phrase's score (see scanJoined) that
// adds to a city's, in quarters.
const phraseShare = 1
