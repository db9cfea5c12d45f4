package cli

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestParse(t *testing.T) {
	noEnv := env(nil)
	dir := t.TempDir()
	cases := []struct {
		args []string
		want Config
	}{
		{nil, Config{Command: Browse}},
		{[]string{"list"}, Config{Command: List}},
		{[]string{"list", "--format", "json"}, Config{Command: List, Format: "json"}},
		{[]string{"list", "кмет", "--format", "json"}, Config{Command: List, Query: "кмет", Format: "json"}},
		{[]string{"list", "France", "1961"}, Config{Command: List, Query: "France 1961"}},
		{[]string{"--format=csv", "list"}, Config{Command: List, Format: "csv"}},
		{[]string{"--format", "csv", "list"}, Config{Command: List, Format: "csv"}},
		{[]string{"show", "sent", "uan"}, Config{Command: Show, Query: "sent uan"}},
		{[]string{"--lang", "bg", "show", "гюргево", "--format", "json"}, Config{Command: Show, Query: "гюргево", Format: "json", Lang: model.BG}},
		{[]string{"show", "--", "--odd"}, Config{Command: Show, Query: "--odd"}},
		{[]string{"show", "--", "trogir", "-x"}, Config{Command: Show, Query: "trogir -x"}},
		{[]string{"validate"}, Config{Command: Validate}},
		{[]string{"validate", dir}, Config{Command: Validate, Dir: dir}},
		{[]string{"--data", dir, "validate"}, Config{Command: Validate, DataDir: dir}},
		{[]string{"list", "--data=" + dir}, Config{Command: List, DataDir: dir}},
		{[]string{"--kiosk", "--idle", "5s", "--exit-key", "f12", "--attract", "1s", "--log", "k.log"},
			Config{Command: Browse, Kiosk: true, Idle: 5 * time.Second, Exit: kiosk.Chord{"f12"}, Attract: time.Second, LogFile: "k.log"}},
		{[]string{"--kiosk", "--exit-key", "ctrl+x ctrl+i"}, Config{Command: Browse, Kiosk: true, Exit: kiosk.Chord{"ctrl+x", "tab"}}},
		{[]string{"--kiosk", "--idle=2m"}, Config{Command: Browse, Kiosk: true, Idle: 2 * time.Minute}},
		{[]string{"--data", dir, "--watch"}, Config{Command: Browse, DataDir: dir, Watch: true}},
		{[]string{"--no-mouse"}, Config{Command: Browse, NoMouse: true}},
		{[]string{"--kiosk", "--no-mouse"}, Config{Command: Browse, Kiosk: true, NoMouse: true}},
		{[]string{"--watch", "--kiosk", "--data=" + dir}, Config{Command: Browse, Kiosk: true, DataDir: dir, Watch: true}},
		{[]string{"--theme", "light"}, Config{Command: Browse, Theme: "light"}},
		{[]string{"--version"}, Config{Command: Version}},
		{[]string{"--help"}, Config{Command: Help}},
		{[]string{"-h"}, Config{Command: Help}},
		{[]string{"list", "-h"}, Config{Command: List, Topic: "list"}},
		{[]string{"-h", "show"}, Config{Command: Show, Topic: "show"}},
		{[]string{"show", "--help", "--format", "json"}, Config{Command: Show, Topic: "show", Format: "json"}},
		{[]string{"help"}, Config{Command: Help}},
		{[]string{"help", "validate"}, Config{Command: Help, Topic: "validate"}},
		{[]string{"completion", "bash"}, Config{Command: Completion, Shell: "bash"}},
		{[]string{"completion", "zsh"}, Config{Command: Completion, Shell: "zsh"}},
		{[]string{"completion", "fish"}, Config{Command: Completion, Shell: "fish"}},
		{[]string{"__complete", "show", "tr"}, Config{Command: Complete, Line: []string{"__complete", "show", "tr"}}},
		{[]string{"__completeNoDesc", "--lang", ""}, Config{Command: Complete, Line: []string{"__completeNoDesc", "--lang", ""}}},
		{[]string{"serve", "--listen", ":2222", "--host-key", "/k"},
			Config{Command: Serve, Server: ServeFlags{Listen: ":2222", HostKey: "/k", MaxSessions: 200, MaxPerIP: 10, SessionTime: 2 * time.Hour, Idle: 15 * time.Minute}}},
		// serve's --idle ends a session (0: never); the kiosk's own idle
		// time keeps its default.
		{[]string{"serve", "--kiosk", "--idle", "0", "--listen", "127.0.0.1:22", "--host-key", "k", "--max-sessions", "5",
			"--max-per-ip", "2", "--session-time", "0", "--authorized-keys", "a", "--attract", "20s", "--exit-key", "f12",
			"--theme", "light", "--log", "s.log", "--lang", "bg"},
			Config{Command: Serve, Kiosk: true, Attract: 20 * time.Second, Exit: kiosk.Chord{"f12"}, Theme: "light", LogFile: "s.log", Lang: model.BG,
				Server: ServeFlags{Listen: "127.0.0.1:22", HostKey: "k", AuthorizedKeys: "a", MaxSessions: 5, MaxPerIP: 2}}},
	}
	for _, c := range cases {
		got, err := Parse(c.args, noEnv)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.args, err)
			continue
		}
		want := c.want
		if want.Topic != "" && want.Command != Help {
			// The help flag asks for the command's help.
			want.Command = Help
		}
		if want.Command != Complete {
			want = withDefaults(want)
		}
		if !slices.Contains(c.args, "bg") {
			// English, where no case asks for Bulgarian (model.BG is
			// Lang's zero value).
			want.Lang = model.EN
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", c.args, got, want)
		}
	}
}

// withDefaults fills the fields a test case leaves out with the
// defaults.
func withDefaults(c Config) Config {
	d := defaults()
	if c.Theme == "" {
		c.Theme = d.Theme
	}
	if c.Idle == 0 {
		c.Idle = d.Idle
	}
	if c.Exit == nil {
		c.Exit = d.Exit
	}
	if c.Server == (ServeFlags{}) {
		c.Server = d.Server
	}
	return c
}

func TestDefaultExitKey(t *testing.T) {
	c, err := kiosk.ParseChord(DefaultExitKey)
	if err != nil || !slices.Equal(c, defaults().Exit) {
		t.Errorf("DefaultExitKey %q parses as %v (%v), the default is %v", DefaultExitKey, c, err, defaults().Exit)
	}
}

// TestParseErrors gives every message of the command line, exactly.
func TestParseErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "x.yaml")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	const (
		browserFlags = "--theme, --no-mouse, --watch, --kiosk, --idle, --exit-key, --attract, --log, --version, --lang, --data and --help"
		visitor      = "a visitor could press this by chance; add a ctrl, alt or function key that the kiosk does not use, such as ctrl+x ctrl+q or f12"
	)
	for _, c := range []struct {
		args []string
		want string
	}{
		// Commands and operands.
		{[]string{"lsit"}, `unknown command "lsit": did you mean list?`},
		{[]string{"trogir"}, `unknown command "trogir": use completion, list, map, serve, show, timeline or validate`},
		{[]string{"\x1b]0;t\a"}, `unknown command "\x1b]0;t\a": use completion, list, map, serve, show, timeline or validate`},
		{[]string{"show"}, "show needs a query: ruse-twins show QUERY"},
		{[]string{"show", "  "}, "show needs a query: ruse-twins show QUERY"},
		{[]string{"validate", "a", "b"}, `unexpected "b": validate takes at most one directory`},
		{[]string{"validate", "/no/such/dir"}, `validate "/no/such/dir": no such directory`},
		{[]string{"validate", file}, `validate "` + file + `": a file, not a directory of .yaml files`},
		{[]string{"completion"}, "completion needs a shell: bash, zsh or fish"},
		{[]string{"completion", "pwsh"}, `unknown shell "pwsh": use bash, zsh or fish`},
		{[]string{"completion", "bash", "zsh"}, `unexpected "zsh": completion takes one shell`},
		{[]string{"help", "bogus"}, `no help for "bogus": use completion, list, map, serve, show, timeline or validate`},
		{[]string{"help", "list", "show"}, `unexpected "show": help takes one command`},
		{[]string{"--version", "extra"}, `unexpected "extra": --version takes nothing else`},
		// Unknown flags, flags of other commands, slips.
		{[]string{"--bogus"}, `unknown flag "--bogus": the browser takes ` + browserFlags},
		{[]string{"list", "--bogus"}, `unknown flag "--bogus": list takes --format, --sort, --lang, --data and --help`},
		{[]string{"-x"}, `unknown flag "-x": the browser takes ` + browserFlags},
		{[]string{"---x"}, `unknown flag "---x": the browser takes ` + browserFlags},
		{[]string{"-idle", "5s"}, `unknown flag "-idle": did you mean --idle?`},
		{[]string{"list", "--formt", "json"}, `unknown flag "--formt": did you mean --format?`},
		{[]string{"--kiosk", "--exitkey", "f12"}, `unknown flag "--exitkey": did you mean --exit-key?`},
		{[]string{"show", "trogir", "-\x1b]52;c;SGk=\a"}, `unknown flag "-\x1b]52;c;SGk=\a": show takes --format, --lang, --data and --help`},
		{[]string{"--format", "json"}, "--format applies to list and show, not to the browser"},
		{[]string{"validate", "--format", "json"}, "--format applies to list and show, not to validate"},
		{[]string{"list", "--theme", "dark"}, "--theme applies to the browser and serve, not to list"},
		{[]string{"--kiosk", "list"}, "--kiosk applies to the browser and serve, not to list"},
		{[]string{"list", "-idle", "5s"}, "--idle applies to the browser and serve, not to list"},
		{[]string{"--version", "list"}, "--version applies to ruse-twins alone, not to list"},
		// Values.
		{[]string{"--lang", "fr"}, `--lang "fr": use bg or en`},
		{[]string{"--lang"}, "--lang needs a value: bg or en"},
		{[]string{"list", "--format", "markdown"}, `--format "markdown": use text, json or csv`},
		{[]string{"show", "x", "--format", "csv"}, `--format "csv": use text, markdown or json`},
		{[]string{"list", "--format"}, "--format needs a value: text, json or csv"},
		{[]string{"--theme", "pink"}, `--theme "pink": use auto, dark or light`},
		{[]string{"--theme=\u202eevil"}, `--theme "\u202eevil": use auto, dark or light`},
		{[]string{"--kiosk=yes"}, `--kiosk "yes": use true or false`},
		{[]string{"--data", "/no/such/dir"}, `--data "/no/such/dir": no such directory`},
		{[]string{"--data", "/no/\x1b[2J"}, `--data "/no/\x1b[2J": no such directory`},
		{[]string{"list", "--data", file}, `--data "` + file + `": a file, not a directory of .yaml files`},
		{[]string{"--data=", "list"}, "--data needs a value: a directory"},
		{[]string{"list", "--data"}, "--data needs a value: a directory"},
		{[]string{"--kiosk", "--log"}, "--log needs a value: a file"},
		// Durations and their bounds.
		{[]string{"--kiosk", "--idle", "abc"}, `--idle "abc": use a duration of 5s or more, such as 90s or 2m`},
		{[]string{"--kiosk", "--idle", "90"}, `--idle "90": use a duration of 5s or more, such as 90s or 2m`},
		{[]string{"--kiosk", "--idle", "0s"}, `--idle "0s": use a duration of 5s or more, such as 90s or 2m`},
		{[]string{"--kiosk", "--idle", "4.9s"}, `--idle "4.9s": use a duration of 5s or more, such as 90s or 2m`},
		{[]string{"--kiosk", "--idle", "-1m"}, `--idle "-1m": use a duration of 5s or more, such as 90s or 2m`},
		{[]string{"--kiosk", "--idle"}, "--idle needs a value: a duration of 5s or more, such as 90s or 2m"},
		{[]string{"--kiosk", "--attract", "1ns"}, `--attract "1ns": use a duration of 1s or more, such as 20s`},
		{[]string{"--kiosk", "--attract", "0"}, `--attract "0": use a duration of 1s or more, such as 20s`},
		// The exit chord.
		{[]string{"--kiosk", "--exit-key", ""}, `--exit-key "": give at least one key, such as ctrl+x ctrl+q or f12`},
		{[]string{"--kiosk", "--exit-key", "ctrl+x ctlr+q"}, `--exit-key "ctrl+x ctlr+q": unknown key "ctlr+q"; use names such as ctrl+x, alt+q, f12`},
		{[]string{"--kiosk", "--exit-key", "F12"}, `--exit-key "F12": unknown key "F12"; key names are in lower case: f12`},
		{[]string{"--kiosk", "--exit-key", "enter"}, `--exit-key "enter": ` + visitor},
		{[]string{"--kiosk", "--exit-key", "a enter"}, `--exit-key "a enter": ` + visitor},
		{[]string{"--kiosk", "--exit-key", "ctrl+c"}, `--exit-key "ctrl+c": ` + visitor},
		// The kiosk's flags need the kiosk.
		{[]string{"--idle", "90s"}, "--idle applies to the kiosk: add --kiosk"},
		{[]string{"--attract", "20s"}, "--attract applies to the kiosk: add --kiosk"},
		{[]string{"--exit-key", "f12"}, "--exit-key applies to the kiosk: add --kiosk"},
		{[]string{"--log", "k.log"}, "--log applies to the kiosk: add --kiosk"},
		// serve.
		{[]string{"serve"}, "serve needs --listen ADDR, such as :2222 or 127.0.0.1:2222"},
		{[]string{"serve", "--listen", ":2222"}, "serve needs --host-key FILE: the server's key, made there on the first start"},
		{[]string{"serve", "--listen", ":2222", "--host-key", "k", "x"}, `unexpected "x": serve takes no operands`},
		{[]string{"serve", "--max-sessions", "0"}, `--max-sessions "0": use 1 to 100000 sessions`},
		{[]string{"serve", "--idle", "1s"}, `--idle "1s": use 0 for no limit, or a duration of 5s or more, such as 15m`},
		{[]string{"serve", "--session-time", "soon"}, `--session-time "soon": use 0 for no limit, or a duration of 10s or more, such as 2h`},
		{[]string{"serve", "--listen", ":2222", "--host-key", "k", "--attract", "20s"}, "--attract applies to the kiosk: add --kiosk"},
		{[]string{"serve", "--kiosk", "--exit-key", "q"}, `--exit-key "q": ` + visitor},
		{[]string{"list", "--listen", ":2222"}, "--listen applies to serve, not to list"},
		// --watch watches the dataset of --data, in the browser.
		{[]string{"--watch"}, "--watch needs --data DIR: the embedded dataset never changes"},
		{[]string{"--kiosk", "--watch"}, "--watch needs --data DIR: the embedded dataset never changes"},
		{[]string{"--theme", "dark", "--log", "k.log", "--idle", "1m"}, "--log applies to the kiosk: add --kiosk"},
	} {
		_, err := Parse(c.args, env(nil))
		var ue UsageError
		switch {
		case !errors.As(err, &ue):
			t.Errorf("Parse(%q) = %v, want a UsageError", c.args, err)
		case ue.Msg != c.want:
			t.Errorf("Parse(%q)\n got %s\nwant %s", c.args, ue.Msg, c.want)
		}
	}
}

// TestFlagsBeforeOrAfterTheCommand checks every flag of every command,
// with a value it takes, written before the command and after it: the
// two parse alike.
func TestFlagsBeforeOrAfterTheCommand(t *testing.T) {
	dir := t.TempDir()
	values := map[string]string{
		"lang": "bg", "data": dir, "theme": "dark", "idle": "1m", "exit-key": "f12",
		"attract": "20s", "log": "k.log", "format": "json",
		"sort": "year", "width": "100", "height": "30",
		"listen": "127.0.0.1:2222", "host-key": "/k", "authorized-keys": "/a", "max-sessions": "5",
		"max-per-ip": "2", "session-time": "1h",
	}
	d := defaults()
	root := newParser(&d).tree()
	checked := 0
	walk(root, func(c *cobra.Command) {
		if !c.HasParent() || c.Name() == "help" {
			return
		}
		operands := map[string][]string{"show": {"trogir"}, "completion": {"bash"},
			// serve's required flags, and the kiosk its kiosk's flags need.
			"serve": {"--listen", values["listen"], "--host-key", values["host-key"], "--kiosk"}}[c.Name()]
		c.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
			v, ok := values[f.Name]
			if !ok && f.Value.Type() != "bool" {
				t.Errorf("%s --%s: no value to try it with", c.Name(), f.Name)
				return
			}
			flag := []string{"--" + f.Name}
			if ok {
				flag = append(flag, v)
			}
			after, err := Parse(append(append([]string{c.Name()}, operands...), flag...), env(nil))
			if err != nil {
				t.Errorf("%s after: %v", flag, err)
				return
			}
			before, err := Parse(append(append(flag, c.Name()), operands...), env(nil))
			if err != nil || !reflect.DeepEqual(before, after) {
				t.Errorf("%s %s: before the command %+v (%v), after it %+v", flag, c.Name(), before, err, after)
			}
			checked++
		})
	})
	for _, name := range []string{"lang", "data"} {
		flag := []string{"--" + name, values[name]}
		after, _ := Parse(append([]string{"list"}, flag...), env(nil))
		before, err := Parse(append(flag, "list"), env(nil))
		if err != nil || !reflect.DeepEqual(before, after) {
			t.Errorf("%s list: before %+v (%v), after %+v", flag, before, err, after)
		}
	}
	if checked < 2 {
		t.Errorf("only %d flags of the commands checked", checked)
	}
}

func TestLanguageFromEnvironment(t *testing.T) {
	cases := []struct {
		vars map[string]string
		want model.Lang
	}{
		{nil, model.EN},
		{map[string]string{"LANG": "bg_BG.UTF-8"}, model.BG},
		{map[string]string{"LANG": "en_GB.UTF-8"}, model.EN},
		{map[string]string{"LANG": "bg_BG.UTF-8", "LC_ALL": "C"}, model.EN},
		{map[string]string{"LANG": "C", "LC_ALL": "bg_BG.UTF-8"}, model.BG},
	}
	for _, c := range cases {
		cfg, err := Parse(nil, env(c.vars))
		if err != nil || cfg.Lang != c.want {
			t.Errorf("env %v: lang %v (%v), want %v", c.vars, cfg.Lang, err, c.want)
		}
	}
	cfg, _ := Parse([]string{"--lang", "en"}, env(map[string]string{"LANG": "bg_BG"}))
	if cfg.Lang != model.EN {
		t.Errorf("--lang en did not override LANG=bg_BG")
	}
}

// TestHelp checks the help of the app and of each command: what each
// must tell, and that it fits a terminal of 80 columns.
func TestHelp(t *testing.T) {
	for topic, want := range map[string][]string{
		"":           {"Usage:\n  ruse-twins [flags]\n  ruse-twins COMMAND [flags]", "--lang bg|en", "--theme auto|dark|light", "--idle D", "(default 90s)", "--exit-key KEYS", "(default\n", "ctrl+x ctrl+q)", "--log FILE", "--data DIR", "Exit status: 0", "list ", "show ", "validate ", "completion "},
		"list":       {"ruse-twins list [QUERY] [flags]", "--format text|json|csv", "(default text)", "--lang bg|en", "France 1961"},
		"show":       {"ruse-twins show QUERY [flags]", "--format text|markdown|json", "any script"},
		"validate":   {"ruse-twins validate [DIR] [flags]", "file:line: message"},
		"completion": {"ruse-twins completion bash|zsh|fish", "~/.config/fish/completions/ruse-twins.fish"},
	} {
		var b strings.Builder
		if err := HelpCmd(&b, Config{Command: Help, Topic: topic}); err != nil {
			t.Fatal(err)
		}
		got := b.String()
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("help %q lacks %q:\n%s", topic, w, got)
			}
		}
		for _, line := range strings.Split(got, "\n") {
			if n := len([]rune(line)); n > 80 {
				t.Errorf("help %q: a line of %d columns: %q", topic, n, line)
			}
		}
		if strings.Contains(got, "(default 0s)") || strings.Contains(got, "(default en)") {
			t.Errorf("help %q shows a default that is none:\n%s", topic, got)
		}
	}
}
