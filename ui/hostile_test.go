package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/termsafe/termsafetest"
)

// TestHostileDataNeverReachesTheTerminal plants each payload in every text
// field of every partner, and checks the list, the header, the detail, the
// help, the query box, the map and the timeline: nothing but text and SGR. Each look and language
// meets every payload (with -short, every payload meets one of them).
func TestHostileDataNeverReachesTheTerminal(t *testing.T) {
	type look struct {
		name string
		look Look
	}
	looks := []look{
		{"dark", LookFor(termenv.TrueColor, true, false)},
		{"light", LookFor(termenv.ANSI256, false, false)},
		{"console", LookFor(termenv.ANSI, true, false)},
		{"plain", plainLook()},
	}
	for i, p := range termsafetest.Payloads {
		ds := fixture()
		for i := range ds.Partners {
			ds.Partners[i] = termsafetest.Plant(ds.Partners[i], p)
		}
		for j, lk := range looks {
			for _, l := range model.Langs {
				if testing.Short() && (j != i%len(looks) || int(l) != i%2) {
					continue
				}
				name, look := lk.name, lk.look
				m := resize(New(ds, fakeSearcher{ds.Partners}, Options{Lang: l, Look: look}), 120, 40)
				screens := map[string]Model{
					"list":      m,
					"detail":    press(m, "enter", "down", "pgdown"),
					"help":      press(m, "?"),
					"narrow":    press(resize(m, 60, 20), "enter"),
					"query":     send(press(m, "/"), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(p)}),
					"pasted":    send(press(m, "/"), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(p), Paste: true}),
					"no match":  send(press(m, "/"), typed("zzzz")...),
					"next city": press(m, "down", "down"),
					"map":       press(m, "m", "down"),
					"timeline":  press(m, "t", "down"),
				}
				for screen, sm := range screens {
					if bad := termsafetest.Violations(sm.View()); len(bad) > 0 {
						t.Errorf("payload %q, look %s, %s, %s: %v", p, name, l.Code(), screen, bad)
					}
				}
			}
		}
	}
}
