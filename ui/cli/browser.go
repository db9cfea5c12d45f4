package cli

import (
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// The bounds of the kiosk's times: an idle time shorter than a visitor's
// pause clears what they typed, and an attract loop faster than a second
// is a screen that never rests.
const (
	leastIdle    = 5 * time.Second
	leastAttract = time.Second
)

// kioskOnly marks the flags that mean something only with --kiosk.
const kioskOnly = "kiosk-only"

// browser is the root of the tree: the interactive browser, or the
// kiosk, with no command; --version is here too.
func (p *parser) browser() *cobra.Command {
	c := &cobra.Command{
		Use:   "ruse-twins",
		Short: "The partner cities of Ruse (Русе), Bulgaria, in a terminal",
		Long: `ruse-twins: the partner cities of Ruse (Русе), Bulgaria.

With no command, the interactive browser (it needs a terminal); with
--kiosk, the browser of a public screen, which nothing but the exit key
leaves.

QUERY is anything about a city, in any script: a name (гюргево, "sent uan",
淮南), a country, a year, a person, an area of cooperation.`,
		Args: p.rootArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if p.version {
				p.cfg.Command = Version
				return nil
			}
			p.cfg.Command = Browse
			if p.cfg.Watch && p.cfg.DataDir == "" {
				return usagef("--watch needs --data DIR: the embedded dataset never changes")
			}
			return p.needKiosk(c)
		},
		SuggestionsMinimumDistance: 2,
		SilenceErrors:              true,
		SilenceUsage:               true,
		// completion is a command of this tree's own (completion.go),
		// for the three shells the app supports.
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	addChoice(c, &p.cfg.Theme, "theme", []string{"auto", "dark", "light"}, "colours of the browser; auto asks the terminal once, at start")
	c.Flags().BoolVar(&p.cfg.NoMouse, "no-mouse", false, "leave the mouse to the terminal, for its own selection of text (no clicks, no wheel)")
	c.Flags().BoolVar(&p.cfg.Watch, "watch", false, "with --data: show the dataset again whenever a file in DIR is saved (an invalid save is named by file and line, and the last good data stays)")
	p.kioskFlags(c)
	c.Flags().BoolVar(&p.version, "version", false, "print the version and the commit it was built from")
	annotate(c, "version", appliesTo, "ruse-twins alone")
	return c
}

// kioskFlags defines --kiosk and the flags that tune it on c.
func (p *parser) kioskFlags(c *cobra.Command) {
	fs := c.Flags()
	fs.BoolVar(&p.cfg.Kiosk, "kiosk", false, "public-screen mode: nothing quits but the exit key")
	addDuration(c, &p.cfg.Idle, "idle", leastIdle, "90s or 2m", "kiosk: back to the home screen after D without input")
	fs.Var(chord{&p.cfg.Exit}, "exit-key", "kiosk: the operator's exit chord")
	completeWith(c, "exit-key", cobra.NoFileCompletions)
	addDuration(c, &p.cfg.Attract, "attract", leastAttract, "20s", "kiosk: when idle at home, move through the cities every D (off unless given)")
	fs.StringVar(&p.cfg.LogFile, "log", "", "kiosk: append internal errors to `FILE`")
	for _, name := range []string{"idle", "exit-key", "attract", "log"} {
		annotate(c, name, kioskOnly, "true")
	}
}

// annotate sets an annotation of c's flag name.
func annotate(c *cobra.Command, name, key, value string) {
	if err := c.Flags().SetAnnotation(name, key, []string{value}); err != nil {
		panic(err) // no such flag: a mistake in this package
	}
}

// needKiosk refuses a kiosk's flag given without --kiosk, which would do
// nothing.
func (p *parser) needKiosk(c *cobra.Command) error {
	if p.cfg.Kiosk {
		return nil
	}
	var err error
	c.Flags().Visit(func(f *pflag.Flag) {
		if _, ok := f.Annotations[kioskOnly]; ok && err == nil {
			err = usagef("--%s applies to the kiosk: add --kiosk", f.Name)
		}
	})
	return err
}

// rootArgs refuses words where the browser takes none: a misspelt
// command, or anything after --version.
func (p *parser) rootArgs(c *cobra.Command, args []string) error {
	switch {
	case len(args) == 0:
		return nil
	case p.version:
		return usagef("unexpected %s: --version takes nothing else", termsafe.Quote(args[0]))
	}
	if s := c.SuggestionsFor(args[0]); len(s) > 0 {
		return usagef("unknown command %s: did you mean %s?", termsafe.Quote(args[0]), s[0])
	}
	return usagef("unknown command %s: use %s", termsafe.Quote(args[0]), orList(commandNames(c)))
}
