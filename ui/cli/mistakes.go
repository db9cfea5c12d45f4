package cli

import (
	"errors"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// flagError says what is wrong with a flag in the app's words: the flag
// as --name, what was written quoted, and what is allowed.
func (p *parser) flagError(c *cobra.Command, err error) error {
	var (
		invalid  *pflag.InvalidValueError
		missing  *pflag.ValueRequiredError
		unknown  *pflag.NotExistError
		badShape *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		why := "use " + allowed(f)
		if _, ours := f.Value.(value); ours {
			why = invalid.Unwrap().Error()
		}
		return usagef("--%s %s: %s", f.Name, termsafe.Quote(invalid.GetValue()), why)
	case errors.As(err, &missing):
		f := missing.GetFlag()
		return usagef("--%s needs a value: %s", f.Name, allowed(f))
	case errors.As(err, &unknown):
		return unknownFlag(c, unknown)
	case errors.As(err, &badShape):
		return usagef("unknown flag %s: %s takes %s", termsafe.Quote(badShape.GetSpecifiedFlag()), name(c), andList(flagNames(c)))
	}
	return UsageError{termsafe.Text(err.Error())}
}

// unknownFlag says why c has no such flag: it is another command's, or
// it is one of c's written with one dash or misspelt, or it is none.
func unknownFlag(c *cobra.Command, e *pflag.NotExistError) error {
	written, long := "--"+e.GetSpecifiedName(), e.GetSpecifiedName()
	if short := e.GetSpecifiedShortnames(); short != "" {
		// -idle is --idle with one dash; -x a letter c does not know.
		written, long = "-"+short, short
	}
	if where := commandsWith(c.Root(), long); len(where) > 0 && c.Flags().Lookup(long) == nil {
		return usagef("--%s applies to %s, not to %s", long, andList(where), name(c))
	}
	if near := nearest(long, c); near != "" {
		return usagef("unknown flag %s: did you mean --%s?", termsafe.Quote(written), near)
	}
	return usagef("unknown flag %s: %s takes %s", termsafe.Quote(written), name(c), andList(flagNames(c)))
}

// appliesTo is an annotation of a flag that says where it goes, when
// that is not simply the commands that have it.
const appliesTo = "applies-to"

// commandsWith names the commands of the tree that have a flag called
// flag, or what the flag's appliesTo says.
func commandsWith(root *cobra.Command, flag string) []string {
	var where []string
	walk(root, func(c *cobra.Command) {
		f := c.Flags().Lookup(flag)
		if f == nil {
			f = c.PersistentFlags().Lookup(flag)
		}
		switch {
		case f == nil:
		case len(f.Annotations[appliesTo]) > 0:
			where = append(where, f.Annotations[appliesTo]...)
		default:
			where = append(where, name(c))
		}
	})
	return where
}

// nearest returns the flag of c whose name is within two edits of
// typed, if one is: a slip of the fingers. A name of one or two letters
// is near too many.
func nearest(typed string, c *cobra.Command) string {
	best, bestDist := "", 3
	if len(typed) < 3 {
		return ""
	}
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if d := distance(typed, f.Name); d < bestDist && !f.Hidden {
			best, bestDist = f.Name, d
		}
	})
	return best
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := range ra {
		cur := make([]int, len(rb)+1)
		cur[0] = i + 1
		for j := range rb {
			cost := 1
			if ra[i] == rb[j] {
				cost = 0
			}
			cur[j+1] = min(prev[j+1]+1, cur[j]+1, prev[j]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
