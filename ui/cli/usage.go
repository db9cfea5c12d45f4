package cli

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// usageTemplate is cobra's usage template in the app's words, with the
// exit statuses under the browser's.
const usageTemplate = `Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} COMMAND [flags]

Commands:{{range .Commands}}{{if .IsAvailableCommand}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{.LocalFlags.FlagUsagesWrapped 80 | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Flags of every command:
{{.InheritedFlags.FlagUsagesWrapped 80 | trimTrailingWhitespaces}}{{end}}{{if not .HasParent}}

Exit status: 0 success, 1 a runtime failure or no single city found,
2 a usage error or an invalid dataset.

Run '{{.CommandPath}} COMMAND --help' for the flags of a command.{{end}}
`

// help is the help command: "ruse-twins help show" is "ruse-twins show
// --help".
func (p *parser) help() *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]",
		Short: "Print the help of the app, or of a command",
		Args: func(c *cobra.Command, args []string) error {
			root := c.Root()
			if len(args) > 1 {
				return usagef("unexpected %s: help takes one command", termsafe.Quote(args[1]))
			}
			if len(args) == 1 {
				if sub, _, err := root.Find(args); err != nil || sub == root {
					return usagef("no help for %s: use %s", termsafe.Quote(args[0]), orList(commandNames(root)))
				}
			}
			return nil
		},
		ValidArgsFunction: func(c *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return commandNames(c.Root()), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			p.cfg.Command, p.cfg.Topic = Help, strings.Join(args, " ")
			return nil
		},
	}
}

// HelpCmd prints the help of the command cfg.Topic names, or of the app.
func HelpCmd(w io.Writer, cfg Config) error {
	d := defaults()
	root := newParser(&d).tree()
	// Printed by cobra from the templates, rather than recorded.
	root.SetHelpFunc(nil)
	root.SetOut(w)
	c, _, err := root.Find(strings.Fields(cfg.Topic))
	if err != nil {
		return err
	}
	return c.Help()
}
