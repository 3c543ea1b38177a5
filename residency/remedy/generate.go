package remedy

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// maxMechanisms bounds the mechanisms tried per finding.
const maxMechanisms = 4

// generator makes the candidate changes for the findings of one report.
type generator struct {
	s    *settings
	t    *residency.Topology
	asOf jurisdiction.Date
	rep  *residency.Report
	cat  *jurisdiction.Catalog

	store   map[string]int
	flow    map[string]int
	dataset map[string]*residency.Dataset
	entity  map[string]*residency.Entity
	placed  map[string]residency.StoreState // where each store stood
}

func (g *generator) index() {
	g.store, g.flow = map[string]int{}, map[string]int{}
	g.dataset, g.entity = map[string]*residency.Dataset{}, map[string]*residency.Entity{}
	g.placed = map[string]residency.StoreState{}
	for i := range g.t.Stores {
		g.store[g.t.Stores[i].ID] = i
	}
	for i := range g.t.Flows {
		g.flow[g.t.Flows[i].ID] = i
	}
	for i := range g.t.Datasets {
		g.dataset[g.t.Datasets[i].ID] = &g.t.Datasets[i]
	}
	for i := range g.t.Entities {
		g.entity[g.t.Entities[i].ID] = &g.t.Entities[i]
	}
	for _, s := range g.rep.Stores {
		g.placed[s.ID] = s
	}
}

// forViolation makes the candidates for violation v.
func (g *generator) forViolation(v *residency.Violation) []candidate {
	r, ok := g.cat.Rule(v.Rule.ID)
	if !ok {
		return nil
	}
	var out []candidate
	add := func(cs ...candidate) {
		for _, c := range cs {
			c.target, c.Rule = v.ID, r.ID
			out = append(out, c)
		}
	}
	fi, onFlow := g.flow[v.Flow]
	si, onStore := g.store[v.Store]
	switch r.Kind {
	case jurisdiction.TransferRestriction:
		switch {
		case onFlow && g.t.Flows[fi].Kind == residency.AdminAccess:
			f := &g.t.Flows[fi]
			add(g.mechanisms(r, v, fi, -1, f.AccessorLocation)...)
			add(g.removeAccess(fi, r))
			if si, ok := g.store[f.To]; ok {
				if loc := g.placed[g.t.Stores[si].ID].Location; g.inside(loc, r.Area()) {
					add(g.relocateAccess(fi, loc, r))
				}
			}
		case onFlow:
			f := &g.t.Flows[fi]
			to := g.store[f.To]
			add(g.mechanisms(r, v, fi, -1, g.placed[f.To].Location)...)
			if f.Kind != residency.Collection {
				add(g.dropFlow(fi, r))
			}
			add(g.relocations(to, r.Area(), r, v.Dataset)...)
		case onStore:
			add(g.mechanisms(r, v, -1, si, g.placed[v.Store].Location)...)
			add(g.relocations(si, r.Area(), r, v.Dataset)...)
		}
	case jurisdiction.Localization:
		if onStore {
			fi := g.inbound(si, v.Dataset)
			add(g.mechanisms(r, v, fi, si, g.placed[v.Store].Location)...)
			if fi >= 0 && g.t.Flows[fi].Kind != residency.Collection {
				add(g.dropFlow(fi, r))
			}
			add(g.relocations(si, r.Area(), r, v.Dataset)...)
		} else {
			// No copy inside: move a store holding the dataset there.
			for i := range g.t.Stores {
				if slices.Contains(g.t.Stores[i].Datasets, v.Dataset) {
					add(g.relocations(i, r.Area(), r, v.Dataset)...)
					break
				}
			}
		}
	case jurisdiction.OwnershipLicensing:
		if onStore {
			if op := g.regionOperator(si, r, ""); op != nil {
				add(*op)
			}
			add(g.relocations(si, r.Area(), r, "")...)
		}
	case jurisdiction.ProhibitedCounterparty:
		if onFlow && g.t.Flows[fi].Kind == residency.AdminAccess {
			add(g.removeAccess(fi, r))
		}
		if onStore {
			add(g.mechanisms(r, v, -1, si, g.placed[v.Store].Location)...)
			add(g.relocations(si, []jurisdiction.Code{g.placed[v.Store].Location.Country()}, r, v.Dataset)...)
		}
	}
	return out
}

// forConflict makes the candidates for conflict c: relocate the store
// inside the forbidding territory to a region whose operator the
// compelling government does not reach, remove or relocate the
// administrative access it reaches through, or keep the keys with the
// data's controller.
func (g *generator) forConflict(c *residency.Conflict) []candidate {
	si, ok := g.store[c.Store]
	if !ok {
		return nil
	}
	var area []jurisdiction.Code
	var rule jurisdiction.Rule
	for _, b := range c.Blocking {
		if r, ok := g.cat.Rule(b.ID); ok {
			if rule.ID == "" {
				rule = r
			}
			for _, a := range r.Area() {
				if !slices.Contains(area, a) {
					area = append(area, a)
				}
			}
		}
	}
	if rule.ID == "" {
		return nil
	}
	var out []candidate
	add := func(cs ...candidate) {
		for _, x := range cs {
			x.target, x.Rule = c.ID, rule.ID
			out = append(out, x)
		}
	}
	ds := ""
	if len(c.Datasets) > 0 {
		ds = c.Datasets[0]
	}
	add(g.relocationsAvoiding(si, area, rule, ds, c.CompellingJurisdiction)...)
	if reg, ok := g.cat.Region(g.t.Stores[si].Region); ok && !g.operatorIn(g.cat.RegionOperator(reg), c.CompellingJurisdiction) {
		if op := g.regionOperator(si, rule, ds); op != nil {
			add(*op)
		}
	}
	if fi, ok := g.flow[c.Path.Flow]; ok && g.t.Flows[fi].Kind == residency.AdminAccess {
		add(g.removeAccess(fi, rule))
		if loc := g.placed[c.Store].Location; g.inside(loc, area) {
			add(g.relocateAccess(fi, loc, rule))
		}
	}
	if d := g.dataset[ds]; d != nil && d.Controller != "" {
		if e := g.entity[d.Controller]; e != nil && g.inside(e.Jurisdiction, area) {
			add(g.customerKeys(si, e, rule, ds))
		}
	}
	return out
}

// inside reports whether c is within one of area's codes on the date.
func (g *generator) inside(c jurisdiction.Code, area []jurisdiction.Code) bool {
	if !c.IsValid() {
		return false
	}
	return slices.ContainsFunc(area, func(a jurisdiction.Code) bool { return g.cat.Within(c, a, g.asOf) })
}

// inbound returns the first flow into store si that carries dataset ds,
// or -1.
func (g *generator) inbound(si int, ds string) int {
	id := g.t.Stores[si].ID
	for i, f := range g.t.Flows {
		if f.To == id && f.Kind != residency.AdminAccess && (len(f.Datasets) == 0 || slices.Contains(f.Datasets, ds)) {
			return i
		}
	}
	return -1
}

// mechanisms makes a candidate per mechanism in force that satisfies r for
// destination dest, declared on flow fi, or on store si when fi < 0.
func (g *generator) mechanisms(r jurisdiction.Rule, v *residency.Violation, fi, si int, dest jurisdiction.Code) []candidate {
	var out []candidate
	for m := range g.cat.Mechanisms() {
		if len(out) == maxMechanisms {
			break
		}
		if !slices.Contains(m.Satisfies, r.ID) || m.Assessment || !m.InForce(g.asOf) || m.CertifiedRecipient || m.OccasionalOnly || m.Automatic {
			continue
		}
		if len(m.Destinations) > 0 && !g.inside(dest, m.Destinations) {
			continue
		}
		if g.inside(dest, m.ExcludedDestinations) {
			continue
		}
		ids := append(slices.Clone(m.Requires), m.ID)
		c := candidate{Remedy: Remedy{Move: AddMechanism, LegalAct: true, Mechanism: m.ID}}
		where := ""
		if fi >= 0 {
			f := g.t.Flows[fi]
			c.Flow, where = f.ID, "flow "+f.ID
			c.Patch = appendOps(fmt.Sprintf("/flows/%d/mechanisms", fi), f.Mechanisms, ids)
			c.apply = func(t *residency.Topology) *residency.Topology {
				return withFlow(t, fi, func(f *residency.Flow) { f.Mechanisms = append(slices.Clone(f.Mechanisms), ids...) })
			}
		} else if si >= 0 {
			st := g.t.Stores[si]
			c.Store, where = st.ID, "store "+st.ID
			c.Patch = appendOps(fmt.Sprintf("/stores/%d/mechanisms", si), st.Mechanisms, ids)
			c.apply = func(t *residency.Topology) *residency.Topology {
				return withStore(t, si, func(s *residency.Store) { s.Mechanisms = append(slices.Clone(s.Mechanisms), ids...) })
			}
		} else {
			continue
		}
		req := ""
		if len(m.Requires) > 0 {
			req = " with " + strings.Join(m.Requires, ", ")
		}
		c.Explanation = fmt.Sprintf("declare %s (%s)%s on %s, a legal act that satisfies %s (%s)", m.ID, m.Citation, req, where, r.ID, r.Citation)
		c.touched = []string{v.Dataset}
		out = append(out, c)
	}
	return out
}

// appendOps adds ids to the array at path, which holds have.
func appendOps(path string, have, ids []string) []Op {
	if len(have) == 0 {
		return []Op{{Op: "add", Path: path, Value: slices.Clone(ids)}}
	}
	out := make([]Op, len(ids))
	for i, id := range ids {
		out[i] = Op{Op: "add", Path: path + "/-", Value: id}
	}
	return out
}

// relocations makes candidates moving store si to catalog regions inside
// area, at most perTarget, one per operator (so that the candidates try
// different laws, not one operator's regions): its own provider's first,
// then the others'.
func (g *generator) relocations(si int, area []jurisdiction.Code, r jurisdiction.Rule, ds string) []candidate {
	return g.relocationsAvoiding(si, area, r, ds, jurisdiction.Code{})
}

// relocationsAvoiding is relocations leaving out the regions whose
// operator is, or is controlled from, jurisdiction avoid (the government
// that compels, for a conflict).
func (g *generator) relocationsAvoiding(si int, area []jurisdiction.Code, r jurisdiction.Rule, ds string, avoid jurisdiction.Code) []candidate {
	st := g.t.Stores[si]
	provider, _, _ := strings.Cut(st.Region, ":")
	var same, other []jurisdiction.Region
	seenOp := map[string]bool{}
	for reg := range g.cat.Regions() {
		if reg.ID() == st.Region || !g.inside(reg.Country, area) || reg.Opened.After(g.asOf) {
			continue
		}
		if g.s.provider != "" && reg.Provider != g.s.provider {
			continue
		}
		op := g.cat.RegionOperator(reg)
		if seenOp[op] || (avoid.IsValid() && g.operatorIn(op, avoid)) {
			continue
		}
		seenOp[op] = true
		if reg.Provider == provider {
			same = append(same, reg)
		} else {
			other = append(other, reg)
		}
	}
	regs := append(same, other...)
	if len(regs) > g.s.perTarget {
		regs = regs[:g.s.perTarget]
	}
	var out []candidate
	for _, reg := range regs {
		out = append(out, g.relocate(si, reg, r, ds))
	}
	return out
}

// relocate moves store si to region reg, with the region's operator.
func (g *generator) relocate(si int, reg jurisdiction.Region, r jurisdiction.Rule, ds string) candidate {
	st := g.t.Stores[si]
	p := fmt.Sprintf("/stores/%d", si)
	var ops []Op
	if st.Region != "" {
		ops = append(ops, Op{Op: "replace", Path: p + "/region", Value: reg.ID()})
	} else {
		ops = append(ops, Op{Op: "add", Path: p + "/region", Value: reg.ID()})
	}
	if st.Location.IsValid() {
		ops = append(ops, Op{Op: "replace", Path: p + "/location", Value: reg.Country.String()})
	}
	ops = append(ops, ownParties(p, st)...)
	if st.Licensor != "" {
		ops = append(ops, Op{Op: "remove", Path: p + "/licensor"})
	}
	name := operatorName(g.cat, reg)
	provider, _, _ := strings.Cut(st.Region, ":")
	c := candidate{Remedy: Remedy{Move: Relocate, Store: st.ID, Region: reg.ID(), Patch: ops, CrossProvider: provider != reg.Provider,
		Explanation: fmt.Sprintf("relocate store %s to %s (%s, operated by %s), inside the territory of %s (%s)",
			st.ID, reg.ID(), reg.Country, name, r.ID, r.Citation)}}
	loc := reg.Country
	keepLoc := st.Location.IsValid()
	c.apply = func(t *residency.Topology) *residency.Topology {
		return withStore(t, si, func(s *residency.Store) {
			s.Region = reg.ID()
			if keepLoc {
				s.Location = loc
			}
			s.Operators, s.Custodians, s.Licensor = nil, nil, ""
		})
	}
	c.touched = g.storeDatasets(si, ds)
	return c
}

// operatorIn reports whether catalog operator id, or an operator
// controlling it, is incorporated or headquartered in c.
func (g *generator) operatorIn(id string, c jurisdiction.Code) bool {
	for range 64 { // a chain longer than that is a cycle
		o, ok := g.cat.Operator(id)
		if !ok {
			return false
		}
		if o.Jurisdiction == c || o.Headquarters == c {
			return true
		}
		if o.Parent == "" || !(o.Control || o.Share > 50) {
			return false
		}
		id = o.Parent
	}
	return false
}

// regionOperator makes the candidate that hands store si, written as a
// catalog region with operators or custodians of its own, to the
// region's operator in the catalog (AWS Beijing to Sinnet, the region's
// local licensed operator), or nil.
func (g *generator) regionOperator(si int, r jurisdiction.Rule, ds string) *candidate {
	st := g.t.Stores[si]
	reg, ok := g.cat.Region(st.Region)
	if !ok || (len(st.Operators) == 0 && len(st.Custodians) == 0) {
		return nil
	}
	ops := ownParties(fmt.Sprintf("/stores/%d", si), st)
	name := operatorName(g.cat, reg)
	c := candidate{Remedy: Remedy{Move: RegionOperator, Store: st.ID, Region: reg.ID(), Patch: ops,
		Explanation: fmt.Sprintf("have %s, the region's operator in the catalog, operate store %s and hold its infrastructure, as %s (%s) requires",
			name, st.ID, r.ID, r.Citation)}}
	c.apply = func(t *residency.Topology) *residency.Topology {
		return withStore(t, si, func(s *residency.Store) { s.Operators, s.Custodians = nil, nil })
	}
	c.touched = g.storeDatasets(si, ds)
	return &c
}

// ownParties removes the operators and custodians a store, at JSON
// pointer p, names itself, so that its region's come from the catalog.
func ownParties(p string, st residency.Store) []Op {
	var ops []Op
	if len(st.Operators) > 0 {
		ops = append(ops, Op{Op: "remove", Path: p + "/operators"})
	}
	if len(st.Custodians) > 0 {
		ops = append(ops, Op{Op: "remove", Path: p + "/custodians"})
	}
	return ops
}

// operatorName is the name of region reg's operator in cat, or its ID.
func operatorName(cat *jurisdiction.Catalog, reg jurisdiction.Region) string {
	id := cat.RegionOperator(reg)
	if o, ok := cat.Operator(id); ok && o.Name != "" {
		return o.Name
	}
	return id
}

func (g *generator) storeDatasets(si int, ds string) []string {
	if ds != "" {
		return []string{ds}
	}
	return slices.Clone(g.t.Stores[si].Datasets)
}

// removeAccess removes administrative-access flow fi.
func (g *generator) removeAccess(fi int, r jurisdiction.Rule) candidate {
	f := g.t.Flows[fi]
	c := candidate{Remedy: Remedy{Move: RemoveAccess, Flow: f.ID, Patch: []Op{{Op: "remove", Path: fmt.Sprintf("/flows/%d", fi)}},
		Explanation: fmt.Sprintf("remove administrative access %s (%s from %s), which %s (%s) does not allow",
			f.ID, f.Accessor, f.AccessorLocation, r.ID, r.Citation)}}
	c.apply = func(t *residency.Topology) *residency.Topology { return withoutFlow(t, fi) }
	c.touched = g.flowDatasets(fi)
	return c
}

// relocateAccess makes administrative-access flow fi act from loc.
func (g *generator) relocateAccess(fi int, loc jurisdiction.Code, r jurisdiction.Rule) candidate {
	f := g.t.Flows[fi]
	c := candidate{Remedy: Remedy{Move: RelocateAccess, Flow: f.ID, Location: loc,
		Patch: []Op{{Op: "replace", Path: fmt.Sprintf("/flows/%d/accessor_location", fi), Value: loc.String()}},
		Explanation: fmt.Sprintf("administer through %s from %s instead of %s, inside the territory of %s (%s)",
			f.ID, loc, f.AccessorLocation, r.ID, r.Citation)}}
	c.apply = func(t *residency.Topology) *residency.Topology {
		return withFlow(t, fi, func(f *residency.Flow) { f.AccessorLocation = loc })
	}
	c.touched = g.flowDatasets(fi)
	return c
}

// customerKeys puts store si's keys with entity e, kept in its country.
func (g *generator) customerKeys(si int, e *residency.Entity, r jurisdiction.Rule, ds string) candidate {
	st := g.t.Stores[si]
	keys := []residency.KeyCustody{{Holder: e.ID, Location: e.Jurisdiction}}
	op := "add"
	if len(st.Keys) > 0 {
		op = "replace"
	}
	c := candidate{Remedy: Remedy{Move: CustomerKeys, Store: st.ID, Location: e.Jurisdiction,
		Patch:       []Op{{Op: op, Path: fmt.Sprintf("/stores/%d/keys", si), Value: []map[string]string{{"holder": e.ID, "location": e.Jurisdiction.String()}}}},
		Explanation: fmt.Sprintf("keep the keys of store %s with %s in %s, so that what %s (%s) protects can be produced only as ciphertext", st.ID, e.ID, e.Jurisdiction, r.ID, r.Citation)}}
	c.apply = func(t *residency.Topology) *residency.Topology {
		return withStore(t, si, func(s *residency.Store) { s.Keys = keys })
	}
	c.touched = g.storeDatasets(si, ds)
	return c
}

// dropFlow removes flow fi and the copies it made in its destination.
func (g *generator) dropFlow(fi int, r jurisdiction.Rule) candidate {
	f := g.t.Flows[fi]
	carried := g.flowDatasets(fi)
	ops := []Op{{Op: "remove", Path: fmt.Sprintf("/flows/%d", fi)}}
	ti, ok := g.store[f.To]
	var keep []string
	if ok {
		st := g.t.Stores[ti]
		// Remove from the end, so that the indexes stay right.
		for k := len(st.Datasets) - 1; k >= 0; k-- {
			if slices.Contains(carried, st.Datasets[k]) {
				ops = append(ops, Op{Op: "remove", Path: fmt.Sprintf("/stores/%d/datasets/%d", ti, k)})
			} else {
				keep = append([]string{st.Datasets[k]}, keep...)
			}
		}
	}
	c := candidate{Remedy: Remedy{Move: DropFlow, Flow: f.ID, Patch: ops,
		Explanation: fmt.Sprintf("drop flow %s and the copy it makes in %s, which %s (%s) does not allow", f.ID, f.To, r.ID, r.Citation)}}
	c.apply = func(t *residency.Topology) *residency.Topology {
		t2 := withoutFlow(t, fi)
		if ok {
			t2 = withStore(t2, ti, func(s *residency.Store) { s.Datasets = slices.Clone(keep) })
		}
		return t2
	}
	c.touched = carried
	return c
}

// flowDatasets lists what flow fi carries.
func (g *generator) flowDatasets(fi int) []string {
	f := g.t.Flows[fi]
	if len(f.Datasets) > 0 {
		return slices.Clone(f.Datasets)
	}
	src := f.From
	if f.Kind == residency.AdminAccess || f.Kind == residency.Collection {
		src = f.To
	}
	if si, ok := g.store[src]; ok {
		return slices.Clone(g.t.Stores[si].Datasets)
	}
	return nil
}

// affected returns the datasets a candidate can affect, sorted: those it
// touches, those of the store or flow it changes, and every other dataset
// of their controllers.
func (g *generator) affected(c *candidate) []string {
	set := map[string]bool{}
	for _, d := range c.touched {
		set[d] = true
	}
	if si, ok := g.store[c.Store]; ok {
		for _, d := range g.t.Stores[si].Datasets {
			set[d] = true
		}
	}
	if fi, ok := g.flow[c.Flow]; ok {
		for _, d := range g.flowDatasets(fi) {
			set[d] = true
		}
	}
	ctrls := map[string]bool{}
	for d := range set {
		if ds := g.dataset[d]; ds != nil && ds.Controller != "" {
			ctrls[ds.Controller] = true
		}
	}
	for i := range g.t.Datasets {
		if ctrls[g.t.Datasets[i].Controller] {
			set[g.t.Datasets[i].ID] = true
		}
	}
	out := make([]string, 0, len(set))
	for d := range set {
		out = append(out, d)
	}
	slices.Sort(out)
	return out
}

// withStore returns a copy of t whose store i f has changed. f must give
// the store new slices rather than modify the ones it has: they are t's.
func withStore(t *residency.Topology, i int, f func(*residency.Store)) *residency.Topology {
	t2 := *t
	t2.Stores = slices.Clone(t.Stores)
	s := t2.Stores[i]
	f(&s)
	t2.Stores[i] = s
	return &t2
}

func withFlow(t *residency.Topology, i int, f func(*residency.Flow)) *residency.Topology {
	t2 := *t
	t2.Flows = slices.Clone(t.Flows)
	fl := t2.Flows[i]
	f(&fl)
	t2.Flows[i] = fl
	return &t2
}

func withoutFlow(t *residency.Topology, i int) *residency.Topology {
	t2 := *t
	t2.Flows = slices.Delete(slices.Clone(t.Flows), i, i+1)
	return &t2
}

// ratingCache rates the datasets a change touches, before and after.
type ratingCache struct {
	g    *generator
	mu   sync.Mutex
	base map[string][hexad.NumElements]hexad.Score
}

func newRatingCache(g *generator) *ratingCache {
	return &ratingCache{g: g, base: map[string][hexad.NumElements]hexad.Score{}}
}

// of rates datasets ds of t: the lowest score per element over them,
// from the sub-topology holding only them (a rating does not depend on
// other datasets). Ratings of the original topology are cached.
func (rc *ratingCache) of(t *residency.Topology, ds []string) [hexad.NumElements]hexad.Score {
	key := strings.Join(ds, "\x00")
	if t == rc.g.t {
		rc.mu.Lock()
		r, ok := rc.base[key]
		rc.mu.Unlock()
		if ok {
			return r
		}
	}
	var out [hexad.NumElements]hexad.Score
	sub := subTopology(t, ds)
	if len(sub.Stores) > 0 {
		rep, err := rc.g.s.eng.Assess(sub, rc.g.asOf, rc.g.s.assessOpts(residency.Ratings)...)
		if err == nil {
			out = rep.Rating.Scores()
		}
	}
	if t == rc.g.t {
		rc.mu.Lock()
		rc.base[key] = out
		rc.mu.Unlock()
	}
	return out
}

// subTopology keeps of t the datasets ds, the stores holding them (with
// only those datasets), the flows between those stores that carry them,
// and every entity.
func subTopology(t *residency.Topology, ds []string) *residency.Topology {
	set := make(map[string]bool, len(ds))
	for _, d := range ds {
		set[d] = true
	}
	keep := func(id string) bool { return set[id] }
	sub := &residency.Topology{Name: t.Name, Entities: t.Entities, Waivers: t.Waivers}
	for _, d := range t.Datasets {
		if keep(d.ID) {
			sub.Datasets = append(sub.Datasets, d)
		}
	}
	stores := map[string]bool{}
	for _, s := range t.Stores {
		var held []string
		for _, d := range s.Datasets {
			if keep(d) {
				held = append(held, d)
			}
		}
		if len(held) > 0 {
			s.Datasets = held
			sub.Stores = append(sub.Stores, s)
			stores[s.ID] = true
		}
	}
	for _, f := range t.Flows {
		if !stores[f.To] || (f.From != "" && !stores[f.From]) {
			continue
		}
		if len(f.Datasets) > 0 {
			var carried []string
			for _, d := range f.Datasets {
				if keep(d) {
					carried = append(carried, d)
				}
			}
			if len(carried) == 0 {
				continue
			}
			f.Datasets = carried
		}
		sub.Flows = append(sub.Flows, f)
	}
	return sub
}
