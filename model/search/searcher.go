package search

import "github.com/ruse-twins/ruse-twins/model"

// Searcher searches an Index for one user. It owns what a search writes:
// the folded query, what it remembers of the previous query (so that
// typing one more rune only rescores what the shorter query found), and
// the scratch memory that lets a keystroke allocate almost nothing. That
// memory grows with the index (a slot for every key, a score for every
// city), so it is allocated on the first search for something other than
// blanks: a Searcher that has only listed every city costs a few hundred
// bytes.
//
// Concurrency: a Searcher is not safe for concurrent use. Call Search
// from one goroutine at a time (a bubbletea program's update loop does),
// and give each user or goroutine a Searcher of its own; any number of
// them may share one Index. A search over many keys splits its scan
// across up to GOMAXPROCS goroutines of its own and returns when they are
// done. Match.Positions is safe from any goroutine, during or after later
// searches.
//
// Searchers are made by Index.NewSearcher and Pending.NewSearcher; the
// zero Searcher searches nothing.
type Searcher struct {
	ix      *Index   // nil until pending has built it
	pending *Pending // the index being built, for a Searcher made before it was ready

	folded, phonetic folded // the query's folded forms, without spaces
	q                query  // their runes and masks

	// When a query only adds runes to the previous one, as typing does,
	// only the keys the previous query matched at all can match it: see
	// scratch.prevCands.
	prevPlain, prevPhonetic []rune
	narrow                  bool

	s        *scratch // nil until the first search for something
	partKeys int      // the fewest keys a part of a scan is started for
}

// newSearcher returns an idle Searcher of ix, or of the index pending
// builds.
func newSearcher(ix *Index, pending *Pending) *Searcher {
	return &Searcher{ix: ix, pending: pending, partKeys: partKeys}
}

// Search returns the partner cities that query finds, in lang's forms of
// their names for the highlights. Matches come best first, equal scores
// in dataset order, in a slice that is the caller's. A query of nothing
// but spaces and punctuation lists every city, in dataset order,
// unscored, in one slice that every Searcher of the index returns: read
// it, never change it. Search is not safe for concurrent use (see
// Searcher).
func (se *Searcher) Search(query string, lang model.Lang) []Match {
	if lang != model.BG {
		lang = model.EN
	}
	if !se.setQuery(query) {
		return se.all()
	}
	if se.index() == nil {
		return nil
	}
	if se.s == nil {
		se.s = newScratch(se.ix)
	}
	se.s.next()
	return se.search(lang)
}

// index returns the index searched, waiting for it while it is being
// built.
func (se *Searcher) index() *Index {
	if se.ix == nil && se.pending != nil {
		se.ix = se.pending.Wait()
	}
	return se.ix
}

// all lists every city in order, unscored and unhighlighted, without
// waiting for an index being built: the list is made before it is.
func (se *Searcher) all() []Match {
	switch {
	case se.ix != nil:
		return se.ix.every
	case se.pending != nil:
		return se.pending.every
	}
	return nil
}
