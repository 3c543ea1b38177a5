package main

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// lockedBuffer is a terminal stand-in written by the progress goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestProgress: on a terminal a run longer than progressAfter says its
// steps (reading, assessing, writing) on standard error and erases the
// line at the end; on anything else, and for a run shorter than that,
// nothing is said.
func TestProgress(t *testing.T) {
	var doc bytes.Buffer
	if err := residency.EncodeJSON(&doc, synth.Generate(synth.Config{Stores: 2000, Seed: 1})); err != nil {
		t.Fatal(err)
	}
	file := writeTemp(t, "estate.json", doc.String())
	args := []string{"assess", "-as-of", "2026-06-01", "-format", "json", "-fail-on", "none", "-allow-unresearched", "-allow-undeclared", "-allow-unrated", file}

	saved, savedAfter, savedEvery := isTerminal, progressAfter, progressEvery
	t.Cleanup(func() { isTerminal, progressAfter, progressEvery = saved, savedAfter, savedEvery })
	term := &lockedBuffer{}
	isTerminal = func(w io.Writer) bool { return w == io.Writer(term) }
	progressAfter, progressEvery = 0, time.Millisecond

	var stdout bytes.Buffer
	if code := run(args, &stdout, term); code != exitOK {
		t.Fatalf("exit %d: %s", code, term.String())
	}
	got := term.String()
	for _, step := range []string{"dataresidency: reading " + file + "… ", "dataresidency: assessing… ", "\r\033[K"} {
		if !strings.Contains(got, step) {
			t.Errorf("terminal lacks %q:\n%q", step, got)
		}
	}
	if strings.LastIndex(got, "\r\033[K") < strings.LastIndex(got, "…") {
		t.Errorf("the line is not erased at the end: %q", got)
	}

	// Not a terminal: nothing but what the command says anyway.
	var plain bytes.Buffer
	if code := run(args, &stdout, &plain); code != exitOK || strings.Contains(plain.String(), "…") || strings.Contains(plain.String(), "\033") {
		t.Errorf("exit %d, a pipe got progress: %q", code, plain.String())
	}
	// A terminal, but a run shorter than progressAfter: nothing.
	progressAfter = time.Hour
	quiet := &lockedBuffer{}
	isTerminal = func(w io.Writer) bool { return w == io.Writer(quiet) }
	if code := run(args, &stdout, quiet); code != exitOK || strings.Contains(quiet.String(), "…") {
		t.Errorf("exit %d, a short run showed progress: %q", code, quiet.String())
	}
}
