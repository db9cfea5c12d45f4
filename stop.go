package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/ruse-twins/ruse-twins/model"
)

// stopSignals are the signals a program on the terminal ends on (see
// fatalSignals): the kiosk ignores SIGQUIT, which ctrl+\ sends while the
// terminal is not yet in raw mode, and the browser ends on it too.
func stopSignals(kiosk bool) []os.Signal {
	sigs := fatalSignals()
	if !kiosk {
		sigs = append(sigs, syscall.SIGQUIT)
	}
	return sigs
}

// signalStatus is the exit status that says signal sig ended the program:
// 128+N, as a shell reports a process killed by signal N (143 for
// SIGTERM, 130 for SIGINT, 129 for SIGHUP).
func signalStatus(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}

// starting catches the signals that end the browser from the moment it
// starts, while the terminal is settled and the data loads, and for the
// kiosk ignores those a visitor's keys send before the terminal is in raw
// mode: ctrl+\ (SIGQUIT, a stack dump on the public screen) and ctrl+z
// (SIGTSTP, a stopped kiosk). The channel is for loadListening.
func starting(kiosk bool) chan os.Signal {
	if kiosk {
		signal.Ignore(syscall.SIGQUIT, syscall.SIGTSTP)
	}
	early := make(chan os.Signal, 1)
	signal.Notify(early, stopSignals(kiosk)...)
	return early
}

// loadListening loads the dataset of dir (see loadData) unless one of
// the early signals comes first: then it returns the exitError that says
// so, and the loading is left to end with the process.
func loadListening(dir string, early <-chan os.Signal) (model.Dataset, error) {
	type loaded struct {
		ds  model.Dataset
		err error
	}
	done := make(chan loaded, 1)
	go func() {
		ds, err := loadData(dir)
		done <- loaded{ds, err}
	}()
	select {
	case l := <-done:
		return l.ds, l.err
	case sig := <-early:
		return model.Dataset{}, exitError{signalStatus(sig), nil}
	}
}
