package cli

import (
	"math"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
)

// SchemaVersion names the JSON schema of list and show. It changes only
// when a field is removed or changes meaning; new fields may be added.
const SchemaVersion = "ruse-twins/1"

// The JSON shapes. Every field of the dataset is carried, in both
// languages, plus what the app derives (distance, direction, first year).
type (
	jsonDataset struct {
		Schema   string     `json:"schema"`
		Home     jsonCity   `json:"home"`
		Partners []jsonCity `json:"partners"`
	}
	jsonText struct {
		BG string `json:"bg"`
		EN string `json:"en"`
	}
	jsonTerm struct {
		Key string `json:"key"`
		BG  string `json:"bg"`
		EN  string `json:"en"`
	}
	jsonNative struct {
		Name   string `json:"name"`
		Lang   string `json:"lang"`
		Script string `json:"script"`
	}
	jsonCountry struct {
		Code    string   `json:"code"`
		Name    jsonText `json:"name"`
		Aliases []string `json:"aliases"`
	}
	jsonPerson struct {
		Name    jsonText `json:"name"`
		Role    jsonText `json:"role"`
		Aliases []string `json:"aliases"`
	}
	jsonOrganisation struct {
		Name jsonText `json:"name"`
		Role jsonText `json:"role"`
	}
	jsonEvent struct {
		Date          *string            `json:"date"`
		Precision     string             `json:"precision"`
		Kind          jsonTerm           `json:"kind"`
		Place         *jsonText          `json:"place"`
		Summary       jsonText           `json:"summary"`
		Signatories   []jsonPerson       `json:"signatories"`
		Organisations []jsonOrganisation `json:"organisations"`
	}
	// jsonMatch is why a query listed a city: the field that matched
	// best, its text in the language asked for (or as the query matched
	// it), the rune positions in that text that matched, and the city's
	// score, higher for a better match.
	jsonMatch struct {
		Field     string `json:"field"`
		Text      string `json:"text"`
		Positions []int  `json:"positions"`
		Score     int    `json:"score"`
	}
	jsonNote struct {
		Text   jsonText `json:"text"`
		Source jsonText `json:"source"`
	}
	jsonFromHome struct {
		DistanceKm int      `json:"distance_km"`
		BearingDeg float64  `json:"bearing_deg"`
		Direction  jsonTerm `json:"direction"`
	}
	jsonCity struct {
		ID          string        `json:"id"`
		Home        bool          `json:"home"`
		Name        jsonText      `json:"name"`
		Native      []jsonNative  `json:"native"`
		Aliases     []string      `json:"aliases"`
		Country     jsonCountry   `json:"country"`
		Region      *jsonText     `json:"region"`
		Coordinates [2]float64    `json:"coordinates"`
		FromHome    *jsonFromHome `json:"from_home"`
		Kind        *jsonTerm     `json:"kind"`
		Since       *int          `json:"since"`
		Events      []jsonEvent   `json:"events"`
		Areas       []jsonTerm    `json:"areas"`
		Groups      []jsonText    `json:"groups"`
		Aims        []jsonText    `json:"aims"`
		Description jsonText      `json:"description"`
		Notes       []jsonNote    `json:"notes"`
		Match       *jsonMatch    `json:"match,omitempty"`
	}
)

func toJSONText(t model.Text) jsonText { return jsonText{t.BG, t.EN} }

func optText(t model.Text) *jsonText {
	if t.IsZero() {
		return nil
	}
	j := toJSONText(t)
	return &j
}

func term(key string, label model.Text) jsonTerm { return jsonTerm{key, label.BG, label.EN} }

func kindTerm(k model.Kind) jsonTerm {
	return term(string(k), model.Text{BG: k.Label(model.BG), EN: k.Label(model.EN)})
}

// toJSON converts a city; home is the home city, for distance and
// direction (nil for the home city itself).
func toJSON(c model.City, home *model.City) jsonCity {
	j := jsonCity{
		ID:          c.ID,
		Home:        c.Home,
		Name:        toJSONText(c.Name),
		Native:      []jsonNative{},
		Aliases:     append([]string{}, c.Aliases...),
		Country:     jsonCountry{c.Country.Code, toJSONText(c.Country.Name), append([]string{}, c.Country.Aliases...)},
		Region:      optText(c.Region),
		Coordinates: [2]float64{c.Coordinates.Lat, c.Coordinates.Lon},
		Events:      []jsonEvent{},
		Areas:       []jsonTerm{},
		Groups:      []jsonText{},
		Aims:        []jsonText{},
		Description: toJSONText(c.Description),
		Notes:       []jsonNote{},
	}
	for _, n := range c.Native {
		j.Native = append(j.Native, jsonNative(n))
	}
	if home != nil {
		bearing := model.BearingDeg(home.Coordinates, c.Coordinates)
		pt := model.Compass(bearing)
		j.FromHome = &jsonFromHome{
			DistanceKm: int(math.Round(model.DistanceKm(home.Coordinates, c.Coordinates))),
			BearingDeg: math.Round(bearing*10) / 10,
			Direction:  term(pt.Key, pt.Label),
		}
	}
	if c.Kind != "" {
		k := kindTerm(c.Kind)
		j.Kind = &k
	}
	if y, ok := c.Since(); ok {
		j.Since = &y
	}
	for _, e := range c.Events {
		j.Events = append(j.Events, eventJSON(e))
	}
	for _, a := range c.Areas {
		j.Areas = append(j.Areas, term(string(a), model.Text{BG: a.Label(model.BG), EN: a.Label(model.EN)}))
	}
	for _, g := range c.Groups {
		j.Groups = append(j.Groups, toJSONText(g))
	}
	for _, a := range c.Aims {
		j.Aims = append(j.Aims, toJSONText(a))
	}
	for _, n := range c.Notes {
		j.Notes = append(j.Notes, jsonNote{toJSONText(n.Text), toJSONText(n.Source)})
	}
	return j
}

// matchJSON says why a query listed a city, as explained.
func matchJSON(m search.Match, e search.Explanation) *jsonMatch {
	return &jsonMatch{
		Field:     e.Best.Field.String(),
		Text:      e.Best.Text,
		Positions: append([]int{}, e.Best.Positions...),
		Score:     m.Score,
	}
}

func eventJSON(e model.Event) jsonEvent {
	j := jsonEvent{
		Precision:     e.Date.Precision.String(),
		Kind:          kindTerm(e.Kind),
		Place:         optText(e.Place),
		Summary:       toJSONText(e.Summary),
		Signatories:   []jsonPerson{},
		Organisations: []jsonOrganisation{},
	}
	if iso := e.Date.ISO(); iso != "" {
		j.Date = &iso
	}
	for _, p := range e.Signatories {
		j.Signatories = append(j.Signatories, jsonPerson{toJSONText(p.Name), toJSONText(p.Role), append([]string{}, p.Aliases...)})
	}
	for _, o := range e.Organisations {
		j.Organisations = append(j.Organisations, jsonOrganisation{toJSONText(o.Name), toJSONText(o.Role)})
	}
	return j
}
