package search

import "math"

// noLoose is a quality floor no loose match reaches: rate then finds only
// the matches in a row, without the matcher.
const noLoose = math.MaxInt32

// rate scores pattern p, whose forms as bytes are pb (see bytesOf), on
// key k with matcher m: above 0 for a match, -1 for a match below
// minScore (which a longer pattern may still match), 0 for none; and the
// class of the match. A loose match whose quality cannot reach minQ is
// not scored, but is -1 when the pattern's runes are in the key, in
// order; with minQ noLoose, not even that is looked at, and m may be nil.
// It depends on nothing but its arguments and what NewIndex built.
func (ix *Index) rate(k int32, p *pattern, pb *[2][]byte, m matcher, minQ int32) (int32, class) {
	keys := &ix.keys
	km := &keys.meta[k]
	end := keys.meta[k+1].start
	var b []byte
	if km.ascii {
		b = keys.bytes[km.start:end]
	}
	return rateKey(keys.all[km.start:end], b, keys.text(k), km.mask, km.starts, int(km.words), km.phonetic, p, pb, m, minQ)
}

// rateKey is rate for a key given by its runes (and, when it is all
// ASCII, their bytes), its matcher text, masks and number of words, and
// whether it is a phonetic form: for the index's keys, and for a city's
// texts folded again by Explain, which must score them the same.
//
// A match in a row from the start of a word scores the most the matcher
// gives, and wholeWord more where the word ends there; one inside a word
// what the matcher gives those runes there; the initials of every word of
// the key one less than the most. Any other match is loose: the matcher's
// score, and half of it for a scatter of letters.
func rateKey(runes []rune, b []byte, text *matchText, mask, starts uint64, words int, phonetic bool, p *pattern, pb *[2][]byte, m matcher, minQ int32) (int32, class) {
	f, fm := p.form(phonetic)
	if missing(fm, mask) > 0 {
		return 0, loose
	}
	if pb != nil && b != nil {
		if fb := pb[boolIndex(phonetic)]; fb != nil {
			return rateIn(b, fb, f, text, starts, words, phonetic, p, m, minQ)
		}
	}
	return rateIn(runes, f, f, text, starts, words, phonetic, p, m, minQ)
}

// rateIn is rateKey on the key's runes or bytes s, for pattern p's form f
// in the same kind, which is fr in runes, once the masks let it through.
func rateIn[T folds](s, f []T, fr []rune, text *matchText, starts uint64, words int, phonetic bool, p *pattern, m matcher, minQ int32) (int32, class) {
	least := minScore(max(len(f), len(p.plain)))
	switch {
	case maxScore(len(f)) < least:
		// Too short a form to ever count (the phonetic "z" of "zzzz"): not
		// worth scoring, but kept as a candidate, since a longer query's
		// form may be long enough.
		return -1, loose
	case len(f) <= 2 && len(p.plain) <= 2:
		sc := rateShort(s, f, runeMask(f), starts, words, minQ != noLoose)
		switch {
		case sc >= int32(maxScore(len(f))):
			return sc, start
		case minQ == noLoose:
			return 0, loose
		case sc > 0 && p.quality(sc, loose, phonetic, false) < minQ:
			return -1, loose
		}
		return sc, loose
	}
	if sc, c, ok := inRow(s, f); ok && sc >= int32(least) {
		return sc, c
	}
	if words == len(f) && initials(s, f) {
		return int32(maxScore(len(f)) - 1), initial // "knr" for "Китайска народна република"
	}
	switch {
	case minQ == noLoose:
		return 0, loose
	case minQ >= floorFor(fullQuality) && !beginsWord(s, f[0], f[1]),
		minQ > 0 && looseBound(s, f, int(scoreFor(minQ, len(f)))) < int(scoreFor(minQ, len(f))):
		// Not near the most; beside a match from the start of a word, a
		// loose match counts only where it begins a word with the word's
		// first two runes ("obshtina" in "obshtinskata administratsia").
		if inOrder(s, f) {
			return -1, loose
		}
		return 0, loose
	}
	raw, end := m.score(text, fr)
	if raw >= least && scattered(s, f, end) {
		raw /= 2
	}
	switch {
	case raw >= least:
		return int32(raw), loose
	case raw > 0:
		return -1, loose
	}
	return 0, loose
}

// bytesOf returns pattern p's forms as bytes, in the memory of buf, each
// nil when it is not all ASCII, and buf.
func bytesOf(p *pattern, buf []byte) ([2][]byte, []byte) {
	var out [2][]byte
	buf = buf[:0]
	for i, f := range [2][]rune{p.plain, p.phonetic} {
		if !isASCIIRunes(f) {
			continue
		}
		from := len(buf)
		for _, r := range f {
			buf = append(buf, byte(r))
		}
		out[i] = buf[from:len(buf):len(buf)]
	}
	return out, buf
}

// rateShort scores a word of one or two runes, f, whose mask is fm, in
// folded runes whose word starts have the mask starts. Such a word
// counts only where it starts a word: "v" lists the cities with a word
// that begins with v, not every city whose texts contain one, and "it" is
// not in "Municipality". It returns -1 for a key a longer word may still
// match. The runes have words words; without chains, a key whose words
// the pattern neither begins nor is the initials of scores 0.
func rateShort[T folds](runes, f []T, fm, starts uint64, words int, chains bool) int32 {
	if len(f) == 1 && exactMaskRune(f[0]) && missing(fm, starts) == 0 {
		// It starts a word, and the matcher gives that its most.
		return int32(maxScore(1))
	}
	if missing(runeMask(f[:1]), starts) > 0 {
		// Not a match yet, but a candidate for a longer word.
		return -1
	}
	if sc := fromWordStart(runes, f, words, chains); sc > 0 || !chains {
		return max(sc, 0)
	}
	if inOrder(runes, f) {
		return -1 // a candidate for a longer word
	}
	return 0
}

// The matcher's scores (fzf's algo package): a rune scores 16, and a bonus
// for where it is, the first rune of the pattern twice its bonus; a rune
// that runs on from the one before gets at least the bonus of the rune
// its run began with, and at least 4; a gap costs 3, and 1 more for each
// rune after its first.
const (
	scoreRune      = 16
	bonusWordStart = 10 // after a space, or first in the text
	bonusDigits    = 7  // a digit after a letter
	bonusRun       = 4
	gapStart       = 3
	gapRun         = 1
)

// inRow returns the best score of pattern f where its runes are in the
// folded runes one after another, and its class, and reports whether they
// are: the best is from the start of a word, where it ends one.
func inRow[T folds](runes, f []T) (int32, class, bool) {
	at := rowAt(runes, f)
	if at < 0 {
		return 0, loose, false
	}
	sc := rowScore(runes, at, len(f))
	if rowBonus(runes, at) != bonusWordStart {
		return sc, inside, true
	}
	if end := at + len(f); end == len(runes) || runes[end] == ' ' {
		sc += wholeWord // "may" is May before it is "mayor"
	}
	return sc, start, true
}

// rowAt returns where in the folded runes pattern f is best in a row
// (see inRow), or -1 if it is not.
func rowAt[T folds](runes, f []T) int {
	at, best := -1, int32(0)
	for i := 0; i+len(f) <= len(runes); i++ {
		if runes[i] != f[0] || !hasPrefix(runes[i:], f) {
			continue
		}
		sc := rowScore(runes, i, len(f))
		if end := i + len(f); rowBonus(runes, i) == bonusWordStart && (end == len(runes) || runes[end] == ' ') {
			return i
		}
		if at < 0 || sc > best {
			at, best = i, sc
		}
	}
	return at
}

// rowPositions returns where in the folded runes, a key of words words,
// pattern f matches in a row: the runes inRow scores, or the starts of
// the words it is the initials of.
func rowPositions[T folds](runes, f []T, words int) []int {
	var out []int
	if at := rowAt(runes, f); at >= 0 {
		for i := range f {
			out = append(out, at+i)
		}
		return out
	}
	if words == len(f) && initials(runes, f) {
		for i, r := range runes {
			if r != ' ' && (i == 0 || runes[i-1] == ' ') {
				out = append(out, i)
			}
		}
	}
	return out
}

// rowScore is what the matcher gives n runes of runes in a row from i.
func rowScore[T folds](runes []T, i, n int) int32 {
	first := rowBonus(runes, i)
	sc := scoreRune + 2*first
	for j := i + 1; j < i+n; j++ {
		sc += scoreRune + max(rowBonus(runes, j), first, bonusRun)
	}
	return int32(sc)
}

// rowBonus is the matcher's bonus for rune i of folded runes.
func rowBonus[T folds](runes []T, i int) int {
	switch {
	case i == 0 || runes[i-1] == ' ':
		return bonusWordStart
	case isDigit(runes[i]) && !isDigit(runes[i-1]):
		return bonusDigits
	}
	return 0
}

func isDigit[T folds](r T) bool { return '0' <= r && r <= '9' }

// beginsWord reports whether a word of the folded runes begins with x,
// y.
func beginsWord[T folds](runes []T, x, y T) bool {
	for i := 0; i+1 < len(runes); i++ {
		if runes[i] == x && runes[i+1] == y && (i == 0 || runes[i-1] == ' ') {
			return true
		}
	}
	return false
}
