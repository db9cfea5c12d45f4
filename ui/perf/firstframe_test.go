// Package perf measures the app as its users feel it: the time to the first
// full frame against a floor app on the same libraries, and the time from a
// key to the frame that answers it. These are benchmarks, run by the
// benchmark command in the README, never wall-clock assertions in tests.
package perf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model"
)

// binaries builds the app and the floor into a temporary directory once.
func binaries(tb testing.TB) (app, floor, page string) {
	tb.Helper()
	dir := tb.TempDir()
	app, floor = filepath.Join(dir, "ruse-twins"), filepath.Join(dir, "floor")
	for _, b := range [][2]string{{app, "github.com/ruse-twins/ruse-twins"}, {floor, "./testdata/floor"}} {
		if out, err := exec.Command("go", "build", "-o", b[0], b[1]).CombinedOutput(); err != nil {
			tb.Fatalf("go build %s: %v\n%s", b[1], err, out)
		}
	}
	ds, err := data.Load()
	if err != nil {
		tb.Fatal(err)
	}
	page = filepath.Join(dir, "page.md")
	if err := os.WriteFile(page, []byte(model.Document(ds.Home, ds.Partners[0], model.EN)), 0o644); err != nil {
		tb.Fatal(err)
	}
	return app, floor, page
}

// firstFrame starts a program in a 100×30 terminal and returns how long it
// took until the list's first city and the rendered page's markers showed.
func firstFrame(tb testing.TB, bin string, args ...string) time.Duration {
	tb.Helper()
	t, err := startTerm(100, 30, []string{"TERM=xterm-256color", "LANG=C.UTF-8", "COLORFGBG="}, bin, args...)
	if err != nil {
		tb.Fatal(err)
	}
	defer t.stop()
	d, ok := t.waitFor(10*time.Second, "Saint-Ouen", "Peristeri", "Timeline", "Native name")
	if !ok {
		tb.Fatalf("%s: no first frame within 10 s", filepath.Base(bin))
	}
	return d
}

// BenchmarkFirstFrame runs the app and the floor alternately, so both see
// the same machine load, and reports the medians and their ratio.
func BenchmarkFirstFrame(b *testing.B) {
	app, floor, page := binaries(b)
	names := []string{"Saint-Ouen", "Peristeri", "Simferopol", "Huainan", "Volgograd", "Giurgiu", "Újbuda", "Trogir", "Bijeljina"}
	floorArgs := append([]string{page}, names...)
	// Warm the page cache: the first start of each reads it from disk.
	firstFrame(b, app)
	firstFrame(b, floor, floorArgs...)
	var apps, floors []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		apps = append(apps, firstFrame(b, app))
		floors = append(floors, firstFrame(b, floor, floorArgs...))
	}
	a, f := median(apps), median(floors)
	b.ReportMetric(float64(a.Microseconds())/1000, "app-ms")
	b.ReportMetric(float64(f.Microseconds())/1000, "floor-ms")
	b.ReportMetric(float64(a)/float64(f), "ratio")
	b.ReportMetric(0, "ns/op")
	fmt.Fprintf(os.Stderr, "first frame: app %v, floor %v (n=%d)\n", a, f, b.N)
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
