package perf

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// idleWindow is how long the programs are left alone.
const idleWindow = 10 * time.Second

// idleResult is the CPU a program used in the idle window: utime+stime of
// /proc/PID/stat, in clock ticks of 10 ms, and the run time of all its
// threads from /proc/PID/task/*/schedstat, in nanoseconds.
type idleResult struct {
	name  string
	ticks int64
	run   time.Duration
}

var (
	idleOnce    sync.Once
	idleResults []idleResult
)

// BenchmarkIdle starts the app, the app as a kiosk (--kiosk --idle 90s)
// and the floor side by side in pseudo-terminals, waits for their first
// frames, and reports the CPU each used in the next 10 s without input.
// The window is measured once per process whatever b.N, since it is a
// wait, not a loop.
func BenchmarkIdle(b *testing.B) {
	idleOnce.Do(func() { idleResults = measureIdle(b) })
	for _, r := range idleResults {
		b.ReportMetric(float64(r.run.Microseconds())/1000, r.name+"-cpu-ms")
		fmt.Fprintf(os.Stderr, "idle %v: %s used %v of CPU (utime+stime %d ticks)\n", idleWindow, r.name, r.run, r.ticks)
	}
	b.ReportMetric(0, "ns/op")
}

func measureIdle(b *testing.B) []idleResult {
	app, floor, page := binaries(b)
	names := []string{"Saint-Ouen", "Peristeri", "Simferopol", "Huainan", "Volgograd", "Giurgiu", "Újbuda", "Trogir", "Bijeljina"}
	runs := []struct {
		name string
		bin  string
		args []string
	}{
		{"app", app, nil},
		{"kiosk", app, []string{"--kiosk", "--idle", "90s"}},
		{"floor", floor, append([]string{page}, names...)},
	}
	out := make([]idleResult, len(runs))
	var wg sync.WaitGroup
	for i, r := range runs {
		wg.Go(func() {
			t, err := startTerm(100, 30, []string{"TERM=xterm-256color", "LANG=C.UTF-8", "COLORFGBG="}, r.bin, r.args...)
			if err != nil {
				b.Error(err)
				return
			}
			defer t.stop()
			if _, ok := t.waitFor(10*time.Second, "Saint-Ouen", "Timeline"); !ok {
				b.Errorf("%s: no first frame", r.name)
				return
			}
			time.Sleep(time.Second) // let start-up settle
			pid := t.cmd.Process.Pid
			ticks0, run0 := cpuOf(b, pid)
			time.Sleep(idleWindow)
			ticks1, run1 := cpuOf(b, pid)
			out[i] = idleResult{r.name, ticks1 - ticks0, run1 - run0}
		})
	}
	wg.Wait()
	return out
}

// cpuOf returns the CPU process pid has used: utime+stime in clock ticks,
// and the run time of its threads.
func cpuOf(tb testing.TB, pid int) (int64, time.Duration) {
	tb.Helper()
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		tb.Fatal(err)
	}
	// The command name, in parentheses, may hold spaces: fields count
	// from after it. utime and stime are fields 14 and 15.
	f := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/schedstat", pid))
	var run int64
	for _, task := range tasks {
		b, err := os.ReadFile(task)
		if err != nil {
			continue // the thread has gone
		}
		if ns, err := strconv.ParseInt(strings.Fields(string(b))[0], 10, 64); err == nil {
			run += ns
		}
	}
	return utime + stime, time.Duration(run)
}
