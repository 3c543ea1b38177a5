package main

import (
	"strings"
	"testing"
)

// TestPanicExitsCrash checks that a panic in the command is exit status 3
// with the crash line last on stderr, not 2 (bad input) (D15, D19).
func TestPanicExitsCrash(t *testing.T) {
	t.Setenv(testCrashEnv, "panic")
	// Without the hooks (every build but the tests'), the variable does
	// nothing.
	if code, _, stderr := exec(t, "regions", "-country", "IE"); code != exitOK {
		t.Fatalf("hooks off: exit %d\n%s", code, stderr)
	}
	testHooks = "on"
	defer func() { testHooks = "" }()
	code, stdout, stderr := exec(t, "regions", "-country", "IE")
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	last := lines[len(lines)-1]
	want := `dataresidency: internal error (panic: test crash \x1b[2J): this is a bug in dataresidency, not a problem with the input; please report it`
	if code != exitCrash || stdout != "" || last != want {
		t.Errorf("exit %d, want 3; last line of stderr:\n%s\nwant\n%s", code, last, want)
	}
	if strings.Count(stderr, "internal error") != 1 || !strings.Contains(stderr, "goroutine ") {
		t.Errorf("stderr should hold the stack and one crash line:\n%s", stderr)
	}
}

func TestCrashWhat(t *testing.T) {
	for _, tt := range []struct{ report, want string }{
		{"panic: boom\n\ngoroutine 1 [running]:\n", "panic: boom"},
		{"fatal error: concurrent map writes\n", "fatal error: concurrent map writes"},
		{"\nruntime stack:\nruntime.throw({0x1, 0x2})\n\t/go/panic.go:1 +0x1\nruntime.newstack()\n\t/go/stack.go:1\n", "fatal error: stack overflow"},
		{"\ngoroutine 1 [running]:\nruntime.throw({0x1?, 0x2?})\n\t/go/panic.go:1\nruntime.(*mcache).allocLarge(0x1, 0x2)\n\t/go/mcache.go:259\n", "fatal error: out of memory"},
		{"\nruntime.throw({0x1})\n\t/x\nruntime.(*hmap).something(0x1)\n", "fatal error in runtime.(*hmap).something"},
		{"\n\nSIGSEGV: segmentation violation\nPC=0x0\n", "SIGSEGV: segmentation violation"},
		{"", "crashed"},
	} {
		if got := crashWhat(tt.report); got != tt.want {
			t.Errorf("crashWhat(%q) = %q, want %q", tt.report, got, tt.want)
		}
	}
}
