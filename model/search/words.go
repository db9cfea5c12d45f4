package search

import "slices"

// The scans of a step: of the last word, of the words read together, and
// of the words before the last when they are scored anew, each with what
// it collects of the cities.

// A word is looked for in two passes. The row pass finds its matches in
// a row (see rateKey), without the matcher, in the keys that can have
// them: those the word one rune shorter had in a row, when this one
// extends it, or those the index's postings give. The loose pass runs the
// matcher, but only on the keys whose runs could come within minQuality
// of the best the row pass found (see looseBound): a word typed as a key
// has it drags along only the loose matches nearly as good. A city is
// then scored by its matches that come within minQuality of the best
// match of the word in any city the step may list, and only those are
// listed.

// find looks for pattern p in its two passes, into lists l, for the
// cities a allows (and, with prior, that the
// words before matched), and returns the least quality of a match that
// counts. The passes narrow from lists from, made by a scan of pattern
// was that p extends, when from is not nil: the row pass when both are
// of three runes or more, the loose pass when from has every key was is
// in; or else they look the keys up in the index's postings.
func (se *Searcher) find(p *pattern, l *lists, a allowed, prior bool, from *lists, was *pattern) int32 {
	s := se.s
	sc := &s.scan
	*sc = scan{p: p, run: rowPass, minQ: noLoose, out: l, only: a}
	sc.pb, s.pbuf = bytesOf(p, s.pbuf)
	s.sources = se.ix.rowSources(p, s.sources, &s.runKeys)
	if from != nil && from.rowsOK && len(was.plain) > 2 && len(was.phonetic) > 2 && len(from.rows) < keysIn(s.sources) {
		// Fewer keys have the shorter pattern in a row than its runs.
		s.sources = append(s.sources[:0], from.rows, se.ix.initials.find(p.plain))
		if !slices.Equal(p.plain, p.phonetic) {
			s.sources = append(s.sources, se.ix.initials.find(p.phonetic))
		}
	}
	se.scanAll(s.sources, sc)
	l.rowsOK = true
	best := se.bestQuality(p, l.hits, a, prior, false)
	if short(p, best) {
		return floorFor(best)
	}
	sc.run, sc.minQ = typedPass, floorFor(best)
	every := true
	if from != nil && from.loose {
		s.sources = append(s.sources[:0], from.cands)
	} else {
		s.sources, every = se.ix.looseSources(p, sc.minQ, from, s.sources)
	}
	se.scanAll(s.sources, sc)
	l.loose, l.begun = every, !every
	return floorFor(max(best, se.bestQuality(p, l.fhits, a, prior, true)))
}

// keysIn counts the keys of lists.
func keysIn(lists [][]int32) int {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	return n
}

// scoreWord scores one word that is not the last, and adds its best
// score to the prior of each city it matches that the words before it
// matched (any allowed city, for the first); the others leave the prior.
// A word that matches no such city as typed is forgiven a slip. It reports
// whether it forgave a slip, and the least quality of the matches it
// counted.
func (se *Searcher) scoreWord(w *pattern, a allowed, first bool) (typo bool, floor int32) {
	s := se.s
	s.other.reset()
	gen := s.nextScan() // the stamp of the cities' best scores
	floor = se.find(w, &s.other, a, !first, nil, nil)
	sc := &s.scan
	s.found = s.found[:0]
	se.collectWord(w, s.other.hits, gen, a, first, floor, false)
	se.collectWord(w, s.other.fhits, gen, a, first, floor, true)
	if len(s.found) == 0 && w.typoable() {
		sc.run, s.other.fhits = typoPass, s.other.fhits[:0]
		se.inParts(se.ix.allKeys, sc)
		floor = floorFor(se.bestQuality(w, s.other.fhits, a, !first, true))
		se.collectWord(w, s.other.fhits, gen, a, first, floor, true)
		typo = true
	}
	old, pgen := s.priorGen, s.nextPrior()
	for _, c := range s.found {
		if first {
			s.prior[c] = 0
		} else if s.priorStamp[c] != old {
			continue
		}
		s.prior[c] += s.best[c].score
		s.priorStamp[c] = pgen
	}
	return typo, floor
}

// short reports whether pattern w, whose best match in a row has quality
// best (0 for none), is too short a word for a loose match to be listed:
// a word of one rune matches only where a word begins, and one of fewer
// than looseNear runes that some city has in a row lists only the cities
// that have it in a row.
func short(w *pattern, best int32) bool {
	return len(w.plain) == 1 && len(w.phonetic) == 1 || len(w.plain) < looseNear && best > 0
}

// looseNear is the fewest runes of a word whose loose matches may be
// listed beside its matches in a row: "obshtina" finds
// "obshtinskata administratsia" beside "obshtina ruse", but "shan" does
// not find "sha n".
const looseNear = 5

// bestQuality returns the best quality of the matches of pattern p in
// hits (only the loose ones, with looseOnly) for the cities a allows and,
// with prior, that the words before matched.
func (se *Searcher) bestQuality(p *pattern, hits []hit, a allowed, prior, looseOnly bool) int32 {
	s, ix := se.s, &se.ix.keys
	best := int32(0)
	for i := range hits {
		h := &hits[i]
		if looseOnly && h.class != loose {
			continue // the row pass's
		}
		q := h.quality(p)
		if q <= best {
			continue
		}
		for _, r := range ix.cities(h.key) {
			if a.has(s.listed, r.city) && (!prior || s.priorStamp[r.city] == s.priorGen) {
				best = q
				break
			}
		}
	}
	return best
}

// collectWord gives each allowed city that has a key in hits of another
// word, pattern p, with quality floor or more (only the loose ones,
// with looseOnly; and, unless first, is in the prior) the best score of
// those keys, in scratch.best, stamped gen, and lists those cities in
// scratch.found.
func (se *Searcher) collectWord(p *pattern, hits []hit, gen uint32, a allowed, first bool, floor int32, looseOnly bool) {
	s, keys := se.s, &se.ix.keys
	for i := range hits {
		h := &hits[i]
		if looseOnly && h.class != loose || h.quality(p) < floor {
			continue
		}
		for _, r := range keys.cities(h.key) {
			c := r.city
			if !a.has(s.listed, c) || !first && s.priorStamp[c] != s.priorGen {
				continue
			}
			if s.best[c].keep(gen, weigh(h.score, r.weight, h.phonetic, h.typo > 0), 0) {
				s.found = append(s.found, c)
			}
		}
	}
}

// scanLast scores the last word over the keys it can match and collects
// the cities that it and the words before it match (see find), narrowing
// from what the step before found of its last word, when this word
// extends it. It returns the least quality of the matches it collected.
func (se *Searcher) scanLast(w *pattern, a allowed, needPrior bool) int32 {
	s, prev := se.s, &se.st
	s.prevWord, s.word = s.word, s.prevWord
	s.word.reset()
	s.word.gen = s.stepGen
	s.narrowed = prev.scanOK && w.extends(&prev.scanned) && se.reusable(&s.prevWord, a)
	var from *lists
	if s.narrowed {
		from = &s.prevWord
	}
	floor := int32(fullQuality)
	if !se.firstLetters(w, a, needPrior) {
		floor = se.find(w, &s.word, a, needPrior, from, &prev.scanned)
		se.collectLast(w, s.word.hits, a, needPrior, floor, false)
		se.collectLast(w, s.word.fhits, a, needPrior, floor, true)
	}
	prev.scanRunes = setPattern(&prev.scanned, w, prev.scanRunes)
	prev.scanOK = true
	return floor
}

// reusable reports whether lists made by an earlier scan hold every key
// a scan for the cities a allows needs: they left out no key, or they
// left out the keys of cities outside the list of the step before, and a
// allows only cities of that list.
func (se *Searcher) reusable(l *lists, a allowed) bool {
	return !l.filtered || a.chain() && l.gen+1 == se.s.stepGen
}

// firstLetters lists the cities that a word of one letter matches,
// when it is a Latin letter or a digit in both its forms: those with a
// word that begins with it, each scored by the best weight of such a word
// (see Index.starts), among those a allows (and, with needPrior, that
// the words before matched). It is what collectLast would find from the
// keys' refs, read from a mask a city rather than from a ref a key,
// which for the letter that starts a search is every city, many times
// over. It reports false, having done nothing, for any other word.
func (se *Searcher) firstLetters(w *pattern, a allowed, needPrior bool) bool {
	if len(w.plain) != 1 || len(w.phonetic) != 1 || !exactMaskRune(w.plain[0]) || !exactMaskRune(w.phonetic[0]) {
		return false
	}
	s, gen := se.s, se.s.stepGen
	plain, phonetic := runeMask(w.plain), runeMask(w.phonetic)
	// What a word of each class of Index.starts that begins with the
	// letter gives its city.
	var gives [2 * len(startWeights)]int32
	for i, weight := range startWeights {
		gives[i] = weigh(int32(maxScore(1)), weight, false, false)
		gives[len(startWeights)+i] = weigh(int32(maxScore(1)), weight, true, false)
	}
	one := func(c int32) {
		st := &se.ix.starts[c]
		best := int32(0)
		for i := range startWeights {
			if st[i]&plain != 0 {
				best = max(best, gives[i])
			}
			if st[len(startWeights)+i]&phonetic != 0 {
				best = max(best, gives[len(startWeights)+i])
			}
		}
		if best > 0 {
			s.last[c] = cityScore{stamp: gen, score: best, quality: fullQuality}
			if s.joinedBest[c].stamp != gen {
				s.matched = append(s.matched, c)
			}
		}
	}
	switch {
	case a.chain():
		for _, c := range s.list {
			if !needPrior || s.priorStamp[c] == s.priorGen {
				one(c)
			}
		}
	case a.fresh && !needPrior:
		for c := range int32(len(se.ix.starts)) {
			one(c)
		}
	default:
		for c := range int32(len(se.ix.starts)) {
			if a.has(s.listed, c) && (!needPrior || s.priorStamp[c] == s.priorGen) {
				one(c)
			}
		}
	}
	return true
}

// typoLast forgives the last word one slip, when nothing was found as
// typed, and collects what it then finds; it returns the least quality
// of what it collected. When the step before also forgave its last word
// a slip and this word extends it, only the keys that word matched
// within one slip or as typed can match this one within one slip.
func (se *Searcher) typoLast(w *pattern, a allowed, needPrior bool) int32 {
	s := se.s
	sc := &s.scan
	*sc = scan{p: w, run: typoPass, out: &s.word, only: a}
	s.word.fhits = s.word.fhits[:0]
	if s.narrowed && s.prevWord.nearValid && s.prevWord.loose {
		se.scanAll(append(s.sources[:0], s.prevWord.cands, s.prevWord.near), sc)
	} else {
		se.inParts(se.ix.allKeys, sc)
	}
	floor := floorFor(se.bestQuality(w, s.word.fhits, a, needPrior, true))
	se.collectLast(w, s.word.fhits, a, needPrior, floor, true)
	return floor
}

// collectLast gives each allowed city that has a key in hits of the last
// word, pattern p, with quality floor or more (and, when there are
// words before it, is in the prior) the best score of those keys, in
// scratch.last, and lists the cities newly found in scratch.matched.
// With looseOnly, only the loose matches count: a loose pass's matches in
// a row are the row pass's too.
func (se *Searcher) collectLast(p *pattern, hits []hit, a allowed, needPrior bool, floor int32, looseOnly bool) {
	s, keys, gen := se.s, &se.ix.keys, se.s.stepGen
	every := a.fresh && !needPrior // then there are no words read together either
	for i := range hits {
		h := &hits[i]
		if looseOnly && h.class != loose {
			continue
		}
		q := h.quality(p)
		if q < floor {
			continue
		}
		for _, r := range keys.cities(h.key) {
			c := r.city
			if !every && (!a.has(s.listed, c) || needPrior && s.priorStamp[c] != s.priorGen) {
				continue
			}
			l := &s.last[c]
			w := weigh(h.score, r.weight, h.phonetic, h.typo > 0)
			if l.stamp == gen {
				l.score, l.quality = max(l.score, w), max(l.quality, q)
				continue
			}
			*l = cityScore{stamp: gen, score: w, quality: q}
			if every || s.joinedBest[c].stamp != gen {
				s.matched = append(s.matched, c)
			}
		}
	}
}

// scanJoined scores the words read together over the keys they can
// match (see find), narrowing from what the step before found of them,
// or of the first word, when they extend it. Each allowed city whose name
// they match gets the best score of those names, in scratch.joinedBest,
// and may be listed for it: the words spell its name ("volgo g"). Each
// allowed city that they match anywhere gets its best such score, in
// scratch.phrase, which adds to its score: words typed as a phrase of a
// city ("cooperation agreement") rank it above one that has each word
// somewhere else. It returns the least quality of the matches it counted.
func (se *Searcher) scanJoined(j *pattern, a allowed) int32 {
	s, prev := se.s, &se.st
	s.prevJoined, s.joined = s.joined, s.prevJoined
	s.joined.reset()
	s.joined.gen = s.stepGen
	var from *lists
	var was *pattern
	switch {
	case prev.jscanOK && j.extends(&prev.jscanned) && se.reusable(&s.prevJoined, a):
		from, was = &s.prevJoined, &prev.jscanned
	case len(prev.words) == 1 && prev.scanOK && j.extends(&prev.scanned) && se.reusable(&s.word, a):
		// The query's first word has just been joined by another: the
		// words read together extend it.
		from, was = &s.word, &prev.scanned
	}
	floor := se.find(j, &s.joined, a, false, from, was)
	prev.jscRunes = setPattern(&prev.jscanned, j, prev.jscRunes)
	prev.jscanOK = true
	se.collectJoined(j, s.joined.hits, a, floor, false)
	se.collectJoined(j, s.joined.fhits, a, floor, true)
	return floor
}

// collectJoined collects the hits of the words read together, pattern
// j, with quality floor or more (only the loose matches, with looseOnly;
// see scanJoined).
func (se *Searcher) collectJoined(j *pattern, hits []hit, a allowed, floor int32, looseOnly bool) {
	s, keys, gen, name := se.s, &se.ix.keys, se.s.stepGen, fields[FieldName].weight
	for i := range hits {
		h := &hits[i]
		if looseOnly && h.class != loose {
			continue
		}
		q := h.quality(j)
		if q < floor {
			continue
		}
		for _, r := range keys.cities(h.key) {
			c := r.city
			if !a.has(s.listed, c) {
				continue
			}
			w := weigh(h.score, r.weight, h.phonetic, false)
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
