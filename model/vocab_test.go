package model

import (
	"strings"
	"testing"
)

// TestKindWords checks the other names of the kinds: each of a kind in
// the vocabulary, in both languages, safe for a terminal, and not its
// label again.
func TestKindWords(t *testing.T) {
	for k, words := range kindWords {
		if !k.Valid() {
			t.Errorf("words for %q, which is no kind", k)
		}
		for _, w := range words {
			for _, l := range Langs {
				s := w.In(l)
				if strings.TrimSpace(s) == "" || CheckText(s) != nil || s == k.Label(l) {
					t.Errorf("%s: word %q in %s", k, s, l.Code())
				}
			}
		}
	}
	if len(CooperationAgreement.Words()) == 0 || len(Kind("none").Words()) != 0 {
		t.Errorf("Words: %v, %v", CooperationAgreement.Words(), Kind("none").Words())
	}
}
