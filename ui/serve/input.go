package serve

import (
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// What a client may pour in: a burst of pasteBurst bytes at once, then
// pasteRate a second; and of key and mouse events, which each cost the
// program a frame, eventBurst at once, then eventRate a second. Typing,
// even fast, a held arrow key's repeat and mouse drags are below all of
// them; what is beyond is dropped, so that no client can keep the server
// busy with input.
const (
	pasteBurst = 16 << 10
	pasteRate  = 4 << 10
	eventBurst = 60
	eventRate  = 40
)

// bucket is a token bucket: up to size tokens, rate more a second.
type bucket struct {
	tokens float64
	filled time.Time
}

// take reports whether n tokens are there at now, and spends them if so.
func (b *bucket) take(n, size, rate float64, now time.Time) bool {
	b.tokens = min(size, b.tokens+now.Sub(b.filled).Seconds()*rate)
	b.filled = now
	if n > b.tokens {
		return false
	}
	b.tokens -= n
	return true
}

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
	bytes     bucket // the paste budget, in bytes; the pump's own
}

// newInput starts carrying src's bytes to the returned input's reader.
func newInput(src io.Reader) *input {
	r, w := io.Pipe()
	in := &input{r: r, w: w, ended: make(chan struct{}), bytes: bucket{tokens: pasteBurst, filled: time.Now()}}
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
	if !in.bytes.take(float64(n), pasteBurst, pasteRate, now) {
		in.dropped.Add(int64(n))
		return false
	}
	return true
}
