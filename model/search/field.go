package search

import "github.com/ruse-twins/ruse-twins/model"

// Field is the kind of fact about a city that a query matched: what a
// result says when it tells why the city is listed.
type Field uint8

// The fields a search looks in.
const (
	FieldName         Field = iota // a name of the city: in either language, native, or an alias
	FieldCountry                   // its country: name, code or another name of it
	FieldRegion                    // its region
	FieldYear                      // the year of an event
	FieldMonth                     // the month, or day and month, of an event
	FieldKind                      // the kind of the relationship, or of an event
	FieldPlace                     // where an event took place
	FieldPerson                    // a signatory, by name, other spelling or role
	FieldOrganisation              // an organisation of an event, by name or role
	FieldArea                      // an area of cooperation
	FieldGroup                     // a group or profession of the exchanges
)

// fieldInfo is what the search knows of a field: its name in exports, its
// label in the list, and the weight of a match in it.
type fieldInfo struct {
	key   string
	label model.Text
	// weight is the share of a key's score a city gets for a match in
	// the field, in eighths: names outrank everything, and the parts of
	// a fact that only describe it (a role) count less than those that
	// name it.
	weight int32
}

var fields = [...]fieldInfo{
	FieldName:         {"name", model.Text{BG: "известен като", EN: "known as"}, 8},
	FieldCountry:      {"country", model.Text{BG: "държава", EN: "country"}, 6},
	FieldRegion:       {"region", model.Text{BG: "регион", EN: "region"}, 5},
	FieldYear:         {"year", model.Text{BG: "година", EN: "year"}, 6},
	FieldMonth:        {"month", model.Text{BG: "дата", EN: "date"}, 5},
	FieldKind:         {"kind", model.Text{BG: "вид", EN: "kind"}, 5},
	FieldPlace:        {"place", model.Text{BG: "място", EN: "place"}, 5},
	FieldPerson:       {"person", model.Text{BG: "подписал", EN: "signatory"}, 6},
	FieldOrganisation: {"organisation", model.Text{BG: "организация", EN: "organisation"}, 6},
	FieldArea:         {"area", model.Text{BG: "сътрудничество", EN: "cooperation"}, 5},
	FieldGroup:        {"group", model.Text{BG: "обмен", EN: "exchanges"}, 5},
}

// String returns the field's name in exports: "name", "country", "person", ...
func (f Field) String() string {
	if int(f) < len(fields) {
		return fields[f].key
	}
	return "unknown"
}

// Label returns what the list says before a match in the field, in
// language l: "signatory" or "подписал" before "Fernand Lefort, Mayor of
// Saint-Ouen".
func (f Field) Label(l model.Lang) string {
	if int(f) < len(fields) {
		return fields[f].label.In(l)
	}
	return ""
}

// Fields lists every field, in the order of their constants.
func Fields() []Field {
	out := make([]Field, len(fields))
	for i := range out {
		out[i] = Field(i)
	}
	return out
}
