// Package search finds Ruse's partner cities by anything a person may
// remember about them, in any script: names, countries, regions, years,
// people, organisations and areas of cooperation, typed in Cyrillic,
// Latin with or without accents, Greek or Han, in part, by ear, or with a
// slip.
//
// It is split in two so that many users can share the work of one
// dataset. An Index is built once per dataset (NewIndex, or
// NewIndexInBackground to build it while the program starts) and never
// changes: it holds every text folded and transliterated into keys. A
// Searcher, made from it for each user, holds the memory a search writes
// and what it remembers of the previous query, so that a keystroke only
// rescores what the shorter query found. Any number of Searchers may
// search one Index at once; each Searcher is for one goroutine at a time.
//
// The fuzzy matcher is fzf's, and only fzf.go knows it.
package search
