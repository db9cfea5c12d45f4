package search

// Match is one result of a search: a partner city, how well it matched,
// and how to find which characters of its displayed name matched.
type Match struct {
	Index int    // index of the city in the indexed slice (Dataset.Partners)
	ID    string // the city's id
	Score int    // higher is better; 0 for the unfiltered list of a blank query
	hl    *highlight
}

// Positions returns the rune positions (not byte offsets) of the matched
// characters in the city's name in the searched language, ascending; nil
// when the query matched something other than the displayed name. They
// point at the runes on screen even when the query matched a
// transliteration of the name (a typed "sht" lights up one "щ").
//
// They are found when asked rather than when searching, as fzf finds them
// only for the lines it draws: a query may match a hundred thousand
// cities, and a screen shows a few. Positions reads only the Index, which
// never changes, and a copy of the query made for this search's matches,
// so it may be called from any goroutine, at any time, even after later
// searches of the same Searcher.
func (m Match) Positions() []int {
	if m.hl == nil {
		return nil
	}
	return m.hl.positions(m.Index)
}

// WithPositions returns m with the given positions, for a searcher that
// finds them while it matches (a fake one in a test, say).
func (m Match) WithPositions(positions []int) Match {
	m.hl = &highlight{fixed: positions}
	return m
}
