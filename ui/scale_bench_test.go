package ui

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	bubbles "github.com/charmbracelet/bubbles/list"
	"github.com/muesli/termenv"

	"github.com/ruse-twins/ruse-twins/data/synth"
	"github.com/ruse-twins/ruse-twins/model"
	engine "github.com/ruse-twins/ruse-twins/model/search"
)

// BenchmarkKeystrokeScale types the words of synth.Typed rune by rune
// into the browser over 1k, 10k and 100k synthetic partners, in a 100×30
// window with colour, one word an iteration, and reports the mean cost of
// a keystroke three ways, in turn on each keystroke so that all three see
// the same machine load:
//
//   - list-ms: what the list does for a keystroke: search (filter and
//     rank), take the rows, draw the visible ones with their highlights;
//   - frame-ms: the whole Update and View of the key in the browser, which
//     also renders the page of a newly selected city (glamour, cached per
//     city);
//   - bubbles-ms: bubbles' list.DefaultFilter (sahilm/fuzzy), which a
//     bubbles list runs on a keystroke, on each city's searchable texts
//     joined (the same facts the index holds): filtering and ranking only;
//   - names-ms: the same on the names alone (Bulgarian, English and
//     native), a corpus a fifth the size that finds far less.
//
// speedup is bubbles-ms / list-ms, names-speedup names-ms / list-ms. The list and the browser search with
// searchers of their own over one index, so that each narrows from its own previous query.
func BenchmarkKeystrokeScale(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		partners := synth.Cities(n)
		ds := model.Dataset{Home: synth.Home(), Partners: partners}
		corpus, names := make([]string, len(partners)), make([]string, len(partners))
		for i, c := range partners {
			corpus[i] = filterValue(c)
			names[i] = c.Name.BG + " " + c.Name.EN + " " + c.Native[0].Name
		}
		ix := engine.NewIndex(partners)
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			look := LookFor(termenv.TrueColor, true, false)
			m := resize(New(ds, ix.NewSearcher(), Options{Lang: model.BG, Look: look}), 100, 30)
			lm := resize(New(ds, ix.NewSearcher(), Options{Lang: model.BG, Look: look}), 100, 30)
			var list, frame, fuzzy, fuzzyNames time.Duration
			keys, word := 0, 0
			for b.Loop() {
				w := []rune(synth.Typed[word%len(synth.Typed)])
				word++
				m = press(m, "esc", "/")
				lm.search.searcher.Search("", lm.lang)
				for i := range w {
					q := string(w[:i+1])

					start := time.Now()
					rows := lm.search.withQuery(q).rows(ds.Partners, lm.lang)
					_ = lm.list.setRows(rows, "").view(lm.styles, lm.lang, q)
					list += time.Since(start)

					start = time.Now()
					_ = bubbles.DefaultFilter(q, corpus)
					fuzzy += time.Since(start)

					start = time.Now()
					_ = bubbles.DefaultFilter(q, names)
					fuzzyNames += time.Since(start)

					start = time.Now()
					m = send(m, typed(string(w[i]))...)
					_ = m.View()
					frame += time.Since(start)
					keys++
				}
			}
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(keys) }
			b.ReportMetric(ms(list), "list-ms")
			b.ReportMetric(ms(frame), "frame-ms")
			b.ReportMetric(ms(fuzzy), "bubbles-ms")
			b.ReportMetric(ms(fuzzyNames), "names-ms")
			b.ReportMetric(float64(fuzzy)/float64(list), "speedup")
			b.ReportMetric(float64(fuzzyNames)/float64(list), "names-speedup")
			b.ReportMetric(0, "ns/op")
		})
	}
}

// withQuery returns the box with q typed in it.
func (s search) withQuery(q string) search {
	s.edit().SetValue(q)
	return s
}

// filterValue is what a bubbles list item would filter on to find a city
// by the same facts as the index: its names, country, region, years,
// people, organisations and areas, in both languages, joined.
func filterValue(c model.City) string {
	var parts []string
	for _, l := range model.Langs {
		parts = append(parts, c.Name.In(l), c.Country.Name.In(l), c.Region.In(l))
		for _, a := range c.Areas {
			parts = append(parts, a.Label(l))
		}
		for _, e := range c.Events {
			for _, p := range e.Signatories {
				parts = append(parts, p.Name.In(l))
			}
			for _, o := range e.Organisations {
				parts = append(parts, o.Name.In(l))
			}
		}
	}
	for _, n := range c.Native {
		parts = append(parts, n.Name)
	}
	parts = append(parts, c.Aliases...)
	parts = append(parts, c.Country.Code)
	for _, e := range c.Events {
		if e.Date.Precision != model.NoDate {
			parts = append(parts, strconv.Itoa(e.Date.Year))
		}
	}
	return strings.Join(parts, " ")
}
