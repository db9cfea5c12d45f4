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

// class is how a key matches a word, best last: with gaps (the
// matcher's), as the initials of the key's words ("knr"), in a row inside
// a word ("grad" in "volgograd"), or in a row from the start of a word,
// which a word of one or two runes needs (see rateKey).
type class uint8

const (
	loose class = iota
	initial
	inside
	start
)

// Quality is how well a key matches a word, whatever the field: the
// matcher's score of a loose match in 1024ths of the most it could give
// the word (fullQuality), and fixed qualities for the other classes. A
// word typed from the start of a word has full quality, and drags along
// only the loose matches that come within minQuality of it: a letter left
// out ("obshtin·a" in "obshtinskata administratsia"), not a scatter of
// letters ("sCHool IN Athens" for "china"). A word of three runes inside
// a word is as good as at the start of one: three runes are where a
// word begins to be found inside others ("gra" in "Volgograd"). A longer
// one inside a word ("sport" in "transport"), like initials, is just
// below that bar: where no city has the word from the start of a word,
// the cities that have it inside one come first.
const (
	fullQuality   = 1024
	insideQuality = (fullQuality*minQuality - 1) / 20
)

// minQuality is the least quality, in twentieths of the best quality a
// word reached in any city it may list, that a city's match of the word
// needs to be listed.
const minQuality = 19

// quality is the quality of a match of pattern p of class c scoring
// score, in a phonetic form or not, forgiving a slip or not.
func (p *pattern) quality(score int32, c class, phonetic, slip bool) int32 {
	switch {
	case c == start, c == inside && len(p.plain) == 3:
		return fullQuality
	case c != loose:
		return insideQuality
	}
	f, _ := p.form(phonetic)
	n := len(f)
	if slip {
		n--
	}
	return score * fullQuality / int32(maxScore(n))
}

// floorFor returns the least quality a match needs to be listed beside
// the best quality best.
func floorFor(best int32) int32 { return (minQuality*best + 19) / 20 }

// scoreFor returns the least score of a loose match of a pattern of n
// runes whose quality reaches q.
func scoreFor(q int32, n int) int32 {
	return int32((int(q)*maxScore(n) + fullQuality - 1) / fullQuality)
}

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
