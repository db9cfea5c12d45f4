// Package order puts partner cities in the orders a list offers: by name
// as the language of the reader sorts it (Bulgarian collation in
// Bulgarian: Ч after Ц, Я last; in English, Ú with U), by the year the
// partnership began (undated last), or by distance from the home city.
// Ties keep the dataset's order.
package order

import (
	"bytes"
	"cmp"
	"slices"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/ruse-twins/ruse-twins/model"
)

// By is an order of the partners.
type By int

// The orders. Dataset, the zero value, is the order of the dataset's
// files, as the municipality lists its partners.
const (
	Dataset By = iota
	Name
	Year
	Distance
)

// names are the orders' names on the command line.
var names = [...]string{Dataset: "", Name: "name", Year: "year", Distance: "distance"}

// String returns the order's name on the command line ("" for Dataset).
func (b By) String() string {
	if b < 0 || int(b) >= len(names) {
		return ""
	}
	return names[b]
}

// Parse reads an order's name: name, year or distance.
func Parse(s string) (By, bool) {
	for b, n := range names {
		if n != "" && n == s {
			return By(b), true
		}
	}
	return Dataset, false
}

// Next returns the order after b, as a key that cycles through them
// goes: dataset, name, year, distance, and the dataset's again.
func (b By) Next() By { return (b + 1) % By(len(names)) }

// Indexes returns the indexes of partners in order b, names compared in
// lang.
func Indexes(partners []model.City, home model.City, b By, lang model.Lang) []int {
	idx := make([]int, len(partners))
	for i := range idx {
		idx[i] = i
	}
	switch b {
	case Name:
		keys := nameKeys(partners, lang)
		slices.SortStableFunc(idx, func(i, j int) int { return bytes.Compare(keys[i], keys[j]) })
	case Year:
		years := make([]int, len(partners))
		for i, c := range partners {
			y, ok := c.Since()
			if !ok {
				y = int(^uint(0) >> 1) // undated last
			}
			years[i] = y
		}
		slices.SortStableFunc(idx, func(i, j int) int { return cmp.Compare(years[i], years[j]) })
	case Distance:
		km := make([]float64, len(partners))
		for i, c := range partners {
			km[i] = model.DistanceKm(home.Coordinates, c.Coordinates)
		}
		slices.SortStableFunc(idx, func(i, j int) int { return cmp.Compare(km[i], km[j]) })
	}
	return idx
}

// nameKeys returns each partner's collation key for its name in lang:
// computed once a name, so that sorting compares bytes.
func nameKeys(partners []model.City, lang model.Lang) [][]byte {
	tag := language.English
	if lang == model.BG {
		tag = language.Bulgarian
	}
	c := collate.New(tag)
	var buf collate.Buffer
	keys := make([][]byte, len(partners))
	for i, p := range partners {
		keys[i] = bytes.Clone(c.KeyFromString(&buf, p.Name.In(lang)))
		buf.Reset()
	}
	return keys
}

// Names lists the orders' names on the command line, Dataset's aside.
func Names() []string { return []string{Name.String(), Year.String(), Distance.String()} }
