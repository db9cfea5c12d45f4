package ui

import (
	"cmp"
	"math"
	"slices"
	"strconv"
)

// Placing the cities of a map: every city has a marker on a cell of its
// own where the screen allows, and a label beside it that covers no other
// label and no marker; a city whose name finds no room is labelled with a
// number, which the legend under the map spells out.

// spot is a city on a map: the exact point it falls on, in cells, and the
// marker's cell.
type spot struct {
	fx, fy float64
	x, y   int
	name   string // the label's text
	width  int    // its width in cells
}

// tag is a label placed: text at cells (x, y) to (x+w-1, y), for spot i.
// A number stands for the name, which the legend gives.
type tag struct {
	x, y, w int
	text    string
	spot    int
	number  bool
}

// occupancy says what a cell of a map holds, for placing.
type occupancy uint8

const (
	cellFree   occupancy = iota
	cellMarker           // a marker
	cellLabel            // a label
	cellBarred           // nothing goes here: a break between frames
)

// board is the map's cells as the placing sees them.
type board struct {
	width, height int
	cells         []occupancy
}

func newBoard(width, height int) *board {
	return &board{width: width, height: height, cells: make([]occupancy, max(width*height, 0))}
}

func (b *board) in(x, y int) bool { return x >= 0 && y >= 0 && x < b.width && y < b.height }

func (b *board) at(x, y int) occupancy {
	if !b.in(x, y) {
		return cellBarred
	}
	return b.cells[y*b.width+x]
}

func (b *board) set(x, y int, o occupancy) {
	if b.in(x, y) {
		b.cells[y*b.width+x] = o
	}
}

// settle gives each spot's marker a cell, in order: its own, or, when an
// earlier marker holds it, the free neighbouring cell that lies most in
// the direction of the spot from that marker (Giurgiu, 4 km north of
// Ruse, goes on the cell above). When every neighbour is taken the two
// share a cell.
func (b *board) settle(spots []spot) {
	holder := map[[2]int]int{}
	for i := range spots {
		s := &spots[i]
		s.x, s.y = clamp(int(math.Floor(s.fx)), 0, b.width-1), clamp(int(math.Floor(s.fy)), 0, b.height-1)
		if j, taken := holder[[2]int{s.x, s.y}]; taken {
			if x, y, ok := b.nearby(s, spots[j]); ok {
				s.x, s.y = x, y
			}
		}
		if _, taken := holder[[2]int{s.x, s.y}]; !taken {
			holder[[2]int{s.x, s.y}] = i
		}
		b.set(s.x, s.y, cellMarker)
	}
}

// nearby returns the free cell next to other's marker that lies most in
// the direction from other to s.
func (b *board) nearby(s *spot, other spot) (int, int, bool) {
	// Rows are about twice as tall as columns are wide.
	dx, dy := s.fx-other.fx, 2*(s.fy-other.fy)
	best, bx, by := math.Inf(-1), 0, 0
	for _, d := range [][2]int{{0, -1}, {1, 0}, {0, 1}, {-1, 0}, {1, -1}, {1, 1}, {-1, 1}, {-1, -1}} {
		x, y := s.x+d[0], s.y+d[1]
		if b.at(x, y) != cellFree {
			continue
		}
		ex, ey := float64(d[0]), 2*float64(d[1])
		if score := (dx*ex + dy*ey) / math.Hypot(ex, ey); score > best {
			best, bx, by = score, x, y
		}
	}
	return bx, by, !math.IsInf(best, -1)
}

// candidate is a place for a label of width w beside a marker at (x, y):
// to the right first, with a space between, then to the left, then above
// and below, then touching the marker.
func candidates(x, y, w int) [][2]int {
	return [][2]int{
		{x + 2, y}, {x - 1 - w, y},
		{x + 1, y - 1}, {x + 1, y + 1}, {x - w, y - 1}, {x - w, y + 1},
		{x - w/2, y - 1}, {x - w/2, y + 1},
		{x + 1, y}, {x - w, y},
	}
}

// numberCandidates are the places for a number: touching the marker
// first, then above and below it.
func numberCandidates(x, y, w int) [][2]int {
	return [][2]int{
		{x + 1, y}, {x - w, y}, {x, y - 1}, {x, y + 1},
		{x + 1, y - 1}, {x + 1, y + 1}, {x - w, y - 1}, {x - w, y + 1},
	}
}

// fits reports whether a label of width w for the marker at (ox, oy)
// fits at (x, y): every cell on the map and free, and nothing touching
// it on its row but its own marker (two names run together read as one,
// and a name beside another city's marker reads as that city's).
func (b *board) fits(x, y, w, ox, oy int) bool {
	for i := range w {
		if b.at(x+i, y) != cellFree {
			return false
		}
	}
	for _, end := range []int{x - 1, x + w} {
		if o := b.at(end, y); (o == cellLabel || o == cellMarker) && (end != ox || y != oy) {
			return false
		}
	}
	return true
}

// crowding counts the markers around a label at (x, y) of width w other
// than its own at (ox, oy): a name between two markers is hard to assign
// to either.
func (b *board) crowding(x, y, w, ox, oy int) int {
	n := 0
	for yy := y - 1; yy <= y+1; yy++ {
		for xx := x - 1; xx <= x+w; xx++ {
			if (xx != ox || yy != oy) && b.at(xx, yy) == cellMarker {
				n++
			}
		}
	}
	return n
}

// ranked returns the places among cands where a label of width w for
// the marker at (ox, oy) fits, best first: in the order of cands, unless
// a later one is less crowded.
func (b *board) ranked(cands [][2]int, w, ox, oy int) [][2]int {
	type option struct {
		at   [2]int
		cost int
	}
	var opts []option
	for i, c := range cands {
		if !b.fits(c[0], c[1], w, ox, oy) {
			continue
		}
		cost := i + 4*b.crowding(c[0], c[1], w, ox, oy)
		for _, x := range []int{c[0] - 2, c[0] + w + 1} {
			switch b.at(x, c[1]) {
			case cellLabel:
				cost += 3 // two names one space apart read as one
			case cellMarker:
				if x != ox || c[1] != oy {
					cost += 10 // "● name ●": whose name?
				}
			}
		}
		opts = append(opts, option{c, cost})
	}
	slices.SortStableFunc(opts, func(a, b option) int { return cmp.Compare(a.cost, b.cost) })
	out := make([][2]int, len(opts))
	for i, o := range opts {
		out[i] = o.at
	}
	return out
}

// best returns the best place among cands, if any fits.
func (b *board) best(cands [][2]int, w, ox, oy int) (int, int, bool) {
	r := b.ranked(cands, w, ox, oy)
	if len(r) == 0 {
		return 0, 0, false
	}
	return r[0][0], r[0][1], true
}

// take marks a label's cells, and give frees them again.
func (b *board) take(t tag) { b.mark(t, cellLabel) }
func (b *board) give(t tag) { b.mark(t, cellFree) }

func (b *board) mark(t tag, o occupancy) {
	for i := range t.w {
		b.set(t.x+i, t.y, o)
	}
}

// placeTries bounds the attempts at naming every spot.
const placeTries = 4

// place labels the spots, whose markers are settled: the first spot (the
// home city) first, then the others, those with the fewest places for
// their names first. When some name finds no place, it tries again with
// those spots first (the home city too gives way), a few times, and keeps the attempt that named the
// most. A spot left without a name gets a number, in the order of the
// spots, if one fits; legend lists the spots numbered, in the order of
// their numbers. A spot may end with no label at all when even a number
// has no room (a thousand cities on a small screen).
func (b *board) place(spots []spot) (tags []tag, legend []int) {
	order := make([]int, len(spots))
	room := make([]int, len(spots))
	for i, s := range spots {
		order[i] = i
		for _, c := range candidates(s.x, s.y, s.width) {
			if b.fits(c[0], c[1], s.width, s.x, s.y) {
				room[i]++
			}
		}
	}
	slices.SortStableFunc(order[min(1, len(order)):], func(i, j int) int { return cmp.Compare(room[i], room[j]) })
	if len(spots) <= maxSearched {
		budget := searchBudget
		if tags, ok := b.search(spots, order, nil, &budget); ok {
			return tags, nil
		}
	}
	empty := slices.Clone(b.cells)
	var best []tag
	var bestCells []occupancy
	for try := 0; try < placeTries; try++ {
		copy(b.cells, empty)
		named, missed := b.name(spots, order)
		if best == nil || len(named) > len(best) {
			best, bestCells = named, slices.Clone(b.cells)
		}
		if len(missed) == 0 || len(spots) > maxRetried {
			break
		}
		// The missed first, the others as before.
		rest := slices.DeleteFunc(slices.Clone(order), func(i int) bool { return slices.Contains(missed, i) })
		order = append(missed, rest...)
	}
	copy(b.cells, bestCells)
	return b.number(spots, best)
}

// maxSearched is the most spots for which place first searches for a
// way to name them all, trying each place for each name in turn (the
// shipped dataset's ten, and a few more), and searchBudget bounds that
// search: past it, the greedy tries decide.
const (
	maxSearched  = 16
	searchBudget = 20000
)

// search names the spots in order from the first, trying each one's
// places best first and undoing them when the spots after find no room:
// ok when every spot is named, with the tags; the board then holds them.
func (b *board) search(spots []spot, order []int, tags []tag, budget *int) ([]tag, bool) {
	if len(order) == 0 {
		return tags, true
	}
	i := order[0]
	s := spots[i]
	if s.width == 0 {
		return tags, false
	}
	for _, at := range b.ranked(candidates(s.x, s.y, s.width), s.width, s.x, s.y) {
		if *budget--; *budget < 0 {
			return tags, false
		}
		t := tag{x: at[0], y: at[1], w: s.width, text: s.name, spot: i}
		b.take(t)
		if done, ok := b.search(spots, order[1:], append(tags, t), budget); ok {
			return done, true
		}
		b.give(t)
	}
	return tags, false
}

// maxRetried is the most spots for which place tries again: a crowd of
// a thousand on a screen of a thousand cells will not all be named, and
// every try costs a pass over all of them.
const maxRetried = 100

// name places the spots' names in order, and returns the tags placed and
// the spots that found no place.
func (b *board) name(spots []spot, order []int) (tags []tag, missed []int) {
	for _, i := range order {
		s := spots[i]
		x, y, ok := b.best(candidates(s.x, s.y, s.width), s.width, s.x, s.y)
		if !ok || s.width == 0 {
			missed = append(missed, i)
			continue
		}
		t := tag{x: x, y: y, w: s.width, text: s.name, spot: i}
		b.take(t)
		tags = append(tags, t)
	}
	return tags, missed
}

// number gives the spots without a name a number where one fits.
func (b *board) number(spots []spot, tags []tag) ([]tag, []int) {
	named := make([]bool, len(spots))
	for _, t := range tags {
		named[t.spot] = true
	}
	var legend []int
	for i, s := range spots {
		if named[i] {
			continue
		}
		n := strconv.Itoa(len(legend) + 1)
		if x, y, ok := b.best(numberCandidates(s.x, s.y, len(n)), len(n), s.x, s.y); ok {
			t := tag{x: x, y: y, w: len(n), text: n, spot: i, number: true}
			b.take(t)
			tags = append(tags, t)
			legend = append(legend, i)
		}
	}
	return tags, legend
}
