package main

import (
	"context"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// loopEngine is a minimal hand-written Go implementation of the check set,
// straight over the residency.Topology: maps by ID, loops over stores and
// flows, no policy engine. It is the yardstick: what a focused
// implementation of exactly these six rules costs.
type loopEngine struct{ cs *checkSet }

func (e *loopEngine) Name() string { return "loop" }

// The data classes that imply personal data and important data
// (jurisdiction.Implies, written out), as bit masks.
var (
	personalClasses = classMask(jurisdiction.Personal, jurisdiction.SensitivePersonal, jurisdiction.HealthData,
		jurisdiction.FinancialData, jurisdiction.BiometricData, jurisdiction.GenomicData,
		jurisdiction.PreciseGeolocation, jurisdiction.PersonalIdentifiers)
	importantClasses = classMask(jurisdiction.ImportantData, jurisdiction.CoreData)
)

func classMask(cs ...jurisdiction.DataClass) uint32 {
	var m uint32
	for _, c := range cs {
		m |= 1 << c
	}
	return m
}

var (
	codeCN = jurisdiction.MustParseCode("CN")
	codeUS = jurisdiction.MustParseCode("US")
)

// Build indexes t by ID, and lists each store's inbound and admin-access
// flows. Rule logic runs only in Evaluate.
func (e *loopEngine) Build(_ context.Context, t *residency.Topology) (Evaluator, error) {
	ev := &loopEvaluator{
		t:        t,
		f:        e.cs.facts,
		stores:   make(map[string]*residency.Store, len(t.Stores)),
		entities: make(map[string]*residency.Entity, len(t.Entities)),
		datasets: make(map[string]*residency.Dataset, len(t.Datasets)),
		inbound:  make(map[string][]*residency.Flow),
		admin:    make(map[string][]*residency.Flow),
	}
	for i := range t.Stores {
		ev.stores[t.Stores[i].ID] = &t.Stores[i]
	}
	for i := range t.Entities {
		ev.entities[t.Entities[i].ID] = &t.Entities[i]
	}
	for i := range t.Datasets {
		ev.datasets[t.Datasets[i].ID] = &t.Datasets[i]
	}
	for i := range t.Flows {
		f := &t.Flows[i]
		if f.Kind == residency.AdminAccess {
			ev.admin[f.To] = append(ev.admin[f.To], f)
		} else {
			ev.inbound[f.To] = append(ev.inbound[f.To], f)
		}
	}
	return ev, nil
}

type loopEvaluator struct {
	t        *residency.Topology
	f        facts
	stores   map[string]*residency.Store
	entities map[string]*residency.Entity
	datasets map[string]*residency.Dataset
	inbound  map[string][]*residency.Flow
	admin    map[string][]*residency.Flow
}

func hasClass(ds *residency.Dataset, mask uint32) bool {
	for _, c := range ds.Classes {
		if mask&(1<<c) != 0 {
			return true
		}
	}
	return false
}

func subjectsIn(ds *residency.Dataset, in func(jurisdiction.Code) bool) bool {
	for _, s := range ds.Subjects {
		if in(s.Jurisdiction) {
			return true
		}
	}
	return false
}

func isCN(c jurisdiction.Code) bool { return c == codeCN }

// localized reports whether CN-CSL2025-39 covers ds: personal or important
// data of subjects in CN whose controller CN designated a CII operator.
func (ev *loopEvaluator) localized(ds *residency.Dataset) bool {
	if !hasClass(ds, personalClasses) && !hasClass(ds, importantClasses) {
		return false
	}
	ctrl := ev.entities[ds.Controller]
	if ctrl == nil || !slices.Contains(ctrl.CII, codeCN) {
		return false
	}
	return subjectsIn(ds, isCN)
}

func carries(f *residency.Flow, id string) bool {
	return len(f.Datasets) == 0 || slices.Contains(f.Datasets, id)
}

// usChain returns the chain of entity IDs from id to the nearest entity
// incorporated or headquartered in the US, following controlling holdings
// (over 50%, or marked Control) breadth first in owner order; nil if none.
func (ev *loopEvaluator) usChain(id string) []string {
	isUS := func(x *residency.Entity) bool {
		return x.Jurisdiction == codeUS || x.Headquarters == codeUS
	}
	x := ev.entities[id]
	if x == nil {
		return nil
	}
	if isUS(x) {
		return []string{id}
	}
	level := [][]string{{id}}
	for range len(ev.entities) {
		var next [][]string
		for _, path := range level {
			for _, o := range ev.entities[path[len(path)-1]].Owners {
				if !(o.Control || o.Share > 50) {
					continue
				}
				p := ev.entities[o.Parent]
				if p == nil {
					continue
				}
				up := append(slices.Clip(path), o.Parent)
				if isUS(p) {
					return up
				}
				next = append(next, up)
			}
		}
		if len(next) == 0 {
			return nil
		}
		level = next
	}
	return nil
}

// Evaluate implements Evaluator.
func (ev *loopEvaluator) Evaluate(ctx context.Context) ([]string, error) {
	var out []string
	heldInCN := map[string]bool{} // localized datasets held somewhere -> some copy in CN
	var paths []string
	for i := range ev.t.Stores {
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		st := &ev.t.Stores[i]
		loc := st.Location
		inbound := ev.inbound[st.ID]

		// Conflicts: US personal reach into a store in CN.
		if loc == codeCN {
			paths = ev.usPaths(st, paths[:0])
			for _, did := range st.Datasets {
				if len(paths) == 0 {
					break
				}
				ds := ev.datasets[did]
				blocking := "CN-DSL-36"
				if ev.localized(ds) {
					blocking = "CN-CSL2025-39," + blocking
				}
				if hasClass(ds, personalClasses) {
					blocking += ",CN-PIPL-41"
				}
				for _, p := range paths {
					out = append(out, "C|US|CN|"+p+"|"+did+"|"+blocking)
				}
			}
		}

		// Localization, and undeclared collections.
		for _, did := range st.Datasets {
			ds := ev.datasets[did]
			if ev.localized(ds) {
				heldInCN[did] = heldInCN[did] || loc == codeCN
				if loc != codeCN && !ev.localOK(st, inbound, did) {
					out = append(out, "V|CN-CSL2025-39|dataset/"+did+"/store/"+st.ID)
				}
			}
			arrived := false
			for _, f := range inbound {
				if carries(f, did) {
					arrived = true
					break
				}
			}
			if !arrived && ds.Controller != "" {
				out = ev.collected(out, ds, loc, st.Mechanisms, st.Operators[0].Entity, "store/"+st.ID+"/collection")
			}
		}

		// Declared flows into the store.
		for _, f := range inbound {
			src := st
			if f.Kind != residency.Collection {
				src = ev.stores[f.From]
			}
			ids := f.Datasets
			if len(ids) == 0 {
				ids = src.Datasets
			}
			for _, did := range ids {
				ds := ev.datasets[did]
				if f.Kind == residency.Collection {
					if ds.Controller != "" {
						out = ev.collected(out, ds, loc, f.Mechanisms, st.Operators[0].Entity, "flow/"+f.ID)
					}
					continue
				}
				out = ev.leg(out, ds, src.Location, loc, f.Mechanisms, st.Operators[0].Entity, "flow/"+f.ID, nil)
			}
		}

		// Remote administration: a transfer to where the accessor acts.
		for _, f := range ev.admin[st.ID] {
			ids := f.Datasets
			if len(ids) == 0 {
				ids = st.Datasets
			}
			for _, did := range ids {
				out = ev.leg(out, ev.datasets[did], loc, f.AccessorLocation, f.Mechanisms, f.Accessor, "flow/"+f.ID, nil)
			}
		}
	}
	for did, inCN := range heldInCN {
		if !inCN {
			out = append(out, "V|CN-CSL2025-39|dataset/"+did)
		}
	}
	return out, nil
}

// localOK reports whether the copy of dataset did in store st (outside CN)
// arrived through an inbound flow carrying it that declares a CAC security
// assessment, or, when no inbound flow carries it, whether the store
// declares one.
func (ev *loopEvaluator) localOK(st *residency.Store, inbound []*residency.Flow, did string) bool {
	arrived := false
	for _, f := range inbound {
		if carries(f, did) {
			arrived = true
			if slices.Contains(f.Mechanisms, mechSecurityAssessment) {
				return true
			}
		}
	}
	return !arrived && slices.Contains(st.Mechanisms, mechSecurityAssessment)
}

// leg applies the transfer rules to dataset ds moving from one
// jurisdiction to another, received by entity recipient.
// collected appends the transfer findings of a collection of dataset ds
// into a store in loc: it starts with the subjects (each of their
// jurisdictions, or the controller's home when none is declared) and is a
// transfer only under the rules whose territory holds the controller;
// one finding per rule.
func (ev *loopEvaluator) collected(out []string, ds *residency.Dataset, loc jurisdiction.Code, mechs []string, recipient, path string) []string {
	ctrl := ev.entities[ds.Controller]
	origins := []jurisdiction.Code{ctrl.Jurisdiction}
	if len(ds.Subjects) > 0 {
		origins = origins[:0]
		for _, s := range ds.Subjects {
			origins = append(origins, s.Jurisdiction)
		}
	}
	start := len(out)
	for _, from := range origins {
		out = ev.leg(out, ds, from, loc, mechs, recipient, path, ctrl)
	}
	tail := slices.Clone(out[start:])
	slices.Sort(tail)
	return append(out[:start], slices.Compact(tail)...)
}

// leg appends the transfer findings of a movement of dataset ds from from
// to to; ctrl is the controller for a collection (nil otherwise), which
// must be inside a rule's territory for the collection to be a transfer.
func (ev *loopEvaluator) leg(out []string, ds *residency.Dataset, from, to jurisdiction.Code, mechs []string, recipient, path string, ctrl *residency.Entity) []string {
	if !hasClass(ds, personalClasses) {
		return out
	}
	inCN := ctrl == nil || ctrl.Jurisdiction == codeCN || ctrl.Headquarters == codeCN
	if inCN && from == codeCN && to != codeCN && !slices.Contains(mechs, mechSecurityAssessment) {
		out = append(out, "V|CN-PIPL-38|dataset/"+ds.ID+"/"+path)
	}
	if ev.f.eea[to] || (ctrl != nil && !ev.f.eea[ctrl.Jurisdiction] && !ev.f.eea[ctrl.Headquarters]) {
		return out
	}
	onward := from != to && subjectsIn(ds, func(c jurisdiction.Code) bool { return ev.f.eea[c] })
	if !ev.f.eea[from] && !onward {
		return out
	}
	if ev.f.adequate[to] || slices.Contains(mechs, mechSCC) {
		return out
	}
	if ev.f.dpfDest[to] && slices.Contains(ev.entities[recipient].Certifications, mechDPF) {
		return out
	}
	return append(out, "V|EU-GDPR-44|dataset/"+ds.ID+"/"+path)
}

// usPaths appends the paths through which US-CLOUD-2713 reaches store st:
// its operator, custodians, key holder (when not the operator) and admin
// accessors, each up its control chain to the nearest US entity.
func (ev *loopEvaluator) usPaths(st *residency.Store, out []string) []string {
	add := func(prefix, entity string) {
		if chain := ev.usChain(entity); chain != nil {
			out = append(out, prefix+strings.Join(chain, "/parent/"))
		}
	}
	base := "store/" + st.ID
	op := st.Operators[0].Entity
	add(base+"/operator/", op)
	for _, c := range st.Custodians {
		add(base+"/custodian/", c.Entity)
	}
	if len(st.Keys) == 1 && st.Keys[0].Holder != op {
		add(base+"/keys/", st.Keys[0].Holder)
	}
	for _, f := range ev.admin[st.ID] {
		add(base+"/flow/"+f.ID+"/accessor/", f.Accessor)
	}
	return out
}
