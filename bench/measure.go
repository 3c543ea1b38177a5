package main

import (
	"context"
	"runtime"
	"slices"
	"time"
)

// sampling says how one engine is timed at one size.
type sampling struct {
	Runs      int           // timed samples to take at least
	MaxRuns   int           // and at most
	Budget    time.Duration // stop adding samples beyond Runs once this much time is spent
	MinSample time.Duration // batch fast evaluations until one sample lasts this long
}

// measurement is the outcome of timing one engine at one size.
type measurement struct {
	Engine   string
	N        int
	Build    time.Duration
	Runs     int           // timed samples
	Iters    int           // evaluations per sample
	Median   time.Duration // per evaluation, median over samples
	Min, Max time.Duration // per evaluation, fastest and slowest sample
	Allocs   uint64        // heap allocations per evaluation, median over samples
	Bytes    uint64        // heap bytes allocated per evaluation, median over samples
	PeakHeap uint64        // largest runtime.MemStats.HeapInuse read right after an evaluation batch
	Findings int
	Skipped  string // why the engine was not measured; "" if it was
}

// NsPerStore is the median evaluation time divided by the number of stores.
func (m measurement) NsPerStore() float64 { return float64(m.Median.Nanoseconds()) / float64(m.N) }

// Spread is (slowest - fastest) / median over the samples: a noise gauge.
func (m measurement) Spread() float64 {
	if m.Median == 0 {
		return 0
	}
	return float64(m.Max-m.Min) / float64(m.Median)
}

type sampleResult struct {
	perEval       time.Duration
	allocs, bytes uint64
	heap          uint64
}

// runBatch runs a GC, then evaluates iters times back to back, timing the
// batch and taking the allocation counters' deltas.
func runBatch(ctx context.Context, ev Evaluator, iters int) (sampleResult, error) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	for range iters {
		if _, err := ev.Evaluate(ctx); err != nil {
			return sampleResult{}, err
		}
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	n := uint64(iters)
	return sampleResult{
		perEval: elapsed / time.Duration(iters),
		allocs:  (after.Mallocs - before.Mallocs) / n,
		bytes:   (after.TotalAlloc - before.TotalAlloc) / n,
		heap:    after.HeapInuse,
	}, nil
}

// sample times ev, whose first evaluation took first, and fills in m.
func sample(ctx context.Context, ev Evaluator, first time.Duration, cfg sampling, m *measurement) error {
	// Calibrate: grow the batch until it lasts MinSample. These batches
	// warm up and are not recorded.
	iters, elapsed := 1, first
	for elapsed < cfg.MinSample {
		grow := float64(cfg.MinSample) / float64(max(elapsed, time.Microsecond)) * 1.2
		iters = max(iters+1, min(iters*100, int(float64(iters)*grow)))
		r, err := runBatch(ctx, ev, iters)
		if err != nil {
			return err
		}
		elapsed = r.perEval * time.Duration(iters)
	}
	var samples []sampleResult
	start := time.Now()
	for len(samples) < cfg.Runs || (len(samples) < cfg.MaxRuns && time.Since(start) < cfg.Budget) {
		r, err := runBatch(ctx, ev, iters)
		if err != nil {
			return err
		}
		samples = append(samples, r)
	}
	m.Runs, m.Iters = len(samples), iters
	times := make([]time.Duration, len(samples))
	allocs := make([]uint64, len(samples))
	bytes := make([]uint64, len(samples))
	for i, s := range samples {
		times[i], allocs[i], bytes[i] = s.perEval, s.allocs, s.bytes
		m.PeakHeap = max(m.PeakHeap, s.heap)
	}
	m.Median, m.Min, m.Max = median(times), slices.Min(times), slices.Max(times)
	m.Allocs, m.Bytes = median(allocs), median(bytes)
	return nil
}

// median returns the middle of xs (the mean of the middle two for an even
// count), sorting xs in place.
func median[T time.Duration | uint64 | int64](xs []T) T {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}
