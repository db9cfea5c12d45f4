package cli

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/order"
	"github.com/ruse-twins/ruse-twins/model/search"
)

// list is the list command. Its words, when there are any, are a query:
// the cities it finds, best first.
func (p *parser) list() *cobra.Command {
	c := &cobra.Command{
		Use:   "list [QUERY]",
		Short: "Print the partner cities, or those a query finds, best first",
		Long: `Print every partner city: name, country, year, distance and direction.
With a query, print the cities it finds, best first (or in the order of
--sort), each with what it matched when the row does not show it; in
json, each city's match.

QUERY is anything about a city, in any script: a name (гюргево, "sent uan",
淮南), a country, a year or month, a person or a role (Lefort, кмет), an
organisation, an area of cooperation. Several words narrow it: each must
match (France 1961).`,
		RunE: func(_ *cobra.Command, args []string) error {
			p.cfg.Command, p.cfg.Query = List, query(args)
			return nil
		},
	}
	p.formatFlag(c, List)
	c.Flags().Var(sorting{&p.cfg.Sort}, "sort", "the order: by name (Bulgarian collation in Bulgarian), by the year the partnership began (undated last), or by distance from Ruse (default the dataset's)")
	completeWith(c, "sort", fixed(order.Names()...))
	return c
}

// ListCmd prints the partners in the chosen format: an aligned table
// (text), the whole dataset (json) or one row per partner with a header
// (csv), in the order of cfg.Sort. With a query (cfg.Query), it prints
// only the partners that s finds, best first unless cfg.Sort orders
// them, each with what it matched: in json as the city's match, in text
// as a last column when the row does not show it. A query that finds
// nothing prints an empty list and returns a NoMatchError.
func ListCmd(w io.Writer, ds model.Dataset, s Searcher, cfg Config) error {
	rows := listRows(ds, s, cfg)
	var err error
	switch cfg.FormatOrDefault() {
	case "json":
		err = writeDatasetJSON(w, ds, rows)
	case "csv":
		err = listCSV(w, ds.Home, rows)
	default:
		err = listText(w, ds.Home, rows, cfg.Lang)
	}
	if err == nil && cfg.Query != "" && len(rows) == 0 {
		return NoMatchError{Query: cfg.Query, Lang: cfg.Lang}
	}
	return err
}

// listRow is a partner to list, and why the query listed it (nil without
// a query).
type listRow struct {
	city  model.City
	match *search.Match
	why   search.Explanation
}

// listRows returns the partners to list: every one, or those the query
// finds, best first; in the order of cfg.Sort when it names one.
func listRows(ds model.Dataset, s Searcher, cfg Config) []listRow {
	var rows []listRow
	if cfg.Query == "" || s == nil {
		for _, c := range ds.Partners {
			rows = append(rows, listRow{city: c})
		}
	} else {
		for _, m := range s.Search(cfg.Query, cfg.Lang) {
			if m.Index < 0 || m.Index >= len(ds.Partners) {
				continue
			}
			c := ds.Partners[m.Index]
			rows = append(rows, listRow{city: c, match: &m, why: m.Explain(c)})
		}
	}
	if cfg.Sort == order.Dataset && cfg.Query != "" {
		return rows
	}
	rank := make(map[string]int, len(ds.Partners))
	for i, p := range order.Indexes(ds.Partners, ds.Home, cfg.Sort, cfg.Lang) {
		rank[ds.Partners[p].ID] = i
	}
	slices.SortStableFunc(rows, func(a, b listRow) int { return rank[a.city.ID] - rank[b.city.ID] })
	return rows
}

// writeDatasetJSON writes the dataset with rows as its partners, as
// writeJSON writes a jsonDataset, but a partner at a time: a list of a
// hundred thousand partners is never held whole, as values or as text.
func writeDatasetJSON(w io.Writer, ds model.Dataset, rows []listRow) error {
	e := newJSONEscaper(w)
	var buf bytes.Buffer
	part := func(v any, prefix string) {
		buf.Reset()
		e.fail(newJSONEncoder(&buf, prefix).Encode(v))
		e.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	e.WriteString("{\n  \"schema\": ")
	part(SchemaVersion, "  ")
	e.WriteString(",\n  \"home\": ")
	part(toJSON(ds.Home, nil), "  ")
	e.WriteString(",\n  \"partners\": [")
	for i, r := range rows {
		if e.err != nil { // a closed pipe: the rest would go nowhere
			break
		}
		if i > 0 {
			e.WriteString(",")
		}
		e.WriteString("\n    ")
		c := toJSON(r.city, &ds.Home)
		if r.match != nil {
			c.Match = matchJSON(*r.match, r.why)
		}
		part(c, "    ")
	}
	if len(rows) > 0 {
		e.WriteString("\n  ")
	}
	e.WriteString("]\n}\n")
	return e.flush()
}

// writeJSON encodes v with every character that could act on a terminal,
// or hide from a reader, escaped as \uXXXX: the data survives intact, and
// the output is safe to print. (encoding/json escapes C0 but not DEL, C1,
// bidi controls or invisible characters.)
func writeJSON(w io.Writer, v any) error {
	e := newJSONEscaper(w)
	e.fail(newJSONEncoder(e, "").Encode(v))
	return e.flush()
}

// newJSONEncoder returns the encoder of list's and show's JSON: indented
// by two spaces, each line after the first behind prefix, and <, > and &
// as they are.
func newJSONEncoder(w io.Writer, prefix string) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	return enc
}

// jsonEscaper passes JSON text on to its writer with the characters that
// writeJSON escapes escaped, as the text comes. It keeps the first error,
// and after it writes nothing.
type jsonEscaper struct {
	w    *bufio.Writer
	prev rune
	part []byte // the first bytes of a character the next write ends
	err  error
}

func newJSONEscaper(w io.Writer) *jsonEscaper { return &jsonEscaper{w: bufio.NewWriter(w)} }

// Write implements io.Writer.
func (e *jsonEscaper) Write(p []byte) (int, error) {
	n := len(p)
	if len(e.part) > 0 {
		p = append(e.part, p...)
		e.part = nil
	}
	for len(p) > 0 && e.err == nil {
		r, size := utf8.DecodeRune(p)
		if r == utf8.RuneError && !utf8.FullRune(p) {
			e.part = append([]byte(nil), p...)
			break
		}
		var err error
		switch {
		case r == '\n':
			err = e.w.WriteByte('\n')
		case model.UnsafeRune(r), model.InvisibleRune(e.prev, r):
			err = writeJSONEscape(e.w, r)
		default:
			_, err = e.w.WriteRune(r)
		}
		e.fail(err)
		e.prev = r
		p = p[size:]
	}
	if e.err != nil {
		return 0, e.err
	}
	return n, nil
}

// WriteString writes s.
func (e *jsonEscaper) WriteString(s string) { e.Write([]byte(s)) }

// fail keeps err, when it is the first.
func (e *jsonEscaper) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// flush writes out what is buffered and returns the first error.
func (e *jsonEscaper) flush() error {
	if len(e.part) > 0 { // a character cut short: as a range over the text has it
		e.part = nil
		e.Write([]byte(string(utf8.RuneError)))
	}
	e.fail(e.w.Flush())
	return e.err
}

// writeJSONEscape writes r as JSON escapes it: \uXXXX, or a surrogate pair
// beyond the Basic Multilingual Plane.
func writeJSONEscape(out io.Writer, r rune) error {
	if r <= 0xffff {
		_, err := fmt.Fprintf(out, "\\u%04x", r)
		return err
	}
	hi, lo := utf16.EncodeRune(r)
	_, err := fmt.Fprintf(out, "\\u%04x\\u%04x", hi, lo)
	return err
}

// listText prints one aligned row per partner: name, country, year,
// distance (right-aligned, so that the digits line up) and direction from
// home, and, when the query matched something the row does not show, what
// it matched ("signatory: Fernand Lefort, Mayor of Saint-Ouen").
func listText(w io.Writer, home model.City, rows []listRow, l model.Lang) error {
	km := make([]string, len(rows))
	dirs := make([]model.Term, len(rows))
	wide := 0
	for i, r := range rows {
		km[i], dirs[i] = fromHome(home, r.city, l)
		wide = max(wide, utf8.RuneCountInString(km[i]))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, r := range rows {
		c := r.city
		line := fmt.Sprintf("%s\t%s\t%s\t%*s\t%s", Clean(c.Name.In(l)), Clean(c.Country.Name.In(l)), since(c), wide, km[i], dirs[i].Label.In(l))
		if r.why.Elsewhere {
			line += "\t" + Clean(r.why.Best.Field.Label(l)+": "+r.why.Best.Text)
		}
		fmt.Fprintln(tw, line)
	}
	return tw.Flush()
}

// csvHeader names the columns of list --format csv.
var csvHeader = []string{
	"id", "name_bg", "name_en", "native", "country_code", "country_bg", "country_en",
	"region_bg", "region_en", "lat", "lon", "distance_km", "direction",
	"kind", "since", "events", "areas",
}

func listCSV(w io.Writer, home model.City, rows []listRow) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write(csvRow(home, r.city)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(home, c model.City) []string {
	natives := make([]string, len(c.Native))
	for i, n := range c.Native {
		natives[i] = n.Name
	}
	events := make([]string, len(c.Events))
	for i, e := range c.Events {
		events[i] = strings.TrimSpace(e.Date.ISO() + " " + string(e.Kind))
	}
	areas := make([]string, len(c.Areas))
	for i, a := range c.Areas {
		areas[i] = string(a)
	}
	km := math.Round(model.DistanceKm(home.Coordinates, c.Coordinates))
	year := ""
	if y, ok := c.Since(); ok {
		year = strconv.Itoa(y)
	}
	row := []string{
		c.ID, c.Name.BG, c.Name.EN, strings.Join(natives, "; "), c.Country.Code, c.Country.Name.BG, c.Country.Name.EN,
		c.Region.BG, c.Region.EN, strconv.FormatFloat(c.Coordinates.Lat, 'f', -1, 64), strconv.FormatFloat(c.Coordinates.Lon, 'f', -1, 64),
		strconv.Itoa(int(km)), model.Compass(model.BearingDeg(home.Coordinates, c.Coordinates)).Key,
		string(c.Kind), year, strings.Join(events, "; "), strings.Join(areas, "; "),
	}
	for i := range row {
		row[i] = spreadsheetSafe(Clean(row[i]))
	}
	return row
}

// spreadsheetSafe keeps a cell from being read as a formula by a
// spreadsheet program: text that begins with =, +, -, @ or a tab gets a
// leading apostrophe, which such programs hide and take to mean "text"
// (the OWASP advice on CSV injection). A number, such as a negative
// longitude, is left as it is.
func spreadsheetSafe(cell string) string {
	if cell == "" || !strings.ContainsRune("=+-@\t", rune(cell[0])) {
		return cell
	}
	if _, err := strconv.ParseFloat(cell, 64); err == nil {
		return cell
	}
	return "'" + cell
}

// fromHome returns the distance from home in language l ("1888 km",
// "1888 км") and the direction.
func fromHome(home, c model.City, l model.Lang) (string, model.Term) {
	km := math.Round(model.DistanceKm(home.Coordinates, c.Coordinates))
	return model.FormatKm(int(km), l), model.Compass(model.BearingDeg(home.Coordinates, c.Coordinates))
}

// since returns the first year of a partnership, or a dash when unknown.
func since(c model.City) string {
	if y, ok := c.Since(); ok {
		return strconv.Itoa(y)
	}
	return "—"
}
