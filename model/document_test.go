package model

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtureHome is a home city at Ruse's point.
func fixtureHome() City {
	return City{
		ID:          "home",
		Home:        true,
		Name:        Text{"Русе", "Ruse"},
		Native:      []NativeName{{"Русе", "bg", "Cyrl"}},
		Country:     Country{Code: "BG", Name: Text{"България", "Bulgaria"}},
		Coordinates: Coordinates{43.8487, 25.9534},
		Description: Text{"Домашният град.", "The home city."},
	}
}

// fixturePartner is a partner whose short texts try to inject markdown and
// whose events are out of date order, one of them undated.
func fixturePartner() City {
	return City{
		ID:   "star",
		Name: Text{"#1 Град *звезда*", "#1 *Star* Town #"},
		Native: []NativeName{
			{"Звезда_град", "sr", "Cyrl"},
			{"Zvezda [grad](http://x)", "sr", "Latn"},
			{"Qqq", "qqq", "Qaaa"},
		},
		Country:     Country{Code: "GR", Name: Text{"Гърция", "Greece <b>&amp;</b>"}},
		Region:      Text{"- регион", "1. Region"},
		Coordinates: Coordinates{38.0154, 23.6919},
		Kind:        Twinning,
		Events: []Event{
			{Kind: Institution, Summary: Text{"> Основан е център.", "> A centre is founded."}},
			{
				Date: Date{Year: 2011, Month: time.January, Precision: MonthOnly}, Kind: CooperationAgreement,
				Place:   Text{"`Будапеща`", "`Budapest`"},
				Summary: Text{"Подписана е\nспогодба.", "An agreement\nis signed."},
			},
			{Date: Date{Year: 1986, Precision: YearOnly}, Kind: FriendshipCooperation, Summary: Text{"1986. Договор.", "1986. A treaty."}},
			{
				Date: Date{Year: 1961, Month: time.September, Day: 25, Precision: Day}, Kind: Twinning,
				Summary:       Text{"Побратимяване.", "Twinning."},
				Signatories:   []Person{{Name: Text{"Иван ~~Иванов~~", "Ivan ~~Ivanov~~"}, Role: Text{"кмет", "mayor"}}},
				Organisations: []Organisation{{Text{"Дружество", "Society"}, Text{"съдейства", "assisted"}}},
			},
		},
		Areas: []Area{"tourism", "culture"},
		Description: Text{
			"Описание с **удебелен** текст.\n\n- първо\n- второ\n",
			"A description with **bold** text.\n\n- first\n- second\n",
		},
		Notes: []Note{{Text{"Друга година_2000.", "Another year_2000."}, Text{"сайт [1]", "website [1]"}}},
	}
}

// TestDocumentGolden compares the document of the fixture partner with
// reviewed golden files, in both languages.
func TestDocumentGolden(t *testing.T) {
	for _, l := range Langs {
		t.Run(l.Code(), func(t *testing.T) {
			got := Document(fixtureHome(), fixturePartner(), l)
			golden(t, filepath.Join("testdata", "document."+l.Code()+".md"), got)
		})
	}
}

// golden compares got with a golden file, or rewrites the file with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./model -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("document differs from %s (run with -update after review)\ngot:\n%s", path, got)
	}
}

// TestDocumentStructure checks that data cannot add headings or list items
// of its own and that the events come in date order.
func TestDocumentStructure(t *testing.T) {
	c := fixturePartner()
	events := slices.Clone(c.Events)
	doc := Document(fixtureHome(), c, EN)
	if !slices.EqualFunc(events, c.Events, func(a, b Event) bool { return a.Date == b.Date }) {
		t.Error("Document reordered the city's events in place")
	}
	var headings []string
	for line := range strings.Lines(doc) {
		if strings.HasPrefix(line, "#") {
			headings = append(headings, strings.TrimSpace(line))
		}
	}
	want := []string{
		`# \#1 \*Star\* Town \#`,
		"## About",
		"## Timeline",
		"### 25 September 1961 — twinning",
		"### 1986 — friendship and cooperation",
		"### January 2011 — cooperation agreement",
		"### Date not given — founding of an institution",
		"## Areas of cooperation",
		"## Notes from other sources",
	}
	if !slices.Equal(headings, want) {
		t.Errorf("headings:\n%s\nwant:\n%s", strings.Join(headings, "\n"), strings.Join(want, "\n"))
	}
}

// TestDocumentHome checks that the home city's own page has no distance,
// relationship or empty sections.
func TestDocumentHome(t *testing.T) {
	doc := Document(fixtureHome(), fixtureHome(), BG)
	want := "# Русе\n\n- **Име на местния език:** Русе (български, кирилица)\n- **Държава:** България\n\n## Накратко\n\nДомашният град.\n"
	if doc != want {
		t.Errorf("home document:\n%s\nwant:\n%s", doc, want)
	}
}

func TestFormatDate(t *testing.T) {
	cases := []struct {
		date   Date
		bg, en string
	}{
		{Date{1961, time.September, 25, Day}, "25 септември 1961 г.", "25 September 1961"},
		{Date{2002, time.May, 9, Day}, "9 май 2002 г.", "9 May 2002"},
		{Date{2011, time.January, 0, MonthOnly}, "януари 2011 г.", "January 2011"},
		{Date{2002, time.February, 0, MonthOnly}, "февруари 2002 г.", "February 2002"},
		{Date{1986, 0, 0, YearOnly}, "1986 г.", "1986"},
		{Date{}, "без дата", "date not given"},
		{Date{2000, 13, 0, MonthOnly}, "13 2000 г.", "13 2000"},
	}
	for _, c := range cases {
		if got := FormatDate(c.date, BG); got != c.bg {
			t.Errorf("FormatDate(%+v, BG) = %q, want %q", c.date, got, c.bg)
		}
		if got := FormatDate(c.date, EN); got != c.en {
			t.Errorf("FormatDate(%+v, EN) = %q, want %q", c.date, got, c.en)
		}
	}
}

func TestEscape(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Saint-Ouen", "Saint-Ouen"},
		{"Bulgarian–Chinese Friendship Society", "Bulgarian–Chinese Friendship Society"},
		{"#1", `\#1`},
		{"a*b_c", `a\*b\_c`},
		{"[x](y)", `\[x\](y)`},
		{"<b>&amp;", `\<b\>&amp;amp;`},
		{"A & B", "A &amp; B"},
		{"`code`", "\\`code\\`"},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"===", "==="},
		{"> quote", `\> quote`},
		{"1986. A treaty", `1986\. A treaty`},
		{"1) first", `1\) first`},
		{"in 1986. Then", "in 1986. Then"},
		{"two\nlines  and   spaces ", "two lines and spaces"},
		{`back\slash`, `back\\slash`},
		{"~~struck~~", "&#126;&#126;struck&#126;&#126;"},
		{"淮南", "淮南"},
	} {
		if got := escape(c.in); got != c.want {
			t.Errorf("escape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzEscape checks that escaped text never carries a line break, an
// unescaped markdown character or a bare '&' or '~', whatever the input.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"#1 *Star*", "1986. A", "- a\n> b", "a & ~~b~~", `\*`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := []rune(escape(s))
		for i := 0; i < len(out); i++ {
			switch r := out[i]; {
			case r == '\\':
				i++ // the next character is escaped
			case r == '&':
				entity := entityAt(string(out[i:]))
				if entity == "" {
					t.Fatalf("escape(%q) = %q: bare '&' at %d", s, string(out), i)
				}
				i += len(entity) - 1
			case r == '~' || r == '\n' || strings.ContainsRune(mdInline, r):
				t.Fatalf("escape(%q) = %q: unescaped %q at %d", s, string(out), r, i)
			}
		}
	})
}

// entityAt returns the character reference escape writes that s starts
// with, or "".
func entityAt(s string) string {
	for _, e := range mdEntities {
		if strings.HasPrefix(s, e) {
			return e
		}
	}
	return ""
}
