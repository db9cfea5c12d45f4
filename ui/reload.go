package ui

import (
	"fmt"
	"strings"

	"github.com/ruse-twins/ruse-twins/model"
)

// DataMsg is a new state of the dataset on the screen, from whoever
// watches its files: the dataset, valid, with a searcher over it; or, when
// an edit left the files invalid, Err, which the browser tells on one line
// under the header while the last good dataset stays on the screen.
type DataMsg struct {
	Dataset  model.Dataset
	Searcher Searcher
	Err      error
}

// dataMsg is the new dataset as the views get it: each one shows it in
// place of the old, keeping the reader where they were.
type dataMsg struct{ ds model.Dataset }

// takeData shows a new dataset, keeping the selected city (by id) and the
// query, or tells why it cannot.
func (m Model) takeData(msg DataMsg) Model {
	if msg.Err != nil {
		m.problem = problemLine(msg.Err, m.lang)
		return m.layout()
	}
	m.problem = ""
	m.ds = msg.Dataset
	m.search = m.search.withSearcher(msg.Searcher)
	for i, v := range m.views {
		m.views[i], _ = v.update(dataMsg{msg.Dataset}, m.keys)
	}
	return m.filter(m.list.selected())
}

// problemLine is the one line that tells an error in lang: its first
// line, and how many more there are.
func problemLine(err error, lang model.Lang) string {
	lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
	s := fmt.Sprintf(words[lang].notReloaded, sanitize(lines[0]))
	if n := len(lines) - 1; n > 0 {
		s += fmt.Sprintf(words[lang].moreProblems, n)
	}
	return s
}
