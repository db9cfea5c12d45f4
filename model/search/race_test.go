//go:build race

package search

// raceEnabled reports a build with the race detector, under which
// sync.Pool drops what it is given at random and allocations are not
// what they are in the app.
const raceEnabled = true
