package residency_test

import (
	"flag"
	"fmt"
	"runtime"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

var large = flag.Bool("large", false, "also benchmark 100k and 1M stores")

func benchSizes() []int {
	if *large {
		return []int{1_000, 10_000, 100_000, 1_000_000}
	}
	return []int{1_000, 10_000}
}

// BenchmarkAssess measures a full assessment (validation, findings and
// ratings) of synthetic topologies, the engine prepared outside the loop.
// It reports ns/store and the peak heap of the last assessment.
func BenchmarkAssess(b *testing.B) {
	eng, err := residency.NewEngine(residency.Consumer(jurisdiction.MustParseCode("DE")))
	if err != nil {
		b.Fatal(err)
	}
	asOf := residency.AsOfDate(jurisdiction.MustParseDate("2025-06-01"))
	for _, n := range benchSizes() {
		top := synth.Generate(synth.Config{Stores: n, Seed: 1})
		b.Run(fmt.Sprintf("stores=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var rep *residency.Report
			for b.Loop() {
				rep, err = eng.Assess(top, asOf)
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/store")
			b.ReportMetric(float64(len(rep.Violations)+len(rep.Conflicts)), "findings")
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heapMiB")
		})
	}
}

// BenchmarkAssessChecks measures the checks alone: violations and
// conflicts, without the exposure list, obligations and ratings.
func BenchmarkAssessChecks(b *testing.B) {
	eng, err := residency.NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	opts := residency.Options(residency.AsOfDate(jurisdiction.MustParseDate("2025-06-01")),
		residency.Only(residency.Violations, residency.Conflicts))
	for _, n := range benchSizes() {
		top := synth.Generate(synth.Config{Stores: n, Seed: 1})
		b.Run(fmt.Sprintf("stores=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var rep *residency.Report
			for b.Loop() {
				if rep, err = eng.Assess(top, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/store")
			b.ReportMetric(float64(len(rep.Violations)+len(rep.Conflicts)), "findings")
		})
	}
}

// BenchmarkValidate measures structural validation alone.
func BenchmarkValidate(b *testing.B) {
	for _, n := range benchSizes() {
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
	eng, err := residency.NewEngine()
	if err != nil {
		b.Fatal(err)
	}
	asOf := residency.AsOfDate(jurisdiction.MustParseDate("2025-06-01"))
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
