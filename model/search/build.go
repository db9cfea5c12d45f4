package search

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ruse-twins/ruse-twins/model"
)

// builder adds cities to an index, sharing equal keys between them.
type builder struct {
	ix *Index
	// ids find a key by its folded text, one map for each kind of form.
	ids   [2]map[string]int32 // [0] as folded, [1] phonetic
	utf8  []byte              // a key's runes in UTF-8, to look it up
	forms [4]folded           // a text's forms: as folded, general, and their phonetic ones
	pairs []pair              // every key of every city
	// owner and at say, for each key, which city last gave itself the key
	// and where that pair is in pairs, so that a city holds a key once,
	// with the best weight of its sources.
	owner, at []int32
	// plain finds the key of a text that gets no other forms, such as the
	// labels of the vocabulary that every city repeats, without folding
	// it again. Those that more than one source has are kept in the
	// index's shared.
	plain map[string]int32
}

// pair is one key of one city, before the refs are sorted by key.
type pair struct {
	key    int32
	city   int32
	weight int32
}

func newBuilder(ix *Index) *builder {
	return &builder{ix: ix, ids: [2]map[string]int32{{}, {}}, plain: map[string]int32{}}
}

// addCity indexes every text of c that a search looks in (see sources).
func (b *builder) addCity(c model.City) {
	b.ix.cities = append(b.ix.cities, entry{id: c.ID})
	for s := range sources(c) {
		b.addText(s.text, s.spelt, s.weight())
	}
}

// finish prepares the keys' texts for the matcher and sorts the cities'
// keys into each key's refs, in city order.
func (b *builder) finish() {
	k := &b.ix.keys
	k.texts = newMatchTexts(k.all, k.bytes, k.meta)
	refStart := make([]int32, k.count()+1)
	for _, p := range b.pairs {
		refStart[p.key+1]++
	}
	for i := 1; i < len(refStart); i++ {
		refStart[i] += refStart[i-1]
	}
	for i := range k.meta {
		k.meta[i].refStart = refStart[i]
	}
	next := refStart[:k.count()]
	k.refs = make([]ref, len(b.pairs))
	b.ix.starts = make([][2 * len(startWeights)]uint64, len(b.ix.cities))
	// A city's pairs come one after another, in the order it was added.
	b.ix.cityKeys = make([]int32, len(b.pairs))
	b.ix.cityStart = make([]int32, len(b.ix.cities)+1)
	for i, p := range b.pairs {
		b.ix.cityKeys[i] = p.key
		b.ix.cityStart[p.city+1] = int32(i + 1)
	}
	for c := 1; c < len(b.ix.cityStart); c++ {
		b.ix.cityStart[c] = max(b.ix.cityStart[c], b.ix.cityStart[c-1])
	}
	for _, p := range b.pairs {
		k.refs[next[p.key]] = ref{city: p.city, weight: p.weight}
		next[p.key]++
		i := startClass(p.weight)
		if k.meta[p.key].phonetic {
			i += len(startWeights)
		}
		b.ix.starts[p.city][i] |= k.meta[p.key].starts
	}
	*b = builder{ix: b.ix}
}

// addText indexes s under its folded form, the Bulgarian reading of its
// Cyrillic. A name people spell by ear (spelt) also gets the general
// reading where that differs (a Russian or Serbian name as it is usually
// romanised) and the loose phonetic form of each reading; on every other
// text the extra forms would cost time and add noise.
func (b *builder) addText(s string, spelt bool, weight int32) {
	if !spelt {
		if k, ok := b.plain[s]; ok {
			if k >= 0 {
				b.give(k, weight)
				b.ix.shared[s] = k
			}
			return
		}
	}
	if strings.TrimSpace(s) == "" {
		return
	}
	plain := &b.forms[0]
	plain.set(s, bulgarianScheme)
	k := b.addForm(plain, false, weight)
	if !spelt {
		b.plain[s] = k
		return
	}
	forms := 1
	if strings.ContainsFunc(s, isCyrillic) { // the schemes differ only there
		g := &b.forms[1]
		g.set(s, generalScheme)
		if !slices.Equal(g.runes, plain.runes) {
			b.addForm(g, false, weight)
			forms = 2
		}
	}
	for i := range forms {
		f, p := &b.forms[i], &b.forms[2+i]
		p.setPhonetic(f)
		if !slices.Equal(p.runes, f.runes) {
			b.addForm(p, true, weight)
		}
	}
}

// addForm gives the current city one folded form, finding or making its
// key, which it returns (-1 for a form with nothing in it).
func (b *builder) addForm(f *folded, phonetic bool, weight int32) int32 {
	if len(f.runes) == 0 {
		return -1
	}
	k := b.keyFor(f.runes, phonetic)
	b.give(k, weight)
	return k
}

// give gives the current city key k, through a source of weight; a key
// the city has already keeps the better weight.
func (b *builder) give(k, weight int32) {
	city := int32(len(b.ix.cities) - 1)
	if b.owner[k] == city {
		p := &b.pairs[b.at[k]]
		p.weight = max(p.weight, weight)
		return
	}
	b.owner[k], b.at[k] = city, int32(len(b.pairs))
	b.pairs = append(b.pairs, pair{key: k, city: city, weight: weight})
}

// keyFor returns the key of the folded runes, adding it if it is new.
func (b *builder) keyFor(runes []rune, phonetic bool) int32 {
	b.utf8 = b.utf8[:0]
	for _, r := range runes {
		b.utf8 = utf8.AppendRune(b.utf8, r)
	}
	ids := b.ids[boolIndex(phonetic)]
	if k, ok := ids[string(b.utf8)]; ok {
		return k
	}
	keys := &b.ix.keys
	k := int32(keys.count())
	keys.all = append(keys.all, runes...)
	for _, r := range runes {
		keys.bytes = append(keys.bytes, byte(r))
	}
	keys.meta[k] = keyMeta{mask: runeMask(runes), starts: startsMask(runes), start: keys.meta[k].start, words: wordCount(runes), phonetic: phonetic, ascii: isASCIIRunes(runes)}
	keys.meta = append(keys.meta, keyMeta{start: int32(len(keys.all))})
	b.owner = append(b.owner, -1)
	b.at = append(b.at, 0)
	ids[string(b.utf8)] = k
	return k
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// runeMask is a 64-bit summary of the letters and digits in folded runes:
// one bit for each Latin letter and digit, the rest hashed onto the
// remaining bits. A pattern whose mask is not inside a text's cannot match
// it.
func runeMask[T folds](runes []T) uint64 {
	var m uint64
	for _, x := range runes {
		r := rune(x)
		switch {
		case 'a' <= r && r <= 'z':
			m |= 1 << (r - 'a')
		case '0' <= r && r <= '9':
			m |= 1 << (26 + r - '0')
		case r == ' ':
		default:
			m |= 1 << (36 + r%28)
		}
	}
	return m
}

// startsMask is the runeMask of the runes of folded runes that start a
// word.
func startsMask(runes []rune) uint64 {
	var m uint64
	for i, r := range runes {
		if r != ' ' && (i == 0 || runes[i-1] == ' ') {
			m |= runeMask(runes[i : i+1])
		}
	}
	return m
}

// missing counts the runes of a pattern's mask that a text's mask lacks.
func missing(pattern, text uint64) int { return bits.OnesCount64(pattern &^ text) }

func isCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }
