package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
	"github.com/ruse-twins/ruse-twins/model"
)

// looks are the page's looks: colour on dark and light, emphasis without
// colour, and plain text.
var looks = []struct {
	name string
	look Look
}{
	{"dark", LookFor(termenv.TrueColor, true, false)},
	{"light", LookFor(termenv.ANSI256, false, false)},
	{"mono", LookFor(termenv.ANSI256, true, false).NoColour()},
	{"plain", LookFor(termenv.Ascii, true, false)},
}

// longPage is a page with long list items and paragraphs, in language l.
func longPage(l model.Lang) string {
	c := fixture().Partners[1]
	c.Aims = []model.Text{
		{BG: "подпомагане и съдействие на централните и местните власти при реализирането на Европейската рамкова конвенция за трансгранично сътрудничество от 2009 г.",
			EN: "supporting and assisting the central and local authorities in implementing the European Outline Convention on Transfrontier Co-operation of 2009"},
		{BG: "кратка цел", EN: "a short aim"},
		{BG: strings.Repeat("Сент-Уан и Saint-Ouen-sur-Seine ", 6), EN: strings.Repeat("Saint-Ouen and Saint-Ouen-sur-Seine ", 6)},
	}
	return model.Document(fixture().Home, c, l)
}

// TestPageHasNoMarkup checks that no look shows markdown's marks: no "#"
// before a heading, no "**" or "*" around bold or italics, and "•" for
// bullets.
func TestPageHasNoMarkup(t *testing.T) {
	for _, lk := range looks {
		for _, l := range model.Langs {
			out, err := RenderPage(lk.look, 60, longPage(l))
			if err != nil {
				t.Fatal(err)
			}
			text := ansi.Strip(out)
			for i, line := range strings.Split(text, "\n") {
				trimmed := strings.TrimSpace(line)
				if strings.HasPrefix(trimmed, "#") || strings.Contains(line, "**") || strings.HasPrefix(trimmed, "* ") || strings.HasPrefix(trimmed, "- ") {
					t.Errorf("%s %s: line %d shows markup: %q", lk.name, l.Code(), i, line)
				}
			}
			if !strings.Contains(text, "• ") {
				t.Errorf("%s %s: no bullet:\n%s", lk.name, l.Code(), text)
			}
			if apart := regexp.MustCompile(`\pL- \pL`).FindString(text); apart != "" {
				t.Errorf("%s %s: a hyphenated word came apart (%q):\n%s", lk.name, l.Code(), apart, text)
			}
			if lk.name == "plain" && strings.Contains(out, "\x1b") {
				t.Errorf("plain %s: escape sequences in plain text", l.Code())
			}
		}
	}
}

// TestHangingIndent checks that the wrapped lines of a list item start
// under its text, not under its bullet, and that they end within the
// wrap width, in every look and at every width.
func TestHangingIndent(t *testing.T) {
	for _, lk := range looks {
		for width := 30; width <= 80; width += 7 {
			out, err := RenderPage(lk.look, width, longPage(model.EN))
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(ansi.Strip(out), "\n")
			hung := 0
			for i, line := range lines {
				if w := ansi.StringWidth(strings.TrimRight(line, " ")); w > width {
					t.Errorf("%s at %d: line %d is %d wide: %q", lk.name, width, i, w, line)
				}
			}
			for i := 1; i < len(lines); i++ {
				at := strings.Index(lines[i-1], "• ")
				if at < 0 || strings.TrimSpace(lines[i]) == "" || strings.Contains(lines[i], "• ") {
					continue
				}
				// The line after an item's first one, when it is not
				// another item, is its continuation.
				want := ansi.StringWidth(lines[i-1][:at] + "• ")
				if indent := len(lines[i]) - len(strings.TrimLeft(lines[i], " ")); indent != want {
					t.Errorf("%s at %d: line %d is indented %d, want %d:\n%s\n%s", lk.name, width, i, indent, want, lines[i-1], lines[i])
				}
				hung++
			}
			if hung == 0 {
				t.Errorf("%s at %d: no wrapped item to check:\n%s", lk.name, width, strings.Join(lines, "\n"))
			}
		}
	}
}

// TestParagraphLineIsNoItem checks that a paragraph whose wrap puts a
// year and a full stop at the start of a line ("1986. Over the years")
// keeps its lines where glamour put them, in every look, while a
// numbered list after it still hangs.
func TestParagraphLineIsNoItem(t *testing.T) {
	md := "# Peristeri\n\nRuse and Peristeri have been twinned since 1986. Over the years the two cities have established cultural, educational and business contacts at a high level.\n\n1. One item of a numbered list that is long enough to wrap onto a second line."
	for _, lk := range looks {
		for width := 40; width <= 60; width++ {
			out, err := RenderPage(lk.look, width, md)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(ansi.Strip(out), "\n")
			margin, list := -1, false
			for _, l := range lines {
				text := strings.TrimLeft(l, " ")
				switch indent := len(l) - len(text); {
				case text == "" || strings.HasPrefix(text, "Peristeri"):
				case strings.HasPrefix(text, "1. One"):
					list = true
				case list:
					if indent != margin+len("1. ") {
						t.Errorf("%s at %d: the item's wrapped line is not hung: %q", lk.name, width, l)
					}
				case margin < 0:
					margin = indent
				case indent != margin:
					t.Errorf("%s at %d: a line of the paragraph is indented %d, not %d:\n%s", lk.name, width, indent, margin, strings.Join(lines, "\n"))
				}
			}
		}
	}
}

// TestHangKeepsStyles checks that re-wrapping a styled item keeps its
// escape sequences whole and in order: the text is the plain look's.
func TestHangKeepsStyles(t *testing.T) {
	plain, _ := RenderPage(looks[3].look, 50, longPage(model.BG))
	for _, lk := range looks[:3] {
		out, _ := RenderPage(lk.look, 50, longPage(model.BG))
		if got, want := wordsOf(ansi.Strip(out)), wordsOf(plain); got != want {
			t.Errorf("%s: the words differ from plain text:\n%s\nwant\n%s", lk.name, got, want)
		}
		if broken := regexp.MustCompile("\x1b[^\\[]|\x1b\\[[0-9;]*[^0-9;m]").FindString(out); broken != "" {
			t.Errorf("%s: a broken escape sequence %q", lk.name, broken)
		}
	}
}

// wordsOf is the text's words in order, whatever its lines and case.
func wordsOf(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// TestUnitsStayWithTheirNumbers checks that no line of a page starts
// with a year's „г.“ or a distance's unit, parted from its number, or with
// the dot between two tags.
func TestUnitsStayWithTheirNumbers(t *testing.T) {
	for _, lk := range looks {
		for width := 24; width <= 80; width++ {
			out, err := RenderPage(lk.look, width, longPage(model.BG))
			if err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(ansi.Strip(out), "\n") {
				if f := strings.Fields(line); len(f) > 0 && (f[0] == "г." || f[0] == "км" || f[0] == "·") {
					t.Errorf("%s at %d: line %d starts with its unit: %q", lk.name, width, i, line)
				}
				if strings.ContainsRune(line, '\ue000') {
					t.Errorf("%s at %d: the placeholder shows: %q", lk.name, width, line)
				}
			}
		}
	}
}

// sgr matches a Select Graphic Rendition sequence and its parameters.
var sgr = regexp.MustCompile(`\x1b\[([0-9;]*)m`)

// TestNoColourKeepsEmphasis checks the look of NO_COLOR: not one colour,
// and bold still marks the selected city, the title and the page's
// headings.
func TestNoColourKeepsEmphasis(t *testing.T) {
	ds := fixture()
	look := LookFor(termenv.ANSI256, true, false).NoColour()
	m := resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: model.EN, Look: look}), 100, 30)
	m = press(m, "j")
	view := m.View()
	for _, p := range sgr.FindAllStringSubmatch(view, -1) {
		for _, n := range strings.Split(p[1], ";") {
			if strings.HasPrefix(n, "3") && n != "3" || strings.HasPrefix(n, "4") && n != "4" || strings.HasPrefix(n, "9") || strings.HasPrefix(n, "10") {
				t.Fatalf("a colour (%q) without colour", p[0])
			}
		}
	}
	var selected string
	for _, line := range strings.Split(view, "\n") {
		if strings.Contains(ansi.Strip(line), "> Giurgiu") {
			selected = line
		}
	}
	if !strings.Contains(selected, "\x1b[1m") {
		t.Errorf("the selected row is not bold: %q", selected)
	}
	if !strings.Contains(view, "\x1b[1mPartner cities") {
		t.Errorf("the title is not bold:\n%q", view)
	}
	page, _ := RenderPage(look, 60, longPage(model.EN))
	if !strings.Contains(page, "\x1b[1mTimeline") {
		t.Errorf("the page's headings are not bold:\n%q", page)
	}
}

// TestWidePaneCentresThePage checks that a pane wider than the page's
// measure shows the page in its middle, at the measure.
func TestWidePaneCentresThePage(t *testing.T) {
	m := newTest(t, model.EN, 200, 60)
	inner := m.geo.sideW - m.styles.Pane.GetHorizontalFrameSize()
	left := (inner - maxWrap) / 2
	var title string
	for _, line := range strings.Split(m.View(), "\n") {
		if strings.Contains(line, "Saint-Ouen") && !strings.Contains(line, "1961") {
			title = line
			break
		}
	}
	paneStart := m.geo.listW + m.styles.Pane.GetBorderLeftSize() + m.styles.Pane.GetPaddingLeft()
	at := strings.Index(ansi.Strip(title), "Saint-Ouen")
	// The title stands after the pane's edge, the centring and glamour's
	// own margin.
	if col := ansi.StringWidth(ansi.Strip(title)[:at]); col < paneStart+left || col > paneStart+left+4 {
		t.Errorf("the page's title is at column %d, want about %d:\n%s", col, paneStart+left, m.View())
	}
	if w := pageOf(m).shown.wrap; w != maxWrap {
		t.Errorf("wrapped at %d, want the measure %d", w, maxWrap)
	}
}

// TestLinesAreFilled checks that glamour's wrap leaves no word alone on a
// line that would have fitted on the line before: a hyphen in a line
// (най-старото) made glamour break it once more before its last word
// („двата“ / „града“ / „са побратимени“, at 60×20). A line with hyphens
// may end a column short for each; none ends past the page.
func TestLinesAreFilled(t *testing.T) {
	pages := []string{
		"# Сент-Уан\n\nТова е най-старото партньорство на Русе – двата града са побратимени от 1961 г. Връзките между тях се изразяват в дългогодишна размяна на ученически и младежки групи.",
		longPage(model.BG), longPage(model.EN),
	}
	for _, lk := range looks {
		for _, md := range pages {
			for width := 30; width <= maxWrap; width++ {
				out, err := RenderPage(lk.look, width, md)
				if err != nil {
					t.Fatal(err)
				}
				checkFilled(t, lk.name, width, width-docMargin(lk.look), strings.Split(ansi.Strip(out), "\n"))
			}
		}
	}
}

// numberAndUnit is a number and its unit at the start of a line, which
// the page keeps together.
var numberAndUnit = regexp.MustCompile(`^[0-9]+ (г\.|км|km)`)

// checkFilled reports a line of lines that the first word of the next
// line of its paragraph would have fitted on, by column end, or that
// ends past it.
func checkFilled(t *testing.T, look string, width, end int, lines []string) {
	t.Helper()
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		if w := ansi.StringWidth(l); w > end {
			t.Errorf("%s at %d: a line ends at column %d, past %d: %q", look, width, w, end, l)
		}
		if i+1 == len(lines) {
			continue
		}
		next := strings.TrimRight(lines[i+1], " ")
		text := strings.TrimLeft(next, " ")
		indent := len(next) - len(text)
		if text == "" || strings.TrimSpace(l) == "" || itemMarker.MatchString(text) || indent < len(l)-len(strings.TrimLeft(l, " ")) {
			continue // a new paragraph or item
		}
		word, rest, _ := strings.Cut(text, " ")
		if strings.HasPrefix(rest, "·") {
			word += " ·" // a tag keeps the dot after it
		}
		if unit := numberAndUnit.FindString(text); unit != "" {
			// „1961 г.),“ is one word.
			tail, _, _ := strings.Cut(text[len(unit):], " ")
			word = unit + tail
		}
		if fits := ansi.StringWidth(l) + 1 + ansi.StringWidth(word); fits+strings.Count(l, "-") <= end {
			t.Errorf("%s at %d: %q would have fitted on the line before (to column %d of %d):\n%s\n%s", look, width, word, fits, end, l, next)
		}
	}
}
