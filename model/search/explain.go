package search

import (
	"slices"
	"strings"
	"sync"

	"github.com/ruse-twins/ruse-twins/model"
)

// explainers are the memory of Explain calls, which may come from any
// goroutine.
var explainers = sync.Pool{New: func() any { return &explainer{m: newFzfMatcher()} }}

// explainer explains one match: it folds every text of the city again, in
// the forms the index keeps of it, and scores the query's words on them
// as the search scored the index's keys, so that what it finds is what
// the search found.
type explainer struct {
	m     *fzfMatcher
	slip  part // the matcher and buffer of slips
	srcs  []source
	forms []form
	// runes and origin hold every form's runes and their origins, end to
	// end; spans says where each form's are while they are being folded.
	runes  []rune
	origin []int32
	spans  []formSpan
	fold   [4]folded
	lcs    []int32
	local  []form // the forms of one text folded on its own, see locate
	lrunes []rune
	lorig  []int32
}

// form is one folded form of a source text: a key as the index has it.
type form struct {
	src          int // index in explainer.srcs
	runes        []rune
	origin       []int32
	text         matchText
	mask, starts uint64
	words        int
	phonetic     bool
}

// formSpan is where a form's runes lie in explainer.runes while the
// city's texts are being folded.
type formSpan struct {
	src, from, to int
	phonetic      bool
}

// choice is the best source of a word in the city: which form matched,
// with what weighted score, in which class (see rateKey), and the
// slipped rune + 1 when it matched forgiving a slip.
type choice struct {
	form  int
	score int32
	class class
	slip  int16
}

// load folds every text of c in every form the index keeps of it, or
// reads it from the index when the index shares it (see Index.shared).
func (x *explainer) load(ix *Index, c model.City) {
	x.srcs, x.runes, x.origin, x.spans = x.srcs[:0], x.runes[:0], x.origin[:0], x.spans[:0]
	x.forms = x.forms[:0]
	for s := range sources(c) {
		x.srcs = append(x.srcs, s)
		if k, ok := ix.shared[s.text]; ok && !s.spelt {
			keys := &ix.keys
			x.forms = append(x.forms, form{
				src: len(x.srcs) - 1, runes: keys.runes(k), text: *keys.text(k),
				mask: keys.meta[k].mask, starts: keys.meta[k].starts, words: int(keys.meta[k].words),
			})
			continue
		}
		x.foldSource(len(x.srcs)-1, s.text, s.spelt)
	}
	x.forms = x.finish(x.forms, x.spans, x.runes, x.origin)
}

// foldSource folds text into the forms the builder gives it (see
// builder.addText), appending them to x.runes and x.spans.
func (x *explainer) foldSource(src int, text string, spelt bool) {
	x.spans, x.runes, x.origin = x.addForms(x.spans, x.runes, x.origin, src, text, spelt)
}

// addForms folds text into its forms and appends them to the spans,
// runes and origins given, which it returns.
func (x *explainer) addForms(spans []formSpan, runes []rune, origin []int32, src int, text string, spelt bool) ([]formSpan, []rune, []int32) {
	if strings.TrimSpace(text) == "" {
		return spans, runes, origin
	}
	add := func(f *folded, phonetic bool) {
		if len(f.runes) == 0 {
			return
		}
		from := len(runes)
		runes = append(runes, f.runes...)
		origin = append(origin, f.origin...)
		spans = append(spans, formSpan{src: src, from: from, to: len(runes), phonetic: phonetic})
	}
	plain := &x.fold[0]
	plain.set(text, bulgarianScheme)
	add(plain, false)
	if !spelt {
		return spans, runes, origin
	}
	forms := 1
	if strings.ContainsFunc(text, isCyrillic) {
		g := &x.fold[1]
		g.set(text, generalScheme)
		if !slices.Equal(g.runes, plain.runes) {
			add(g, false)
			forms = 2
		}
	}
	for i := range forms {
		f, p := &x.fold[i], &x.fold[2+i]
		p.setPhonetic(f)
		if !slices.Equal(p.runes, f.runes) {
			add(p, true)
		}
	}
	return spans, runes, origin
}

// finish makes forms of the spans, once their runes no longer move.
func (x *explainer) finish(forms []form, spans []formSpan, runes []rune, origin []int32) []form {
	for _, sp := range spans {
		r := runes[sp.from:sp.to:sp.to]
		forms = append(forms, form{
			src: sp.src, runes: r, origin: origin[sp.from:sp.to:sp.to],
			text: runesText(r), mask: runeMask(r), starts: startsMask(r), words: int(wordCount(r)), phonetic: sp.phonetic,
		})
	}
	return forms
}

// best returns the form of the city that word w matches best, weighted as
// the search weighs it, among the sources only allows (nil for all), of
// the matches of the quality the search counted; its form is -1 when w
// matches none.
func (x *explainer) best(w *hlWord, l model.Lang, only func(source) bool) choice {
	b := choice{form: -1}
	better := func(i int, ws int32) bool {
		if b.form < 0 || ws > b.score {
			return true
		}
		return ws == b.score && fit(x.srcs[x.forms[i].src], l) > fit(x.srcs[x.forms[b.form].src], l)
	}
	for i := range x.forms {
		f := &x.forms[i]
		s := x.srcs[f.src]
		if only != nil && !only(s) {
			continue
		}
		if sc, c := rateKey(f.runes, nil, &f.text, f.mask, f.starts, f.words, f.phonetic, &w.p, nil, x.m, w.floor); sc > 0 && w.counts(sc, c, f.phonetic, false) {
			if ws := weigh(sc, s.weight(), f.phonetic, false); better(i, ws) {
				b = choice{form: i, score: ws, class: c}
			}
		}
	}
	if b.form >= 0 || !w.typo {
		return b
	}
	x.slip.m = x.m
	for i := range x.forms {
		f := &x.forms[i]
		s := x.srcs[f.src]
		if only != nil && !only(s) {
			continue
		}
		if sc, how, _ := rateSlipRunes(f.runes, &f.text, f.mask, f.phonetic, &w.p, &x.slip); sc > 0 && w.counts(sc, loose, f.phonetic, true) {
			if ws := weigh(sc, s.weight(), f.phonetic, true); better(i, ws) {
				b = choice{form: i, score: ws, slip: how}
			}
		}
	}
	return b
}

// fit says how well a source's text suits a reader in language l, to
// choose among texts that match equally well: a fact's own name before
// another name of it, and among those one written for l, then one in l's
// script (Cyrillic for Bulgarian, another for English), then the rest.
func fit(s source, l model.Lang) int {
	n := 0
	if s.kind == partName {
		n = 4
	}
	switch {
	case s.lang == l:
		n += 2
	case s.lang == noLang && strings.ContainsFunc(s.text, isCyrillic) == (l == model.BG):
		n++
	}
	return n
}

// explain explains the match of city c: which source each word matched
// best (or the words read together, when that scores more), where in the
// row each one lights up, and which matched best.
func (h *highlight) explain(c model.City) Explanation {
	x := explainers.Get().(*explainer)
	defer explainers.Put(x)
	x.load(h.ix, c)
	words := h.words
	if h.joined {
		words = words[:len(words)-1]
	}
	choices := make([]choice, 0, len(words))
	and := int32(0)
	for i := range words {
		ch := x.best(&words[i], h.lang, nil)
		choices = append(choices, ch)
		if ch.form < 0 {
			and = -1
		} else if and >= 0 {
			and += ch.score
		}
	}
	if h.joined {
		last := &h.words[len(h.words)-1]
		if j := x.best(last, h.lang, func(s source) bool { return s.field == FieldName }); j.form >= 0 && j.score > and {
			words, choices = h.words[len(h.words)-1:], []choice{j}
		}
	}
	return x.explanation(c, h.lang, words, choices)
}

// where is the place of a word's match in the list's row.
type where uint8

const (
	inName    where = iota // the name shown
	inCountry              // the country shown
	inYear                 // the first year shown
	aside                  // not in the row
)

// placed is a word's match, placed in the row: where, and the runes it
// lights up there (of the name, country or year shown); exact are the
// runes of the source text that matched.
type placed struct {
	where where
	row   []int
	// cross says the match is in another of the names of what the row
	// shows, which lights up the row's through their transliteration.
	cross     bool
	exact     []int
	choice    choice
	word      *hlWord
	shownText bool // the source is the very text the row shows
}

// explanation places every word's choice in the row and reports the best.
func (x *explainer) explanation(c model.City, l model.Lang, words []hlWord, choices []choice) Explanation {
	var e Explanation
	best := -1
	places := make([]placed, len(choices))
	var crossed [2][]*pattern // the words that light up the name and the country through another of their names
	for i, ch := range choices {
		if ch.form < 0 {
			continue
		}
		places[i] = x.place(c, l, &words[i], ch)
		p := &places[i]
		switch {
		case p.cross && p.where == inName:
			crossed[0] = append(crossed[0], &words[i].p)
		case p.cross:
			crossed[1] = append(crossed[1], &words[i].p)
		case p.where == inName:
			e.Name = union(e.Name, p.row)
		case p.where == inCountry:
			e.Country = union(e.Country, p.row)
		case p.where == inYear:
			e.Year = union(e.Year, p.row)
		}
		if best < 0 || ch.score > choices[best].score {
			best = i
		}
	}
	// Words typed across the parts of another name ("sent uan" for
	// Saint-Ouen) are read together, as that name spells them.
	e.Name = union(e.Name, x.cross(crossed[0], FieldName, l))
	e.Country = union(e.Country, x.cross(crossed[1], FieldCountry, l))
	if best < 0 {
		return e
	}
	b := &places[best]
	s := x.srcs[x.forms[b.choice.form].src]
	e.Best = Hit{Field: s.field, Text: s.text, Positions: b.exact, Score: int(b.choice.score)}
	switch {
	case b.where != aside && b.shownText:
		e.Best.Positions = b.row
	case b.where == aside:
		e.Elsewhere = true
		e.Best.Text, e.Best.Positions = x.fact(c, l, places, best)
	}
	return e
}
