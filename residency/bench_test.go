package residency_test

import (
	"bytes"
	"flag"
	"fmt"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

var large = flag.Bool("large", false, "also benchmark 100k and 1M stores (AssessChecks, Validate) and 100k (Assess)")

// benchSizes are the topology sizes of a benchmark, in stores, up to
// largest with -large.
func benchSizes(largest int) []int {
	sizes := []int{1_000, 10_000}
	if *large {
		for _, n := range []int{100_000, 1_000_000} {
			if n <= largest {
				sizes = append(sizes, n)
			}
		}
	}
	return sizes
}

// peakHeap samples the bytes of heap objects (live and not yet swept
// garbage, as runtime/metrics counts them, without stopping the world)
// while it runs, and returns the peak.
type peakHeap struct {
	stop chan struct{}
	done chan uint64
}

func watchHeap() *peakHeap {
	p := &peakHeap{stop: make(chan struct{}), done: make(chan uint64)}
	go func() {
		var peak uint64
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-p.stop:
				p.done <- peak
				return
			case <-t.C:
			}
		}
	}()
	return p
}

func (p *peakHeap) peak() uint64 {
	close(p.stop)
	return <-p.done
}

// reportMemory adds the memory metrics of an assessment: the live heap of
// the topology (what the caller holds) and the peak heap while assessing,
// topology included, both in MiB.
func reportMemory(b *testing.B, topology, peak uint64) {
	b.ReportMetric(float64(topology)/(1<<20), "topoMiB")
	b.ReportMetric(float64(peak)/(1<<20), "peakMiB")
}

// topologyHeap generates a topology and returns it with the live heap it
// takes.
func topologyHeap(n int) (*residency.Topology, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&before)
	top := synth.Generate(synth.Config{Stores: n, Seed: 1})
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	return top, after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc)
}

// BenchmarkAssess measures a full assessment (validation, findings,
// exposures, obligations and hexad ratings of every dataset) of synthetic
// topologies, the engine prepared outside the loop. Ratings carry their
// reasons per dataset, so the report is large: -large goes to 100k stores.
func BenchmarkAssess(b *testing.B) {
	eng := residency.NewEngine(nil)
	benchAssess(b, eng, benchSizes(100_000), jurisdiction.MustParseDate("2025-06-01"), residency.Consumer(jurisdiction.MustParseCode("DE")))
}

// BenchmarkAssessChecks measures the checks: violations and conflicts on
// the whole built-in catalog, without the exposure list, obligations and
// ratings; -large goes to 1M stores.
func BenchmarkAssessChecks(b *testing.B) {
	eng := residency.NewEngine(nil)
	benchAssess(b, eng, benchSizes(1_000_000), jurisdiction.MustParseDate("2025-06-01"),
		residency.Only(residency.Violations, residency.Conflicts))
}

// benchAssess assesses a synthetic topology of each size, reporting
// ns/store, findings and memory.
func benchAssess(b *testing.B, eng *residency.Engine, sizes []int, asOf jurisdiction.Date, opts ...residency.AssessOption) {
	for _, n := range sizes {
		top, topoBytes := topologyHeap(n)
		b.Run(fmt.Sprintf("stores=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var rep *residency.Report
			var err error
			runtime.GC()
			w := watchHeap()
			for b.Loop() {
				rep = nil // let the last report go before the next is made
				if rep, err = eng.Assess(top, asOf, opts...); err != nil {
					b.Fatal(err)
				}
			}
			peak := w.peak()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/store")
			b.ReportMetric(float64(len(rep.Violations)+len(rep.Conflicts)), "findings")
			reportMemory(b, topoBytes, peak)
		})
	}
}

// BenchmarkValidate measures structural validation alone.
func BenchmarkValidate(b *testing.B) {
	for _, n := range benchSizes(1_000_000) {
		top := synth.Generate(synth.Config{Stores: n, Seed: 1})
		b.Run(fmt.Sprintf("stores=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := top.Validate(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/store")
		})
	}
}

// BenchmarkAssessParallel shares one engine among goroutines assessing
// different topologies.
func BenchmarkAssessParallel(b *testing.B) {
	eng := residency.NewEngine(nil)
	asOf := jurisdiction.MustParseDate("2025-06-01")
	var tops []*residency.Topology
	for seed := range uint64(8) {
		tops = append(tops, synth.Generate(synth.Config{Stores: 1_000, Seed: seed}))
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := eng.Assess(tops[i%len(tops)], asOf); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}

// BenchmarkDecodeJSON measures strict decoding of synthetic topology
// documents: parsing, the format check, decoding and validation.
func BenchmarkDecodeJSON(b *testing.B) {
	for _, n := range benchSizes(100_000) {
		var doc bytes.Buffer
		if err := residency.EncodeJSON(&doc, synth.Generate(synth.Config{Stores: n, Seed: 1})); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("stores=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(doc.Len()))
			for b.Loop() {
				if _, err := residency.DecodeJSON(doc.Bytes()); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/store")
		})
	}
}

// BenchmarkAssessWorkers measures a full assessment with one goroutine
// and with every core (Parallelism), on 10,000 stores, and 100,000 with
// -large: the speed-up is the ratio of the two.
func BenchmarkAssessWorkers(b *testing.B) {
	eng := residency.NewEngine(nil)
	asOf := jurisdiction.MustParseDate("2026-06-01")
	for _, n := range benchSizes(100_000)[1:] {
		top := synth.Generate(synth.Config{Stores: n, Seed: 1})
		for _, w := range []int{1, runtime.GOMAXPROCS(0)} {
			b.Run(fmt.Sprintf("stores=%d/workers=%d", n, w), func(b *testing.B) {
				for b.Loop() {
					if _, err := eng.Assess(top, asOf, residency.Parallelism(w)); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/store")
			})
		}
	}
}
