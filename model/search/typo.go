package search

// minTypoQuery is the shortest query whose slips are forgiven, as long as
// the shortest names people mistype: with fewer runes, one slip makes a
// different word ("paris" is one slip from "peris" of Peristeri).
const minTypoQuery = 6

// maxTypoQuery bounds the typo pass: a query this long is pasted, not
// typed.
const maxTypoQuery = 32

// scoreTypos forgives the query one slip when nothing was found as typed,
// listing what it finds in scratch.matched. A slip is a rune typed wrong,
// an extra rune, or two neighbours swapped, in a query that otherwise runs
// on from the start of a word of a key ("volgogard" for Volgograd, "frnace"
// for France). A missing rune needs no forgiving, since fuzzy matching
// skips runes of the text. A query that finds something as typed is taken
// as typed: forgiving slips there too would bury what was meant under
// near misses.
//
// When the previous search ran a typo pass and this query extends that
// one, only the keys that query matched within one slip (near) or as typed
// (cands) can match this one within one slip.
func (se *Searcher) scoreTypos() {
	s := se.s
	if se.narrow && s.prevNearValid {
		se.typoKeys(s.prevCands)
		se.typoKeys(s.prevNear)
	} else {
		se.typoKeys(se.ix.allKeys)
	}
	s.nearValid = true
}

// typoKeys runs the typo pass on the keys in from.
func (se *Searcher) typoKeys(from []int32) { se.inParts(from, typoPass) }

// typoScan runs the typo pass on keys, with the memory of part p.
func (se *Searcher) typoScan(p *part, keys []int32) {
	s := se.s
	for _, k := range keys {
		sl := &s.slots[k]
		if sl.stamp == s.gen && sl.typo != 0 {
			continue // seen already: it is in both candidate lists
		}
		sc, how, near := se.ix.rateSlip(k, &se.q, p)
		*sl = slot{stamp: s.gen, score: sc, typo: how}
		if near {
			p.near = append(p.near, k)
		}
		if sc > 0 {
			p.hits = append(p.hits, k)
		}
	}
}

// rateSlip looks for query q with one slip in key k, with the matcher and
// buffer of p. The matcher then scores the query without the slipped
// rune, which runs on in the key but for one gap. It returns that score
// (0 when too low or none), -1 when nothing was found or i+1 when the
// slip was rune i, and whether the key is near the query: within one slip
// of it, so that a longer query may be too. A search reaches this only
// when no key matched as typed, so a key's slot holds no score to keep.
func (ix *Index) rateSlip(k int32, q *query, p *part) (score int32, how int16, near bool) {
	phonetic := ix.keys.phonetic[k]
	pat, m := q.pattern(phonetic)
	if missing(m, ix.keys.mask[k]) > 1 {
		return 0, -1, false
	}
	i, ok := slipInWord(ix.keys.runes(k), pat)
	if !ok {
		return 0, -1, false
	}
	p.del = q.deletion(phonetic, i, p.del)
	raw := p.m.score(ix.keys.text(k), p.del)
	if raw < minScore(max(len(pat), len(q.plain))-1) {
		return 0, -1, true
	}
	return int32(raw), int16(i + 1), true
}

// slipInWord reports whether p, but for one slip, runs on from the start
// of a word of text, and returns the index of the slipped rune of p.
func slipInWord(text, p []rune) (int, bool) {
	for start := range text {
		if start > 0 && text[start-1] != ' ' {
			continue
		}
		if i, ok := slipAt(text[start:], p); ok {
			return i, true
		}
	}
	return 0, false
}

// slipAt reports whether text starts with p but for one slip at the first
// rune where they differ, i: p[i] typed wrong, p[i] extra, or p[i] and
// p[i+1] swapped. A p that text starts with as it is has no slip.
func slipAt(text, p []rune) (int, bool) {
	i := 0
	for i < len(p) && i < len(text) && p[i] == text[i] {
		i++
	}
	if i == len(p) {
		return 0, false
	}
	rest := p[i+1:]
	switch {
	case hasPrefix(text[min(i+1, len(text)):], rest): // p[i] wrong
	case hasPrefix(text[i:], rest): // p[i] extra
	case i+1 < len(p) && i+1 < len(text) && p[i] == text[i+1] && p[i+1] == text[i] &&
		hasPrefix(text[i+2:], p[i+2:]): // p[i] and p[i+1] swapped
	default:
		return 0, false
	}
	return i, true
}
