package cli

import "github.com/spf13/cobra"

// Picture sizes: the smallest a map or a timeline is worth drawing at,
// and a bound against a typo that would print millions of blanks.
const (
	MinWidth, MaxWidth   = 20, 1000
	MinHeight, MaxHeight = 6, 500
)

// pictures describe the two pictures, for their commands' help.
var pictures = map[Command]struct{ short, long string }{
	Map: {"Print Ruse and its partners on a map",
		`Print Ruse and its partners on a map: colour on a terminal, plain
characters in a pipe. The coastlines are Natural Earth's (public domain),
by way of the world-atlas package.`},
	Timeline: {"Print every partnership on one axis of years",
		`Print every dated event of every partnership on one axis of years,
each at the precision the source gives (day, month, year); a partnership
without a date is shown apart. Colour on a terminal, plain in a pipe.`},
}

// picture is the map or the timeline command: cmd is Map or Timeline.
func (p *parser) picture(cmd Command) *cobra.Command {
	c := &cobra.Command{
		Use:   string(cmd),
		Short: pictures[cmd].short,
		Long:  pictures[cmd].long,
		Args:  noOperands,
		RunE:  p.is(cmd),
	}
	c.Flags().Var(bounded{&p.cfg.Width, MinWidth, MaxWidth, "columns"}, "width",
		"the picture's width (default the terminal's, 80 in a pipe)")
	c.Flags().Var(bounded{&p.cfg.Height, MinHeight, MaxHeight, "lines"}, "height",
		"the picture's height (default: the map 24 lines, the timeline as many as it needs)")
	completeWith(c, "width", cobra.NoFileCompletions)
	completeWith(c, "height", cobra.NoFileCompletions)
	return c
}
