package ui

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"time"

	"github.com/charmbracelet/x/term"
)

// queryTimeout bounds the wait for the terminal's answer about its
// background. A terminal that answers nothing costs this much once, before
// the first frame, instead of termenv's five seconds.
const queryTimeout = 300 * time.Millisecond

var (
	// da1Reply is the answer to "Primary Device Attributes", which nearly
	// every terminal gives: once it is in, no background answer is coming.
	da1Reply = regexp.MustCompile(`\x1b\[\?[0-9;]*c`)
	// bgReply is the answer to OSC 11, "rgb:RRRR/GGGG/BBBB" with 1–4 hex
	// digits a component, ended by BEL or ST.
	bgReply = regexp.MustCompile(`\x1b\]11;rgb:([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})/([0-9a-fA-F]{1,4})(?:\x07|\x1b\\)`)
)

// openTTY opens the controlling terminal for the background query; a file
// opened this way, unlike os.Stdin, can have a read deadline.
func openTTY() *os.File {
	f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return nil
	}
	return f
}

// queryDark asks the terminal tty for its background colour (OSC 11) and
// reports whether it is dark. It waits at most queryTimeout; ok is false
// when there was no answer or no terminal to ask.
func queryDark(tty *os.File) (dark, ok bool) {
	if tty == nil {
		return false, false
	}
	// Not tty.Fd(): it puts the file in blocking mode, where read
	// deadlines no longer work.
	fd, ok := rawFd(tty)
	if !ok || !term.IsTerminal(fd) {
		return false, false
	}
	// Without a deadline a silent terminal would block the read for good.
	if err := tty.SetReadDeadline(time.Now().Add(queryTimeout)); err != nil {
		return false, false
	}
	defer tty.SetReadDeadline(time.Time{}) //nolint:errcheck // best effort
	state, err := term.MakeRaw(fd)
	if err != nil {
		return false, false
	}
	defer term.Restore(fd, state) //nolint:errcheck // best effort
	if _, err := tty.WriteString("\x1b]11;?\x1b\\\x1b[c"); err != nil {
		return false, false
	}
	return parseBackground(readReplies(tty))
}

// rawFd returns f's file descriptor without changing its mode.
func rawFd(f *os.File) (uintptr, bool) {
	rc, err := f.SyscallConn()
	if err != nil {
		return 0, false
	}
	var fd uintptr
	if err := rc.Control(func(u uintptr) { fd = u }); err != nil {
		return 0, false
	}
	return fd, true
}

// readReplies reads until the DA1 answer arrives or the deadline passes.
func readReplies(tty *os.File) []byte {
	var got []byte
	buf := make([]byte, 256)
	for !da1Reply.Match(got) && len(got) < 4096 {
		n, err := tty.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			break
		}
	}
	return got
}

// parseBackground finds an OSC 11 answer in the replies and reports
// whether its colour is dark (relative luminance below one half).
func parseBackground(replies []byte) (dark, ok bool) {
	m := bgReply.FindSubmatch(replies)
	if m == nil {
		return false, false
	}
	var rgb [3]float64
	for i, hex := range m[1:] {
		v, err := strconv.ParseUint(string(bytes.ToLower(hex)), 16, 16)
		if err != nil {
			return false, false
		}
		rgb[i] = float64(v) / float64(uint64(1)<<(4*len(hex))-1)
	}
	lum := 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
	return lum < 0.5, true
}
