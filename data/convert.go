package data

import (
	"fmt"

	"github.com/ruse-twins/ruse-twins/model"
)

// convert builds a model city from a decoded file. Problems the model's
// validation cannot see (absent coordinates, dates and their precision) are
// returned as field errors; everything else is left to model.Validate.
func convert(c city) (model.City, []fieldError) {
	var errs []fieldError
	out := model.City{
		ID:          c.ID,
		Home:        c.Home,
		Name:        c.Name.model(),
		Aliases:     c.Aliases,
		Country:     model.Country{Code: c.Country.Code, Name: model.Text{BG: c.Country.BG, EN: c.Country.EN}, Aliases: c.Country.Aliases},
		Region:      c.Region.model(),
		Kind:        model.Kind(c.Kind),
		Description: c.Description.model(),
	}
	for _, n := range c.Native {
		out.Native = append(out.Native, model.NativeName{Name: n.Name, Lang: n.Lang, Script: n.Script})
	}
	out.Coordinates, errs = c.Coordinates.model(errs)
	for i, e := range c.Events {
		ev, err := e.model(fmt.Sprintf("events[%d]", i))
		if err != nil {
			errs = append(errs, *err)
		}
		out.Events = append(out.Events, ev)
	}
	for _, a := range c.Areas {
		out.Areas = append(out.Areas, model.Area(a))
	}
	for _, g := range c.Groups {
		out.Groups = append(out.Groups, g.model())
	}
	for _, a := range c.Aims {
		out.Aims = append(out.Aims, a.model())
	}
	for _, n := range c.Notes {
		out.Notes = append(out.Notes, model.Note{Text: n.Text.model(), Source: n.Source.model()})
	}
	if c.Home && (c.Kind != "" || len(c.Events) > 0) {
		errs = append(errs, fieldError{"home", "the home city has no kind or events: those belong to partners"})
	}
	return out, errs
}

func (t text) model() model.Text { return model.Text{BG: t.BG, EN: t.EN} }

func (c coordinates) model(errs []fieldError) (model.Coordinates, []fieldError) {
	var out model.Coordinates
	if c.Lat == nil {
		errs = append(errs, fieldError{"coordinates.lat", "missing latitude (coordinates.lat)"})
	} else {
		out.Lat = *c.Lat
	}
	if c.Lon == nil {
		errs = append(errs, fieldError{"coordinates.lon", "missing longitude (coordinates.lon)"})
	} else {
		out.Lon = *c.Lon
	}
	return out, errs
}

// model converts an event; at is its path, for the error of a bad date.
func (e event) model(at string) (model.Event, *fieldError) {
	out := model.Event{
		Kind:    model.Kind(e.Kind),
		Place:   e.Place.model(),
		Summary: e.Summary.model(),
	}
	for _, p := range e.Signatories {
		out.Signatories = append(out.Signatories, model.Person{Name: p.Name.model(), Role: p.Role.model(), Aliases: p.Aliases})
	}
	for _, o := range e.Organisations {
		out.Organisations = append(out.Organisations, model.Organisation{Name: o.Name.model(), Role: o.Role.model()})
	}
	p, ok := model.ParsePrecision(e.Precision)
	if !ok {
		return out, &fieldError{at + ".precision", fmt.Sprintf("precision %q is not one of day, month, year, none", e.Precision)}
	}
	d, err := model.ParseDate(e.Date, p)
	if err != nil {
		field := at + ".date"
		if e.Date == "" {
			field = at + ".precision"
		}
		return out, &fieldError{field, err.Error()}
	}
	out.Date = d
	return out, nil
}
