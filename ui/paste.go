package ui

import (
	"io"
	"time"
)

// The markers a terminal puts around a paste in bracketed paste mode.
const (
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
)

// maxPaste is the most of one paste the program reads (the query box
// keeps a few dozen characters of it); the rest is dropped as it comes.
const maxPaste = 16 << 10

// pasteGap is how long the input may pause inside a paste before the
// paste is taken to be over: a paste arrives at once, and a start marker
// with no end (six bytes typed, or cut short) must not swallow the keys
// after it.
const pasteGap = 500 * time.Millisecond

// pasteGuard reads a program's input and keeps bracketed pastes from
// making it deaf. bubbletea v1 waits for a paste's end marker before it
// reads any other key, and looks for it in everything read so far on
// every read: "ESC [ 2 0 0 ~" without an end swallows every key that
// follows, the exit chord too, and a paste of megabytes takes a time that
// grows with its square. The guard passes input through as it comes,
// but ends a paste that pauses longer than pasteGap without its end
// marker (the first read after the pause begins with one), and drops what
// a paste holds beyond maxPaste, so that bubbletea never holds more.
type pasteGuard struct {
	r        io.Reader
	scratch  []byte    // what was read, before it goes on
	tail     []byte    // the last bytes read, for markers split across reads
	inPaste  bool      // between a start marker and its end
	pasted   int       // bytes of the paste passed on so far
	lastRead time.Time // when the last read returned
}

// Read implements io.Reader.
func (g *pasteGuard) Read(p []byte) (int, error) {
	if len(p) <= len(pasteEnd) {
		return g.r.Read(p)
	}
	// Read less than p holds, to leave room for an end marker the guard
	// may have to write, and into a buffer of its own, as what goes on
	// is written into p.
	want := len(p) - len(pasteEnd)
	if cap(g.scratch) < want {
		g.scratch = make([]byte, want)
	}
	in := g.scratch[:want]
	n, err := g.r.Read(in)
	now := time.Now()
	out := p[:0]
	if g.inPaste && n > 0 && now.Sub(g.lastRead) > pasteGap {
		out = append(out, pasteEnd...)
		g.inPaste, g.tail = false, g.tail[:0]
	}
	g.lastRead = now
	for _, b := range in[:n] {
		out = g.pass(out, b)
	}
	return len(out), err
}

// pass follows one byte of input through the paste markers and appends
// to out what of it goes on.
func (g *pasteGuard) pass(out []byte, b byte) []byte {
	g.tail = append(g.tail, b)
	if len(g.tail) > len(pasteStart) {
		g.tail = g.tail[1:]
	}
	ends := string(g.tail) == pasteEnd
	switch {
	case !g.inPaste:
		if string(g.tail) == pasteStart {
			g.inPaste, g.pasted = true, 0
		}
		return append(out, b)
	case g.pasted < maxPaste:
		g.pasted++
		g.inPaste = !ends
		return append(out, b)
	case ends:
		// The marker's first bytes were dropped with the paste: it goes
		// on whole.
		g.inPaste = false
		return append(out, pasteEnd...)
	}
	return out // past maxPaste: dropped
}

// guardFile is a pasteGuard over a terminal: bubbletea needs its file
// descriptor (for raw mode, and to wait for input without blocking a
// read it could not cancel), and its name.
type guardFile struct {
	*pasteGuard
	f file
}

// file is a terminal as bubbletea and its cancelable reader see it.
type file interface {
	io.ReadWriteCloser
	Fd() uintptr
	Name() string
}

// Write implements io.Writer.
func (g guardFile) Write(p []byte) (int, error) { return g.f.Write(p) }

// Close implements io.Closer.
func (g guardFile) Close() error { return g.f.Close() }

// Fd returns the terminal's file descriptor.
func (g guardFile) Fd() uintptr { return g.f.Fd() }

// Name returns the terminal's name.
func (g guardFile) Name() string { return g.f.Name() }

// guardInput wraps a program's input in a pasteGuard, keeping it a file
// when it is one.
func guardInput(in io.Reader) io.Reader {
	if in == nil {
		return nil
	}
	g := &pasteGuard{r: in}
	if f, ok := in.(file); ok {
		return guardFile{g, f}
	}
	return g
}
