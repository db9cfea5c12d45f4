package model

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Document returns the page of city c as CommonMark markdown in language
// l, built so that each fact has one place: the name; a lead (the
// description: what the partnership is and since when); the short facts
// (native names, country, region, relationship, distance and direction
// from home); the timeline, one item per event in date order with its
// place and its people; the aims as the source lists them; the areas of
// cooperation as one line of tags; and the notes from other sources, each
// with its source. The UI renders it with glamour and the command line
// prints it for show.
//
// Short texts from the data are escaped, so a name such as "#1" or "a*b"
// reads as written instead of becoming a heading or emphasis; the
// description is markdown by design and is kept as it is, except that its
// lines are joined into one per paragraph or list item (see unwrap), so
// that it flows to any width like the rest of the page.
func Document(home City, c City, l Lang) string {
	d := &doc{lang: l}
	d.add("# " + escape(c.Name.In(l)))
	lead := unwrap(c.Description.In(l))
	if lead != "" {
		d.add(lead)
	}
	d.facts(home, c, markerAfter(lead))
	d.timeline(c.Events)
	d.aims(c)
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

// FormatKm writes a distance in whole kilometres in the given language:
// "1888 км" or "1888 km".
func FormatKm(km int, l Lang) string { return labelKmFormat.format(l, km) }

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
func (d *doc) section(title string, body ...string) {
	if len(body) == 0 || body[0] == "" {
		return
	}
	d.add("## " + title)
	d.add(body...)
}

// list returns items as a markdown list, one line each.
func list(items []string) string { return listWith("-", items) }

// listWith returns items as a markdown list with the given bullet marker.
func listWith(marker string, items []string) string {
	lines := make([]string, len(items))
	for i, it := range items {
		lines[i] = marker + " " + it
	}
	return strings.Join(lines, "\n")
}

// markerAfter returns a bullet marker for a list that follows md: one
// that md's last line, if it is a list item, does not use, since two
// lists with the same marker and only a blank line between them are one
// list in CommonMark.
func markerAfter(md string) string {
	last := md[strings.LastIndexByte(md, '\n')+1:]
	if strings.HasPrefix(strings.TrimLeft(last, " "), "-") {
		return "*"
	}
	return "-"
}

// facts adds the list of short facts under the lead, with the bullet
// marker given.
func (d *doc) facts(home City, c City, marker string) {
	var items []string
	item := func(name, value string) {
		if value != "" {
			items = append(items, "**"+name+":** "+value)
		}
	}
	l := d.lang
	item(nativeLabel(c.Native).in(l), nativeNames(c.Native, l))
	item(labelCountry.in(l), escape(c.Country.Name.In(l)))
	item(labelRegion.in(l), escape(c.Region.In(l)))
	if c.Kind != "" {
		item(labelRelationship.in(l), escape(c.Kind.Label(l)))
	}
	if !c.Home && c.ID != home.ID {
		item(labelDistanceFormat.format(l, escape(home.Name.In(l))), distance(home, c, l))
	}
	if len(items) > 0 {
		d.add(listWith(marker, items))
	}
}

// nativeLabel is the label of a city's native names: one name, several
// in one language, or names in several languages (which Bulgarian tells
// apart: „Имена на местния език“, „Имена на местните езици“).
func nativeLabel(names []NativeName) label {
	switch {
	case len(names) <= 1:
		return labelNativeName
	case slices.ContainsFunc(names, func(n NativeName) bool { return n.Lang != names[0].Lang }):
		return labelNativeNamesLangs
	}
	return labelNativeNames
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

// timeline adds the events in date order, undated ones last, one list
// item each.
func (d *doc) timeline(events []Event) {
	items := make([]string, 0, len(events))
	for _, e := range sortEvents(events) {
		items = append(items, d.event(e))
	}
	if len(items) > 0 {
		d.section(labelEvents.in(d.lang), list(items))
	}
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

// event returns one event on one line: its date (in bold) and place, what
// happened, who signed, and the organisations that took part, each with
// their role.
func (d *doc) event(e Event) string {
	l := d.lang
	s := "**" + capitalize(FormatDate(e.Date, l)) + "**"
	if place := e.Place.In(l); place != "" {
		s += ", " + escape(place)
	}
	parts := []string{s + " —"}
	if summary := escape(e.Summary.In(l)); summary != "" {
		parts = append(parts, sentence(summary))
	}
	if len(e.Signatories) > 0 {
		parts = append(parts, labelSignedByFormat.format(l, d.people(e.Signatories)))
	}
	if n := len(e.Organisations); n > 0 {
		title := labelOrganisations
		if n == 1 {
			title = labelOrganisation
		}
		parts = append(parts, labelPeopleFormat.format(l, title.in(l), d.people(orgsAsPeople(e.Organisations))))
	}
	return strings.Join(parts, " ")
}

// people names persons with their roles: "A (role) and B (role)".
func (d *doc) people(people []Person) string {
	names := make([]string, len(people))
	for i, p := range people {
		names[i] = escape(p.Name.In(d.lang))
		if role := escape(p.Role.In(d.lang)); role != "" {
			names[i] += " (" + role + ")"
		}
	}
	return joinAnd(names, d.lang)
}

// joinAnd joins items as a sentence lists them: "A", "A and B",
// "A, B and C".
func joinAnd(items []string, l Lang) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + labelAnd.in(l) + items[len(items)-1]
}

// sentence ends s with a full stop unless it already ends a sentence.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
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

// aims adds the aims of the partnership as the source lists them, under
// a heading that says what they are: the main activities of a euroregion,
// the aim, or the aims.
func (d *doc) aims(c City) {
	if len(c.Aims) == 0 {
		return
	}
	title := labelAims
	switch {
	case c.Kind == Euroregion:
		title = labelActivities
	case len(c.Aims) == 1:
		title = labelAim
	}
	items := make([]string, len(c.Aims))
	for i, a := range c.Aims {
		items[i] = escape(a.In(d.lang))
	}
	d.section(title.in(d.lang), list(items))
}

// areas adds the areas of cooperation, labelled from the vocabulary, as
// one line of short tags.
func (d *doc) areas(areas []Area) {
	tags := make([]string, len(areas))
	for i, a := range areas {
		tags[i] = escape(a.Label(d.lang))
	}
	if len(tags) > 0 {
		d.section(labelAreas.in(d.lang), strings.Join(tags, " · "))
	}
}

// notes adds the notes from other sources, each with its source, under a
// line that says they are not the municipality's page.
func (d *doc) notes(notes []Note) {
	if len(notes) == 0 {
		return
	}
	l := d.lang
	items := make([]string, len(notes))
	for i, n := range notes {
		items[i] = sentence(escape(n.Text.In(l))) + " *(" + labelSourceFormat.format(l, escape(n.Source.In(l))) + ")*"
	}
	d.section(labelNotes.in(l), "*"+labelNotesIntro.in(l)+"*", list(items))
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
