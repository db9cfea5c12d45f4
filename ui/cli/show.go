package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// show is the show command: its operands are the query.
func (p *parser) show() *cobra.Command {
	c := &cobra.Command{
		Use:   "show QUERY",
		Short: "Print the page of the one partner city a query finds",
		Long: `Print the page of the one partner city a query finds: the browser's
search, or a city's id (trogir). When no city, or more than one, fits
the query as well, the candidates are listed and the exit status is 1.

QUERY is anything about a city, in any script: a name (гюргево, "sent uan",
淮南), a country, a year, a person, an area of cooperation.`,
		Args: func(_ *cobra.Command, args []string) error {
			if query(args) == "" {
				return usagef("show needs a query: ruse-twins show QUERY")
			}
			return nil
		},
		ValidArgsFunction: p.cityIDs,
		RunE: func(_ *cobra.Command, args []string) error {
			p.cfg.Command, p.cfg.Query = Show, query(args)
			return nil
		},
	}
	p.formatFlag(c, Show)
	return c
}

// query is the words of a query, as one.
func query(words []string) string { return strings.TrimSpace(strings.Join(words, " ")) }

// Renderer turns a markdown document into text for the output: glamour on
// a terminal, plain text in a pipe.
type Renderer func(markdown string) (string, error)

// NoMatchError says that show found no city, or more than one that fit
// equally well; it lists the candidates so the user can be more precise.
type NoMatchError struct {
	Query      string
	Candidates []string // "id (Name)", best first
}

func (e NoMatchError) Error() string {
	if len(e.Candidates) == 0 {
		return fmt.Sprintf("no partner city matches %s", termsafe.Quote(e.Query))
	}
	return fmt.Sprintf("%s matches more than one partner city; be more precise, or use an id:\n  %s",
		termsafe.Quote(e.Query), strings.Join(e.Candidates, "\n  "))
}

// ambiguity is how close, as a fraction of the best score, another result
// must come for the query to be ambiguous.
const ambiguity = 0.9

// Searcher finds the partners a query names, best first: a
// search.Searcher, or a fake in tests.
type Searcher interface {
	Search(query string, lang model.Lang) []search.Match
}

// ShowCmd prints the one partner the query finds, as its detail document
// (text or markdown) or as JSON.
func ShowCmd(w io.Writer, ds model.Dataset, s Searcher, cfg Config, render Renderer) error {
	c, err := find(ds, s, cfg.Query, cfg.Lang)
	if err != nil {
		return err
	}
	switch cfg.FormatOrDefault() {
	case "json":
		return writeJSON(w, toJSON(c, &ds.Home))
	case "markdown":
		_, err := io.WriteString(w, Clean(model.Document(ds.Home, c, cfg.Lang)))
		return err
	}
	out, err := render(model.Document(ds.Home, c, cfg.Lang))
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, termsafe.Rendered(out))
	return err
}

// find returns the city a query designates: the one with that id, or the
// best search result when no other comes close to it.
func find(ds model.Dataset, s Searcher, query string, l model.Lang) (model.City, error) {
	if c, ok := ds.Partner(strings.ToLower(query)); ok {
		return c, nil
	}
	matches := s.Search(query, l)
	if len(matches) == 0 {
		return model.City{}, NoMatchError{Query: query}
	}
	best := matches[0]
	var close []string
	for _, m := range matches {
		if float64(m.Score) >= ambiguity*float64(best.Score) {
			c := ds.Partners[m.Index]
			close = append(close, fmt.Sprintf("%s (%s)", c.ID, Clean(c.Name.In(l))))
		}
	}
	if len(close) > 1 {
		return model.City{}, NoMatchError{Query: query, Candidates: close}
	}
	return ds.Partners[best.Index], nil
}
