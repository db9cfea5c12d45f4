// Package bounded renders a page within a time and a size. A markdown
// renderer's time and memory can grow far faster than its input (a
// thousand nested quotes took glamour a minute and gigabytes), and one of
// its code highlighters never ends at all (chroma's Jungle lexer,
// alecthomas/chroma#1377); a terminal app must go on answering keys and
// signals whatever a page holds. A Runner runs the renderer on a goroutine
// of its own, one render at a time, and past a deadline, or past a size,
// gives the page as plain wrapped text instead.
package bounded

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/glamour/ansi"
	xansi "github.com/charmbracelet/x/ansi"
)

const (
	// Deadline is how long a page may take to render. A page of the
	// embedded data takes a few milliseconds; the most a valid dataset
	// allows, about a hundred.
	Deadline = time.Second
	// MaxSource is the largest markdown given to the renderer; a larger
	// page is shown plain at once (and cut to this size).
	MaxSource = 256 << 10
	// MaxOutput is the largest rendered page kept; a larger one is shown
	// plain.
	MaxOutput = 8 << 20
)

// Why says why a page is plain text rather than rendered.
type Why int

// The reasons a page is plain.
const (
	Rendered Why = iota // it is not: it was rendered
	TooSlow             // the renderer took longer than the deadline, or one before it never ended
	TooLarge            // the page, or what the renderer made of it, is too large
	Failed              // the renderer failed, or panicked
)

// Runner runs a renderer one page at a time, each within a deadline.
type Runner struct {
	deadline time.Duration
	busy     chan struct{} // holds a token while a render runs
	stuck    atomic.Int32  // renders past their deadline that still run
}

// New returns a Runner whose renders each have deadline d.
func New(d time.Duration) *Runner { return &Runner{deadline: d, busy: make(chan struct{}, 1)} }

// result is what a render came to.
type result struct {
	out string
	err error
}

// Render returns render(md), or md as plain text wrapped at width, and
// why it is plain. A render that outlives the deadline is left to end on
// its own, if it ever does; until it does, every page is plain at once,
// so that a renderer that never ends costs one goroutine and not one a
// page.
func (r *Runner) Render(render func(string) (string, error), md string, width int) (string, Why) {
	switch {
	case len(md) > MaxSource:
		return Plain(md, width), TooLarge
	case r.stuck.Load() > 0:
		return Plain(md, width), TooSlow
	}
	timer := time.NewTimer(r.deadline)
	defer timer.Stop()
	select {
	case r.busy <- struct{}{}:
	case <-timer.C:
		return Plain(md, width), TooSlow
	}
	done := make(chan result, 1)
	var settled atomic.Bool // the render ended, or was given up on: whichever came first
	go func() {
		defer func() {
			if v := recover(); v != nil {
				done <- result{err: fmt.Errorf("the renderer panicked: %v", v)}
			}
			if !settled.CompareAndSwap(false, true) {
				r.stuck.Add(-1) // given up on, it has ended at last
			}
			<-r.busy
		}()
		out, err := render(md)
		done <- result{out, err}
	}()
	select {
	case res := <-done:
		return r.finish(res, md, width)
	case <-timer.C:
		if settled.CompareAndSwap(false, true) {
			r.stuck.Add(1)
			return Plain(md, width), TooSlow
		}
		return r.finish(<-done, md, width) // it ended as the deadline came
	}
}

// finish returns a render's result, or the page plain when it failed or is
// too large.
func (r *Runner) finish(res result, md string, width int) (string, Why) {
	switch {
	case res.err != nil:
		return Plain(md, width), Failed
	case len(res.out) > MaxOutput:
		return Plain(md, width), TooLarge
	}
	return res.out, Rendered
}

// Plain returns markdown as plain text wrapped at width (words kept whole
// where they fit, cut where they do not), at most MaxSource of it. The
// caller makes it safe for the terminal first.
func Plain(md string, width int) string {
	if len(md) > MaxSource {
		md = strings.ToValidUTF8(md[:MaxSource], "") + "…"
	}
	return xansi.Wrap(md, max(width, 1), "")
}

// WithoutHighlighting returns style with code blocks drawn as plain text:
// a partner city's page holds no code, and a block's info string picks
// one of chroma's lexers, some of which never end (chroma#1377).
func WithoutHighlighting(style ansi.StyleConfig) ansi.StyleConfig {
	style.CodeBlock.Chroma = nil
	style.CodeBlock.Theme = ""
	return style
}
