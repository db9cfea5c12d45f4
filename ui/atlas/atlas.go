// Package atlas holds the world's coastlines for the map: Natural Earth's
// 1:50m land (public domain), by way of the world-atlas package's
// TopoJSON, which lies beside the generator in gen/ with its licence. The
// generator converts it into land.bin, embedded here, and nothing reads
// it until a map is first drawn.
//
// The format of land.bin: the line Magic, then the number of levels of
// detail; for each level, its tolerance and its number of lines; for each
// line, its number of points, then each point as the difference from the
// one before it (the first from 0, 0): longitude, then latitude. Every
// number is a varint (encoding/binary), the tolerance and the counts
// unsigned, the coordinates in hundredths of a degree.
package atlas

//go:generate go run ./gen gen/land-50m.json land.bin

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"strings"
	"sync"
)

// Magic starts the file; the number is the format's version.
const Magic = "ruse-twins land 1\n"

//go:embed land.bin
var landBin []byte

// Point is a point of a coastline in hundredths of a degree.
type Point struct{ Lon, Lat int32 }

// Level is the coastlines at one level of detail.
type Level struct {
	Tolerance float64   // in degrees: how far a line may stray from the source
	Lines     [][]Point // polylines
}

// Atlas is the coastlines at every level of detail, finest first. It
// never changes once decoded and is shared by every map.
type Atlas struct {
	Levels []Level
}

// land decodes the embedded file once, on first use.
var land = sync.OnceValues(func() (*Atlas, error) { return Decode(landBin) })

// Land returns the embedded coastlines, decoding them on the first call.
// The file is the generator's, checked by the tests: it always decodes.
func Land() *Atlas {
	a, err := land()
	if err != nil {
		panic("atlas: the embedded land.bin does not decode: " + err.Error())
	}
	return a
}

// Decode reads a file of the format above.
func Decode(b []byte) (*Atlas, error) {
	if !strings.HasPrefix(string(b), Magic) {
		return nil, errors.New("not a land file of this version")
	}
	r := reader{b: b[len(Magic):]}
	a := &Atlas{Levels: make([]Level, r.count())}
	for i := range a.Levels {
		a.Levels[i] = r.level()
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, errors.New("data after the last level")
	}
	return a, nil
}

// reader reads varints, keeping the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a count, which cannot exceed the bytes left (every item
// takes at least one).
func (r *reader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errors.New("land file cut short")
	}
	r.b = nil
}

func (r *reader) level() Level {
	l := Level{Tolerance: float64(r.uvarint()) / 100}
	l.Lines = make([][]Point, r.count())
	for i := range l.Lines {
		line := make([]Point, r.count())
		var lon, lat int64
		for j := range line {
			lon += r.varint()
			lat += r.varint()
			line[j] = Point{int32(lon), int32(lat)}
		}
		l.Lines[i] = line
	}
	return l
}

// Level returns the coarsest level whose tolerance is at most tol
// degrees, or the finest when none is.
func (a *Atlas) Level(tol float64) Level {
	best := a.Levels[0]
	for _, l := range a.Levels {
		if l.Tolerance <= tol && l.Tolerance > best.Tolerance {
			best = l
		}
	}
	return best
}
