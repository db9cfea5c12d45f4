package search

import "github.com/ruse-twins/ruse-twins/model"

// fact returns the fact of city c that the best match (places[best])
// belongs to, written out for a reader in language l ("Fernand Lefort,
// Mayor of Saint-Ouen", "25 September 1961 — twinning"), with the runes
// of it that the words placed in the same fact match. When the best word
// does not match the fact as written in l (a Bulgarian role typed in the
// English list), the fact is written in the language of the text it
// matched.
func (x *explainer) fact(c model.City, l model.Lang, places []placed, best int) (string, []int) {
	s := x.srcs[x.forms[places[best].choice.form].src]
	langs := []model.Lang{l}
	if s.lang != noLang && s.lang != l {
		langs = append(langs, s.lang)
	}
	var first string
	var firstAt []int
	for n, fl := range langs {
		text := factText(c, s, fl)
		var at []int
		found := false
		for i := range places {
			p := &places[i]
			if p.word == nil || p.where != aside || !sameFact(x.srcs[x.forms[p.choice.form].src], s) {
				continue
			}
			pos := x.locate(text, p.word, p.choice.slip)
			at = union(at, pos)
			found = found || i == best && len(pos) > 0
		}
		if found {
			return text, at
		}
		if n == 0 {
			first, firstAt = text, at
		}
	}
	return first, firstAt
}

// sameFact reports whether two sources belong to one fact, which factText
// writes out as one text: the date and kind of an event, a person with
// their other spellings and role, an organisation with its role.
func sameFact(a, b source) bool {
	eventish := func(s source) bool {
		return s.event >= 0 && (s.field == FieldYear || s.field == FieldMonth || s.field == FieldKind)
	}
	switch {
	case eventish(a) || eventish(b):
		return eventish(a) && eventish(b) && a.event == b.event
	case a.field != b.field || a.event != b.event:
		return false
	case a.field == FieldPerson, a.field == FieldOrganisation:
		return a.item == b.item
	case a.field == FieldCountry, a.field == FieldRegion, a.field == FieldPlace:
		return a.text == b.text || a.kind == b.kind
	}
	return a.item == b.item && a.kind == b.kind && (a.kind != partAlias || a.text == b.text)
}

// factText writes out the fact of c that s belongs to, in language l.
func factText(c model.City, s source, l model.Lang) string {
	switch s.field {
	case FieldCountry:
		if s.kind == partAlias && s.item >= 0 {
			return c.Country.Name.In(l) + " (" + s.text + ")"
		}
		return c.Country.Name.In(l)
	case FieldRegion:
		return c.Region.In(l)
	case FieldYear, FieldMonth, FieldKind:
		if s.event < 0 {
			return kindText(c.Kind, s, l)
		}
		e := c.Events[s.event]
		kind := kindText(e.Kind, s, l)
		if e.Date.Precision == model.NoDate {
			return kind
		}
		return model.FormatDate(e.Date, l) + " — " + kind
	case FieldPlace:
		return c.Events[s.event].Place.In(l)
	case FieldPerson:
		p := c.Events[s.event].Signatories[s.item]
		name := p.Name.In(l)
		if s.kind == partAlias {
			name += " (" + s.text + ")"
		}
		return withRole(name, p.Role.In(l))
	case FieldOrganisation:
		o := c.Events[s.event].Organisations[s.item]
		return withRole(o.Name.In(l), o.Role.In(l))
	case FieldArea:
		return c.Areas[s.item].Label(l)
	case FieldGroup:
		return c.Groups[s.item].In(l)
	}
	return s.text
}

// withRole writes out a name with the role it held, when there is one.
func withRole(name, role string) string {
	if role == "" {
		return name
	}
	return name + ", " + role
}

// kindText writes out kind k, with the other word of it that s is when s
// is one.
func kindText(k model.Kind, s source, l model.Lang) string {
	label := k.Label(l)
	if s.field == FieldKind && s.kind == partAlias {
		if words := k.Words(); int(s.item) < len(words) {
			return label + " (" + words[s.item].In(l) + ")"
		}
	}
	return label
}

// locate returns the runes of text that word w matches, as the search
// would score it there: text folded in every form a name gets, the best
// form's match mapped back to the runes of text.
func (x *explainer) locate(text string, w *hlWord, slip int16) []int {
	var spans []formSpan
	spans, x.lrunes, x.lorig = x.addForms(spans, x.lrunes[:0], x.lorig[:0], 0, text, true)
	x.local = x.finish(x.local[:0], spans, x.lrunes, x.lorig)
	var best *form
	bestScore, bestClass := int32(0), loose
	for i := range x.local {
		f := &x.local[i]
		if sc, c := rateKey(f.runes, nil, &f.text, f.mask, f.starts, f.words, f.phonetic, &w.p, nil, x.m, w.floor); sc > bestScore && w.counts(sc, c, f.phonetic, false) {
			best, bestScore, bestClass = f, sc, c
		}
	}
	if best == nil {
		if slip == 0 {
			return nil
		}
		// The slip forgiven in a key may be elsewhere in a longer text:
		// find it again.
		x.slip.m = x.m
		for i := range x.local {
			f := &x.local[i]
			if sc, how, _ := rateSlipRunes(f.runes, &f.text, f.mask, f.phonetic, &w.p, &x.slip); sc > bestScore {
				best, bestScore, slip = f, sc, how
			}
		}
		if best == nil {
			return nil
		}
		return x.positions(best, &w.p, slip, loose)
	}
	return x.positions(best, &w.p, 0, bestClass)
}
