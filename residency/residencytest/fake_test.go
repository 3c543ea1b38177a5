package residencytest_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// fakeTB records what a helper reports. It embeds testing.TB, left nil, to
// satisfy the interface: a helper calling any method but Helper, Errorf
// and Fatalf panics, and the test with it.
type fakeTB struct {
	testing.TB
	helped bool     // Helper was called
	early  bool     // Errorf or Fatalf was called before Helper
	errors []string // Errorf messages
	fatal  string   // the Fatalf message
	fatals int
	after  bool // Errorf or Fatalf was called after Fatalf
	// keepGoing makes Fatalf return instead of stopping the goroutine.
	keepGoing bool
}

func (f *fakeTB) Helper() { f.helped = true }

func (f *fakeTB) Errorf(format string, args ...any) {
	f.report()
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

// Fatalf records the message and stops the calling goroutine, as
// testing.T's does, unless keepGoing is set.
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.report()
	f.fatals++
	f.fatal = fmt.Sprintf(format, args...)
	if !f.keepGoing {
		runtime.Goexit()
	}
}

func (f *fakeTB) report() {
	if !f.helped {
		f.early = true
	}
	if f.fatals > 0 {
		f.after = true
	}
}

// messages returns every message, errors then the fatal one.
func (f *fakeTB) messages() string {
	return strings.Join(append(append([]string(nil), f.errors...), f.fatal), "\n")
}

// runFake runs fn with tb in a goroutine of its own, so that Fatalf's
// runtime.Goexit stops fn and nothing else, and reports whether fn
// returned.
func runFake(tb *fakeTB, fn func(testing.TB)) (returned bool) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(tb)
		returned = true
	}()
	<-done
	return returned
}
