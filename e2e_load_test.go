package main

// The load benchmark of serve: a server in this process, and, in a child
// process (this test binary again, running TestLoadClient), many clients
// that connect at once, type a query key by key and read the frame that
// answers each key, then leave, some by quitting and some abruptly. The
// clients live in a process of their own so that the server's CPU and
// memory are measured alone. Run it with
//
//	go test -run '^$' -bench ServeLoad -benchtime 1x .
//
// LOAD_SESSIONS sets the number of clients (200 by default), LOAD_PACE
// the time between a client's keys (300ms, a typist's pace, by default;
// 0 types each key as soon as the last one's frame has come), and
// LOAD_TYPING how many of the clients type (all by default; the others
// stay idle). LOAD_CPUPROFILE=FILE profiles the server while the clients
// type, LOAD_IDLEPROFILE=FILE while they all sit idle, and
// LOAD_HEAPPROFILE=FILE writes FILE.held and FILE.after, the heap with
// every session held and after all have left.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/ruse-twins/ruse-twins/ui/serve"
)

// loadEnv, set in its environment, makes TestLoadClient the load's
// clients: "address fingerprint sessions".
const loadEnv = "RUSE_TWINS_TEST_LOAD"

// loadQuery is what each client types, a key at a time: Cyrillic, which
// nothing else on an English screen is, so the frame that answers a key
// is the one that shows the query as typed so far.
const loadQuery = "гюргево"

func BenchmarkServeLoad(b *testing.B) {
	n := 200
	if v, err := strconv.Atoi(os.Getenv("LOAD_SESSIONS")); err == nil && v > 1 {
		n = v
	}
	for range b.N {
		loadOnce(b, n)
	}
}

// usage is the process's memory and CPU at one moment.
type usage struct {
	rss        int64         // bytes resident
	heap       int64         // bytes of heap in use, after a collection
	cpu        time.Duration // CPU used until the measurement began
	cpuAfter   time.Duration // and until it ended: its collection is the benchmark's
	goroutines int
	at         time.Time
}

func measure() usage {
	u := usage{cpu: cpuTime(), at: time.Now()}
	// Collected, and what was freed given back to the system, so that
	// the resident memory is what the sessions hold.
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	u.rss, u.heap, u.goroutines = vmRSS(), int64(ms.HeapInuse), runtime.NumGoroutine()
	u.cpuAfter = cpuTime()
	return u
}

// cpuTime is the CPU the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// processCPU is the CPU process pid has used so far, from /proc.
func processCPU(pid int) time.Duration {
	b, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	// The fields after the command's name, which is in parentheses:
	// utime and stime are the 12th and 13th, in clock ticks.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / clockTicks
}

// clockTicks is the kernel's USER_HZ, the unit of /proc's CPU times: 100
// on Linux everywhere.
const clockTicks = 100

// machineUse is the CPU time of all the machine's cores, busy and in all,
// and the moment it was read.
type machineUse struct {
	busy, idle time.Duration
	wall       time.Duration
}

// total is the CPU time there was.
func (m machineUse) total() time.Duration { return m.busy + m.idle }

// sub is the use between o and m.
func (m machineUse) sub(o machineUse) machineUse {
	return machineUse{m.busy - o.busy, m.idle - o.idle, m.wall - o.wall}
}

// machineCPU reads the CPU time of all cores from /proc/stat.
func machineCPU() machineUse {
	b, _ := os.ReadFile("/proc/stat")
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	var u machineUse
	u.wall = time.Duration(time.Now().UnixNano())
	for i, v := range f[1:] {
		n, _ := strconv.ParseInt(v, 10, 64)
		d := time.Duration(n) * time.Second / clockTicks
		switch i {
		case 3, 4: // idle, iowait
			u.idle += d
		case 8, 9: // guest time, counted in user already
		default:
			u.busy += d
		}
	}
	return u
}

// loadAverage is the machine's load average over 1, 5 and 15 minutes.
func loadAverage() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// vmRSS reads the process's resident memory from /proc.
func vmRSS() int64 {
	b, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.Fields(rest)[0], 10, 64)
			return kb << 10
		}
	}
	return 0
}

func loadOnce(b *testing.B, n int) {
	st, _, _ := inProcess(b, func(c *serve.Config) { c.MaxSessions, c.MaxPerIP = n+10, n+10 })
	base := measure()
	child := exec.Command(binary, "-test.run=^TestLoadClient$", "-test.timeout=30m")
	pace := 300 * time.Millisecond
	if d, err := time.ParseDuration(os.Getenv("LOAD_PACE")); err == nil {
		pace = d
	}
	typists := n
	if v, err := strconv.Atoi(os.Getenv("LOAD_TYPING")); err == nil && v > 0 && v < n {
		typists = v
	}
	child.Env = append(os.Environ(), fmt.Sprintf("%s=%s %s %d %s %d", loadEnv, st.addr, st.fingerprint, n, pace, typists))
	child.Stderr = os.Stderr
	in, _ := child.StdinPipe()
	outPipe, _ := child.StdoutPipe()
	if err := child.Start(); err != nil {
		b.Fatal(err)
	}
	out := bufio.NewScanner(outPipe)
	out.Buffer(make([]byte, 1<<20), 16<<20)
	expect := func(word string) string {
		for out.Scan() {
			if rest, ok := strings.CutPrefix(out.Text(), "LOAD "+word); ok {
				return strings.TrimSpace(rest)
			}
			// What the clients' test says (a failure, say) is shown.
			if !strings.HasPrefix(out.Text(), "LOAD ") {
				fmt.Fprintln(os.Stderr, out.Text())
			}
		}
		b.Fatalf("the clients ended before %q", word)
		return ""
	}
	say := func(word string) { fmt.Fprintln(in, word) }

	expect("one")
	one := measure()
	say("more")
	expect("held")
	held := measure()
	heapProfile("held")
	stopIdle := cpuProfile("LOAD_IDLEPROFILE")
	time.Sleep(5 * time.Second)
	stopIdle()
	idle := measure()
	clientsBefore, machineBefore := processCPU(child.Process.Pid), machineCPU()
	stopProfile := cpuProfile("LOAD_CPUPROFILE")
	say("type")
	var lat []time.Duration
	if err := json.Unmarshal([]byte(expect("typed")), &lat); err != nil {
		b.Fatal(err)
	}
	stopProfile()
	clients, machine := processCPU(child.Process.Pid)-clientsBefore, machineCPU().sub(machineBefore)
	typed := measure()
	say("leave")
	expect("left")
	for out.Scan() {
		fmt.Fprintln(os.Stderr, out.Text())
	}
	if err := child.Wait(); err != nil {
		b.Fatalf("the clients failed: %v", err)
	}
	// Everything the sessions held is let go: wait for the goroutines to
	// come back to where they were, for a while.
	var after usage
	deadline := time.Now().Add(20 * time.Second)
	for {
		after = measure()
		if after.goroutines <= base.goroutines || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}

	heapProfile("after")
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	perSession := func(a, b int64) float64 { return float64(b-a) / float64(n-1) / (1 << 20) }
	b.ReportMetric(float64(pct(0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(pct(0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(perSession(one.rss, held.rss), "MB-rss/session")
	b.ReportMetric(perSession(one.heap, held.heap), "MB-heap/session")
	idleCPU := float64((idle.cpu - held.cpuAfter).Microseconds()) / 1000 / idle.at.Sub(held.at).Seconds() / float64(n)
	b.ReportMetric(idleCPU, "ms-cpu/s/idle-session")
	b.ReportMetric(float64((typed.cpu-idle.cpuAfter).Microseconds())/1000/float64(len(lat)), "ms-cpu/key")
	b.Logf("%d sessions, %d typing a key every %v, %d keys: key to frame p50 %v, p90 %v, p99 %v, max %v", n, typists, pace, len(lat), pct(0.5), pct(0.9), pct(0.99), lat[len(lat)-1])
	b.Logf("RSS: none %.1f MB, one %.1f MB, %d %.1f MB (%.2f MB a session beyond the first); heap %.1f → %.1f MB (%.2f MB a session)",
		mb(base.rss), mb(one.rss), n, mb(held.rss), perSession(one.rss, held.rss), mb(one.heap), mb(held.heap), perSession(one.heap, held.heap))
	b.Logf("CPU: idle %.3f ms a second a session; typing %.2f ms a key (%v for all)", idleCPU,
		float64((typed.cpu-idle.cpuAfter).Microseconds())/1000/float64(len(lat)), typed.cpu-idle.cpuAfter)
	server := typed.cpu - idle.cpuAfter
	b.Logf("while typing (%v): the server %v, the clients %v, everything else on the machine %v, of %v (%d cores); load average %s",
		machine.wall.Round(time.Millisecond), server.Round(time.Millisecond), clients.Round(time.Millisecond),
		max(machine.busy-server-clients, 0).Round(time.Millisecond), machine.total().Round(time.Millisecond), runtime.NumCPU(), loadAverage())
	b.ReportMetric(float64(clients.Microseconds())/1000/float64(len(lat)), "ms-cpu/key-clients")
	b.Logf("after all left: goroutines %d (before any: %d), heap %.1f MB (before any: %.1f MB), RSS %.1f MB",
		after.goroutines, base.goroutines, mb(after.heap), mb(base.heap), mb(after.rss))
	if after.goroutines > base.goroutines {
		buf := make([]byte, 1<<20)
		b.Fatalf("%d goroutines left after every client left:\n%s", after.goroutines-base.goroutines, buf[:runtime.Stack(buf, true)])
	}
	// What stays is the runtime's own record of every goroutine there
	// ever was (it keeps them for reuse), this test's copy of the log and
	// the pages the sessions rendered, which the server keeps for the
	// next: 1–3 MB, however little each session holds, and however few
	// sessions there were. What the sessions held, if it stayed, would be
	// more than that and a twentieth of it.
	if left, kept := after.heap-base.heap, held.heap-base.heap; left > 2<<20+kept/20 {
		b.Errorf("heap after all left: %.1f MB, before any: %.1f MB, while held: %.1f MB", mb(after.heap), mb(base.heap), mb(held.heap))
	}
}

// cpuProfile starts a CPU profile of the server to the file that the
// environment variable v names, if it is set, and returns what stops it:
// run around the typing alone (LOAD_CPUPROFILE), so that the profile
// holds what the keys cost, or the idle seconds before (LOAD_IDLEPROFILE).
func cpuProfile(v string) (stop func()) {
	p := os.Getenv(v)
	if p == "" {
		return func() {}
	}
	f, err := os.Create(p)
	if err != nil {
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

// heapProfile writes a heap profile to $LOAD_HEAPPROFILE.when, if that
// is set.
func heapProfile(when string) {
	if p := os.Getenv("LOAD_HEAPPROFILE"); p != "" {
		if f, err := os.Create(p + "." + when); err == nil {
			pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }

// TestLoadClient is the clients of BenchmarkServeLoad, in a process of
// their own; it does nothing unless loadEnv is set.
func TestLoadClient(t *testing.T) {
	spec := strings.Fields(os.Getenv(loadEnv))
	if len(spec) != 5 {
		t.Skip("run by BenchmarkServeLoad")
	}
	st := sshTarget{addr: spec[0], fingerprint: spec[1]}
	n, _ := strconv.Atoi(spec[2])
	pace, _ := time.ParseDuration(spec[3])
	typists, _ := strconv.Atoi(spec[4])
	commands := bufio.NewScanner(os.Stdin)
	await := func(word string) {
		for commands.Scan() {
			if commands.Text() == word {
				return
			}
		}
		t.Fatalf("no %q", word)
	}
	clients := make([]*loadClient, n)
	connect := func(from, to int) {
		var wg sync.WaitGroup
		for i := from; i < to; i++ {
			wg.Go(func() { clients[i] = newLoadClient(t, st) })
		}
		wg.Wait()
	}
	connect(0, 1)
	fmt.Println("LOAD one")
	await("more")
	connect(1, n)
	fmt.Println("LOAD held")
	await("type")
	var mu sync.Mutex
	var lat []time.Duration
	var wg sync.WaitGroup
	for i, c := range clients[:typists] {
		wg.Go(func() {
			// The clients start their typing spread over one key's time.
			time.Sleep(pace * time.Duration(i) / time.Duration(typists))
			l := c.typeQuery(pace)
			mu.Lock()
			lat = append(lat, l...)
			mu.Unlock()
		})
	}
	wg.Wait()
	j, _ := json.Marshal(lat)
	fmt.Printf("LOAD typed %s\n", j)
	await("leave")
	for i, c := range clients {
		wg.Go(func() { c.leave(i % 3) })
	}
	wg.Wait()
	fmt.Println("LOAD left")
}

// loadClient is one of the load's clients: a session in a terminal, and
// what it has received.
type loadClient struct {
	t   *testing.T
	nc  net.Conn
	c   *gossh.Client
	s   *gossh.Session
	in  io.Writer
	mu  sync.Mutex
	got []byte
	new *sync.Cond
	// typed says the client typed its query, which is then on the screen.
	typed bool
}

func newLoadClient(t *testing.T, st sshTarget) *loadClient {
	nc, err := net.DialTimeout("tcp", st.addr, patience)
	if err != nil {
		t.Fatal(err)
	}
	cc, chans, reqs, err := gossh.NewClientConn(nc, st.addr, st.config())
	if err != nil {
		t.Fatal(err)
	}
	lc := &loadClient{t: t, nc: nc, c: gossh.NewClient(cc, chans, reqs)}
	lc.new = sync.NewCond(&lc.mu)
	if lc.s, err = lc.c.NewSession(); err != nil {
		t.Fatal(err)
	}
	lc.s.Setenv("LANG", "C.UTF-8")
	out, _ := lc.s.StdoutPipe()
	lc.in, _ = lc.s.StdinPipe()
	if err := lc.s.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := lc.s.Shell(); err != nil {
		t.Fatal(err)
	}
	go lc.read(out)
	lc.wait(0, "9 of 9")
	return lc
}

// read keeps what the server sends.
func (lc *loadClient) read(out io.Reader) {
	buf := make([]byte, 32<<10)
	for {
		n, err := out.Read(buf)
		lc.mu.Lock()
		lc.got = append(lc.got, buf[:n]...)
		lc.new.Broadcast()
		lc.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// wait waits until what came since offset from holds want.
func (lc *loadClient) wait(from int, want string) {
	expired := false
	timer := time.AfterFunc(patience, func() {
		lc.mu.Lock()
		expired = true
		lc.new.Broadcast()
		lc.mu.Unlock()
	})
	defer timer.Stop()
	lc.mu.Lock()
	defer lc.mu.Unlock()
	for !bytes.Contains(lc.got[from:], []byte(want)) {
		if expired {
			lc.t.Errorf("waited %v for %q; came: %q", patience, want, lc.got[max(from, len(lc.got)-400):])
			return
		}
		lc.new.Wait()
	}
}

// send types keys and returns where the answer starts.
func (lc *loadClient) send(keys string) int {
	lc.mu.Lock()
	from := len(lc.got)
	lc.mu.Unlock()
	io.WriteString(lc.in, keys)
	return from
}

// typeQuery opens the query box and types loadQuery a key every pace,
// timing each key from its sending to the frame that shows it.
func (lc *loadClient) typeQuery(pace time.Duration) []time.Duration {
	lc.typed = true
	lc.wait(lc.send("/"), "keep filter")
	var lat []time.Duration
	for i, r := range []rune(loadQuery) {
		time.Sleep(pace)
		start := time.Now()
		lc.wait(lc.send(string(r)), string([]rune(loadQuery)[:i+1]))
		lat = append(lat, time.Since(start))
	}
	lc.mu.Lock()
	ok := bytes.Contains(lc.got, []byte("1 of 9"))
	lc.mu.Unlock()
	if !ok {
		lc.wait(0, "1 of 9")
	}
	return lat
}

// leave ends the session: by quitting (0), by closing the connection
// (1), or by dropping it with a reset, as a client that vanishes (2).
func (lc *loadClient) leave(how int) {
	switch how {
	case 0:
		if lc.typed {
			lc.wait(lc.send("\x1b"), "/ search")
		}
		lc.send("q")
		lc.s.Wait()
		lc.c.Close()
	case 1:
		lc.c.Close()
	default:
		lc.nc.(*net.TCPConn).SetLinger(0)
		lc.nc.Close()
	}
}
