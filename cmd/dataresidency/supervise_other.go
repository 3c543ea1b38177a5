//go:build !(linux || darwin)

package main

import "os"

// supervise runs the command in this process: there is no supervisor on
// this system (see supervise_unix.go), so a fatal runtime error exits 2.
func supervise() (code int, ok bool) { return 0, false }

// killSelf ends the process (a test hook).
func killSelf() { os.Exit(128 + 15) }
