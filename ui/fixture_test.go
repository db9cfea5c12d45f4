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
// scripts and countries.
func fixture() model.Dataset {
	return model.Dataset{
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
			out = append(out, m.WithPositions(positions))
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
