package model

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Document returns the detail page of city c as CommonMark markdown in
// language l: its names, country, region, relationship with home, distance
// and direction from home, description, every event in date order with its
// signatories and organisations, the areas of cooperation, and the notes
// from other sources. The UI renders it with glamour and the command line
// prints it for show.
//
// Short texts from the data are escaped, so a name such as "#1" or "a*b"
// reads as written instead of becoming a heading or emphasis; the
// description is markdown by design and is kept as it is.
func Document(home City, c City, l Lang) string {
	d := &doc{lang: l}
	d.add("# " + escape(c.Name.In(l)))
	d.facts(home, c)
	d.section(labelAbout, strings.TrimSpace(c.Description.In(l)))
	d.events(c.Events)
	d.areas(c.Areas)
	d.notes(c.Notes)
	return d.String()
}

// FormatDate writes a date at its precision in the given language:
// "25 септември 1961 г." or "25 September 1961", "януари 2011 г." or
// "January 2011", "1986 г." or "1986", and "без дата" or "date not given".
func FormatDate(d Date, l Lang) string {
	switch d.Precision {
	case Day:
		return labelDayFormat.format(l, d.Day, monthName(d.Month, l), d.Year)
	case MonthOnly:
		return labelMonthFormat.format(l, monthName(d.Month, l), d.Year)
	case YearOnly:
		return labelYearFormat.format(l, d.Year)
	}
	return labelNoDate.in(l)
}

// doc collects the blocks of a markdown document in one language.
type doc struct {
	lang   Lang
	blocks []string
}

// add appends blocks, each one separated from the next by a blank line.
func (d *doc) add(blocks ...string) { d.blocks = append(d.blocks, blocks...) }

// String returns the document, ending in a newline.
func (d *doc) String() string { return strings.Join(d.blocks, "\n\n") + "\n" }

// section adds a second-level heading and its body, or nothing when the body
// is empty.
func (d *doc) section(title label, body ...string) {
	if len(body) == 0 || body[0] == "" {
		return
	}
	d.add("## " + title.in(d.lang))
	d.add(body...)
}

// facts adds the list of short facts under the heading.
func (d *doc) facts(home City, c City) {
	var items []string
	item := func(name, value string) {
		if value != "" {
			items = append(items, "- **"+name+":** "+value)
		}
	}
	l := d.lang
	native := labelNativeName
	if len(c.Native) > 1 {
		native = labelNativeNames
	}
	item(native.in(l), nativeNames(c.Native, l))
	item(labelCountry.in(l), escape(c.Country.Name.In(l)))
	item(labelRegion.in(l), escape(c.Region.In(l)))
	if c.Kind != "" {
		item(labelRelationship.in(l), escape(c.Kind.Label(l)))
	}
	if !c.Home && c.ID != home.ID {
		item(labelDistanceFormat.format(l, escape(home.Name.In(l))), distance(home, c, l))
	}
	if len(items) > 0 {
		d.add(strings.Join(items, "\n"))
	}
}

// nativeNames lists a city's native names with their language and script.
func nativeNames(names []NativeName, l Lang) string {
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = labelNativeFormat.format(l, escape(n.Name),
			codeName(languageNames, n.Lang, l), codeName(scriptNames, n.Script, l))
	}
	return strings.Join(parts, "; ")
}

// distance says how far c is from home, in whole kilometres, and in which
// direction of the compass.
func distance(home, c City, l Lang) string {
	km := int(math.Round(DistanceKm(home.Coordinates, c.Coordinates)))
	dir := Compass(BearingDeg(home.Coordinates, c.Coordinates)).Label.In(l)
	return labelDistanceValueFormat.format(l, km, dir)
}

// events adds the timeline: every event in date order, undated ones last.
func (d *doc) events(events []Event) {
	var blocks []string
	for _, e := range sortEvents(events) {
		blocks = append(blocks, d.event(e)...)
	}
	d.section(labelEvents, blocks...)
}

// sortEvents returns the events in date order, undated ones last, keeping
// the order of the data among equal dates. The argument is left untouched.
func sortEvents(events []Event) []Event {
	sorted := slices.Clone(events)
	slices.SortStableFunc(sorted, func(a, b Event) int {
		switch {
		case a.Date.Before(b.Date):
			return -1
		case b.Date.Before(a.Date):
			return 1
		}
		return 0
	})
	return sorted
}

// event returns the blocks of one event: a heading with its date and kind,
// then its place, summary, signatories and organisations.
func (d *doc) event(e Event) []string {
	l := d.lang
	title := labelEventFormat.format(l, capitalize(FormatDate(e.Date, l)), escape(e.Kind.Label(l)))
	blocks := []string{"### " + title}
	if place := e.Place.In(l); place != "" {
		blocks = append(blocks, "**"+labelPlace.in(l)+":** "+escape(place))
	}
	if summary := e.Summary.In(l); summary != "" {
		blocks = append(blocks, escape(summary))
	}
	blocks = append(blocks, d.people(labelSignatories, e.Signatories)...)
	return append(blocks, d.people(labelOrganisations, orgsAsPeople(e.Organisations))...)
}

// people returns a bold title and a list of names with their roles, or
// nothing when there is no one to list.
func (d *doc) people(title label, people []Person) []string {
	if len(people) == 0 {
		return nil
	}
	lines := make([]string, len(people))
	for i, p := range people {
		lines[i] = "- " + escape(p.Name.In(d.lang)) + " — " + escape(p.Role.In(d.lang))
	}
	return []string{"**" + title.in(d.lang) + ":**", strings.Join(lines, "\n")}
}

// orgsAsPeople converts organisations to persons: both are a name with a
// role, listed the same way.
func orgsAsPeople(orgs []Organisation) []Person {
	people := make([]Person, len(orgs))
	for i, o := range orgs {
		people[i] = Person{Name: o.Name, Role: o.Role}
	}
	return people
}

// areas adds the areas of cooperation, labelled from the vocabulary.
func (d *doc) areas(areas []Area) {
	if len(areas) == 0 {
		return
	}
	lines := make([]string, len(areas))
	for i, a := range areas {
		lines[i] = "- " + escape(a.Label(d.lang))
	}
	d.section(labelAreas, strings.Join(lines, "\n"))
}

// notes adds the notes from other sources, each with its source, under a
// line that says they are not the municipality's page.
func (d *doc) notes(notes []Note) {
	if len(notes) == 0 {
		return
	}
	l := d.lang
	lines := make([]string, len(notes))
	for i, n := range notes {
		lines[i] = "- " + escape(n.Text.In(l)) + " *(" + labelSourceFormat.format(l, escape(n.Source.In(l))) + ")*"
	}
	d.section(labelNotes, "*"+labelNotesIntro.in(l)+"*", strings.Join(lines, "\n"))
}

// mdInline are the characters that can open inline markdown structure and
// that both CommonMark and glamour read back from a backslash escape: code,
// emphasis, links and images, autolinks and raw HTML, and headings.
const mdInline = "\\`*_[]<>#"

// mdEntities replace the characters that glamour does not unescape after a
// backslash: '&' would start a character reference and '~' a GFM
// strikethrough. A character reference is read literally everywhere.
var mdEntities = map[rune]string{'&': "&amp;", '~': "&#126;"}

// orderedMarker matches text that would start an ordered list item.
var orderedMarker = regexp.MustCompile(`^([0-9]{1,9})([.)])`)

// escape makes a short text from the data safe to place anywhere in the
// document: it folds line breaks and runs of spaces into one space and
// escapes every character that could open markdown structure, including a
// leading list or quote marker.
func escape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for i, r := range s {
		if e, ok := mdEntities[r]; ok {
			b.WriteString(e)
			continue
		}
		if strings.ContainsRune(mdInline, r) || (i == 0 && (r == '-' || r == '+')) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return orderedMarker.ReplaceAllString(b.String(), `$1\$2`)
}

// capitalize upper-cases the first letter of s, for a date that opens a
// heading ("Без дата", "Януари 2011 г.").
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
