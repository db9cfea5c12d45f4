package search

// Results are what a search lists: its matches, best first, equal scores
// in dataset order, each made into a Match only when it is read. A screen
// shows a few of the hundred thousand cities a first letter lists, and
// the cities and scores of the rest are a few bytes each, in memory the
// garbage collector does not scan. Results are the caller's, and stay as
// they are after later searches; the zero Results list nothing.
type Results struct {
	ranked []ranked
	ix     *Index
	hl     *highlight
	// every is the list of a blank query, every city in order, which
	// every Searcher of the index shares.
	every []Match
}

// ranked is a city listed, with its score.
type ranked struct {
	city, score int32
}

// Len returns the number of matches.
func (r Results) Len() int {
	if r.every != nil {
		return len(r.every)
	}
	return len(r.ranked)
}

// At returns match i, 0 the best.
func (r Results) At(i int) Match {
	if r.every != nil {
		return r.every[i]
	}
	x := r.ranked[i]
	return Match{Index: int(x.city), ID: r.ix.cities[x.city].id, Score: int(x.score), hl: r.hl}
}

// Matches returns every match, best first, in a slice that is the
// caller's; for a blank query, the list of every city that every Searcher
// of the index returns: read it, never change it.
func (r Results) Matches() []Match {
	if r.every != nil {
		return r.every
	}
	out := make([]Match, len(r.ranked))
	for i := range out {
		out[i] = r.At(i)
	}
	return out
}
