package residency

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
)

type code = jurisdiction.Code

// codeSet is a sorted set of codes. Rule territories are small (one
// country, or a bloc of a few dozen), so a sorted slice beats a map.
type codeSet []code

func (s codeSet) has(c code) bool {
	lo, hi := 0, len(s)
	for hi-lo > 8 {
		mid := int(uint(lo+hi) >> 1)
		if s[mid].Compare(c) < 0 {
			lo = mid + 1 // c is after mid
		} else {
			hi = mid + 1 // c is at mid or before
		}
	}
	for _, x := range s[lo:hi] {
		if x == c {
			return true
		}
	}
	return false
}

// covers reports whether the mechanism's destinations include dest, as
// [jurisdiction.Catalog.Within] would say on the as-of date.
func (m *activeMech) covers(dest code) bool {
	return m.dests.has(dest) || (dest.IsSubdivision() && m.dests.has(dest.Country()))
}

// activeRule is a rule in force on the as-of date, with its territory
// expanded to countries on that date.
type activeRule struct {
	*jurisdiction.Rule
	inside    codeSet
	classMask uint32 // the scope's classes; 0 for all data
	ref       RuleRef
	// territoryText is the territory as findings name it, set on first use.
	territoryText string
	// mechs are the mechanisms that satisfy the rule, in ID order.
	mechs []*activeMech
	// volume holds, per dataset, the subjects its controller has in the
	// territory, for rules with a subject threshold; computed on first
	// use.
	volume []int64
}

// activeMech is a mechanism as it stands on the as-of date.
type activeMech struct {
	*jurisdiction.Mechanism
	inForce bool
	limits  jurisdiction.Limits
	dests   codeSet // Destinations, blocs expanded to their members on the date
	// volume holds, per dataset, the subjects its controller has in the
	// mechanism's jurisdiction, for datasets without and with sensitive
	// data; computed on first use.
	volume [2][]int64
}

// classesMask sets the bit of each class.
func classesMask(cs []jurisdiction.DataClass) uint32 {
	var m uint32
	for _, c := range cs {
		m |= 1 << c
	}
	return m
}

// impliedMask sets the bits of each class and of every class it implies.
func impliedMask(cs []jurisdiction.DataClass) uint32 {
	var m uint32
	for _, c := range cs {
		for _, b := range jurisdiction.DataClasses() {
			if jurisdiction.Implies(c, b) {
				m |= 1 << b
			}
		}
	}
	return m
}

// contains reports whether c is inside the rule's territory; a subdivision
// is inside when its country is.
func (r *activeRule) contains(c code) bool {
	return r.inside.has(c) || (c.IsSubdivision() && r.inside.has(c.Country()))
}

// ancestor is an entity that controls another, with the IDs on the way up.
type ancestor struct {
	idx  int
	path []string // IDs from the controlled entity's first parent up to this one
}

// assessment holds the state of one Assess call. Everything is indexed by
// position (dataset, entity, store and flow indexes) once, up front, so
// that no check looks an ID up or scans the topology per store.
type assessment struct {
	e        *Engine
	t        *Topology
	d        jurisdiction.Date
	consumer code
	parts    Part

	// entities indexes entity IDs, for owners; the other ID indexes are
	// let go once references are resolved.
	entities map[string]int
	rules    []*activeRule
	byKind   map[jurisdiction.Kind][]*activeRule

	// Per store, on the as-of date.
	loc      []code // location
	active   []bool
	operator []int // entity index or -1
	custody  rows  // custodian entity indexes
	keys     []*KeyCustody
	keyHold  []int // entity index of the key holder, or -1
	inbound  rows  // flow indexes of active flows into the store
	admin    rows  // active admin-access flows into the store
	storeDS  rows  // dataset indexes per store, in store order

	// Per flow.
	flowTo   []int // destination store index if the flow is active, or -1
	flowFrom []int // source store index, or -1
	accessor []int // accessor entity index, or -1
	flowDS   rows  // indexes of the datasets it names

	// Per dataset.
	controller []int    // controller entity index, or -1
	classMask  []uint32 // its classes and every class they imply
	holders    rows     // active stores holding it

	// Per entity.
	codesOf [][]code // jurisdictions (incorporation, headquarters)

	chains    map[int][]ancestor
	exposure  [][]Exposure // per store, computed on demand
	exposed   []bool       // whether exposure[s] is computed
	foreign   map[foreignKey]float64
	territory map[code][]*activeRule // compelled-access rules with territorial reach, by code inside
	access    map[code][]*activeRule // ... with access reach
	personal  map[code][]*activeRule // ... with personal reach
	reachBy   map[int][]reachOf      // per entity: the codes of it and its controllers
	people    map[int][]govRefs      // per entity: the governments of personal reach
	places    map[territorialKey]territorialGovs

	// Findings as they are found, in chunks: a report of a million
	// findings never copies them to grow.
	violations     chunked[Violation]
	foundExposures chunked[Exposure]
	foundConflicts chunked[Conflict]

	report *Report
}

type foreignKey struct {
	r *activeRule
	i int
}

// reachOf is one jurisdiction an entity belongs to, itself or through a
// controlling entity, with the chain of IDs from the entity to that one.
type reachOf struct {
	code  code
	chain []string
}

// rows is a list of int lists held in one backing array, row i being
// val[off[i]:off[i+1]]: one allocation for all the rows and 4 bytes of
// overhead per row, where a [][]int spends a 24-byte slice header on each.
// A topology has a few rows per store, so this is most of the index
// memory of a large one.
type rows struct {
	off []int32
	val []int
}

// at returns row i, which the caller must not modify.
func (r rows) at(i int) []int { return r.val[r.off[i]:r.off[i+1]:r.off[i+1]] }

// rowsBuilder fills rows of known maximum lengths.
type rowsBuilder struct {
	rows
	n []int32 // values pushed per row
}

// newRows prepares len(counts) empty rows with room for counts[i] values
// in row i. The counts must total at most math.MaxInt32 (validation sees
// to it: see maxRefs).
func newRows(counts []int) *rowsBuilder {
	b := &rowsBuilder{rows: rows{off: make([]int32, len(counts)+1)}, n: make([]int32, len(counts))}
	total := 0
	for i, c := range counts {
		total += c
		b.off[i+1] = int32(total)
	}
	b.val = make([]int, total)
	return b
}

// push appends v to row i, which must have room.
func (b *rowsBuilder) push(i, v int) {
	b.val[int(b.off[i]+b.n[i])] = v
	b.n[i]++
}

// last returns the value pushed last to row i, if any.
func (b *rowsBuilder) last(i int) (int, bool) {
	if b.n[i] == 0 {
		return 0, false
	}
	return b.val[int(b.off[i]+b.n[i]-1)], true
}

// done returns the rows, closing the gaps of rows that got fewer values
// than they had room for.
func (b *rowsBuilder) done() rows {
	w := int32(0)
	for i, n := range b.n {
		start := b.off[i]
		if w != start {
			copy(b.val[w:w+n], b.val[start:start+n])
		}
		b.off[i] = w
		w += n
	}
	b.off[len(b.n)] = w
	b.val = b.val[:w:w]
	return b.rows
}

func newAssessment(e *Engine, t *Topology, s settings, ix ids) *assessment {
	a := &assessment{
		e: e, t: t, d: s.asOf, consumer: s.consumer, parts: s.parts,
		entities: ix.entities,
		byKind:   map[jurisdiction.Kind][]*activeRule{},
		chains:   map[int][]ancestor{},
		foreign:  map[foreignKey]float64{},
		reachBy:  map[int][]reachOf{},
		people:   map[int][]govRefs{},
		places:   map[territorialKey]territorialGovs{},
		report:   &Report{Topology: t.Name, AsOf: s.asOf, Consumer: s.consumer, Catalog: e.cat.Version(), Parts: s.parts},
	}
	entity := func(id string) int {
		if i, ok := a.entities[id]; ok {
			return i
		}
		return -1
	}
	mechs := map[*jurisdiction.Mechanism]*activeMech{}
	for i := range e.rules {
		r := &e.rules[i]
		if !r.InForce(a.d) {
			continue
		}
		ar := &activeRule{Rule: r, ref: refOf(r), classMask: classesMask(r.Scope.Classes)}
		for _, m := range e.mechsFor[r.ID] {
			am, ok := mechs[m]
			if !ok {
				am = &activeMech{Mechanism: m, inForce: m.InForce(a.d), limits: m.LimitsOn(a.d)}
				for _, c := range m.Destinations {
					am.dests = append(am.dests, c)
					if b, ok := e.cat.Bloc(c); ok {
						am.dests = append(am.dests, b.MembersOn(a.d)...)
					}
				}
				slices.SortFunc(am.dests, code.Compare)
				am.dests = slices.Compact(am.dests)
				mechs[m] = am
			}
			ar.mechs = append(ar.mechs, am)
		}
		for _, tc := range r.Area() {
			ar.inside = append(ar.inside, tc)
			if b, ok := e.cat.Bloc(tc); ok {
				ar.inside = append(ar.inside, b.MembersOn(a.d)...)
			}
		}
		slices.SortFunc(ar.inside, code.Compare)
		ar.inside = slices.Compact(ar.inside)
		a.rules = append(a.rules, ar)
		a.byKind[r.Kind] = append(a.byKind[r.Kind], ar)
	}
	a.territory, a.access, a.personal = map[code][]*activeRule{}, map[code][]*activeRule{}, map[code][]*activeRule{}
	for _, r := range a.byKind[jurisdiction.CompelledAccess] {
		for _, c := range r.inside {
			if r.Reach&jurisdiction.TerritorialReach != 0 {
				a.territory[c] = append(a.territory[c], r)
			}
			if r.Reach&jurisdiction.AccessReach != 0 {
				a.access[c] = append(a.access[c], r)
			}
			if r.Reach&jurisdiction.PersonalReach != 0 {
				a.personal[c] = append(a.personal[c], r)
			}
		}
	}
	a.codesOf = make([][]code, len(t.Entities))
	codes := make([]code, 0, 2*len(t.Entities))
	for i := range t.Entities {
		x := &t.Entities[i]
		k := len(codes)
		codes = append(codes, x.Jurisdiction)
		if x.Headquarters.IsValid() && x.Headquarters != x.Jurisdiction {
			codes = append(codes, x.Headquarters)
		}
		a.codesOf[i] = codes[k:len(codes):len(codes)]
	}

	n := len(t.Stores)
	a.exposure = make([][]Exposure, n)
	a.exposed = make([]bool, n)
	a.active = make([]bool, n)
	a.loc = make([]code, n)
	a.operator = make([]int, n)
	nCustody := make([]int, n)
	for i := range t.Stores {
		nCustody[i] = len(t.Stores[i].Custodians)
	}
	custody := newRows(nCustody)
	a.keys = make([]*KeyCustody, n)
	a.keyHold = make([]int, n)
	for i := range t.Stores {
		s := &t.Stores[i]
		a.active[i] = s.Period.Contains(a.d)
		a.loc[i] = s.Location
		a.operator[i] = -1
		for _, op := range s.Operators {
			if op.Period.Contains(a.d) {
				a.operator[i] = entity(op.Entity)
			}
		}
		if a.operator[i] < 0 {
			a.active[i] = false // nobody ran it on that day
		}
		for _, c := range s.Custodians {
			if c.Period.Contains(a.d) {
				custody.push(i, entity(c.Entity))
			}
		}
		a.keyHold[i] = -1
		for k := range s.Keys {
			if s.Keys[k].Period.Contains(a.d) {
				a.keys[i] = &s.Keys[k]
				a.keyHold[i] = entity(s.Keys[k].Holder)
			}
		}
	}
	a.custody = custody.done()

	// Flows: list the active ones per store.
	a.flowFrom, a.accessor, a.flowDS = ix.flowFrom, ix.accessor, ix.flowDS
	flowTo := make([]int, len(t.Flows))
	a.flowTo = flowTo
	nIn, nAdmin := make([]int, n), make([]int, n)
	for fi := range t.Flows {
		f := &t.Flows[fi]
		to := ix.flowTo[fi]
		flowTo[fi] = -1
		if to < 0 || !f.Period.Contains(a.d) || !a.active[to] {
			continue
		}
		if from := a.flowFrom[fi]; from >= 0 && !a.active[from] {
			continue
		}
		flowTo[fi] = to
		if f.Kind == AdminAccess {
			nAdmin[to]++
		} else {
			nIn[to]++
		}
	}
	inbound, admin := newRows(nIn), newRows(nAdmin)
	for fi, to := range flowTo {
		switch {
		case to < 0:
		case t.Flows[fi].Kind == AdminAccess:
			admin.push(to, fi)
		default:
			inbound.push(to, fi)
		}
	}
	a.inbound, a.admin = inbound.done(), admin.done()

	a.controller = ix.controller
	a.classMask = make([]uint32, len(t.Datasets))
	for di := range t.Datasets {
		a.classMask[di] = impliedMask(t.Datasets[di].Classes)
	}

	// The active stores per dataset.
	a.storeDS = ix.storeDS
	held := make([]int, len(t.Datasets))
	for i := range t.Stores {
		if a.active[i] {
			for _, di := range a.storeDS.at(i) {
				held[di]++
			}
		}
	}
	holders := newRows(held)
	for i := range t.Stores {
		if !a.active[i] {
			continue
		}
		for _, di := range a.storeDS.at(i) {
			if last, ok := holders.last(di); !ok || last != i { // a store may list a dataset twice
				holders.push(di, i)
			}
		}
	}
	a.holders = holders.done()
	return a
}

func (a *assessment) run() {
	want := func(p Part) bool { return a.parts&p != 0 }
	if want(Exposures) {
		a.exposures()
	}
	if want(Violations) {
		a.localization()
		a.transfers()
		a.ownership()
		a.counterparties()
	}
	if want(Obligations) {
		a.obligations()
	}
	if want(Conflicts) {
		a.conflicts()
	}
	if want(Ratings) {
		a.ratings()
	}
	a.report.Violations, a.report.Exposures = a.violations.flat(), a.foundExposures.flat()
	a.report.Conflicts = a.foundConflicts.flat()
	a.identify()
	a.sortReport()
}

// entityCodes returns the jurisdictions an entity belongs to: where it is
// incorporated, and where it is headquartered if that differs.
func (a *assessment) entityCodes(i int) []code { return a.codesOf[i] }

// reach returns, for entity i, every jurisdiction it belongs to itself or
// through a controlling entity, nearest first, each with its chain of IDs.
// Results are memoised.
func (a *assessment) reach(i int) []reachOf {
	if r, ok := a.reachBy[i]; ok {
		return r
	}
	id := a.t.Entities[i].ID
	var out []reachOf
	seen := func(c code) bool { return slices.ContainsFunc(out, func(r reachOf) bool { return r.code == c }) }
	for _, c := range a.codesOf[i] {
		if !seen(c) {
			out = append(out, reachOf{c, []string{id}})
		}
	}
	ups := slices.Clone(a.controllers(i))
	slices.SortStableFunc(ups, func(x, y ancestor) int { return len(x.path) - len(y.path) })
	for _, up := range ups {
		for _, c := range a.codesOf[up.idx] {
			if !seen(c) {
				out = append(out, reachOf{c, append([]string{id}, up.path...)})
			}
		}
	}
	a.reachBy[i] = out
	return out
}

// controllers returns the entities that control entity i on the as-of
// date, depth first: each owner holding more than 50% or marked Control,
// followed by its own controllers. Results are memoised per assessment.
func (a *assessment) controllers(i int) []ancestor {
	if c, ok := a.chains[i]; ok {
		return c
	}
	a.chains[i] = nil // guards against cycles; validation rejects them anyway
	var out []ancestor
	for _, o := range a.t.Entities[i].Owners {
		if !o.controls() || !o.Period.Contains(a.d) {
			continue
		}
		p, ok := a.entities[o.Parent]
		if !ok {
			continue
		}
		out = append(out, ancestor{idx: p, path: []string{o.Parent}})
		for _, up := range a.controllers(p) {
			out = append(out, ancestor{idx: up.idx, path: append([]string{o.Parent}, up.path...)})
		}
	}
	a.chains[i] = out
	return out
}

// operatorManagedKeys reports whether the operator of store s manages its
// keys on the as-of date.
func (a *assessment) operatorManagedKeys(s int) bool {
	k := a.keys[s]
	return k == nil || (a.operator[s] >= 0 && k.Holder == a.t.Entities[a.operator[s]].ID)
}

// exposures lists, for every active store, which governments reach it and
// through which link.
func (a *assessment) exposures() {
	for s := range a.t.Stores {
		for _, x := range a.exposuresOf(s) {
			a.foundExposures.add(x)
		}
	}
}

// govRefs is one government and the rules through which it reaches.
type govRefs struct {
	gov   code
	refs  []RuleRef
	chain []string
}

// addGov adds rule r to the entry of its government in gs, keeping the
// chain of the first entry.
func addGov(gs []govRefs, r *activeRule, chain []string) []govRefs {
	for i := range gs {
		if gs[i].gov == r.Jurisdiction {
			gs[i].refs = appendRef(gs[i].refs, r)
			return gs
		}
	}
	return append(gs, govRefs{gov: r.Jurisdiction, refs: []RuleRef{r.ref}, chain: chain})
}

// exposuresOf works out which governments reach active store s, and
// through which link; nil for an inactive store. Results are memoised:
// conflicts and ratings ask only for the stores they need. What reaches a
// place or an entity is worked out once per place and entity.
func (a *assessment) exposuresOf(s int) []Exposure {
	if !a.active[s] || a.exposed[s] {
		return a.exposure[s]
	}
	a.exposed[s] = true
	st := &a.t.Stores[s]
	base := "store/" + st.ID
	xs := make([]Exposure, 0, 2)
	add := func(gov code, via, party, path string, rules []RuleRef, presumed bool) {
		xs = append(xs, Exposure{Government: gov, Store: st.ID, Via: via, Party: party, Path: path, Rules: rules, Presumed: presumed})
	}
	territorial := func(c code, access bool, via, path string) {
		gs, presume := a.territorialGovs(c, access)
		for _, g := range gs {
			add(g.gov, via, "", path, g.refs, false)
		}
		if presume {
			add(c, via, "", path, nil, true)
		}
	}
	personal := func(i int, via, path string) {
		for _, g := range a.personalGovs(i) {
			v, p := via, path+"/"+g.chain[0]
			for _, id := range g.chain[1:] {
				p += "/parent/" + id
			}
			if len(g.chain) > 1 {
				v += " parent"
			}
			add(g.gov, v, g.chain[len(g.chain)-1], p, g.refs, false)
		}
	}

	territorial(st.Location, false, "location", base)
	personal(a.operator[s], "operator", base+"/operator")
	for _, c := range a.custody.at(s) {
		personal(c, "custodian", base+"/custodian")
	}
	opKeys := a.operatorManagedKeys(s)
	if k := a.keys[s]; k != nil {
		if !opKeys {
			personal(a.keyHold[s], "key holder", base+"/keys")
		}
		// Keys kept elsewhere, or held by someone other than the
		// operator, are reachable where they physically are.
		if !opKeys || k.Location != st.Location {
			territorial(k.Location, false, "key location", base+"/keys/location/"+k.Location.String())
		}
	}
	for _, fi := range a.admin.at(s) {
		f := &a.t.Flows[fi]
		fp := base + "/flow/" + f.ID
		personal(a.accessor[fi], "admin access", fp+"/accessor")
		territorial(f.AccessorLocation, true, "admin location", fp+"/location/"+f.AccessorLocation.String())
	}

	// A government can read the data if it reaches the data itself (any
	// link but the keys) and either the operator manages the keys or it
	// reaches them too.
	reaches := func(g code, keys bool) bool {
		return slices.ContainsFunc(xs, func(x Exposure) bool { return x.Government == g && strings.HasPrefix(x.Via, "key") == keys })
	}
	held := slices.Clone(st.Datasets)
	for i := range xs {
		x := &xs[i]
		x.Readable = reaches(x.Government, false) && (opKeys || reaches(x.Government, true))
		x.Datasets = held
	}
	a.exposure[s] = xs
	return xs
}

// reachedFromAbroad reports whether store s has an exposure other than
// through its location: an entity that a personal-reach rule reaches,
// keys kept elsewhere or by someone else, or administrative access. Only
// such exposures can conflict with the law of the place; stores without
// them need no exposure list.
func (a *assessment) reachedFromAbroad(s int) bool {
	if a.exposed[s] {
		return slices.ContainsFunc(a.exposure[s], func(x Exposure) bool { return x.Via != "location" })
	}
	if len(a.admin.at(s)) > 0 || len(a.personalGovs(a.operator[s])) > 0 {
		return true
	}
	for _, c := range a.custody.at(s) {
		if len(a.personalGovs(c)) > 0 {
			return true
		}
	}
	k := a.keys[s]
	return k != nil && (!a.operatorManagedKeys(s) || k.Location != a.loc[s])
}

// territorialKey names the governments reaching a place, through its
// territory or through access from it.
type territorialKey struct {
	c      code
	access bool
}

type territorialGovs struct {
	govs    []govRefs
	presume bool
}

// territorialGovs returns the governments whose compelled-access rules
// reach place c, by government, with their rules: rules of territorial
// reach, or of access reach if access is set. With territorial reach, a
// place no rule reaches is presumed reachable by its own state: presume
// reports it. Results are memoised.
func (a *assessment) territorialGovs(c code, access bool) ([]govRefs, bool) {
	k := territorialKey{c, access}
	if r, ok := a.places[k]; ok {
		return r.govs, r.presume
	}
	table := a.territory
	if access {
		table = a.access
	}
	var gs []govRefs
	for _, r := range table[c] {
		gs = addGov(gs, r, nil)
	}
	if c.IsSubdivision() {
		for _, r := range table[c.Country()] {
			gs = addGov(gs, r, nil)
		}
	}
	slices.SortFunc(gs, func(x, y govRefs) int { return x.gov.Compare(y.gov) })
	reached := false
	for i := range gs {
		gs[i].refs = slices.Clip(gs[i].refs)
		reached = reached || gs[i].gov == c || gs[i].gov == c.Country()
	}
	a.places[k] = territorialGovs{gs, !access && !reached}
	return gs, !access && !reached
}

// personalGovs returns the governments whose personal-reach rules reach
// entity i or its controllers, by government, each through the nearest
// link, with their rules sorted by ID. Results are memoised.
func (a *assessment) personalGovs(i int) []govRefs {
	if gs, ok := a.people[i]; ok {
		return gs
	}
	var gs []govRefs
	for _, rc := range a.reach(i) {
		for _, r := range a.personal[rc.code] {
			gs = addGov(gs, r, rc.chain)
		}
		if rc.code.IsSubdivision() {
			for _, r := range a.personal[rc.code.Country()] {
				gs = addGov(gs, r, rc.chain)
			}
		}
	}
	slices.SortFunc(gs, func(x, y govRefs) int { return x.gov.Compare(y.gov) })
	for k := range gs {
		slices.SortFunc(gs[k].refs, func(x, y RuleRef) int { return strings.Compare(x.ID, y.ID) })
		gs[k].refs = slices.Clip(gs[k].refs)
	}
	a.people[i] = gs
	return gs
}

// appendRef adds rule r to refs unless it is there already.
func appendRef(refs []RuleRef, r *activeRule) []RuleRef {
	if slices.ContainsFunc(refs, func(x RuleRef) bool { return x.ID == r.ID }) {
		return refs
	}
	return append(refs, r.ref)
}

// inScope reports whether dataset di falls under rule r's scope by class,
// CII designation and subject count. The territorial tie (Basis) is
// checked by the callers, which know where the data is.
func (a *assessment) inScope(r *activeRule, di int) bool {
	if r.classMask != 0 && r.classMask&a.classMask[di] == 0 {
		return false
	}
	if r.Scope.CII && !a.controllerIsCII(di, r.Jurisdiction) {
		return false
	}
	if len(r.Scope.ControllerTags) > 0 {
		ci := a.controller[di]
		if ci < 0 || !slices.ContainsFunc(a.t.Entities[ci].Tags, func(tag string) bool { return slices.Contains(r.Scope.ControllerTags, tag) }) {
			return false
		}
	}
	if r.Scope.MinSubjects > 0 && a.subjectsIn(di, r) < r.Scope.MinSubjects {
		return false
	}
	return true
}

func (a *assessment) controllerIsCII(di int, by code) bool {
	ci := a.controller[di]
	return ci >= 0 && slices.Contains(a.t.Entities[ci].CII, by)
}

// subjectsIn counts the subjects inside rule r's territory of dataset di
// and of every other dataset of the same controller that r's classes
// cover, as the law counts them (r.Scope.Counting): volume thresholds bind
// the controller, not one dataset.
func (a *assessment) subjectsIn(di int, r *activeRule) int64 {
	return a.volume(&r.volume, di, r.contains, r.Scope.Counting, func(k int) bool { return r.classMask == 0 || r.classMask&a.classMask[k] != 0 })
}

// volume sums, over dataset di and the other datasets of its controller
// that match, the subjects in places inside, counted over the window c
// ends on the as-of date. The sums per controller are computed once per
// slot (a rule, or a mechanism and a sensitivity) and kept there.
func (a *assessment) volume(slot *[]int64, di int, inside func(code) bool, c jurisdiction.Counting, match func(k int) bool) int64 {
	start := c.Start(a.d)
	own := func(k int) int64 {
		var n int64
		for _, s := range a.t.Datasets[k].Subjects {
			if inside(s.Jurisdiction) {
				n += s.countFor(start, a.d)
			}
		}
		return n
	}
	// The slot holds the sums per controller entity.
	if *slot == nil {
		by := make([]int64, len(a.t.Entities))
		for k, ci := range a.controller {
			if ci >= 0 && match(k) {
				by[ci] += own(k)
			}
		}
		*slot = by
	}
	switch ci := a.controller[di]; {
	case ci < 0:
		return own(di)
	case match(di):
		return (*slot)[ci]
	default:
		return (*slot)[ci] + own(di)
	}
}

func (a *assessment) hasSubjectsIn(di int, r *activeRule) bool {
	for _, s := range a.t.Datasets[di].Subjects {
		if r.contains(s.Jurisdiction) {
			return true
		}
	}
	return false
}

// tiedTo reports whether dataset di at location loc is tied to rule r's
// territory by the rule's basis.
func (a *assessment) tiedTo(r *activeRule, di int, loc code) bool {
	switch r.Scope.Basis {
	case jurisdiction.SubjectsIn:
		return a.hasSubjectsIn(di, r)
	case jurisdiction.StoredOrSubjectsIn:
		return r.contains(loc) || a.hasSubjectsIn(di, r)
	case jurisdiction.ControllerIn:
		ci := a.controller[di]
		return ci >= 0 && slices.ContainsFunc(a.entityCodes(ci), func(c code) bool { return a.e.cat.Within(c, r.Jurisdiction, a.d) })
	}
	return r.contains(loc)
}

// mechanismFor returns the first mechanism (in ID order) that lets a
// movement of kind kind (0 for an undeclared collection) relying on the
// declared mechanisms carry data out under rule r to destination dest,
// received by entity recipient; or nil and the reasons the declared ones
// failed.
func (a *assessment) mechanismFor(r *activeRule, di int, mechanisms []string, kind FlowKind, dest code, recipient int) (*jurisdiction.Mechanism, []string) {
	var why []string
	for _, m := range r.mechs {
		declared := slices.Contains(mechanisms, m.ID)
		if !declared && !m.Automatic {
			continue
		}
		switch {
		case !m.inForce:
			if declared {
				why = append(why, fmt.Sprintf("%s is not in force on %s (%s)", m.ID, a.d, jurisdiction.Period{From: m.Effective, Until: m.End}))
			}
			continue
		case len(m.Destinations) > 0 && !m.covers(dest):
			if declared {
				why = append(why, fmt.Sprintf("%s does not cover transfers to %s", m.ID, dest))
			}
			continue
		case m.CertifiedRecipient && (recipient < 0 || !slices.Contains(a.t.Entities[recipient].Certifications, m.ID)):
			if declared {
				why = append(why, fmt.Sprintf("%s needs a certified recipient and the recipient is not certified", m.ID))
			}
			continue
		case recipient >= 0 && excludedTag(m.ExcludedRecipientTags, a.t.Entities[recipient].Tags) != "":
			// Declared or automatic (the others were skipped above): the
			// reason is worth giving for an adequacy decision too.
			why = append(why, fmt.Sprintf("%s does not cover a recipient tagged %q (%s)", m.ID,
				excludedTag(m.ExcludedRecipientTags, a.t.Entities[recipient].Tags), a.t.Entities[recipient].ID))
			continue
		case m.OccasionalOnly:
			if declared {
				why = append(why, fmt.Sprintf("%s covers occasional transfers only, not a standing %s flow", m.ID, kind))
			}
			continue
		}
		if reason := a.outsideLimits(m, di); reason != "" {
			if declared {
				why = append(why, fmt.Sprintf("%s is not available: %s", m.ID, reason))
			}
			continue
		}
		return m.Mechanism, nil
	}
	for _, id := range mechanisms {
		if m, ok := a.e.mechs[id]; ok && !slices.Contains(m.Satisfies, r.ID) {
			why = append(why, fmt.Sprintf("%s does not satisfy %s", id, r.ID))
		}
	}
	return nil, why
}

// excludedTag returns the first of tags that excluded lists, or "".
func excludedTag(excluded, tags []string) string {
	for _, t := range tags {
		if slices.Contains(excluded, t) {
			return t
		}
	}
	return ""
}

// outsideLimits returns why dataset di's controller cannot rely on m, or
// "" if it can.
func (a *assessment) outsideLimits(m *activeMech, di int) string {
	l := m.limits
	if l.IsZero() {
		return ""
	}
	if l.NotCII && a.controllerIsCII(di, m.Jurisdiction) {
		return "the controller is a CII operator"
	}
	sensitive := a.sensitive(di)
	if l.NoSensitive && sensitive {
		return "the dataset holds sensitive personal data"
	}
	inside := func(c code) bool { return a.e.cat.Within(c, m.Jurisdiction, a.d) }
	same := func(k int) bool { return a.sensitive(k) == sensitive && a.classMask[k]&(1<<jurisdiction.Personal) != 0 }
	slot := &m.volume[0]
	if sensitive {
		slot = &m.volume[1]
	}
	n := a.volume(slot, di, inside, l.Counting, same)
	kind, limit := "personal", l.MaxSubjects
	if sensitive {
		kind, limit = "sensitive personal", l.MaxSensitiveSubjects
	}
	if limit > 0 && n >= limit {
		return fmt.Sprintf("the controller's %s data covers %d subjects in %s (%s), at or above the limit of %d",
			kind, n, m.Jurisdiction, l.Counting, limit)
	}
	return ""
}

// sensitive reports whether dataset di holds sensitive personal data.
func (a *assessment) sensitive(di int) bool {
	return a.classMask[di]&(1<<jurisdiction.SensitivePersonal) != 0
}

func (a *assessment) violate(r *activeRule, v Violation) {
	v.Rule = r.ref
	a.violations.add(v)
}

// localization applies Localization rules: data in scope must have a copy
// inside the territory, and a copy outside must have arrived through a
// flow relying on a mechanism that satisfies the rule.
func (a *assessment) localization() {
	for _, r := range a.byKind[jurisdiction.Localization] {
		for di := range a.t.Datasets {
			ds := &a.t.Datasets[di]
			if !a.inScope(r, di) {
				continue
			}
			holders := a.holders.at(di)
			inside := false
			for _, s := range holders {
				inside = inside || r.contains(a.t.Stores[s].Location)
			}
			if len(holders) == 0 {
				continue
			}
			tied := false
			for _, s := range holders {
				tied = tied || a.tiedTo(r, di, a.t.Stores[s].Location)
			}
			if !tied {
				continue
			}
			if !inside {
				a.violate(r, Violation{Dataset: ds.ID, Path: "dataset/" + ds.ID,
					Reason: fmt.Sprintf("no copy of dataset %s is stored in %s; %s requires it", ds.ID, territoryText(r), r.ID)})
			}
			for _, s := range holders {
				st := &a.t.Stores[s]
				if r.contains(st.Location) {
					continue
				}
				ok, arrived := false, false
				var why []string
				for _, fi := range a.inbound.at(s) {
					f := &a.t.Flows[fi]
					if carried := a.flowDS.at(fi); len(carried) > 0 && !slices.Contains(carried, di) {
						continue // a flow that names no datasets carries them all
					}
					arrived = true
					m, w := a.mechanismFor(r, di, f.Mechanisms, f.Kind, st.Location, a.operator[s])
					if m != nil {
						ok = true
						break
					}
					why = append(why, w...)
				}
				if !arrived {
					// No flow brought it: it was collected straight into
					// the store, relying on the store's own mechanisms (as
					// for transfer rules).
					m, w := a.mechanismFor(r, di, st.Mechanisms, 0, st.Location, a.operator[s])
					ok = m != nil
					why = append(why, w...)
				}
				if ok {
					continue
				}
				reason := fmt.Sprintf("dataset %s is stored in %s, outside %s, with no inbound flow relying on a mechanism that satisfies %s",
					ds.ID, st.Location, territoryText(r), r.ID)
				if len(why) > 0 {
					reason += " (" + strings.Join(why, "; ") + ")"
				}
				a.violate(r, Violation{Dataset: ds.ID, Store: st.ID, Path: "dataset/" + ds.ID + "/store/" + st.ID, Reason: reason})
			}
		}
	}
}

// territoryText names rule r's territory in findings, "EU+EEA"; it is
// computed once per rule.
func territoryText(r *activeRule) string {
	if r.territoryText == "" {
		t := r.Rule.Area()
		parts := make([]string, len(t))
		for i, c := range t {
			parts[i] = c.String()
		}
		r.territoryText = strings.Join(parts, "+")
	}
	return r.territoryText
}

// leg is one movement of data across a border for transfer rules.
type leg struct {
	flow       *Flow // nil for an undeclared collection
	kind       FlowKind
	mechanisms []string
	store      int // the store the data arrives in or is read from
	from, to   code
	recipient  int // entity index receiving the data, or -1
}

// eachLeg calls fn for every movement of data on the as-of date and every
// dataset it carries: declared flows, and an undeclared collection for
// every dataset a store holds with no inbound flow carrying it, sent by
// the dataset's controller from its home jurisdiction. fn must not keep
// l.
func (a *assessment) eachLeg(fn func(l *leg, di int)) {
	var l leg
	// Declared flows, in topology order: flows are read in sequence, and
	// stores through the compact per-store arrays.
	for fi, s := range a.flowTo {
		if s < 0 {
			continue
		}
		f := &a.t.Flows[fi]
		src := s
		switch {
		case f.Kind == AdminAccess:
			l = leg{flow: f, kind: AdminAccess, mechanisms: f.Mechanisms, store: s, from: a.loc[s], to: f.AccessorLocation,
				recipient: a.accessor[fi]}
		default:
			l = leg{flow: f, kind: f.Kind, mechanisms: f.Mechanisms, store: s, to: a.loc[s], recipient: a.operator[s]}
			if f.Kind != Collection { // a collection's source is set per dataset
				src = a.flowFrom[fi]
				l.from = a.loc[src]
			}
		}
		carried := a.flowDS.at(fi)
		if len(carried) == 0 {
			carried = a.storeDS.at(src)
		}
		for _, di := range carried {
			fn(&l, di)
		}
	}
	// Undeclared collections: datasets no inbound flow carries. A flow
	// naming no datasets carries them all.
	for s := range a.t.Stores {
		if !a.active[s] {
			continue
		}
		all := false
		for _, fi := range a.inbound.at(s) {
			all = all || len(a.flowDS.at(fi)) == 0
		}
		if all {
			continue
		}
		for _, di := range a.storeDS.at(s) {
			arrived := false
			for _, fi := range a.inbound.at(s) {
				if slices.Contains(a.flowDS.at(fi), di) {
					arrived = true
					break
				}
			}
			if !arrived {
				l = leg{kind: 0, mechanisms: a.t.Stores[s].Mechanisms, store: s, to: a.loc[s], recipient: a.operator[s]}
				fn(&l, di)
			}
		}
	}
}

// transfers applies TransferRestriction rules to every leg.
func (a *assessment) transfers() {
	rules := a.byKind[jurisdiction.TransferRestriction]
	if len(rules) == 0 {
		return
	}
	a.eachLeg(func(l *leg, di int) {
		ds := &a.t.Datasets[di]
		from := l.from
		if l.flow == nil || l.kind == Collection {
			// A collection is sent by the controller from its home
			// jurisdiction; without a controller it is no transfer.
			ci := a.controller[di]
			if ci < 0 {
				return
			}
			from = a.t.Entities[ci].Jurisdiction
		}
		for _, r := range rules {
			if r.contains(l.to) || !a.inScope(r, di) {
				continue
			}
			fromInside := r.contains(from)
			if r.Scope.Basis == jurisdiction.ControllerIn && !a.tiedTo(r, di, from) {
				continue // the rule binds only its jurisdiction's controllers
			}
			subjects := (r.Scope.Basis == jurisdiction.SubjectsIn || r.Scope.Basis == jurisdiction.StoredOrSubjectsIn) && a.hasSubjectsIn(di, r)
			// A transfer leaves the territory; an onward transfer moves
			// data of the territory's subjects between two outside
			// countries.
			if !fromInside && !(subjects && from != l.to) {
				continue
			}
			if r.Scope.Basis == jurisdiction.SubjectsIn && !subjects {
				continue
			}
			m, why := a.mechanismFor(r, di, l.mechanisms, l.kind, l.to, l.recipient)
			if m != nil {
				continue
			}
			// Findings are built with one allocation each: estates produce
			// them by the million.
			st := &a.t.Stores[l.store]
			tail := ""
			if len(why) > 0 {
				tail = " (" + strings.Join(why, "; ") + ")"
			}
			reason := func(s1, s2, s3, s4 string) string {
				return concat(s1, s2, s3, s4, " moves dataset ", ds.ID, " from ", from.String(), " to ", l.to.String(), ", outside ",
					territoryText(r), ", without a mechanism that satisfies ", r.ID, tail)
			}
			v := Violation{Dataset: ds.ID, Store: st.ID}
			switch {
			case l.flow == nil:
				v.Path = "dataset/" + ds.ID + "/store/" + st.ID + "/collection"
				v.Reason = reason("collection of dataset ", ds.ID, " into store ", st.ID)
			case l.kind == AdminAccess:
				v.Flow, v.Path = l.flow.ID, "dataset/"+ds.ID+"/flow/"+l.flow.ID
				v.Reason = reason("admin access ", l.flow.ID, " to store ", st.ID)
			default:
				v.Flow, v.Path = l.flow.ID, "dataset/"+ds.ID+"/flow/"+l.flow.ID
				v.Reason = reason("flow ", l.flow.ID, "", "")
			}
			a.violate(r, v)
		}
	})
}

// ownership applies OwnershipLicensing rules to the operator and custodians
// of every active store in the territory.
func (a *assessment) ownership() {
	for _, r := range a.byKind[jurisdiction.OwnershipLicensing] {
		for s := range a.t.Stores {
			st := &a.t.Stores[s]
			if !a.active[s] || !r.contains(st.Location) {
				continue
			}
			for k := -1; k < len(a.custody.at(s)); k++ {
				ei, role := a.operator[s], "operator"
				if k >= 0 {
					ei, role = a.custody.at(s)[k], "custodian"
				}
				x := &a.t.Entities[ei]
				path := func() string { return "store/" + st.ID + "/" + role + "/" + x.ID }
				if r.Licence != "" && !slices.Contains(x.Licences, r.Licence) {
					a.violate(r, Violation{Store: st.ID, Entity: x.ID, Path: path(),
						Reason: fmt.Sprintf("%s %s provides store %s in %s without licence %s", role, x.ID, st.ID, st.Location, r.Licence)})
				}
				if r.MaxForeignShare > 0 {
					if share := a.foreignShare(ei, r); share > r.MaxForeignShare+1e-9 {
						a.violate(r, Violation{Store: st.ID, Entity: x.ID, Path: path(),
							Reason: fmt.Sprintf("%s %s of store %s is %.4g%% foreign-owned; %s allows at most %.4g%%",
								role, x.ID, st.ID, share, r.ID, r.MaxForeignShare)})
					}
				}
			}
		}
	}
}

// foreignShare is the percentage of entity i's equity held, looking
// through domestic holders, by entities incorporated outside rule r's
// territory. An entity incorporated outside is itself 100% foreign.
// Results are memoised per rule and entity.
func (a *assessment) foreignShare(i int, r *activeRule) float64 {
	return a.foreignShareDepth(i, r, 0)
}

func (a *assessment) foreignShareDepth(i int, r *activeRule, depth int) float64 {
	x := &a.t.Entities[i]
	if !r.contains(x.Jurisdiction) {
		return 100
	}
	if depth > len(a.t.Entities) {
		return 0 // unreachable for an acyclic topology
	}
	k := foreignKey{r, i}
	if v, ok := a.foreign[k]; ok {
		return v
	}
	sum := 0.0
	for _, o := range x.Owners {
		p, ok := a.entities[o.Parent]
		if !ok || !o.Period.Contains(a.d) {
			continue
		}
		sum += o.Share * a.foreignShareDepth(p, r, depth+1) / 100
	}
	a.foreign[k] = sum
	return sum
}

// counterparties applies ProhibitedCounterparty rules: data in scope tied
// to the territory may not be held, kept or administered by entities of the
// listed jurisdictions or entities they cover through ownership, unless a
// mechanism the store (or the administering flow) declares satisfies the
// rule (security requirements for a restricted transaction).
func (a *assessment) counterparties() {
	type party struct {
		idx        int
		role, link string // link is the path from the store, "" for the role
		mechanisms []string
	}
	var parties []party
	for _, r := range a.byKind[jurisdiction.ProhibitedCounterparty] {
		cov := a.coverage(r)
		for s := range a.t.Stores {
			st := &a.t.Stores[s]
			if !a.active[s] {
				continue
			}
			parties = append(parties[:0], party{a.operator[s], "operator", "operator", st.Mechanisms})
			for _, c := range a.custody.at(s) {
				parties = append(parties, party{c, "custodian", "custodian", st.Mechanisms})
			}
			if a.keys[s] != nil {
				parties = append(parties, party{a.keyHold[s], "key holder", "keys", st.Mechanisms})
			}
			for _, fi := range a.admin.at(s) {
				f := &a.t.Flows[fi]
				parties = append(parties, party{a.accessor[fi], "admin accessor", "flow/" + f.ID, f.Mechanisms})
			}
			// Which parties are covered depends on the rule and the
			// entity only: look it up before going through the datasets.
			covered := false
			for _, p := range parties {
				if _, ok := cov(p.idx); ok {
					covered = true
					break
				}
			}
			if !covered {
				continue
			}
			for k, id := range st.Datasets {
				di := a.storeDS.at(s)[k]
				if !a.inScope(r, di) || !a.tiedTo(r, di, st.Location) {
					continue
				}
				for _, p := range parties {
					chain, ok := cov(p.idx)
					if !ok {
						continue
					}
					m, why := a.mechanismFor(r, di, p.mechanisms, 0, st.Location, p.idx)
					if m != nil {
						continue
					}
					reason := fmt.Sprintf("%s %s of store %s is, or is covered through %s by, an entity of a jurisdiction %s names (%s)",
						p.role, chain[0], st.ID, ownershipText(r), r.ID, chain[len(chain)-1])
					if len(why) > 0 {
						reason += " (" + strings.Join(why, "; ") + ")"
					}
					a.violate(r, Violation{Dataset: id, Store: st.ID, Entity: chain[len(chain)-1],
						Path: "dataset/" + id + "/store/" + st.ID + "/" + p.link + "/" + strings.Join(chain, "/parent/"), Reason: reason})
				}
			}
		}
	}
}

func ownershipText(r *activeRule) string {
	if r.ControlShare > 0 {
		return fmt.Sprintf("ownership of %.4g%% or more", r.ControlShare)
	}
	return "majority ownership"
}

// coverage returns a memoised test of whether an entity is covered by
// counterparty rule r on the as-of date: it is of a listed jurisdiction,
// or listed or covered entities hold at least r.ControlShare of it
// (individually or in aggregate; more than 50% when ControlShare is 0), or
// one of them controls it. The chain runs from the entity to the listed
// one through the largest covered holding.
func (a *assessment) coverage(r *activeRule) func(int) ([]string, bool) {
	type result struct {
		chain []string
		ok    bool
	}
	memo := map[int]result{}
	listed := func(c code) bool {
		return slices.ContainsFunc(r.Counterparties, func(l code) bool { return a.e.cat.Within(c, l, a.d) })
	}
	var covered func(i int) ([]string, bool)
	covered = func(i int) ([]string, bool) {
		if res, ok := memo[i]; ok {
			return res.chain, res.ok
		}
		memo[i] = result{} // cycles: validation rejects them; never loop
		x := &a.t.Entities[i]
		for _, c := range a.entityCodes(i) {
			if listed(c) {
				memo[i] = result{[]string{x.ID}, true}
				return memo[i].chain, true
			}
		}
		sum, best, bestShare, control := 0.0, []string(nil), -1.0, false
		for _, o := range x.Owners {
			p, ok := a.entities[o.Parent]
			if !ok || !o.Period.Contains(a.d) {
				continue
			}
			up, ok := covered(p)
			if !ok {
				continue
			}
			sum += o.Share
			control = control || o.Control
			if o.Share > bestShare || (o.Control && best == nil) {
				best, bestShare = up, o.Share
			}
		}
		hit := control || (r.ControlShare > 0 && sum >= r.ControlShare-1e-9) || (r.ControlShare == 0 && sum > 50)
		if hit {
			memo[i] = result{append([]string{x.ID}, best...), true}
		}
		return memo[i].chain, memo[i].ok
	}
	return covered
}

// obligations lists the Obligation rules that apply to each dataset.
func (a *assessment) obligations() {
	for _, r := range a.byKind[jurisdiction.Obligation] {
		for di := range a.t.Datasets {
			ds := &a.t.Datasets[di]
			if !a.inScope(r, di) {
				continue
			}
			var stores []string
			for _, s := range a.holders.at(di) {
				st := &a.t.Stores[s]
				if a.tiedTo(r, di, st.Location) {
					stores = append(stores, st.ID)
				}
			}
			if len(stores) == 0 {
				continue
			}
			a.report.Obligations = append(a.report.Obligations, Obligation{Rule: r.ref, Dataset: ds.ID, Stores: stores,
				Reason: fmt.Sprintf("%s applies to dataset %s as held in %s", r.Citation, ds.ID, strings.Join(stores, ", "))})
		}
	}
}

// conflicts pairs, per store inside a blocking or localizing territory,
// each foreign government that reaches the store other than through its
// location with the rules that forbid handing the data over.
func (a *assessment) conflicts() {
	blockers := append(slices.Clone(a.byKind[jurisdiction.BlockingStatute]), a.byKind[jurisdiction.Localization]...)
	if len(blockers) == 0 {
		return
	}
	// By jurisdiction and then ID, so that the rules protecting a dataset,
	// filtered from these in order, come grouped by jurisdiction.
	slices.SortFunc(blockers, func(x, y *activeRule) int {
		return cmp.Or(x.Jurisdiction.Compare(y.Jurisdiction), strings.Compare(x.ID, y.ID))
	})
	// A conflict is one per store, exposure (path, government and rules),
	// blocking jurisdiction and set of blocking rules; the datasets that
	// share them are merged into it.
	type key struct {
		exposure int // index in the store's exposures of the first with its path, government and rules
		block    code
		rules    uint64 // the blocking rules, as bits of their positions in here
		ids      string // their IDs, when here has more than 64 rules
	}
	merged := map[key]*Conflict{} // in a.foundConflicts, whose values never move
	var here, bs []*activeRule
	var canon []int
	for s := range a.t.Stores {
		st := &a.t.Stores[s]
		if !a.active[s] {
			continue
		}
		// Only stores inside a blocking territory can put anyone in conflict.
		here = here[:0]
		for _, b := range blockers {
			if b.contains(st.Location) {
				here = append(here, b)
			}
		}
		if len(here) == 0 || !a.reachedFromAbroad(s) {
			continue
		}
		xs := a.exposuresOf(s)
		if a.parts&Ratings == 0 {
			// Nothing after the conflicts reads this store's exposures
			// again (the exposure list holds its own copies): let them
			// go, so a large topology's assessment does not keep them all.
			a.exposure[s] = nil
		}
		canon = canon[:0]
		for xi := range xs {
			c := xi
			for k := range xi {
				if xs[k].Path == xs[xi].Path && xs[k].Government == xs[xi].Government &&
					slices.EqualFunc(xs[k].Rules, xs[xi].Rules, func(x, y RuleRef) bool { return x.ID == y.ID }) {
					c = k
					break
				}
			}
			canon = append(canon, c)
		}
		clear(merged)
		for k, id := range st.Datasets {
			di := a.storeDS.at(s)[k]
			// Blocking rules that protect this dataset here, by
			// jurisdiction and then ID as blockers are.
			bs = bs[:0]
			for _, b := range here {
				if a.inScope(b, di) && a.tiedTo(b, di, st.Location) {
					bs = append(bs, b)
				}
			}
			for rest := bs; len(rest) > 0; {
				bj := rest[0].Jurisdiction
				n := 1
				for n < len(rest) && rest[n].Jurisdiction == bj {
					n++
				}
				group := rest[:n]
				rest = rest[n:]
				for xi := range xs {
					x := &xs[xi]
					if x.Via == "location" || x.Presumed || len(x.Rules) == 0 || x.Government == bj || group[0].contains(x.Government) {
						continue
					}
					lifted := a.notLifted(group, x.Government, bj)
					if len(lifted) == 0 {
						continue
					}
					k := key{exposure: canon[xi], block: bj}
					if len(here) <= 64 {
						for _, b := range lifted {
							k.rules |= 1 << slices.Index(here, b)
						}
					} else {
						k.ids = ruleIDs(lifted)
					}
					if c, ok := merged[k]; ok {
						c.Datasets = append(c.Datasets, id)
						continue
					}
					c := Conflict{
						// Shared with the exposure: findings may share
						// read-only slices (see Report).
						Compelling: x.Rules, CompellingJurisdiction: x.Government,
						BlockingJurisdiction: bj, Store: st.ID, Datasets: []string{id},
						Party: x.Party, Link: x.Via, Path: x.Path, Readable: x.Readable,
					}
					for _, b := range lifted {
						c.Blocking = append(c.Blocking, b.ref)
					}
					who1, who2 := x.Party, ""
					if x.Party == "" {
						who1, who2 = "the party at ", x.Path
					}
					cipher := ""
					if !x.Readable {
						cipher = "; the keys are out of its reach, so what can be produced is ciphertext"
					}
					c.Reason = concat(x.Government.String(), " can compel ", who1, who2, " (via ", x.Via, ") to produce data of store ", st.ID,
						" in ", st.Location.String(), ", which ", ruleIDs(lifted), " forbid ", bj.String(), " to hand to foreign authorities", cipher)
					c.Relief = a.reliefOf(x.Rules, lifted)
					for _, ag := range a.agreementsBetween(x.Government, bj) {
						if ag.Qualifying {
							c.Relief = append(c.Relief, fmt.Sprintf("%s: %s is a qualifying foreign government for %s's comity rules under %s (%s)",
								ag.ID, bj, x.Government, ag.Name, ag.Citation))
						}
					}
					merged[k] = a.foundConflicts.add(c)
				}
			}
		}
	}
}

// agreementsBetween returns the agreements in force binding x and y.
func (a *assessment) agreementsBetween(x, y code) []jurisdiction.Agreement {
	var out []jurisdiction.Agreement
	for _, ag := range a.e.agreements {
		if ag.InForce(a.d) && ag.Binds(x, y) {
			out = append(out, ag)
		}
	}
	return out
}

// notLifted drops the blocking rules that an agreement between the
// compelling government and the blocking jurisdiction lifts.
func (a *assessment) notLifted(bs []*activeRule, compel, block code) []*activeRule {
	ags := a.agreementsBetween(compel, block)
	if len(ags) == 0 {
		return bs
	}
	var out []*activeRule
	for _, b := range bs {
		if !slices.ContainsFunc(ags, func(ag jurisdiction.Agreement) bool { return slices.Contains(ag.Lifts, b.ID) }) {
			out = append(out, b)
		}
	}
	return out
}

func refIDs(rs []RuleRef) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

func ruleIDs(rs []*activeRule) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

// reliefOf lists the relief the compelling and blocking rules offer, each
// as "ID: relief", the texts made once per engine and shared.
func (a *assessment) reliefOf(compel []RuleRef, block []*activeRule) []string {
	var out []string
	for _, r := range compel {
		if i, ok := a.e.ruleIndex[r.ID]; ok && a.e.relief[i] != "" {
			out = append(out, a.e.relief[i])
		}
	}
	for _, b := range block {
		if i, ok := a.e.ruleIndex[b.ID]; ok && a.e.relief[i] != "" {
			out = append(out, a.e.relief[i])
		}
	}
	return out
}

// ratings rates every dataset and the topology. Datasets held by the same
// stores have the same facts, so their rating is computed once.
func (a *assessment) ratings() {
	a.report.Datasets = make([]DatasetRating, 0, len(a.t.Datasets))
	cache := map[string]hexad.Rating{}
	key := make([]byte, 0, 64)
	for di := range a.t.Datasets {
		ds := &a.t.Datasets[di]
		key = key[:0]
		for _, s := range a.holders.at(di) {
			key = binary.AppendUvarint(key, uint64(s))
		}
		r, ok := cache[string(key)]
		if ok {
			r = cloneRating(r)
		} else {
			r = hexad.Rate(a.facts(di))
			cache[string(key)] = r
		}
		r.Subject = "dataset " + ds.ID
		a.report.Datasets = append(a.report.Datasets, DatasetRating{Dataset: ds.ID, Rating: r})
	}
	a.report.Rating = combine(a.t.Name, a.consumer.String(), a.report.Datasets)
}

// facts gathers the hexad facts of dataset di: the governments reaching
// the stores that hold it, how, and how many copies there are.
func (a *assessment) facts(di int) hexad.Facts {
	f := hexad.Facts{Consumer: a.consumer.String()}
	var govs []code
	regimes := map[code]*hexad.Regime{}
	for _, s := range a.holders.at(di) {
		f.Copies++
		xs := a.exposuresOf(s)
		for k := range xs {
			x := &xs[k]
			g, ok := regimes[x.Government]
			if !ok {
				g = a.regime(x.Government)
				regimes[x.Government] = g
				govs = append(govs, x.Government)
			}
			ids := make([]string, len(x.Rules))
			for i, r := range x.Rules {
				ids[i] = r.ID
			}
			g.Links = append(g.Links, hexad.Link{Via: x.Via, Path: x.Path, Plaintext: x.Readable, Location: x.Via == "location", Rules: ids})
		}
	}
	slices.SortFunc(govs, code.Compare)
	f.Regimes = make([]hexad.Regime, 0, len(govs))
	for _, g := range govs {
		f.Regimes = append(f.Regimes, *regimes[g])
	}
	return f
}

func cloneRating(r hexad.Rating) hexad.Rating {
	for i := range r.Elements {
		r.Elements[i].Reasons = slices.Clone(r.Elements[i].Reasons)
	}
	r.Defaults = slices.Clone(r.Defaults)
	return r
}

// regime describes government g's access profile for the hexad model.
func (a *assessment) regime(g code) *hexad.Regime {
	p := a.e.profile(g)
	level := func(x jurisdiction.Answer) hexad.Level {
		switch x {
		case jurisdiction.Yes:
			return hexad.Yes
		case jurisdiction.Partly:
			return hexad.Partly
		case jurisdiction.No:
			return hexad.No
		}
		return hexad.Unknown
	}
	return &hexad.Regime{
		Name: g.String(), Foreign: g != a.consumer, Default: p.Default,
		Judicial: level(p.JudicialAuthorisation.Answer), Transparency: level(p.Transparency.Answer),
		Assistance: level(p.CompelledAssistance.Answer), ContentControl: level(p.ContentControl.Answer),
	}
}

// combine rates a topology from its datasets' ratings: each element takes
// the lowest score of any dataset, with that dataset's reasons.
func combine(name, consumer string, rs []DatasetRating) hexad.Rating {
	if name == "" {
		name = "topology"
	}
	out := hexad.Rating{Subject: name, Consumer: consumer}
	for i, e := range hexad.Elements() {
		out.Elements[i].Element = e
	}
	best := [hexad.NumElements]int{}
	for i := range best {
		best[i] = -1
	}
	for k := range rs {
		r := &rs[k].Rating
		for i, er := range r.Elements {
			cur := out.Elements[i]
			if er.Score.IsValid() && (!cur.Score.IsValid() || er.Score < cur.Score) {
				out.Elements[i].Score = er.Score
				best[i] = k
			}
		}
		for _, d := range r.Defaults {
			if !slices.Contains(out.Defaults, d) {
				out.Defaults = append(out.Defaults, d)
			}
		}
	}
	for i := range out.Elements {
		if best[i] < 0 {
			out.Elements[i].Reasons = []string{"no dataset could be rated"}
			continue
		}
		r := &rs[best[i]].Rating
		reasons := make([]string, 0, len(r.Elements[i].Reasons))
		for _, why := range r.Elements[i].Reasons {
			reasons = append(reasons, r.Subject+": "+why)
		}
		out.Elements[i].Reasons = reasons
	}
	slices.Sort(out.Defaults)
	return out
}

// identify gives every finding its ID and attaches the waivers in force.
func (a *assessment) identify() {
	r := a.report
	waivers := map[string]*Waiver{}
	for i := range a.t.Waivers {
		w := &a.t.Waivers[i]
		if a.d.Before(w.Expires) {
			waivers[w.Finding] = w
		}
	}
	waiver := func(id string) *Waiver {
		if w, ok := waivers[id]; ok {
			c := *w
			return &c
		}
		return nil
	}
	for i := range r.Violations {
		v := &r.Violations[i]
		v.ID = "V:" + v.Rule.ID + "@" + v.Path
		v.Path = v.ID[len(v.ID)-len(v.Path):] // share the bytes
		v.Waiver = waiver(v.ID)
	}
	for i := range r.Conflicts {
		c := &r.Conflicts[i]
		c.ID = "C:" + c.CompellingJurisdiction.String() + "/" + c.BlockingJurisdiction.String() + "@" + c.Path
		c.Path = c.ID[len(c.ID)-len(c.Path):]
		c.Waiver = waiver(c.ID)
	}
	for i := range r.Exposures {
		x := &r.Exposures[i]
		x.ID = "E:" + x.Government.String() + "@" + x.Path
		x.Path = x.ID[len(x.ID)-len(x.Path):]
		x.Waiver = waiver(x.ID)
	}
	for i := range r.Obligations {
		o := &r.Obligations[i]
		o.ID = "O:" + o.Rule.ID + "@dataset/" + o.Dataset
		o.Waiver = waiver(o.ID)
	}
}

func (a *assessment) sortReport() {
	r := a.report
	sortStable(r.Violations, func(x, y *Violation) int {
		return cmp.Or(strings.Compare(x.Rule.ID, y.Rule.ID), strings.Compare(x.Path, y.Path), strings.Compare(x.Reason, y.Reason))
	})
	r.Violations = slices.CompactFunc(r.Violations, func(x, y Violation) bool {
		return x.Rule.ID == y.Rule.ID && x.Path == y.Path && x.Reason == y.Reason
	})
	sortStable(r.Conflicts, func(x, y *Conflict) int {
		return cmp.Or(strings.Compare(x.Store, y.Store), strings.Compare(x.Path, y.Path),
			x.CompellingJurisdiction.Compare(y.CompellingJurisdiction), x.BlockingJurisdiction.Compare(y.BlockingJurisdiction))
	})
	sortStable(r.Exposures, func(x, y *Exposure) int {
		return cmp.Or(strings.Compare(x.Store, y.Store), x.Government.Compare(y.Government), strings.Compare(x.Path, y.Path))
	})
	sortStable(r.Obligations, func(x, y *Obligation) int {
		return cmp.Or(strings.Compare(x.Rule.ID, y.Rule.ID), strings.Compare(x.Dataset, y.Dataset))
	})
	if r.Violations == nil {
		r.Violations = []Violation{}
	}
	if r.Conflicts == nil {
		r.Conflicts = []Conflict{}
	}
	if r.Exposures == nil {
		r.Exposures = []Exposure{}
	}
	if r.Obligations == nil {
		r.Obligations = []Obligation{}
	}
	if r.Datasets == nil {
		r.Datasets = []DatasetRating{}
	}
}

// sortStable sorts s stably by compare. Findings are large structs: it
// sorts their indexes and moves each finding once, where
// slices.SortStableFunc would move them O(n log n) times.
func sortStable[T any](s []T, compare func(x, y *T) int) {
	if len(s) < 2 {
		return
	}
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int { return cmp.Or(compare(&s[i], &s[j]), cmp.Compare(i, j)) })
	// Apply the permutation in place, cycle by cycle: position k takes
	// s[idx[k]].
	for start := range idx {
		if idx[start] < 0 {
			continue
		}
		tmp := s[start]
		for j := start; ; {
			src := idx[j]
			idx[j] = -1
			if src == start {
				s[j] = tmp
				break
			}
			s[j] = s[src]
			j = src
		}
	}
}

// chunked collects values in chunks that never move once allocated, so
// that collecting n values copies none of them; flat returns them in one
// slice of exactly n.
type chunked[T any] struct {
	full [][]T
	cur  []T
	n    int
}

// add appends v and returns where it is held, which stays valid until
// flat: a full chunk is never grown, only followed by a new one.
func (c *chunked[T]) add(v T) *T {
	if len(c.cur) == cap(c.cur) {
		if c.cur != nil {
			c.full = append(c.full, c.cur)
		}
		c.cur = make([]T, 0, min(max(16, 2*cap(c.cur)), 4096))
	}
	c.cur = append(c.cur, v)
	c.n++
	return &c.cur[len(c.cur)-1]
}

// flat returns the values in the order they were added, or nil if none.
func (c *chunked[T]) flat() []T {
	if c.n == 0 {
		return nil
	}
	out := make([]T, 0, c.n)
	for _, ch := range c.full {
		out = append(out, ch...)
	}
	return append(out, c.cur...)
}

// concat joins parts with one allocation.
func concat(parts ...string) string { return strings.Join(parts, "") }
