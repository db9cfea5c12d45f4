package ui

import (
	"bytes"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"testing/synctest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// chunks is input that arrives in the given pieces, one a read, each
// after the pause before it.
type chunks struct {
	parts  []string
	pauses []time.Duration
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	time.Sleep(c.pauses[0])
	n := copy(p, c.parts[0])
	if n < len(c.parts[0]) {
		c.parts[0] = c.parts[0][n:]
		c.pauses[0] = 0
		return n, nil
	}
	c.parts, c.pauses = c.parts[1:], c.pauses[1:]
	return n, nil
}

// through reads everything from the guard over c, as bubbletea would, in
// reads of 256 bytes, and returns what went on.
func through(c *chunks) string {
	g := guardInput(c)
	var out bytes.Buffer
	buf := make([]byte, 256)
	for {
		n, err := g.Read(buf)
		out.Write(buf[:n])
		if err != nil {
			return out.String()
		}
	}
}

func TestPasteGuard(t *testing.T) {
	long := strings.Repeat("Русе Ruse ", 200_000) // 3 MB
	cases := []struct {
		name   string
		parts  []string
		pauses []time.Duration
		want   string
	}{
		{"keys pass", []string{"abc", "\x1b[A", "q"}, []time.Duration{0, time.Second, time.Second}, "abc\x1b[Aq"},
		{"a paste passes", []string{pasteStart + "Сент-Уан" + pasteEnd + "x"}, []time.Duration{0}, pasteStart + "Сент-Уан" + pasteEnd + "x"},
		{"markers split across reads", []string{"\x1b[20", "0~paste\x1b[2", "01~x"}, []time.Duration{0, 0, 0}, pasteStart + "paste" + pasteEnd + "x"},
		{"a paste that never ends is ended by the next key after a pause",
			[]string{pasteStart, "abc", "q"}, []time.Duration{0, 100 * time.Millisecond, time.Second},
			pasteStart + "abc" + pasteEnd + "q"},
		{"a long paste is cut", []string{pasteStart + long + pasteEnd + "q"}, []time.Duration{0},
			pasteStart + long[:maxPaste] + pasteEnd + "q"},
		{"a long paste cut in its end marker", []string{pasteStart + long[:maxPaste-3] + pasteEnd + "q"}, []time.Duration{0},
			pasteStart + long[:maxPaste-3] + pasteEnd[:3] + pasteEnd + "q"},
		{"an end without a start passes", []string{pasteEnd + "q"}, []time.Duration{0}, pasteEnd + "q"},
	}
	for _, c := range cases {
		synctest.Test(t, func(t *testing.T) {
			if got := through(&chunks{c.parts, c.pauses}); got != c.want {
				if len(got) > 200 {
					t.Errorf("%s: %d bytes, want %d", c.name, len(got), len(c.want))
					return
				}
				t.Errorf("%s: %q, want %q", c.name, got, c.want)
			}
		})
	}
}

// keyLog is a program that records the keys it gets and quits on q.
type keyLog struct{ got *[]tea.KeyMsg }

func (k keyLog) Init() tea.Cmd { return nil }
func (k keyLog) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if key, ok := msg.(tea.KeyMsg); ok {
		*k.got = append(*k.got, key)
		if key.String() == "q" {
			return k, tea.Quit
		}
	}
	return k, nil
}
func (k keyLog) View() string { return "" }

// TestProgramHearsAfterPastes runs a real bubbletea program through
// Program's input: a start marker without an end, then after a pause a
// key; then a paste of megabytes, then a key. Every key arrives, and the
// paste arrives cut to maxPaste.
func TestProgramHearsAfterPastes(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r, w := io.Pipe()
		var got []tea.KeyMsg
		p := Program(keyLog{&got}, r, io.Discard, tea.WithoutRenderer())
		done := make(chan error)
		go func() { _, err := p.Run(); done <- err }()
		io.WriteString(w, pasteStart)
		time.Sleep(time.Second)
		io.WriteString(w, "x")
		io.WriteString(w, pasteStart+strings.Repeat("paste ", 1_000_000)+pasteEnd)
		io.WriteString(w, "q")
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		w.Close()
		var names []string
		longest := 0
		for _, k := range got {
			if k.Paste {
				longest = max(longest, len(string(k.Runes)))
				names = append(names, "paste")
				continue
			}
			names = append(names, k.String())
		}
		if strings.Join(names, " ") != "paste x paste q" || longest > maxPaste {
			t.Errorf("keys %q, the longest paste %d bytes", names, longest)
		}
	})
}

// TestGuardedTerminalIsReadInThePoller checks what bubbletea sees of a
// terminal's guard: always a file descriptor, for raw mode; for a
// terminal that Go reads in its poller, no name, so that bubbletea reads
// it with plain reads, which wait in the poller, rather than through
// cancelreader's epoll_wait, which keeps a processor, and a descriptor
// that leaves it in the poller (a read deadline works only there); for
// one that Go does not, such as standard input, its name, so that
// bubbletea can cancel its reads when the program suspends.
func TestGuardedTerminalIsReadInThePoller(t *testing.T) {
	_, tty := openPTY(t)
	// Standard input is blocking: a descriptor of its own, closed here,
	// as a second File of tty's descriptor would close it again when
	// collected, when it may be another test's file.
	fd, err := syscall.Dup(int(tty.Fd()))
	if err != nil {
		t.Fatal(err)
	}
	stdin := os.NewFile(uintptr(fd), tty.Name())
	defer stdin.Close()
	for _, tc := range []struct {
		name   string
		f      *os.File
		polled bool
	}{
		{"a terminal opened by the program", tty, true},
		{"standard input", stdin, false},
	} {
		g := guardInput(tc.f)
		if _, named := g.(interface{ Name() string }); named == tc.polled {
			t.Errorf("%s: named %v: bubbletea reads it through epoll_wait %v", tc.name, named, named)
		}
		f, ok := g.(interface{ Fd() uintptr })
		if !ok {
			t.Fatalf("%s: no file descriptor: bubbletea cannot make the terminal raw", tc.name)
		}
		if fd, _ := rawFd(tc.f); f.Fd() != fd {
			t.Errorf("%s: file descriptor %d, the terminal's is %d", tc.name, f.Fd(), fd)
		}
		if err := tc.f.SetReadDeadline(time.Now()); tc.polled && err != nil {
			t.Errorf("%s: after Fd the terminal takes no read deadline (%v): its reads block a thread", tc.name, err)
		}
	}
}
