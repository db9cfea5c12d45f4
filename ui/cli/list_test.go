package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"

	"github.com/ruse-twins/ruse-twins/model"
)

// TestCSVCellsAreNotFormulas lists a partner whose texts begin as
// spreadsheet formulas do: each such cell reads as text, and numbers,
// negative ones too, stay numbers.
func TestCSVCellsAreNotFormulas(t *testing.T) {
	c := hostileCity()
	c.Name = model.Text{BG: "=HYPERLINK(\"http://evil.example\",\"Цел\")", EN: "+1+1"}
	c.Country.Name = model.Text{BG: "-2+3", EN: "@SUM(A1:A9)"}
	c.Region = model.Text{BG: "\tтаб", EN: "plain"}
	c.Coordinates = model.Coordinates{Lat: -33.9, Lon: -18.4}
	home := model.City{ID: "home", Home: true, Coordinates: model.Coordinates{Lat: 43.8, Lon: 25.9}}
	var out bytes.Buffer
	if err := ListCmd(&out, model.Dataset{Home: home, Partners: []model.City{c}}, nil, Config{Command: List, Format: "csv"}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cell := map[string]string{}
	for i, h := range rows[0] {
		cell[h] = rows[1][i]
	}
	for col, want := range map[string]string{
		"name_bg": "'=HYPERLINK(\"http://evil.example\",\"Цел\")", "name_en": "'+1+1",
		"country_bg": "'-2+3", "country_en": "'@SUM(A1:A9)", "region_bg": "'\tтаб", "region_en": "plain",
		"lat": "-33.9", "lon": "-18.4",
	} {
		if cell[col] != want {
			t.Errorf("%s: %q, want %q", col, cell[col], want)
		}
	}
}

// TestJSONKeepsEveryCharacter lists a partner whose name holds invisible
// and control characters: the JSON escapes them, and decodes to the name
// as it was.
func TestJSONKeepsEveryCharacter(t *testing.T) {
	c := hostileCity()
	c.Name.EN = "Saint\u00adOuen\u200b\x1b[2J\u202e\U000E0041"
	var out bytes.Buffer
	if err := ShowCmd(&out, model.Dataset{Partners: []model.City{c}}, noSearch{}, Config{Command: Show, Query: "target", Format: "json"}, nil); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Name struct{ EN string } `json:"name"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Name.EN != c.Name.EN {
		t.Errorf("decoded %q, want %q", got.Name.EN, c.Name.EN)
	}
	if bytes.ContainsAny(out.Bytes(), "\u00ad\u200b\x1b\u202e") {
		t.Errorf("a character went out unescaped: %q", out.String())
	}
}
