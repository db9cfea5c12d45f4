package cli

import (
	"bytes"
	"testing"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui/termsafe/termsafetest"
)

// noSearch finds nothing: the hostile tests show cities by id.
type noSearch struct{}

func (noSearch) Search(string, model.Lang) []search.Match { return nil }

// hostileCity is a full partner with every field filled, for planting.
func hostileCity() model.City {
	return model.City{
		ID:      "target",
		Name:    model.Text{BG: "Цел", EN: "Target"},
		Native:  []model.NativeName{{Name: "Ziel", Lang: "de", Script: "Latn"}},
		Aliases: []string{"alias"},
		Country: model.Country{Code: "DE", Name: model.Text{BG: "Германия", EN: "Germany"}},
		Region:  model.Text{BG: "регион", EN: "region"},
		Kind:    model.Twinning,
		Events: []model.Event{{
			Date:          model.Date{Year: 2001, Month: 2, Day: 3, Precision: model.Day},
			Kind:          model.Twinning,
			Place:         model.Text{BG: "място", EN: "place"},
			Summary:       model.Text{BG: "събитие", EN: "event"},
			Signatories:   []model.Person{{Name: model.Text{BG: "Име", EN: "Name"}, Role: model.Text{BG: "кмет", EN: "mayor"}}},
			Organisations: []model.Organisation{{Name: model.Text{BG: "Дружество", EN: "Society"}, Role: model.Text{BG: "помага", EN: "helps"}}},
		}},
		Areas:       []model.Area{"culture"},
		Description: model.Text{BG: "Описание **важно**", EN: "Description **bold**"},
		Notes:       []model.Note{{Text: model.Text{BG: "бележка", EN: "note"}, Source: model.Text{BG: "източник", EN: "source"}}},
		Coordinates: model.Coordinates{Lat: 50, Lon: 10},
	}
}

func renderer(style ansi.StyleConfig, p termenv.Profile) Renderer {
	return func(md string) (string, error) {
		r, err := glamour.NewTermRenderer(glamour.WithStyles(style), glamour.WithColorProfile(p), glamour.WithWordWrap(80))
		if err != nil {
			return "", err
		}
		return r.Render(md)
	}
}

// TestHostileDataNeverReachesTheTerminal plants every payload in every
// text field and checks list and show in every format and style.
func TestHostileDataNeverReachesTheTerminal(t *testing.T) {
	if len(termsafetest.Payloads) < 30 {
		t.Fatalf("only %d payloads", len(termsafetest.Payloads))
	}
	renderers := map[string]Renderer{
		"dark":  renderer(styles.DarkStyleConfig, termenv.TrueColor),
		"light": renderer(styles.LightStyleConfig, termenv.ANSI256),
		"notty": renderer(styles.NoTTYStyleConfig, termenv.Ascii),
		"ascii": renderer(styles.ASCIIStyleConfig, termenv.Ascii),
	}
	home := model.City{ID: "home", Home: true, Name: model.Text{BG: "Дом", EN: "Home"}}
	for _, p := range termsafetest.Payloads {
		c := termsafetest.Plant(hostileCity(), p)
		c.ID = "target"
		ds := model.Dataset{Home: home, Partners: []model.City{c}}
		for _, l := range model.Langs {
			outputs := map[string]func(*bytes.Buffer) error{}
			for _, f := range formats[List] {
				outputs["list "+f] = func(w *bytes.Buffer) error { return ListCmd(w, ds, nil, Config{Command: List, Format: f, Lang: l}) }
				for _, q := range []string{"target", "mayor", "кмет", "helps"} {
					outputs["list "+q+" "+f] = func(w *bytes.Buffer) error {
						return ListCmd(w, ds, search.NewIndex(ds.Partners).NewSearcher(), Config{Command: List, Query: q, Format: f, Lang: l})
					}
				}
			}
			for _, f := range []string{"markdown", "json"} {
				outputs["show "+f] = func(w *bytes.Buffer) error {
					return ShowCmd(w, ds, noSearch{}, Config{Command: Show, Query: "target", Format: f, Lang: l}, nil)
				}
			}
			for name, r := range renderers {
				outputs["show text "+name] = func(w *bytes.Buffer) error {
					return ShowCmd(w, ds, noSearch{}, Config{Command: Show, Query: "target", Format: "text", Lang: l}, r)
				}
			}
			for name, write := range outputs {
				var out bytes.Buffer
				if err := write(&out); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if bad := termsafetest.Violations(out.String()); len(bad) > 0 {
					t.Errorf("payload %q, %s, %s: %v", p, l.Code(), name, bad)
				}
			}
		}
	}
}
