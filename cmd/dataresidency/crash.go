package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// crashMessage is the line that says the command crashed; what is the
// runtime's or the panic's own first line ("fatal error: stack
// overflow", "panic: …").
func crashMessage(what string) string {
	return "dataresidency: internal error (" + capLine(escapeControls(what), 200) +
		"): this is a bug in dataresidency, not a problem with the input; please report it"
}

// recoverCrash, deferred in run, turns a panic into exit status
// exitCrash: the goroutine's stack, then the crash line, on stderr.
func recoverCrash(stderr io.Writer, code *int) {
	p := recover()
	if p == nil {
		return
	}
	fmt.Fprintf(stderr, "%s\n", debug.Stack())
	fmt.Fprintln(stderr, crashMessage(fmt.Sprintf("panic: %v", p)))
	*code = exitCrash
}

// crashWhat says what crashed from the runtime's crash report: its
// "panic:" or "fatal error:" line. The runtime writes the "fatal error:"
// line of a throw to standard error only, not to the crash output (Go
// 1.26), so for a throw it is told from the function that threw: stack
// overflow (runtime.newstack), out of memory (the allocator's functions
// that throw it), or "fatal error in FUNCTION". The runtime's full report
// is on standard error above the crash line.
func crashWhat(report string) string {
	lines := strings.Split(report, "\n")
	for _, line := range lines {
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "fatal error: ") || strings.HasPrefix(line, "panic: ") {
			return line
		}
	}
	for i, line := range lines {
		if !strings.HasPrefix(line, "runtime.throw(") && !strings.HasPrefix(line, "runtime.fatal(") {
			continue
		}
		for _, next := range lines[i+1:] {
			if next == "" || strings.HasPrefix(next, "\t") {
				continue
			}
			fn, _, _ := strings.Cut(next, "(")
			if strings.HasPrefix(next, "runtime.(*") {
				// A method: "runtime.(*mheap).grow(…)".
				if j := strings.Index(next, ")."); j >= 0 {
					fn, _, _ = strings.Cut(next[j+2:], "(")
					fn = next[:j+2] + fn
				}
			}
			switch fn {
			case "runtime.newstack":
				return "fatal error: stack overflow"
			case "runtime.(*mcache).allocLarge", "runtime.(*mcache).refill", "runtime.(*mheap).grow",
				"runtime.(*mheap).allocSpan", "runtime.(*mheap).sysAlloc", "runtime.(*mcentral).grow",
				"runtime.sysMap", "runtime.sysMapOS", "runtime.sysAlloc", "runtime.sysAllocOS",
				"runtime.persistentalloc1":
				return "fatal error: out of memory"
			}
			return "fatal error in " + fn
		}
	}
	for _, line := range lines {
		if strings.TrimSpace(line) != "" {
			return strings.TrimRight(line, "\r")
		}
	}
	return "crashed"
}

// testHooks enables testCrash. It is empty in every build but the tests',
// which set it with -ldflags "-X main.testHooks=on".
var testHooks string

// testCrashEnv names the crash testCrash makes.
const testCrashEnv = "DATARESIDENCY_TEST_CRASH"

// testCrash crashes as $DATARESIDENCY_TEST_CRASH says, when testHooks is
// set: "panic" panics in run, "gopanic" in another goroutine, "stack"
// overflows the stack, "oom" runs out of memory, "term" kills the process
// with SIGTERM. Anything else does nothing.
func testCrash() {
	if testHooks == "" {
		return
	}
	switch os.Getenv(testCrashEnv) {
	case "panic":
		panic("test crash \x1b[2J")
	case "gopanic":
		done := make(chan bool)
		go func() {
			defer close(done)
			panic("test crash in a goroutine")
		}()
		<-done
	case "stack":
		debug.SetMaxStack(1 << 20)
		recurse(0)
	case "oom":
		// Address space, never touched: reserving it does not use memory.
		var keep [][]byte
		for {
			keep = append(keep, make([]byte, 1<<44))
		}
	case "term":
		killSelf()
	}
}

//go:noinline
func recurse(n int) int {
	var pad [64]byte
	pad[n%64] = byte(n)
	return recurse(n+1) + int(pad[0])
}
