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
		Aims:  []Text{{"- цел с *удебелен*\nтекст", "- an aim with *bold*\ntext"}},
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
// of its own, that the page has its sections in order, and that the
// timeline has one item per event, in date order.
func TestDocumentStructure(t *testing.T) {
	c := fixturePartner()
	events := slices.Clone(c.Events)
	doc := Document(fixtureHome(), c, EN)
	if !slices.EqualFunc(events, c.Events, func(a, b Event) bool { return a.Date == b.Date }) {
		t.Error("Document reordered the city's events in place")
	}
	var headings, timeline []string
	section := ""
	for line := range strings.Lines(doc) {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "#"):
			headings = append(headings, line)
			section = line
		case section == "## Timeline" && strings.HasPrefix(line, "- "):
			date, _, _ := strings.Cut(strings.TrimPrefix(line, "- **"), "**")
			timeline = append(timeline, date)
		}
	}
	want := []string{
		`# \#1 \*Star\* Town \#`,
		"## Timeline",
		"## Aim",
		"## Areas of cooperation",
		"## Notes from other sources",
	}
	if !slices.Equal(headings, want) {
		t.Errorf("headings:\n%s\nwant:\n%s", strings.Join(headings, "\n"), strings.Join(want, "\n"))
	}
	if want := []string{"25 September 1961", "1986", "January 2011", "Date not given"}; !slices.Equal(timeline, want) {
		t.Errorf("timeline %q, want %q", timeline, want)
	}
}

// TestDocumentHome checks that the home city's own page has no distance,
// relationship or empty sections.
func TestDocumentHome(t *testing.T) {
	doc := Document(fixtureHome(), fixtureHome(), BG)
	want := "# Русе\n\nДомашният град.\n\n- **Име на местния език:** Русе (български, кирилица)\n- **Държава:** България\n"
	if doc != want {
		t.Errorf("home document:\n%s\nwant:\n%s", doc, want)
	}
}

// TestFactsAfterAList checks that the short facts stay a list of their own
// when the description ends in a list: CommonMark joins two lists with
// the same marker.
func TestFactsAfterAList(t *testing.T) {
	c := fixturePartner()
	for _, desc := range []string{"Text.\n\n- a\n- b\n", "- a\n  continued\n", "Text.\n\n* a\n"} {
		c.Description = Text{desc, desc}
		doc := Document(fixtureHome(), c, EN)
		lead := unwrap(desc)
		after, ok := strings.CutPrefix(doc[strings.Index(doc, lead)+len(lead):], "\n\n")
		if !ok {
			t.Fatalf("%q: no blank line after the lead:\n%s", desc, doc)
		}
		lastMarker := strings.TrimSpace(lead[strings.LastIndexByte(lead, '\n')+1:])[:1]
		if after[:1] == lastMarker {
			t.Errorf("%q: the facts use the lead's marker %q:\n%s", desc, lastMarker, doc)
		}
	}
}

// TestNativeLabel checks the label of the native names: Bulgarian tells
// several names in one language from names in several.
func TestNativeLabel(t *testing.T) {
	one := []NativeName{{"Újbuda", "hu", "Latn"}}
	oneLang := []NativeName{{"Бијељина", "sr", "Cyrl"}, {"Bijeljina", "sr", "Latn"}}
	langs := []NativeName{{"Сімферополь", "uk", "Cyrl"}, {"Симферополь", "ru", "Cyrl"}}
	for _, tc := range []struct {
		names  []NativeName
		bg, en string
	}{
		{one, "Име на местния език", "Native name"},
		{oneLang, "Имена на местния език", "Native names"},
		{langs, "Имена на местните езици", "Native names"},
	} {
		if l := nativeLabel(tc.names); l.in(BG) != tc.bg || l.in(EN) != tc.en {
			t.Errorf("%v: %q / %q, want %q / %q", tc.names, l.in(BG), l.in(EN), tc.bg, tc.en)
		}
	}
}

// TestAimsHeading checks what the aims are called: a euroregion's main
// activities, one aim, or aims.
func TestAimsHeading(t *testing.T) {
	aim := Text{"цел", "aim"}
	for _, tc := range []struct {
		kind Kind
		aims []Text
		want string
	}{
		{Euroregion, []Text{aim, aim}, "## Main activities"},
		{CooperationAgreement, []Text{aim}, "## Aim\n"},
		{Twinning, []Text{aim, aim}, "## Aims\n"},
	} {
		c := fixturePartner()
		c.Kind, c.Aims = tc.kind, tc.aims
		if doc := Document(fixtureHome(), c, EN); !strings.Contains(doc, tc.want) {
			t.Errorf("%s with %d aims: no %q in\n%s", tc.kind, len(tc.aims), tc.want, doc)
		}
	}
}

// TestPeople checks how an event names its people: with their roles, in
// a sentence's list, an organisation or several.
func TestPeople(t *testing.T) {
	p := func(n string) Person { return Person{Name: Text{n, n}, Role: Text{"р", "r"}} }
	for _, tc := range []struct {
		people []Person
		bg, en string
	}{
		{[]Person{p("A")}, "A (р)", "A (r)"},
		{[]Person{p("A"), p("B")}, "A (р) и B (р)", "A (r) and B (r)"},
		{[]Person{p("A"), p("B"), p("C")}, "A (р), B (р) и C (р)", "A (r), B (r) and C (r)"},
		{[]Person{{Name: Text{"A", "A"}}}, "A", "A"},
	} {
		for _, l := range Langs {
			want := tc.en
			if l == BG {
				want = tc.bg
			}
			if got := (&doc{lang: l}).people(tc.people); got != want {
				t.Errorf("%s: %q, want %q", l.Code(), got, want)
			}
		}
	}
	e := Event{Summary: Text{"С", "S"}, Organisations: []Organisation{{Text{"O", "O"}, Text{"р", "r"}}}}
	if got := (&doc{lang: EN}).event(e); got != "**Date not given** — S. Organisation: O (r)." {
		t.Errorf("one organisation: %q", got)
	}
	e.Organisations = append(e.Organisations, e.Organisations[0])
	if got := (&doc{lang: BG}).event(e); got != "**Без дата** — С. Организации: O (р) и O (р)." {
		t.Errorf("two organisations: %q", got)
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

func TestUnwrap(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"one\ntwo\n\nthree\n  four\n", "one two\n\nthree four"},
		{"- a\n  b\n- c\n  d", "- a b\n- c d"},
		{"- a\n  - nested\n    more", "- a\n  - nested more"},
		{"1. a\n   b\n2) c", "1. a b\n2) c"},
		{"since\n1994. The ties\n2008.", "since 1994. The ties 2008."},
		{"a list:\n1. one\n2. two", "a list:\n1. one\n2. two"},
		{"hard  \nbreak\\\nagain\nend", "hard  \nbreak\\\nagain end"},
		{"# Heading\ntext\nmore", "# Heading\ntext more"},
		{"Title\n=====\ntext", "Title\n=====\ntext"},
		{"text\n---\nmore", "text\n---\nmore"},
		{"> quote\n> more\nlazy", "> quote\n> more lazy"},
		{"text\n```\ncode\nkept\n```\nafter\nline", "text\n```\ncode\nkept\n```\nafter line"},
		{"para\n\n    code\n    kept", "para\n\n    code\n    kept"},
		{"| a | b |\n|---|---|\n| c | d |", "| a | b |\n|---|---|\n| c | d |"},
		{"<div>\nhtml\n</div>", "<div>\nhtml\n</div>"},
		{"win\r\ndows\r\n", "win dows"},
		{"  \n\n", ""},
	} {
		if got := unwrap(tc.in); got != tc.want {
			t.Errorf("unwrap(%q) =\n%q, want\n%q", tc.in, got, tc.want)
		}
	}
}
