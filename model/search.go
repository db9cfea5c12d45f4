package model

// Match is one result of a search: a partner city, how well it matched, and
// which characters of its displayed name matched.
type Match struct {
	Index int    // index of the city in the searched slice (Dataset.Partners)
	ID    string // the city's id
	Score int    // higher is better; 0 for the unfiltered list of a blank query
	// Positions are the rune positions (not byte offsets) of the matched
	// characters in the city's name in the searched language, ascending; nil
	// when the query matched something other than the displayed name. They
	// point at the runes on screen even when the query matched a
	// transliteration of the name (a typed "sht" lights up one "щ").
	Positions []int
}

// Searcher finds partner cities by anything a person may remember about
// them, in any script. An empty query matches every city in dataset order.
type Searcher interface {
	Search(query string, lang Lang) []Match
}

// Index is the Searcher of a dataset: every name, country, region, year,
// person, organisation and area of cooperation of each partner city, folded
// and transliterated once, when the data loads, so that a keystroke only
// scores them.
//
// An Index is not safe for concurrent use: a search reuses the index's
// scratch memory so that a keystroke allocates almost nothing. Call Search
// from one goroutine at a time (a bubbletea program's update loop does);
// build another Index for another goroutine.
type Index struct {
	cities []entry
	fields []field // every city's fields; entry.lo:hi are its own
	keys   []key   // distinct folded keys, shared by the fields that have them
	match  matcher
	s      scratch
}

// entry is one city of the index.
type entry struct {
	id     string
	lo, hi int32 // fields[lo:hi] are the city's
	// mask and nameMask are the runes of all the city's keys and of its
	// name keys: a query with a rune outside them cannot match, which
	// rules out most cities at the cost of one AND.
	mask, nameMask uint64
	// shown are the keys of the city's name in each language, the name on
	// screen, with the maps back to its runes.
	shown [len(Langs)][]shownKey
}

// field is one thing known about a city: a key, and whether it is a name
// (names outrank everything else, and only names forgive typos).
type field struct {
	key  int32
	name bool
}

// shownKey is a folded form of a displayed name: its key, and for each
// folded rune the index of the rune of the name it came from.
type shownKey struct {
	key    int32
	origin []int32
}

// key is a distinct folded text. Keys are shared: the area "culture" or a
// country name is folded, stored and scored once for every city that has
// it.
type key struct {
	runes    []rune
	text     matchText
	mask     uint64
	phonetic bool // a loose phonetic form, matched by the query's own
	name     bool // some city has it as a name, so the typo pass reads it
}

// NewIndex builds the search index of partners, in their order. It keeps
// no reference to partners.
func NewIndex(partners []City) *Index {
	ix := &Index{match: newFzfMatcher()}
	b := newBuilder(ix)
	for _, c := range partners {
		b.addCity(c)
	}
	ix.s.init(len(ix.keys), len(ix.cities))
	return ix
}

// Search implements Searcher. Matches come best first, equal scores in
// dataset order; a query of nothing but spaces and punctuation lists every
// city. Search is not safe for concurrent use (see Index).
func (ix *Index) Search(query string, lang Lang) []Match {
	if lang != BG {
		lang = EN
	}
	if !ix.s.setQuery(query) {
		return ix.all()
	}
	return ix.search(lang)
}

// all lists every city in order, unscored and unhighlighted.
func (ix *Index) all() []Match {
	out := make([]Match, len(ix.cities))
	for i, c := range ix.cities {
		out[i] = Match{Index: i, ID: c.id}
	}
	return out
}
