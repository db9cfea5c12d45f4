package atlas

import (
	"bytes"
	"os"
	"testing"

	"github.com/ruse-twins/ruse-twins/ui/atlas/internal/topo"
)

// TestGeneratedFileIsCurrent converts the committed source again, as go
// generate does, and checks that the embedded file is what comes out,
// byte for byte: land.bin is never edited by hand, nor left behind when
// the generator changes.
func TestGeneratedFileIsCurrent(t *testing.T) {
	src, err := os.ReadFile("gen/land-50m.json")
	if err != nil {
		t.Fatal(err)
	}
	got, err := topo.Convert(src)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, landBin) {
		t.Errorf("land.bin differs from the generator's output (%d bytes, want %d): run go generate ./ui/atlas", len(landBin), len(got))
	}
}

// TestLand decodes the embedded file: every level, finest first, each
// with fewer points than the one before, and the coasts where they are.
func TestLand(t *testing.T) {
	a := Land()
	if len(a.Levels) != len(topo.Tolerances) {
		t.Fatalf("%d levels, want %d", len(a.Levels), len(topo.Tolerances))
	}
	prev := -1
	for i, l := range a.Levels {
		n := 0
		for _, line := range l.Lines {
			n += len(line)
			for _, p := range line {
				if p.Lon < -18000 || p.Lon > 18000 || p.Lat < -9000 || p.Lat > 9000 {
					t.Fatalf("level %d: point %v off the Earth", i, p)
				}
			}
		}
		t.Logf("level %d: tolerance %.2f°, %d lines, %d points", i, l.Tolerance, len(l.Lines), n)
		if prev >= 0 && n >= prev {
			t.Errorf("level %d has %d points, no fewer than the finer level's %d", i, n, prev)
		}
		prev = n
	}
	// Some coast passes within twenty kilometres of Trogir, on the
	// Adriatic, at the finest level.
	if !near(a.Levels[0], Point{1625, 4351}, 20) {
		t.Error("no coast near Trogir")
	}
}

// near reports whether some point of the level is within d hundredths of
// a degree of p.
func near(l Level, p Point, d int32) bool {
	for _, line := range l.Lines {
		for _, q := range line {
			if abs(q.Lon-p.Lon) <= d && abs(q.Lat-p.Lat) <= d {
				return true
			}
		}
	}
	return false
}

func abs(v int32) int32 { return max(v, -v) }

// TestLevel picks the coarsest level fine enough.
func TestLevel(t *testing.T) {
	a := Land()
	for _, tc := range []struct{ tol, want float64 }{
		{10, 1}, {1, 1}, {0.5, 0.35}, {0.2, 0.12}, {0.05, 0.04}, {0.001, 0.04},
	} {
		if got := a.Level(tc.tol).Tolerance; got != tc.want {
			t.Errorf("Level(%v) has tolerance %v, want %v", tc.tol, got, tc.want)
		}
	}
}

// TestDecodeRejects checks that a damaged file is an error, not a panic.
func TestDecodeRejects(t *testing.T) {
	for name, b := range map[string][]byte{
		"empty":     nil,
		"magic":     []byte("not a land file"),
		"truncated": landBin[:len(landBin)/2],
		"trailing":  append(bytes.Clone(landBin), 0),
		"count":     append([]byte(Magic), 0xff, 0xff, 0xff, 0xff, 0x0f),
	} {
		if _, err := Decode(b); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// BenchmarkDecode measures what the first map costs before it is drawn.
func BenchmarkDecode(b *testing.B) {
	for b.Loop() {
		if _, err := Decode(landBin); err != nil {
			b.Fatal(err)
		}
	}
}
