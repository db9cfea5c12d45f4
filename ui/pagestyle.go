package ui

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/glamour"
	gansi "github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/glamour/styles"
	"github.com/charmbracelet/x/ansi"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/bounded"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// The names of the page's markdown styles, part of a page's cache key.
const (
	styleDark  = "dark"  // colour on a dark background
	styleLight = "light" // colour on a light background
	styleMono  = "mono"  // no colour: bold, underline and italics only
	stylePlain = "plain" // text alone: a pipe, or a test
)

// pageStyle returns the page's markdown style: glamour's own dark, light
// or ASCII style with what a page read slowly on any terminal needs.
// Headings carry no "#" marks (they are bold, or in capitals where
// nothing can be bold), strong and emphasised text no "**" or "*", and
// bullets are "•" everywhere.
func pageStyle(name string) gansi.StyleConfig {
	var s gansi.StyleConfig
	switch name {
	case styleDark:
		s = styles.DarkStyleConfig
	case styleLight:
		s = styles.LightStyleConfig
	case styleMono:
		s = styles.ASCIIStyleConfig
		s.Heading.Bold = yes()
		s.H1.Underline = yes()
		s.Strong = gansi.StylePrimitive{Bold: yes()}
		s.Emph = gansi.StylePrimitive{Italic: yes()}
	default:
		// glamour writes bold and the like whatever the profile: plain
		// text has none, and capitals mark its headings.
		s = styles.ASCIIStyleConfig
		s.Strong, s.Emph = gansi.StylePrimitive{}, gansi.StylePrimitive{}
		for _, h := range []*gansi.StyleBlock{&s.H2, &s.H3} {
			h.Upper = yes()
		}
	}
	for _, h := range []*gansi.StyleBlock{&s.H1, &s.H2, &s.H3, &s.H4, &s.H5, &s.H6} {
		h.Prefix = ""
	}
	s.Item.BlockPrefix = bullet
	return s
}

// yes returns a pointer to true, as glamour's styles want it.
func yes() *bool { b := true; return &b }

// bullet is how every list item of a page begins.
const bullet = "• "

// pageRenderer renders pages at one wrap width in one style: glamour,
// then a hanging indent for the wrapped lines of list items.
type pageRenderer struct {
	tr     *glamour.TermRenderer
	width  int // the wrap width
	margin int // the document's margin, left and right
	plain  bool
}

// newPageRenderer returns a renderer for look at wrap width. Code blocks
// are not highlighted (see bounded.WithoutHighlighting).
func newPageRenderer(look Look, width int) (*pageRenderer, error) {
	tr, err := glamour.NewTermRenderer(
		glamour.WithStyles(bounded.WithoutHighlighting(look.Glamour)),
		glamour.WithColorProfile(look.Profile),
		glamour.WithWordWrap(width),
	)
	if err != nil {
		return nil, err
	}
	return &pageRenderer{tr: tr, width: width, margin: docMargin(look), plain: look.Style == stylePlain}, nil
}

// docMargin is the page's margin in look, left and right: where its text
// begins.
func docMargin(look Look) int {
	if m := look.Glamour.Document.Margin; m != nil {
		return int(*m)
	}
	return 0
}

// keepTogether joins a number to its unit while glamour wraps a page, so
// that no line ends between them: „1961 г.“ and „1888 км“ are one word to
// a reader, and Bulgarian typesetting never parts them; and a tag to the
// dot after it. glamour breaks
// lines at any space, a no-break one too, and never inside a word; this
// is a character of the private use area, which no page's text has, and
// it is shown as a space.
const keepTogether = "\ue000"

// unitAfterNumber matches a number and the unit after it: a year's „г.“,
// kilometres.
var unitAfterNumber = regexp.MustCompile(`([0-9]) (г\.|км|km)`)

// hyphen and breakAfter stand for a hyphen inside a word while glamour
// wraps a page. glamour's wrap leaves out of a line's width the hyphens it
// may break at (muesli/reflow#66), so that a line with one can end a
// column past the page; glamour then breaks that line once more, before
// its last word, which is left alone on a line („двата“ / „града“ / „са
// побратимени“). As a letter of the private use area, the hyphen is
// counted; the vertical tab after it, white space to glamour's wrap and
// nothing on the screen, is where the line may still break. A line with
// a hyphen may so end a column short, never past the page.
const (
	hyphen     = "\ue001"
	breakAfter = "\v"
)

// wordHyphens puts hyphen and breakAfter for every hyphen between two
// letters or digits of md ("Saint-Ouen", "най-старото", "11-ият"): never
// a list's dash, a rule or a minus sign.
func wordHyphens(md string) string {
	if !strings.Contains(md, "-") {
		return md
	}
	var b strings.Builder
	b.Grow(len(md) + 8)
	prev := rune(0)
	for i, c := range md {
		if c == '-' && isWordRune(prev) {
			if next, _ := utf8.DecodeRuneInString(md[i+1:]); isWordRune(next) {
				b.WriteString(hyphen + breakAfter)
				prev = c
				continue
			}
		}
		b.WriteRune(c)
		prev = c
	}
	return b.String()
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// render renders markdown md, without the blank lines glamour frames a
// document with.
func (r *pageRenderer) render(md string) (string, error) {
	md = unitAfterNumber.ReplaceAllString(md, "${1}"+keepTogether+"${2}")
	// A line of tags ends with the dot between two, never starts with it.
	md = strings.ReplaceAll(md, " · ", keepTogether+"· ")
	out, err := r.tr.Render(wordHyphens(md))
	if err != nil {
		return "", err
	}
	out = strings.NewReplacer(hyphen+breakAfter, "-", hyphen, "-", breakAfter, "").Replace(out)
	out = hang(strings.Trim(out, "\n"), r.width-r.margin)
	out = strings.ReplaceAll(out, keepTogether, " ")
	if r.plain {
		// glamour pads every line to the wrap width; plain text wants
		// none (styled padding may carry a background, and stays).
		lines := strings.Split(out, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " ")
		}
		out = strings.Join(lines, "\n")
	}
	return out, nil
}

// RenderPage renders a page's markdown as the browser would, in look's
// style at wrap width, for a command that prints it: within the bounds of
// ui/bounded, past which it is plain text after a line that says so.
func RenderPage(look Look, width int, md string) (string, error) {
	r, err := newPageRenderer(look, width)
	if err != nil {
		return "", err
	}
	out, why := bounded.New(bounded.Deadline).Render(r.render, termsafe.Text(md), width)
	if why != bounded.Rendered {
		out = bounded.Plain(words[model.EN].plainPage, width) + "\n\n" + out
	}
	return out, nil
}

// itemMarker matches the start of a rendered list item: its indent and
// its bullet or number.
var itemMarker = regexp.MustCompile(`^( *)(` + bullet + `|[0-9]{1,9}\. )`)

// hang gives the wrapped lines of every list item in rendered a hanging
// indent, under the item's text rather than under its bullet, where
// glamour puts them (glamour#56, glamour#314): each item with more than
// one line is joined and wrapped again so that its text ends by column
// end, and its lines after the first are indented past the bullet.
//
// An item begins after a blank line or another item: a line of a
// paragraph that glamour's wrap happens to start with a number and a dot
// ("1986. Over the years…") is no item.
func hang(rendered string, end int) string {
	lines := strings.Split(rendered, "\n")
	out := make([]string, 0, len(lines))
	canStart := true // the line before was blank, or an item's
	for i := 0; i < len(lines); {
		m := itemMarker.FindStringSubmatch(ansi.Strip(lines[i]))
		if !canStart {
			m = nil
		}
		j := i + 1
		if m != nil {
			for j < len(lines) && continues(ansi.Strip(lines[j]), len(m[1])) {
				j++
			}
		}
		canStart = m != nil || strings.TrimSpace(ansi.Strip(lines[i])) == ""
		// glamour wraps an item's text as if its bullet took no room: an
		// item of one line may end a column past the others.
		if j == i+1 && (m == nil || ansi.StringWidth(trimRight(lines[i])) <= end) {
			out = append(out, lines[i])
			i++
			continue
		}
		out = append(out, rewrap(lines[i:j], len(m[1]), ansi.StringWidth(m[2]), end)...)
		i = j
	}
	return strings.Join(out, "\n")
}

// continues reports whether a rendered line (plain) is a wrapped line of
// the list item above it, whose bullet stands indent columns in: glamour
// starts it at the bullet's column, and it is not another item.
func continues(plain string, indent int) bool {
	text := strings.TrimLeft(plain, " ")
	return text != "" && len(plain)-len(text) == indent && !itemMarker.MatchString(text)
}

// rewrap joins the lines of one rendered list item, whose bullet stands
// indent columns in and is marker columns wide, and wraps its text again
// to end by column end, with a hanging indent.
func rewrap(lines []string, indent, marker, end int) []string {
	head := ansi.Cut(lines[0], 0, indent+marker)
	text := trimRight(ansi.TruncateLeft(lines[0], indent+marker, ""))
	for _, l := range lines[1:] {
		// glamour breaks a line at a space, which it drops, or after a
		// hyphen, which it keeps ("Saint-" and "Ouen").
		if !strings.HasSuffix(ansi.Strip(text), "-") {
			text += " "
		}
		text += trimRight(ansi.TruncateLeft(l, indent, ""))
	}
	wrapped := strings.Split(ansi.Wrap(text, max(end-indent-marker, 1), "-"), "\n")
	pad := strings.Repeat(" ", indent+marker)
	out := make([]string, len(wrapped))
	for i, w := range wrapped {
		out[i] = pad + w
	}
	out[0] = head + wrapped[0]
	return out
}

// trimRight drops the blanks at the end of a rendered line, keeping its
// escape sequences.
func trimRight(s string) string {
	return ansi.Truncate(s, ansi.StringWidth(strings.TrimRight(ansi.Strip(s), " ")), "")
}
