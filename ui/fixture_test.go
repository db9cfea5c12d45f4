package ui

import (
	"sort"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
	engine "github.com/ruse-twins/ruse-twins/model/search"
)

// The ui tests run on this dataset, built here so that they need neither
// the embedded files nor the real search: what they check is the screen.

// city builds a fixture partner.
func city(id, bg, en, native, code, countryBG, countryEN string, year int, desc string) model.City {
	c := model.City{
		ID:      id,
		Name:    model.Text{BG: bg, EN: en},
		Native:  []model.NativeName{{Name: native, Lang: "xx", Script: "Latn"}},
		Country: model.Country{Code: code, Name: model.Text{BG: countryBG, EN: countryEN}},
		Region:  model.Text{BG: "регион", EN: "region"},
		Kind:    model.Twinning,
		Areas:   []model.Area{"culture", "tourism"},
		Description: model.Text{
			BG: "Описание на " + bg + ". " + strings.Repeat("Дълъг текст за превъртане. ", 12),
			EN: desc + " " + strings.Repeat("Long text to scroll through. ", 12),
		},
		Coordinates: model.Coordinates{Lat: 44, Lon: 20},
	}
	if year != 0 {
		c.Events = []model.Event{{
			Date:    model.Date{Year: year, Precision: model.YearOnly},
			Kind:    model.Twinning,
			Summary: model.Text{BG: "Подписано е споразумение.", EN: "An agreement is signed."},
		}}
	}
	return c
}

// fixture is a home city and nine partners, like the real ones in names,
// scripts, countries, places and dates (see placed).
func fixture() model.Dataset {
	ds := model.Dataset{
		Home: model.City{ID: "ruse", Home: true, Name: model.Text{BG: "Русе", EN: "Ruse"},
			Country:     model.Country{Code: "BG", Name: model.Text{BG: "България", EN: "Bulgaria"}},
			Coordinates: model.Coordinates{Lat: 43.8487, Lon: 25.9534}},
		Partners: []model.City{
			city("saint-ouen", "Сент-Уан", "Saint-Ouen", "Saint-Ouen-sur-Seine", "FR", "Франция", "France", 1961, "The oldest partnership."),
			city("giurgiu", "Гюргево", "Giurgiu", "Giurgiu", "RO", "Румъния", "Romania", 2002, "Across the Danube."),
			city("volgograd", "Волгоград", "Volgograd", "Волгоград", "RU", "Русия", "Russia", 2000, "On the Volga."),
			city("peristeri", "Перистери", "Peristeri", "Περιστέρι", "GR", "Гърция", "Greece", 1986, "Near Athens."),
			city("huainan", "Хуай Нан", "Huainan", "淮南", "CN", "Китай", "China", 1994, "In Anhui."),
			city("ujbuda", "Уйбуда", "Újbuda", "Újbuda", "HU", "Унгария", "Hungary", 2010, "A district of Budapest."),
			city("trogir", "Трогир", "Trogir", "Trogir", "HR", "Хърватия", "Croatia", 2011, "On the Adriatic."),
			city("bijeljina", "Биелина", "Bijeljina", "Бијељина", "BA", "Босна и Херцеговина", "Bosnia and Herzegovina", 0, "No date given."),
			city("simferopol", "Симферопол", "Simferopol", "Сімферополь", "UA", "Украйна", "Ukraine", 1986, "In Crimea."),
		},
	}
	for i, c := range ds.Partners {
		ds.Partners[i] = placed(c)
	}
	return ds
}

// places are the partners' coordinates, and the dates of their events
// where the first year alone does not say them, at the precisions of the
// real data: so that the map and the timeline have the shapes of the
// real ones.
var places = map[string]struct {
	lat, lon float64
	dates    []model.Date
}{
	"saint-ouen": {48.9123, 2.3342, []model.Date{{Year: 1961, Month: 9, Day: 25, Precision: model.Day}}},
	"giurgiu":    {43.8866, 25.9627, []model.Date{{Year: 2002, Month: 5, Day: 9, Precision: model.Day}}},
	"volgograd":  {48.7138, 44.4976, nil},
	"peristeri":  {38.0154, 23.6919, []model.Date{{Year: 1986, Precision: model.YearOnly}, {Year: 2002, Month: 2, Precision: model.MonthOnly}}},
	"huainan":    {32.6264, 116.9969, []model.Date{{Year: 1994, Month: 9, Day: 24, Precision: model.Day}}},
	"ujbuda":     {47.4754, 19.0445, []model.Date{{Year: 2010, Month: 8, Day: 19, Precision: model.Day}}},
	"trogir":     {43.5125, 16.2517, []model.Date{{Year: 2011, Month: 1, Precision: model.MonthOnly}}},
	"bijeljina":  {44.7587, 19.2144, []model.Date{{Precision: model.NoDate}}},
	"simferopol": {44.9572, 34.1108, []model.Date{{Year: 1986, Precision: model.YearOnly}, {Year: 2008, Month: 9, Day: 23, Precision: model.Day}}},
}

// placed gives a fixture partner its place and the dates of its events.
func placed(c model.City) model.City {
	p := places[c.ID]
	c.Coordinates = model.Coordinates{Lat: p.lat, Lon: p.lon}
	if len(p.dates) > 0 {
		e := model.Event{Kind: model.Twinning, Summary: model.Text{BG: "Подписано е споразумение.", EN: "An agreement is signed."}}
		c.Events = nil
		for _, d := range p.dates {
			e.Date = d
			c.Events = append(c.Events, e)
		}
	}
	return c
}

// fakeSearcher finds a query in the names shown (with the positions of
// the characters it matched) or, ranked lower, in the countries and native
// names (without positions).
type fakeSearcher struct{ cities []model.City }

// Search implements Searcher.
func (f fakeSearcher) Search(query string, l model.Lang) []engine.Match {
	q := []rune(strings.ToLower(strings.TrimSpace(query)))
	var out []engine.Match
	for i, c := range f.cities {
		m := engine.Match{Index: i, ID: c.ID}
		if len(q) == 0 {
			out = append(out, m)
			continue
		}
		if at := runeIndex([]rune(strings.ToLower(c.Name.In(l))), q); at >= 0 {
			m.Score = 2
			var positions []int
			for p := at; p < at+len(q); p++ {
				positions = append(positions, p)
			}
			out = append(out, m.WithExplanation(engine.Explanation{Name: positions}))
			continue
		}
		other := strings.ToLower(c.Country.Name.BG + " " + c.Country.Name.EN + " " + c.Native[0].Name)
		if strings.Contains(other, string(q)) {
			m.Score = 1
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// runeIndex is strings.Index counted in runes.
func runeIndex(s, sub []rune) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if string(s[i:i+len(sub)]) == string(sub) {
			return i
		}
	}
	return -1
}

// newTest returns a browser on the fixture in lang, without colour, at
// width×height.
func newTest(t *testing.T, lang model.Lang, width, height int) Model {
	t.Helper()
	ds := fixture()
	m := New(ds, fakeSearcher{ds.Partners}, Options{Lang: lang, Look: plainLook()})
	return resize(m, width, height)
}

// send passes messages to the model in turn, as the program would, and
// lets the pages each one asks for come (see rendered).
func send(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = rendered(next.(Model))
	}
	return m
}

// resize sends a window size.
func resize(m Model, width, height int) Model {
	return send(m, tea.WindowSizeMsg{Width: width, Height: height})
}

// keys turns key names into key messages: "down", "enter", "esc", "tab",
// "ctrl+c", or a single character (any script) typed.
func keys(names ...string) []tea.Msg {
	special := map[string]tea.KeyType{
		"up": tea.KeyUp, "down": tea.KeyDown, "enter": tea.KeyEnter, "esc": tea.KeyEsc,
		"tab": tea.KeyTab, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome,
		"end": tea.KeyEnd, "ctrl+c": tea.KeyCtrlC, "backspace": tea.KeyBackspace, "space": tea.KeySpace,
	}
	var msgs []tea.Msg
	for _, n := range names {
		if k, ok := special[n]; ok {
			msgs = append(msgs, tea.KeyMsg{Type: k})
			continue
		}
		msgs = append(msgs, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(n)})
	}
	return msgs
}

// typed turns text into one key message a character, as a person types.
func typed(text string) []tea.Msg {
	var msgs []tea.Msg
	for _, r := range text {
		if r == ' ' {
			msgs = append(msgs, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
			continue
		}
		msgs = append(msgs, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return msgs
}

// press sends keys by name.
func press(m Model, names ...string) Model { return send(m, keys(names...)...) }
