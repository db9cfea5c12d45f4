package search

import (
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/junegunn/fzf/src/algo"
	"github.com/junegunn/fzf/src/util"
)

// This file is the only one that knows the matcher is fzf's: the rest of
// the search sees a matcher and matchText, so another algorithm can be
// swapped in here.

// matchText is a folded search key prepared once, when the index is built,
// in the form the matcher reads fastest.
type matchText = util.Chars

// newMatchTexts prepares the folded runes of every key for matching: key
// i's runes are all[meta[i].start:meta[i+1].start], and, when it is all
// ASCII (nearly every key, since keys are transliterated), its bytes are
// in bytes at the same places, which lets fzf reject a non-matching key
// with a byte search before any scoring.
func newMatchTexts(all []rune, bytes []byte, meta []keyMeta) []matchText {
	texts := make([]matchText, len(meta)-1)
	for i := range texts {
		from, to := meta[i].start, meta[i+1].start
		if !meta[i].ascii {
			texts[i] = util.RunesToChars(all[from:to])
			continue
		}
		texts[i] = util.ToChars(bytes[from:to:to])
	}
	return texts
}

// runesText prepares folded runes for the matcher without copying them:
// the same scores as newMatchTexts's, for texts folded once and dropped.
func runesText(runes []rune) matchText { return util.RunesToChars(runes) }

func isASCIIRunes(runes []rune) bool {
	for _, r := range runes {
		if r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// matcher scores a folded pattern against a folded key. Both are lower
// case already, and the pattern is never empty.
type matcher interface {
	// score returns how well pattern matches text, higher is better, and
	// 0 when text does not contain the pattern's runes in order; and the
	// index in text just after the last rune of the best match.
	score(text *matchText, pattern []rune) (score, end int)
	// positions returns the indexes in text of the pattern's runes in the
	// best-scoring match, ascending, in a slice of their own; nil when
	// the pattern is not in text.
	positions(text *matchText, pattern []rune) []int
}

// Scratch sizes of fzf's matcher. fzf sizes its slab at 100K int16s and
// scores with its greedy algorithm when key length × pattern length is
// above the slab's capacity; slab16Size keeps that bound. Below it a
// matcher's slab grows to what its longest key and pattern have needed
// (3n + 2nm int16s and n + m int32s for a key of n runes and a pattern of
// m), so that the few short keys of a real dataset cost kilobytes, not
// the 400 KB of two full slabs, while the scores stay fzf's own.
const (
	slab16Size = 100 * 1024
	slab32Size = 2048
)

// initFzf sets fzf's scoring scheme, a package-level table in fzf, once.
var initFzf sync.Once

// fzfMatcher is fzf's FuzzyMatchV2: the Smith-Waterman-like scoring that
// prefers word starts and consecutive runs, as in the fzf finder people
// know. Its slab is reused by every call, so it is not safe for concurrent
// use.
type fzfMatcher struct {
	slab util.Slab
}

// newFzfMatcher returns a matcher with its own scratch memory, empty until
// it scores.
func newFzfMatcher() *fzfMatcher {
	initFzf.Do(func() { algo.Init("default") })
	return &fzfMatcher{}
}

// scratch returns the slab for scoring pattern against text, grown first
// when it is smaller than the call needs (fzf takes a slice of the slab
// only when it has room to spare) and than fzf's own size.
func (m *fzfMatcher) scratch(text *matchText, pattern []rune) *util.Slab {
	n, p := text.Length(), len(pattern)
	m.slab.I16 = grown(m.slab.I16, need16(n, p), slab16Size)
	m.slab.I32 = grown(m.slab.I32, n+p+1, slab32Size)
	return &m.slab
}

// need16 is how many int16s of the slab fzf takes to score a pattern of p
// runes against a key of n: three rows of n and two matrices of n × p,
// and the one more its test for room wants.
func need16(n, p int) int { return 3*n + 2*n*p + 1 }

// grown returns s when it holds want elements or limit, and otherwise a
// new slice of at least want and twice s, but not more than limit.
func grown[T int16 | int32](s []T, want, limit int) []T {
	want = min(want, limit)
	if len(s) >= want {
		return s
	}
	return make([]T, min(max(want, 2*len(s)), limit))
}

// score implements matcher.
func (m *fzfMatcher) score(text *matchText, pattern []rune) (int, int) {
	res, _ := algo.FuzzyMatchV2(true, false, true, text, pattern, false, m.scratch(text, pattern))
	if res.Start < 0 {
		return 0, 0
	}
	return res.Score, res.End
}

// positions implements matcher. fzf returns them last first, in a slice
// it allocates for each call. Its backtrace reads cells of the score
// matrix that this call did not write, so between equal-scoring runs it
// picks by what an earlier call left in the slab; the slab is cleared
// first, so that a row lights up the same runes whatever was searched
// before. Scores and ends do not read those cells.
func (m *fzfMatcher) positions(text *matchText, pattern []rune) []int {
	slab := m.scratch(text, pattern)
	clear(slab.I16[:min(need16(text.Length(), len(pattern)), len(slab.I16))])
	res, pos := algo.FuzzyMatchV2(true, false, true, text, pattern, true, slab)
	if res.Start < 0 || pos == nil {
		return nil
	}
	slices.Reverse(*pos)
	return *pos
}
