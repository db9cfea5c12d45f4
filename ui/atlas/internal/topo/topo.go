// Package topo converts Natural Earth's land, as TopoJSON, into the
// atlas's compact form (see package atlas for the format): the
// coastlines as polylines at a few levels of detail. Only the generator
// and the tests use it; the app reads the converted file.
package topo

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// Magic starts every converted file; the number is the format's version.
const Magic = "ruse-twins land 1\n"

// Tolerances are the levels of detail, in hundredths of a degree, finest
// first: how far a simplified coastline may stray from the source's. A
// map picks the coarsest level finer than half its dot.
var Tolerances = []int{4, 12, 35, 100}

// Point is a point in hundredths of a degree.
type Point struct{ Lon, Lat int64 }

// topology is the part of a TopoJSON file the conversion reads.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Objects map[string]struct {
		Type       string `json:"type"`
		Geometries []struct {
			Type string          `json:"type"`
			Arcs json.RawMessage `json:"arcs"`
		} `json:"geometries"`
	} `json:"objects"`
	Arcs [][][2]float64 `json:"arcs"`
}

// Convert reads the TopoJSON of Natural Earth's land (world-atlas's
// land-*.json, whose object is "land") and returns the converted file.
// The output depends only on the input: the arithmetic after reading is
// on integers, so the same file comes out on every machine.
func Convert(src []byte) ([]byte, error) {
	lines, err := Coastlines(src)
	if err != nil {
		return nil, err
	}
	out := []byte(Magic)
	out = binary.AppendUvarint(out, uint64(len(Tolerances)))
	for _, tol := range Tolerances {
		level := Simplify(lines, tol)
		out = binary.AppendUvarint(out, uint64(tol))
		out = binary.AppendUvarint(out, uint64(len(level)))
		for _, l := range level {
			out = appendLine(out, l)
		}
	}
	return out, nil
}

// appendLine writes a line: its length, its first point, then each next
// point as the difference from the one before.
func appendLine(out []byte, l []Point) []byte {
	out = binary.AppendUvarint(out, uint64(len(l)))
	var prev Point
	for _, p := range l {
		out = binary.AppendVarint(out, p.Lon-prev.Lon)
		out = binary.AppendVarint(out, p.Lat-prev.Lat)
		prev = p
	}
	return out
}

// Coastlines returns the arcs of the land object as polylines in
// hundredths of a degree. The source's cut along the antimeridian and
// Antarctica's edge at the bottom of the world are not coastlines: the
// lines are broken there.
func Coastlines(src []byte) ([][]Point, error) {
	var t topology
	if err := json.Unmarshal(src, &t); err != nil {
		return nil, err
	}
	land, ok := t.Objects["land"]
	if t.Type != "Topology" || !ok || t.Transform == nil {
		return nil, errors.New("not a quantized TopoJSON topology with a land object")
	}
	used := map[int]bool{}
	for _, g := range land.Geometries {
		var arcs any
		if err := json.Unmarshal(g.Arcs, &arcs); err != nil {
			return nil, err
		}
		if err := arcIndexes(arcs, used); err != nil {
			return nil, err
		}
	}
	var lines [][]Point
	for i, arc := range t.Arcs {
		if !used[i] {
			continue
		}
		lines = append(lines, cut(decodeArc(arc, t.Transform.Scale, t.Transform.Translate))...)
	}
	return lines, nil
}

// arcIndexes collects the arcs a geometry's nested lists refer to; a
// negative index is an arc walked backwards (^i).
func arcIndexes(v any, used map[int]bool) error {
	switch v := v.(type) {
	case float64:
		i := int(v)
		if i < 0 {
			i = ^i
		}
		used[i] = true
	case []any:
		for _, x := range v {
			if err := arcIndexes(x, used); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("unexpected %T in a geometry's arcs", v)
	}
	return nil
}

// decodeArc undoes the quantisation of an arc (each position the sum of
// the deltas so far, then scaled and moved) and rounds it to hundredths
// of a degree, dropping points that round onto the one before.
func decodeArc(arc [][2]float64, scale, translate [2]float64) []Point {
	var x, y int64
	var out []Point
	for _, d := range arc {
		x += int64(d[0])
		y += int64(d[1])
		// The explicit conversions keep the compiler from fusing the
		// multiply and the add, which would round differently on some
		// processors.
		lon := float64(float64(x)*scale[0]) + translate[0]
		lat := float64(float64(y)*scale[1]) + translate[1]
		p := Point{int64(math.Round(lon * 100)), int64(math.Round(lat * 100))}
		if len(out) > 0 && out[len(out)-1] == p {
			continue
		}
		out = append(out, p)
	}
	return out
}

// cut breaks a line at its segments along the antimeridian or the bottom
// of the world, and drops what is left shorter than a segment.
func cut(l []Point) [][]Point {
	var out [][]Point
	start := 0
	for i := 1; i <= len(l); i++ {
		if i < len(l) && !artificial(l[i-1], l[i]) {
			continue
		}
		if i-start >= 2 {
			out = append(out, l[start:i])
		}
		start = i
	}
	return out
}

// artificial reports whether the segment from a to b is an edge of the
// source's map rather than a coast.
func artificial(a, b Point) bool {
	onMeridian := (a.Lon == b.Lon) && (a.Lon == 18000 || a.Lon == -18000)
	atBottom := a.Lat <= -8990 && b.Lat <= -8990
	return onMeridian || atBottom
}

// Simplify returns the lines simplified to tolerance tol (Douglas and
// Peucker's algorithm), without the lines whose extent is below it: an
// island smaller than the tolerance is not drawn at that level.
func Simplify(lines [][]Point, tol int) [][]Point {
	var out [][]Point
	for _, l := range lines {
		if extent(l) < int64(tol) {
			continue
		}
		out = append(out, simplify(l, int64(tol)))
	}
	return out
}

// extent is the larger side of the line's bounding box.
func extent(l []Point) int64 {
	minP, maxP := l[0], l[0]
	for _, p := range l {
		minP = Point{min(minP.Lon, p.Lon), min(minP.Lat, p.Lat)}
		maxP = Point{max(maxP.Lon, p.Lon), max(maxP.Lat, p.Lat)}
	}
	return max(maxP.Lon-minP.Lon, maxP.Lat-minP.Lat)
}

// simplify keeps the points of l that stray more than tol from the chord
// of the part they are in, and both ends.
func simplify(l []Point, tol int64) []Point {
	keep := make([]bool, len(l))
	keep[0], keep[len(l)-1] = true, true
	stack := [][2]int{{0, len(l) - 1}}
	for len(stack) > 0 {
		span := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		a, b := span[0], span[1]
		far, at := int64(-1), -1
		for i := a + 1; i < b; i++ {
			if d := strayed(l[a], l[b], l[i], tol); d > far {
				far, at = d, i
			}
		}
		if at >= 0 && far > 0 {
			keep[at] = true
			stack = append(stack, [2]int{a, at}, [2]int{at, b})
		}
	}
	out := make([]Point, 0, len(l))
	for i, p := range l {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// strayed measures how far p lies from the segment from a to b beyond
// tol, as a positive number that grows with the distance (its square,
// scaled), or 0 when p is within tol. Exact integer arithmetic: the
// coordinates are at most 36000, so every product fits in an int64.
func strayed(a, b, p Point, tol int64) int64 {
	dx, dy := b.Lon-a.Lon, b.Lat-a.Lat
	px, py := p.Lon-a.Lon, p.Lat-a.Lat
	len2 := dx*dx + dy*dy
	var d2 int64 // the squared distance, times len2
	switch t := px*dx + py*dy; {
	case len2 == 0 || t <= 0:
		d2 = (px*px + py*py) * max(len2, 1)
	case t >= len2:
		qx, qy := p.Lon-b.Lon, p.Lat-b.Lat
		d2 = (qx*qx + qy*qy) * len2
	default:
		cross := px*dy - py*dx
		d2 = cross * cross
	}
	limit := tol * tol * max(len2, 1)
	if d2 <= limit {
		return 0
	}
	// Compared across points of one span, whose len2 is the same.
	return d2
}
