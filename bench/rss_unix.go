//go:build unix

package main

import (
	"os"
	"runtime"
	"syscall"
)

// peakRSS is the peak resident set size, in bytes, of a process that has
// exited: ru_maxrss from wait4, which covers the process and those of its
// children it waited for (the CLI runs the command in a child of its own).
// Linux and the BSDs give kilobytes, Darwin bytes. 0 means unknown.
func peakRSS(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok || ru == nil {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(ru.Maxrss)
	}
	return int64(ru.Maxrss) * 1024
}
