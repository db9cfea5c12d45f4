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

// inParts runs a pass over keys: on this goroutine alone when they are
// few or there is one processor, else split into consecutive shares, one
// per processor. Each share gets a part of its own, whose lists the pass
// appends to; they are then appended to the search's in the order of the
// keys, so the result does not depend on the split. A pass writes the
// slots of its own keys and nothing else that is shared.
func (se *Searcher) inParts(keys []int32, run pass) {
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
		se.scan(run, &parts[0], keys)
	} else {
		share := (len(keys) + n - 1) / n
		var wg sync.WaitGroup
		for i := 1; i < n; i++ {
			wg.Go(func() { se.scan(run, &parts[i], keys[min(i*share, len(keys)):min((i+1)*share, len(keys))]) })
		}
		se.scan(run, &parts[0], keys[:share])
		wg.Wait()
	}
	for i := range parts {
		p := &parts[i]
		s.cands = append(s.cands, p.cands...)
		s.hits = append(s.hits, p.hits...)
		s.near = append(s.near, p.near...)
	}
}

// scan runs pass run over keys, with the memory of part p.
func (se *Searcher) scan(run pass, p *part, keys []int32) {
	if run == typoPass {
		se.typoScan(p, keys)
		return
	}
	se.typedScan(p, keys)
}
