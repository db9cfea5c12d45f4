package perf

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ruse-twins/ruse-twins/data/synth"
)

// memoryPartners is the size of the large synthetic dataset.
const memoryPartners = 100_000

type memoryResult struct {
	name  string
	value float64
	unit  string
}

var (
	memoryOnce    sync.Once
	memoryResults []memoryResult
)

// BenchmarkMemory reports the binaries' sizes and the peak resident memory
// of the app with the embedded data and with 100k synthetic partners
// (--data on a directory written once): of `list`, from the rusage of the
// finished process, and of the browser in a pseudo-terminal after its
// first frame and the frame of a search keystroke (so with its index
// built), from VmHWM in /proc, with what of it is files (the binary) and
// what the process's own; and of the floor after its first frame.
// It measures once per process whatever b.N: loading 100k files takes
// about a minute.
func BenchmarkMemory(b *testing.B) {
	memoryOnce.Do(func() { memoryResults = measureMemory(b) })
	for _, r := range memoryResults {
		b.ReportMetric(r.value, r.name+"-"+r.unit)
		fmt.Fprintf(os.Stderr, "memory: %s %.1f %s\n", r.name, r.value, r.unit)
	}
	b.ReportMetric(0, "ns/op")
}

func measureMemory(b *testing.B) []memoryResult {
	app, floor, page := binaries(b)
	var out []memoryResult
	add := func(name string, value float64, unit string) {
		out = append(out, memoryResult{name, value, unit})
	}
	for _, bin := range [][2]string{{"app", app}, {"floor", floor}} {
		st, err := os.Stat(bin[1])
		if err != nil {
			b.Fatal(err)
		}
		add(bin[0]+"-binary", float64(st.Size())/(1<<20), "MB")
	}

	dir := b.TempDir()
	start := time.Now()
	if err := synth.WriteDir(dir, synth.Home(), synth.Cities(memoryPartners)); err != nil {
		b.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "memory: wrote %d partners in %v\n", memoryPartners, time.Since(start))

	for _, run := range []struct {
		name string
		args []string
	}{{"list", []string{"list"}}, {"list-100k", []string{"--data", dir, "list"}}} {
		rss, took := peakOfCommand(b, app, run.args...)
		add(run.name+"-rss", rss, "MB")
		add(run.name+"-time", took.Seconds(), "s")
	}

	names := []string{"Saint-Ouen", "Peristeri", "Simferopol", "Huainan", "Volgograd", "Giurgiu", "Újbuda", "Trogir", "Bijeljina"}
	for _, run := range []struct {
		name    string
		bin     string
		args    []string
		markers []string
		search  bool
	}{
		{"browser", app, nil, []string{"Saint-Ouen", "Timeline"}, true},
		{"browser-100k", app, []string{"--data", dir}, []string{"100000", "Timeline"}, true},
		{"floor", floor, append([]string{page}, names...), []string{"Saint-Ouen", "Timeline"}, false},
	} {
		st, first := peakOfBrowser(b, run.bin, run.args, run.markers, run.search)
		add(run.name+"-hwm", st["VmHWM"], "MB")
		add(run.name+"-rss-file", st["RssFile"], "MB")
		add(run.name+"-rss-anon", st["RssAnon"], "MB")
		add(run.name+"-first-frame", first.Seconds(), "s")
	}
	return out
}

// peakOfCommand runs bin with args, its output discarded, and returns its
// peak resident memory and how long it took. On Linux a child's ru_maxrss
// starts at the resident size of the process it was started from, which
// here would be this one, grown by the synthetic dataset; so it is run
// from a small process, this test binary started again as a wrapper
// (TestMain), and what is reported is at least that one's few megabytes.
func peakOfCommand(tb testing.TB, bin string, args ...string) (float64, time.Duration) {
	tb.Helper()
	cmd := exec.Command(os.Args[0], append([]string{bin}, args...)...)
	cmd.Env = append(os.Environ(), rusageEnv+"=1")
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("%s %v: %v", bin, args, err)
	}
	var kb, ns int64
	if _, err := fmt.Sscan(string(out), &kb, &ns); err != nil {
		tb.Fatalf("%s %v: %q: %v", bin, args, out, err)
	}
	return float64(kb) / 1024, time.Duration(ns)
}

// peakOfBrowser starts bin in a 100×30 pseudo-terminal, waits for the
// markers of its first frame and, with search, for the frame of a search
// keystroke, and returns its memory then (see memoryStatus) and the time
// to the first frame.
func peakOfBrowser(tb testing.TB, bin string, args, markers []string, search bool) (map[string]float64, time.Duration) {
	tb.Helper()
	t, err := startTerm(100, 30, []string{"TERM=xterm-256color", "LANG=C.UTF-8", "COLORFGBG="}, bin, args...)
	if err != nil {
		tb.Fatal(err)
	}
	defer t.stop()
	first, ok := t.waitFor(5*time.Minute, markers...)
	if !ok {
		tb.Fatalf("%s %v: no first frame", bin, args)
	}
	if search {
		t.send("/")
		from := t.mark()
		t.send("v")
		if _, ok := t.waitAfter(from, 5*time.Minute, "/ v"); !ok {
			tb.Fatalf("%s %v: no frame after a search keystroke", bin, args)
		}
	}
	return memoryStatus(tb, t.cmd.Process.Pid), first
}

// memoryStatus returns the memory of process pid, in megabytes, from
// /proc: its peak resident memory (VmHWM), and what is resident now of
// files, its binary's pages the most (RssFile), and of its own memory,
// the heap, the stacks and the runtime's (RssAnon).
func memoryStatus(tb testing.TB, pid int) map[string]float64 {
	tb.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	st := map[string]float64{}
	s := bufio.NewScanner(f)
	for s.Scan() {
		name, rest, ok := strings.Cut(s.Text(), ":")
		if !ok || name != "VmHWM" && name != "RssFile" && name != "RssAnon" {
			continue
		}
		kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
		if err != nil {
			tb.Fatal(err)
		}
		st[name] = kb / 1024
	}
	if len(st) != 3 {
		tb.Fatalf("/proc/%d/status: %v", pid, st)
	}
	return st
}
