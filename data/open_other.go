//go:build !unix

package data

// openNoWait is nothing where named pipes and terminals do not block an
// open.
const openNoWait = 0
