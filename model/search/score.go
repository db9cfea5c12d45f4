package search

import "github.com/ruse-twins/ruse-twins/model"

// Weights of a match, in eighths of the matcher's score. A phonetic match
// is a guess about spelling and a typo one a guess about a slip, so each
// costs a little; a match outside the names (a country, a year, an area)
// costs more, so that a city named by the query comes before cities that
// merely mention it.
const (
	fullWeight   = 8
	phoneticCost = 1
	typoCost     = 2
	otherCost    = 2
)

// minScore is the least matcher score that counts as a match of a query
// of n runes. The matcher gives a rune 16, plus a bonus for starting a
// word or running on from the rune before, minus a penalty for each gap; a
// query typed from the start of a word earns about 26 a rune, and one from
// the middle of a word about 20. A query scattered over a long text earns
// no bonus and pays for its gaps, and that is noise however many of its
// runes it finds: "tokyo" is in "druzhestvo za balgaro kitaysko" (the
// Bulgarian–Chinese Friendship Society) at 64, "trog" in "joint projects
// and programmes" at 63. 18 a rune keeps every run of two or more typed
// runes and drops those.
//
// A single rune counts only where it starts a word (36, maxScore(1)):
// the first letter typed lists the cities with a word that begins with it,
// not every city whose texts contain it somewhere, which is all of them.
//
// n is the length of the query as typed, even when the pattern is shorter
// (the phonetic form of "zzzz" is "z"), so a shorter form does not lower
// the bar.
func minScore(n int) int {
	if n <= 1 {
		return maxScore(1)
	}
	return 18 * n
}

// maxScore is the most the matcher can give a pattern of n runes: every
// rune starting a word, or running on from one that does.
func maxScore(n int) int { return 26*n + 10 }

// search scores the query set by setQuery and returns the matches, best
// first, equal scores in dataset order.
func (se *Searcher) search(lang model.Lang) []Match {
	typo := false
	se.scoreKeys()
	se.collect()
	if len(se.s.matched) == 0 && se.q.typoable() {
		typo = true
		se.scoreTypos()
		se.collect()
	}
	return se.results(lang, typo)
}

// scoreKeys scores the query on every key it can match, keeps those it
// matches at all as the candidates of a longer query, and lists those it
// matches above minScore in hits.
func (se *Searcher) scoreKeys() {
	from := se.ix.allKeys
	if se.narrow {
		from = se.s.prevCands
	}
	se.inParts(from, typedPass)
}

// typedScan scores the query as typed on keys, with the memory of part p.
func (se *Searcher) typedScan(p *part, keys []int32) {
	s := se.s
	for _, k := range keys {
		sc := se.ix.rate(k, &se.q, p.m)
		s.slots[k] = slot{stamp: s.gen, score: sc}
		if sc != 0 {
			p.cands = append(p.cands, k)
		}
		if sc > 0 {
			p.hits = append(p.hits, k)
		}
	}
}

// rate scores query q on key k with matcher m: above 0 for a match, -1
// for a match below minScore (which a longer query may still match), 0
// for none. It depends on nothing but its arguments and what NewIndex
// built.
func (ix *Index) rate(k int32, q *query, m matcher) int32 {
	p, pm := q.pattern(ix.keys.phonetic[k])
	if missing(pm, ix.keys.mask[k]) > 0 {
		return 0
	}
	least := minScore(max(len(p), len(q.plain)))
	switch {
	case maxScore(len(p)) < least:
		// Too short a form to ever count (the phonetic "z" of "zzzz"): not
		// worth scoring, but kept as a candidate, since a longer query's
		// form may be long enough.
		return -1
	case len(p) == 1 && len(q.plain) == 1:
		if missing(pm, ix.keys.starts[k]) > 0 {
			// The one rune typed is in the key but starts none of its
			// words: not a match yet, but a candidate for the next rune.
			return -1
		}
		if exactMaskRune(p[0]) {
			// It starts a word, and the matcher gives that its most.
			return int32(maxScore(1))
		}
	}
	raw := m.score(ix.keys.text(k), p)
	switch {
	case raw >= least:
		return int32(raw)
	case raw > 0:
		return -1
	}
	return 0
}

// exactMaskRune reports whether r has a bit of runeMask to itself, so
// that a mask says for certain whether r is there.
func exactMaskRune(r rune) bool { return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' }

// collect gives each city that has a key in hits the best score of its
// keys, and lists the cities newly found in matched.
func (se *Searcher) collect() {
	s, keys := se.s, &se.ix.keys
	for _, k := range s.hits {
		sc := s.slots[k].score
		asName, asOther := se.weigh(k, true, sc), se.weigh(k, false, sc)
		for _, r := range keys.refs[keys.refStart[k]:keys.refStart[k+1]] {
			w := asOther
			if r.name {
				w = asName
			}
			switch cs := &s.scores[r.city]; {
			case cs.stamp != s.gen:
				*cs = cityScore{stamp: s.gen, score: w}
				s.matched = append(s.matched, r.city)
			case w > cs.score:
				cs.score = w
			}
		}
	}
	s.hits = s.hits[:0]
}

// weigh turns a key's score into a city's score through the key's role in
// that city.
func (se *Searcher) weigh(k int32, name bool, sc int32) int32 {
	w := int32(fullWeight)
	if se.ix.keys.phonetic[k] {
		w -= phoneticCost
	}
	if se.s.slots[k].typo > 0 {
		w -= typoCost
	}
	if !name {
		w -= otherCost
	}
	return sc * w / fullWeight
}
