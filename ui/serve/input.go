package serve

import (
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// What a client may pour in: a burst of pasteBurst bytes at once, then
// pasteRate a second. Typing, even fast, and mouse drags are far below
// both; a paste beyond them is cut, so that no client can keep its
// program busy with input.
const (
	pasteBurst = 16 << 10
	pasteRate  = 4 << 10
)

// input carries what a client sends to its program, through a pipe that
// the server can close (so that the program's read returns at once when
// it ends, where a read from the session itself could not be cancelled).
// It records when input last came, for the idle limit, and drops what
// goes over the paste budget.
type input struct {
	r *io.PipeReader
	w *io.PipeWriter
	// last is when the client last sent something, in Unix nanoseconds.
	last atomic.Int64
	// dropped counts the bytes cut off as over the budget.
	dropped atomic.Int64
	// ended is closed when the client's input ends (it closed its side,
	// or the session went away).
	ended     chan struct{}
	closeOnce sync.Once
	budget    float64   // bytes that may pass now
	filled    time.Time // when budget was last topped up
}

// newInput starts carrying src's bytes to the returned input's reader.
func newInput(src io.Reader) *input {
	r, w := io.Pipe()
	in := &input{r: r, w: w, ended: make(chan struct{}), budget: pasteBurst, filled: time.Now()}
	in.last.Store(time.Now().UnixNano())
	go in.pump(src)
	return in
}

// Read implements io.Reader: what the program reads.
func (in *input) Read(p []byte) (int, error) { return in.r.Read(p) }

// Close ends the program's input: a pending read returns io.EOF.
func (in *input) Close() error {
	in.closeOnce.Do(func() { in.r.CloseWithError(io.EOF) })
	return nil
}

// lastInput returns when the client last sent something.
func (in *input) lastInput() time.Time { return time.Unix(0, in.last.Load()) }

// pump copies src to the pipe until src ends. It stops writing to the pipe
// once the program's side is closed, but reads src to its end, so that it
// ends with the session and never sooner nor later.
func (in *input) pump(src io.Reader) {
	defer close(in.ended)
	defer in.w.Close()
	buf := make([]byte, 2048)
	open := true
	for {
		n, err := src.Read(buf)
		if n > 0 {
			now := time.Now()
			in.last.Store(now.UnixNano())
			if open && in.take(n, now) {
				_, werr := in.w.Write(buf[:n])
				open = werr == nil
			}
		}
		if err != nil {
			return
		}
	}
}

// take reports whether n more bytes fit the paste budget at now, and
// spends them if so. A chunk that does not fit is dropped whole: what
// arrived together was pasted together.
func (in *input) take(n int, now time.Time) bool {
	in.budget = min(pasteBurst, in.budget+now.Sub(in.filled).Seconds()*pasteRate)
	in.filled = now
	if float64(n) > in.budget {
		in.dropped.Add(int64(n))
		return false
	}
	in.budget -= float64(n)
	return true
}
