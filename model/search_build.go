package model

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// builder adds cities to an index, sharing equal keys between them.
type builder struct {
	ix    *Index
	ids   map[string]int32 // folded text, prefixed by its kind → key
	pairs []pair           // every key of every city
	first int              // pairs[first:] are the current city's
}

// pair is one key of one city, before the refs are sorted by key.
type pair struct {
	key  int32
	city int32
	name bool
}

func newBuilder(ix *Index) *builder {
	return &builder{ix: ix, ids: map[string]int32{}}
}

// addCity indexes everything a person may remember about c. Descriptions
// and notes are left out: their many words would let almost any query
// match almost any city.
func (b *builder) addCity(c City) {
	b.ix.cities = append(b.ix.cities, entry{id: c.ID})
	b.first = len(b.pairs)
	cur := &b.ix.cities[len(b.ix.cities)-1]
	for _, l := range Langs {
		cur.shown[l] = b.addText(c.Name.In(l), true)
	}
	for _, n := range c.Native {
		b.addText(n.Name, true)
	}
	for _, a := range c.Aliases {
		b.addText(a, true)
	}
	b.addBoth(c.Country.Name)
	b.addText(c.Country.Code, false)
	b.addBoth(c.Region)
	for _, e := range c.Events {
		if e.Date.Precision != NoDate {
			b.addText(strconv.Itoa(e.Date.Year), false)
		}
		for _, p := range e.Signatories {
			b.addBoth(p.Name)
		}
		for _, o := range e.Organisations {
			b.addBoth(o.Name)
		}
	}
	for _, a := range c.Areas {
		for _, l := range Langs {
			b.addText(a.Label(l), false)
		}
	}
}

// finish prepares the keys' texts for the matcher and sorts the cities'
// keys into each key's refs, in city order.
func (b *builder) finish() {
	k := &b.ix.keys
	k.bonus = make([]int8, 0, len(k.all))
	for i := range k.count() {
		k.bonus = appendBonuses(k.bonus, k.runes(int32(i)))
	}
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
}

// addBoth indexes a text in every language as something other than a name.
func (b *builder) addBoth(t Text) {
	for _, l := range Langs {
		b.addText(t.In(l), false)
	}
}

// addText indexes s under its folded form, the Bulgarian reading of its
// Cyrillic. A name also gets the general reading where that differs (a
// Russian or Serbian name as it is usually romanised) and the loose
// phonetic form of each reading: names are what people spell by ear, and
// on every other text the extra forms would cost time and add noise. It
// returns the forms with their maps back to the runes of s.
func (b *builder) addText(s string, name bool) []shownKey {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	plain := fold(s, bulgarianScheme)
	shown := []shownKey{b.addForm(plain, false, name)}
	if !name {
		return shown
	}
	forms := []folded{plain}
	if strings.ContainsFunc(s, isCyrillic) { // the schemes differ only there
		if g := fold(s, generalScheme); !slices.Equal(g.runes, plain.runes) {
			shown = append(shown, b.addForm(g, false, name))
			forms = append(forms, g)
		}
	}
	for _, f := range forms {
		var p folded
		p.setPhonetic(&f)
		if !slices.Equal(p.runes, f.runes) {
			shown = append(shown, b.addForm(p, true, name))
		}
	}
	return shown
}

// addForm gives the current city one folded form, finding or making its
// key.
func (b *builder) addForm(f folded, phonetic, name bool) shownKey {
	k := b.keyFor(f.runes, phonetic)
	own := b.pairs[b.first:]
	if i := slices.IndexFunc(own, func(p pair) bool { return p.key == k }); i >= 0 {
		own[i].name = own[i].name || name
	} else {
		b.pairs = append(b.pairs, pair{key: k, city: int32(len(b.ix.cities) - 1), name: name})
	}
	return shownKey{key: k, origin: f.origin}
}

// keyFor returns the key of the folded runes, adding it if it is new.
func (b *builder) keyFor(runes []rune, phonetic bool) int32 {
	id := "p" + string(runes)
	if !phonetic {
		id = "f" + id[1:]
	}
	if k, ok := b.ids[id]; ok {
		return k
	}
	keys := &b.ix.keys
	k := int32(keys.count())
	keys.all = append(keys.all, runes...)
	keys.start = append(keys.start, int32(len(keys.all)))
	keys.mask = append(keys.mask, runeMask(runes))
	keys.starts = append(keys.starts, runeMask(wordStarts(runes)))
	keys.phonetic = append(keys.phonetic, phonetic)
	b.ids[id] = k
	return k
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

// wordStarts returns the first rune of each word of folded runes.
func wordStarts(runes []rune) []rune {
	var starts []rune
	for i, r := range runes {
		if r != ' ' && (i == 0 || runes[i-1] == ' ') {
			starts = append(starts, r)
		}
	}
	return starts
}

// missing counts the runes of a pattern's mask that a text's mask lacks.
func missing(pattern, text uint64) int { return bits.OnesCount64(pattern &^ text) }

func isCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }
