package search

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/junegunn/fzf/src/algo"
	"github.com/junegunn/fzf/src/util"
)

// TestGrownSlabScoresAsFzf checks that a matcher whose slab grows as keys
// need it scores and ends every match exactly as fzf does with its own
// full-size slab, reused, for keys and patterns of every length: short
// ones, and ones whose product passes the slab's 100K bound, where fzf
// switches to its greedy algorithm; and that it places the matched runes as
// fzf does with a clean slab, whatever it matched before (fzf, its slab
// reused, may not).
func TestGrownSlabScoresAsFzf(t *testing.T) {
	initFzf.Do(func() { algo.Init("default") })
	rng := rand.New(rand.NewPCG(16, 1))
	alphabet := []rune("abcdefghij klmnoprst-.щжюяéü")
	full := util.MakeSlab(slab16Size, slab32Size)
	reused := newFzfMatcher()
	for i := range 3000 {
		n := 1 + rng.IntN(40)
		if i%10 == 0 {
			n = 1 + rng.IntN(2500)
		}
		text := make([]rune, n)
		for j := range text {
			text[j] = alphabet[rng.IntN(len(alphabet))]
		}
		m := 1 + rng.IntN(min(n, 64))
		var pattern []rune
		if rng.IntN(2) == 0 { // a subsequence of the text: a match
			for _, j := range rng.Perm(n)[:m] {
				pattern = append(pattern, text[j])
			}
			slices.Sort(pattern) // any order of runes; sorting is as random
		} else {
			for range m {
				pattern = append(pattern, alphabet[rng.IntN(len(alphabet))])
			}
		}
		chars := util.RunesToChars(text)
		want, _ := algo.FuzzyMatchV2(true, false, true, &chars, pattern, true, full)
		clean, wantPos := algo.FuzzyMatchV2(true, false, true, &chars, pattern, true, util.MakeSlab(slab16Size, slab32Size))
		if clean.Score != want.Score || clean.End != want.End {
			t.Fatalf("fzf scores %q in %q %v with its slab reused, %v with a clean one", string(pattern), string(text), want, clean)
		}
		for name, fm := range map[string]*fzfMatcher{"fresh": newFzfMatcher(), "reused": reused} {
			score, end := fm.score(&chars, pattern)
			pos := fm.positions(&chars, pattern)
			wantScore, wantEnd := want.Score, want.End
			if want.Start < 0 {
				wantScore, wantEnd = 0, 0
			}
			var wp []int
			if want.Start >= 0 && wantPos != nil {
				wp = slices.Clone(*wantPos)
				slices.Reverse(wp)
			}
			if score != wantScore || end != wantEnd || !slices.Equal(pos, wp) {
				t.Fatalf("%s matcher, key of %d runes, pattern %q: score %d end %d positions %v; fzf's %d %d %v",
					name, n, string(pattern), score, end, pos, wantScore, wantEnd, wp)
			}
		}
	}
}

// TestSlabIsTheSizeOfItsKeys checks that a matcher holds scratch for the
// keys it has scored, not fzf's full 200 KB slab: after a word of six
// runes against keys of up to 40, under 4 KB.
func TestSlabIsTheSizeOfItsKeys(t *testing.T) {
	m := newFzfMatcher()
	pattern := []rune("volgog")
	for _, key := range []string{"volgograd", "волгоград", "stalingrad", "tsaritsyn volgograd oblast russia", "a"} {
		chars := util.RunesToChars([]rune(key))
		m.score(&chars, pattern)
		m.positions(&chars, pattern)
	}
	if held := 2*cap(m.slab.I16) + 4*cap(m.slab.I32); held > 4<<10 {
		t.Errorf("the slab holds %d bytes after keys of up to 40 runes", held)
	}
	long := util.RunesToChars(make([]rune, 20000))
	m.score(&long, pattern)
	if got := cap(m.slab.I16); got != slab16Size {
		t.Errorf("after a key of 20000 runes the slab holds %d int16s, want fzf's %d", got, slab16Size)
	}
}
