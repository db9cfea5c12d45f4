package cli

import (
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// parser fills a Config from the command line through a tree of cobra
// commands: each flag writes its field of the Config, and each command's
// RunE says which command it is and takes its operands. Nothing runs
// there; the caller acts on the Config.
type parser struct {
	cfg *Config
	// load gives the dataset whose cities the shell completes (show's
	// operand); nil but when answering the shell (CompleteCmd).
	load Loader
	// version is --version, which is a command rather than a setting.
	version bool
}

// newParser returns a parser that fills cfg.
func newParser(cfg *Config) *parser { return &parser{cfg: cfg} }

// tree returns the command tree: the browser at its root, with the flags
// of every command, and a command for each of the others. A new command
// is a function of its own file returning its *cobra.Command, added here.
func (p *parser) tree() *cobra.Command {
	root := p.browser()
	root.AddCommand(p.list(), p.show(), p.picture(Map), p.picture(Timeline), p.validate(), p.completion())
	root.SetHelpCommand(p.help())

	pf := root.PersistentFlags()
	p.langFlag(root)
	pf.StringVar(&p.cfg.DataDir, "data", "", "use the dataset in `DIR` (the same format) instead of the embedded one")
	completeWith(root, "data", dirs)
	pf.BoolP("help", "h", false, "print the help of the command")

	root.PersistentPreRunE = p.checkData
	root.SetFlagErrorFunc(p.flagError)
	root.SetHelpFunc(p.askedForHelp)
	root.SetUsageTemplate(usageTemplate)
	walk(root, func(c *cobra.Command) {
		// Flags in the help in the order they are defined, which
		// puts each beside its kin.
		c.Flags().SortFlags = false
		c.PersistentFlags().SortFlags = false
	})
	return root
}

// walk calls f on c and every command below it.
func walk(c *cobra.Command, f func(*cobra.Command)) {
	f(c)
	for _, sub := range c.Commands() {
		walk(sub, f)
	}
}

// checkData refuses a --data that names no directory before any command
// runs, in the app's words.
func (p *parser) checkData(c *cobra.Command, _ []string) error {
	if !c.Flags().Changed("data") {
		return nil
	}
	if p.cfg.DataDir == "" {
		return usagef("--data needs a value: %s", allowed(c.Flags().Lookup("data")))
	}
	return checkDir("--data", p.cfg.DataDir)
}

// checkDir says why dir, given as what (a flag, a command), is not a
// directory a dataset can be read from.
func checkDir(what, dir string) error {
	info, err := os.Stat(dir)
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return usagef("%s %s: no such directory", what, termsafe.Quote(dir))
	case errors.As(err, &pe):
		return usagef("%s %s: %v", what, termsafe.Quote(dir), pe.Err)
	case err != nil:
		return usagef("%s %s: %s", what, termsafe.Quote(dir), termsafe.Text(err.Error()))
	case !info.IsDir():
		return usagef("%s %s: a file, not a directory of .yaml files", what, termsafe.Quote(dir))
	}
	return nil
}

// askedForHelp is the help of every command while parsing: it records
// whose help to print (see HelpCmd).
func (p *parser) askedForHelp(c *cobra.Command, _ []string) {
	p.cfg.Command = Help
	p.cfg.Topic = topic(c)
}

// topic names a command as the help command takes it: its path below
// the root ("show"), "" for the root.
func topic(c *cobra.Command) string {
	return strings.TrimSpace(strings.TrimPrefix(c.CommandPath(), c.Root().Name()))
}

// name calls a command what a message to the user calls it.
func name(c *cobra.Command) string {
	if !c.HasParent() {
		return "the browser"
	}
	return topic(c)
}

// commandNames lists the commands the user may type, as the help shows
// them.
func commandNames(root *cobra.Command) []string {
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && c.Name() != "help" {
			names = append(names, c.Name())
		}
	}
	return names
}

// flagNames lists the flags c takes, its own first, as --name, in the
// order they are defined.
func flagNames(c *cobra.Command) []string {
	common := c.Root().PersistentFlags()
	var own, every []string
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden && common.Lookup(f.Name) != f {
			own = append(own, "--"+f.Name)
		}
	})
	common.VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			every = append(every, "--"+f.Name)
		}
	})
	return append(own, every...)
}

// orList joins words as "a, b or c".
func orList(words []string) string { return joinLast(words, " or ") }

// andList joins words as "a, b and c".
func andList(words []string) string { return joinLast(words, " and ") }

// joinLast joins words with commas, and the last two with last.
func joinLast(words []string, last string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + last + words[len(words)-1]
}

// is is the RunE of a command that takes its settings from its flags
// alone: it records which command it is.
func (p *parser) is(cmd Command) func(*cobra.Command, []string) error {
	return func(*cobra.Command, []string) error {
		p.cfg.Command = cmd
		return nil
	}
}

// noOperands refuses any word after a command that takes none.
func noOperands(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected %s: %s takes no operands", termsafe.Quote(args[0]), name(c))
	}
	return nil
}

// formatFlag defines --format on c, taking the formats of cmd.
func (p *parser) formatFlag(c *cobra.Command, cmd Command) {
	f := formats[cmd]
	addChoice(c, &p.cfg.Format, "format", f, "output format (default "+f[0]+")")
}
