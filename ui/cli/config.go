// Package cli is the non-interactive face of the app: parsing the command
// line into a Config, and the list, show and validate commands, whose output
// is meant for people and for pipes alike, with the help, the version and
// the shells' completion.
//
// The command line is a tree of cobra commands (see tree.go), built by a
// function for each parse: a command is a file of its own that builds its
// cobra.Command and says how its operands and flags fill the Config; the
// browser's main acts on the Config once.
package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/order"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
)

// Command is what the user asked the app to do.
type Command string

// The commands. Browse is the bare command: the interactive browser.
// Complete is the shells' question at a TAB (cobra's hidden __complete).
const (
	Browse     Command = ""
	List       Command = "list"
	Show       Command = "show"
	Validate   Command = "validate"
	Map        Command = "map"
	Timeline   Command = "timeline"
	Completion Command = "completion"
	Serve      Command = "serve"
	Help       Command = "help"
	Version    Command = "version"
	Complete   Command = cobra.ShellCompRequestCmd
)

// Config is the parsed command line.
type Config struct {
	Command Command
	Query   string // list and show: the words after the command, joined by spaces
	Dir     string // validate: the directory to check; "" for --data or the embedded data
	Lang    model.Lang
	DataDir string // --data: a dataset directory instead of the embedded one
	Watch   bool   // --watch: show the dataset of --data again whenever its files change
	Format  string // --format; "" for the command's default
	Theme   string // --theme: auto, dark or light
	NoMouse bool   // --no-mouse: the terminal keeps the mouse, for its own selection of text
	Kiosk   bool
	Idle    time.Duration
	Exit    kiosk.Chord // --exit-key
	Attract time.Duration
	LogFile string
	Sort    order.By   // list: --sort; order.Dataset by default
	Width   int        // map, timeline: --width in columns; 0 for the terminal's
	Height  int        // map, timeline: --height in lines; 0 for the default
	Shell   string     // completion: bash, zsh or fish
	Topic   string     // help: the command asked about; "" for the app
	Line    []string   // complete: the command line the shell asks about
	Server  ServeFlags // serve: its own flags (serve.go)
}

// UsageError is a mistake on the command line; it exits with status 2.
type UsageError struct{ Msg string }

func (e UsageError) Error() string { return e.Msg }

// usagef is a UsageError with its message formatted as by fmt.Sprintf;
// whatever of the message came from outside must be quoted already (see
// termsafe.Quote).
func usagef(format string, a ...any) error { return UsageError{fmt.Sprintf(format, a...)} }

// formats lists the output formats of each command, the default first.
var formats = map[Command][]string{
	List: {"text", "json", "csv"},
	Show: {"text", "markdown", "json"},
}

// DefaultExitKey is the operator's way out of kiosk mode: a chord no visitor
// types by accident (see kiosk.ParseChord).
const DefaultExitKey = "ctrl+x ctrl+q"

// defaults returns the Config of a command line without flags, in English.
func defaults() Config {
	return Config{Lang: model.EN, Theme: "auto", Idle: 90 * time.Second, Exit: kiosk.Chord{"ctrl+x", "ctrl+q"}, Server: defaultServe}
}

// Parse reads the arguments (without the program name). Flags may come
// before or after the command. getenv supplies LANG and LC_ALL for the
// default language.
func Parse(args []string, getenv func(string) string) (Config, error) {
	cfg := defaults()
	cfg.Lang = langFromEnv(getenv)
	root := newParser(&cfg).tree()
	ran, err := execute(root, args, io.Discard)
	if ran != nil && ran.Name() == cobra.ShellCompRequestCmd {
		// The shell asks what may follow: answered by CompleteCmd, which
		// has the dataset for the names of the cities.
		return Config{Command: Complete, Lang: cfg.Lang, Line: args}, nil
	}
	return cfg, err
}

// execute runs the tree on the arguments, writing what cobra writes
// itself (only completions: the help is the app's) to out, and returns
// the command that ran. Every error is a UsageError.
func execute(root *cobra.Command, args []string, out io.Writer) (*cobra.Command, error) {
	// A nil slice would make cobra read os.Args.
	root.SetArgs(append([]string{}, args...))
	root.SetOut(out)
	root.SetErr(io.Discard)
	ran, err := root.ExecuteC()
	var ue UsageError
	if err != nil && !errors.As(err, &ue) {
		err = UsageError{termsafe.Text(err.Error())}
	}
	return ran, err
}

// FormatOrDefault returns the chosen format, or the command's default.
func (cfg Config) FormatOrDefault() string {
	if cfg.Format != "" {
		return cfg.Format
	}
	if f, ok := formats[cfg.Command]; ok {
		return f[0]
	}
	return ""
}

// langFromEnv picks Bulgarian when the locale says so, English otherwise.
func langFromEnv(getenv func(string) string) model.Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			if strings.HasPrefix(strings.ToLower(s), "bg") {
				return model.BG
			}
			return model.EN
		}
	}
	return model.EN
}
