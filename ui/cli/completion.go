package cli

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// shells are the shells whose completion the app writes.
func shells() []string { return []string{"bash", "zsh", "fish"} }

// completion is the completion command: a shell's completion script.
func (p *parser) completion() *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish",
		Short: "Print the completion script of bash, zsh or fish",
		Long: `Print the completion script of a shell, which completes the commands,
the flags, their values and the cities' ids. To have it in every new shell:

  bash:  ruse-twins completion bash \
           > ~/.local/share/bash-completion/completions/ruse-twins
  zsh:   ruse-twins completion zsh > ~/.zfunc/_ruse-twins
           (and fpath=(~/.zfunc $fpath) in ~/.zshrc, before compinit)
  fish:  ruse-twins completion fish \
           > ~/.config/fish/completions/ruse-twins.fish

or in this shell only: source <(ruse-twins completion bash) (or zsh), or
ruse-twins completion fish | source.`,
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case len(args) == 0:
				return usagef("completion needs a shell: %s", orList(shells()))
			case len(args) > 1:
				return usagef("unexpected %s: completion takes one shell", termsafe.Quote(args[1]))
			case !strings.Contains(" "+strings.Join(shells(), " ")+" ", " "+args[0]+" "):
				return usagef("unknown shell %s: use %s", termsafe.Quote(args[0]), orList(shells()))
			}
			return nil
		},
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return shells(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(_ *cobra.Command, args []string) error {
			p.cfg.Command, p.cfg.Shell = Completion, args[0]
			return nil
		},
	}
}

// CompletionCmd prints the completion script of cfg.Shell. The script
// asks the app itself, at each TAB, what may follow (see CompleteCmd).
func CompletionCmd(w io.Writer, cfg Config) error {
	d := defaults()
	root := newParser(&d).tree()
	switch cfg.Shell {
	case "zsh":
		return root.GenZshCompletion(w)
	case "fish":
		return root.GenFishCompletion(w, true)
	}
	return root.GenBashCompletionV2(w, true)
}

// CompleteCmd answers the shell's question at a TAB: what may follow the
// command line cfg.Line, one completion a line (with a description after
// a tab), and how to complete (cobra's protocol). The cities' ids come
// from the dataset of --data, or the embedded one, as load gives it.
func CompleteCmd(w io.Writer, cfg Config, load Loader) error {
	d := defaults()
	d.Lang = cfg.Lang
	p := newParser(&d)
	p.load = load
	_, err := execute(p.tree(), cfg.Line, w)
	return err
}

// cityIDs completes show's first operand with the ids of the cities,
// each described by its name and country.
func (p *parser) cityIDs(_ *cobra.Command, args []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 || p.load == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	ds, err := p.load(p.cfg.DataDir)
	if err != nil {
		// A shell has nowhere to show the error; validate tells it.
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var ids []cobra.Completion
	l := p.cfg.Lang
	for _, c := range ds.Partners {
		if strings.HasPrefix(c.ID, strings.ToLower(typed)) {
			ids = append(ids, cobra.CompletionWithDesc(c.ID, oneLine(c.Name.In(l)+", "+c.Country.Name.In(l))))
		}
	}
	return ids, cobra.ShellCompDirectiveNoFileComp
}

// oneLine is text from data as a completion's description: safe, and on
// one line, since the protocol is a line for each completion.
func oneLine(s string) string { return strings.Join(strings.Fields(termsafe.Text(s)), " ") }
