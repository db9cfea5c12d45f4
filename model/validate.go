package model

import (
	"fmt"
	"math"
	"regexp"
	"strings"
)

// Problem is one thing wrong with a dataset, found by Validate.
type Problem struct {
	// City is the index of the city in the validated slice, or -1 for a
	// problem of the dataset as a whole.
	City int
	// Field is the path of the offending field in the dataset's own field
	// names ("name.en", "events[1].signatories[0].role.bg"); empty for the
	// city as a whole.
	Field string
	// Line is the line of the field's text that the problem is on, from
	// 1; 0 when it concerns the field as a whole.
	Line int
	Msg  string
}

var (
	idPattern      = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	countryPattern = regexp.MustCompile(`^[A-Z]{2}$`)
	scriptPattern  = regexp.MustCompile(`^[A-Z][a-z]{3}$`)
	langPattern    = regexp.MustCompile(`^[a-z]{2,3}$`)
)

// Validate checks a dataset's cities: exactly one home city, unique
// well-formed ids, every visitor-facing text in both languages, terms from
// the vocabulary, coordinates on the Earth, no control or invisible
// characters, one-line texts on one line, and every text and list within
// the limits of limits.go. It returns every problem found, in city order.
func Validate(cities []City) []Problem {
	v := &validator{}
	homes, ids := 0, map[string]int{}
	for _, c := range cities {
		ids[c.ID]++
		if c.Home {
			homes++
		}
	}
	for i, c := range cities {
		v.city = i
		if c.Home && homes > 1 {
			v.add("home", fmt.Sprintf("one of %d home cities: only one file may have home: true", homes))
		}
		if n := ids[c.ID]; n > 1 && c.ID != "" {
			v.add("id", fmt.Sprintf("id %q is used by %d files: ids must be unique", c.ID, n))
		}
		v.checkCity(c)
	}
	if homes == 0 && len(cities) > 0 {
		v.problems = append(v.problems, Problem{City: -1, Msg: "no home city: one file must have home: true"})
	}
	v.checkPartnersAgainstHome(cities)
	return v.problems
}

// validator collects problems for one city at a time.
type validator struct {
	city     int
	problems []Problem
}

func (v *validator) add(field, msg string) {
	v.problems = append(v.problems, Problem{City: v.city, Field: field, Msg: msg})
}

// addAt reports a problem on a line of a field's text.
func (v *validator) addAt(field string, line int, msg string) {
	v.problems = append(v.problems, Problem{City: v.city, Field: field, Line: line, Msg: msg})
}

// items reports a list longer than MaxItems.
func (v *validator) items(field string, n int) {
	if n > MaxItems {
		v.add(field, fmt.Sprintf("%d entries: at most %d", n, MaxItems))
	}
}

func (v *validator) checkCity(c City) {
	switch {
	case c.ID == "":
		v.add("id", "missing id")
	case !idPattern.MatchString(c.ID):
		v.add("id", fmt.Sprintf("malformed id %q: use lower-case letters a-z, digits and single hyphens", c.ID))
	}
	v.required("name", c.Name, oneLine)
	v.items("native", len(c.Native))
	v.items("aliases", len(c.Aliases))
	v.items("events", len(c.Events))
	v.items("notes", len(c.Notes))
	if len(c.Native) == 0 {
		v.add("native", "missing native name: give at least one, with its lang and script")
	}
	for i, n := range c.Native {
		v.checkNative(fmt.Sprintf("native[%d]", i), n)
	}
	for i, a := range c.Aliases {
		v.plain(fmt.Sprintf("aliases[%d]", i), a, true, oneLine)
	}
	v.checkCountry(c.Country)
	v.optional("region", c.Region, oneLine)
	v.checkCoordinates(c.Coordinates)
	v.required("description", c.Description, markdown)
	if c.Home {
		return
	}
	v.checkPartnership(c)
}

func (v *validator) checkPartnership(c City) {
	switch {
	case c.Kind == "":
		v.add("kind", "missing kind of relationship: one of "+vocabList(Kinds))
	case !c.Kind.Valid():
		v.add("kind", fmt.Sprintf("unknown kind %q: use one of %s", c.Kind, vocabList(Kinds)))
	}
	if len(c.Events) == 0 {
		v.add("events", "missing events: a partner needs at least one (precision: none when undated)")
	}
	for i, e := range c.Events {
		v.checkEvent(fmt.Sprintf("events[%d]", i), e)
	}
	seen := map[Area]bool{}
	for i, a := range c.Areas {
		field := fmt.Sprintf("areas[%d]", i)
		switch {
		case !a.Valid():
			v.add(field, fmt.Sprintf("unknown area of cooperation %q: use one of %s", a, vocabList(Areas)))
		case seen[a]:
			v.add(field, fmt.Sprintf("area %q is listed twice", a))
		}
		seen[a] = true
	}
	v.items("groups", len(c.Groups))
	for i, g := range c.Groups {
		v.required(fmt.Sprintf("groups[%d]", i), g, oneLine)
	}
	v.items("aims", len(c.Aims))
	for i, a := range c.Aims {
		v.required(fmt.Sprintf("aims[%d]", i), a, paragraph)
	}
	for i, n := range c.Notes {
		v.required(fmt.Sprintf("notes[%d].text", i), n.Text, paragraph)
		v.required(fmt.Sprintf("notes[%d].source", i), n.Source, oneLine)
	}
}

func (v *validator) checkNative(field string, n NativeName) {
	v.plain(field+".name", n.Name, true, oneLine)
	if !langPattern.MatchString(n.Lang) {
		v.add(field+".lang", fmt.Sprintf("lang %q is not an ISO 639 code such as fr, zh or crh", n.Lang))
	}
	if !scriptPattern.MatchString(n.Script) {
		v.add(field+".script", fmt.Sprintf("script %q is not an ISO 15924 code such as Latn, Cyrl, Grek or Hans", n.Script))
	}
}

func (v *validator) checkCountry(c Country) {
	if !countryPattern.MatchString(c.Code) {
		v.add("country.code", fmt.Sprintf("country code %q is not an ISO 3166-1 code such as BG or FR", c.Code))
	}
	v.plain("country.bg", c.Name.BG, true, oneLine)
	v.plain("country.en", c.Name.EN, true, oneLine)
	v.items("country.aliases", len(c.Aliases))
	for i, a := range c.Aliases {
		v.plain(fmt.Sprintf("country.aliases[%d]", i), a, true, oneLine)
	}
}

func (v *validator) checkCoordinates(c Coordinates) {
	// NaN compares false with everything, and would pass the ranges.
	if math.IsNaN(c.Lat) || math.IsNaN(c.Lon) {
		field := "coordinates.lat"
		if !math.IsNaN(c.Lat) {
			field = "coordinates.lon"
		}
		v.add(field, "a coordinate is not a number: give decimal degrees")
		return
	}
	if c.Lat < -90 || c.Lat > 90 {
		v.add("coordinates.lat", fmt.Sprintf("latitude %v is out of range -90..90", c.Lat))
	}
	if c.Lon < -180 || c.Lon > 180 {
		v.add("coordinates.lon", fmt.Sprintf("longitude %v is out of range -180..180", c.Lon))
	}
}

func (v *validator) checkEvent(field string, e Event) {
	switch {
	case e.Kind == "":
		v.add(field+".kind", "missing kind: one of "+vocabList(Kinds))
	case !e.Kind.Valid():
		v.add(field+".kind", fmt.Sprintf("unknown kind %q: use one of %s", e.Kind, vocabList(Kinds)))
	}
	v.required(field+".summary", e.Summary, paragraph)
	v.optional(field+".place", e.Place, oneLine)
	v.items(field+".signatories", len(e.Signatories))
	v.items(field+".organisations", len(e.Organisations))
	for i, p := range e.Signatories {
		at := fmt.Sprintf("%s.signatories[%d]", field, i)
		v.required(at+".name", p.Name, oneLine)
		v.required(at+".role", p.Role, oneLine)
		v.items(at+".aliases", len(p.Aliases))
		for j, a := range p.Aliases {
			v.plain(fmt.Sprintf("%s.aliases[%d]", at, j), a, true, oneLine)
		}
	}
	for i, o := range e.Organisations {
		v.required(fmt.Sprintf("%s.organisations[%d].name", field, i), o.Name, oneLine)
		v.required(fmt.Sprintf("%s.organisations[%d].role", field, i), o.Role, oneLine)
	}
}

// required checks a text that must be given in both languages.
func (v *validator) required(field string, t Text, k textKind) {
	v.plain(field+".bg", t.BG, true, k)
	v.plain(field+".en", t.EN, true, k)
}

// optional checks a text that may be absent, but never in one language only.
func (v *validator) optional(field string, t Text, k textKind) {
	if t.IsZero() {
		return
	}
	v.required(field, t, k)
}

// plain checks one string: present when needed, safe for a terminal, on
// one line if it is shown on one, and within the limits of its kind.
func (v *validator) plain(field, s string, needed bool, k textKind) {
	if strings.TrimSpace(s) == "" {
		if needed {
			v.add(field, "missing "+describe(field))
		}
		return
	}
	check := CheckText
	if k == oneLine {
		check = CheckLine
	}
	if err := check(s); err != nil {
		v.add(field, err.Error())
		return
	}
	if p, ok := checkLimits(s, k); ok {
		v.addAt(field, p.line, p.msg)
	}
}

// describe names a field for a "missing ..." message, saying which
// translation is missing when the field is one.
func describe(field string) string {
	switch {
	case strings.HasSuffix(field, ".bg"):
		return "Bulgarian text (" + field + ")"
	case strings.HasSuffix(field, ".en"):
		return "English text (" + field + ")"
	}
	return field
}

// checkPartnersAgainstHome reports a partner that is the home city itself
// under another id: same name or same place.
func (v *validator) checkPartnersAgainstHome(cities []City) {
	home := -1
	for i, c := range cities {
		if c.Home {
			home = i
			break
		}
	}
	if home < 0 {
		return
	}
	h := cities[home]
	for i, c := range cities {
		if c.Home {
			continue
		}
		v.city = i
		if c.Name == h.Name || c.Coordinates == h.Coordinates {
			v.add("", fmt.Sprintf("partner %q is the home city %q itself", c.ID, h.ID))
		}
	}
}

// vocabList lists the keys of a vocabulary for an error message.
func vocabList(terms []Term) string {
	keys := make([]string, len(terms))
	for i, t := range terms {
		keys[i] = t.Key
	}
	return strings.Join(keys, ", ")
}
