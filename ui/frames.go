package ui

import (
	"math"
	"slices"

	"github.com/ruse-twins/ruse-twins/model"
)

// The map is drawn in an equirectangular projection (longitude and
// latitude straight across and down, scaled by the cosine of the middle
// latitude so that shapes keep their proportions there), cut where the
// cities leave a wide gap of longitude: each run of cities has a frame of
// its own, all at one scale and the same latitudes, with a broken line
// between them. So Europe keeps the width of the screen, and a partner
// in China has its own narrow frame to the right, at the height of its
// latitude, instead of squeezing Europe into a corner.
const (
	// breakGap is the gap of longitude, in degrees, that is cut out.
	breakGap = 30.0
	// framePad is the columns beside a frame's outermost cities.
	framePad = 2
	// frameMin is the narrowest frame, in columns: a city and a short
	// name beside it.
	frameMin = 10
	// frameMinDeg is the narrowest frame in degrees of longitude: enough
	// coast around a lone city to see where it is.
	frameMinDeg = 8.0
	// maxScale is the closest the map zooms, in columns a degree of
	// longitude: beyond it the coastlines show their corners.
	maxScale = 4.0
	// maxMidLat bounds the latitude whose cosine scales the map, so
	// that a dataset near a pole does not stretch it without end.
	maxMidLat = 70.0
)

// projection puts points of the Earth on the cells of a map: x in
// columns, y in rows, from the top left corner.
type projection struct {
	frames     []frame
	scale      float64 // columns a degree of longitude
	rowsPerDeg float64 // rows a degree of latitude
	north      float64 // the latitude of the top edge
}

// frame is a run of longitudes drawn side by side with the others.
type frame struct {
	west float64 // the longitude of the frame's left edge
	x0   int     // its first column
	cols int     // its width in columns
}

// east is the longitude of the frame's right edge.
func (p projection) east(f frame) float64 { return f.west + float64(f.cols)/p.scale }

// breaks returns the columns between frames, where the broken lines go.
func (p projection) breaks() []int {
	var cols []int
	for _, f := range p.frames[1:] {
		cols = append(cols, f.x0-1)
	}
	return cols
}

// place returns where point c falls on the map, in cells, and whether it
// falls in a frame at all.
func (p projection) place(c model.Coordinates) (x, y float64, ok bool) {
	y = (p.north - c.Lat) * p.rowsPerDeg
	for _, f := range p.frames {
		if c.Lon >= f.west && c.Lon < p.east(f) {
			return float64(f.x0) + (c.Lon-f.west)*p.scale, y, true
		}
	}
	return 0, y, false
}

// newProjection fits points into a map of width×height cells: the
// largest scale at which every point and its frame's margins fit.
func newProjection(points []model.Coordinates, width, height int) projection {
	runs := lonRuns(points)
	minLat, maxLat := latRange(points)
	midLat := clamp(int(math.Round((minLat+maxLat)/2)), -maxMidLat, maxMidLat)
	cosMid := math.Cos(float64(midLat) * math.Pi / 180)
	avail := max(width-(len(runs)-1), len(runs))

	scale := widthScale(runs, avail)
	if span := maxLat - minLat; span > 0 && height > 2 {
		// Rows are twice as tall as columns are wide.
		scale = min(scale, float64(height-2)*2*cosMid/span)
	}
	scale = max(min(scale, maxScale), 1e-3)

	p := projection{scale: scale, rowsPerDeg: scale / (2 * cosMid)}
	p.north = (minLat+maxLat)/2 + float64(height)/2/p.rowsPerDeg
	p.frames = frameCols(runs, scale, avail)
	return p
}

// lonRuns sorts the longitudes of points and splits them where the gap
// between two is wider than breakGap; each run is [west, east], at
// least frameMinDeg wide.
func lonRuns(points []model.Coordinates) [][2]float64 {
	lons := make([]float64, len(points))
	for i, c := range points {
		lons[i] = c.Lon
	}
	slices.Sort(lons)
	if len(lons) == 0 {
		return [][2]float64{{-10, 10}}
	}
	runs := [][2]float64{{lons[0], lons[0]}}
	for _, lon := range lons[1:] {
		last := &runs[len(runs)-1]
		if lon-last[1] > breakGap {
			runs = append(runs, [2]float64{lon, lon})
			continue
		}
		last[1] = lon
	}
	for i, r := range runs {
		if grow := frameMinDeg - (r[1] - r[0]); grow > 0 {
			runs[i] = [2]float64{r[0] - grow/2, r[1] + grow/2}
		}
	}
	return runs
}

// latRange returns the southernmost and northernmost latitudes.
func latRange(points []model.Coordinates) (lo, hi float64) {
	if len(points) == 0 {
		return -10, 10
	}
	lo, hi = points[0].Lat, points[0].Lat
	for _, c := range points {
		lo, hi = min(lo, c.Lat), max(hi, c.Lat)
	}
	return lo, hi
}

// widthScale is the scale at which the runs, each with its margins and
// at least frameMin wide, fill avail columns.
func widthScale(runs [][2]float64, avail int) float64 {
	narrow := make([]bool, len(runs)) // held at frameMin
	for {
		fixed, span := 0, 0.0
		for i, r := range runs {
			if narrow[i] {
				fixed += frameMin
			} else {
				fixed += 2 * framePad
				span += r[1] - r[0]
			}
		}
		if span == 0 {
			return maxScale
		}
		scale := float64(avail-fixed) / span
		changed := false
		for i, r := range runs {
			if !narrow[i] && (r[1]-r[0])*scale+2*framePad < frameMin {
				narrow[i], changed = true, true
			}
		}
		if !changed {
			return scale
		}
	}
}

// frameCols lays the frames out across avail columns at scale, each
// centred on its run; the columns left over widen them all.
func frameCols(runs [][2]float64, scale float64, avail int) []frame {
	cols := make([]int, len(runs))
	used := 0
	for i, r := range runs {
		cols[i] = max(int((r[1]-r[0])*scale)+2*framePad, frameMin)
		used += cols[i]
	}
	if spare := avail - used; spare > 0 {
		for i := range cols {
			cols[i] += spare / len(cols)
		}
		cols[len(cols)-1] += spare % len(cols)
	}
	frames := make([]frame, len(runs))
	x := 0
	for i, r := range runs {
		mid := (r[0] + r[1]) / 2
		frames[i] = frame{west: mid - float64(cols[i])/2/scale, x0: x, cols: cols[i]}
		x += cols[i] + 1 // and the break
	}
	return frames
}
