package search

import (
	"runtime"
	"sync"
)

// partKeys is the fewest keys a goroutine of a scan is started for:
// below it, starting one costs more than it saves. Tests lower it in
// Searcher.partKeys to split small scans too.
const partKeys = 16 << 10

// maxParts bounds the goroutines of a scan; each keeps a matcher of a few
// hundred kilobytes.
const maxParts = 8

// pass is a scan of keys: as typed, or forgiving a slip.
type pass int

const (
	typedPass pass = iota
	typoPass
)

// scan is one pass of a pattern over keys: the pattern, the slots its
// scores go to, stamped, and the lists it fills.
type scan struct {
	p     *pattern
	slots []slot
	stamp uint32
	run   pass
	out   *lists
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
		p.cands, p.hits, p.near = p.cands[:0], p.hits[:0], p.near[:0]
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
		out.near = append(out.near, p.near...)
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
	refs := keys.refs[keys.refStart[k]:keys.refStart[k+1]]
	if len(refs) > fewRefs {
		return false
	}
	for _, r := range refs {
		if se.s.listed[r.city] == a.gen {
			return false
		}
	}
	return true
}

// scanKeys runs scan sc over keys, with the memory of part p.
func (se *Searcher) scanKeys(sc *scan, p *part, keys []int32) {
	if sc.run == typoPass {
		se.typoScan(sc, p, keys)
		return
	}
	ix := se.ix
	for _, k := range keys {
		if se.forNone(k, sc.only) {
			continue
		}
		score := ix.rate(k, sc.p, p.m)
		sc.slots[k] = slot{stamp: sc.stamp, score: score}
		if score != 0 {
			p.cands = append(p.cands, k)
		}
		if score > 0 {
			p.hits = append(p.hits, k)
			f, _ := sc.p.form(ix.keys.phonetic[k])
			sc.slots[k].full = fullMatch(score, ix.keys.runes(k), f)
		}
	}
}

// typoScan runs the typo pass of scan sc on keys, with the memory of
// part p.
func (se *Searcher) typoScan(sc *scan, p *part, keys []int32) {
	for _, k := range keys {
		sl := &sc.slots[k]
		if sl.stamp == sc.stamp && sl.typo != 0 {
			continue // seen already: it is in both candidate lists
		}
		score, how, near := se.ix.rateSlip(k, sc.p, p)
		*sl = slot{stamp: sc.stamp, score: score, typo: how}
		if near {
			p.near = append(p.near, k)
		}
		if score > 0 {
			p.hits = append(p.hits, k)
		}
	}
}
