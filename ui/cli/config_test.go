package cli

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestParse(t *testing.T) {
	noEnv := env(nil)
	cases := []struct {
		args []string
		want Config
	}{
		{nil, Config{Lang: model.EN, Command: Browse}},
		{[]string{"list"}, Config{Lang: model.EN, Command: List}},
		{[]string{"list", "--format", "json"}, Config{Lang: model.EN, Command: List, Format: "json"}},
		{[]string{"--format=csv", "list"}, Config{Lang: model.EN, Command: List, Format: "csv"}},
		{[]string{"show", "sent", "uan"}, Config{Lang: model.EN, Command: Show, Query: "sent uan"}},
		{[]string{"--lang", "bg", "show", "гюргево", "--format", "json"}, Config{Command: Show, Query: "гюргево", Format: "json", Lang: model.BG}},
		{[]string{"show", "--", "--odd"}, Config{Lang: model.EN, Command: Show, Query: "--odd"}},
		{[]string{"validate"}, Config{Lang: model.EN, Command: Validate}},
		{[]string{"validate", "some/dir"}, Config{Lang: model.EN, Command: Validate, Dir: "some/dir"}},
		{[]string{"--data", "d", "validate"}, Config{Lang: model.EN, Command: Validate, DataDir: "d"}},
		{[]string{"--kiosk", "--idle", "5s", "--exit-key", "f12", "--attract", "10s", "--log", "k.log"},
			Config{Lang: model.EN, Command: Browse, Kiosk: true, Idle: 5 * time.Second, ExitKey: "f12", Attract: 10 * time.Second, LogFile: "k.log"}},
		{[]string{"--theme", "light"}, Config{Lang: model.EN, Command: Browse, Theme: "light"}},
		{[]string{"--version"}, Config{Lang: model.EN, Command: Version}},
		{[]string{"list", "-h"}, Config{Lang: model.EN, Command: Help}},
		{[]string{"serve", "--listen", ":2222", "--host-key", "/k"},
			Config{Lang: model.EN, Command: Serve, Server: ServeFlags{Listen: ":2222", HostKey: "/k", MaxSessions: 200, MaxPerIP: 10, SessionTime: 2 * time.Hour, Idle: 15 * time.Minute}}},
		// serve's --idle ends a session; the kiosk's own idle time keeps
		// its default.
		{[]string{"--kiosk", "--idle", "0", "serve", "--listen", "127.0.0.1:22", "--host-key", "k", "--max-sessions", "5",
			"--max-per-ip", "2", "--session-time", "0", "--authorized-keys", "a"},
			Config{Lang: model.EN, Command: Serve, Kiosk: true, Server: ServeFlags{Listen: "127.0.0.1:22", HostKey: "k", AuthorizedKeys: "a",
				MaxSessions: 5, MaxPerIP: 2}}},
	}
	for _, c := range cases {
		got, err := Parse(c.args, noEnv)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.args, err)
			continue
		}
		want := c.want
		if want.Theme == "" {
			want.Theme = "auto"
		}
		if want.Idle == 0 {
			want.Idle = 90 * time.Second
		}
		if want.ExitKey == "" {
			want.ExitKey = DefaultExitKey
		}
		if want.Server == (ServeFlags{}) {
			want.Server = defaultServe
		}
		if want.Command == Browse || want.Command == Serve {
			// The exit key, parsed, for the browser.
			want.Exit, _ = kiosk.ParseChord(want.ExitKey)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", c.args, got, want)
		}
	}
}

func TestParseUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"lsit"},
		{"list", "extra"},
		{"show"},
		{"show", "  "},
		{"validate", "a", "b"},
		{"--lang", "fr"},
		{"list", "--format", "markdown"},
		{"show", "x", "--format", "csv"},
		{"--format", "json"},
		{"--theme", "pink"},
		{"--idle", "0s"},
		{"--idle", "soon"},
		{"--no-such-flag"},
		{"serve"},
		{"serve", "--listen", ":2222"},
		{"serve", "--host-key", "k"},
		{"serve", "--listen", ":2222", "--host-key", "k", "extra"},
		{"serve", "--listen", ":2222", "--host-key", "k", "--max-sessions", "0"},
		{"serve", "--listen", ":2222", "--host-key", "k", "--max-per-ip", "-1"},
		{"serve", "--listen", ":2222", "--host-key", "k", "--idle", "1s"},
		{"serve", "--listen", ":2222", "--host-key", "k", "--session-time", "1s"},
		{"serve", "--listen", ":2222", "--host-key", "k", "--kiosk", "--exit-key", "q"},
	} {
		_, err := Parse(args, env(nil))
		var ue UsageError
		if !errors.As(err, &ue) {
			t.Errorf("Parse(%q) = %v, want a UsageError", args, err)
		}
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
