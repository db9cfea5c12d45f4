package model

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/junegunn/fzf/src/algo"
	"github.com/junegunn/fzf/src/util"
)

// This file is the only one that knows the matcher is fzf's: the rest of
// the search sees a matcher and matchText, so another algorithm can be
// swapped in here.

// matchText is a folded search key as the matcher reads it: its runes,
// and the bonus fzf gives a match at each of them, worked out once when
// the index is built (fzf works it out on every call).
type matchText struct {
	runes []rune
	bonus []int8
}

// matcher scores a folded pattern against a folded key. Both are lower
// case already, and the pattern is never empty.
type matcher interface {
	// score returns how well pattern matches text, higher is better, and
	// 0 when text does not contain the pattern's runes in order.
	score(text matchText, pattern []rune) int
	// positions returns the indexes in text of the pattern's runes in the
	// best-scoring match, ascending, in a slice of their own; nil when
	// the pattern is not in text.
	positions(text matchText, pattern []rune) []int
}

// fzf's scoring scheme "default", as algo.Init("default") sets it.
const (
	scoreMatch         = 16
	scoreGapStart      = -3
	scoreGapExtension  = -1
	bonusBoundary      = scoreMatch / 2
	bonusNonWord       = scoreMatch / 2
	bonusCamel123      = bonusBoundary + scoreGapExtension
	bonusConsecutive   = -(scoreGapStart + scoreGapExtension)
	bonusFirstChar     = 2 // fzf's bonusFirstCharMultiplier
	bonusBoundaryWhite = bonusBoundary + 2
	bonusBoundaryDelim = bonusBoundary + 1
)

// charClass is fzf's class of a rune, which its bonuses depend on.
type charClass int

const (
	charWhite charClass = iota
	charNonWord
	charDelimiter
	charLower
	charUpper
	charLetter
	charNumber
)

// classOf is fzf's charClassOf, for the default scheme.
func classOf(r rune) charClass {
	switch {
	case 'a' <= r && r <= 'z':
		return charLower
	case 'A' <= r && r <= 'Z':
		return charUpper
	case '0' <= r && r <= '9':
		return charNumber
	case r < utf8.RuneSelf && strings.ContainsRune(" \t\n\v\f\r", r):
		return charWhite
	case r < utf8.RuneSelf && strings.ContainsRune("/,:;|", r):
		return charDelimiter
	case r < utf8.RuneSelf:
		return charNonWord
	case unicode.IsLower(r):
		return charLower
	case unicode.IsUpper(r):
		return charUpper
	case unicode.IsNumber(r):
		return charNumber
	case unicode.IsLetter(r):
		return charLetter
	case unicode.IsSpace(r):
		return charWhite
	}
	return charNonWord
}

// bonusFor is fzf's bonus for a match at a rune of class class after one
// of class prev.
func bonusFor(prev, class charClass) int8 {
	if class > charNonWord {
		switch prev {
		case charWhite:
			return bonusBoundaryWhite
		case charDelimiter:
			return bonusBoundaryDelim
		case charNonWord:
			return bonusBoundary
		}
	}
	if prev == charLower && class == charUpper || prev != charNumber && class == charNumber {
		return bonusCamel123
	}
	switch class {
	case charNonWord, charDelimiter:
		return bonusNonWord
	case charWhite:
		return bonusBoundaryWhite
	}
	return 0
}

// appendBonuses appends the bonus of each rune of a key to dst: the text
// starts after white space, as fzf reads it.
func appendBonuses(dst []int8, runes []rune) []int8 {
	prev := charWhite
	for _, r := range runes {
		class := classOf(r)
		dst = append(dst, bonusFor(prev, class))
		prev = class
	}
	return dst
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
// know. Its scratch memory is reused by every call, so it is not safe for
// concurrent use.
//
// score is fzf's algorithm, line for line, for the way the search calls
// it (case-sensitive, not normalized, forward, without positions), on
// bonuses worked out when the index was built: it gives what fzf gives
// (TestScoreIsFzfs checks), three times as fast on the short keys of a
// search index. positions, and a key too long for the dynamic
// programming, go to fzf itself.
type fzfMatcher struct {
	slab   *util.Slab
	f      []int32
	h, c   []int16
	text   []byte // an ASCII key as bytes, the form fzf reads fastest
	runeCh util.Chars
}

// newFzfMatcher returns a matcher with its own scratch memory.
func newFzfMatcher() *fzfMatcher {
	initFzf.Do(func() { algo.Init("default") })
	return &fzfMatcher{slab: util.MakeSlab(slab16Size, slab32Size)}
}

// score implements matcher.
func (m *fzfMatcher) score(text matchText, pattern []rune) int {
	T, B := text.runes, text.bonus
	M, N := len(pattern), len(T)
	switch {
	case M == 0 || M > N:
		return 0
	case N*M > slab16Size:
		res, _ := algo.FuzzyMatchV2(true, false, true, m.chars(T), pattern, false, m.slab)
		if res.Start < 0 {
			return 0
		}
		return res.Score
	case M == 1:
		return scoreOne(T, B, pattern[0])
	}

	// Phase 1: the first occurrence of each rune of the pattern in order,
	// and the last occurrence of its last rune.
	F := slices.Grow(m.f[:0], M)[:M]
	m.f = F
	pidx := 0
	for i, r := range T {
		if r == pattern[pidx] {
			F[pidx] = int32(i)
			if pidx++; pidx == M {
				break
			}
		}
	}
	if pidx < M {
		return 0
	}
	f0, lastIdx := int(F[0]), int(F[M-1])
	for i := N - 1; i > lastIdx; i-- {
		if T[i] == pattern[M-1] {
			lastIdx = i
			break
		}
	}
	width := lastIdx - f0 + 1
	H := slices.Grow(m.h[:0], width*M)[:width*M]
	C := slices.Grow(m.c[:0], width*M)[:width*M]
	m.h, m.c = H, C

	// Phase 2: the first row, the pattern's first rune.
	pchar0, prevH0, inGap := pattern[0], int16(0), false
	for j, char := range T[f0 : lastIdx+1] {
		if char == pchar0 {
			H[j] = scoreMatch + int16(B[f0+j])*bonusFirstChar
			C[j] = 1
			inGap = false
		} else {
			if inGap {
				H[j] = max(prevH0+scoreGapExtension, 0)
			} else {
				H[j] = max(prevH0+scoreGapStart, 0)
			}
			C[j] = 0
			inGap = true
		}
		prevH0 = H[j]
	}

	// Phase 3: the score matrix, row by row.
	maxScore := int16(0)
	for pidx := 1; pidx < M; pidx++ {
		f := int(F[pidx])
		pchar := pattern[pidx]
		row := pidx * width
		inGap := false
		H[row+f-f0-1] = 0
		for col := f; col <= lastIdx; col++ {
			j := row + col - f0
			var s1, s2, consecutive int16
			if inGap {
				s2 = H[j-1] + scoreGapExtension
			} else {
				s2 = H[j-1] + scoreGapStart
			}
			if pchar == T[col] {
				s1 = H[j-width-1] + scoreMatch
				b := int16(B[col])
				consecutive = C[j-width-1] + 1
				if consecutive > 1 {
					fb := int16(B[col-int(consecutive)+1])
					// Break consecutive chunk
					if b >= bonusBoundary && b > fb {
						consecutive = 1
					} else {
						b = max(b, bonusConsecutive, fb)
					}
				}
				if s1+b < s2 {
					s1 += int16(B[col])
					consecutive = 0
				} else {
					s1 += b
				}
			}
			C[j] = consecutive
			inGap = s1 < s2
			score := max(s1, s2, 0)
			if pidx == M-1 && score > maxScore {
				maxScore = score
			}
			H[j] = score
		}
	}
	return int(maxScore)
}

// scoreOne is fzf's score of a one-rune pattern: its best occurrence,
// the first at a word boundary.
func scoreOne(T []rune, B []int8, p rune) int {
	best := int16(0)
	for i, r := range T {
		if r != p {
			continue
		}
		if s := scoreMatch + int16(B[i])*bonusFirstChar; s > best {
			best = s
			if B[i] >= bonusBoundary {
				break
			}
		}
	}
	return int(best)
}

// positions implements matcher, with fzf itself. fzf returns them last
// first, in a slice it allocates for each call.
func (m *fzfMatcher) positions(text matchText, pattern []rune) []int {
	res, pos := algo.FuzzyMatchV2(true, false, true, m.chars(text.runes), pattern, true, m.slab)
	if res.Start < 0 || pos == nil {
		return nil
	}
	slices.Reverse(*pos)
	return *pos
}

// chars gives fzf a key as it was given before bonuses were worked out
// here: an all-ASCII key (nearly every key, since keys are
// transliterated) as bytes, which fzf rejects fastest, others as runes.
// The result is valid until the next call.
func (m *fzfMatcher) chars(runes []rune) *util.Chars {
	if !isASCIIRunes(runes) {
		m.runeCh = util.RunesToChars(runes)
		return &m.runeCh
	}
	m.text = m.text[:0]
	for _, r := range runes {
		m.text = append(m.text, byte(r))
	}
	m.runeCh = util.ToChars(m.text)
	return &m.runeCh
}

func isASCIIRunes(runes []rune) bool {
	for _, r := range runes {
		if r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
