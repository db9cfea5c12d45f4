package search

// minTypoQuery is the shortest word whose slips are forgiven, as long as
// the shortest names people mistype: with fewer runes, one slip makes a
// different word ("paris" is one slip from "peris" of Peristeri), and a
// word of one or two letters is a different word with any slip at all.
const minTypoQuery = 6

// maxTypoQuery bounds the typo pass: a word this long is pasted, not
// typed.
const maxTypoQuery = 32

// A slip is a rune typed wrong, an extra rune, or two neighbours swapped,
// in a word that otherwise runs on from the start of a word of a key
// ("volgogard" for Volgograd, "frnace" for France). A missing rune needs
// no forgiving, since fuzzy matching skips runes of the text. A word that
// finds something as typed is taken as typed: forgiving slips there too
// would bury what was meant under near misses. The typo pass of a word is
// run only when nothing was found as typed.

// rateSlip looks for pattern p with one slip in key k, with the matcher
// and buffer of part q. The matcher then scores the pattern without the
// slipped rune, which runs on in the key but for one gap. It returns that
// score (0 when too low or none), -1 when nothing was found or i+1 when
// the slip was rune i, and whether the key is near the pattern: within
// one slip of it, so that a longer pattern may be too.
func (ix *Index) rateSlip(k int32, p *pattern, q *part) (score int32, how int16, near bool) {
	keys := &ix.keys
	return rateSlipRunes(keys.runes(k), keys.text(k), keys.meta[k].mask, keys.meta[k].phonetic, p, q)
}

// rateSlipRunes is rateSlip for a key given by its runes, matcher text,
// mask and form (see rateKey).
func rateSlipRunes(runes []rune, text *matchText, mask uint64, phonetic bool, p *pattern, q *part) (score int32, how int16, near bool) {
	f, m := p.form(phonetic)
	if missing(m, mask) > 1 {
		return 0, -1, false
	}
	i, ok := slipInWord(runes, f)
	if !ok {
		return 0, -1, false
	}
	q.del = p.deletion(phonetic, i, q.del)
	raw, _ := q.m.score(text, q.del)
	if raw < minScore(max(len(f), len(p.plain))-1) {
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
