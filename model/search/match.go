package search

import "github.com/ruse-twins/ruse-twins/model"

// Match is one result of a search: a partner city, how well it matched,
// and how to explain why it is listed.
type Match struct {
	Index int    // index of the city in the indexed slice (Dataset.Partners)
	ID    string // the city's id
	Score int    // higher is better; 0 for the unfiltered list of a blank query
	hl    *highlight
}

// Explain says why the query listed city c, which must be the city the
// match is of (Dataset.Partners[m.Index]): the field that matched best,
// and which characters of the list's row to highlight. It is the zero
// Explanation for a blank query's list.
//
// It is worked out when asked rather than when searching, as fzf finds
// its highlights only for the lines it draws: a query may match a
// hundred thousand cities, and a screen shows a few. It reads only c and
// a copy of the query made for this search's matches, so it may be
// called from any goroutine, at any time, even after later searches of
// the same Searcher.
func (m Match) Explain(c model.City) Explanation {
	switch {
	case m.hl == nil:
		return Explanation{}
	case m.hl.fixed != nil:
		return *m.hl.fixed
	}
	return m.hl.explain(c)
}

// WithExplanation returns m explained by e, for a searcher that explains
// its matches while it finds them (a fake one in a test, say).
func (m Match) WithExplanation(e Explanation) Match {
	m.hl = &highlight{fixed: &e}
	return m
}

// Explanation says why a city is listed, for a list whose row shows the
// city's name, its country and the year its partnership began.
type Explanation struct {
	// Best is the field that matched best.
	Best Hit
	// Name, Country and Year are the runes (not bytes) to highlight in
	// the row's name, country and first year, in the language searched,
	// ascending. A query in another script than the row's lights up the
	// name through the same transliteration: "гюргево" lights up G, u, r,
	// g of "Giurgiu".
	Name, Country, Year []int
	// Elsewhere says that Best is not in the row (a signatory, an area, a
	// year after the first): the row shows it in place of the country.
	Elsewhere bool
}

// Hit is where the query matched a city: the field, its text, and the
// runes of it that matched, ascending.
type Hit struct {
	Field Field
	// Text is the fact that matched, in the language searched ("Fernand
	// Lefort, Mayor of Saint-Ouen"), or as the query matched it when it
	// matched another language's ("кмет на Сент-Уан" in English).
	Text      string
	Positions []int
	// Score is how well the word or words that matched here did: higher
	// is better.
	Score int
}

// highlight is what the matches of one search share to explain
// themselves: a copy of the query, and the language. A searcher that
// explains its matches itself gives each match a highlight with only
// fixed set (Match.WithExplanation).
type highlight struct {
	ix     *Index
	lang   model.Lang
	words  []hlWord // the query's words, then, when there are several, the words read together
	joined bool     // words ends with the words read together
	fixed  *Explanation
}

// hlWord is a word of the query, whether its matches forgave a slip, and
// the least quality of a match that the search counted for it.
type hlWord struct {
	p     pattern
	typo  bool
	floor int32
}

// counts reports whether a match of w scoring score, of class c, in a
// phonetic form or not, forgiving a slip or not, is one the search
// counted.
func (w *hlWord) counts(score int32, c class, phonetic, slip bool) bool {
	return w.p.quality(score, c, phonetic, slip) >= w.floor
}
