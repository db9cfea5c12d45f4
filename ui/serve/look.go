package serve

import (
	"strings"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/ui"
)

// acceptedEnv are the variables a client may send (ssh's SendEnv): its
// language and what its colours are. Any other is refused, as sshd's
// AcceptEnv does, and none reaches anything but the look and the language.
var acceptedEnv = map[string]bool{
	"LANG": true, "LC_ALL": true, "LC_MESSAGES": true,
	"NO_COLOR": true, "COLORTERM": true, "COLORFGBG": true,
}

// Bounds on what a client's environment may hold.
const (
	maxEnv      = 16  // variables a session may send
	maxEnvValue = 256 // bytes of one variable's value
)

// env is a session's environment as its client sent it, with TERM from
// its pseudo-terminal request. It is a termenv.Environ.
type env map[string]string

// sessionEnv reads "NAME=value" pairs and the terminal's name.
func sessionEnv(vars []string, term string) env {
	e := env{}
	for _, kv := range vars {
		if k, v, ok := strings.Cut(kv, "="); ok && acceptedEnv[k] {
			e[k] = v
		}
	}
	if term != "" {
		e["TERM"] = term
	}
	return e
}

// Getenv implements termenv.Environ.
func (e env) Getenv(k string) string { return e[k] }

// Environ implements termenv.Environ.
func (e env) Environ() []string {
	out := make([]string, 0, len(e))
	for k, v := range e {
		out = append(out, k+"="+v)
	}
	return out
}

// lookOf is how a session's terminal draws, by the rules a local terminal
// is settled by (ui.SettleRemote), from what its client sent: TERM,
// COLORTERM, NO_COLOR and COLORFGBG; the terminal itself is never asked,
// since its answer would arrive as input.
func lookOf(e env, theme string) ui.Look { return ui.SettleRemote(theme, e.Getenv) }

// langOf is a session's language: from the client's locale when it sent
// one (LC_ALL, LC_MESSAGES, LANG, in that order; bg… is Bulgarian, any
// other English), else fallback, the server's --lang.
func langOf(e env, fallback model.Lang) model.Lang {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := e[k]; v != "" {
			if strings.HasPrefix(strings.ToLower(v), "bg") {
				return model.BG
			}
			return model.EN
		}
	}
	return fallback
}

// getenv is the environment a command run over ssh sees: the client's,
// with the server's language as LANG when the client sent no locale, so
// that the command's own default follows the same rule as the browser.
func (e env) getenv(fallback model.Lang) func(string) string {
	return func(k string) string {
		if k == "LANG" && e["LC_ALL"] == "" && e["LC_MESSAGES"] == "" && e["LANG"] == "" {
			return langOf(e, fallback).Code()
		}
		return e[k]
	}
}
