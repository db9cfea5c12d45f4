package search

import (
	"runtime"
	"sync"
)

// partKeys is the fewest keys a goroutine of a scan is started for:
// below it, starting one costs more than it saves. Tests lower it in
// Searcher.partKeys to split small scans too.
const partKeys = 4 << 10

// maxParts bounds the goroutines of a scan; each keeps a matcher of a few
// hundred kilobytes.
const maxParts = 8

// pass is a scan of keys: for matches in a row only, for any match as
// typed, or forgiving a slip.
type pass int

const (
	rowPass pass = iota
	typedPass
	typoPass
)

// scan is one pass of a pattern over keys: the pattern, and the lists it
// fills.
type scan struct {
	p    *pattern
	pb   [2][]byte // p's forms as bytes (see bytesOf)
	run  pass
	minQ int32 // the least quality of a loose match worth the matcher (see rate)
	out  *lists
	// only, unless fresh, are the cities the scan is for: a key whose
	// cities are all outside it is not scored (see Searcher.forNone).
	only allowed
}

// inParts runs scan sc over keys: on this goroutine alone when they are
// few or there is one processor, else split into consecutive shares, one
// per processor. Each share gets a part of its own, whose lists the scan
// appends to; they are then appended to the scan's lists in the order of
// the keys, so the result does not depend on the split. A scan writes the
// slots of its own keys and nothing else that is shared.
func (se *Searcher) inParts(keys []int32, sc *scan) {
	s := se.s
	n := min(runtime.GOMAXPROCS(0), maxParts, max(len(keys)/se.partKeys, 1))
	for len(s.parts) < n {
		s.parts = append(s.parts, part{m: newFzfMatcher()})
	}
	parts := s.parts[:n]
	for i := range parts {
		p := &parts[i]
		p.cands, p.hits, p.fhits, p.near, p.rows = p.cands[:0], p.hits[:0], p.fhits[:0], p.near[:0], p.rows[:0]
	}
	if n == 1 {
		se.scanKeys(sc, &parts[0], keys)
	} else {
		share := (len(keys) + n - 1) / n
		var wg sync.WaitGroup
		for i := 1; i < n; i++ {
			wg.Go(func() { se.scanKeys(sc, &parts[i], keys[min(i*share, len(keys)):min((i+1)*share, len(keys))]) })
		}
		se.scanKeys(sc, &parts[0], keys[:share])
		wg.Wait()
	}
	out := sc.out
	for i := range parts {
		p := &parts[i]
		out.cands = append(out.cands, p.cands...)
		out.hits = append(out.hits, p.hits...)
		out.fhits = append(out.fhits, p.fhits...)
		out.near = append(out.near, p.near...)
		out.rows = append(out.rows, p.rows...)
	}
	if sc.run == typoPass {
		out.nearValid = true
	}
	out.filtered = out.filtered || sc.only.few
}

// fewRefs is the most cities a key may have for a scan to look whether
// any of them is one it is for: keys with more, the labels that many
// cities share, are scored whatever, rather than their cities counted.
const fewRefs = 8

// forNone reports whether key k has only a few cities, and none of those
// that a is for, when a is for few (see allowed): no match of it can be
// listed, in this step or any that narrows from it, so it is not worth
// scoring. Once the step before has narrowed the cities to a few, most of
// the keys a longer word could match are other cities'; while it lists
// many, looking costs more than it saves.
func (se *Searcher) forNone(k int32, a allowed) bool {
	if !a.few {
		return false
	}
	keys := &se.ix.keys
	refs := keys.cities(k)
	if len(refs) > fewRefs {
		return false
	}
	for _, r := range refs {
		if a.has(se.s.listed, r.city) {
			return false
		}
	}
	return true
}

// scanKeys runs scan sc over keys, with the memory of part p.
func (se *Searcher) scanKeys(sc *scan, p *part, keys []int32) {
	switch sc.run {
	case rowPass:
		se.rowScan(sc, p, keys)
		return
	case typoPass:
		se.typoScan(sc, p, keys)
		return
	}
	ix := se.ix
	masks := [2]uint64{sc.p.plainMask, sc.p.phoneticMask}
	for _, k := range keys {
		if m := &ix.keys.meta[k]; masks[boolIndex(m.phonetic)]&^m.mask != 0 || se.forNone(k, sc.only) {
			continue // no match, or none that can be listed
		}
		score, c := ix.rate(k, sc.p, &sc.pb, p.m, sc.minQ)
		if score != 0 {
			p.cands = append(p.cands, k)
		}
		if score > 0 {
			p.fhits = append(p.fhits, hit{key: k, score: score, class: c, phonetic: ix.keys.meta[k].phonetic})
		}
	}
}

// rowScan runs the row pass of scan sc on keys, with the memory of part
// p: it scores the matches in a row, and lists in rows every key that has
// the pattern in a row, whatever it scores, for a longer pattern to
// narrow from.
func (se *Searcher) rowScan(sc *scan, p *part, keys []int32) {
	ix := se.ix
	masks := [2]uint64{sc.p.plainMask, sc.p.phoneticMask}
	for _, k := range keys {
		if m := &ix.keys.meta[k]; masks[boolIndex(m.phonetic)]&^m.mask != 0 || se.forNone(k, sc.only) {
			continue
		}
		score, c := ix.rate(k, sc.p, &sc.pb, nil, noLoose)
		switch {
		case c != loose:
			p.rows = append(p.rows, k)
			if score > 0 {
				p.hits = append(p.hits, hit{key: k, score: score, class: c, phonetic: ix.keys.meta[k].phonetic})
			}
		default:
			if f, _ := sc.p.form(ix.keys.meta[k].phonetic); len(f) > 2 && containsRunes(ix.keys.runes(k), f) {
				p.rows = append(p.rows, k)
			}
		}
	}
}

// scanAll runs scan sc over the keys of sorted lists, each once.
func (se *Searcher) scanAll(lists [][]int32, sc *scan) {
	se.inParts(se.s.merge(lists), sc)
}

// typoScan runs the typo pass of scan sc on keys, with the memory of
// part p.
func (se *Searcher) typoScan(sc *scan, p *part, keys []int32) {
	for _, k := range keys {
		score, how, near := se.ix.rateSlip(k, sc.p, p)
		if near {
			p.near = append(p.near, k)
		}
		if score > 0 {
			p.fhits = append(p.fhits, hit{key: k, score: score, typo: how, phonetic: se.ix.keys.meta[k].phonetic})
		}
	}
}
