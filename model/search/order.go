package search

import (
	"math/bits"
	"slices"

	"github.com/ruse-twins/ruse-twins/model"
)

// results returns the cities the current step lists, best first, equal
// scores in dataset order, explained in lang. They are put in dataset
// order first, then counted out by score: a handful of distinct scores,
// so counting is linear where a comparison sort of a hundred thousand
// matches is not.
func (se *Searcher) results(lang model.Lang) Results {
	switch se.st.kind {
	case stepBlank:
		return Results{every: se.all()}
	case stepEmpty:
		return Results{}
	}
	s := se.s
	r := Results{ix: se.ix, hl: se.highlight(lang), ranked: make([]ranked, len(s.list))}
	order := se.inDatasetOrder()
	top := int32(0)
	for _, c := range order {
		top = max(top, s.score[c])
	}
	// count[i] is first the number of matches scoring top-i, then where
	// the next of them goes.
	s.count = slices.Grow(s.count[:0], int(top)+1)[:top+1]
	clear(s.count)
	for _, c := range order {
		s.count[top-s.score[c]]++
	}
	at := int32(0)
	for i, n := range s.count {
		s.count[i] = at
		at += n
	}
	for _, c := range order {
		sc := s.score[c]
		i := &s.count[top-sc]
		r.ranked[*i] = ranked{city: c, score: sc}
		*i++
	}
	return r
}

// inDatasetOrder returns the listed cities in dataset order: sorted, when
// they are few, or else picked out of every city in order.
func (se *Searcher) inDatasetOrder() []int32 {
	s := se.s
	m := len(s.list)
	s.order = s.order[:0]
	if m*bits.Len(uint(m)) < len(se.ix.cities) {
		s.order = append(s.order, s.list...)
		slices.Sort(s.order)
		return s.order
	}
	for c, gen := range s.listed {
		if gen == s.stepGen {
			s.order = append(s.order, int32(c))
		}
	}
	return s.order
}

// highlight returns what the current step's matches share to explain
// themselves in lang: a copy of the query that later searches do not
// change, made once for each step and language.
func (se *Searcher) highlight(lang model.Lang) *highlight {
	if se.hl != nil && se.hl.lang == lang {
		return se.hl
	}
	st := &se.st
	n := len(st.words)
	joined := n > 1
	total := 0
	for _, w := range st.words {
		total += len(w.plain) + len(w.phonetic)
	}
	if joined {
		total += len(se.q.joined.plain) + len(se.q.joined.phonetic)
	}
	runes := make([]rune, 0, total)
	words := make([]hlWord, 0, n+1)
	add := func(p *pattern, typo bool, floor int32) {
		c := *p
		from := len(runes)
		runes = append(runes, p.plain...)
		c.plain = runes[from:len(runes):len(runes)]
		from = len(runes)
		runes = append(runes, p.phonetic...)
		c.phonetic = runes[from:len(runes):len(runes)]
		words = append(words, hlWord{p: c, typo: typo, floor: floor})
	}
	for i := range st.words {
		add(&st.words[i], st.typo[i], st.floor[i])
	}
	if joined {
		add(&se.q.joined, false, st.jfloor)
	}
	se.hl = &highlight{ix: se.ix, lang: lang, words: words, joined: joined}
	return se.hl
}
