package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
)

// FuzzUpdate plays any sequence of keys, clicks, wheel turns and resizes
// (each byte one event) and checks after every event that the browser
// neither panics nor draws outside the screen, and that the view beside
// the list shows the selected city.
func FuzzUpdate(f *testing.F) {
	f.Add([]byte("jjj\x01kk\x02"))
	f.Add([]byte("/вол\x03\x04\x05l?\x06"))
	f.Add([]byte{0xf0, 0x10, 0x80, 0x81, 0xc0, 'j', 'j', 0xff, 0x00})
	names := []string{"j", "k", "enter", "esc", "tab", "/", "?", "l", "g", "G", "pgdown", "pgup",
		"backspace", "а", "x", "1", "up", "down", "home", "end", " ",
		"Ω", "淮", "ש", "é", "\u0301", "\u202e", "😀", "ctrl+c", "m", "t", "p", "s"}
	f.Fuzz(func(t *testing.T, events []byte) {
		if len(events) > 200 {
			events = events[:200]
		}
		m := newTest(t, model.EN, 80, 24)
		for _, e := range events {
			m = play(m, event(e, names, m))
			if id := m.list.selected(); showing(m) != id {
				t.Fatalf("after %q: the list selects %q, the view shows %q", events, id, showing(m))
			}
			if m.width > 0 && m.height > 0 {
				checkScreen(t, m.View(), m.width, m.height)
			}
		}
	})
}

// event turns a byte into a message: most bytes are keys; the high ones
// are resizes, clicks and wheel turns at places that depend on the byte.
func event(b byte, names []string, m Model) tea.Msg {
	switch {
	case b >= 0xf0:
		// From 0×0 up to 400×200.
		return tea.WindowSizeMsg{Width: int(b-0xf0) * 400 / 15, Height: int(b-0xf0) * 200 / 15}
	case b >= 0xe8:
		pastes := []string{"Сент-Уан", "淮南 Περιστέρι", strings.Repeat("Русе ", 600), "a\x1b[2Jb\u202e", "שלום עולם", "e\u0301\u0301\u0301"}
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(pastes[int(b)%len(pastes)]), Paste: true}
	case b >= 0xc0:
		return tea.WindowSizeMsg{Width: 20 + int(b)%97, Height: 5 + int(b)%31}
	case b >= 0x80:
		buttons := []tea.MouseButton{tea.MouseButtonLeft, tea.MouseButtonWheelUp, tea.MouseButtonWheelDown}
		return tea.MouseMsg{X: int(b) * 7 % max(m.width, 1), Y: int(b) * 3 % max(m.height, 1),
			Button: buttons[int(b)%3], Action: tea.MouseActionPress}
	}
	return keys(names[int(b)%len(names)])[0]
}
