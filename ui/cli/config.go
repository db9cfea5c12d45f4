// Package cli is the non-interactive face of the app: parsing the command
// line into a Config, and the list, show and validate commands, whose output
// is meant for people and for pipes alike.
package cli

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// Command is what the user asked the app to do.
type Command string

// The commands. Browse is the bare command: the interactive browser.
const (
	Browse   Command = ""
	List     Command = "list"
	Show     Command = "show"
	Validate Command = "validate"
	Serve    Command = "serve"
	Help     Command = "help"
	Version  Command = "version"
)

// Config is the parsed command line.
type Config struct {
	Command Command
	Query   string // show: the words after the command, joined by spaces
	Dir     string // validate: the directory to check; "" for --data or the embedded data
	Lang    model.Lang
	DataDir string // --data: a dataset directory instead of the embedded one
	Format  string // --format; "" for the command's default
	Theme   string // --theme: auto, dark or light
	Kiosk   bool
	Idle    time.Duration
	ExitKey string
	Exit    kiosk.Chord // ExitKey, parsed, for the browser
	Attract time.Duration
	LogFile string
	Server  ServeFlags // serve's own flags
}

// ServeFlags are the choices of the serve command: where it listens, its
// host key, who may connect, and its limits (0 durations for none).
type ServeFlags struct {
	Listen         string        // --listen ADDR
	HostKey        string        // --host-key PATH
	AuthorizedKeys string        // --authorized-keys FILE; "" for anyone
	MaxSessions    int           // --max-sessions N
	MaxPerIP       int           // --max-per-ip N
	SessionTime    time.Duration // --session-time D
	Idle           time.Duration // --idle D: a session without input ends
}

// Serve's defaults. Its --idle ends a session, where the kiosk's returns
// home, so it has a default of its own.
var defaultServe = ServeFlags{MaxSessions: 200, MaxPerIP: 10, SessionTime: 2 * time.Hour, Idle: 15 * time.Minute}

// UsageError is a mistake on the command line; it exits with status 2.
type UsageError struct{ Msg string }

func (e UsageError) Error() string { return e.Msg }

// formats lists the output formats of each command, the default first.
var formats = map[Command][]string{
	List: {"text", "json", "csv"},
	Show: {"text", "markdown", "json"},
}

// DefaultExitKey is the operator's way out of kiosk mode: a chord no visitor
// types by accident.
const DefaultExitKey = "ctrl+x ctrl+q"

// Parse reads the arguments (without the program name). Flags may come
// before or after the command. getenv supplies LANG and LC_ALL for the
// default language.
func Parse(args []string, getenv func(string) string) (Config, error) {
	cfg := Config{Lang: langFromEnv(getenv), Theme: "auto", Idle: 90 * time.Second, ExitKey: DefaultExitKey, Server: defaultServe}
	fs := newFlagSet(&cfg)
	var lang string
	fs.StringVar(&lang, "lang", "", "")
	var help, version bool
	fs.BoolVar(&help, "help", false, "")
	fs.BoolVar(&help, "h", false, "")
	fs.BoolVar(&version, "version", false, "")
	var words []string
	for {
		if err := fs.Parse(args); err != nil {
			return cfg, UsageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		words, args = append(words, args[0]), args[1:]
	}
	if len(words) > 0 && words[0] == string(Serve) {
		cfg.serveIdle(fs)
	}
	if lang != "" {
		l, ok := model.ParseLang(lang)
		if !ok {
			return cfg, UsageError{fmt.Sprintf("--lang %q: use bg or en", lang)}
		}
		cfg.Lang = l
	}
	switch {
	case help:
		cfg.Command = Help
		return cfg, nil
	case version:
		cfg.Command = Version
		return cfg, nil
	}
	return cfg, cfg.setCommand(words)
}

func newFlagSet(cfg *Config) *flag.FlagSet {
	fs := flag.NewFlagSet("ruse-twins", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.DataDir, "data", "", "")
	fs.StringVar(&cfg.Format, "format", "", "")
	fs.StringVar(&cfg.Theme, "theme", cfg.Theme, "")
	fs.BoolVar(&cfg.Kiosk, "kiosk", false, "")
	fs.DurationVar(&cfg.Idle, "idle", cfg.Idle, "")
	fs.StringVar(&cfg.ExitKey, "exit-key", cfg.ExitKey, "")
	fs.DurationVar(&cfg.Attract, "attract", 0, "")
	fs.StringVar(&cfg.LogFile, "log", "", "")
	fs.StringVar(&cfg.Server.Listen, "listen", "", "")
	fs.StringVar(&cfg.Server.HostKey, "host-key", "", "")
	fs.StringVar(&cfg.Server.AuthorizedKeys, "authorized-keys", "", "")
	fs.IntVar(&cfg.Server.MaxSessions, "max-sessions", cfg.Server.MaxSessions, "")
	fs.IntVar(&cfg.Server.MaxPerIP, "max-per-ip", cfg.Server.MaxPerIP, "")
	fs.DurationVar(&cfg.Server.SessionTime, "session-time", cfg.Server.SessionTime, "")
	return fs
}

// serveIdle moves --idle, when given to serve, to the session's idle
// limit, and leaves the kiosk's own idle time at its default.
func (cfg *Config) serveIdle(fs *flag.FlagSet) {
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "idle" {
			cfg.Server.Idle, cfg.Idle = cfg.Idle, 90*time.Second
		}
	})
}

// checkServe checks serve's flags.
func (cfg *Config) checkServe() error {
	sf := cfg.Server
	switch {
	case sf.Listen == "":
		return UsageError{"serve needs --listen ADDR, such as :2222 or 127.0.0.1:2222"}
	case sf.HostKey == "":
		return UsageError{"serve needs --host-key PATH: the server's key, made there on the first start"}
	case sf.MaxSessions < 1 || sf.MaxPerIP < 1:
		return UsageError{"--max-sessions and --max-per-ip must be at least 1"}
	case sf.SessionTime != 0 && sf.SessionTime < 10*time.Second:
		return UsageError{"--session-time must be 0 (no limit) or at least 10s"}
	case sf.Idle != 0 && sf.Idle < 5*time.Second:
		return UsageError{"--idle must be 0 (no limit) or at least 5s"}
	}
	return nil
}

// setCommand takes the command and its operands from the words left after
// the flags, and checks the flags that depend on the command.
func (cfg *Config) setCommand(words []string) error {
	if len(words) > 0 {
		cfg.Command, words = Command(words[0]), words[1:]
	}
	switch cfg.Command {
	case Browse, List, Serve:
		if len(words) > 0 {
			return UsageError{fmt.Sprintf("unexpected %q: %s takes no operands", words[0], cfg.name())}
		}
	case Show:
		cfg.Query = strings.TrimSpace(strings.Join(words, " "))
		if cfg.Query == "" {
			return UsageError{"show needs a query: ruse-twins show QUERY"}
		}
	case Validate:
		if len(words) > 1 {
			return UsageError{"validate takes at most one directory"}
		}
		if len(words) == 1 {
			cfg.Dir = words[0]
		}
	case Help, Version:
	default:
		return UsageError{fmt.Sprintf("unknown command %q: use list, show, validate or serve (or --help)", cfg.Command)}
	}
	return cfg.checkFlags()
}

func (cfg *Config) checkFlags() error {
	if cfg.Format != "" {
		allowed, ok := formats[cfg.Command]
		if !ok {
			return UsageError{fmt.Sprintf("--format applies to list and show, not to %s", cfg.name())}
		}
		if !slices.Contains(allowed, cfg.Format) {
			return UsageError{fmt.Sprintf("--format %q: %s can print %s", cfg.Format, cfg.name(), strings.Join(allowed, ", "))}
		}
	}
	if !slices.Contains([]string{"auto", "dark", "light"}, cfg.Theme) {
		return UsageError{fmt.Sprintf("--theme %q: use auto, dark or light", cfg.Theme)}
	}
	if cfg.Idle <= 0 {
		return UsageError{"--idle must be a positive duration such as 90s or 2m"}
	}
	if cfg.Attract < 0 {
		return UsageError{"--attract must be a positive duration such as 10s"}
	}
	if cfg.Command == Serve {
		if err := cfg.checkServe(); err != nil {
			return err
		}
	}
	if cfg.Command == Browse || cfg.Command == Serve {
		exit, err := kiosk.ParseChord(cfg.ExitKey)
		if err != nil {
			return UsageError{"--exit-key " + err.Error()}
		}
		cfg.Exit = exit
	}
	return nil
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

func (cfg Config) name() string {
	if cfg.Command == Browse {
		return "the browser"
	}
	return string(cfg.Command)
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
