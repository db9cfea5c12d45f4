package search

import "github.com/ruse-twins/ruse-twins/model"

// Index is the search index of a dataset: every name, country, region,
// year, person, organisation and area of cooperation of each partner
// city, folded and transliterated once, when the data loads, so that a
// keystroke only scores them.
//
// Concurrency: an Index never changes once NewIndex has returned it, and
// a search only reads it, so any number of goroutines may search one
// Index at the same time, each with a Searcher of its own (NewSearcher).
// The memory a search writes belongs to its Searcher, not to the Index.
type Index struct {
	cities []entry
	keys   keys
	// shown are the folded forms of every city's name on screen, city by
	// city, and origins their maps back to the runes of the name, end to
	// end: a few slices rather than a few for each city, which the
	// garbage collector would have to follow.
	shown   []shownKey
	origins []int32
	// allKeys are the numbers of every key, in order: what a search
	// scans when it cannot narrow from the previous query.
	allKeys []int32
	// every is what a blank query lists, made once for all searches.
	every []Match
}

// entry is one city of the index.
type entry struct {
	id string
	// shown are the city's in each language: the folded forms of its name
	// on screen, in ix.shown.
	shown [len(model.Langs)]span
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
func (ix *Index) shownOf(i int, lang model.Lang) []shownKey {
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
func NewIndex(partners []model.City) *Index { return build(partners, everyCity(partners)) }

// build builds the index of partners, whose blank query lists every.
func build(partners []model.City, every []Match) *Index {
	ix := &Index{keys: keys{start: []int32{0}}, every: every}
	b := newBuilder(ix)
	for _, c := range partners {
		b.addCity(c)
	}
	b.finish()
	ix.allKeys = make([]int32, ix.keys.count())
	for i := range ix.allKeys {
		ix.allKeys[i] = int32(i)
	}
	return ix
}

// NewSearcher returns a Searcher of the index for one user. It costs a
// few hundred bytes until its first search for something other than
// blanks, which allocates the memory its searches reuse.
func (ix *Index) NewSearcher() *Searcher { return newSearcher(ix, nil) }

// everyCity lists every partner in order, unscored and unhighlighted:
// the matches of a blank query. One list serves every search of every
// Searcher, so that listing every city costs a keystroke nothing, and a
// session that shows the whole list holds no copy of it.
func everyCity(partners []model.City) []Match {
	out := make([]Match, len(partners))
	for i, c := range partners {
		out[i] = Match{Index: i, ID: c.ID}
	}
	return out
}
