package model

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The limits of a dataset's texts. A page is rendered by a markdown
// renderer whose time and memory grow much faster than its input in
// places (a thousand nested quotes take it a minute and gigabytes), and a
// kiosk must draw every page at once; these are far above what any page
// needs (the longest description in the embedded data is 900 characters,
// its longest word 19) and far below where rendering slows.
const (
	// MaxLine is the longest one-line text: a name, a role, a place.
	MaxLine = 200
	// MaxParagraph is the longest summary of an event or note.
	MaxParagraph = 2000
	// MaxMarkdown is the longest description.
	MaxMarkdown = 10000
	// MaxWord is the longest run of characters without a space.
	MaxWord = 200
	// MaxDepth is the deepest a description nests block quotes, lists and
	// indentation.
	MaxDepth = 6
	// MaxBlocks is the most blocks (paragraphs, list items, headings,
	// quotes, table rows) in a description.
	MaxBlocks = 100
	// MaxItems is the longest list of anything in one city: events,
	// names, notes, signatories.
	MaxItems = 100
)

// textKind is what a text is shown as, which sets its limits.
type textKind int

const (
	oneLine   textKind = iota // a name, a role, a place: one line on screen
	paragraph                 // an event's summary, a note: wrapped, escaped
	markdown                  // a description: markdown by design
)

// limitProblem is a text beyond a limit: what is wrong, and the line of
// the text it is on (from 1), for the file:line of the message.
type limitProblem struct {
	line int
	msg  string
}

// checkLimits returns the first limit that text s of kind k goes past, if
// any.
func checkLimits(s string, k textKind) (limitProblem, bool) {
	most := [...]int{oneLine: MaxLine, paragraph: MaxParagraph, markdown: MaxMarkdown}[k]
	if n := utf8.RuneCountInString(s); n > most {
		return limitProblem{1, fmt.Sprintf("the text is %d characters long: at most %d fit here", n, most)}, true
	}
	if p, ok := longWord(s); ok {
		return p, true
	}
	if k == markdown {
		return checkMarkdown(s)
	}
	return limitProblem{}, false
}

// longWord finds the first run of more than MaxWord characters without a
// space, which no screen can wrap.
func longWord(s string) (limitProblem, bool) {
	line, run := 1, 0
	for _, r := range s {
		if r == '\n' {
			line++
		}
		if unicode.IsSpace(r) {
			run = 0
			continue
		}
		if run++; run > MaxWord {
			return limitProblem{line, fmt.Sprintf("a word of more than %d characters without a space: no screen can wrap it", MaxWord)}, true
		}
	}
	return limitProblem{}, false
}

// checkMarkdown finds the first line of a description that nests deeper
// than MaxDepth, or the block after the first MaxBlocks.
func checkMarkdown(s string) (limitProblem, bool) {
	blocks := 0
	blank := true
	for i, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			blank = true
			continue
		}
		depth, starts := nesting(line)
		if depth > MaxDepth {
			return limitProblem{i + 1, fmt.Sprintf("markdown nested %d levels deep (block quotes, lists, indentation): at most %d", depth, MaxDepth)}, true
		}
		if blank || starts {
			if blocks++; blocks > MaxBlocks {
				return limitProblem{i + 1, fmt.Sprintf("more than %d blocks of markdown (paragraphs, list items, headings, quotes, table rows)", MaxBlocks)}, true
			}
		}
		blank = false
	}
	return limitProblem{}, false
}

// nesting measures how deep a line of markdown nests: each block quote
// marker and list marker at its start, and each two columns of
// indentation, is a level (more than CommonMark would count, never less).
// starts reports whether the line begins a block of its own even without
// a blank line before it.
func nesting(line string) (depth int, starts bool) {
	indent := 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ':
			indent++
			i++
		case c == '\t':
			indent += 4
			i++
		case c == '>':
			// The space after the marker belongs to it.
			depth, starts = depth+1, true
			i++
			if i < len(line) && line[i] == ' ' {
				i++
			}
		default:
			if n := listMarker(line[i:]); n > 0 {
				depth, starts = depth+1, true
				i += n
				continue
			}
			switch c {
			case '#', '|', '`', '~':
				starts = true
			}
			return depth + indent/2, starts
		}
	}
	return depth + indent/2, starts
}

// listMarker returns the length of the list item marker that s starts
// with ("- ", "* ", "+ ", "12. ", "3) "), or 0.
func listMarker(s string) int {
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	switch {
	case i == 0 && len(s) > 0 && (s[0] == '-' || s[0] == '*' || s[0] == '+'):
		i = 1
	case i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')'):
		i++
	default:
		return 0
	}
	if i == len(s) || s[i] == ' ' || s[i] == '\t' {
		return i
	}
	return 0
}
