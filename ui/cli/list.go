package cli

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/order"
)

// list is the list command.
func (p *parser) list() *cobra.Command {
	c := &cobra.Command{
		Use:   "list",
		Short: "Print every partner city: name, country, year, distance",
		Args:  noOperands,
		RunE:  p.is(List),
	}
	p.formatFlag(c, List)
	c.Flags().Var(sorting{&p.cfg.Sort}, "sort", "the order: by name (Bulgarian collation in Bulgarian), by the year the partnership began (undated last), or by distance from Ruse (default the dataset's)")
	completeWith(c, "sort", fixed(order.Names()...))
	return c
}

// ListCmd prints every partner in the chosen format: an aligned table
// (text), the whole dataset (json) or one row per partner with a header
// (csv).
func ListCmd(w io.Writer, ds model.Dataset, cfg Config) error {
	ds.Partners = sorted(ds, cfg.Sort, cfg.Lang)
	switch cfg.FormatOrDefault() {
	case "json":
		return writeJSON(w, datasetJSON(ds))
	case "csv":
		return listCSV(w, ds)
	}
	return listText(w, ds, cfg.Lang)
}

// sorted returns the partners in order by, names compared in lang.
func sorted(ds model.Dataset, by order.By, lang model.Lang) []model.City {
	out := make([]model.City, 0, len(ds.Partners))
	for _, i := range order.Indexes(ds.Partners, ds.Home, by, lang) {
		out = append(out, ds.Partners[i])
	}
	return out
}

func datasetJSON(ds model.Dataset) jsonDataset {
	j := jsonDataset{Schema: SchemaVersion, Home: toJSON(ds.Home, nil), Partners: []jsonCity{}}
	for _, c := range ds.Partners {
		j.Partners = append(j.Partners, toJSON(c, &ds.Home))
	}
	return j
}

// writeJSON encodes v with every character that could act on a terminal,
// or hide from a reader, escaped as \uXXXX: the data survives intact, and
// the output is safe to print. (encoding/json escapes C0 but not DEL, C1,
// bidi controls or invisible characters.)
func writeJSON(w io.Writer, v any) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	var out strings.Builder
	prev := rune(0)
	for _, r := range b.String() {
		switch {
		case r == '\n':
			out.WriteRune(r)
		case model.UnsafeRune(r), model.InvisibleRune(prev, r):
			writeJSONEscape(&out, r)
		default:
			out.WriteRune(r)
		}
		prev = r
	}
	_, err := io.WriteString(w, out.String())
	return err
}

// writeJSONEscape writes r as JSON escapes it: \uXXXX, or a surrogate pair
// beyond the Basic Multilingual Plane.
func writeJSONEscape(out *strings.Builder, r rune) {
	if r <= 0xffff {
		fmt.Fprintf(out, "\\u%04x", r)
		return
	}
	hi, lo := utf16.EncodeRune(r)
	fmt.Fprintf(out, "\\u%04x\\u%04x", hi, lo)
}

// listText prints one aligned row per partner: name, country, year,
// distance (right-aligned, so that the digits line up) and direction
// from home.
func listText(w io.Writer, ds model.Dataset, l model.Lang) error {
	km := make([]string, len(ds.Partners))
	dirs := make([]model.Term, len(ds.Partners))
	wide := 0
	for i, c := range ds.Partners {
		km[i], dirs[i] = fromHome(ds.Home, c, l)
		wide = max(wide, utf8.RuneCountInString(km[i]))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, c := range ds.Partners {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%*s\t%s\n", Clean(c.Name.In(l)), Clean(c.Country.Name.In(l)), since(c), wide, km[i], dirs[i].Label.In(l))
	}
	return tw.Flush()
}

// csvHeader names the columns of list --format csv.
var csvHeader = []string{
	"id", "name_bg", "name_en", "native", "country_code", "country_bg", "country_en",
	"region_bg", "region_en", "lat", "lon", "distance_km", "direction",
	"kind", "since", "events", "areas",
}

func listCSV(w io.Writer, ds model.Dataset) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, c := range ds.Partners {
		if err := cw.Write(csvRow(ds.Home, c)); err != nil {
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
