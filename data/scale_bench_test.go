package data_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/data/synth"
	"github.com/ruse-twins/ruse-twins/model/search"
)

// BenchmarkLoadDir loads a --data directory of 1k and 10k synthetic
// partners (one YAML file each, as data/cities has them, written once
// into a temporary directory) and builds its search index, and reports
// the time of each: load-ms (read, parse, validate) and index-ms.
func BenchmarkLoadDir(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		dir := b.TempDir()
		if err := synth.WriteDir(dir, synth.Home(), synth.Cities(n)); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			var load, index time.Duration
			for b.Loop() {
				start := time.Now()
				ds, err := data.LoadDir(dir)
				if err != nil {
					b.Fatal(err)
				}
				built := time.Now()
				search.NewIndex(ds.Partners)
				load += built.Sub(start)
				index += time.Since(built)
			}
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
			b.ReportMetric(ms(load), "load-ms")
			b.ReportMetric(ms(index), "index-ms")
			b.ReportMetric(0, "ns/op")
		})
	}
}
