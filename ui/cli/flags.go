package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/order"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
)

// A flag's value is one of the types below: each checks what it is
// given, says what it allows (for the errors), and names its kind of
// value in the help (--lang bg|en). An error from Set says what to use
// instead; flagError adds the flag and the value as written.

// value is a flag's value that says what it allows: "bg or en".
type value interface {
	pflag.Value
	allows() string
}

// allowed says what a flag takes, for an error about it.
func allowed(f *pflag.Flag) string {
	if v, ok := f.Value.(value); ok {
		return v.allows()
	}
	switch f.Value.Type() {
	case "bool":
		return "true or false"
	case "string":
		if n, _ := pflag.UnquoteUsage(f); n == "DIR" {
			return "a directory"
		} else if n == "FILE" {
			return "a file"
		}
	}
	return "a " + f.Value.Type()
}

// choice is a word from a short list, such as --theme's.
type choice struct {
	to    *string
	words []string
}

// String implements pflag.Value: the value as a flag would give it.
func (c choice) String() string {
	if c.to == nil {
		return ""
	}
	return *c.to
}

// Set implements pflag.Value.
func (c choice) Set(s string) error {
	for _, w := range c.words {
		if s == w {
			*c.to = s
			return nil
		}
	}
	return errors.New("use " + c.allows())
}

// Type implements pflag.Value: what the help writes after the flag.
func (c choice) Type() string { return strings.Join(c.words, "|") }

// allows implements value.
func (c choice) allows() string { return orList(c.words) }

// addChoice defines a flag of c taking one of words, which the shell
// completes.
func addChoice(c *cobra.Command, to *string, name string, words []string, usage string) {
	c.Flags().Var(choice{to, words}, name, usage)
	completeWith(c, name, fixed(words...))
}

// language is --lang.
type language struct{ to *model.Lang }

// String implements pflag.Value: the value as a flag would give it.
func (l language) String() string {
	if l.to == nil {
		return ""
	}
	return l.to.Code()
}

// Set implements pflag.Value.
func (l language) Set(s string) error {
	lang, ok := model.ParseLang(s)
	if !ok {
		return errors.New("use " + l.allows())
	}
	*l.to = lang
	return nil
}

// Type implements pflag.Value: what the help writes after the flag.
func (language) Type() string { return "bg|en" }

// allows implements value.
func (language) allows() string { return "bg or en" }

// langFlag defines --lang on c and every command below it.
func (p *parser) langFlag(c *cobra.Command) {
	f := c.PersistentFlags().VarPF(language{&p.cfg.Lang}, "lang", "",
		"language; the default comes from LC_ALL, LC_MESSAGES or LANG: bg… is Bulgarian, anything else English")
	// The default is the environment's: the help says so rather than
	// showing this one's.
	f.DefValue = ""
	completeWith(c, "lang", fixed("bg\tбългарски", "en\tEnglish"))
}

// duration is a span of time of at least least, such as --idle's.
type duration struct {
	to      *time.Duration
	least   time.Duration
	example string
}

// String implements pflag.Value: the value as a flag would give it.
func (d duration) String() string {
	if d.to == nil || *d.to == 0 {
		return "" // none: the default of --attract, which is off
	}
	return seconds(*d.to)
}

// Set implements pflag.Value.
func (d duration) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil || v < d.least {
		return errors.New("use " + d.allows())
	}
	*d.to = v
	return nil
}

// Type implements pflag.Value: what the help writes after the flag.
func (duration) Type() string { return "D" }

// allows implements value.
func (d duration) allows() string {
	return fmt.Sprintf("a duration of %s or more, such as %s", seconds(d.least), d.example)
}

// seconds writes a whole number of seconds as 90s, rather than 1m30s.
func seconds(d time.Duration) string {
	if d%time.Second != 0 {
		return d.String()
	}
	return strconv.FormatInt(int64(d/time.Second), 10) + "s"
}

// addDuration defines a flag of c taking a duration of at least least.
func addDuration(c *cobra.Command, to *time.Duration, name string, least time.Duration, example, usage string) {
	c.Flags().Var(duration{to, least, example}, name, usage)
	completeWith(c, name, cobra.NoFileCompletions)
}

// chord is --exit-key.
type chord struct{ to *kiosk.Chord }

// String implements pflag.Value: the value as a flag would give it.
func (c chord) String() string {
	if c.to == nil {
		return ""
	}
	return c.to.String()
}

// Set implements pflag.Value.
func (c chord) Set(s string) error {
	ch, err := kiosk.ParseChord(s)
	if err != nil {
		return err
	}
	*c.to = ch
	return nil
}

// Type implements pflag.Value: what the help writes after the flag.
func (chord) Type() string { return "KEYS" }

// allows implements value.
func (chord) allows() string { return "keys such as ctrl+x ctrl+q or f12" }

// completeWith registers how the shell completes the value of c's flag
// name.
func completeWith(c *cobra.Command, name string, f cobra.CompletionFunc) {
	if err := c.RegisterFlagCompletionFunc(name, f); err != nil {
		panic(err) // a flag of that name is missing: a mistake in this package
	}
}

// fixed completes with the words given ("word" or "word\tdescription").
func fixed(words ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(words, cobra.ShellCompDirectiveNoFileComp)
}

// dirs completes with directories.
func dirs(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveFilterDirs
}

// sorting is list's --sort.
type sorting struct{ to *order.By }

// String implements pflag.Value: the value as a flag would give it.
func (s sorting) String() string {
	if s.to == nil {
		return ""
	}
	return s.to.String()
}

// Set implements pflag.Value.
func (s sorting) Set(v string) error {
	by, ok := order.Parse(v)
	if !ok {
		return errors.New("use " + s.allows())
	}
	*s.to = by
	return nil
}

// Type implements pflag.Value: what the help writes after the flag.
func (sorting) Type() string { return strings.Join(order.Names(), "|") }

// allows implements value.
func (sorting) allows() string { return orList(order.Names()) }

// bounded is a whole number from least to most, such as --width's.
type bounded struct {
	to          *int
	least, most int
	unit        string
}

// String implements pflag.Value: the value as a flag would give it.
func (b bounded) String() string {
	if b.to == nil || *b.to == 0 {
		return ""
	}
	return strconv.Itoa(*b.to)
}

// Set implements pflag.Value.
func (b bounded) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < b.least || n > b.most {
		return errors.New("use " + b.allows())
	}
	*b.to = n
	return nil
}

// Type implements pflag.Value: what the help writes after the flag.
func (bounded) Type() string { return "N" }

// allows implements value.
func (b bounded) allows() string { return fmt.Sprintf("%d to %d %s", b.least, b.most, b.unit) }
