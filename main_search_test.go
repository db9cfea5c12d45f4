package main

import (
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// listed is a city of list --format json as a query lists it.
type listed struct {
	ID    string `json:"id"`
	Match *struct {
		Field     string `json:"field"`
		Text      string `json:"text"`
		Positions []int  `json:"positions"`
		Score     int    `json:"score"`
	} `json:"match"`
	Groups  []map[string]string `json:"groups"`
	Country struct {
		Aliases []string `json:"aliases"`
	} `json:"country"`
	Events []struct {
		Signatories []struct {
			Aliases []string `json:"aliases"`
		} `json:"signatories"`
	} `json:"events"`
}

// listJSON runs list with args and --format json and decodes its partners.
func listJSON(t *testing.T, args ...string) ([]listed, string, int) {
	t.Helper()
	out, errs, code := runCLI(t, append(append([]string{"list"}, args...), "--format", "json")...)
	var ds struct {
		Partners []listed `json:"partners"`
	}
	if err := json.Unmarshal([]byte(out), &ds); err != nil {
		t.Fatalf("list %q --format json: %v\n%s", args, err, out)
	}
	return ds.Partners, errs, code
}

func ids(cities []listed) []string {
	var out []string
	for _, c := range cities {
		out = append(out, c.ID)
	}
	return out
}

// TestListQuery checks that list with a query lists the cities the
// search finds, best first, in every format, each with why in json.
func TestListQuery(t *testing.T) {
	cities, _, code := listJSON(t, "кмет")
	if code != 0 || !slices.Equal(ids(cities), []string{"saint-ouen", "peristeri", "simferopol"}) {
		t.Fatalf("list кмет: exit %d, %v", code, ids(cities))
	}
	for _, c := range cities {
		if c.Match == nil || c.Match.Field != "person" || !strings.Contains(c.Match.Text, "кмет") || len(c.Match.Positions) != 4 || c.Match.Score <= 0 {
			t.Errorf("list кмет: %s's match %+v", c.ID, c.Match)
		}
	}
	// The match is in the language asked for when the query matches it.
	cities, _, _ = listJSON(t, "--lang", "en", "Lefort")
	if len(cities) != 1 || cities[0].Match.Text != "Fernand Lefort, Mayor of Saint-Ouen" || !slices.Equal(cities[0].Match.Positions, []int{8, 9, 10, 11, 12, 13}) {
		t.Errorf("list Lefort: %+v", cities)
	}
	// Several words, across fields.
	cities, _, _ = listJSON(t, "France", "1961")
	if !slices.Equal(ids(cities), []string{"saint-ouen"}) || cities[0].Match.Field != "country" {
		t.Errorf("list France 1961: %v", ids(cities))
	}
	// Without a query: every city, no match.
	cities, _, _ = listJSON(t)
	if len(cities) != 9 || cities[0].Match != nil {
		t.Errorf("list: %d cities, first match %+v", len(cities), cities[0].Match)
	}

	text, _, code := runCLI(t, "--lang", "en", "list", "mayor")
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if code != 0 || len(lines) != 3 || !strings.HasPrefix(lines[0], "Saint-Ouen") || !strings.Contains(lines[0], "signatory: Valko Valkov, Mayor of Ruse") {
		t.Errorf("list mayor: exit %d\n%s", code, text)
	}
	text, _, _ = runCLI(t, "--lang", "bg", "list", "danubius")
	if !strings.HasPrefix(text, "Гюргево") || !strings.Contains(text, "организация: Асоциация „Еврорегион Данубиус“") {
		t.Errorf("list --lang bg danubius:\n%s", text)
	}
	out, _, _ := runCLI(t, "list", "tourism", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 6 || rows[0][0] != "id" || rows[1][0] != "simferopol" {
		t.Errorf("list tourism --format csv: %v\n%s", err, out)
	}
}

// TestListQueryFindsNothing checks that a query that finds nothing
// prints an empty list, says so in the language asked for, and exits 1.
func TestListQueryFindsNothing(t *testing.T) {
	cities, errs, code := listJSON(t, "zzzz")
	if code != 1 || len(cities) != 0 || !strings.Contains(errs, `no partner city matches "zzzz"`) {
		t.Errorf("list zzzz --format json: exit %d, %d cities, stderr %q", code, len(cities), errs)
	}
	out, errs, code := runCLI(t, "--lang", "bg", "list", "tokyo")
	if code != 1 || out != "" || !strings.Contains(errs, "няма партньорски град, който да отговаря на \"tokyo\"") {
		t.Errorf("list --lang bg tokyo: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestShowNeedsAClearWinner checks that show picks a city only when the
// search lists one, or one far ahead of the next, and otherwise lists the
// candidates, in the language asked for, and exits 1.
func TestShowNeedsAClearWinner(t *testing.T) {
	for _, c := range []struct {
		lang, query string
		want        []string
	}{
		{"en", "a", []string{"more than one partner city", "simferopol (Simferopol)", "trogir (Trogir)"}},
		{"en", "mayor", []string{"saint-ouen (Saint-Ouen)", "peristeri (Peristeri)", "simferopol (Simferopol)"}},
		{"bg", "1986", []string{"отговаря на повече от един партньорски град", "peristeri (Перистери)", "simferopol (Симферопол)"}},
		{"bg", "zzzz", []string{"няма партньорски град, който да отговаря на \"zzzz\""}},
	} {
		out, errs, code := runCLI(t, "--lang", c.lang, "show", c.query)
		if code != 1 || out != "" {
			t.Errorf("show %q: exit %d, stdout %q", c.query, code, out)
		}
		for _, w := range c.want {
			if !strings.Contains(errs, w) {
				t.Errorf("show %q (%s): no %q in %q", c.query, c.lang, w, errs)
			}
		}
	}
	for _, q := range []string{"Lefort", "danubius", "France 1961", "КНР", "Djambazov", "volgo g"} {
		if _, errs, code := runCLI(t, "show", q, "--format", "markdown"); code != 0 {
			t.Errorf("show %q: exit %d, %s", q, code, errs)
		}
	}
}

// TestListJSONNewFields checks the fields the schema gained: groups,
// the aliases of countries and of signatories.
func TestListJSONNewFields(t *testing.T) {
	cities, _, _ := listJSON(t)
	byID := map[string]listed{}
	for _, c := range cities {
		byID[c.ID] = c
		if c.Groups == nil || c.Country.Aliases == nil {
			t.Errorf("%s: groups %v, country aliases %v: want lists, empty or not", c.ID, c.Groups, c.Country.Aliases)
		}
	}
	if g := byID["saint-ouen"].Groups; len(g) == 0 || g[0]["bg"] != "ученици" || g[0]["en"] != "pupils" {
		t.Errorf("saint-ouen's groups: %v", g)
	}
	if a := byID["huainan"].Country.Aliases; !slices.Contains(a, "КНР") {
		t.Errorf("huainan's country aliases: %v", a)
	}
	if s := byID["simferopol"].Events[1].Signatories[1].Aliases; !slices.Contains(s, "Hennadii Babenko") {
		t.Errorf("Babenko's aliases: %v", s)
	}
}
