package perf

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// rusageEnv makes the test binary a wrapper that runs a command and
// prints its peak resident memory (see peakOfCommand).
const rusageEnv = "RUSE_PERF_RUSAGE"

func TestMain(m *testing.M) {
	if os.Getenv(rusageEnv) != "" {
		os.Exit(wrap(os.Args[1], os.Args[2:]...))
	}
	os.Exit(m.Run())
}

// wrap runs bin with args, its output discarded and its errors passed
// on, and prints its ru_maxrss in kilobytes and its run time in
// nanoseconds.
func wrap(bin string, args ...string) int {
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss, time.Since(start).Nanoseconds())
	return 0
}
