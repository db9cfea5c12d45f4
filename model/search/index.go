package search

import "github.com/ruse-twins/ruse-twins/model"

// Index is the search index of a dataset: every text of each partner city
// that a search looks in (its names, country, region, events' years,
// months, kinds and places, people and their roles, organisations and
// theirs, areas of cooperation and the groups of its exchanges), folded
// and transliterated once, when the data loads, so that a keystroke only
// scores them.
//
// Concurrency: an Index never changes once NewIndex has returned it, and
// a search only reads it, so any number of goroutines may search one
// Index at the same time, each with a Searcher of its own (NewSearcher).
// The memory a search writes belongs to its Searcher, not to the Index.
type Index struct {
	cities []entry
	keys   keys
	// allKeys are the numbers of every key, in order: what a search
	// scans when it can neither narrow from the previous query nor look
	// the keys up in grams.
	allKeys []int32
	// grams and initials find the keys a word may match in a row (see
	// rateRunes) without a scan of every key.
	grams    grams
	initials initialsIndex
	// every is what a blank query lists, made once for all searches.
	every []Match
	// shared finds the key of a text that more than one source has and
	// that gets no other forms than its folded one (a kind, an area, a
	// month, a country): what Explain reads instead of folding it again.
	shared map[string]int32
	// starts are, for each city, the runeMasks of the runes that start
	// the words of its keys, one for each weight of its sources
	// (startWeights), first of its plain keys, then of its phonetic ones:
	// what the first letter typed lists, read from the cities rather than
	// from the keys (see Searcher.firstLetters).
	starts [][2 * len(startWeights)]uint64
	// The keys of city c are cityKeys[cityStart[c]:cityStart[c+1]]: what a
	// search reads to tell whether one city matches a word (see leap).
	cityKeys, cityStart []int32
}

// startWeights are the weights sources have (see source.weight), for
// Index.starts.
var startWeights = [...]int32{8, 6, 5}

// startClass returns the index in startWeights of weight w.
func startClass(w int32) int {
	for i, sw := range startWeights {
		if w >= sw {
			return i
		}
	}
	return len(startWeights) - 1
}

// entry is one city of the index.
type entry struct {
	id string
}

// keys are the distinct folded texts of the index. Keys are shared: the
// area "culture" or a country name is stored and scored once for every
// city that has it.
//
// What a scan reads of every key it looks at lies together in meta, one
// record a key, so that a key costs a scan one read of memory before it
// is matched; the runes of all keys lie end to end in one slice, in the
// order the cities were added, and so do the matcher's texts and the
// keys' cities.
type keys struct {
	all   []rune      // every key's runes; key k's are all[meta[k].start:meta[k+1].start]
	bytes []byte      // the same of the keys all in ASCII, as bytes, at the same places
	texts []matchText // every key as the matcher reads it
	// meta has a record for every key, and one more whose start and
	// refStart say where the last key's runes and cities end.
	meta []keyMeta
	refs []ref // the cities that have key k are refs[meta[k].refStart:meta[k+1].refStart]
}

// keyMeta is what a scan reads of a key first.
type keyMeta struct {
	mask     uint64 // runeMask of the runes
	starts   uint64 // runeMask of the runes that start a word
	start    int32  // where the key's runes begin in keys.all
	refStart int32  // where its cities begin in keys.refs
	words    uint8  // the number of words, at most 255
	phonetic bool   // a loose phonetic form, matched by the query's own
	ascii    bool   // every rune is ASCII: keys.bytes has the key
}

// runes returns the folded runes of key k.
func (k *keys) runes(i int32) []rune { return k.all[k.meta[i].start:k.meta[i+1].start] }

// cities returns the cities that have key k.
func (k *keys) cities(i int32) []ref { return k.refs[k.meta[i].refStart:k.meta[i+1].refStart] }

// text returns key k as the matcher reads it.
func (k *keys) text(i int32) *matchText { return &k.texts[i] }

// count returns the number of keys.
func (k *keys) count() int { return len(k.meta) - 1 }

// ref is a city that has a key, with the weight of its best source of
// that key (see source.weight): a name outranks a country, a country a
// role.
type ref struct {
	city   int32
	weight int32
}

// NewIndex builds the search index of partners, in their order. It keeps
// no reference to partners.
func NewIndex(partners []model.City) *Index { return build(partners, everyCity(partners)) }

// build builds the index of partners, whose blank query lists every.
func build(partners []model.City, every []Match) *Index {
	ix := &Index{keys: keys{meta: []keyMeta{{}}}, every: every, shared: map[string]int32{}}
	b := newBuilder(ix)
	for _, c := range partners {
		b.addCity(c)
	}
	b.finish()
	ix.allKeys = make([]int32, ix.keys.count())
	for i := range ix.allKeys {
		ix.allKeys[i] = int32(i)
	}
	ix.grams, ix.initials = newGrams(&ix.keys), newInitials(&ix.keys)
	return ix
}

// NewSearcher returns a Searcher of the index for one user. It costs a
// few hundred bytes until its first search for something other than
// blanks, which allocates the memory its searches reuse.
func (ix *Index) NewSearcher() *Searcher { return newSearcher(ix, nil) }

// everyCity lists every partner in order, unscored and unexplained: the
// matches of a blank query. One list serves every search of every
// Searcher, so that listing every city costs a keystroke nothing, and a
// session that shows the whole list holds no copy of it.
func everyCity(partners []model.City) []Match {
	out := make([]Match, len(partners))
	for i, c := range partners {
		out[i] = Match{Index: i, ID: c.ID}
	}
	return out
}
