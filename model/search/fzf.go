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

// Scratch sizes of fzf's matcher, as fzf itself uses them: the int16 slab
// bounds key length × pattern length before fzf falls back to its greedy
// algorithm, the int32 one key length + pattern length before it allocates.
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
	slab *util.Slab
}

// newFzfMatcher returns a matcher with its own scratch memory.
func newFzfMatcher() *fzfMatcher {
	initFzf.Do(func() { algo.Init("default") })
	return &fzfMatcher{slab: util.MakeSlab(slab16Size, slab32Size)}
}

// score implements matcher.
func (m *fzfMatcher) score(text *matchText, pattern []rune) (int, int) {
	res, _ := algo.FuzzyMatchV2(true, false, true, text, pattern, false, m.slab)
	if res.Start < 0 {
		return 0, 0
	}
	return res.Score, res.End
}

// positions implements matcher. fzf returns them last first, in a slice
// it allocates for each call.
func (m *fzfMatcher) positions(text *matchText, pattern []rune) []int {
	res, pos := algo.FuzzyMatchV2(true, false, true, text, pattern, true, m.slab)
	if res.Start < 0 || pos == nil {
		return nil
	}
	slices.Reverse(*pos)
	return *pos
}
