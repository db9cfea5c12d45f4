// Command floor is the smallest program on the app's libraries that shows
// what the app's first frame shows: a bubbles list beside a viewport with
// one glamour-rendered page. The first-frame benchmark compares the app
// with it. Usage: floor PAGE.md ITEM...
package main

import (
	"fmt"
	"os"

	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/lipgloss"
)

type item string

func (i item) FilterValue() string { return string(i) }
func (i item) Title() string       { return string(i) }
func (i item) Description() string { return "" }

type floor struct {
	list list.Model
	page viewport.Model
	md   string
}

func (f floor) Init() tea.Cmd { return nil }

func (f floor) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		f.list.SetSize(msg.Width/3, msg.Height)
		f.page = viewport.New(msg.Width-msg.Width/3, msg.Height)
		r, _ := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(f.page.Width-2))
		out, _ := r.Render(f.md)
		f.page.SetContent(out)
	case tea.KeyMsg:
		if msg.String() == "q" {
			return f, tea.Quit
		}
	}
	return f, nil
}

func (f floor) View() string {
	return lipgloss.JoinHorizontal(lipgloss.Top, f.list.View(), f.page.View())
}

func main() {
	md, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var items []list.Item
	for _, a := range os.Args[2:] {
		items = append(items, item(a))
	}
	l := list.New(items, list.NewDefaultDelegate(), 0, 0)
	if _, err := tea.NewProgram(floor{list: l, md: string(md)}, tea.WithAltScreen()).Run(); err != nil {
		os.Exit(1)
	}
}
