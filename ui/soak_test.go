package ui

import (
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"testing"
	"testing/synctest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// soakEvents is how many random events the soaks play: 20,000 in the
// ordinary test run, and SOAK_EVENTS when set (CI plays 1,000,000).
func soakEvents() int {
	if n, err := strconv.Atoi(os.Getenv("SOAK_EVENTS")); err == nil && n > 0 {
		return n
	}
	return 20_000
}

// TestSoak plays a long random session — keys in several scripts, pastes,
// clicks, wheel turns, resizes, with a frame drawn every few events — and
// checks that the heap in use after a collection stays flat and no
// goroutine is left behind.
func TestSoak(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	names := []string{"j", "k", "enter", "esc", "tab", "/", "?", "l", "g", "G", "pgdown", "pgup",
		"backspace", "а", "в", "о", "t", "r", "1", "up", "down", "home", "end", " ", "淮", "Π"}
	m := newTest(t, model.EN, 100, 30)
	soak(t, "browser", 0, func(i int) {
		m = send(m, soakEvent(rng, names))
		if i%16 == 0 {
			_ = m.View()
		}
	})
}

// TestSoakKiosk plays the same kind of session on a kiosk, in fake time:
// every few thousand events the visitor walks away, the idle time passes,
// and the screen must be home again; the heap stays flat, and no timer or
// goroutine is left over.
func TestSoakKiosk(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		rng := rand.New(rand.NewPCG(3, 4))
		names := []string{"down", "up", "enter", "esc", "tab", "f1", "а", "в", "t", "r", "pgdown", "q", "ctrl+c"}
		const idle = 90 * time.Second
		r := newRig(t, newKioskTest(t, model.EN, 100, 30, kiosk.Config{Idle: idle}))
		resets := 0
		// One tick of the kiosk's timer may be on its way at the end.
		soak(t, "kiosk", 1, func(i int) {
			r.send(soakEvent(rng, names))
			if i%16 == 0 {
				_ = r.m.View()
			}
			if i%5000 == 0 {
				time.Sleep(idle + time.Second)
				r.pump()
				if !r.browser().AtHome() {
					t.Fatalf("after %d events and %v idle, the kiosk is not home", i, idle)
				}
				resets++
			}
		})
		t.Logf("kiosk: %d idle resets; at most %d timers at once", resets, r.most)
		if r.most > 2 {
			t.Errorf("timers piled up: at most %d commands at once", r.most)
		}
		if len(r.quits) > 0 {
			t.Errorf("the kiosk asked to quit: %v", r.quits)
		}
	})
}

// soak plays soakEvents events through step, samples the heap in use after
// a collection at the start, in the middle and at the end, and fails when
// the heap grew or more than slack goroutines were left behind.
func soak(t *testing.T, name string, slack int, step func(i int)) {
	t.Helper()
	n := soakEvents()
	goroutines := runtime.NumGoroutine()
	var heap [3]uint64
	for i := 1; i <= n; i++ {
		step(i)
		switch i {
		case 1000:
			heap[0] = heapInUse()
		case n / 2:
			heap[1] = heapInUse()
		}
	}
	heap[2] = heapInUse()
	t.Logf("%s, %d events: heap in use after GC %d KiB at the start, %d KiB in the middle, %d KiB at the end; goroutines %d → %d",
		name, n, heap[0]>>10, heap[1]>>10, heap[2]>>10, goroutines, runtime.NumGoroutine())
	// The render cache is bounded; everything else is replaced, not grown.
	if heap[2] > 2*heap[0]+4<<20 {
		t.Errorf("heap grew from %d KiB to %d KiB", heap[0]>>10, heap[2]>>10)
	}
	if g := runtime.NumGoroutine(); g > goroutines+slack {
		t.Errorf("goroutines grew from %d to %d", goroutines, g)
	}
}

func soakEvent(rng *rand.Rand, names []string) tea.Msg {
	switch r := rng.IntN(100); {
	case r < 2:
		return tea.WindowSizeMsg{Width: rng.IntN(200), Height: rng.IntN(60)}
	case r < 4:
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Сент-Уан Περιστέρι"), Paste: true}
	case r < 10:
		buttons := []tea.MouseButton{tea.MouseButtonLeft, tea.MouseButtonWheelUp, tea.MouseButtonWheelDown}
		return tea.MouseMsg{X: rng.IntN(100), Y: rng.IntN(30), Button: buttons[rng.IntN(3)], Action: tea.MouseActionPress}
	}
	return keys(names[rng.IntN(len(names))])[0]
}

func heapInUse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}
