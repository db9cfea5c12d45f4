package model

// highlight sets each match's Positions: the runes of the displayed name
// that the query matched, when it matched that name. All of them share one
// slice, so a search allocates for its positions once, not once a match.
func (ix *Index) highlight(out []Match, lang Lang) {
	hits := 0
	for _, m := range out {
		if _, ok := ix.shownMatch(m.Index, lang); ok {
			hits++
		}
	}
	if hits == 0 {
		return
	}
	width := max(len(ix.s.plain.runes), len(ix.s.phonetic.runes))
	buf := make([]int, 0, hits*width)
	for i := range out {
		sk, ok := ix.shownMatch(out[i].Index, lang)
		if !ok {
			continue
		}
		start := len(buf)
		buf = ix.positions(sk, buf)
		out[i].Positions = buf[start:len(buf):len(buf)]
	}
}

// shownMatch returns the form of city i's name in lang that the query
// matched best, if any did.
func (ix *Index) shownMatch(i int, lang Lang) (shownKey, bool) {
	s := &ix.s
	var best shownKey
	bestScore := int32(0)
	for _, sk := range ix.cities[i].shown[lang] {
		if sl := s.slots[sk.key]; sl.stamp == s.gen && sl.score > bestScore {
			best, bestScore = sk, sl.score
		}
	}
	return best, bestScore > 0
}

// positions appends the runes of the name that the query matched in its
// folded form sk, mapped back through sk's origins. The origins never
// decrease, so the runes come out ascending; several folded runes from one
// rune of the name ("sht" from "щ") count once.
func (ix *Index) positions(sk shownKey, dst []int) []int {
	s := &ix.s
	phonetic := ix.keys.phonetic[sk.key]
	p, _ := s.pattern(phonetic)
	if how := s.slots[sk.key].typo; how > 0 {
		p = s.deletion(phonetic, int(how-1))
	}
	s.pos = ix.match.positions(&ix.keys.text[sk.key], p, s.pos[:0])
	start := len(dst)
	for _, at := range s.pos {
		r := int(sk.origin[at])
		if len(dst) > start && dst[len(dst)-1] == r {
			continue
		}
		dst = append(dst, r)
	}
	return dst
}
