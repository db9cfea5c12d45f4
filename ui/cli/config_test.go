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
		{[]string{"--data", "d", "--watch"}, Config{Lang: model.EN, Command: Browse, DataDir: "d", Watch: true}},
		{[]string{"--kiosk", "--watch", "--data=d"}, Config{Lang: model.EN, Command: Browse, Kiosk: true, DataDir: "d", Watch: true}},
		{[]string{"--version"}, Config{Lang: model.EN, Command: Version}},
		{[]string{"list", "-h"}, Config{Lang: model.EN, Command: Help}},
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
		if want.Command == Browse {
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
		{"--watch"},
		{"--data", "d", "--watch", "list"},
		{"--data", "d", "show", "x", "--watch"},
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
