package search

// A loose match can come near the most the matcher gives only in a few
// ways, and looseBound tells most keys apart from those without running
// the matcher. Every match is runs of the pattern's runes, one after
// another in the key, with gaps between them. Against the most (every
// rune starting a word or running on from one that does), a run that
// begins inside a word, where the matcher gives no bonus, loses at least
// its first rune's bonus and its gap, and the first run twice the bonus.
const (
	firstInside = 2 * bonusWordStart        // the pattern's first rune inside a word
	laterInside = bonusWordStart + gapStart // any other run that begins inside a word
)

// looseBound returns a bound of what the matcher gives pattern f, of
// three runes or more, in the folded runes, for a match that only counts
// when it scores floor or more: either the matcher's score is at most
// the bound, or it is below floor.
func looseBound[T folds](runes, f []T, floor int) int {
	most := maxScore(len(f))
	slack := most - floor
	switch {
	case slack >= firstInside:
		return most
	case !bonusRune(runes, f[0]):
		return most - firstInside
	case slack >= laterInside:
		return most
	}
	return most - leastGaps(runes, f)
}

// bonusRune reports whether r is at a place of the folded runes where the
// matcher gives a bonus (see rowBonus).
func bonusRune[T folds](runes []T, r T) bool {
	for i, x := range runes {
		if x == r && rowBonus(runes, i) > 0 {
			return true
		}
	}
	return false
}

// leastGaps returns the least the gaps cost a match of pattern f in the
// folded runes whose runs all begin where the matcher gives a bonus, and
// a cost above any slack when there is none. It reads the runs from
// those places only, a few in a key.
func leastGaps[T folds](runes, f []T) int {
	const none = 1 << 20
	// A state is the pattern matched up to i, its last run ending at e,
	// for what its gaps cost.
	type state struct{ i, e, cost int }
	var states [64]state
	n := 0
	best := none
	for s := range runes {
		if rowBonus(runes, s) == 0 {
			continue
		}
		for i := range f {
			if f[i] != runes[s] {
				continue
			}
			from := none
			if i == 0 {
				from = 0
			}
			for _, st := range states[:n] {
				if st.i != i || st.e > s {
					continue
				}
				c := st.cost
				if st.e < s {
					c += s - st.e - 1 + gapStart
				}
				from = min(from, c)
			}
			if from >= best {
				continue
			}
			for t := 1; s+t <= len(runes) && i+t <= len(f) && runes[s+t-1] == f[i+t-1]; t++ {
				if i+t == len(f) {
					best = min(best, from)
					break
				}
				if n == len(states) {
					return 0 // too many to follow: no bound
				}
				states[n] = state{i: i + t, e: s + t, cost: from}
				n++
			}
		}
	}
	return best
}
