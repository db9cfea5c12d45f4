package search

import (
	"iter"
	"strconv"

	"github.com/ruse-twins/ruse-twins/model"
)

// source is one text of a city that a query can match: a search key
// before folding, with what the search needs to weigh a match in it and
// what Explain needs to say where it is.
type source struct {
	field Field
	text  string
	// lang is the language the text is written for, or noLang for a text
	// that is the same in every language (a native name, an alias, a
	// code, a year).
	lang model.Lang
	// spelt says the text is a name people spell by ear (the city's
	// names, people's names): it gets the general and phonetic readings
	// too.
	spelt bool
	// kind says what the text is within its fact: its name, another name
	// of it, or a role.
	kind srcKind
	// event is the index of the event the text belongs to, or -1; item is
	// the index of the signatory, organisation, alias or word within it,
	// or -1.
	event, item int16
}

// noLang is the lang of a source that is the same in every language.
const noLang model.Lang = -1

// srcKind is what a source text is within its fact.
type srcKind uint8

const (
	partName  srcKind = iota // the fact's own name: a city's, a country's, a person's, a kind's label
	partAlias                // another name of it: an alias, a native name, a code, another word for a kind
	partRole                 // a person's or organisation's role
)

// roleWeight is the weight of a role, in eighths: it describes a person
// or organisation, and a word of it ("mayor") says less about a city than
// their name does.
const roleWeight = 5

// weight returns the share of a key's score, in eighths, that a match in
// this source gives its city.
func (s source) weight() int32 {
	if s.kind == partRole {
		return min(roleWeight, fields[s.field].weight)
	}
	return fields[s.field].weight
}

// sources lists every text of c that a search looks in, in a fixed
// order that Explain relies on: the first of equally good matches is the
// one it reports. Descriptions, summaries and notes are left out: their
// many words would let almost any query match almost any city.
func sources(c model.City) iter.Seq[source] {
	return func(yield func(source) bool) {
		y := func(s source) bool { return s.text == "" || yield(s) }
		both := func(s source, t model.Text) bool {
			for _, l := range model.Langs {
				s.text, s.lang = t.In(l), l
				if !y(s) {
					return false
				}
			}
			return true
		}
		name := source{field: FieldName, spelt: true, event: -1, item: -1}
		if !both(name, c.Name) {
			return
		}
		for i, n := range c.Native {
			if !y(source{field: FieldName, text: n.Name, lang: noLang, spelt: true, kind: partAlias, event: -1, item: int16(i)}) {
				return
			}
		}
		for i, a := range c.Aliases {
			if !y(source{field: FieldName, text: a, lang: noLang, spelt: true, kind: partAlias, event: -1, item: int16(len(c.Native) + i)}) {
				return
			}
		}
		if !both(source{field: FieldCountry, event: -1, item: -1}, c.Country.Name) ||
			!y(source{field: FieldCountry, text: c.Country.Code, lang: noLang, kind: partAlias, event: -1, item: -1}) {
			return
		}
		for i, a := range c.Country.Aliases {
			if !y(source{field: FieldCountry, text: a, lang: noLang, kind: partAlias, event: -1, item: int16(i)}) {
				return
			}
		}
		if !both(source{field: FieldRegion, event: -1, item: -1}, c.Region) || !kindSources(c.Kind, -1, both) {
			return
		}
		for i, e := range c.Events {
			if !eventSources(e, int16(i), y, both) {
				return
			}
		}
		for i, a := range c.Areas {
			if !both(source{field: FieldArea, event: -1, item: int16(i)}, model.Text{BG: a.Label(model.BG), EN: a.Label(model.EN)}) {
				return
			}
		}
		for i, g := range c.Groups {
			if !both(source{field: FieldGroup, event: -1, item: int16(i)}, g) {
				return
			}
		}
	}
}

// kindSources lists the label and the other words of kind k, of the city
// (event -1) or of an event.
func kindSources(k model.Kind, event int16, both func(source, model.Text) bool) bool {
	if k == "" {
		return true
	}
	if !both(source{field: FieldKind, event: event, item: -1}, model.Text{BG: k.Label(model.BG), EN: k.Label(model.EN)}) {
		return false
	}
	for i, w := range k.Words() {
		if !both(source{field: FieldKind, kind: partAlias, event: event, item: int16(i)}, w) {
			return false
		}
	}
	return true
}

// eventSources lists the texts of event e, the i-th of its city: its
// year, its month (and day), its kind, its place, its signatories and its
// organisations.
func eventSources(e model.Event, i int16, y func(source) bool, both func(source, model.Text) bool) bool {
	if e.Date.Precision != model.NoDate {
		if !y(source{field: FieldYear, text: strconv.Itoa(e.Date.Year), lang: noLang, event: i, item: -1}) {
			return false
		}
	}
	if e.Date.Precision >= model.MonthOnly {
		if !both(source{field: FieldMonth, event: i, item: -1}, monthText(e.Date)) {
			return false
		}
	}
	if !kindSources(e.Kind, i, both) || !both(source{field: FieldPlace, event: i, item: -1}, e.Place) {
		return false
	}
	for j, p := range e.Signatories {
		person := source{field: FieldPerson, spelt: true, event: i, item: int16(j)}
		if !both(person, p.Name) {
			return false
		}
		for _, a := range p.Aliases {
			alias := person
			alias.text, alias.lang, alias.kind = a, noLang, partAlias
			if !y(alias) {
				return false
			}
		}
		if !both(source{field: FieldPerson, kind: partRole, event: i, item: int16(j)}, p.Role) {
			return false
		}
	}
	for j, o := range e.Organisations {
		org := source{field: FieldOrganisation, event: i, item: int16(j)}
		if !both(org, o.Name) {
			return false
		}
		org.kind = partRole
		if !both(org, o.Role) {
			return false
		}
	}
	return true
}

// monthText is the month of a date as a search key, with its day when the
// date has one: "25 септември" and "25 September", or "февруари" and
// "February". The year is a key of its own, shared by every event of that
// year.
func monthText(d model.Date) model.Text {
	var t model.Text
	for _, l := range model.Langs {
		s := model.MonthName(d.Month, l)
		if d.Precision == model.Day {
			s = strconv.Itoa(d.Day) + " " + s
		}
		if l == model.BG {
			t.BG = s
		} else {
			t.EN = s
		}
	}
	return t
}
