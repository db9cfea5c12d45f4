package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/model"
)

// Searcher searches an Index for one user. It owns what a search writes:
// the folded query, what it remembers of the query before (so that typing
// one more rune only rescores what the shorter query found), and the
// scratch memory that lets a keystroke allocate almost nothing. That
// memory grows with the index (a slot for every key, a few numbers for
// every city), so it is allocated on the first search for something other
// than blanks: a Searcher that has only listed every city costs a few
// hundred bytes.
//
// A query is searched as it is typed, one rune at a time, each step
// narrowing what the step before listed: typing one more letter never adds
// a city to a list that is not empty, but for the third letter of a word,
// from which a word matches inside words too (see step). A query that
// does not extend the one before (a rune deleted, another query pasted)
// is searched again from its first rune, so that what a query lists
// depends on nothing but the query: a Searcher that has typed it and one
// that is given it at once list the same cities. Given at once, the first
// two runes of each of its words of three runes or more are not searched
// at all, since the third looks again where the word began; and a query
// of one word mostly leaps to its last step (see leap).
//
// Concurrency: a Searcher is not safe for concurrent use. Call Search
// from one goroutine at a time (a bubbletea program's update loop does),
// and give each user or goroutine a Searcher of its own; any number of
// them may share one Index. A search over many keys splits its scan
// across up to GOMAXPROCS goroutines of its own and returns when they are
// done. Match.Explain is safe from any goroutine, during or after later
// searches.
//
// Searchers are made by Index.NewSearcher and Pending.NewSearcher; the
// zero Searcher searches nothing.
type Searcher struct {
	ix      *Index   // nil until pending has built it
	pending *Pending // the index being built, for a Searcher made before it was ready

	q     query  // the query of the step being taken, parsed
	goal  query  // the query searched for, parsed, while its runes are taken in turn
	typed string // the query, as typed, that the current step answers
	st    step   // what the current step found
	// hl is what the matches of the current step share to explain
	// themselves, made when they are first returned.
	hl       *highlight
	typoBuf  []bool
	floorBuf []int32

	s        *scratch // nil until the first search for something
	partKeys int      // the fewest keys a part of a scan is started for
}

// newSearcher returns an idle Searcher of ix, or of the index pending
// builds.
func newSearcher(ix *Index, pending *Pending) *Searcher {
	return &Searcher{ix: ix, pending: pending, partKeys: partKeys}
}

// Search returns the partner cities that query finds, in lang's forms of
// their names for the explanations. Matches come best first, equal scores
// in dataset order, in a slice that is the caller's. A query of nothing
// but spaces and punctuation lists every city, in dataset order,
// unscored, in one slice that every Searcher of the index returns: read
// it, never change it. Search is not safe for concurrent use (see
// Searcher).
func (se *Searcher) Search(query string, lang model.Lang) []Match {
	return se.Find(query, lang).Matches()
}

// Find is Search, with the matches made one by one as they are read:
// what a list that shows a few of them at a time needs.
func (se *Searcher) Find(query string, lang model.Lang) Results {
	if lang != model.BG {
		lang = model.EN
	}
	if !strings.HasPrefix(query, se.typed) {
		se.restart()
	}
	if len(query) > len(se.typed) && se.leap(query) {
		return se.results(lang)
	}
	goal := false
	for len(se.typed) < len(query) {
		_, size := utf8.DecodeRuneInString(query[len(se.typed):])
		se.typed = query[:len(se.typed)+size]
		if len(se.typed) < len(query) {
			if !goal {
				se.goal.parse(query)
				goal = true
			}
			if se.skippable() {
				continue
			}
		}
		if !se.advance() {
			return Results{}
		}
	}
	return se.results(lang)
}

// skippable reports whether the step of the query typed so far may be
// left out on the way to se.goal: its last word, of one or two runes, is
// one of three or more in the goal, none of whose steps has been taken.
// The step at which that word reaches three runes looks again in every
// city the word began from (see step), whatever the steps before it
// found.
func (se *Searcher) skippable() bool {
	se.q.parse(se.typed)
	i := len(se.q.words) - 1
	if i < 0 || i >= len(se.goal.words) || len(se.q.words[i].plain) > 2 || len(se.goal.words[i].plain) <= 2 {
		return false
	}
	return se.st.kind == stepBlank || len(se.st.words) <= i
}

// restart forgets the query typed so far: the next rune starts afresh.
func (se *Searcher) restart() {
	se.typed = ""
	se.st.kind = stepBlank
}

// advance takes the step of the query typed so far, and reports false
// when there is no index to search.
func (se *Searcher) advance() bool {
	se.q.parse(se.typed)
	if len(se.q.words) == 0 {
		se.st.kind = stepBlank
		return true
	}
	if se.st.kind != stepBlank && slices.EqualFunc(se.q.words, se.st.words, func(a, b pattern) bool { return a.same(&b) }) {
		return true // a space or a mark: the same words, the same cities
	}
	if se.index() == nil {
		return false
	}
	if se.s == nil {
		se.s = newScratch(se.ix)
	}
	se.take()
	return true
}

// index returns the index searched, waiting for it while it is being
// built.
func (se *Searcher) index() *Index {
	if se.ix == nil && se.pending != nil {
		se.ix = se.pending.Wait()
	}
	return se.ix
}

// all lists every city in order, unscored and unexplained, without
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
