package search

import (
	"math/bits"
	"slices"

	"github.com/ruse-twins/ruse-twins/model"
)

// results returns the cities the search matched, best first, equal scores
// in dataset order. They are put in dataset order first, then counted out
// by score: a handful of distinct scores, so counting is linear where a
// comparison sort of a hundred thousand matches is not.
func (se *Searcher) results(lang model.Lang, typo bool) []Match {
	s := se.s
	out := make([]Match, len(s.matched))
	if len(out) == 0 {
		return out
	}
	hl := &highlight{ix: se.ix, lang: lang, q: se.q.clone(), typo: typo}
	order := se.inDatasetOrder()
	top := int32(0)
	for _, c := range order {
		top = max(top, s.scores[c].score)
	}
	// count[i] is first the number of matches scoring top-i, then where
	// the next of them goes.
	s.count = slices.Grow(s.count[:0], int(top)+1)[:top+1]
	clear(s.count)
	for _, c := range order {
		s.count[top-s.scores[c].score]++
	}
	at := int32(0)
	for i, n := range s.count {
		s.count[i] = at
		at += n
	}
	for _, c := range order {
		sc := s.scores[c].score
		i := &s.count[top-sc]
		out[*i] = Match{Index: int(c), ID: se.ix.cities[c].id, Score: int(sc), hl: hl}
		*i++
	}
	return out
}

// inDatasetOrder returns the matched cities in dataset order: sorted, when
// they are few, or else picked out of every city in order.
func (se *Searcher) inDatasetOrder() []int32 {
	s := se.s
	m := len(s.matched)
	if m*bits.Len(uint(m)) < len(se.ix.cities) {
		slices.Sort(s.matched)
		return s.matched
	}
	s.order = s.order[:0]
	for c, cs := range s.scores {
		if cs.stamp == s.gen {
			s.order = append(s.order, int32(c))
		}
	}
	return s.order
}
