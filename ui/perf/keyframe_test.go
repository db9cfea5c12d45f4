package perf

import (
	"fmt"
	"os"
	"testing"
	"time"
)

// BenchmarkKeyToFrame measures, in the real binary in a pseudo-terminal,
// the time from a key written to the terminal until the frame that answers
// it has arrived: a selection move (j/k, the detail page changes city) and
// a search keystroke (the query and the filtered list change).
func BenchmarkKeyToFrame(b *testing.B) {
	app, _, _ := binaries(b)
	t, err := startTerm(100, 30, []string{"TERM=xterm-256color", "LANG=C.UTF-8", "COLORFGBG="}, app)
	if err != nil {
		b.Fatal(err)
	}
	defer t.stop()
	if _, ok := t.waitFor(10*time.Second, "Saint-Ouen", "Timeline"); !ok {
		b.Fatal("no first frame")
	}
	var moves, keystrokes []time.Duration
	// press writes keys and waits for the markers in what follows.
	press := func(keys string, markers ...string) time.Duration {
		from := t.mark()
		sent := t.send(keys)
		at, ok := t.waitAfter(from, 5*time.Second, markers...)
		if !ok {
			b.Fatalf("after %q: no %q on screen", keys, markers)
		}
		return at.Sub(sent)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		moves = append(moves, press("j", "Περιστέρι"))
		moves = append(moves, press("k", "Saint-Ouen-sur-Seine"))
		press("/", "/ ")
		query := ""
		for _, r := range "volgo" {
			query += string(r)
			keystrokes = append(keystrokes, press(string(r), query))
		}
		press("\x1b", "Saint-Ouen")
		// The filter kept Volgograd selected: back to the first city. The
		// pause lets the terminal tell the escape key from an alt+g.
		time.Sleep(60 * time.Millisecond)
		press("g", "Saint-Ouen-sur-Seine")
	}
	b.StopTimer()
	m, k := median(moves), median(keystrokes)
	b.ReportMetric(float64(m.Microseconds())/1000, "move-ms")
	b.ReportMetric(float64(k.Microseconds())/1000, "keystroke-ms")
	b.ReportMetric(0, "ns/op")
	fmt.Fprintf(os.Stderr, "key to frame: selection move %v, search keystroke %v (medians of %d and %d)\n", m, k, len(moves), len(keystrokes))
}
