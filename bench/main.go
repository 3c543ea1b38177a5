// Command bench compares the dataresidency library with Open Policy Agent
// and with a hand-written loop on the same checks over synthetic
// topologies (residency/synth).
//
// Usage:
//
//	go run . -n 1000,10000,100000
//	go run . -e2e -n 10000,100000,1000000
//
// Every engine evaluates the check set of checkset.go and returns its
// findings as strings:
//
//	V|<rule id>|<path>                                      a violation
//	C|<compelling>|<blocking>|<path>|<dataset>|<rule ids>    a conflict, one per dataset
//
// It first checks that all engines return the same multiset of findings
// for seeds 1-3 at N=200 and N=2000 (exit 1 with a diff if not), then
// times each engine at each size and prints a table.
//
// With -e2e it instead times the built CLI end to end (assess -format
// json, sarif and text) on synth documents, beside a plain encoding/json
// parse of the same file, and judges the goals of issue 16 (e2e.go).
// See README.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

type options struct {
	sizes    []int
	seed     uint64
	engines  []string
	limit    time.Duration
	sampling sampling
	verify   bool
	e2e      *e2eOptions // the end-to-end mode (-e2e), or nil
}

func main() {
	if code, ok := childMain(os.Args[1:], os.Stdout, os.Stderr); ok {
		os.Exit(code)
	}
	opts, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if opts.e2e != nil {
		err = runE2E(context.Background(), os.Stdout, *opts.e2e)
	} else {
		err = run(context.Background(), os.Stdout, opts)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "FAIL:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string) (options, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	sizes := fs.String("n", "1000,10000,100000", "comma-separated numbers of stores (with -e2e: 10000,100000,1000000)")
	seed := fs.Uint64("seed", 1, "synthetic topology seed")
	only := fs.String("engines", "", "comma-separated engines to time (default all: "+strings.Join(engineNames(), ",")+")")
	limit := fs.Duration("limit", 2*time.Minute, "skip an engine at a size where one evaluation takes longer than this")
	runs := fs.Int("runs", 3, "timed samples per engine and size (at least); with -e2e, runs of each command at each size (unless given: 3 up to 100,000 stores, 1 above)")
	maxRuns := fs.Int("max-runs", 15, "timed samples per engine and size (at most)")
	budget := fs.Duration("budget", 5*time.Second, "time to keep adding samples beyond -runs")
	minSample := fs.Duration("min-sample", 250*time.Millisecond, "batch fast evaluations until one sample lasts this long")
	verify := fs.Bool("verify", true, "first check that all engines agree on seeds 1-3 at N=200 and N=2000")
	e2e := fs.Bool("e2e", false, "end to end: time the built CLI (assess -format json, sarif, text) on synth documents beside a plain encoding/json parse (README.md, \"End to end\")")
	cli := fs.String("cli", "", "with -e2e: the dataresidency `binary` to time (default: build ../cmd/dataresidency)")
	keep := fs.String("keep", "", "with -e2e: write the synth documents to `DIR` and reuse those already there (default: a temporary directory)")
	timeout := fs.Duration("timeout", time.Hour, "with -e2e: stop a command that runs longer than this and count it as failed")
	if err := fs.Parse(args); err != nil {
		return options{}, err
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	modeOnly := func(names []string, mode string) error {
		for _, name := range names {
			if set[name] {
				return fmt.Errorf("-%s applies only %s", name, mode)
			}
		}
		return nil
	}
	if *e2e {
		if err := modeOnly([]string{"engines", "limit", "max-runs", "budget", "min-sample", "verify"}, "without -e2e"); err != nil {
			return options{}, err
		}
		if !set["n"] {
			*sizes = "10000,100000,1000000"
		}
		if set["runs"] && *runs < 1 {
			return options{}, fmt.Errorf("-runs: %d, want at least 1", *runs)
		}
		if *timeout <= 0 {
			return options{}, fmt.Errorf("-timeout: %s, want more than 0", *timeout)
		}
	} else if err := modeOnly([]string{"cli", "keep", "timeout"}, "with -e2e"); err != nil {
		return options{}, err
	}
	opts := options{
		seed: *seed, limit: *limit, verify: *verify,
		sampling: sampling{Runs: max(1, *runs), MaxRuns: max(1, *runs, *maxRuns), Budget: *budget, MinSample: *minSample},
	}
	for field := range strings.SplitSeq(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(strings.ReplaceAll(field, "_", "")))
		if err != nil || n < 2 {
			return options{}, fmt.Errorf("-n: bad size %q", field)
		}
		opts.sizes = append(opts.sizes, n)
	}
	slices.Sort(opts.sizes)
	opts.sizes = slices.Compact(opts.sizes)
	if *e2e {
		opts.e2e = &e2eOptions{sizes: opts.sizes, seed: opts.seed, cli: *cli, keep: *keep, timeout: *timeout}
		if set["runs"] {
			opts.e2e.runs = *runs
		}
		return opts, nil
	}
	opts.engines = engineNames()
	if *only != "" {
		opts.engines = nil
		for name := range strings.SplitSeq(*only, ",") {
			name = strings.TrimSpace(name)
			if !slices.Contains(engineNames(), name) {
				return options{}, fmt.Errorf("-engines: unknown engine %q (have %s)", name, strings.Join(engineNames(), ","))
			}
			if !slices.Contains(opts.engines, name) {
				opts.engines = append(opts.engines, name)
			}
		}
	}
	return opts, nil
}

// topology generates the synthetic topology of n stores and adapts it to
// the check set.
func topology(cs *checkSet, n int, seed uint64) (*residency.Topology, error) {
	return Adapt(synth.Generate(synth.Config{Stores: n, Seed: seed}), cs.cat)
}

// evaluateOnce builds e for t and evaluates it once.
func evaluateOnce(ctx context.Context, e Engine, t *residency.Topology) ([]string, error) {
	ev, err := e.Build(ctx, t)
	if err != nil {
		return nil, fmt.Errorf("%s: build: %w", e.Name(), err)
	}
	got, err := ev.Evaluate(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: evaluate: %w", e.Name(), err)
	}
	return got, nil
}

// verify checks that every engine returns the reference's findings on the
// synthetic topologies of every seed and size. It returns the first
// *Mismatch.
func verify(ctx context.Context, cs *checkSet, engs []Engine, seeds []uint64, sizes []int) error {
	for _, seed := range seeds {
		for _, n := range sizes {
			t, err := topology(cs, n, seed)
			if err != nil {
				return err
			}
			want, err := evaluateOnce(ctx, engs[0], t)
			if err != nil {
				return err
			}
			if len(want) == 0 {
				return fmt.Errorf("verify: no findings at N=%d seed %d: agreement would be vacuous", n, seed)
			}
			for _, e := range engs[1:] {
				got, err := evaluateOnce(ctx, e, t)
				if err != nil {
					return err
				}
				if err := Compare(fmt.Sprintf("N=%d seed %d", n, seed), engs[0].Name(), want, e.Name(), got); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func run(ctx context.Context, w io.Writer, opts options) error {
	start := time.Now()
	cs, err := newCheckSet()
	if err != nil {
		return err
	}
	all := engines(cs) // reference first
	fmt.Fprintf(w, "bench: %s, GOMAXPROCS=%d, %s/%s; seed %d; as of %s; engines %s; load average %s\n",
		runtime.Version(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, opts.seed, AsOf, strings.Join(opts.engines, ", "), loadAverage())
	if opts.verify {
		seeds, sizes := []uint64{1, 2, 3}, []int{200, 2000}
		progress("verifying: seeds %v x sizes %v", seeds, sizes)
		if err := verify(ctx, cs, all, seeds, sizes); err != nil {
			return err
		}
		fmt.Fprintf(w, "verify: all %d engines return identical findings for seeds %v x N %v\n", len(all), seeds, sizes)
	}
	r := &runner{opts: opts, cs: cs, all: all, estimates: map[string]float64{}, abandoned: map[string]string{}}
	var ms []measurement
	for _, n := range opts.sizes {
		got, err := r.runSize(ctx, w, n)
		if err != nil {
			return err
		}
		ms = append(ms, got...)
	}
	fmt.Fprintf(w, "\n## Summary (seed %d)\n\n", opts.seed)
	printTable(w, ms)
	fmt.Fprintln(w)
	printRatios(w, opts.sizes, ms)
	var mem runtime.MemStats
	runtime.ReadMemStats(&mem)
	fmt.Fprintf(w, "\nmemory: runtime.MemStats.Sys %s at the end (obtained from the OS, a bound on the peak heap)\n", bytes(mem.Sys))
	fmt.Fprintf(w, "total wall time %s; load average %s\n", time.Since(start).Round(time.Second), loadAverage())
	return nil
}

// loadAverage returns the 1, 5 and 15 minute load averages, where the
// system says them: other processes competing for the cores make every
// timing noisier.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// runner measures the engines size after size, remembering each one's
// cost so that it can skip an engine whose evaluation would exceed the
// limit.
type runner struct {
	opts      options
	cs        *checkSet
	all       []Engine
	estimates map[string]float64 // engine -> ns/store at the largest size measured
	abandoned map[string]string  // engine -> why it is no longer run
}

func (r *runner) engine(name string) Engine {
	for _, e := range r.all {
		if e.Name() == name {
			return e
		}
	}
	panic("bench: no engine " + name)
}

// runSize generates the topology of n stores and measures every engine on it.
func (r *runner) runSize(ctx context.Context, w io.Writer, n int) ([]measurement, error) {
	progress("N=%d: generating", n)
	t, err := topology(r.cs, n, r.opts.seed)
	if err != nil {
		return nil, err
	}
	// The reference's findings, which every engine must match. Computed
	// here even when the reference is not timed.
	want, err := evaluateOnce(ctx, r.all[0], t)
	if err != nil {
		return nil, err
	}
	datasets := 0
	for _, s := range t.Stores {
		datasets += len(s.Datasets)
	}
	v := 0
	for _, f := range want {
		if strings.HasPrefix(f, "V|") {
			v++
		}
	}
	fmt.Fprintf(w, "\n## N = %d stores (seed %d)\n\n", n, r.opts.seed)
	fmt.Fprintf(w, "topology: %d entities, %d datasets, %d stores holding %d copies, %d flows\n",
		len(t.Entities), len(t.Datasets), len(t.Stores), datasets, len(t.Flows))
	fmt.Fprintf(w, "findings (%s): %d = %d violation tuples + %d conflict tuples\n\n", reference, len(want), v, len(want)-v)

	var ms []measurement
	for _, name := range r.opts.engines {
		m := measurement{Engine: name, N: n, Skipped: r.skipReason(name, n)}
		if m.Skipped == "" {
			if err := r.measure(ctx, r.engine(name), t, want, &m); err != nil {
				return nil, err
			}
		}
		switch _, gone := r.abandoned[name]; {
		case m.Skipped == "":
			r.estimates[name] = m.NsPerStore()
		case !gone:
			r.abandoned[name] = fmt.Sprintf("skipped: over the %s limit at N=%d already", r.opts.limit, n)
		}
		ms = append(ms, m)
	}
	printTable(w, ms)
	for _, m := range ms {
		if m.Skipped == "" {
			fmt.Fprintf(w, "- %s: heap in use after an evaluation batch up to %s\n", m.Engine, bytes(m.PeakHeap))
		}
	}
	return ms, nil
}

// skipReason says why engine name is not run at n stores, or "".
func (r *runner) skipReason(name string, n int) string {
	if why, ok := r.abandoned[name]; ok {
		return why
	}
	if ns, ok := r.estimates[name]; ok {
		if p := time.Duration(ns * float64(n)); p > r.opts.limit {
			return fmt.Sprintf("skipped: one evaluation would take at least %s (linear from %.0f ns/store), over the %s limit",
				p.Round(time.Second), ns, r.opts.limit)
		}
	}
	return ""
}

// measure builds e for t, checks its first evaluation against want and
// times it. A first evaluation past the limit is cancelled (or, if it
// finished regardless, not repeated) and m.Skipped says so.
func (r *runner) measure(ctx context.Context, e Engine, t *residency.Topology, want []string, m *measurement) error {
	progress("%s at N=%d: build", e.Name(), m.N)
	// Two collections: OPA keeps objects in sync.Pools, which survive one.
	runtime.GC()
	runtime.GC()
	start := time.Now()
	ev, err := e.Build(ctx, t)
	if err != nil {
		return fmt.Errorf("%s: build: %w", e.Name(), err)
	}
	m.Build = time.Since(start)

	progress("%s at N=%d: built in %s; first evaluation (limit %s)", e.Name(), m.N, m.Build.Round(time.Millisecond), r.opts.limit)
	lctx, cancel := context.WithTimeout(ctx, r.opts.limit)
	start = time.Now()
	got, err := ev.Evaluate(lctx)
	first := time.Since(start)
	cancel()
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(lctx.Err(), context.DeadlineExceeded) {
			m.Skipped = fmt.Sprintf("skipped: first evaluation cancelled after exceeding the %s limit", r.opts.limit)
			return nil
		}
		return fmt.Errorf("%s: evaluate: %w", e.Name(), err)
	}
	if err := Compare(fmt.Sprintf("N=%d seed %d", m.N, r.opts.seed), reference, want, e.Name(), got); err != nil {
		return err
	}
	m.Findings = len(got)
	if first > r.opts.limit {
		m.Skipped = fmt.Sprintf("skipped: first evaluation took %s, over the %s limit (its findings agreed)", first.Round(time.Second), r.opts.limit)
		return nil
	}
	progress("%s at N=%d: first evaluation %s, findings agree; sampling", e.Name(), m.N, first.Round(time.Millisecond))
	if err := sample(ctx, ev, first, r.opts.sampling, m); err != nil {
		return fmt.Errorf("%s: evaluate: %w", e.Name(), err)
	}
	return nil
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "  ... "+format+"\n", args...)
}
