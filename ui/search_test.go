package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// ids lists the ids of the rows shown, in order.
func ids(m Model) []string {
	var out []string
	for i := range m.list.len() {
		out = append(out, m.list.rows.At(i).ID)
	}
	return out
}

func TestSearchCyrillic(t *testing.T) {
	m := press(newTest(t, model.BG, 80, 24), "j", "/")
	if m.focus != focusSearch {
		t.Fatal("/ did not focus the query")
	}
	// Letters that are keys elsewhere (j, k, q, l, g) are typed here.
	m = send(m, typed("вол")...)
	if m.search.query() != "вол" || m.list.len() != 1 || selected(t, m) != "volgograd" {
		t.Fatalf("query %q: rows %v", m.search.query(), ids(m))
	}
	view := m.View()
	for _, want := range []string{"/ вол", "BG · 1 от 9", "> Волгоград", "Държава: Русия", "Русия"} {
		if !strings.Contains(view, want) {
			t.Errorf("screen lacks %q:\n%s", want, view)
		}
	}
	if !strings.Contains(footer(m), "enter запази филтъра") || strings.Contains(footer(m), "q изход") {
		t.Errorf("help bar while typing: %q", footer(m))
	}
	// enter keeps the filter and gives the keyboard back to the list.
	m = press(m, "enter")
	if m.focus != focusList || m.search.query() != "вол" || m.list.len() != 1 {
		t.Fatalf("enter: focus %v, query %q, rows %v", m.focus, m.search.query(), ids(m))
	}
	if !strings.Contains(m.View(), "/ вол") {
		t.Error("the kept query is not shown above the list")
	}
	// esc clears it: every city again, the same one selected.
	m = press(m, "esc")
	if m.search.query() != "" || m.list.len() != 9 || selected(t, m) != "volgograd" {
		t.Fatalf("esc: query %q, rows %v, selected %s", m.search.query(), ids(m), selected(t, m))
	}
	if !strings.Contains(m.View(), "BG · 9 от 9") {
		t.Error("the count is not back to 9 of 9")
	}
}

func TestSearchLatin(t *testing.T) {
	m := press(newTest(t, model.EN, 80, 24), "/")
	m = send(m, typed("trog")...)
	if selected(t, m) != "trogir" || m.list.len() != 1 {
		t.Fatalf("trog: %v", ids(m))
	}
	if view := m.View(); !strings.Contains(view, "Country: Croatia") || !strings.Contains(view, "Croatia") {
		t.Errorf("screen:\n%s", view)
	}
	// backspace widens the search again, and the best match is selected.
	m = press(m, "backspace", "backspace", "backspace")
	if m.search.query() != "t" || selected(t, m) != ids(m)[0] {
		t.Fatalf("after backspace: query %q, rows %v, selected %s", m.search.query(), ids(m), selected(t, m))
	}
	// esc while typing clears the query and returns to the list.
	m = press(m, "esc")
	if m.focus != focusList || m.search.query() != "" || m.list.len() != 9 {
		t.Fatalf("esc: focus %v, query %q, rows %d", m.focus, m.search.query(), m.list.len())
	}
}

func TestSearchRanksBestFirst(t *testing.T) {
	// The fake searcher ranks a name above a country: "ро" is in Трогир
	// and in Франция, Хърватия; the name comes first whatever its place
	// in the dataset.
	m := press(newTest(t, model.BG, 80, 24), "/")
	m = send(m, typed("ро")...)
	got := ids(m)
	if len(got) == 0 || got[0] != "trogir" || selected(t, m) != "trogir" {
		t.Fatalf("ranking: %v, selected %s", got, selected(t, m))
	}
	// Moving the selection while typing is possible with the arrows.
	m = press(m, "down")
	if m.focus != focusSearch || selected(t, m) != got[1] {
		t.Errorf("down while typing: focus %v, selected %s", m.focus, selected(t, m))
	}
}

func TestSearchNothingMatched(t *testing.T) {
	for _, tc := range []struct {
		lang model.Lang
		want string
	}{
		{model.EN, "No city matches “qqq”."},
		{model.BG, "Няма град, който да отговаря на „qqq“."},
	} {
		m := press(newTest(t, tc.lang, 120, 40), "/")
		m = send(m, typed("qqq")...)
		// The message may wrap in the pane.
		said := strings.Join(strings.Fields(m.list.view(m.styles, m.lang, m.search.query())), " ")
		if m.list.len() != 0 || said != tc.want || !strings.Contains(m.View(), " 0 ") {
			t.Errorf("%s: %q\n%s", tc.lang.Code(), said, m.View())
		}
		if pageOf(m).city.ID != "" || !strings.Contains(m.View(), words[tc.lang].noSelection) {
			t.Errorf("the detail shows %q with nothing selected", pageOf(m).city.ID)
		}
		// Keys on an empty list do nothing harmful.
		m = press(m, "enter", "j", "G", "enter", "tab", "pgdown")
		checkScreen(t, m.View(), 120, 40)
		if m.focus == focusSide && m.geo.narrow {
			t.Error("opened a detail of nothing")
		}
	}
}

func TestSearchQuitKeys(t *testing.T) {
	m := press(newTest(t, model.EN, 80, 24), "/")
	next, cmd := m.Update(keys("q")[0])
	if cmd != nil && cmd() == tea.Quit() {
		t.Fatal("q quits while typing a query")
	}
	if next.(Model).search.query() != "q" {
		t.Fatal("q is not typed into the query")
	}
	if _, cmd := m.Update(keys("ctrl+c")[0]); cmd == nil || cmd() != tea.Quit() {
		t.Fatal("ctrl+c does not quit while typing")
	}
}

func TestSearchPaste(t *testing.T) {
	m := press(newTest(t, model.EN, 80, 24), "/")
	m = send(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("volgo"), Paste: true})
	if selected(t, m) != "volgograd" {
		t.Fatalf("a pasted query: %v", ids(m))
	}
}

// TestSearchCopiesAreApart checks that the browser's copies keep their
// own query boxes, which share one text input until one changes it: a
// copy taken before a key is typed, the box focused or its width set
// keeps its query, focus and width.
func TestSearchCopiesAreApart(t *testing.T) {
	before := press(newTest(t, model.EN, 100, 30), "/", "v")
	after := press(before, "o", "esc")
	after = resize(after, 60, 30)
	if q, f := before.search.query(), before.search.input.Focused(); q != "v" || !f {
		t.Errorf("the copy before: query %q, focused %v", q, f)
	}
	if before.search.input.Width == after.search.input.Width {
		t.Errorf("a resize of one copy changed the other's input (width %d)", before.search.input.Width)
	}
	if q, f := after.search.query(), after.search.input.Focused(); q != "" || f {
		t.Errorf("the copy after: query %q, focused %v", q, f)
	}
}
