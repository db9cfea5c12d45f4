package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ruse-twins/ruse-twins/ui/termsafe/termsafetest"
)

// runCLI runs the command line in-process as main would, returning what it
// printed and the exit status.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	if err := run(args, &out, &errb); err != nil {
		code = report(&errb, err)
	}
	return out.String(), errb.String(), code
}

func TestListPrintsTheNinePartners(t *testing.T) {
	t.Setenv("LANG", "en_GB.UTF-8")
	out, _, code := runCLI(t, "list")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 9 {
		t.Fatalf("%d lines, want 9:\n%s", len(lines), out)
	}
	for _, want := range []string{"Saint-Ouen", "Giurgiu", "Volgograd", "Peristeri", "Huainan", "Újbuda", "Trogir", "Bijeljina", "Simferopol"} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %s", want)
		}
	}
	if !strings.HasPrefix(lines[0], "Saint-Ouen") || !strings.Contains(lines[0], "1961") {
		t.Errorf("first line %q: want Saint-Ouen, 1961", lines[0])
	}
	if !strings.Contains(lines[0], "1888 km") {
		t.Errorf("first line %q: want 1888 km", lines[0])
	}
	// The distances are right-aligned: every " km" ends in one column.
	for _, l := range lines {
		if at, first := strings.Index(l, " km "), strings.Index(lines[0], " km "); len([]rune(l[:max(at, 0)])) != len([]rune(lines[0][:first])) {
			t.Errorf("distances not right-aligned:\n%s", out)
			break
		}
	}
	bg, _, _ := runCLI(t, "--lang", "bg", "list")
	for _, want := range []string{"Сент-Уан", "Франция", "Гюргево", "Румъния", "1888 км", "4 км"} {
		if !strings.Contains(bg, want) {
			t.Errorf("list --lang bg lacks %s", want)
		}
	}
	if strings.Contains(bg, " km") {
		t.Errorf("list --lang bg has English units:\n%s", bg)
	}
	bgLines := strings.Split(strings.TrimSpace(bg), "\n")
	for _, l := range bgLines {
		if at, first := strings.Index(l, " км "), strings.Index(bgLines[0], " км "); len([]rune(l[:max(at, 0)])) != len([]rune(bgLines[0][:first])) {
			t.Errorf("distances not right-aligned in Bulgarian:\n%s", bg)
			break
		}
	}
}

func TestShowFindsTheRightCity(t *testing.T) {
	cases := []struct {
		lang, query string
		want        []string
	}{
		{"bg", "гюргево", []string{"Гюргево", "Еврорегион", "9 май 2002 г."}},
		{"en", "sent uan", []string{"Saint-Ouen", "25 September 1961", "Fernand Lefort"}},
		{"en", "淮南", []string{"Huainan", "24 September 1994"}},
		{"en", "1961", []string{"Saint-Ouen"}},
		{"bg", "трогир", []string{"Трогир", "Януари 2011 г."}},
	}
	for _, c := range cases {
		out, errs, code := runCLI(t, "--lang", c.lang, "show", c.query, "--format", "markdown")
		if code != 0 {
			t.Errorf("show %q: exit %d: %s", c.query, code, errs)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("show %q lacks %q:\n%s", c.query, w, out)
			}
		}
	}
}

func TestShowNoMatchAndAmbiguous(t *testing.T) {
	_, errs, code := runCLI(t, "show", "zzzz")
	if code != 1 || !strings.Contains(errs, `no partner city matches "zzzz"`) {
		t.Errorf("show zzzz: exit %d, stderr %q", code, errs)
	}
	_, errs, code = runCLI(t, "show", "--", "zz\u200b", "-\x1b]52;c;SGk=\a")
	if want := `ruse-twins: no partner city matches "zz\u200b -\x1b]52;c;SGk=\a"` + "\n"; code != 1 || errs != want {
		t.Errorf("show of an invisible and an escape: exit %d, stderr %q, want %q", code, errs, want)
	}
	_, errs, code = runCLI(t, "--lang", "en", "show", "tourism")
	if code != 1 || !strings.Contains(errs, "more than one partner city") || !strings.Contains(errs, "trogir (Trogir)") {
		t.Errorf("show tourism: exit %d, stderr %q", code, errs)
	}
}

func TestShowFormats(t *testing.T) {
	out, _, code := runCLI(t, "show", "trogir", "--format", "json")
	var city map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &city) != nil || city["id"] != "trogir" {
		t.Fatalf("show --format json: exit %d, %q", code, out)
	}
	text, _, _ := runCLI(t, "--lang", "en", "show", "trogir")
	if !strings.Contains(text, "Trogir") || strings.Contains(text, "\x1b") {
		t.Errorf("show text into a buffer must be plain text:\n%q", text)
	}
	checkPlainText(t, text)
	// Markdown keeps each paragraph and list item on one line: the
	// summaries of events as the descriptions.
	md, _, _ := runCLI(t, "--lang", "en", "show", "huainan", "--format", "markdown")
	for _, whole := range []string{
		"Ruse and Huainan have been linked by friendship and cooperation since 1994. The ties",
		"— An agreement establishing friendly relations and cooperation was signed. Organisation:",
	} {
		if !strings.Contains(md, whole) {
			t.Errorf("show --format markdown breaks %q:\n%s", whole, md)
		}
	}
}

// checkPlainText fails unless text reads as plain text: no markdown's
// "**" or "#", bullets as "•", no line with trailing blanks.
func checkPlainText(t *testing.T, text string) {
	t.Helper()
	for i, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.Contains(line, "**") || strings.HasPrefix(trimmed, "#") || strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "* ") {
			t.Errorf("line %d is markdown, not text: %q", i, line)
		}
		if line != strings.TrimRight(line, " ") {
			t.Errorf("line %d ends in blanks: %q", i, line)
		}
	}
	if !strings.Contains(text, "• ") {
		t.Errorf("no bullet in:\n%s", text)
	}
}

func TestListJSONCarriesEveryField(t *testing.T) {
	out, _, code := runCLI(t, "list", "--format", "json")
	if code != 0 {
		t.Fatal("exit", code)
	}
	var ds struct {
		Schema   string           `json:"schema"`
		Home     map[string]any   `json:"home"`
		Partners []map[string]any `json:"partners"`
	}
	if err := json.Unmarshal([]byte(out), &ds); err != nil {
		t.Fatal(err)
	}
	if ds.Schema != "ruse-twins/1" || ds.Home["id"] != "ruse" || len(ds.Partners) != 9 {
		t.Fatalf("schema %q home %v partners %d", ds.Schema, ds.Home["id"], len(ds.Partners))
	}
	for _, key := range []string{"id", "home", "name", "native", "aliases", "country", "region", "coordinates", "from_home", "kind", "since", "events", "areas", "aims", "description", "notes"} {
		if _, ok := ds.Partners[0][key]; !ok {
			t.Errorf("partner lacks %q", key)
		}
	}
}

func TestListCSV(t *testing.T) {
	out, _, _ := runCLI(t, "list", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 10 || rows[0][0] != "id" {
		t.Fatalf("csv: %v, %d rows", err, len(rows))
	}
}

func TestValidate(t *testing.T) {
	out, _, code := runCLI(t, "validate")
	if code != 0 || !strings.Contains(out, "valid") {
		t.Errorf("validate: exit %d, %q", code, out)
	}
	dir := t.TempDir()
	files, _ := filepath.Glob("data/cities/*.yaml")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if filepath.Base(f) == "volgograd.yaml" {
			b = bytes.Replace(b, []byte("id: volgograd"), []byte("id: Volgograd!"), 1)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	_, errs, code := runCLI(t, "validate", dir)
	want := filepath.Join(dir, "volgograd.yaml") + ":"
	if code != 2 || !strings.Contains(errs, want) || !strings.Contains(errs, `malformed id "Volgograd!"`) {
		t.Errorf("validate broken copy: exit %d, stderr %q", code, errs)
	}
	if _, _, code := runCLI(t, "--data", dir, "list"); code != 2 {
		t.Errorf("--data broken list: exit %d, want 2", code)
	}
	// A directory's name is shown quoted, its escapes escaped.
	odd := filepath.Join(t.TempDir(), "cities\x1b]0;title\a")
	if err := os.Mkdir(odd, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(odd, filepath.Base(f)), b, 0o644)
	}
	out, _, code = runCLI(t, "validate", odd)
	if want := strconv.Quote(odd) + ": valid: ruse and 9 partner cities\n"; code != 0 || out != want {
		t.Errorf("validate of a directory with an escape in its name: exit %d, %q, want %q", code, out, want)
	}
}

// TestUsageErrorsExit2 runs a mistake of each kind through main's
// report: the app's name, the message, the way to the help, status 2.
func TestUsageErrorsExit2(t *testing.T) {
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"lsit"}, `unknown command "lsit": did you mean list?`},
		{[]string{"--lang", "de"}, `--lang "de": use bg or en`},
		{[]string{"show"}, "show needs a query: ruse-twins show QUERY"},
		{[]string{"--idle", "abc"}, `--idle "abc": use a duration of 5s or more, such as 90s or 2m`},
		{[]string{"--bogus"}, `unknown flag "--bogus": the browser takes --theme,`},
		{[]string{"--data", "/nonexistent", "list"}, `--data "/nonexistent": no such directory`},
		{[]string{"validate", "/nonexistent"}, `validate "/nonexistent": no such directory`},
		{[]string{"--version", "extra"}, `unexpected "extra": --version takes nothing else`},
		{[]string{"--attract", "1ns", "--kiosk"}, `--attract "1ns": use a duration of 1s or more`},
		{[]string{"--log", "k.log"}, "--log applies to the kiosk: add --kiosk"},
		{[]string{"--kiosk", "--exit-key", "esc"}, `--exit-key "esc": a visitor could press this by chance`},
		{[]string{"completion", "powershell"}, `unknown shell "powershell": use bash, zsh or fish`},
	} {
		out, errs, code := runCLI(t, c.args...)
		if code != 2 || out != "" || !strings.HasPrefix(errs, "ruse-twins: "+c.msg) || !strings.HasSuffix(errs, "\nRun 'ruse-twins --help' for usage.\n") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q\nwant exit 2 and ruse-twins: %s", c.args, code, out, errs, c.msg)
		}
	}
}

// TestArgumentsNeverReachTheTerminal plants every hostile payload in
// each place the command line echoes: a command, an operand, a flag, a
// flag's value, a path.
func TestArgumentsNeverReachTheTerminal(t *testing.T) {
	for _, p := range termsafetest.Payloads {
		for _, args := range [][]string{
			{p},
			{"list", p},
			{"show", "trogir", "-" + p},
			{"show", "--", "trogir", p},
			{"--" + p},
			{"--lang", p},
			{"--theme=" + p},
			{"list", "--format", p},
			{"--kiosk", "--idle", p},
			{"--kiosk", "--exit-key", "ctrl+x " + p},
			{"--data", "/nonexistent/" + p},
			{"validate", "/nonexistent/" + p},
			{"help", p},
			{"completion", p},
		} {
			out, errs, _ := runCLI(t, args...)
			if bad := termsafetest.Violations(out + errs); len(bad) > 0 {
				t.Errorf("%q: %v in %q", args, bad, out+errs)
			}
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"list", "--help"}, {"help", "show"}} {
		out, errs, code := runCLI(t, args...)
		if code != 0 || errs != "" || !strings.Contains(out, "Usage:\n  ruse-twins") {
			t.Errorf("%q: exit %d, stderr %q, stdout %q", args, code, errs, out)
		}
	}
	out, _, code := runCLI(t, "--version")
	if code != 0 || !strings.HasPrefix(out, "ruse-twins ") || !strings.Contains(out, ", commit ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestBareCommandWithoutTerminal(t *testing.T) {
	_, errs, code := runCLI(t)
	if code != 2 || !strings.Contains(errs, "list") || !strings.Contains(errs, "show") {
		t.Errorf("bare command without a terminal: exit %d, stderr %q", code, errs)
	}
}
