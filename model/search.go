package model

// Match is one result of a search: a partner city, how well it matched,
// and how to find which characters of its displayed name matched.
type Match struct {
	Index int    // index of the city in the searched slice (Dataset.Partners)
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
// cities, and a screen shows a few. Positions may be called from any
// goroutine, at any time, even after later searches of the same index.
func (m Match) Positions() []int {
	if m.hl == nil {
		return nil
	}
	return m.hl.positions(m.Index)
}

// WithPositions returns m with the given positions, for a Searcher that
// finds them while it matches.
func (m Match) WithPositions(positions []int) Match {
	m.hl = &highlight{fixed: positions}
	return m
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
// Concurrency: an Index is not safe for concurrent searches. A search
// reuses the index's scratch memory so that a keystroke allocates almost
// nothing, and remembers the previous query so that typing one more rune
// only rescores what the shorter query found. Call Search from one
// goroutine at a time (a bubbletea program's update loop does); build
// another Index for another goroutine. A search over many keys splits its
// scan across up to GOMAXPROCS goroutines of its own and returns when they
// are done. What a search returns is the caller's: Match.Positions reads
// only what never changes after NewIndex, so it is safe from any
// goroutine, during or after later searches.
type Index struct {
	cities []entry
	keys   keys
	// shown are the folded forms of every city's name on screen, city by
	// city, and origins their maps back to the runes of the name, end to
	// end: a few slices rather than a few for each city, which the
	// garbage collector would have to follow.
	shown   []shownKey
	origins []int32
	s       scratch
}

// entry is one city of the index.
type entry struct {
	id string
	// shown are the city's in each language: the folded forms of its name
	// on screen, in ix.shown.
	shown [len(Langs)]span
}

// span is where something lies in a slice: [from, to).
type span struct{ from, to int32 }

// shownKey is a folded form of a displayed name: its key, and in
// ix.origins for each folded rune the index of the rune of the name it
// came from.
type shownKey struct {
	key    int32
	origin span
}

// shownOf returns the folded forms of city i's name in lang.
func (ix *Index) shownOf(i int, lang Lang) []shownKey {
	sp := ix.cities[i].shown[lang]
	return ix.shown[sp.from:sp.to]
}

// keys are the distinct folded texts of the index, column by column so
// that a search reads only what it needs: the masks first, the text only
// of the keys whose mask lets the query through. Keys are shared: the area
// "culture" or a country name is stored and scored once for every city
// that has it.
//
// The runes of all keys lie end to end in one slice, in the order the
// cities were added, and so do the matcher's texts: a search that reads
// most keys then reads memory in order rather than chasing a pointer per
// key.
type keys struct {
	all      []rune      // every key's runes; key k's are all[start[k]:start[k+1]]
	texts    []matchText // every key as the matcher reads it
	start    []int32     // len(start) is the number of keys + 1
	mask     []uint64    // runeMask of the runes
	starts   []uint64    // runeMask of the runes that start a word
	phonetic []bool      // a loose phonetic form, matched by the query's own
	// The cities that have key k are refs[refStart[k]:refStart[k+1]].
	refStart []int32
	refs     []ref
}

// runes returns the folded runes of key k.
func (k *keys) runes(i int32) []rune { return k.all[k.start[i]:k.start[i+1]] }

// text returns key k as the matcher reads it.
func (k *keys) text(i int32) *matchText { return &k.texts[i] }

// count returns the number of keys.
func (k *keys) count() int { return len(k.start) - 1 }

// ref is a city that has a key, and whether as a name: names outrank
// everything else.
type ref struct {
	city int32
	name bool
}

// NewIndex builds the search index of partners, in their order. It keeps
// no reference to partners.
func NewIndex(partners []City) *Index {
	ix := &Index{keys: keys{start: []int32{0}}}
	b := newBuilder(ix)
	for _, c := range partners {
		b.addCity(c)
	}
	b.finish()
	ix.s.init(&ix.keys, len(ix.cities))
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
