package ui

import (
	"slices"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/order"
	engine "github.com/ruse-twins/ruse-twins/model/search"
)

// The list's order: the dataset's, or by name, year or distance, which
// the sort key cycles through. It applies to the list of every city
// (the blank query); a search ranks its results by relevance instead.
// This file only orders rows; list.go draws them.

// numOrders is how many orders the list has.
const numOrders = 4

// The orders, as the ui names them.
const (
	byDataset  = order.Dataset
	byName     = order.Name
	byYear     = order.Year
	byDistance = order.Distance
)

// orders keeps the ranks of the partners in each order and language,
// worked out the first time they are asked for: sorting a hundred
// thousand names by collation takes a tenth of a second, and clearing a
// search should not. It belongs to one browser (its pointer is shared by
// the copies of one Model, which update one at a time), and depends on
// nothing but the dataset.
type orders struct {
	home     model.City
	partners []model.City
	ranks    map[orderKey][]int // a partner's index → its place in the order
}

// orderKey is an order in a language (names sort differently in each).
type orderKey struct {
	by   order.By
	lang model.Lang
}

// newOrders returns the orders of ds's partners, none worked out yet.
func newOrders(ds model.Dataset) *orders {
	return &orders{home: ds.Home, partners: ds.Partners, ranks: map[orderKey][]int{}}
}

// apply puts the rows of a blank query in order by (the language only
// matters for names); the dataset's order leaves them as they are.
func (o *orders) apply(f found, by order.By, lang model.Lang) found {
	if by == byDataset || f.matches.Len() < 2 {
		return f
	}
	if by != byName {
		lang = model.BG
	}
	k := orderKey{by, lang}
	rank, ok := o.ranks[k]
	if !ok {
		rank = make([]int, len(o.partners))
		for place, i := range order.Indexes(o.partners, o.home, by, lang) {
			rank[i] = place
		}
		o.ranks[k] = rank
	}
	// The blank query's matches are shared by every searcher of an index:
	// sorted here, they are a copy.
	matches := make(matchSlice, f.matches.Len())
	for i := range matches {
		matches[i] = f.matches.At(i)
	}
	slices.SortFunc(matches, func(a, b engine.Match) int { return rank[a.Index] - rank[b.Index] })
	return found{partners: f.partners, matches: matches}
}

// setOrder puts the list in order by, keeping the selected city.
func (m Model) setOrder(by order.By) Model {
	m.order = by
	return m.filter(m.list.selected())
}
