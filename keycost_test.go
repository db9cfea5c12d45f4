package main

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui"
)

// BenchmarkBrowserKey is what a served session costs the server for each
// key of the load benchmark's query, in process and without SSH: a new
// browser over the embedded dataset, in xterm-256color at 100×30, types
// "/" and the query a key at a time, each key's Update and View, and the
// pages the keys ask for rendered as the program would render them, on a
// store the sessions share, as the server's do.
func BenchmarkBrowserKey(b *testing.B) {
	ds, err := data.Load()
	if err != nil {
		b.Fatal(err)
	}
	ix := search.NewIndex(ds.Partners)
	look := ui.LookFor(termenv.ANSI256, true, false)
	query := append([]rune{'/'}, []rune(loadQuery)...)
	store := ui.NewPageStore()
	keys := 0
	cpu := cpuTime()
	for b.Loop() {
		var m tea.Model = ui.New(ds, ix.NewSearcher(), ui.Options{Lang: model.EN, Look: look, Pages: store})
		m = deliver(m, tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = m.View()
		for _, r := range query {
			m = deliver(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			_ = m.View()
			keys++
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(keys), "ms/key")
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(keys), "ms-cpu/key")
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
