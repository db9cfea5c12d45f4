package search

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/ruse-twins/ruse-twins/data/synth"
	"github.com/ruse-twins/ruse-twins/model"
)

// TestSearchPostings checks that a search which looks the keys a word may
// match up in the index's postings, and narrows from the step before,
// finds what a search that scores every key finds: the same cities, the
// same scores, the same explanations, whether the query is typed (with
// runes deleted and typed again) or given at once. The queries are made of
// the cities' own words, whole, begun or cut from inside, with slips,
// and of random letters.
func TestSearchPostings(t *testing.T) {
	for _, cities := range [][]model.City{append(testCities(), syntheticCities(400)...), synth.Cities(800)} {
		ix := NewIndex(cities)
		bare := *ix
		bare.grams, bare.initials = grams{}, initialsIndex{}
		typed, every, given := ix.NewSearcher(), bare.NewSearcher(), ix.NewSearcher()
		rng := rand.New(rand.NewPCG(9, 10))
		words := cityWords(cities)
		for range 100 {
			q := []rune(randomQuery(rng, words))
			lang := model.Langs[rng.IntN(len(model.Langs))]
			typed.Search("", lang)
			every.Search("", lang)
			for i := 1; i <= len(q); i++ {
				if i > 2 && rng.IntN(6) == 0 { // a rune or two deleted, and typed again
					typed.Search(string(q[:i-1-rng.IntN(2)]), lang)
				}
				p := string(q[:i])
				got, want := results(typed.Search(p, lang), cities), results(every.Search(p, lang), cities)
				if !sameResults(got, want) {
					t.Fatalf("%q typed: %d matches; scoring every key, %d: %v, want %v", p, len(got), len(want), got[:min(len(got), 3)], want[:min(len(want), 3)])
				}
				if rng.IntN(3) == 0 {
					given.Search("", lang)
					if at := results(given.Search(p, lang), cities); !sameResults(at, want) {
						t.Fatalf("%q given at once: %d matches; typed, %d", p, len(at), len(want))
					}
				}
			}
		}
	}
}

// cityWords returns the words of the texts of cities that a visitor may
// type.
func cityWords(cities []model.City) []string {
	var words []string
	for _, c := range cities {
		texts := []string{c.Name.BG, c.Name.EN, c.Country.Name.BG, c.Country.Name.EN, c.Region.BG, c.Region.EN}
		for _, n := range c.Native {
			texts = append(texts, n.Name)
		}
		for _, e := range c.Events {
			for _, p := range e.Signatories {
				texts = append(texts, p.Name.BG, p.Name.EN, p.Role.BG, p.Role.EN)
			}
			for _, o := range e.Organisations {
				texts = append(texts, o.Name.BG, o.Name.EN, o.Role.BG, o.Role.EN)
			}
		}
		for _, a := range c.Areas {
			texts = append(texts, a.Label(model.BG), a.Label(model.EN))
		}
		for _, s := range texts {
			words = append(words, strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })...)
		}
	}
	return words
}

// randomQuery returns one to three words: each a word of words, whole,
// begun, or cut from inside it, sometimes with a rune typed wrong, or now
// and then random letters.
func randomQuery(rng *rand.Rand, words []string) string {
	letters := []rune("abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъюя1986")
	var q []rune
	for range 1 + rng.IntN(3) {
		w := []rune(words[rng.IntN(len(words))])
		switch rng.IntN(4) {
		case 0: // from inside
			w = w[rng.IntN(len(w)):]
		case 1: // random letters
			w = w[:0]
			for range 1 + rng.IntN(6) {
				w = append(w, letters[rng.IntN(len(letters))])
			}
		}
		w = w[:1+rng.IntN(len(w))]
		if rng.IntN(4) == 0 {
			w[rng.IntN(len(w))] = letters[rng.IntN(len(letters))]
		}
		if len(q) > 0 {
			q = append(q, ' ')
		}
		q = append(q, w...)
	}
	return string(q)
}
