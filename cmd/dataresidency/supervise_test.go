//go:build linux || darwin

package main

import (
	"bytes"
	"errors"
	"os"
	osexec "os/exec"
	"strings"
	"syscall"
	"testing"
)

// asCommandEnv makes the test binary the command: TestMain runs main,
// with the test hooks on (see testCrash). The tests run the command, its
// supervisor and the supervised child as this binary, with no build.
const asCommandEnv = "DATARESIDENCY_TEST_AS_COMMAND"

func TestMain(m *testing.M) {
	if os.Getenv(asCommandEnv) == "1" {
		testHooks = "on"
		main()
		return
	}
	os.Exit(m.Run())
}

// testBinary is the command: this test binary (see asCommandEnv).
func testBinary(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skip("no executable to run:", err)
	}
	return exe
}

// runBinary runs the built command with the extra environment and
// returns its process state and outputs.
func runBinary(t *testing.T, env []string, stdin *os.File, args ...string) (*os.ProcessState, string, string) {
	t.Helper()
	cmd := osexec.Command(testBinary(t), args...)
	cmd.Env = append(os.Environ(), append(env, asCommandEnv+"=1")...)
	if stdin != nil {
		cmd.Stdin = stdin
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *osexec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return cmd.ProcessState, stdout.String(), stderr.String()
}

// TestFatalErrorExitsCrash checks that crashes the runtime cannot recover
// from exit with status 3 and the crash line last, through the
// supervisor (D15, D19): before, a stack overflow or out of memory
// exited 2, as for bad input.
func TestFatalErrorExitsCrash(t *testing.T) {
	for _, tt := range []struct{ hook, what string }{
		{"stack", "fatal error: stack overflow"},
		{"oom", "fatal error: out of memory"},
		{"gopanic", "panic: test crash in a goroutine"},
		{"panic", `panic: test crash \x1b[2J`},
	} {
		t.Run(tt.hook, func(t *testing.T) {
			ps, stdout, stderr := runBinary(t, []string{testCrashEnv + "=" + tt.hook}, nil, "rules", "-jurisdiction", "CN")
			want := crashMessage(tt.what)
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if ps.ExitCode() != exitCrash || stdout != "" || lines[len(lines)-1] != want {
				t.Errorf("exit %d, want 3; stderr ends %q, want %q", ps.ExitCode(), lines[len(lines)-1], want)
			}
			if n := strings.Count(stderr, "dataresidency: internal error"); n != 1 {
				t.Errorf("%d crash lines, want 1", n)
			}
		})
	}
}

// TestSupervisorPassesThrough checks that the supervisor gives the
// command's exit status, standard input and output, and a forged
// supervisor marker changes nothing.
func TestSupervisorPassesThrough(t *testing.T) {
	in, err := os.Open(example(dublin))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	ps, stdout, stderr := runBinary(t, nil, in, "assess", "-as-of", "2019-06-01", "-")
	if ps.ExitCode() != exitFindings || !strings.Contains(stdout, "Result: FAIL") {
		t.Errorf("assess -: exit %d\n%s%s", ps.ExitCode(), stdout, stderr)
	}
	for _, tt := range []struct {
		env  []string
		args []string
		want int
	}{
		{nil, []string{"help"}, exitOK},
		{nil, []string{"assess"}, exitUsage},
		{[]string{supervisorEnv + "=1"}, []string{"regions", "-country", "IE"}, exitOK},
		{[]string{supervisorEnv + "=1"}, []string{"nonsense"}, exitUsage},
		{[]string{testCrashEnv + "=none"}, []string{"assess", "-as-of", "2019-06-01", example(dublin)}, exitFindings},
	} {
		if ps, _, stderr := runBinary(t, tt.env, nil, tt.args...); ps.ExitCode() != tt.want {
			t.Errorf("%v %v: exit %d, want %d\n%s", tt.env, tt.args, ps.ExitCode(), tt.want, stderr)
		}
	}
}

// TestSupervisorSignals checks that a child killed by a signal is the
// supervisor killed by the same signal: SIGTERM, and SIGPIPE when the
// reader of standard output goes away (`| head -1` gives 141).
func TestSupervisorSignals(t *testing.T) {
	ps, _, stderr := runBinary(t, []string{testCrashEnv + "=term"}, nil, "rules")
	if ws := ps.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != syscall.SIGTERM {
		t.Errorf("SIGTERM: %v, want killed by SIGTERM\n%s", ps, stderr)
	}

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close() // no reader: the first write fails
	cmd := osexec.Command(testBinary(t), "rules", "-format", "json")
	cmd.Env = append(os.Environ(), asCommandEnv+"=1")
	cmd.Stdout = w
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	err = cmd.Run()
	w.Close()
	var ee *osexec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("got %v, want the process killed", err)
	}
	if ws := ee.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != syscall.SIGPIPE {
		t.Errorf("SIGPIPE: %v, want killed by SIGPIPE\n%s", ee, errBuf.String())
	}
	if errBuf.Len() != 0 {
		t.Errorf("stderr: %s", errBuf.String())
	}
}
