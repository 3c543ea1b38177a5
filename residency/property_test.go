package residency_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// nz is the home of the properties' consumer: its test profile requires
// judicial authorisation, is transparent, compels no assistance and
// controls no content. New Zealand's real profile is not researched; the
// tests add this one to a copy of the catalog.
var nz = jurisdiction.MustParseCode("NZ")

func propertyEngine(t testing.TB) *residency.Engine {
	t.Helper()
	cat, err := jurisdiction.Default().With("property-test", jurisdiction.Contents{
		Profiles: []jurisdiction.AccessProfile{{
			Jurisdiction:          nz,
			JudicialAuthorisation: jurisdiction.ProfileAnswer{Answer: jurisdiction.Yes},
			Transparency:          jurisdiction.ProfileAnswer{Answer: jurisdiction.Yes},
			CompelledAssistance:   jurisdiction.ProfileAnswer{Answer: jurisdiction.No},
			ContentControl:        jurisdiction.ProfileAnswer{Answer: jurisdiction.No},
			Sources:               []jurisdiction.Source{{Title: "test fixture, not research"}},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return residency.NewEngine(cat)
}

var places = []jurisdiction.Code{cn, us, ie, de, hk, sg, jp, ky, nz}

// randomTopology builds a valid topology of a few stores with random
// locations, operators, control chains, keys and flows.
func randomTopology(r *rand.Rand) *residency.Topology {
	pick := func() jurisdiction.Code { return places[r.IntN(len(places))] }
	top := &residency.Topology{Name: "random"}
	nEnt := 2 + r.IntN(5)
	for i := range nEnt {
		e := residency.Entity{ID: fmt.Sprintf("e%d", i), Jurisdiction: pick(), Licences: []string{"CN-VATS-IDC"}}
		if r.IntN(4) == 0 {
			e.Headquarters = pick()
		}
		if i > 0 && r.IntN(2) == 0 { // parents have lower indexes: no cycles
			e.Owners = []residency.Ownership{{Parent: fmt.Sprintf("e%d", r.IntN(i)), Share: float64(r.IntN(101)), Control: r.IntN(5) == 0}}
		}
		if r.IntN(3) == 0 {
			e.CII = []jurisdiction.Code{cn}
		}
		top.Entities = append(top.Entities, e)
	}
	classes := [][]jurisdiction.DataClass{{jurisdiction.Personal}, {jurisdiction.Personal, jurisdiction.ImportantData}, nil, {jurisdiction.SensitivePersonal}}
	nData := 1 + r.IntN(3)
	for i := range nData {
		top.Datasets = append(top.Datasets, residency.Dataset{
			ID: fmt.Sprintf("d%d", i), Classes: classes[r.IntN(len(classes))],
			Subjects:   []residency.Subjects{{Jurisdiction: pick(), Count: int64(r.IntN(2_000_000))}},
			Controller: fmt.Sprintf("e%d", r.IntN(nEnt)),
		})
	}
	nStore := 1 + r.IntN(4)
	for i := range nStore {
		s := residency.Store{ID: fmt.Sprintf("s%d", i), Location: pick(),
			Operators: []residency.Tenure{{Entity: fmt.Sprintf("e%d", r.IntN(nEnt))}}}
		for k := range nData {
			if r.IntN(2) == 0 || k == 0 {
				s.Datasets = append(s.Datasets, fmt.Sprintf("d%d", k))
			}
		}
		if r.IntN(4) == 0 {
			s.Keys = []residency.KeyCustody{{Holder: fmt.Sprintf("e%d", r.IntN(nEnt)), Location: pick()}}
		}
		if r.IntN(5) == 0 {
			s.Custodians = []residency.Tenure{{Entity: fmt.Sprintf("e%d", r.IntN(nEnt))}}
		}
		top.Stores = append(top.Stores, s)
	}
	for i := 1; i < nStore; i++ {
		if r.IntN(2) == 0 {
			top.Flows = append(top.Flows, residency.Flow{ID: fmt.Sprintf("f%d", i), Kind: residency.Replication,
				From: "s0", To: fmt.Sprintf("s%d", i), Datasets: []string{"d0"}})
		}
	}
	if r.IntN(3) == 0 {
		top.Flows = append(top.Flows, residency.Flow{ID: "admin", Kind: residency.AdminAccess, To: "s0",
			Accessor: fmt.Sprintf("e%d", r.IntN(nEnt)), AccessorLocation: pick()})
	}
	return top
}

func clone(t testing.TB, top *residency.Topology) *residency.Topology {
	t.Helper()
	b, err := json.Marshal(top)
	if err != nil {
		t.Fatal(err)
	}
	var out residency.Topology
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

var propertyDates = []string{"2016-06-01", "2019-06-01", "2022-06-01", "2026-06-01"}

// compareRatings calls check for every dataset's rating before and after.
func compareRatings(t *testing.T, eng *residency.Engine, before, after *residency.Topology, asOf string,
	check func(e hexad.Element, b, a hexad.Score) bool, what string) {
	t.Helper()
	rb, err := eng.Assess(before, day(asOf), residency.Consumer(nz))
	if err != nil {
		t.Fatalf("before: %v", err)
	}
	ra, err := eng.Assess(after, day(asOf), residency.Consumer(nz))
	if err != nil {
		t.Fatalf("after: %v", err)
	}
	for i := range rb.Datasets {
		for _, e := range hexad.Elements() {
			b, a := rb.Datasets[i].Rating.Score(e), ra.Datasets[i].Rating.Score(e)
			if !check(e, b, a) {
				t.Fatalf("%s on %s: dataset %s %s went from %s to %s\nbefore: %s\nafter: %s",
					what, asOf, rb.Datasets[i].Dataset, e, b, a, rb.Datasets[i].Rating, ra.Datasets[i].Rating)
			}
		}
	}
}

// notLower treats Unrated as lowest.
func notLower(_ hexad.Element, b, a hexad.Score) bool { return a >= b }

// TestPropertyMoveHome: moving data and operator into the consumer's own
// jurisdiction, which authorises access judicially and transparently,
// never lowers any element.
func TestPropertyMoveHome(t *testing.T) {
	t.Parallel()
	eng := propertyEngine(t)
	r := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		before := randomTopology(r)
		after := clone(t, before)
		for i := range after.Stores {
			after.Stores[i].Location = nz
			op := entity(after, after.Stores[i].Operators[0].Entity)
			op.Jurisdiction, op.Headquarters = nz, jurisdiction.Code{}
		}
		for _, d := range propertyDates {
			compareRatings(t, eng, before, after, d, notLower, "moving home")
		}
	}
}

// TestPropertyOpaqueParent: giving an operator a controlling parent under
// an opaque compelled-access regime never raises confidentiality or
// possession/control.
func TestPropertyOpaqueParent(t *testing.T) {
	t.Parallel()
	eng := propertyEngine(t)
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		before := randomTopology(r)
		after := clone(t, before)
		after.Entities = append(after.Entities, residency.Entity{ID: "opaque-parent", Jurisdiction: cn})
		op := entity(after, after.Stores[r.IntN(len(after.Stores))].Operators[0].Entity)
		op.Owners = append(op.Owners, residency.Ownership{Parent: "opaque-parent", Control: true})
		notRaised := func(e hexad.Element, b, a hexad.Score) bool {
			return (e != hexad.Confidentiality && e != hexad.PossessionControl) || a <= b
		}
		for _, d := range propertyDates {
			compareRatings(t, eng, before, after, d, notRaised, "adding an opaque parent")
		}
	}
}

// TestPropertyCustomerKeys: keys held by the customer outside the reach of
// the regimes that reach the store never lower possession/control.
func TestPropertyCustomerKeys(t *testing.T) {
	t.Parallel()
	eng := propertyEngine(t)
	r := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		before := randomTopology(r)
		after := clone(t, before)
		after.Entities = append(after.Entities, residency.Entity{ID: "keeper", Jurisdiction: nz})
		for i := range after.Stores {
			after.Stores[i].Keys = []residency.KeyCustody{{Holder: "keeper", Location: nz}}
		}
		notLowerPossession := func(e hexad.Element, b, a hexad.Score) bool { return e != hexad.PossessionControl || a >= b }
		for _, d := range propertyDates {
			compareRatings(t, eng, before, after, d, notLowerPossession, "customer-held keys")
		}
	}
}

// TestUSOperatorBeatsChineseParent: a US consumer of a US-operated store in
// the US scores at least as well as the same consumer of Alibaba Cloud in
// the US on every element, and strictly better on confidentiality and
// possession/control.
func TestUSOperatorBeatsChineseParent(t *testing.T) {
	t.Parallel()
	alibaba := &residency.Topology{
		Datasets: []residency.Dataset{{ID: "d", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: us, Count: 1000}}, Controller: "cust"}},
		Entities: []residency.Entity{
			{ID: "cust", Jurisdiction: us},
			{ID: "op", Jurisdiction: us, Owners: []residency.Ownership{{Parent: "group", Share: 100}}},
			{ID: "group", Jurisdiction: ky, Headquarters: cn},
		},
		Stores: []residency.Store{
			{ID: "west", Location: us, Datasets: []string{"d"}, Operators: []residency.Tenure{{Entity: "op"}}},
			{ID: "east", Location: us, Datasets: []string{"d"}, Operators: []residency.Tenure{{Entity: "op"}}},
		},
		Flows: []residency.Flow{{ID: "b", Kind: residency.BackupFlow, From: "west", To: "east"}},
	}
	american := clone(t, alibaba)
	entity(american, "op").Owners = nil
	for _, d := range []string{"2019-06-01", "2024-06-01"} {
		ra := assess(t, alibaba, d, residency.Consumer(us))
		rb := assess(t, american, d, residency.Consumer(us))
		for _, e := range hexad.Elements() {
			a, b := ra.Rating.Score(e), rb.Rating.Score(e)
			strict := e == hexad.Confidentiality || e == hexad.PossessionControl
			if b < a || (strict && b <= a) {
				t.Errorf("%s on %s: US-operated %s, Chinese-parented %s", e, d, b, a)
			}
		}
	}
}

// TestDeterministic checks that the same input gives the same JSON bytes,
// and that many goroutines can share one engine.
func TestDeterministic(t *testing.T) {
	t.Parallel()
	eng := residency.NewEngine(nil)
	r := rand.New(rand.NewPCG(7, 8))
	tops := make([]*residency.Topology, 40)
	want := make([][]byte, len(tops))
	for i := range tops {
		tops[i] = randomTopology(r)
		rep, err := eng.Assess(tops[i], day("2022-06-01"), residency.Consumer(cn))
		if err != nil {
			t.Fatal(err)
		}
		if want[i], err = json.Marshal(rep); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range tops {
				i := (k + g) % len(tops)
				rep, err := eng.Assess(tops[i], day("2022-06-01"), residency.Consumer(cn))
				if err != nil {
					t.Error(err)
					return
				}
				got, _ := json.Marshal(rep)
				if !bytes.Equal(got, want[i]) {
					t.Errorf("topology %d: report differs between runs", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}
