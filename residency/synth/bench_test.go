package synth_test

import (
	"fmt"
	"testing"

	"github.com/dataresidency/dataresidency/residency/synth"
)

// BenchmarkGenerate measures generating synthetic topologies.
func BenchmarkGenerate(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprintf("stores=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				synth.Generate(synth.Config{Stores: n, Seed: 1})
			}
		})
	}
}
