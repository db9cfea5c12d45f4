package cli

import (
	"fmt"
	"io"
	"slices"
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

// NoMatchError says that a query found no city, or, for show, more than
// one with none clearly best; it lists the candidates so the user can be
// more precise. It says so in Lang.
type NoMatchError struct {
	Query      string
	Candidates []string // "id (Name)", best first
	More       int      // how many more candidates there are than listed
	Lang       model.Lang
}

// noMatchWords are NoMatchError's messages in each language: none found,
// several found, and how many more.
var noMatchWords = map[model.Lang][3]string{
	model.BG: {
		"няма партньорски град, който да отговаря на %s",
		"%s отговаря на повече от един партньорски град; уточнете или използвайте id:\n  %s",
		"и още %d",
	},
	model.EN: {
		"no partner city matches %s",
		"%s matches more than one partner city; be more precise, or use an id:\n  %s",
		"and %d more",
	},
}

func (e NoMatchError) Error() string {
	w := noMatchWords[model.EN]
	if e.Lang == model.BG {
		w = noMatchWords[model.BG]
	}
	query := termsafe.Quote(e.Query)
	if len(e.Candidates) == 0 {
		return fmt.Sprintf(w[0], query)
	}
	lines := e.Candidates
	if e.More > 0 {
		lines = append(slices.Clip(lines), fmt.Sprintf(w[2], e.More))
	}
	return fmt.Sprintf(w[1], query, strings.Join(lines, "\n  "))
}

// clearLead is how far, as a multiple of the next city's score, the best
// result of show's query must lead for it to be the one meant: a query
// that lists several cities with no clear best ("a", "mayor", "1986")
// names none of them.
const clearLead = 1.5

// maxCandidates bounds the candidates show lists for an unclear query.
const maxCandidates = 10

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
// only city the search lists, or the best one when it leads the next by
// clearLead.
func find(ds model.Dataset, s Searcher, query string, l model.Lang) (model.City, error) {
	if c, ok := ds.Partner(strings.ToLower(query)); ok {
		return c, nil
	}
	var matches []search.Match
	for _, m := range s.Search(query, l) {
		if m.Index >= 0 && m.Index < len(ds.Partners) {
			matches = append(matches, m)
		}
	}
	switch {
	case len(matches) == 0:
		return model.City{}, NoMatchError{Query: query, Lang: l}
	case len(matches) == 1 || float64(matches[0].Score) >= clearLead*float64(matches[1].Score):
		return ds.Partners[matches[0].Index], nil
	}
	e := NoMatchError{Query: query, Lang: l, More: max(len(matches)-maxCandidates, 0)}
	for _, m := range matches[:min(len(matches), maxCandidates)] {
		c := ds.Partners[m.Index]
		e.Candidates = append(e.Candidates, fmt.Sprintf("%s (%s)", c.ID, Clean(c.Name.In(l))))
	}
	return model.City{}, e
}
