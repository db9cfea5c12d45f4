package synth

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ruse-twins/ruse-twins/model"
)

// WriteDir writes the home city and the partners into dir, one YAML file
// per city in the format of data/cities, for benchmarks of loading.
func WriteDir(dir string, home model.City, partners []model.City) error {
	for _, c := range append([]model.City{home}, partners...) {
		if err := writeCity(filepath.Join(dir, c.ID+".yaml"), c); err != nil {
			return err
		}
	}
	return nil
}

func writeCity(path string, c model.City) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	y := yamlWriter{w}
	y.line(0, "id", c.ID)
	if c.Home {
		fmt.Fprintln(w, "home: true")
	}
	y.text(0, "name", c.Name)
	fmt.Fprintln(w, "native:")
	for _, n := range c.Native {
		y.item(1, "name", n.Name)
		y.line(2, "lang", n.Lang)
		y.line(2, "script", n.Script)
	}
	fmt.Fprintln(w, "aliases:")
	for _, a := range c.Aliases {
		fmt.Fprintf(w, "  - %s\n", strconv.Quote(a))
	}
	fmt.Fprintf(w, "country:\n  code: %s\n", c.Country.Code)
	y.line(1, "bg", c.Country.Name.BG)
	y.line(1, "en", c.Country.Name.EN)
	y.list(1, "aliases", c.Country.Aliases)
	if !c.Region.IsZero() {
		y.text(0, "region", c.Region)
	}
	fmt.Fprintf(w, "coordinates:\n  lat: %v\n  lon: %v\n", c.Coordinates.Lat, c.Coordinates.Lon)
	if !c.Home {
		y.line(0, "kind", string(c.Kind))
		fmt.Fprintln(w, "events:")
		for _, e := range c.Events {
			fmt.Fprintf(w, "  - date: %q\n    precision: %s\n", e.Date.ISO(), e.Date.Precision)
			y.line(2, "kind", string(e.Kind))
			if !e.Place.IsZero() {
				y.text(2, "place", e.Place)
			}
			y.text(2, "summary", e.Summary)
			fmt.Fprintln(w, "    signatories:")
			for _, p := range e.Signatories {
				fmt.Fprintln(w, "      - name:")
				y.line(5, "bg", p.Name.BG)
				y.line(5, "en", p.Name.EN)
				y.text(4, "role", p.Role)
				y.list(4, "aliases", p.Aliases)
			}
			fmt.Fprintln(w, "    organisations:")
			for _, o := range e.Organisations {
				fmt.Fprintln(w, "      - name:")
				y.line(5, "bg", o.Name.BG)
				y.line(5, "en", o.Name.EN)
				y.text(4, "role", o.Role)
			}
		}
		fmt.Fprintln(w, "areas:")
		for _, a := range c.Areas {
			fmt.Fprintf(w, "  - %s\n", a)
		}
		fmt.Fprintln(w, "groups:")
		for _, g := range c.Groups {
			y.item(1, "bg", g.BG)
			y.line(2, "en", g.EN)
		}
	}
	y.text(0, "description", c.Description)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// yamlWriter writes keys with quoted values at a depth of two spaces a
// level.
type yamlWriter struct{ w *bufio.Writer }

func indent(depth int) string { return fmt.Sprintf("%*s", 2*depth, "") }

func (y yamlWriter) line(depth int, key, value string) {
	fmt.Fprintf(y.w, "%s%s: %s\n", indent(depth), key, strconv.Quote(value))
}

// item starts a list item at depth with its first key.
func (y yamlWriter) item(depth int, key, value string) {
	fmt.Fprintf(y.w, "%s- %s: %s\n", indent(depth), key, strconv.Quote(value))
}

func (y yamlWriter) text(depth int, key string, t model.Text) {
	fmt.Fprintf(y.w, "%s%s:\n", indent(depth), key)
	y.line(depth+1, "bg", t.BG)
	y.line(depth+1, "en", t.EN)
}

// list writes a list of strings under key, at depth.
func (y yamlWriter) list(depth int, key string, items []string) {
	fmt.Fprintf(y.w, "%s%s:\n", indent(depth), key)
	for _, s := range items {
		fmt.Fprintf(y.w, "%s  - %s\n", indent(depth), strconv.Quote(s))
	}
}
