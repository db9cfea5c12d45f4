package model

import (
	"fmt"
	"time"
)

// Precision says how much of a date the source gives.
type Precision int

// The precisions a date can have. NoDate is the zero value: an event the
// source mentions without a date.
const (
	NoDate Precision = iota
	YearOnly
	MonthOnly
	Day
)

// precisionNames are the names used in data files and JSON.
var precisionNames = [...]string{NoDate: "none", YearOnly: "year", MonthOnly: "month", Day: "day"}

// String returns the name of the precision as used in data files.
func (p Precision) String() string {
	if p < 0 || int(p) >= len(precisionNames) {
		return fmt.Sprintf("Precision(%d)", int(p))
	}
	return precisionNames[p]
}

// ParsePrecision reads a precision name ("day", "month", "year", "none").
func ParsePrecision(s string) (Precision, bool) {
	for p, name := range precisionNames {
		if s == name {
			return Precision(p), true
		}
	}
	return NoDate, false
}

// Date is a calendar date known to a given precision: fields finer than the
// precision are zero.
type Date struct {
	Year      int
	Month     time.Month
	Day       int
	Precision Precision
}

// ISO returns the date in ISO 8601 at its precision ("1961-09-25",
// "2011-01", "1986"), or "" when there is no date.
func (d Date) ISO() string {
	switch d.Precision {
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	case MonthOnly:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case YearOnly:
		return fmt.Sprintf("%04d", d.Year)
	}
	return ""
}

// ParseDate reads an ISO 8601 date of the given precision and checks that it
// exists on the calendar. The text must have exactly the parts the precision
// names: "1961-09-25" for day, "2011-01" for month, "1986" for year, and
// nothing for none.
func ParseDate(s string, p Precision) (Date, error) {
	layouts := map[Precision]string{Day: "2006-01-02", MonthOnly: "2006-01", YearOnly: "2006"}
	forms := map[Precision]string{Day: "YYYY-MM-DD", MonthOnly: "YYYY-MM", YearOnly: "YYYY"}
	if p == NoDate {
		if s != "" {
			return Date{}, fmt.Errorf("date %q given with precision none", s)
		}
		return Date{}, nil
	}
	layout, ok := layouts[p]
	if !ok {
		return Date{}, fmt.Errorf("unknown precision %v", p)
	}
	if s == "" {
		return Date{}, fmt.Errorf("precision %s needs a date", p)
	}
	if len(s) != len(layout) {
		return Date{}, fmt.Errorf("date %q does not match precision %s: write it as %s", s, p, forms[p])
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q is not a real date of the form %s", s, forms[p])
	}
	d := Date{Year: t.Year(), Precision: p}
	if p >= MonthOnly {
		d.Month = t.Month()
	}
	if p == Day {
		d.Day = t.Day()
	}
	return d, nil
}

// Before reports whether d sorts before e: earlier dates first, undated last.
func (d Date) Before(e Date) bool {
	if d.Precision == NoDate || e.Precision == NoDate {
		return d.Precision != NoDate && e.Precision == NoDate
	}
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// MonthName returns the name of month m in language l ("септември",
// "September"), or its number when it is out of range.
func MonthName(m time.Month, l Lang) string { return monthName(m, l) }
