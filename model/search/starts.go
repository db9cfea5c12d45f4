package search

// inOrder reports whether the runes of f are in the folded runes, in
// order: whether a fuzzy match is possible at all.
func inOrder[T folds](runes, f []T) bool {
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
// may still match. The runes have words words; without chains, it looks
// only for words begun with the pattern and initials.
func fromWordStart[T folds](runes, f []T, words int, chains bool) int32 {
	if len(f) == 2 && words == 2 && initials(runes, f) {
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
		if !chains || i+1 == len(runes) || runes[i+1] == ' ' {
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
func wordStartPositions[T folds](runes, f []T) []int {
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
func initials[T folds](runes, f []T) bool {
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
func scattered[T folds](runes, f []T, end int) bool {
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
func containsRunes[T folds](s, sub []T) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i] == sub[0] && hasPrefix(s[i:], sub) {
			return true
		}
	}
	return false
}

// exactMaskRune reports whether r has a bit of runeMask to itself, so
// that a mask says for certain whether r is there.
func exactMaskRune[T folds](r T) bool { return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' }
