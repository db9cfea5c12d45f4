package search

import (
	"slices"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
)

// TestFirstLetters checks that the first letter typed lists, from the
// cities' masks, what the keys' refs would list: the same cities with the
// same scores.
func TestFirstLetters(t *testing.T) {
	ix := NewIndex(append(testCities(), syntheticCities(500)...))
	for _, r := range "abcdefghijklmnopqrstuvwxyz0123456789бжщя" {
		got := map[int]int{}
		for _, m := range ix.NewSearcher().Search(string(r), model.EN) {
			got[m.Index] = m.Score
		}
		se := ix.NewSearcher()
		se.s = newScratch(ix)
		se.q.parse(string(r))
		se.s.nextStep()
		sc := &se.s.scan
		*sc = scan{p: &se.q.words[0], run: rowPass, minQ: noLoose, out: &se.s.word}
		se.inParts(ix.allKeys, sc)
		se.collectLast(sc.p, se.s.word.hits, allowed{fresh: true}, false, 0, false)
		se.list(1)
		want := map[int]int{}
		for _, c := range se.s.list {
			want[int(c)] = int(se.s.score[c])
		}
		if len(got) != len(want) {
			t.Errorf("%q lists %d cities; the refs list %d", r, len(got), len(want))
		}
		for c, sc := range want {
			if got[c] != sc {
				t.Errorf("%q: city %d scores %d; the refs give %d", r, c, got[c], sc)
			}
		}
	}
}

// TestStartWeights checks that every weight a source can have is one of
// the weights Index.starts keeps masks for.
func TestStartWeights(t *testing.T) {
	for _, f := range Fields() {
		for _, kind := range []srcKind{partName, partAlias, partRole} {
			if w := (source{field: f, kind: kind}).weight(); !slices.Contains(startWeights[:], w) {
				t.Errorf("a %s of %s weighs %d, which Index.starts has no mask for", []string{"name", "alias", "role"}[kind], f, w)
			}
		}
	}
}
