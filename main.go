// Command ruse-twins browses the partner cities of Ruse, Bulgaria, in a
// terminal: interactively, as a public kiosk, or as list/show/validate
// commands for pipes. See README.md.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime/debug"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/styles"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"

	"early.invalid/termquiet"
	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui"
	"github.com/ruse-twins/ruse-twins/ui/cli"
)

func main() {
	termquiet.Restore()
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		os.Exit(report(os.Stderr, err))
	}
}

// exitError carries an exit status for an error already reported.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }

// report prints an error and returns the exit status it calls for: 2 for a
// usage error or invalid data, 1 for everything else.
func report(stderr io.Writer, err error) int {
	var ee exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(stderr, ee.err)
		}
		return ee.code
	}
	var ue cli.UsageError
	var de data.Errors
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "ruse-twins: %v\nRun 'ruse-twins --help' for usage.\n", ue)
		return 2
	case errors.As(err, &de):
		fmt.Fprintln(stderr, de)
		fmt.Fprintf(stderr, "%d problem(s) in the dataset.\n", len(de))
		return 2
	}
	fmt.Fprintln(stderr, "ruse-twins:", err)
	return 1
}

// run does what the command line asks.
func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := cli.Parse(args, os.Getenv)
	if err != nil {
		return err
	}
	switch cfg.Command {
	case cli.Help:
		cli.Usage(stdout)
		return nil
	case cli.Version:
		fmt.Fprintln(stdout, "ruse-twins", version())
		return nil
	case cli.Validate:
		return validate(cfg, stdout)
	}
	var (
		exit ui.Chord
		out  *os.File
		look <-chan ui.Look
	)
	if cfg.Command == cli.Browse {
		if exit, err = ui.ParseChord(cfg.ExitKey); err != nil {
			return cli.UsageError{Msg: "--exit-key " + err.Error()}
		}
		if out, err = terminal(stdout); err != nil {
			return err
		}
		look = settleAhead(out, cfg.Theme)
	}
	ds, err := loadData(cfg.DataDir)
	if err != nil {
		if look != nil {
			<-look // the terminal is itself again before the error is told
		}
		return err
	}
	switch cfg.Command {
	case cli.List:
		return cli.ListCmd(stdout, ds, cfg)
	case cli.Show:
		return cli.ShowCmd(stdout, ds, search.NewIndex(ds.Partners).NewSearcher(), cfg, textRenderer(stdout))
	}
	// The first frame needs no index: it is built while the browser starts.
	return browse(cfg, ds, search.NewIndexInBackground(ds.Partners).NewSearcher(), exit, out, <-look)
}

// settleAhead starts settling the terminal out (ui.Settle) on a goroutine
// of its own, so that the terminal's answer about its background arrives
// while the data loads; the look comes on the channel. Colours are settled
// before the program runs: a query to the terminal from inside it can hang
// it (bubbletea#1036).
func settleAhead(out *os.File, theme string) <-chan ui.Look {
	look := make(chan ui.Look, 1)
	go func() { look <- ui.Settle(out, theme, os.Getenv) }()
	return look
}

// terminal returns stdout as the terminal the browser will run on, or the
// error that says why it cannot: no terminal for input or output, or one
// that says it is dumb (it moves no cursor and has no alternate screen).
func terminal(stdout io.Writer) (*os.File, error) {
	out, ok := stdout.(*os.File)
	switch {
	case !ok || !term.IsTerminal(out.Fd()) || !term.IsTerminal(os.Stdin.Fd()):
		return nil, exitError{2, errors.New("ruse-twins: the interactive browser needs a terminal; in a pipe use 'ruse-twins list' or 'ruse-twins show QUERY'")}
	case os.Getenv("TERM") == "dumb":
		return nil, exitError{2, errors.New("ruse-twins: this terminal (TERM=dumb) cannot show the browser; use 'ruse-twins list' or 'ruse-twins show QUERY'")}
	}
	return out, nil
}

// loadData loads the dataset of --data, or the embedded one.
func loadData(dir string) (model.Dataset, error) {
	if dir != "" {
		return data.LoadDir(dir)
	}
	return data.Load()
}

// validate checks a dataset and says so.
func validate(cfg cli.Config, stdout io.Writer) error {
	dir := cfg.Dir
	if dir == "" {
		dir = cfg.DataDir
	}
	ds, err := loadData(dir)
	if err != nil {
		return err
	}
	if dir == "" {
		dir = data.EmbeddedDir + " (embedded)"
	}
	fmt.Fprintf(stdout, "%s: valid: %s and %d partner cities\n", dir, ds.Home.ID, len(ds.Partners))
	return nil
}

// version returns the module version the binary was built from.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// trailingSpace matches the blanks at the end of each line.
var trailingSpace = regexp.MustCompile(`(?m)[ \t]+$`)

// textRenderer renders show's text format: glamour with colours on a
// terminal that wants them, plain in a pipe or under NO_COLOR.
func textRenderer(stdout io.Writer) cli.Renderer {
	return func(md string) (string, error) {
		style, profile, plain := styles.NoTTYStyleConfig, termenv.Ascii, true
		if f, ok := stdout.(*os.File); ok && term.IsTerminal(f.Fd()) && os.Getenv("NO_COLOR") == "" {
			style, profile, plain = styles.DarkStyleConfig, termenv.NewOutput(f).EnvColorProfile(), false
		}
		r, err := glamour.NewTermRenderer(glamour.WithStyles(style), glamour.WithColorProfile(profile), glamour.WithWordWrap(80))
		if err != nil {
			return "", err
		}
		out, err := r.Render(md)
		if plain {
			// glamour pads every line to the wrap width; a pipe wants none.
			out = trailingSpace.ReplaceAllString(out, "")
		}
		return out, err
	}
}

// browse runs the interactive browser on the terminal out, with the look
// settled for it.
func browse(cfg cli.Config, ds model.Dataset, idx ui.Searcher, exit ui.Chord, out *os.File, look ui.Look) error {
	kiosk := ui.Kiosk{On: cfg.Kiosk, Idle: cfg.Idle, Attract: cfg.Attract, Exit: exit}
	if cfg.Kiosk && cfg.LogFile != "" {
		// Opened before the program runs, so that a wrong path is told
		// at once rather than lost with the first error.
		f, err := os.OpenFile(cfg.LogFile, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o640)
		if err != nil {
			return fmt.Errorf("--log: %w", err)
		}
		defer f.Close()
		kiosk.Log = f
	}
	return ui.Run(ui.New(ds, idx, ui.Options{Lang: cfg.Lang, Look: look, Kiosk: kiosk}), os.Stdin, out)
}
