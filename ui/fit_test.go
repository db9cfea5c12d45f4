package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// TestPlaceholderFits checks the query's hint in the narrowest list
// beside a view and in wider ones, in both languages, in the kiosk and
// in the browser's query, focused and not: it is one of the language's
// placeholders, whole, never cut, and none ends in "…", which would look
// cut.
func TestPlaceholderFits(t *testing.T) {
	for _, lang := range model.Langs {
		for _, w := range []int{splitWidth, 100, 120, 200, 60, 40} {
			k := newKioskTest(t, lang, w, 30, kiosk.Config{})
			reading := newKioskTest(t, lang, w, 30, kiosk.Config{})
			reading.press("enter")
			for name, m := range map[string]Model{
				"kiosk, focused":     k.browser(),
				"kiosk, not focused": reading.browser(),
				"browser, focused":   press(newTest(t, lang, w, 30), "/"),
			} {
				line := ansi.Strip(m.search.view(m.styles, lang))
				whole := false
				for _, p := range words[lang].placeholders {
					whole = whole || strings.Contains(line, p)
				}
				if !whole || strings.Contains(line, "…") {
					t.Errorf("%s %s at %d columns: %q", lang.Code(), name, w, line)
				}
			}
		}
		// At the narrowest list beside a view, the longest that fits: a
		// longer one would be cut, and the shortest is not needed.
		m := press(newTest(t, lang, splitWidth, 24), "/")
		all := words[lang].placeholders
		i := slices.Index(all, m.search.input.Placeholder)
		if i < 1 || i == len(all)-1 {
			t.Fatalf("%s at %d: %q of %q", lang.Code(), splitWidth, m.search.input.Placeholder, all)
		}
		m.search.input.Placeholder = all[i-1]
		if line := ansi.Strip(m.search.view(m.styles, lang)); !strings.Contains(line, "…") {
			t.Errorf("%s at %d: %q fits, and is not chosen: %q", lang.Code(), splitWidth, all[i-1], line)
		}
	}
}

// TestEmptyPageAligned checks that the words of an empty page (a search
// that found nothing) begin where a page's text begins, at any width.
func TestEmptyPageAligned(t *testing.T) {
	for _, lang := range model.Langs {
		for _, w := range []int{80, 120, 200, 60} {
			m := newTest(t, lang, w, 30)
			keys := []string{"/", "x", "y", "z", "enter"}
			title := m.list.selectedCity().Name.In(lang)
			if m.geo.narrow {
				m = press(m, "enter")
				keys = append([]string{"esc"}, keys...)
				keys = append(keys, "tab")
			}
			want := column(m.View(), title)
			m = press(m, keys...)
			if got := column(m.View(), words[lang].noSelection); got != want || got < 0 {
				t.Errorf("%s at %d: the empty page's words at column %d, a page's title at %d:\n%s", lang.Code(), w, got, want, m.View())
			}
		}
	}
}

// column is the screen column where text first begins on view, or -1.
func column(view, text string) int {
	for _, l := range strings.Split(view, "\n") {
		if i := strings.Index(l, text); i >= 0 {
			return len([]rune(l[:i]))
		}
	}
	return -1
}
