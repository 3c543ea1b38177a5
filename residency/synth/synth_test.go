package synth_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

func TestGenerate(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, 1, 2, 50, 2000} {
		a := synth.Generate(synth.Config{Stores: n, Seed: 9})
		if err := a.Validate(); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		if len(a.Stores) != n {
			t.Errorf("n=%d: %d stores", n, len(a.Stores))
		}
		b := synth.Generate(synth.Config{Stores: n, Seed: 9})
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("n=%d: not deterministic:\n%s", n, diff)
		}
	}
	if cmp.Equal(synth.Generate(synth.Config{Stores: 100, Seed: 1}), synth.Generate(synth.Config{Stores: 100, Seed: 2})) {
		t.Error("different seeds give the same topology")
	}
}

// TestMix checks the promised shape: about 1.5 flows per store, a few
// percent of stores in China and Russia, EU data replicating abroad, and
// findings of every main kind.
func TestMix(t *testing.T) {
	t.Parallel()
	const n = 5000
	top := synth.Generate(synth.Config{Stores: n, Seed: 1})
	flows := 0
	for _, f := range top.Flows {
		if f.Kind != residency.AdminAccess {
			flows++
		}
	}
	if flows < n*14/10 || flows > n*16/10 {
		t.Errorf("%d replication and backup flows for %d stores", flows, n)
	}
	count := map[string]int{}
	for _, s := range top.Stores {
		count[s.Location.String()]++
	}
	for _, c := range []string{"CN", "RU"} {
		if share := float64(count[c]) / n; share < 0.01 || share > 0.06 {
			t.Errorf("%s holds %.1f%% of stores", c, 100*share)
		}
	}
	rep, err := residency.Assess(top, jurisdiction.MustParseDate("2025-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]bool{}
	for _, v := range rep.Violations {
		rules[v.Rule.ID] = true
	}
	for _, want := range []string{"EU-GDPR-44", "CN-PIPL-38", "CN-FITE-VATS-CAP"} {
		if !rules[want] {
			t.Errorf("no %s violation in the synthetic estate", want)
		}
	}
	if len(rep.Conflicts) == 0 {
		t.Error("no conflicts in the synthetic estate")
	}
}

// TestNonPositiveSize checks that a size of zero or less gives an empty,
// valid topology rather than a panic.
func TestNonPositiveSize(t *testing.T) {
	for _, n := range []int{0, -1, math.MinInt} {
		top := synth.Generate(synth.Config{Stores: n})
		if len(top.Stores) != 0 || len(top.Flows) != 0 {
			t.Errorf("Generate(%d): %d stores, %d flows, want none", n, len(top.Stores), len(top.Flows))
		}
		if err := top.Validate(); err != nil {
			t.Errorf("Generate(%d) is not valid: %v", n, err)
		}
	}
}
