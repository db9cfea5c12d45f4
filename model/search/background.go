package search

import "github.com/ruse-twins/ruse-twins/model"

// Pending is an Index being built on a goroutine of its own, so that
// whoever starts it need not wait: the browser's first frame lists every
// city and needs no index, and at tens of thousands of cities building
// one takes longer than everything else before that frame.
//
// Its Searchers answer a blank query at once, listing every city in
// dataset order as a Searcher of the built Index would, and wait for the
// index for any other query. A Pending may be shared like an Index: any
// number of goroutines may make Searchers of it and wait for it.
type Pending struct {
	every []Match       // what a blank query lists, before the index is ready and after
	done  chan struct{} // closed once ix is set
	ix    *Index
}

// NewIndexInBackground starts building the index of partners, in their
// order, and returns at once. It keeps no reference to partners.
func NewIndexInBackground(partners []model.City) *Pending {
	p := &Pending{every: everyCity(partners), done: make(chan struct{})}
	go func() {
		p.ix = build(partners, p.every)
		close(p.done)
	}()
	return p
}

// NewSearcher returns a Searcher for one user of the index being built;
// it needs the index only for its first search for something other than
// blanks (see Index.NewSearcher).
func (p *Pending) NewSearcher() *Searcher { return newSearcher(nil, p) }

// Wait returns the index once it is built.
func (p *Pending) Wait() *Index {
	<-p.done
	return p.ix
}
