package ui

import (
	"slices"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"github.com/ruse-twins/ruse-twins/model"
)

// texts are the words of the browser's own chrome in one language. The
// dataset brings its own translations; these are the rest.
type texts struct {
	title        string            // the app's title in the header
	of           string            // "3 of 9"
	searchHint   string            // the query line while nobody searches
	placeholders []string          // the query line while the query is empty, longest first: the first that fits whole
	noMatch      string            // the list when the query matches nothing; %s is the query
	noSelection  string            // the detail when there is nothing to show
	more         string            // how many more rows are out of the list's window; %d
	plainPage    string            // over a page shown as plain text
	tooSmall     string            // the whole screen when nothing useful fits
	notReloaded  string            // the line that tells why new data is not shown; %s is the first problem
	moreProblems string            // after it, how many more problems there are; %d
	langName     string            // the language's own name, offered by the toggle
	views        [numViews]string  // the views' names, on their tabs
	orders       [numOrders]string // the list's orders, in the header; none for the dataset's
	partners     string            // what the map's other markers are
	fromHome     string            // the map's caption: city, km, direction, home city
	fromHomeCut  string            // the same without the home city, when that is too long
	mapCredit    string            // where the map's coastlines come from
	mapSource    string            // the same, in the full help
	precisions   [3]string         // the timeline's legend: day, month, year
	help         helpTexts
}

// helpTexts describe the keys in the help bar.
type helpTexts struct {
	choose, scroll, up, down, scrollUp, scrollDown string
	pageUp, pageDown, halfUp, halfDown             string
	first, last, top, bottom                       string
	focus, toList, open, back, clear, search, keep string
	more, less, quit, suspend                      string
	north, south, west, east, sort                 string
}

// words holds the chrome in every language of the app.
var words = map[model.Lang]texts{
	model.BG: {
		title:        "Побратимени градове",
		of:           "от",
		searchHint:   "/ търсене",
		placeholders: []string{"име, държава, година или човек", "име, държава или година", "име, държава, година", "име или година"},
		noMatch:      "Няма град, който да отговаря на „%s“.",
		noSelection:  "Няма избран град.",
		more:         "още %d",
		plainPage:    "Показано като обикновен текст: страницата е твърде голяма за оформяне.",
		tooSmall:     "Прозорецът е твърде малък.",
		notReloaded:  "Промяната не е показана: %s",
		moreProblems: " (и още %d)",
		langName:     "български",
		views:        [numViews]string{pageView: "Страница", mapView: "Карта", timelineView: "Хронология"},
		orders:       [numOrders]string{byName: "по име", byYear: "по година", byDistance: "по разстояние"},
		partners:     "партньори",
		fromHome:     "%s — %d км на %s от %s",
		fromHomeCut:  "%s — %d км на %s",
		mapCredit:    "Natural Earth",
		mapSource:    "Бреговете на картата: Natural Earth (обществено достояние), чрез world-atlas",
		precisions:   [3]string{"ден", "месец", "година"},
		help: helpTexts{
			choose: "избор", scroll: "превърти", up: "нагоре", down: "надолу",
			scrollUp: "превърти нагоре", scrollDown: "превърти надолу",
			pageUp: "страница нагоре", pageDown: "страница надолу",
			halfUp: "половин нагоре", halfDown: "половин надолу",
			first: "първи", last: "последен", top: "начало", bottom: "край",
			focus: "панел", toList: "списък", open: "отвори", back: "назад", clear: "изчисти",
			search: "търсене", keep: "запази филтъра",
			more: "още", less: "по-малко", quit: "изход", suspend: "пауза",
			north: "на север", south: "на юг", west: "на запад", east: "на изток", sort: "подреди",
		},
	},
	model.EN: {
		title:        "Partner cities",
		of:           "of",
		searchHint:   "/ search",
		placeholders: []string{"name, country, year or person", "name, country or year", "name or year"},
		noMatch:      "No city matches “%s”.",
		noSelection:  "No city selected.",
		more:         "%d more",
		plainPage:    "Shown as plain text: this page is too large to lay out.",
		tooSmall:     "Window too small.",
		notReloaded:  "Edit not shown: %s",
		moreProblems: " (and %d more)",
		langName:     "English",
		views:        [numViews]string{pageView: "Page", mapView: "Map", timelineView: "Timeline"},
		orders:       [numOrders]string{byName: "by name", byYear: "by year", byDistance: "by distance"},
		partners:     "partners",
		fromHome:     "%s — %d km %s of %s",
		fromHomeCut:  "%s — %d km %s",
		mapCredit:    "Natural Earth",
		mapSource:    "The map's coastlines: Natural Earth (public domain), by way of world-atlas",
		precisions:   [3]string{"day", "month", "year"},
		help: helpTexts{
			choose: "choose", scroll: "scroll", up: "up", down: "down",
			scrollUp: "scroll up", scrollDown: "scroll down",
			pageUp: "page up", pageDown: "page down",
			halfUp: "half page up", halfDown: "half page down",
			first: "first", last: "last", top: "top", bottom: "bottom",
			focus: "pane", toList: "list", open: "open", back: "back", clear: "clear",
			search: "search", keep: "keep filter",
			more: "more", less: "less", quit: "quit", suspend: "suspend",
			north: "north", south: "south", west: "west", east: "east", sort: "sort",
		},
	},
}

// sanitize makes text from data safe to print on one line: every character
// that could act on a terminal (model.UnsafeRune) or that the terminal and
// the app would measure differently (model.InvisibleRune), and newlines
// and tabs, which would break a row, become U+FFFD or a space. Unlike
// termsafe.Text, which drops them, it replaces them, so that rune
// positions stay put and a search match still highlights the characters
// it matched.
func sanitize(s string) string {
	prev := rune(0)
	return strings.Map(func(r rune) rune {
		p := prev
		prev = r
		switch {
		case r == '\n' || r == '\t':
			return ' '
		case model.UnsafeRune(r), model.InvisibleRune(p, r):
			return '\uFFFD'
		}
		return r
	}, s)
}

// wholeGraphemes returns the rune positions of text to light up so that
// a character and the combining marks that follow it are lit together:
// each position takes the marks after its rune, and a mark lit alone
// takes its letter. The positions come ascending, each once.
func wholeGraphemes(text string, positions []int) []int {
	if len(positions) == 0 {
		return nil
	}
	runes := []rune(text)
	mark := func(i int) bool { return i < len(runes) && unicode.In(runes[i], unicode.Mn, unicode.Me) }
	var out []int
	for _, p := range positions {
		if p < 0 || p >= len(runes) {
			continue
		}
		start := p
		for start > 0 && mark(start) {
			start--
		}
		end := p + 1
		for mark(end) {
			end++
		}
		for i := start; i < end; i++ {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// aroundMatch returns text and its matched rune positions as a line of at
// most room columns can show them: unchanged when the matched runes are
// in the columns a cut at the right end leaves; else cut at the left,
// from the start of the word of the first matched rune (or from that rune,
// when the match is too wide for that), behind a "…", with the positions
// moved to match. The cut at the right stays the caller's. So a fact
// that matched in its tail ("signatory: …mayor of Ruse") shows what
// matched, not only its head.
func aroundMatch(text string, positions []int, room int) (string, []int) {
	runes := []rune(text)
	if len(positions) == 0 || ansi.StringWidth(text) <= room {
		return text, positions
	}
	first, last := slices.Min(positions), slices.Max(positions)
	if first < 0 || last >= len(runes) {
		return text, positions
	}
	// The right cut keeps room-1 columns and a "…".
	if ansi.StringWidth(string(runes[:last+1])) <= room-1 {
		return text, positions
	}
	from := first
	for from > 0 && !unicode.IsSpace(runes[from-1]) {
		from--
	}
	// "…", the runes up to the last matched one, and the right cut's "…".
	if 1+ansi.StringWidth(string(runes[from:last+1])) > room-1 {
		from = first
	}
	moved := make([]int, len(positions))
	for i, p := range positions {
		moved[i] = p - from + 1
	}
	return "…" + string(runes[from:]), moved
}
