package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressAfter is how long a run goes before progress shows, and
// progressEvery how often it is redrawn; tests shorten them.
var (
	progressAfter = time.Second
	progressEvery = 250 * time.Millisecond
)

// isTerminal reports whether w is a terminal; tests replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// A progress line says, on a terminal, which step of a long run is under
// way and for how long: "dataresidency: assessing… 3.2 s". It shows only
// once the run has lasted progressAfter, is redrawn in place, and is
// erased when the run ends, so that a short run, or one whose standard
// error is a file or a pipe (CI logs), shows nothing.
type progress struct {
	w     io.Writer
	mu    sync.Mutex
	step  string
	start time.Time
	shown bool
	stop  chan struct{}
	done  chan struct{}
	once  sync.Once
}

// startProgress starts the progress line of a run on stderr, or returns
// nil (whose methods do nothing) when stderr is not a terminal.
func startProgress(stderr io.Writer, step string) *progress {
	if !isTerminal(stderr) {
		return nil
	}
	p := &progress{w: stderr, step: step, start: time.Now(), stop: make(chan struct{}), done: make(chan struct{})}
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer close(p.done)
	wait := time.NewTimer(progressAfter)
	defer wait.Stop()
	select {
	case <-p.stop:
		return
	case <-wait.C:
	}
	tick := time.NewTicker(progressEvery)
	defer tick.Stop()
	for {
		p.draw()
		select {
		case <-p.stop:
			return
		case <-tick.C:
		}
	}
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\r\033[Kdataresidency: %s… %.1f s", p.step, time.Since(p.start).Seconds())
	p.shown = true
}

// to moves the line to the next step.
func (p *progress) to(step string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.step = step
	p.mu.Unlock()
}

// end stops the line and erases it; later calls do nothing.
func (p *progress) end() {
	if p == nil {
		return
	}
	p.once.Do(func() {
		close(p.stop)
		<-p.done
		if p.shown {
			fmt.Fprint(p.w, "\r\033[K")
		}
	})
}
