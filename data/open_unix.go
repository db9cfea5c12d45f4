//go:build unix

package data

import "syscall"

// openNoWait opens a named pipe without waiting for a writer, and a
// terminal without making it the controlling one.
const openNoWait = syscall.O_NONBLOCK | syscall.O_NOCTTY
