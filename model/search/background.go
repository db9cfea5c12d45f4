package search

import (
	"sync"

	"github.com/ruse-twins/ruse-twins/model"
)

// Pending is an Index built on a goroutine of its own, so that whoever
// starts it need not wait: the browser's first frame lists every city and
// needs no index, and at tens of thousands of cities building one takes
// longer than everything else before that frame.
//
// Its Searchers answer a blank query at once, listing every city in
// dataset order as a Searcher of the built Index would, and wait for the
// index for any other query. A Pending may be shared like an Index: any
// number of goroutines may make Searchers of it and wait for it.
type Pending struct {
	every    []Match       // what a blank query lists, before the index is ready and after
	done     chan struct{} // closed once ix is set
	ix       *Index
	start    sync.Once
	partners []model.City // to index, until the building starts
}

// NewIndexInBackground starts building the index of partners, in their
// order, and returns at once. It keeps no reference to partners once the
// index is built.
func NewIndexInBackground(partners []model.City) *Pending {
	p := NewIndexLater(partners)
	p.Start()
	return p
}

// NewIndexLater returns the index of partners, in their order, to be
// built in the background from the first call of Start, or of Wait, or
// the first search that needs it: the browser starts it once its first
// frame is drawn, so that on a single core the index does not delay that
// frame.
func NewIndexLater(partners []model.City) *Pending {
	return &Pending{every: everyCity(partners), done: make(chan struct{}), partners: partners}
}

// Start starts building the index, unless it has started already, and
// returns at once.
func (p *Pending) Start() {
	p.start.Do(func() {
		partners := p.partners
		p.partners = nil
		go func() {
			p.ix = build(partners, p.every)
			close(p.done)
		}()
	})
}

// NewSearcher returns a Searcher for one user of the index being built;
// it needs the index only for its first search for something other than
// blanks (see Index.NewSearcher).
func (p *Pending) NewSearcher() *Searcher { return newSearcher(nil, p) }

// Wait returns the index once it is built, starting to build it if that
// has not started yet.
func (p *Pending) Wait() *Index {
	p.Start()
	<-p.done
	return p.ix
}
