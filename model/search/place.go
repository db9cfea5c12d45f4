package search

import (
	"slices"
	"strconv"

	"github.com/ruse-twins/ruse-twins/model"
)

// place finds where word w's choice lights up the row of city c in
// language l.
func (x *explainer) place(c model.City, l model.Lang, w *hlWord, ch choice) placed {
	f := &x.forms[ch.form]
	s := x.srcs[f.src]
	p := placed{where: aside, choice: ch, word: w, exact: x.positions(f, &w.p, ch.slip, ch.class)}
	shown := s.kind == partName && s.lang == l
	switch s.field {
	case FieldName:
		switch {
		case shown:
			p.where, p.row, p.shownText = inName, p.exact, true
		default:
			// Another language's name lights up the name shown through
			// the transliteration they share; a native name or an alias
			// does when it is spelt much like it ("Περιστέρι"), and is
			// shown beside the name otherwise ("Stalingrad").
			cross := x.cross([]*pattern{&w.p}, FieldName, l)
			if s.kind == partName || 3*len(cross) >= 2*min(len(w.p.plain), len(f.runes)) {
				p.where, p.row, p.cross = inName, cross, true
			}
		}
	case FieldCountry:
		switch {
		case shown:
			p.where, p.row, p.shownText = inCountry, p.exact, true
		case s.kind == partName || s.item < 0: // another language's name, or the code
			p.where, p.cross = inCountry, true
		}
	case FieldYear:
		if y, ok := c.Since(); ok && strconv.Itoa(y) == s.text {
			p.where, p.row, p.shownText = inYear, p.exact, true
		}
	}
	return p
}

// positions returns the runes of form f's source text that pattern p
// matches in f, in class c, with the rune slip-1 of p left out when slip >
// 0.
func (x *explainer) positions(f *form, p *pattern, slip int16, c class) []int {
	origin := x.originOf(f)
	pat, _ := p.form(f.phonetic)
	if slip > 0 {
		x.slip.del = p.deletion(f.phonetic, int(slip-1), x.slip.del)
		pat = x.slip.del
	}
	switch {
	case len(pat) <= 2 && len(p.plain) <= 2 && slip == 0:
		return through(origin, wordStartPositions(f.runes, pat))
	case c != loose:
		return through(origin, rowPositions(f.runes, pat, f.words))
	}
	return through(origin, x.m.positions(&f.text, pat))
}

// originOf returns the origins of form f's runes, folding its text again
// when the form was read from the index, which keeps none.
func (x *explainer) originOf(f *form) []int32 {
	if f.origin == nil {
		x.fold[0].set(x.srcs[f.src].text, bulgarianScheme)
		f.origin = slices.Clone(x.fold[0].origin)
	}
	return f.origin
}

// through maps positions in a folded form to the runes of its source
// through its origins, ascending, each rune once: several folded runes
// from one rune of the source ("sht" from "щ") light it up once.
func through(origin []int32, at []int) []int {
	out := at[:0]
	for _, a := range at {
		r := int(origin[a])
		if len(out) > 0 && out[len(out)-1] == r {
			continue
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// cross returns the runes of the text the row shows for field (the name
// or the country, in language l) that words spell, read together, for a
// match in another of its names: the longest run of their runes, in
// order, in any form of the text shown.
func (x *explainer) cross(words []*pattern, field Field, l model.Lang) []int {
	if len(words) == 0 {
		return nil
	}
	var plain, phonetic []rune
	for _, w := range words {
		plain, phonetic = append(plain, w.plain...), append(phonetic, w.phonetic...)
	}
	var best []int
	for i := range x.forms {
		f := &x.forms[i]
		s := x.srcs[f.src]
		if s.field != field || s.kind != partName || s.lang != l {
			continue
		}
		pat := plain
		if f.phonetic {
			pat = phonetic
		}
		if at := x.common(pat, f.runes); len(at) > len(best) {
			best = through(x.originOf(f), at)
		}
	}
	return best
}

// common returns the indexes in text of a longest common subsequence of
// pat and text, ascending.
func (x *explainer) common(pat, text []rune) []int {
	n, m := len(pat), len(text)
	if n == 0 || m == 0 {
		return nil
	}
	w := m + 1
	x.lcs = slices.Grow(x.lcs[:0], (n+1)*w)[:(n+1)*w]
	clear(x.lcs)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			v := max(x.lcs[(i+1)*w+j], x.lcs[i*w+j+1])
			if pat[i] == text[j] {
				v = max(v, x.lcs[(i+1)*w+j+1]+1)
			}
			x.lcs[i*w+j] = v
		}
	}
	var at []int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case pat[i] == text[j] && x.lcs[i*w+j] == x.lcs[(i+1)*w+j+1]+1:
			at = append(at, j)
			i, j = i+1, j+1
		case x.lcs[(i+1)*w+j] >= x.lcs[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return at
}

// union returns the positions in a or b, ascending, each once.
func union(a, b []int) []int {
	if len(a) == 0 {
		return b
	}
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}
