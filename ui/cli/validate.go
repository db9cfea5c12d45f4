package cli

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// validate is the validate command, whose operand is a directory.
func (p *parser) validate() *cobra.Command {
	return &cobra.Command{
		Use:   "validate [DIR]",
		Short: "Check a dataset: every error as file:line: message",
		Long: `Check the dataset in DIR, or that of --data, or the embedded one, and
print every error at once as file:line: message (exit status 2).`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usagef("unexpected %s: validate takes at most one directory", termsafe.Quote(args[1]))
			}
			return nil
		},
		ValidArgsFunction: func(c *cobra.Command, args []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return dirs(c, args, typed)
		},
		RunE: func(_ *cobra.Command, args []string) error {
			p.cfg.Command = Validate
			if len(args) == 0 {
				return nil
			}
			p.cfg.Dir = args[0]
			return checkDir("validate", p.cfg.Dir)
		},
	}
}

// Loader loads the dataset in a directory, or the embedded one for "".
type Loader func(dir string) (model.Dataset, error)

// ValidateCmd checks the dataset of validate's operand, of --data, or the
// embedded one, and says so; a dataset with problems is an error that
// lists them all.
func ValidateCmd(w io.Writer, load Loader, embedded string, cfg Config) error {
	dir := cfg.Dir
	if dir == "" {
		dir = cfg.DataDir
	}
	ds, err := load(dir)
	if err != nil {
		return err
	}
	shown := termsafe.Name(dir)
	if dir == "" {
		shown = embedded + " (embedded)"
	}
	_, err = fmt.Fprintf(w, "%s: valid: %s and %d partner cities\n", shown, ds.Home.ID, len(ds.Partners))
	return err
}
