package ui

import (
	"strings"

	"github.com/ruse-twins/ruse-twins/model"
)

// The pictures of the browser's views, for the command line: the map and
// the timeline as the browser draws them beside the list, with no city
// selected, in the look of the output (colours for a terminal, plain
// characters for a pipe).

// MapPicture returns the map of ds in lang at width×height cells.
func MapPicture(ds model.Dataset, lang model.Lang, look Look, width, height int) string {
	v := newWorldMap(ds, look.styles(), glyphs{console: look.Console}).setSize(width, height).show(model.City{}, lang)
	return picture(v.view())
}

// TimelinePicture returns the timeline of ds in lang, width cells wide
// and height lines high; height 0 makes it as high as its rows need.
func TimelinePicture(ds model.Dataset, lang model.Lang, look Look, width, height int) string {
	t := newTimeline(ds, look.styles(), glyphs{console: look.Console})
	if height <= 0 {
		height = timelineHead + t.lines() + timelineFoot
	}
	return picture(t.setSize(width, height).show(model.City{}, lang).view())
}

// picture is a view as printed: no blanks at the ends of its lines, no
// blank lines under it, and a newline at the end.
func picture(view string) string {
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n") + "\n"
}
