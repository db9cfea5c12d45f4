package model

import (
	"math/rand/v2"
	"testing"

	"github.com/junegunn/fzf/src/algo"
)

// reference calls fzf's own FuzzyMatchV2, as the search called it
// before it worked out bonuses itself.
var reference = newFzfMatcher()

// fzfScore is fzf's score of pattern on text.
func fzfScore(text, pattern []rune) int {
	res, _ := algo.FuzzyMatchV2(true, false, true, reference.chars(text), pattern, false, reference.slab)
	if res.Start < 0 {
		return 0
	}
	return res.Score
}

// ourScore is the matcher's score of pattern on text.
func ourScore(m *fzfMatcher, text, pattern []rune) int {
	return m.score(matchText{runes: text, bonus: appendBonuses(nil, text)}, pattern)
}

// randomRunes are runes of the kinds folded keys hold (lower-case Latin,
// digits, spaces, letters of other scripts left as they are) and a few
// that they do not, so that the port is checked beyond what it meets.
var randomRunes = []rune("aaabbceehiinorsstuvz0139   淮南ΩωЖжßİ-_/.,:|\tAZ٣")

func randomText(rng *rand.Rand, n int, from []rune) []rune {
	out := make([]rune, n)
	for i := range out {
		out[i] = from[rng.IntN(len(from))]
	}
	return out
}

// TestScoreIsFzfs checks that the matcher's score, fzf's FuzzyMatchV2 on
// bonuses worked out in advance, is fzf's on random keys and patterns,
// and on every key of an index with the queries the search makes.
func TestScoreIsFzfs(t *testing.T) {
	m := newFzfMatcher()
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200_000 {
		text := randomText(rng, 1+rng.IntN(40), randomRunes)
		var pattern []rune
		if rng.IntN(2) == 0 && len(text) > 2 { // a pattern that is in the text
			for _, r := range text {
				if rng.IntN(3) == 0 {
					pattern = append(pattern, r)
				}
			}
		}
		if len(pattern) == 0 {
			pattern = randomText(rng, 1+rng.IntN(6), randomRunes)
		}
		if got, want := ourScore(m, text, pattern), fzfScore(text, pattern); got != want {
			t.Fatalf("score(%q, %q) = %d, fzf gives %d", string(text), string(pattern), got, want)
		}
	}
	ix := NewIndex(syntheticCities(300))
	for _, q := range []string{"v", "vo", "vol", "sht", "ravo", "1961", "fraance", "ia", "zz"} {
		var s scratch
		s.setQuery(q)
		for k := range int32(ix.keys.count()) {
			for _, p := range [][]rune{s.q.plain, s.q.phonetic} {
				text := ix.keys.runes(k)
				if got, want := m.score(ix.keys.text(k), p), fzfScore(text, p); got != want {
					t.Fatalf("score(%q, %q) = %d, fzf gives %d", string(text), string(p), got, want)
				}
			}
		}
	}
}

// TestScoreLongKey checks a key too long for the dynamic programming,
// which fzf scores greedily.
func TestScoreLongKey(t *testing.T) {
	m := newFzfMatcher()
	rng := rand.New(rand.NewPCG(7, 8))
	text := randomText(rng, 30_000, []rune("abc de"))
	for _, p := range []string{"abcde", "eeeee", "ab"} {
		if got, want := ourScore(m, text, []rune(p)), fzfScore(text, []rune(p)); got != want {
			t.Errorf("score(long, %q) = %d, fzf gives %d", p, got, want)
		}
	}
}

// FuzzScore checks the matcher's score against fzf's on any key and
// pattern.
func FuzzScore(f *testing.F) {
	f.Add("druzhestvo za balgaro kitaysko", "kitay")
	f.Add("sent uan", "sntn")
	f.Add("淮南 huainan", "huai")
	m := newFzfMatcher()
	f.Fuzz(func(t *testing.T, text, pattern string) {
		tr, pr := []rune(text), []rune(pattern)
		if len(pr) == 0 || len(tr) > 2000 {
			return
		}
		if got, want := ourScore(m, tr, pr), fzfScore(tr, pr); got != want {
			t.Fatalf("score(%q, %q) = %d, fzf gives %d", text, pattern, got, want)
		}
	})
}
