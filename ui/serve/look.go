package serve

import (
	"io"
	"strconv"
	"strings"

	"github.com/muesli/termenv"

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

// lookOf is how a session's terminal draws: its colours from TERM,
// COLORTERM and NO_COLOR as the client sent them, dark or light from theme
// (auto: the client's COLORFGBG when sent, else dark; the terminal itself
// is never asked, since its answer would arrive as input), and the Linux
// console's glyphs under TERM=linux.
func lookOf(e env, theme string) ui.Look {
	dark := true
	switch theme {
	case "light":
		dark = false
	case "auto":
		if d, ok := colorFGBG(e["COLORFGBG"]); ok {
			dark = d
		}
	}
	return ui.LookFor(profileOf(e), dark, e["TERM"] == "linux")
}

// profileOf is a session's colour profile: none under NO_COLOR, the
// console's 16 colours under TERM=linux, else what termenv makes of the
// client's TERM and COLORTERM.
func profileOf(e env) termenv.Profile {
	switch {
	case e["NO_COLOR"] != "":
		return termenv.Ascii
	case e["TERM"] == "linux":
		return termenv.ANSI
	}
	return termenv.NewOutput(io.Discard, termenv.WithEnvironment(e), termenv.WithUnsafe()).EnvColorProfile()
}

// colorFGBG reads rxvt's "fg;bg" (or "fg;default;bg"): background colours
// 0–6 and 8 are dark.
func colorFGBG(v string) (dark, ok bool) {
	i := strings.LastIndexByte(v, ';')
	if i < 0 {
		return false, false
	}
	bg, err := strconv.Atoi(v[i+1:])
	if err != nil {
		return false, false
	}
	return bg < 7 || bg == 8, true
}

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
