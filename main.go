// Command ruse-twins browses the partner cities of Ruse, Bulgaria, in a
// terminal: interactively, as a public kiosk, or as list/show/validate
// commands for pipes. See README.md.
package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"
	"github.com/muesli/termenv"

	"github.com/ruse-twins/ruse-twins/data"
	"github.com/ruse-twins/ruse-twins/model"
	"github.com/ruse-twins/ruse-twins/model/search"
	"github.com/ruse-twins/ruse-twins/ui"
	"github.com/ruse-twins/ruse-twins/ui/cli"
	"github.com/ruse-twins/ruse-twins/ui/kiosk"
	"github.com/ruse-twins/ruse-twins/ui/serve"
	"github.com/ruse-twins/ruse-twins/ui/termquiet"
	"github.com/ruse-twins/ruse-twins/ui/termsafe"
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

func (e exitError) Error() string {
	if e.err == nil {
		return "exit status " + strconv.Itoa(e.code)
	}
	return e.err.Error()
}

// report prints an error and returns the exit status it calls for: 2 for a
// usage error or invalid data, 1 for everything else, and what an
// exitError carries (128+N for signal N). Everything it prints goes
// through termsafe: a message may carry a path, an argument or a
// library's words about either.
func report(stderr io.Writer, err error) int {
	var ee exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(stderr, termsafe.Message(ee.err.Error()))
		}
		return ee.code
	}
	var ue cli.UsageError
	var de data.Errors
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "ruse-twins: %s\nRun 'ruse-twins --help' for usage.\n", termsafe.Message(ue.Error()))
		return 2
	case errors.As(err, &de):
		for _, e := range de {
			fmt.Fprintln(stderr, dataError(e))
		}
		fmt.Fprintf(stderr, "%d problem(s) in the dataset.\n", len(de))
		return 2
	}
	fmt.Fprintln(stderr, "ruse-twins:", termsafe.Message(err.Error()))
	return 1
}

// dataError writes one problem of a dataset as path:line: message, the
// path shown by termsafe.Name (a file name may hold anything) and the
// message on its one line.
func dataError(e data.Error) string {
	msg := termsafe.Message(strings.ReplaceAll(e.Msg, "\n", " "))
	if e.Line == 0 {
		return termsafe.Name(e.Path) + ": " + msg
	}
	return termsafe.Name(e.Path) + ":" + strconv.Itoa(e.Line) + ": " + msg
}

// run does what the command line asks.
func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := cli.Parse(args, os.Getenv)
	if err != nil {
		return err
	}
	switch cfg.Command {
	case cli.Help:
		return cli.HelpCmd(stdout, cfg)
	case cli.Version:
		return cli.VersionCmd(stdout, debug.ReadBuildInfo)
	case cli.Completion:
		return cli.CompletionCmd(stdout, cfg)
	case cli.Complete:
		return cli.CompleteCmd(stdout, cfg, loadData)
	case cli.Validate:
		return cli.ValidateCmd(stdout, loadData, data.EmbeddedDir, cfg)
	case cli.List:
		return withData(cfg, func(ds model.Dataset) error {
			var s cli.Searcher // without a query, list builds no index
			if cfg.Query != "" {
				s = search.NewIndex(ds.Partners).NewSearcher()
			}
			return cli.ListCmd(stdout, ds, s, cfg)
		})
	case cli.Show:
		return withData(cfg, func(ds model.Dataset) error {
			return cli.ShowCmd(stdout, ds, search.NewIndex(ds.Partners).NewSearcher(), cfg, textRenderer(stdout))
		})
	case cli.Map, cli.Timeline:
		return withData(cfg, func(ds model.Dataset) error { return printPicture(stdout, ds, cfg) })
	case cli.Serve:
		return serveSSH(cfg, stderr)
	}
	return browse(cfg, stdout)
}

// withData runs cmd on the dataset of --data, or the embedded one.
func withData(cfg cli.Config, cmd func(model.Dataset) error) error {
	ds, err := loadData(cfg.DataDir)
	if err != nil {
		return err
	}
	return cmd(ds)
}

// browse runs the interactive browser, or the kiosk, on the terminal.
// The terminal is settled (see settleAhead) while the data loads, and the
// search index is built while the browser starts: its first frame lists
// every city and needs none.
func browse(cfg cli.Config, stdout io.Writer) error {
	out, err := terminal(stdout)
	if err != nil {
		return err
	}
	early := starting(cfg.Kiosk)
	defer signal.Stop(early)
	look := settleAhead(out, cfg.Theme)
	var feeds []feed
	if cfg.Watch {
		// Watched before the first load, so that no save is missed.
		w, err := watchData(cfg.DataDir)
		if err != nil {
			<-look
			return err
		}
		defer w.close()
		feeds = append(feeds, w.run)
	}
	ds, err := loadListening(cfg.DataDir, early)
	if err != nil {
		<-look // the terminal is itself again before the error is told
		return err
	}
	b := ui.New(ds, search.NewIndexInBackground(ds.Partners).NewSearcher(), ui.Options{
		Lang: cfg.Lang, Look: <-look, NoMouse: cfg.NoMouse,
		// ctrl+z stops the browser in a shell's job control; never the
		// kiosk's.
		Suspend: !cfg.Kiosk,
	})
	if !cfg.Kiosk {
		return runProgram(b, os.Stdin, out, nil, feeds...)
	}
	var log io.Writer
	if cfg.LogFile != "" {
		f, err := openLog(cfg.LogFile)
		if err != nil {
			return err
		}
		defer f.Close()
		log = f
	}
	k := kiosk.New(b, kiosk.Config{Idle: cfg.Idle, Attract: cfg.Attract, Exit: cfg.Exit})
	return runProgram(kiosk.Guard(k, log), os.Stdin, out, &kioskRun{log: log}, feeds...)
}

// kioskRun is how a kiosk's program runs: locked, and with its end
// recorded in the operator's log (nil for none).
type kioskRun struct{ log io.Writer }

// stopGrace is how long a signal waits for the program to quit in order
// before it is killed (which restores the terminal too): systemctl stop
// must never hang on a model that does not answer. killGrace is how long
// the kill has in turn, before the terminal is given back here and the
// process ends (see lastResort).
const (
	stopGrace = 2 * time.Second
	killGrace = time.Second
)

// runProgram runs m full screen on the terminal (input in, output out)
// until the user quits, or a kiosk's operator types the exit chord; k is
// nil for the browser. Each feed sends its messages into the program
// while it runs (a watch of the dataset's files, say). The terminal is
// restored however it ends: a quit key, the chord, a signal (handled here
// rather than by bubbletea, which leaves SIGHUP to its default action,
// death with the terminal in raw mode, and whose quit a kiosk's lock would
// drop), or a panic (which bubbletea catches, or, in a kiosk, the guard).
//
// It returns nil for a quit or the chord, an exitError of 128+N when
// signal N ended it, and the error otherwise: the exit status tells a
// supervisor which it was (the README's systemd unit restarts the kiosk
// unless it is 0).
//
// A kiosk runs locked (see kiosk.Filter), and ignores SIGQUIT and SIGTSTP
// (see starting).
func runProgram(m tea.Model, in io.Reader, out io.Writer, k *kioskRun, feeds ...feed) error {
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, stopSignals(k != nil)...)
	defer signal.Stop(stop)

	var stopping atomic.Bool
	var caught atomic.Value // the signal that stopped it
	var opts []tea.ProgramOption
	if k != nil {
		signal.Ignore(syscall.SIGQUIT, syscall.SIGTSTP)
		defer signal.Reset(syscall.SIGQUIT, syscall.SIGTSTP)
		opts = append(opts, tea.WithFilter(kiosk.Filter(stopping.Load)))
	}
	p := ui.Program(m, in, out, opts...)
	for _, f := range feeds {
		// Deferred before the program runs, so run after it has ended,
		// when a send no longer waits for it.
		defer f(p.Send)()
	}
	last := keepTerminal(in, out)

	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case sig := <-stop:
			caught.Store(sig)
			stopping.Store(true)
			go p.Quit()
			steps := []struct {
				after time.Duration
				do    func()
			}{{stopGrace, p.Kill}, {killGrace, func() { last.exit(signalStatus(sig)) }}}
			for _, s := range steps {
				select {
				case <-time.After(s.after):
					s.do()
				case <-done:
					return
				}
			}
		case <-done:
		}
	}()

	_, err := p.Run()
	if sig, ok := caught.Load().(os.Signal); ok {
		// Asked to stop, it stopped. When the terminal has gone (SIGHUP),
		// reading it fails, and that is no error of the program's.
		if k != nil && k.log != nil {
			fmt.Fprintf(k.log, "%s ruse-twins kiosk: stopped by %v\n", time.Now().Format(time.RFC3339), sig)
		}
		return exitError{signalStatus(sig), nil}
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		// bubbletea has restored the terminal and printed the panic.
		err = fmt.Errorf("internal error: %w", err)
	}
	if err != nil && k != nil && k.log != nil {
		fmt.Fprintf(k.log, "%s ruse-twins kiosk: the program ended: %v\n", time.Now().Format(time.RFC3339), err)
	}
	return err
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

// printPicture prints the map or the timeline: as wide as the terminal
// (80 columns in a pipe) unless --width says otherwise; the map 24 lines
// high, the timeline as high as it needs, unless --height says otherwise.
// The colours are a terminal's; a pipe, or NO_COLOR, gets plain text.
func printPicture(stdout io.Writer, ds model.Dataset, cfg cli.Config) error {
	width, height := cfg.Width, cfg.Height
	look := ui.LookFor(termenv.Ascii, true, os.Getenv("TERM") == "linux")
	if f, ok := stdout.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if w, _, err := term.GetSize(f.Fd()); err == nil && width == 0 {
			width = clampInt(w, cli.MinWidth, cli.MaxWidth)
		}
		look = ui.Settle(f, cfg.Theme, os.Getenv)
	}
	if width == 0 {
		width = 80
	}
	var pic string
	if cfg.Command == cli.Map {
		if height == 0 {
			height = 24
		}
		pic = ui.MapPicture(ds, cfg.Lang, look, width, height)
	} else {
		pic = ui.TimelinePicture(ds, cfg.Lang, look, width, height)
	}
	_, err := io.WriteString(stdout, pic)
	return err
}

// clampInt limits v to [lo, hi].
func clampInt(v, lo, hi int) int { return max(lo, min(v, hi)) }

// showWidth is the wrap width of show's text.
const showWidth = 80

// textRenderer renders show's text format as the browser renders a page
// (see ui.RenderPage, which bounds it in time and size): with colours on
// a terminal that wants them, with bold and underline alone under
// NO_COLOR, and as plain text in a pipe or on a terminal that says it is
// dumb.
func textRenderer(stdout io.Writer) cli.Renderer {
	return pageRenderer(ui.Settle(stdout, "dark", os.Getenv))
}

// pageRenderer renders show's text format in a look: a local terminal's,
// or an SSH session's (see serveSSH).
func pageRenderer(look ui.Look) cli.Renderer {
	return func(md string) (string, error) {
		out, err := ui.RenderPage(look, showWidth, md)
		return out + "\n", err
	}
}

// drainTime is how long serve gives its sessions to end when it is
// stopped.
const drainTime = 4 * time.Second

// serveSSH runs the browser over SSH (see ui/serve) until a signal stops
// it: then every session is told and ended, and the status is 128 plus
// the signal's number. Its log goes to stderr, or to --log FILE.
func serveSSH(cfg cli.Config, stderr io.Writer) error {
	logTo := stderr
	if cfg.LogFile != "" {
		f, err := os.OpenFile(cfg.LogFile, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o640)
		if err != nil {
			return fmt.Errorf("--log %s: %w", termsafe.Quote(cfg.LogFile), err)
		}
		defer f.Close()
		logTo = f
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(stop)
	ds, err := loadData(cfg.DataDir)
	if err != nil {
		return err
	}
	sf := cfg.Server
	sc := serve.Config{
		Dataset: ds, Index: search.NewIndex(ds.Partners), Lang: cfg.Lang, Theme: cfg.Theme,
		HostKey: sf.HostKey, AuthorizedKeys: sf.AuthorizedKeys,
		MaxSessions: sf.MaxSessions, MaxPerIP: sf.MaxPerIP, SessionTime: sf.SessionTime, Idle: sf.Idle,
		Log: slog.New(slog.NewTextHandler(logTo, nil)), Report: report, Render: pageRenderer,
	}
	if cfg.Kiosk {
		k := kiosk.Config{Idle: cfg.Idle, Attract: cfg.Attract, Exit: cfg.Exit}
		if sc.Idle > 0 && sc.Idle < k.Idle {
			// The countdown warns before the session ends.
			k.Idle = sc.Idle
		}
		sc.Kiosk = &k
	}
	srv, err := serve.New(sc)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", sf.Listen)
	if err != nil {
		return fmt.Errorf("--listen %s: %w", termsafe.Quote(sf.Listen), err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case sig := <-stop:
		srv.Shutdown(drainTime)
		return exitError{code: 128 + int(sig.(syscall.Signal))}
	}
}
