package model

// Match is one result of a search: a partner city, how well it matched, and
// which characters of its displayed name matched.
type Match struct {
	Index int    // index of the city in the searched slice (Dataset.Partners)
	ID    string // the city's id
	Score int    // higher is better
	// Positions are the rune positions (not byte offsets) of the matched
	// characters in the city's name in the searched language, ascending; nil
	// when the query matched something other than the displayed name.
	Positions []int
}

// Searcher finds partner cities by anything a person may remember about
// them, in any script. An empty query matches every city in dataset order.
type Searcher interface {
	Search(query string, lang Lang) []Match
}
