package residency_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// checkReport checks the invariants of any report: every finding names
// datasets, stores, flows and entities that exist, and its ID has the
// documented form.
func checkReport(t *testing.T, top *residency.Topology, rep *residency.Report) {
	t.Helper()
	ids := map[string]bool{}
	for _, d := range top.Datasets {
		ids["d:"+d.ID] = true
	}
	for _, s := range top.Stores {
		ids["s:"+s.ID] = true
	}
	for _, f := range top.Flows {
		ids["f:"+f.ID] = true
	}
	for _, e := range top.Entities {
		ids["e:"+e.ID] = true
	}
	need := func(kind, id string) {
		if id != "" && !ids[kind+":"+id] && !strings.HasPrefix(id, residency.CatalogEntityPrefix) {
			t.Fatalf("a finding names %s %q, which the topology does not have", kind, id)
		}
	}
	for _, v := range rep.Violations {
		need("d", v.Dataset)
		need("s", v.Store)
		need("f", v.Flow)
		need("e", v.Entity)
		if v.ID != "V:"+v.Rule.ID+"@"+v.Path.String() {
			t.Fatalf("violation ID %q", v.ID)
		}
	}
	for _, c := range rep.Conflicts {
		need("s", c.Store)
		need("e", c.Party)
		for _, d := range c.Datasets {
			need("d", d)
		}
		if !strings.HasPrefix(c.ID, "C:") || len(c.Compelling) == 0 || len(c.Blocking) == 0 {
			t.Fatalf("conflict %+v", c)
		}
	}
	for _, x := range rep.Exposures {
		need("s", x.Store)
		need("e", x.Party)
		if !x.Presumed && len(x.Rules) == 0 {
			t.Fatalf("exposure %s has no rule and is not presumed", x.ID)
		}
	}
	if len(rep.Datasets) != len(top.Datasets) {
		t.Fatalf("%d dataset ratings for %d datasets", len(rep.Datasets), len(top.Datasets))
	}
}

// FuzzAssess assesses random valid topologies: no panic, deterministic
// output, and findings that reference what exists.
func FuzzAssess(f *testing.F) {
	f.Add(uint64(1), uint16(20), uint16(2019))
	f.Add(uint64(7), uint16(3), uint16(2026))
	f.Add(uint64(42), uint16(60), uint16(2016))
	eng := residency.NewEngine(nil)
	de := residency.Consumer(jurisdiction.MustParseCode("DE"))
	f.Fuzz(func(t *testing.T, seed uint64, stores uint16, year uint16) {
		var top *residency.Topology
		if stores%2 == 0 {
			top = synth.Generate(synth.Config{Stores: int(stores % 80), Seed: seed})
		} else {
			top = randomTopology(rand.New(rand.NewPCG(seed, uint64(stores))))
		}
		d, err := jurisdiction.NewDate(1990+int(year%40), 6, 1)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := eng.Assess(top, d, de)
		if err != nil {
			t.Fatalf("a valid topology: %v", err)
		}
		checkReport(t, top, rep)
		again, err := eng.Assess(top, d, de)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(rep)
		b, _ := json.Marshal(again)
		if !bytes.Equal(a, b) {
			t.Fatal("two assessments of the same topology differ")
		}
	})
}

// TestDeterministicAcrossGOMAXPROCS checks byte-identical reports whatever
// the number of threads.
func TestDeterministicAcrossGOMAXPROCS(t *testing.T) {
	top := synth.Generate(synth.Config{Stores: 300, Seed: 3})
	asOf := jurisdiction.MustParseDate("2025-06-01")
	var want []byte
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 4, 8} {
		runtime.GOMAXPROCS(procs)
		rep, err := residency.Assess(top, asOf)
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = got
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("GOMAXPROCS=%d gives a different report", procs)
		}
	}
}

// TestAllocationBudget holds the allocation budget that the residency
// package documentation states, on a synthetic estate of 1,000 stores:
// the checks (violations and conflicts) and a full assessment, in
// allocations and bytes per store.
func TestAllocationBudget(t *testing.T) {
	eng := residency.NewEngine(nil)
	const stores = 1000
	top := synth.Generate(synth.Config{Stores: stores, Seed: 1})
	asOf := jurisdiction.MustParseDate("2025-06-01")
	for _, tc := range []struct {
		name          string
		opts          []residency.AssessOption
		allocs, bytes float64 // per store
	}{
		{"checks", []residency.AssessOption{residency.Only(residency.Violations, residency.Conflicts)}, 20, 3500},
		// The ratings keep each reason in two parts beside its sentence
		// (DatasetRating.Because), so that reports state the regime parts
		// once: 16,165 bytes per store before, 20,036 after.
		{"full", nil, 130, 21000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assess := func() {
				if _, err := eng.Assess(top, asOf, tc.opts...); err != nil {
					t.Fatal(err)
				}
			}
			allocs := testing.AllocsPerRun(3, assess) / stores
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			const runs = 3
			for range runs {
				assess()
			}
			runtime.ReadMemStats(&after)
			bytes := float64(after.TotalAlloc-before.TotalAlloc) / runs / stores
			t.Logf("%.1f allocations and %.0f bytes per store", allocs, bytes)
			if allocs > tc.allocs*raceSlack {
				t.Errorf("%.1f allocations per store, over the budget of %.0f", allocs, tc.allocs*raceSlack)
			}
			if bytes > tc.bytes*raceSlack {
				t.Errorf("%.0f bytes per store, over the budget of %.0f", bytes, tc.bytes*raceSlack)
			}
		})
	}
}
