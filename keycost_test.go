package main

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui"
)

// BenchmarkBrowserKey is what the browser costs for each key of the load
// benchmark's query, in process and without SSH or bubbletea's renderer:
// over the embedded dataset, in xterm-256color at 100×30, "/" and the
// query typed a key at a time, each key's Update and View, and the pages
// the keys ask for rendered as the program would render them. "session"
// is a new browser each time, as each of the load's sessions is, on a
// store the sessions share, as the server's do; "typing" is one browser
// typing the query again and again, the cost of a key alone.
func BenchmarkBrowserKey(b *testing.B) {
	ds, err := data.Load()
	if err != nil {
		b.Fatal(err)
	}
	ix := search.NewIndex(ds.Partners)
	look := ui.LookFor(termenv.ANSI256, true, false)
	query := append([]rune{'/'}, []rune(loadQuery)...)
	store := ui.NewShared()
	browser := func() tea.Model {
		m := deliver(ui.New(ds, ix.NewSearcher(), ui.Options{Lang: model.EN, Look: look, Shared: store}), tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = m.View()
		return m
	}
	typeQuery := func(m tea.Model) tea.Model {
		for _, r := range query {
			m = deliver(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			_ = m.View()
		}
		return m
	}
	report := func(b *testing.B, keys int, cpu time.Duration) {
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(keys), "ms/key")
		b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(keys), "ms-cpu/key")
		b.ReportMetric(0, "ns/op")
	}
	b.Run("session", func(b *testing.B) {
		keys, cpu := 0, cpuTime()
		for b.Loop() {
			typeQuery(browser())
			keys += len(query)
		}
		report(b, keys, cpu)
	})
	b.Run("typing", func(b *testing.B) {
		m := browser()
		keys, cpu := 0, cpuTime()
		for b.Loop() {
			m = typeQuery(m)
			m = deliver(m, tea.KeyMsg{Type: tea.KeyEsc})
			_ = m.View()
			keys += len(query) + 1
		}
		report(b, keys, cpu)
	})
}

// deliver hands msg to m and, as the program would, the messages of the
// commands it returns, until none is left.
func deliver(m tea.Model, msg tea.Msg) tea.Model {
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		msg, queue = queue[0], queue[1:]
		if batch, ok := msg.(tea.BatchMsg); ok {
			for _, cmd := range batch {
				if cmd != nil {
					queue = append(queue, cmd())
				}
			}
			continue
		}
		if msg == nil {
			continue
		}
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		if cmd != nil {
			queue = append(queue, cmd())
		}
	}
	return m
}
