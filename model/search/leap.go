package search

import "slices"

// A query given at once (pasted, or after a deletion) is searched rune by
// rune as if typed, so that it lists what typing it lists. A query of one
// word can mostly leap over the steps between: its last step, taken
// straight from every city, lists what the steps would have left, when
// some city has the word from the start of one of its words. Such a city
// has every shorter word from the start of that word too, so every step
// had a match of full quality and the same floor (see find); a city the
// last step lists from the start of a word was listed by every step
// before it; and a city it lists by a loose match is kept only if its
// keys show it passed every step before. When no city has the word from
// the start of a word, the query is searched rune by rune after all.

// leap takes the last step of query, a query of one word of four runes or
// more that the steps so far have not reached three of, as the first step
// of that word, and reports whether it lists what the steps between would
// have; when it does not, it leaves the Searcher as if it had restarted.
func (se *Searcher) leap(query string) bool {
	g := &se.goal
	g.parse(query)
	switch {
	case len(g.words) != 1 || len(g.words[0].plain) < 4:
		return false
	case se.st.kind != stepBlank && (len(se.st.words) != 1 || se.st.reopened):
		return false
	case se.index() == nil:
		return false
	}
	if se.s == nil {
		se.s = newScratch(se.ix)
	}
	se.restart()
	se.typed = query
	se.q.parse(query)
	se.take()
	if se.st.kind == stepEmpty || se.passedBefore(query) {
		return true
	}
	se.restart()
	return false
}

// passedBefore drops from the list of the step just taken for the one
// word of text the cities that a step before it would not have listed,
// as text was typed rune by rune, and reports whether it could tell (see
// leap).
func (se *Searcher) passedBefore(text string) bool {
	s := se.s
	best := int32(0)
	for _, c := range s.list {
		best = max(best, s.last[c].quality)
	}
	if best < fullQuality {
		return false // no city has the word from the start of a word
	}
	steps := se.stepsBefore(text)
	if !prefixesOf(steps, &se.q.words[0]) {
		return false
	}
	kept := s.list[:0]
	for _, c := range s.list {
		if s.last[c].quality == fullQuality || se.passes(c, steps) {
			kept = append(kept, c)
			continue
		}
		s.listed[c] = 0 // the query's one word began from every city
	}
	s.list = kept
	if len(kept) == 0 {
		se.st.kind = stepEmpty
	}
	return true
}

// passes reports whether city c has, for each word of steps, a match
// that the step of the word would have listed it for: one whose quality
// reaches the floor of a step in which some city has the word from the
// start of a word (see find), and not a loose one of a word too short to
// be listed so.
func (se *Searcher) passes(c int32, steps []pattern) bool {
	ix, m, floor := se.ix, se.s.parts[0].m, floorFor(fullQuality)
	keys := ix.cityKeys[ix.cityStart[c]:ix.cityStart[c+1]]
	for i := range steps {
		p := &steps[i]
		ok := false
		for _, k := range keys {
			sc, cl := ix.rate(k, p, nil, m, floor)
			if sc > 0 && !(cl == loose && len(p.plain) < looseNear) && p.quality(sc, cl, ix.keys.meta[k].phonetic, false) >= floor {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// stepsBefore returns the words of the steps typing text rune by rune
// takes before its last from its word's third rune on, a query of one
// word: the step that looked again in every city, and those that
// narrowed from it.
func (se *Searcher) stepsBefore(text string) []pattern {
	s := se.s
	s.leapSteps, s.leapRunes = s.leapSteps[:0], s.leapRunes[:0]
	q := &s.leapQuery
	from := 0 // where the runes of the last step's word begin
	for i := range text {
		if i == 0 {
			continue
		}
		q.parse(text[:i])
		if len(q.words) != 1 || len(q.words[0].plain) < 3 {
			continue
		}
		w := &q.words[0]
		if n := len(s.leapSteps); n > 0 {
			last := s.leapRunes[from:]
			if hasPrefix(last, w.plain) && len(last) == len(w.plain)+len(w.phonetic) && slices.Equal(last[len(w.plain):], w.phonetic) {
				continue // a mark: the same word, no step
			}
		}
		from = len(s.leapRunes)
		s.leapRunes = append(append(s.leapRunes, w.plain...), w.phonetic...)
		s.leapSteps = append(s.leapSteps, *w)
	}
	// The copies' runes, once they no longer move.
	at := 0
	for i := range s.leapSteps {
		p := &s.leapSteps[i]
		n, m := len(p.plain), len(p.phonetic)
		p.plain = s.leapRunes[at : at+n : at+n]
		p.phonetic = s.leapRunes[at+n : at+n+m : at+n+m]
		at += n + m
	}
	return s.leapSteps
}

// prefixesOf reports whether the words of steps, in both their forms, are
// the start of word w, and each could match from the start of a word in
// its phonetic form: then a city with w from the start of a word has each
// of them so too. Folding does not always keep a word's start as it types
// on: "и" is "i", "ия" at the end of a word "ia", "иян" "iyan"; "z" is
// "z" but "zh" "i" in the phonetic form, and "nizh" is "ni", too short a
// form for a word of four runes to count (see minScore).
func prefixesOf(steps []pattern, w *pattern) bool {
	for i := range steps {
		p := &steps[i]
		if !hasPrefix(w.plain, p.plain) || !hasPrefix(w.phonetic, p.phonetic) ||
			maxScore(len(p.phonetic)) < minScore(max(len(p.phonetic), len(p.plain))) {
			return false
		}
	}
	return true
}
