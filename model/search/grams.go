package search

import (
	"math/bits"
	"slices"
)

// grams are postings of the index's keys by runs of three runes: for each
// run, the keys that have it, in key order, so that a word of three runes
// or more is looked for only in the keys that have one of its runs rather
// than in every key. A word's first two runes make a run with the space
// before them (a key's first word has one too), so the keys with a word
// that begins with two given runes are a run's keys as well.
//
// Runs are hashed onto buckets, a few runs to a bucket: a bucket's keys
// are those of all its runs, a superset of any one's, and every key found
// is matched before it counts. That keeps the postings one slice of key
// numbers, and building them two passes over the keys' runes.
type grams struct {
	shift uint    // 64 minus the log2 of the number of buckets
	start []int32 // bucket b's keys are keys[start[b]:start[b+1]]
	keys  []int32
}

// bucket returns the bucket of the run x, y, z in g.
func (g *grams) bucket(x, y, z rune) uint64 {
	h := uint64(uint32(x))<<42 ^ uint64(uint32(y))<<21 ^ uint64(uint32(z))
	return (h * 0x9e3779b97f4a7c15) >> g.shift
}

// find returns the keys that may have the run x, y, z: every key that has
// it, and others whose runs share its bucket.
func (g *grams) find(x, y, z rune) []int32 {
	if g.start == nil {
		return nil
	}
	b := g.bucket(x, y, z)
	return g.keys[g.start[b]:g.start[b+1]]
}

// newGrams makes the postings of keys k: every run of three runes in a
// key whose last two are in a word, the space before a word counting as
// a rune.
func newGrams(k *keys) grams {
	n := k.count()
	size := max(64, 1<<bits.Len(uint(n/2)))
	g := grams{shift: uint(64 - bits.TrailingZeros(uint(size))), start: make([]int32, size+1)}
	last := make([]int32, size) // the key + 1 that a bucket last counted, so a key counts once
	each := func(key int32, visit func(b uint64)) {
		runes := k.runes(key)
		for i := 0; i+1 < len(runes); i++ {
			y, z := runes[i], runes[i+1]
			if y == ' ' || z == ' ' {
				continue
			}
			x := rune(' ')
			if i > 0 {
				x = runes[i-1]
			}
			if b := g.bucket(x, y, z); last[b] != key+1 {
				last[b] = key + 1
				visit(b)
			}
		}
	}
	for key := range int32(n) {
		each(key, func(b uint64) { g.start[b+1]++ })
	}
	for b := 1; b <= size; b++ {
		g.start[b] += g.start[b-1]
	}
	g.keys = make([]int32, g.start[size])
	next := make([]int32, size)
	copy(next, g.start[:size])
	clear(last)
	for key := range int32(n) {
		each(key, func(b uint64) {
			g.keys[next[b]] = key
			next[b]++
		})
	}
	return g
}

// inRun returns the keys that may have pattern f, a word of three runes
// or more, in a row: those that have each of its rarest runs (up to
// maxRuns of them), found in the memory of buf, which it returns too. They
// have every key with f in a row, and only those are then matched.
func (g *grams) inRun(f []rune, buf []int32) ([]int32, []int32) {
	var lists [maxRuns][]int32 // the fewest so far, fewest first
	n := 0
	for i := 0; i+2 < len(f); i++ {
		ks := g.find(f[i], f[i+1], f[i+2])
		switch {
		case n < maxRuns:
			n++
		case len(ks) >= len(lists[n-1]):
			continue
		}
		lists[n-1] = ks
		for j := n - 1; j > 0 && len(lists[j]) < len(lists[j-1]); j-- {
			lists[j], lists[j-1] = lists[j-1], lists[j]
		}
	}
	if n == 1 {
		return lists[0], buf
	}
	buf = intersect(buf[:0], lists[0], lists[1])
	for _, l := range lists[2:n] {
		buf = intersect(buf[:0], buf, l) // in place: the result never outruns the list it reads
	}
	return buf, buf
}

// maxRuns bounds the runs of a word whose keys inRun intersects: merging
// the lists costs a pass over each, and a fourth run rarely leaves fewer
// keys than three do.
const maxRuns = 3

// intersect appends to dst the keys in both sorted lists a and b, in
// order; dst may be a's memory.
func intersect(dst, a, b []int32) []int32 {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			dst = append(dst, a[i])
			i, j = i+1, j+1
		}
	}
	return dst
}

// initialsIndex finds the keys of two words or more by their initials:
// each key is in the bucket of the runes that begin its words, so that a
// word typed as the initials of a name ("knr") finds it without a scan.
type initialsIndex struct {
	shift uint
	start []int32
	keys  []int32
}

// hashInitials hashes the runes that begin the words of runes, or, for
// a pattern, its runes (words false).
func hashInitials(runes []rune, words bool) uint64 {
	h := uint64(14695981039346656037)
	for i, r := range runes {
		if words && (r == ' ' || i > 0 && runes[i-1] != ' ') {
			continue
		}
		h = (h ^ uint64(uint32(r))) * 1099511628211
	}
	return h * 0x9e3779b97f4a7c15
}

// find returns the keys whose initials may be pattern f: every key whose
// initials are f, and others that share its bucket.
func (ii *initialsIndex) find(f []rune) []int32 {
	if ii.start == nil {
		return nil
	}
	b := hashInitials(f, false) >> ii.shift
	return ii.keys[ii.start[b]:ii.start[b+1]]
}

// newInitials makes the initials index of keys k.
func newInitials(k *keys) initialsIndex {
	n := k.count()
	size := max(64, 1<<bits.Len(uint(n/4)))
	ii := initialsIndex{shift: uint(64 - bits.TrailingZeros(uint(size))), start: make([]int32, size+1)}
	bucket := func(key int32) (uint64, bool) {
		if k.meta[key].words < 2 {
			return 0, false
		}
		return hashInitials(k.runes(key), true) >> ii.shift, true
	}
	for key := range int32(n) {
		if b, ok := bucket(key); ok {
			ii.start[b+1]++
		}
	}
	for b := 1; b <= size; b++ {
		ii.start[b] += ii.start[b-1]
	}
	ii.keys = make([]int32, ii.start[size])
	next := make([]int32, size)
	copy(next, ii.start[:size])
	for key := range int32(n) {
		if b, ok := bucket(key); ok {
			ii.keys[next[b]] = key
			next[b]++
		}
	}
	return ii
}

// rowSources returns, in out, lists of keys that together hold every key
// pattern p may match in a row (see rateKey): for each of its forms, the
// keys of its rarest runs (in the memory of bufs) and those whose initials
// it may be. It returns every key when a form is too short to be looked
// up, or the index keeps no postings.
func (ix *Index) rowSources(p *pattern, out [][]int32, bufs *[2][]int32) [][]int32 {
	out = out[:0]
	if ix.grams.start == nil {
		return append(out, ix.allKeys)
	}
	forms := [2][]rune{p.plain, p.phonetic}
	n := 2
	if slices.Equal(p.plain, p.phonetic) {
		n = 1
	}
	for i, f := range forms[:n] {
		switch {
		case len(f) > 2:
			var keys []int32
			keys, bufs[i] = ix.grams.inRun(f, bufs[i])
			out = append(out, keys)
		case len(f) == 2:
			out = append(out, ix.grams.find(' ', f[0], f[1]))
		case len(p.plain) <= 2:
			// One rune, in a row where a word begins with it: no run
			// holds that.
			return append(out[:0], ix.allKeys)
		default:
			continue // one rune of a longer word: never a match
		}
		out = append(out, ix.initials.find(f))
	}
	return out
}

// looseSources returns, in out, lists of keys that together hold every
// key whose loose match of pattern p (see rateKey) may reach quality
// minQ, and reports whether they are every key whose runes p's are in,
// in order. A loose match within minQuality of the most (minQ at least
// floorFor(fullQuality)) counts only in a key with a word that begins
// with the pattern's first two runes, which the postings give. Any other
// is looked for in every key.
//
// When from is not nil and begun, it holds the keys of those postings that
// a loose pass of a pattern that p extends found its runes in.
func (ix *Index) looseSources(p *pattern, minQ int32, from *lists, out [][]int32) ([][]int32, bool) {
	out = out[:0]
	if ix.grams.start == nil || minQ < floorFor(fullQuality) || len(p.plain) < 2 || len(p.phonetic) < 2 {
		return append(out, ix.allKeys), true
	}
	if from != nil && from.begun {
		return append(out, from.cands), false
	}
	out = append(out, ix.grams.find(' ', p.plain[0], p.plain[1]))
	if p.phonetic[0] != p.plain[0] || p.phonetic[1] != p.plain[1] {
		out = append(out, ix.grams.find(' ', p.phonetic[0], p.phonetic[1]))
	}
	return out, false
}
