package residency_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// The hexad properties of issue 11, held on random valid topologies
// (package synth, built-in catalog) rather than hand-picked cases: each
// test changes one fact of many random topologies and compares the
// ratings of the datasets the change concerns.

const hexadPropertyRuns = 60

var hexadAsOf = jurisdiction.MustParseDate("2025-06-01")

// synthTopology is a small random topology, different per run.
func synthTopology(seed uint64) *residency.Topology {
	return synth.Generate(synth.Config{Stores: 12, Seed: seed})
}

// ratings assesses t for consumer and returns each dataset's rating.
func ratings(t *testing.T, eng *residency.Engine, top *residency.Topology, consumer jurisdiction.Code) map[string]hexad.Rating {
	t.Helper()
	rep, err := eng.Assess(top, hexadAsOf, residency.Consumer(consumer))
	if err != nil {
		t.Fatalf("the topology does not assess: %v", err)
	}
	out := map[string]hexad.Rating{}
	for _, d := range rep.Datasets {
		out[d.Dataset] = d.Rating
	}
	return out
}

// lowered returns an element among es that before rates and after rates
// lower or not at all.
func lowered(before, after hexad.Rating, es ...hexad.Element) (hexad.Element, bool) {
	if len(es) == 0 {
		all := hexad.Elements()
		es = all[:]
	}
	for _, e := range es {
		b, a := before.Score(e), after.Score(e)
		if b.IsValid() && (!a.IsValid() || a < b) {
			return e, true
		}
	}
	return 0, false
}

// raised returns an element among es that both rate and after rates
// higher.
func raised(before, after hexad.Rating, es ...hexad.Element) (hexad.Element, bool) {
	for _, e := range es {
		b, a := before.Score(e), after.Score(e)
		if b.IsValid() && a.IsValid() && a > b {
			return e, true
		}
	}
	return 0, false
}

func entityIndex(top *residency.Topology, id string) int {
	return slices.IndexFunc(top.Entities, func(e residency.Entity) bool { return e.ID == id })
}

// holders returns the indexes of the stores that list dataset id.
func holders(top *residency.Topology, id string) []int {
	var out []int
	for i, s := range top.Stores {
		if slices.Contains(s.Datasets, id) {
			out = append(out, i)
		}
	}
	return out
}

// consumerOf is the consumer a property takes for dataset ds: its
// controller's jurisdiction.
func consumerOf(top *residency.Topology, ds residency.Dataset) jurisdiction.Code {
	if i := entityIndex(top, ds.Controller); i >= 0 {
		return top.Entities[i].Jurisdiction
	}
	return jurisdiction.MustParseCode("US")
}

// TestHexadPropertyOwnKeys: a dataset's controller holding the keys of
// every store that holds it, where the controller is, never lowers any
// element of that dataset's rating.
func TestHexadPropertyOwnKeys(t *testing.T) {
	t.Parallel()
	eng := residency.NewEngine(nil)
	checked := 0
	for seed := range uint64(hexadPropertyRuns) {
		top := synthTopology(seed)
		r := rand.New(rand.NewPCG(seed, 1))
		ds := top.Datasets[r.IntN(len(top.Datasets))]
		ctrl := entityIndex(top, ds.Controller)
		hs := holders(top, ds.ID)
		if ctrl < 0 || len(hs) == 0 {
			continue
		}
		consumer := top.Entities[ctrl].Jurisdiction
		before := ratings(t, eng, top, consumer)[ds.ID]
		for _, s := range hs {
			top.Stores[s].Keys = []residency.KeyCustody{{Holder: ds.Controller, Location: consumer}}
		}
		after := ratings(t, eng, top, consumer)[ds.ID]
		checked++
		if e, bad := lowered(before, after); bad {
			t.Fatalf("seed %d: %s's controller holding its keys in %s lowered %v from %v to %v\nbefore:\n%s\nafter:\n%s",
				seed, ds.ID, consumer, e, before.Score(e), after.Score(e), before, after)
		}
	}
	if checked < hexadPropertyRuns/2 {
		t.Fatalf("only %d of %d runs applied", checked, hexadPropertyRuns)
	}
}

// TestHexadPropertyForeignReplica: a replica of a dataset in another
// country, run by an operator of that country, never raises its
// confidentiality, possession/control or jurisdiction.
func TestHexadPropertyForeignReplica(t *testing.T) {
	t.Parallel()
	eng := residency.NewEngine(nil)
	places := []string{"US", "CN", "RU", "DE", "JP", "SG", "IN", "BR", "HK", "AE", "NO", "KP"}
	for seed := range uint64(hexadPropertyRuns) {
		top := synthTopology(seed)
		r := rand.New(rand.NewPCG(seed, 2))
		ds := top.Datasets[r.IntN(len(top.Datasets))]
		hs := holders(top, ds.ID)
		consumer := consumerOf(top, ds)
		var at jurisdiction.Code
		for at = consumer; at == consumer; {
			at = jurisdiction.MustParseCode(places[r.IntN(len(places))])
		}
		before := ratings(t, eng, top, consumer)[ds.ID]
		top.Entities = append(top.Entities, residency.Entity{ID: "replica-op", Jurisdiction: at})
		top.Stores = append(top.Stores, residency.Store{ID: "replica", Location: at, Role: residency.Replica,
			Datasets: []string{ds.ID}, Operators: []residency.Tenure{{Entity: "replica-op"}}})
		if len(hs) > 0 {
			top.Flows = append(top.Flows, residency.Flow{ID: "to-replica", Kind: residency.Replication,
				From: top.Stores[hs[0]].ID, To: "replica", Datasets: []string{ds.ID}})
		}
		after := ratings(t, eng, top, consumer)[ds.ID]
		if e, bad := raised(before, after, hexad.Confidentiality, hexad.PossessionControl, hexad.Jurisdiction); bad {
			t.Fatalf("seed %d: a replica of %s in %s raised %v from %v to %v\nbefore:\n%s\nafter:\n%s",
				seed, ds.ID, at, e, before.Score(e), after.Score(e), before, after)
		}
	}
}

// TestHexadPropertyKeyCustodianAbroad: a key custodian abroad, whose
// government reaches only the keys, never lowers integrity or
// authenticity (review A1).
func TestHexadPropertyKeyCustodianAbroad(t *testing.T) {
	t.Parallel()
	eng := residency.NewEngine(nil)
	places := []string{"DE", "NZ", "CN", "RU", "US", "CH", "SG", "KP"}
	for seed := range uint64(hexadPropertyRuns) {
		top := synthTopology(seed)
		r := rand.New(rand.NewPCG(seed, 3))
		ds := top.Datasets[r.IntN(len(top.Datasets))]
		consumer := consumerOf(top, ds)
		at := jurisdiction.MustParseCode(places[r.IntN(len(places))])
		before := ratings(t, eng, top, consumer)[ds.ID]
		top.Entities = append(top.Entities, residency.Entity{ID: "kms", Jurisdiction: at})
		for _, s := range holders(top, ds.ID) {
			top.Stores[s].Keys = []residency.KeyCustody{{Holder: "kms", Location: at}}
		}
		after := ratings(t, eng, top, consumer)[ds.ID]
		if e, bad := lowered(before, after, hexad.Integrity, hexad.Authenticity); bad {
			t.Fatalf("seed %d: keys of %s held in %s lowered %v from %v to %v\nbefore:\n%s\nafter:\n%s",
				seed, ds.ID, at, e, before.Score(e), after.Score(e), before, after)
		}
	}
}

// europe returns top with every store moved into an EU member state, run
// by an operator of that state with no owners, and no keys held apart
// and no administrative access: only EU governments reach the data.
func europe(top *residency.Topology, r *rand.Rand) *residency.Topology {
	states := []string{"DE", "FR", "IE", "NL", "IT", "ES", "SE", "PL", "AT", "BE", "FI", "DK", "PT", "CZ"}
	for i := range top.Stores {
		s := &top.Stores[i]
		c := jurisdiction.MustParseCode(states[r.IntN(len(states))])
		id := fmt.Sprintf("eu-op-%d", i)
		top.Entities = append(top.Entities, residency.Entity{ID: id, Jurisdiction: c})
		s.Region, s.Location, s.Operators, s.Custodians, s.Keys, s.Licensor = "", c, []residency.Tenure{{Entity: id}}, nil, nil, ""
	}
	top.Flows = slices.DeleteFunc(top.Flows, func(f residency.Flow) bool { return f.Kind == residency.AdminAccess })
	return top
}

// TestHexadPropertyEUConsumers: inside the EU, a store rates the same for
// consumers in any member state: fellow members are not foreign to each
// other (review A3).
func TestHexadPropertyEUConsumers(t *testing.T) {
	t.Parallel()
	eng := residency.NewEngine(nil)
	consumers := []string{"DE", "FR", "IE", "IT", "PL", "SE", "EE"}
	for seed := range uint64(hexadPropertyRuns / 2) {
		top := europe(synthTopology(seed), rand.New(rand.NewPCG(seed, 4)))
		var first map[string]hexad.Rating
		for _, c := range consumers {
			got := ratings(t, eng, top, jurisdiction.MustParseCode(c))
			if first == nil {
				first = got
				continue
			}
			for id, r := range got {
				if r.Scores() != first[id].Scores() {
					t.Fatalf("seed %d: dataset %s rates %v for a consumer in %s and %v in %s\n%s\n%s",
						seed, id, r.Scores(), c, first[id].Scores(), consumers[0], r, first[id])
				}
			}
		}
	}
}

// TestHexadPropertyDomesticOperator: replacing a foreign-controlled
// operator of a store in the consumer's own country by a domestic one
// never lowers any element.
func TestHexadPropertyDomesticOperator(t *testing.T) {
	t.Parallel()
	eng := residency.NewEngine(nil)
	checked := 0
	for seed := range uint64(hexadPropertyRuns) {
		top := synthTopology(seed)
		rep, err := eng.Assess(top, hexadAsOf)
		if err != nil {
			t.Fatal(err)
		}
		// A store whose operator's chain reaches a government other than
		// the store's own: its operator is foreign-controlled.
		store := -1
		for _, x := range rep.Exposures {
			s := slices.IndexFunc(top.Stores, func(st residency.Store) bool { return st.ID == x.Path.Store })
			if s >= 0 && x.Via.IsParent() && x.Via.String() == "operator parent" && top.Stores[s].Location.IsValid() && x.Government != top.Stores[s].Location {
				store = s
				break
			}
		}
		if store < 0 || len(top.Stores[store].Datasets) == 0 {
			continue
		}
		st := &top.Stores[store]
		home := st.Location
		ds := st.Datasets[0]
		before := ratings(t, eng, top, home)[ds]
		old := ""
		if len(st.Operators) > 0 {
			old = st.Operators[0].Entity
		}
		top.Entities = append(top.Entities, residency.Entity{ID: "domestic-op", Jurisdiction: home})
		st.Operators = []residency.Tenure{{Entity: "domestic-op"}}
		for k := range st.Keys {
			if st.Keys[k].Holder == old {
				st.Keys[k].Holder = "domestic-op"
			}
		}
		after := ratings(t, eng, top, home)[ds]
		checked++
		if e, bad := lowered(before, after); bad {
			t.Fatalf("seed %d: a domestic operator for %s in %s lowered %v from %v to %v\nbefore:\n%s\nafter:\n%s",
				seed, st.ID, home, e, before.Score(e), after.Score(e), before, after)
		}
	}
	if checked < 5 {
		t.Fatalf("only %d runs had a foreign-controlled operator", checked)
	}
}

// TestHexadPropertyRenaming: scores do not depend on IDs: renaming every
// dataset, entity, store and flow gives the same scores per dataset.
func TestHexadPropertyRenaming(t *testing.T) {
	t.Parallel()
	eng := residency.NewEngine(nil)
	for seed := range uint64(hexadPropertyRuns / 2) {
		top := synthTopology(seed)
		consumer := consumerOf(top, top.Datasets[0])
		before := ratings(t, eng, top, consumer)
		renamed := rename(top)
		after := ratings(t, eng, renamed, consumer)
		for id, r := range before {
			if got := after["x-"+id]; got.Scores() != r.Scores() {
				t.Fatalf("seed %d: dataset %s rates %v, renamed %v", seed, id, r.Scores(), got.Scores())
			}
		}
	}
}

// rename returns a copy of top with every ID prefixed "x-" (catalog
// entity IDs, which the catalog names, excepted) and every reference
// changed to match.
func rename(top *residency.Topology) *residency.Topology {
	n := func(id string) string {
		if id == "" || strings.HasPrefix(id, residency.CatalogEntityPrefix) {
			return id
		}
		return "x-" + id
	}
	all := func(ids []string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = n(id)
		}
		return out
	}
	t := *top
	t.Datasets = slices.Clone(top.Datasets)
	for i := range t.Datasets {
		t.Datasets[i].ID, t.Datasets[i].Controller = n(t.Datasets[i].ID), n(t.Datasets[i].Controller)
	}
	t.Entities = slices.Clone(top.Entities)
	for i := range t.Entities {
		e := &t.Entities[i]
		e.ID = n(e.ID)
		e.Owners = slices.Clone(e.Owners)
		for k := range e.Owners {
			e.Owners[k].Parent = n(e.Owners[k].Parent)
		}
	}
	tenures := func(ts []residency.Tenure) []residency.Tenure {
		out := slices.Clone(ts)
		for k := range out {
			out[k].Entity = n(out[k].Entity)
		}
		return out
	}
	t.Stores = slices.Clone(top.Stores)
	for i := range t.Stores {
		s := &t.Stores[i]
		s.ID, s.Datasets, s.Licensor = n(s.ID), all(s.Datasets), n(s.Licensor)
		s.Operators, s.Custodians = tenures(s.Operators), tenures(s.Custodians)
		s.Keys = slices.Clone(s.Keys)
		for k := range s.Keys {
			s.Keys[k].Holder = n(s.Keys[k].Holder)
		}
	}
	t.Flows = slices.Clone(top.Flows)
	for i := range t.Flows {
		f := &t.Flows[i]
		f.ID, f.From, f.To, f.Accessor, f.Datasets = n(f.ID), n(f.From), n(f.To), n(f.Accessor), all(f.Datasets)
	}
	t.Waivers = nil
	return &t
}
