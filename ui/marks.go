package ui

import "github.com/ruse-twins/ruse-twins/model"

// mapMarks are the characters of the map's markers, which tell the cities
// apart without colour.
type mapMarks struct {
	home, partner, selected, trail string
}

// mapMarks returns the map's markers as the screen can draw them: the
// console's fonts have no circles, so there a triangle marks the
// selected city.
func (g glyphs) mapMarks() mapMarks {
	if g.console {
		return mapMarks{home: "■", partner: "•", selected: "▲", trail: "·"}
	}
	return mapMarks{home: "■", partner: "●", selected: "◉", trail: "·"}
}

// eventMarks are the timeline's marks of an event, by the precision of
// its date: the less precise, the lighter the mark. The partnership's
// line runs from its first event on.
type eventMarks struct {
	day, month, year, line string
}

// eventMarks returns the timeline's marks as the screen can draw them:
// on the console, the shades of a block its font has.
func (g glyphs) eventMarks() eventMarks {
	if g.console {
		return eventMarks{day: "█", month: "▒", year: "░", line: "─"}
	}
	return eventMarks{day: "●", month: "◐", year: "○", line: "─"}
}

// of returns the mark of a date's precision.
func (e eventMarks) of(p model.Precision) string {
	switch p {
	case model.Day:
		return e.day
	case model.MonthOnly:
		return e.month
	}
	return e.year
}
