package search

import (
	"math/bits"
	"slices"
	"strconv"
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
	first int                 // pairs[first:] are the current city's
}

// pair is one key of one city, before the refs are sorted by key.
type pair struct {
	key  int32
	city int32
	name bool
}

func newBuilder(ix *Index) *builder {
	return &builder{ix: ix, ids: [2]map[string]int32{{}, {}}}
}

// addCity indexes everything a person may remember about c. Descriptions
// and notes are left out: their many words would let almost any query
// match almost any city.
func (b *builder) addCity(c model.City) {
	b.ix.cities = append(b.ix.cities, entry{id: c.ID})
	b.first = len(b.pairs)
	cur := &b.ix.cities[len(b.ix.cities)-1]
	for _, l := range model.Langs {
		from := len(b.ix.shown)
		b.addText(c.Name.In(l), true, true)
		cur.shown[l] = span{int32(from), int32(len(b.ix.shown))}
	}
	for _, n := range c.Native {
		b.addText(n.Name, true, false)
	}
	for _, a := range c.Aliases {
		b.addText(a, true, false)
	}
	b.addBoth(c.Country.Name)
	b.addText(c.Country.Code, false, false)
	b.addBoth(c.Region)
	for _, e := range c.Events {
		if e.Date.Precision != model.NoDate {
			b.addText(strconv.Itoa(e.Date.Year), false, false)
		}
		for _, p := range e.Signatories {
			b.addBoth(p.Name)
		}
		for _, o := range e.Organisations {
			b.addBoth(o.Name)
		}
	}
	for _, a := range c.Areas {
		for _, l := range model.Langs {
			b.addText(a.Label(l), false, false)
		}
	}
}

// finish prepares the keys' texts for the matcher and sorts the cities'
// keys into each key's refs, in city order.
func (b *builder) finish() {
	k := &b.ix.keys
	k.texts = newMatchTexts(k.all, k.start)
	k.refStart = make([]int32, k.count()+1)
	for _, p := range b.pairs {
		k.refStart[p.key+1]++
	}
	for i := 1; i < len(k.refStart); i++ {
		k.refStart[i] += k.refStart[i-1]
	}
	next := slices.Clone(k.refStart[:k.count()])
	k.refs = make([]ref, len(b.pairs))
	for _, p := range b.pairs {
		k.refs[next[p.key]] = ref{city: p.city, name: p.name}
		next[p.key]++
	}
	b.pairs = nil
	b.ids = [2]map[string]int32{}
}

// addBoth indexes a text in every language as something other than a name.
func (b *builder) addBoth(t model.Text) {
	for _, l := range model.Langs {
		b.addText(t.In(l), false, false)
	}
}

// addText indexes s under its folded form, the Bulgarian reading of its
// Cyrillic. A name also gets the general reading where that differs (a
// Russian or Serbian name as it is usually romanised) and the loose
// phonetic form of each reading: names are what people spell by ear, and
// on every other text the extra forms would cost time and add noise. When
// s is shown (a city's name on screen), its forms are also listed in the
// index's shown, in that order, with their maps back to the runes of s.
func (b *builder) addText(s string, name, shown bool) {
	if strings.TrimSpace(s) == "" {
		return
	}
	plain := &b.forms[0]
	plain.set(s, bulgarianScheme)
	b.addForm(plain, false, name, shown)
	if !name {
		return
	}
	forms := 1
	if strings.ContainsFunc(s, isCyrillic) { // the schemes differ only there
		g := &b.forms[1]
		g.set(s, generalScheme)
		if !slices.Equal(g.runes, plain.runes) {
			b.addForm(g, false, name, shown)
			forms = 2
		}
	}
	for i := range forms {
		f, p := &b.forms[i], &b.forms[2+i]
		p.setPhonetic(f)
		if !slices.Equal(p.runes, f.runes) {
			b.addForm(p, true, name, shown)
		}
	}
}

// addForm gives the current city one folded form, finding or making its
// key, and lists it in the index's shown when it is shown.
func (b *builder) addForm(f *folded, phonetic, name, shown bool) {
	k := b.keyFor(f.runes, phonetic)
	own := b.pairs[b.first:]
	if i := slices.IndexFunc(own, func(p pair) bool { return p.key == k }); i >= 0 {
		own[i].name = own[i].name || name
	} else {
		b.pairs = append(b.pairs, pair{key: k, city: int32(len(b.ix.cities) - 1), name: name})
	}
	if shown {
		from := len(b.ix.origins)
		b.ix.origins = append(b.ix.origins, f.origin...)
		b.ix.shown = append(b.ix.shown, shownKey{key: k, origin: span{int32(from), int32(len(b.ix.origins))}})
	}
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
	keys.start = append(keys.start, int32(len(keys.all)))
	keys.mask = append(keys.mask, runeMask(runes))
	keys.starts = append(keys.starts, startsMask(runes))
	keys.phonetic = append(keys.phonetic, phonetic)
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
func runeMask(runes []rune) uint64 {
	var m uint64
	for _, r := range runes {
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
