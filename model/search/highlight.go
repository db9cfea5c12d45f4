package search

import (
	"sync"

	"github.com/ruse-twins/ruse-twins/model"
)

// highlight is what the matches of one search share to find their
// positions when asked: the index, and a copy of the query that later
// searches do not change. A searcher that finds positions while matching
// gives each match a highlight with only fixed set (Match.WithPositions).
type highlight struct {
	ix    *Index
	lang  model.Lang
	q     query
	typo  bool // the search forgave a slip: keys were scored by rateSlip
	fixed []int
}

// highlighters are the matchers and buffers of positions calls, which
// may come from any goroutine.
var highlighters = sync.Pool{New: func() any { return &part{m: newFzfMatcher()} }}

// positions returns the runes of city i's name in the search's language
// that the query matched, in the folded form of the name the query
// matched best (the first of equals), mapped back through its origins.
// The forms are scored as the search scored them, by the same functions,
// so this is what the search would have found had it looked.
func (h *highlight) positions(i int) []int {
	ix := h.ix
	if ix == nil {
		return h.fixed
	}
	p := highlighters.Get().(*part)
	defer highlighters.Put(p)
	var best shownKey
	bestScore, slip := int32(0), int16(0)
	for _, sk := range ix.shownOf(i, h.lang) {
		var sc int32
		var how int16
		if h.typo {
			sc, how, _ = ix.rateSlip(sk.key, &h.q, p)
		} else {
			sc = ix.rate(sk.key, &h.q, p.m)
		}
		if sc > bestScore {
			best, bestScore, slip = sk, sc, how
		}
	}
	if bestScore <= 0 {
		return nil
	}
	phonetic := ix.keys.phonetic[best.key]
	pat, _ := h.q.pattern(phonetic)
	if slip > 0 {
		p.del = h.q.deletion(phonetic, int(slip-1), p.del)
		pat = p.del
	}
	// The origins never decrease, so the runes come out ascending; several
	// folded runes from one rune of the name ("sht" from "щ") count once.
	at := p.m.positions(ix.keys.text(best.key), pat)
	origin := ix.origins[best.origin.from:best.origin.to]
	out := at[:0]
	for _, a := range at {
		r := int(origin[a])
		if len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	return out
}
