package search

// Weights of a match, in eighths of the matcher's score. A phonetic match
// is a guess about spelling and a typo one a guess about a slip, so each
// costs a little; where the match is (a name, a country, a role) weighs
// it too (see source.weight), so that a city named by the query comes
// before cities that merely mention it.
const (
	fullWeight   = 8
	phoneticCost = 1
	typoCost     = 2
)

// minScore is the least matcher score that counts as a match of a word
// of n runes. The matcher gives a rune 16, plus a bonus for starting a
// word or running on from the rune before, minus a penalty for each gap; a
// word typed from the start of a word earns about 26 a rune, and one from
// the middle of a word about 20. A word scattered over a long text earns
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
// n is the length of the word as typed, even when the pattern is shorter
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

// wholeWord is what a pattern typed as a whole word of a key earns above
// one that only begins a word: the city with a month May comes before the
// cities with a mayor. It orders results and nothing else: while a word is
// being typed, every word it begins is as good a match (see quality).
const wholeWord = 8

// rate scores pattern p on key k with matcher m: above 0 for a match, -1
// for a match below minScore (which a longer pattern may still match), 0
// for none. It depends on nothing but its arguments and what NewIndex
// built.
func (ix *Index) rate(k int32, p *pattern, m matcher) int32 {
	keys := &ix.keys
	return rateRunes(keys.runes(k), keys.text(k), keys.mask[k], keys.starts[k], int(keys.words[k]), keys.phonetic[k], p, m)
}

// rateRunes is rate for a key given by its runes, its matcher text,
// masks and number of words, and whether it is a phonetic form: for the
// index's keys, and for a city's texts folded again by Explain, which
// must score them the same.
func rateRunes(runes []rune, text *matchText, mask, starts uint64, words int, phonetic bool, p *pattern, m matcher) int32 {
	f, fm := p.form(phonetic)
	if missing(fm, mask) > 0 {
		return 0
	}
	least := minScore(max(len(f), len(p.plain)))
	switch {
	case maxScore(len(f)) < least:
		// Too short a form to ever count (the phonetic "z" of "zzzz"): not
		// worth scoring, but kept as a candidate, since a longer query's
		// form may be long enough.
		return -1
	case len(f) <= 2 && len(p.plain) <= 2:
		// A word of one or two letters counts only where it starts a word:
		// "v" lists the cities with a word that begins with v, not every
		// city whose texts contain one, and "it" is not in "Municipality".
		if len(f) == 1 && exactMaskRune(f[0]) && missing(fm, starts) == 0 {
			// It starts a word, and the matcher gives that its most.
			return int32(maxScore(1))
		}
		if missing(runeMask(f[:1]), starts) > 0 {
			// Not a match yet, but a candidate for a longer word.
			return -1
		}
		if sc := fromWordStart(runes, f); sc > 0 {
			return sc
		}
		if inOrder(runes, f) {
			return -1 // a candidate for a longer word
		}
		return 0
	}
	raw, end := m.score(text, f)
	switch {
	case raw >= maxScore(len(f)):
		if end == len(runes) || runes[end] == ' ' {
			raw += wholeWord // "may" is May before it is "mayor"
		}
	case raw < least:
	case words == len(f) && initials(runes, f):
		raw = maxScore(len(f)) - 1 // "knr" for "Китайска народна република"
	case scattered(runes, f, end):
		raw /= 2
	}
	switch {
	case raw >= least:
		return int32(raw)
	case raw > 0:
		return -1
	}
	return 0
}

// inOrder reports whether the runes of f are in the folded runes, in
// order: whether a fuzzy match is possible at all.
func inOrder(runes, f []rune) bool {
	j := 0
	for _, r := range runes {
		if j < len(f) && r == f[j] {
			j++
		}
	}
	return j == len(f)
}

// fromWordStart scores a pattern of one or two runes as the matcher
// would, counting only the matches that start words: the first rune at
// the start of a word, and the second right after it (a word begun) or at
// the start of a later word (initials, of a first word of two letters or
// more; best as every word's, an acronym such as "it" for "information
// technology"). It returns -1 when there is none, since a longer pattern
// may still match.
func fromWordStart(runes, f []rune) int32 {
	const (
		boundary = 10 // the matcher's bonus at the start of a word
		gapStart = 3  // and its penalties for a gap
		gapRun   = 1
	)
	if len(f) == 2 && initials(runes, f) {
		return int32(maxScore(2))
	}
	best := int32(-1)
	for i, r := range runes {
		if r != f[0] || i > 0 && runes[i-1] != ' ' {
			continue
		}
		if len(f) == 1 || i+1 < len(runes) && runes[i+1] == f[1] {
			if end := i + len(f); end == len(runes) || runes[end] == ' ' {
				return int32(maxScore(len(f)) + wholeWord)
			}
			best = int32(maxScore(len(f)))
			continue
		}
		if i+1 == len(runes) || runes[i+1] == ' ' {
			// A word of one letter, as a preposition often is: "в о"
			// begins a phrase, not an abbreviation of one.
			continue
		}
		for j := i + 2; j < len(runes); j++ {
			if runes[j] == f[1] && runes[j-1] == ' ' {
				best = max(best, int32(maxScore(2))-gapStart-int32(j-i-2)*gapRun)
				break
			}
		}
	}
	return best
}

// wordStartPositions returns where in the folded runes fromWordStart
// finds a pattern of one or two runes: the initials of every word, or the
// first word begun with it, or else the first word starting with its
// first rune followed by a word starting with its second.
func wordStartPositions(runes, f []rune) []int {
	if len(f) == 2 && initials(runes, f) {
		var at []int
		for i := range runes {
			if runes[i] != ' ' && (i == 0 || runes[i-1] == ' ') {
				at = append(at, i)
			}
		}
		return at
	}
	var chain []int
	for i, r := range runes {
		if r != f[0] || i > 0 && runes[i-1] != ' ' {
			continue
		}
		if len(f) == 1 {
			return []int{i}
		}
		if i+1 < len(runes) && runes[i+1] == f[1] {
			return []int{i, i + 1}
		}
		for j := i + 2; chain == nil && i+1 < len(runes) && runes[i+1] != ' ' && j < len(runes); j++ {
			if runes[j] == f[1] && runes[j-1] == ' ' {
				chain = []int{i, j}
			}
		}
	}
	return chain
}

// initials reports whether pattern f is the initials of every word of
// the folded runes, as "knr" is of "kitayska narodna republika": an
// acronym, typed as the name it stands for.
func initials(runes, f []rune) bool {
	if len(f) < 2 {
		return false
	}
	n := 0
	for i, r := range runes {
		if r == ' ' || i > 0 && runes[i-1] != ' ' {
			continue
		}
		if n == len(f) || f[n] != r {
			return false
		}
		n++
	}
	return n == len(f)
}

// scattered reports whether pattern f, whose best match in the folded
// runes ends at end, is only a coincidence of letters: not in a row
// anywhere, and with even its tightest match that ends there starting
// inside a word ("china" in "sCHool IN Athens") or spread far wider than
// the pattern ("trau" in "TRAnsgranichno satrUdnichestvo"). A word typed
// across words ("sentuan" for "sent uan") or with a letter left out
// ("simferpol") is neither. Such a match scores half.
func scattered(runes, f []rune, end int) bool {
	if containsRunes(runes, f) {
		return false
	}
	start, j := end, len(f)-1
	for i := end - 1; i >= 0 && j >= 0; i-- {
		if runes[i] == f[j] {
			start, j = i, j-1
		}
	}
	if j >= 0 {
		return false // not the match the matcher found; leave it be
	}
	return start > 0 && runes[start-1] != ' ' || end-start > len(f)+len(f)/2+2
}

// containsRunes reports whether sub is in s, in a row.
func containsRunes(s, sub []rune) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i] == sub[0] && hasPrefix(s[i:], sub) {
			return true
		}
	}
	return false
}

// exactMaskRune reports whether r has a bit of runeMask to itself, so
// that a mask says for certain whether r is there.
func exactMaskRune(r rune) bool { return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' }

// weigh turns a key's score into a city's, through the weight of the
// city's source of the key and how the key was matched.
func weigh(sc int32, weight int32, phonetic, typo bool) int32 {
	w := weight
	if phonetic {
		w -= phoneticCost
	}
	if typo {
		w -= typoCost
	}
	return sc * w / fullWeight
}

// Quality is how close a key's score comes to the most the matcher could
// give the pattern it scored, in 1024ths (fullQuality): all of it for a
// word typed from the start of a word of the key, less for one with gaps.
// A pattern found in a row inside a word ("grad" in "volgograd") is as
// good as typed: it is in the text as it was typed, whatever the
// matcher's bonuses for where it starts. Quality compares how well one
// word matched different cities, whatever the fields it matched in (see
// slot.quality and minQuality).

// fullMatch reports whether pattern f, scoring score in the folded runes
// of a key, is in them as typed: from the start of a word, or in a row.
func fullMatch(score int32, runes, f []rune) bool {
	return score >= int32(maxScore(len(f))) || len(f) > 2 && containsRunes(runes, f)
}

// fullQuality is the quality of a word typed as a key has it.
const fullQuality = 1024

// minQuality is the least quality, in twentieths of the best quality a
// word reached in any city, that a city's match of the word needs to be
// listed: when a word is typed in full somewhere, it drags none of its
// looser matches along ("China" names Huainan's country, and is no more
// than a scatter of letters in "sCHool IN Athens", Peristeri's).
const minQuality = 19

// wordCount counts the words of folded runes, as far as 255.
func wordCount(runes []rune) uint8 {
	n := 0
	for i, r := range runes {
		if r != ' ' && (i == 0 || runes[i-1] == ' ') {
			n++
		}
	}
	return uint8(min(n, 255))
}
