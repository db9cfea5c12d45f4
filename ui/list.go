package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/ruse-twins/ruse-twins/model"
	engine "github.com/ruse-twins/ruse-twins/model/search"
)

// rowLines is the height of a row: the name and year, then the country.
const rowLines = 2

// moreLines is the height of the line under the rows that says how many
// more are above and below the window, when not all of them fit.
const moreLines = 1

// yearGap is the least space between a name and its year when the rows
// are only as wide as their names need: the columns of the list command.
const yearGap = 2

// row is what one entry of the list draws: a city, why the query listed
// it (which characters of its name, country and year to light up, or the
// fact that matched, when that is not in the row), and where its year
// stands.
type row struct {
	city   model.City
	why    engine.Explanation
	yearAt int // the column the year ends at; 0 for the row's end
}

// list is the pane of partner cities. It is written here rather than taken
// from bubbles because its rows are custom, its filter is a Searcher
// and its highlights are by rune: what bubbles' list would add is paging
// and a fuzzy filter that this pane does not use.
type list struct {
	// rows are the cities listed, best first: the searcher's matches as
	// they came, pointing into partners. A row is only made into a city
	// and explained when it is drawn, so a list of a hundred thousand
	// costs a keystroke nothing but its search.
	rows     rows
	partners []model.City
	cursor   int // index of the selected row
	offset   int // index of the first row shown
	width    int // inner width
	height   int // lines for rows
	glyphs   glyphs
	// compact rows are only as wide as the widest name and year need,
	// rather than the pane: alone on a screen, the list keeps each year
	// beside its name.
	compact bool
	cols    columns
}

// columns are the widths of the rows' first line over every partner of
// a dataset, measured once for it: the widest name in each language, and
// the widest year.
type columns struct {
	first *model.City // the first partner of the dataset measured
	n     int         // and how many there are
	names [len(model.Langs)]int
	year  int
}

// selected returns the id of the selected city, or "" when the list is
// empty.
func (l list) selected() string {
	if l.cursor < 0 || l.cursor >= l.len() {
		return ""
	}
	return l.rows.At(l.cursor).ID
}

// len returns the number of rows.
func (l list) len() int {
	if l.rows == nil {
		return 0
	}
	return l.rows.Len()
}

// city returns the city of match m, and false when m's index is not one
// of the partners' (a searcher's mistake, which must not crash the
// screen).
func (l list) city(m engine.Match) (model.City, bool) {
	if m.Index < 0 || m.Index >= len(l.partners) {
		return model.City{}, false
	}
	return l.partners[m.Index], true
}

// selectedCity returns the selected city, or the zero City when the list
// is empty.
func (l list) selectedCity() model.City {
	if l.cursor < 0 || l.cursor >= l.len() {
		return model.City{}
	}
	c, _ := l.city(l.rows.At(l.cursor))
	return c
}

// row returns what row i draws.
func (l list) row(i int) row {
	m := l.rows.At(i)
	c, ok := l.city(m)
	if !ok {
		return row{}
	}
	return row{city: c, why: m.Explain(c)}
}

// setRows replaces the rows and selects the city with id keep if it is
// among them, the first row otherwise: the selection follows the city, not
// its index, which shifts when the list is filtered.
func (l list) setRows(f found, keep string) list {
	l.rows, l.partners, l.cursor = f.matches, f.partners, 0
	l.cols = l.cols.measure(f.partners, l.glyphs)
	if keep != "" {
		for i := range l.len() {
			if l.rows.At(i).ID == keep {
				l.cursor = i
				break
			}
		}
	}
	return l.scrollToCursor()
}

// setSize gives the list its inner size and keeps the selection in view.
func (l list) setSize(width, height int) list {
	l.width, l.height = max(width, 0), max(height, 0)
	return l.scrollToCursor()
}

// visible is how many rows fit, at least one so that a tiny pane still
// follows the cursor; when they do not all fit, the line that says how
// many more there are takes its room first.
func (l list) visible() int {
	if l.overflows() {
		return max((l.height-moreLines)/rowLines, 1)
	}
	return max(l.height/rowLines, 1)
}

// overflows reports whether some rows are out of the window, and there is
// room to say so under a row.
func (l list) overflows() bool {
	return l.len()*rowLines > l.height && l.height >= rowLines+moreLines
}

// above and below are how many rows are out of the window on each side.
func (l list) above() int { return l.offset }
func (l list) below() int { return max(l.len()-l.offset-l.visible(), 0) }

// update moves the selection on the navigation keys.
func (l list) update(msg tea.KeyMsg, k KeyMap) list {
	switch {
	case key.Matches(msg, k.Up), key.Matches(msg, k.ResultUp):
		return l.moveTo(l.cursor - 1)
	case key.Matches(msg, k.Down), key.Matches(msg, k.ResultDown):
		return l.moveTo(l.cursor + 1)
	case key.Matches(msg, k.PageUp):
		return l.moveTo(l.cursor - l.visible())
	case key.Matches(msg, k.PageDown):
		return l.moveTo(l.cursor + l.visible())
	case key.Matches(msg, k.HalfUp):
		return l.moveTo(l.cursor - max(l.visible()/2, 1))
	case key.Matches(msg, k.HalfDown):
		return l.moveTo(l.cursor + max(l.visible()/2, 1))
	case key.Matches(msg, k.Home):
		return l.moveTo(0)
	case key.Matches(msg, k.End):
		return l.moveTo(l.len() - 1)
	}
	return l
}

// moveTo selects row i, clamped to the list.
func (l list) moveTo(i int) list {
	l.cursor = clamp(i, 0, l.len()-1)
	return l.scrollToCursor()
}

// scroll moves the window by n rows, and takes the selection along only
// when it would leave the window.
func (l list) scroll(n int) list {
	l.offset = clamp(l.offset+n, 0, max(l.len()-l.visible(), 0))
	l.cursor = clamp(l.cursor, l.offset, l.offset+l.visible()-1)
	l.cursor = clamp(l.cursor, 0, l.len()-1)
	return l
}

// scrollToCursor moves the window just enough to show the selection, and
// never past the end, so a taller window shows more rows rather than space.
func (l list) scrollToCursor() list {
	l.cursor = clamp(l.cursor, 0, l.len()-1)
	l.offset = clamp(l.offset, l.cursor-l.visible()+1, l.cursor)
	l.offset = clamp(l.offset, 0, max(l.len()-l.visible(), 0))
	return l
}

// rowAt returns the index of the row at line y of the rows, if any.
func (l list) rowAt(y int) (int, bool) {
	if y < 0 || y >= l.visible()*rowLines || y >= l.height {
		return 0, false
	}
	i := l.offset + y/rowLines
	return i, i < l.len()
}

// onMore reports whether line y of the rows is the line that says how
// many more rows there are.
func (l list) onMore(y int) bool {
	return l.overflows() && y == l.height-moreLines
}

// more shows the next window of rows, below or else above: a tap on the
// line that says there are more, for a screen with no wheel.
func (l list) more() list {
	if l.below() > 0 {
		return l.scroll(l.visible())
	}
	return l.scroll(-l.visible())
}

// view draws the rows in lang, or says that nothing matched query.
func (l list) view(st *Styles, lang model.Lang, query string) string {
	if l.len() == 0 {
		msg := fmt.Sprintf(words[lang].noMatch, l.glyphs.text(sanitize(query)))
		return st.Empty.Width(l.width).Render(msg)
	}
	end := min(l.offset+l.visible(), l.len())
	lines := make([]string, 0, l.height)
	for i := l.offset; i < end; i++ {
		r := l.row(i)
		r.yearAt = l.yearAt(lang)
		lines = append(lines, r.view(st, l.glyphs, lang, l.width, i == l.cursor)...)
	}
	if l.overflows() {
		for len(lines) < l.height-moreLines {
			lines = append(lines, "")
		}
		lines = append(lines, l.moreView(st, lang))
	}
	return strings.Join(lines, "\n")
}

// moreView is the line under the rows that says how many more there are
// above and below the window ("↑ 2 more · ↓ 3 more"), at the rows' right
// like the page's scroll line, so that a list cut by the pane does not
// look complete.
func (l list) moreView(st *Styles, lang model.Lang) string {
	var parts []string
	if n := l.above(); n > 0 {
		parts = append(parts, "↑ "+fmt.Sprintf(words[lang].more, n))
	}
	if n := l.below(); n > 0 {
		parts = append(parts, "↓ "+fmt.Sprintf(words[lang].more, n))
	}
	s := ansi.Truncate(strings.Join(parts, " · "), l.width, "…")
	w := min(max(l.yearAt(lang), lipgloss.Width(s)), l.width)
	return st.Status.Width(w).Align(lipgloss.Right).Render(s)
}

// yearAt is the width of a row's first line, at whose end the year
// stands: the pane's, or, for compact rows, what the widest name and
// year of the dataset in lang need.
func (l list) yearAt(lang model.Lang) int {
	if !l.compact {
		return l.width
	}
	return min(l.width, lipgloss.Width(unselected)+l.cols.names[lang]+yearGap+l.cols.year)
}

// measure returns the columns of partners, measured again only when they are
// another dataset's (a hundred thousand names are measured once, not on
// every keystroke).
func (c columns) measure(partners []model.City, g glyphs) columns {
	if len(partners) > 0 && c.first == &partners[0] && c.n == len(partners) {
		return c
	}
	c = columns{n: len(partners), year: lipgloss.Width(undated)}
	if len(partners) > 0 {
		c.first = &partners[0]
	}
	for _, p := range partners {
		for _, lang := range model.Langs {
			c.names[lang] = max(c.names[lang], lipgloss.Width(g.text(sanitize(p.Name.In(lang)))))
		}
		if y, ok := p.Since(); ok {
			c.year = max(c.year, lipgloss.Width(strconv.Itoa(y)))
		}
	}
	return c
}

// The row's marker, and the year cell of a city without a date, as the
// list command writes it.
const (
	unselected = "  "
	undated    = "—"
)

// view draws a row as its lines: marker, name and year (or "—"), the year
// ending at column yearAt; then the country, or, when the query matched
// something the row does not show, that fact ("signatory: Fernand Lefort,
// Mayor of Saint-Ouen"). The characters the query matched are lit up in
// each.
func (r row) view(st *Styles, g glyphs, lang model.Lang, width int, selected bool) []string {
	yearAt := width
	if r.yearAt > 0 {
		yearAt = min(r.yearAt, width)
	}
	b := &st.rows
	marker, name, matched := unselected, b.name, b.matched
	if selected {
		marker, name, matched = b.marker.paint("> "), b.selectedName, b.matchedSelected
	}
	year := b.year.paint(undated)
	if y, ok := r.city.Since(); ok {
		year = lit(g, strconv.Itoa(y), r.why.Year, b.matchedYear, b.year)
	}
	markerW, yearW := ansi.StringWidth(marker), ansi.StringWidth(year)
	nameWidth := max(yearAt-markerW-yearW-1, 0)
	first := ansi.Truncate(lit(g, r.city.Name.In(lang), r.why.Name, matched, name), nameWidth, "…")
	gap := max(yearAt-markerW-ansi.StringWidth(first)-yearW, 0)
	line1 := marker + first + strings.Repeat(" ", gap) + year
	second := lit(g, r.city.Country.Name.In(lang), r.why.Country, b.matchedCountry, b.country)
	if r.why.Elsewhere {
		label := b.reason.paint(g.text(sanitize(r.why.Best.Field.Label(lang))) + ": ")
		text, positions := aroundMatch(r.why.Best.Text, r.why.Best.Positions, width-2-ansi.StringWidth(label))
		second = label + lit(g, text, positions, b.matchedCountry, b.country)
	}
	line2 := ansi.Truncate(second, max(width-2, 0), "…")
	return []string{ansi.Truncate(line1, width, ""), ansi.Truncate("  "+line2, width, "")}
}

// lit draws text from the data with the runes at positions in brush on
// and the rest in brush off. Each lit rune takes the combining marks that
// follow it (an accent written as a mark of its own), so that no style
// ever comes between a letter and its accent. On a screen that shows the
// text transliterated (see glyphs), the runes are not those the search
// matched, and nothing is lit rather than the wrong characters.
func lit(g glyphs, text string, positions []int, on, off brush) string {
	text = sanitize(text)
	if shown := g.text(text); shown != text {
		return off.paint(shown)
	}
	// Rune positions, never byte offsets (charmbracelet/bubbles#124);
	// each run is painted apart, so a mark stays with its letter.
	return paintRunes(text, wholeGraphemes(text, positions), on, off)
}

// clamp limits v to [lo, hi]; when hi < lo it returns lo, so an empty
// range clamps to its start instead of going negative.
func clamp(v, lo, hi int) int {
	return max(lo, min(v, hi))
}
