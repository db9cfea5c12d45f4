// Package model holds the domain of the app: partner cities, their
// partnerships and events, the fixed bilingual vocabulary, validation of a
// dataset, geography and search. It imports no terminal or file-format
// package, so every other layer can rely on it.
package model

// Lang is a language the app speaks to people in.
type Lang int

// The languages of the app. Every text a visitor reads exists in both.
const (
	BG Lang = iota
	EN
)

// Langs lists every language, in the order the app offers them.
var Langs = [...]Lang{BG, EN}

// Code returns the ISO 639-1 code of the language ("bg", "en").
func (l Lang) Code() string {
	if l == BG {
		return "bg"
	}
	return "en"
}

// Other returns the language the toggle switches to.
func (l Lang) Other() Lang {
	if l == BG {
		return EN
	}
	return BG
}

// ParseLang reads a language code ("bg" or "en", any case).
func ParseLang(s string) (Lang, bool) {
	switch s {
	case "bg", "BG", "Bg":
		return BG, true
	case "en", "EN", "En":
		return EN, true
	}
	return EN, false
}

// Text is a text a visitor reads, in every language of the app.
type Text struct {
	BG string
	EN string
}

// In returns the text in the given language.
func (t Text) In(l Lang) string {
	if l == BG {
		return t.BG
	}
	return t.EN
}

// IsZero reports whether the text is empty in every language.
func (t Text) IsZero() bool { return t.BG == "" && t.EN == "" }

// NativeName is a city's name as its own people write it.
type NativeName struct {
	Name   string // the name in its own script
	Lang   string // ISO 639 code of the language, e.g. "fr", "zh", "crh"
	Script string // ISO 15924 code of the script, e.g. "Latn", "Cyrl", "Hans"
}

// Country is the country a city lies in, as the source names it.
type Country struct {
	Code    string // ISO 3166-1 alpha-2, upper case
	Name    Text
	Aliases []string // other names people use for it ("КНР", "Република Хърватия")
}

// Coordinates are a point on the Earth in decimal degrees (WGS 84).
type Coordinates struct {
	Lat float64
	Lon float64
}

// Person is someone named in the source, with the role they held.
type Person struct {
	Name    Text
	Role    Text
	Aliases []string // other spellings of the name ("Gennady Babenko")
}

// Organisation is a body named in the source as taking part in a
// partnership, with what it did.
type Organisation struct {
	Name Text
	Role Text
}

// Event is one dated step of a partnership: a signing, a founding, a
// further agreement. Its date has the precision the source gives it.
type Event struct {
	Date          Date
	Kind          Kind
	Place         Text // where it happened; empty when the source does not say
	Summary       Text // one or two sentences on what happened
	Signatories   []Person
	Organisations []Organisation
}

// Note is a statement from a source other than the municipality's page,
// kept beside the page's own facts and never replacing them.
type Note struct {
	Text   Text
	Source Text
}

// City is a city in the dataset: the home city or one of its partners.
type City struct {
	ID          string // lower-case ASCII slug, unique in a dataset
	Home        bool
	Name        Text         // the name in each language of the app
	Native      []NativeName // the names in the city's own languages and scripts
	Aliases     []string     // other names and spellings people may type
	Country     Country
	Region      Text
	Coordinates Coordinates
	Kind        Kind    // the kind of the relationship with the home city
	Events      []Event // in date order, undated ones last
	Areas       []Area  // areas of cooperation
	Groups      []Text  // the groups and professions the exchanges involve
	Aims        []Text  // the aims of the partnership, as the source lists them
	Description Text    // markdown: the page's lead
	Notes       []Note
}

// Since returns the earliest year among the city's dated events and true, or
// 0 and false when no event has a known year.
func (c City) Since() (int, bool) {
	year := 0
	for _, e := range c.Events {
		if e.Date.Precision == NoDate {
			continue
		}
		if year == 0 || e.Date.Year < year {
			year = e.Date.Year
		}
	}
	return year, year != 0
}

// Dataset is a home city and its partners, validated.
type Dataset struct {
	Home     City
	Partners []City // in the order they are shown
}

// Partner returns the partner with the given id.
func (d *Dataset) Partner(id string) (City, bool) {
	for _, c := range d.Partners {
		if c.ID == id {
			return c, true
		}
	}
	return City{}, false
}
