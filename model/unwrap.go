package model

import (
	"regexp"
	"strings"
)

var (
	// blockStart matches the start of a line that opens a block of its
	// own: a bullet item, a heading, a quote, a fence, a table row or HTML.
	blockStart = regexp.MustCompile("^(?:[-*+](?:[ \t]|$)|#|>|```|~~~|\\||<)")
	// orderedItem matches an ordered list item's marker and its number.
	orderedItem = regexp.MustCompile(`^([0-9]{1,9})[.)](?:[ \t]|$)`)
	// ruleLine matches a thematic break or a setext heading's underline,
	// which must stay on a line of its own.
	ruleLine = regexp.MustCompile(`^[-=*_ \t]+$`)
	// fenceOpen matches the opening line of a fenced code block.
	fenceOpen = regexp.MustCompile("^(```+|~~~+)")
)

// unwrap joins the lines of each paragraph and list item of the markdown
// md into one line, keeping every block where it was: a description is
// written with line breaks that suit its file, and the page flows it to
// the width it is shown at (glamour breaks a list item where its source
// does). Code blocks, tables, headings, hard line breaks (two spaces or a
// backslash at the end of a line) and lines that open a block of their own
// are kept as they are.
func unwrap(md string) string {
	md = strings.TrimSpace(strings.ReplaceAll(md, "\r\n", "\n"))
	if md == "" {
		return ""
	}
	var out []string
	fence := ""     // the fence of the code block the lines are in
	open := false   // the last line may take the next one
	blank := true   // the last line was blank
	inItem := false // the last line is part of a list item
	for line := range strings.SplitSeq(md, "\n") {
		trimmed := strings.TrimLeft(line, " \t")
		switch {
		case fence != "":
			if strings.HasPrefix(trimmed, fence) && strings.TrimSpace(strings.TrimLeft(trimmed, fence[:1])) == "" {
				fence = ""
			}
			out = append(out, line)
			continue
		case fenceOpen.MatchString(trimmed):
			fence = fenceOpen.FindString(trimmed)
			out, open, blank = append(out, line), false, false
			continue
		case blank && indentedCode(line):
			out = append(out, line)
			continue
		case open && trimmed != "" && !opensBlock(trimmed, inItem):
			out[len(out)-1] += " " + strings.TrimRight(trimmed, " \t")
		default:
			out = append(out, line)
			inItem = blockStart.MatchString(trimmed) && strings.ContainsAny(trimmed[:1], "-*+") || orderedItem.MatchString(trimmed)
		}
		blank = trimmed == ""
		open = !blank && !hardBreak(out[len(out)-1]) && !closedLine(trimmed)
	}
	return strings.Join(out, "\n")
}

// opensBlock reports whether a line opens a block of its own rather than
// continuing the paragraph or list item before it (inItem): an ordered
// item interrupts a paragraph only when it is numbered 1, as in
// CommonMark, where "in\n1994. The" is one paragraph.
func opensBlock(trimmed string, inItem bool) bool {
	if blockStart.MatchString(trimmed) || ruleLine.MatchString(trimmed) {
		return true
	}
	m := orderedItem.FindStringSubmatch(trimmed)
	return m != nil && (inItem || m[1] == "1")
}

// indentedCode reports whether a line after a blank one is indented code.
func indentedCode(line string) bool {
	return strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t")
}

// hardBreak reports whether a line ends with a hard line break.
func hardBreak(line string) bool {
	return strings.HasSuffix(line, "  ") || strings.HasSuffix(line, "\\")
}

// closedLine reports whether nothing may be joined to a line: a heading,
// a table row, HTML, or a rule.
func closedLine(trimmed string) bool {
	return strings.HasPrefix(trimmed, "#") || strings.Contains(trimmed, "|") ||
		strings.HasPrefix(trimmed, "<") || ruleLine.MatchString(trimmed)
}
