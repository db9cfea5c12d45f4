package cli

import (
	"strings"

	"github.com/ruse-twins/ruse-twins/model"
)

// Clean drops every character that could act on a terminal (see
// model.UnsafeRune) from text that came from data. Validation already
// refuses such text; this is the second lock, on the way out.
func Clean(s string) string {
	return strings.Map(func(r rune) rune {
		if model.UnsafeRune(r) {
			return -1
		}
		return r
	}, s)
}
