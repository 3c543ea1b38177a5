//go:build linux || darwin

package main

import (
	"bytes"
	"io"
	"os"
	osexec "os/exec"
	"os/signal"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"
)

// supervisorEnv marks the child process of the supervisor: its value is
// the supervisor's process ID.
const supervisorEnv = "DATARESIDENCY_SUPERVISOR"

// crashFD is the child's file descriptor of the crash pipe (ExtraFiles[0]).
const crashFD = 3

// supervise runs the command in a child process and returns its exit
// status, so that a crash the Go runtime cannot recover from (out of
// memory, stack overflow), which exits 2 like bad input, can be told
// apart: the child sends the runtime's crash report
// (runtime/debug.SetCrashOutput) down a pipe, and when one comes the
// supervisor prints the crash line and returns exitCrash. A child killed
// by a signal is the supervisor killed by the same one (SIGPIPE included,
// so that `| head -1` gives 141), or exit status 128+signal when that is
// not possible. ok is false in the child itself, and when no child could
// be started: the command then runs in this process.
func supervise() (code int, ok bool) {
	if v, found := os.LookupEnv(supervisorEnv); found {
		os.Unsetenv(supervisorEnv)
		if v == strconv.Itoa(os.Getppid()) {
			becomeChild()
			return 0, false
		}
	}
	exe, err := os.Executable()
	if err != nil {
		return 0, false
	}
	r, w, err := os.Pipe()
	if err != nil {
		return 0, false
	}
	cmd := osexec.Command(exe, os.Args[1:]...)
	cmd.Args[0] = os.Args[0]
	cmd.Env = append(os.Environ(), supervisorEnv+"="+strconv.Itoa(os.Getpid()))
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.ExtraFiles = []*os.File{w}
	// The signals that end the command are passed on to the child, which
	// ends; the supervisor then ends the same way.
	sigs := make(chan os.Signal, 8)
	for _, s := range []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		if !signal.Ignored(s) {
			signal.Notify(sigs, s)
		}
	}
	if err := cmd.Start(); err != nil {
		signal.Stop(sigs)
		r.Close()
		w.Close()
		return 0, false
	}
	w.Close()
	report := make(chan []byte)
	go func() {
		// Keep the start of the report; read the rest, or the child
		// would block writing it.
		var buf bytes.Buffer
		io.Copy(&buf, io.LimitReader(r, 64<<10))
		io.Copy(io.Discard, r)
		r.Close()
		report <- buf.Bytes()
	}()
	stop := make(chan bool)
	go func() {
		for {
			select {
			case s := <-sigs:
				cmd.Process.Signal(s)
			case <-stop:
				return
			}
		}
	}()
	cmd.Wait()
	crash := <-report
	signal.Stop(sigs)
	close(stop)
	if len(crash) > 0 {
		os.Stderr.WriteString(crashMessage(crashWhat(string(crash))) + "\n")
		return exitCrash, true
	}
	ps := cmd.ProcessState
	if ps == nil {
		os.Stderr.WriteString(crashMessage("the command's process was lost") + "\n")
		return exitCrash, true
	}
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return reraise(ws.Signal()), true
	}
	return ps.ExitCode(), true
}

// becomeChild sends the runtime's crash report to the supervisor's pipe.
func becomeChild() {
	f := os.NewFile(crashFD, "crash-report")
	if f == nil {
		return
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		return // not the supervisor's pipe
	}
	debug.SetCrashOutput(f, debug.CrashOptions{})
}

// reraise ends this process with signal sig, the one that ended the child;
// should it still run, it returns the exit status 128+sig.
func reraise(sig syscall.Signal) int {
	switch sig {
	case syscall.SIGPIPE:
		// The Go runtime ignores a SIGPIPE sent to it, and dies of one
		// when a write to standard output fails with EPIPE: make standard
		// output a pipe with no reader, and write to it.
		var p [2]int
		if syscall.Pipe(p[:]) == nil {
			syscall.Close(p[0])
			if dup2(p[1], 1) == nil {
				os.Stdout.Write([]byte{'\n'})
			}
		}
	case syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGKILL:
		// Not notified, the runtime dies of these.
		signal.Reset(sig)
		syscall.Kill(os.Getpid(), sig)
		time.Sleep(time.Second)
	}
	return 128 + int(sig)
}

// killSelf ends the process with SIGTERM (a test hook).
func killSelf() {
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	time.Sleep(time.Minute)
}
