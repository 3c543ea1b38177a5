package residency

import (
	"slices"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// An index holds a validated topology's references resolved to positions
// (dataset, entity, store and flow indexes), so that no check looks an ID
// up or scans the topology per store. It is built after validation has
// passed, from the ID maps validation made.
type index struct {
	entities map[string]int // entity IDs, for the regions' added operators

	storeDS    rows  // per store, its datasets in store order
	storeSet   rows  // per store, the same sorted, for membership tests; made on first use
	flowDS     rows  // per flow, the datasets it names, in flow order
	flowSet    rows  // per flow, the same sorted, for membership tests
	flowTo     []int // per flow, its destination store
	flowFrom   []int // per flow, its source store, or -1
	accessor   []int // per flow, its accessor entity, or -1
	controller []int // per dataset, its controller entity, or -1
	owners     rows  // per entity, the parent entity of each holding, in order
}

// newIndex resolves t's references through the ID maps validation built,
// taking the dataset references validation resolved. t must be valid.
func newIndex(t *Topology, m idMaps) *index {
	ix := &index{entities: m.entities}
	lookup := func(index map[string]int, id string) int {
		if i, ok := index[id]; ok {
			return i
		}
		return -1
	}
	ix.storeDS, ix.flowDS = m.storeDS, m.flowDS
	ix.flowSet = sortedRows(ix.flowDS)
	refs := make([]int, 3*len(t.Flows))
	ix.flowTo, ix.flowFrom, ix.accessor = refs[:len(t.Flows)], refs[len(t.Flows):2*len(t.Flows)], refs[2*len(t.Flows):]
	for i := range t.Flows {
		f := &t.Flows[i]
		ix.flowTo[i] = lookup(m.stores, f.To)
		ix.flowFrom[i], ix.accessor[i] = -1, -1
		switch f.Kind {
		case Replication, BackupFlow, Provision:
			ix.flowFrom[i] = lookup(m.stores, f.From)
		case AdminAccess:
			ix.accessor[i] = lookup(m.entities, f.Accessor)
		}
	}

	ix.controller = make([]int, len(t.Datasets))
	for i := range t.Datasets {
		ix.controller[i] = -1
		if c := t.Datasets[i].Controller; c != "" {
			ix.controller[i] = lookup(m.entities, c)
		}
	}

	counts := make([]int, len(t.Entities))
	for i := range t.Entities {
		counts[i] = len(t.Entities[i].Owners)
	}
	owners := newRows(counts)
	for i := range t.Entities {
		for _, o := range t.Entities[i].Owners {
			owners.push(i, lookup(m.entities, o.Parent))
		}
	}
	ix.owners = owners.done()
	return ix
}

// sortedRows returns a copy of r with each row sorted.
func sortedRows(r rows) rows {
	s := rows{off: r.off, val: slices.Clone(r.val)}
	for i := range len(r.off) - 1 {
		slices.Sort(s.at(i))
	}
	return s
}

// source returns the store flow fi reads: its source store, or for
// collection and admin access the store it reaches.
func (ix *index) source(fi int) int {
	if s := ix.flowFrom[fi]; s >= 0 {
		return s
	}
	return ix.flowTo[fi]
}

// carries reports whether flow fi carries dataset di: it names it, or it
// names no datasets and its source holds it.
func (ix *index) carries(fi, di int) bool {
	set := ix.flowSet.at(fi)
	if len(set) == 0 {
		if ix.storeSet.off == nil {
			ix.storeSet = sortedRows(ix.storeDS)
		}
		set = ix.storeSet.at(ix.source(fi))
	}
	_, ok := slices.BinarySearch(set, di)
	return ok
}

// carried returns the datasets flow fi carries: those it names, or else
// every dataset its source holds.
func (ix *index) carried(fi int) []int {
	if ds := ix.flowDS.at(fi); len(ds) > 0 {
		return ds
	}
	return ix.storeDS.at(ix.source(fi))
}

// placement is the topology's state on the as-of date, by position.
type placement struct {
	// Per store.
	loc      []code // location
	active   []bool // holding data, with an operator, on the date
	operator []int  // entity index, or -1
	custody  rows   // custodian entity indexes
	keys     []*KeyCustody
	keyHold  []int // entity index of the key holder, or -1
	inbound  rows  // indexes of the active flows into the store, but admin access
	admin    rows  // indexes of the active admin-access flows into the store

	// Per flow: its destination store if the flow is active, or -1.
	flowTo []int

	// Per dataset.
	classMask []uint32 // its classes and every class they imply
	holders   rows     // the active stores holding it, in store order

	// Per entity: the jurisdictions it belongs to itself (incorporation,
	// then headquarters when different).
	codesOf [][]code
}

// newAssessment prepares the assessment of t, which must be valid and
// have its regions resolved, on the settings' date.
func newAssessment(e *Engine, t *Topology, s settings, ix *index) *assessment {
	a := &assessment{
		e: e, t: t, d: s.asOf, consumer: s.consumer, parts: s.parts, workers: s.workers, inParts: s.inParts, ix: ix,
		byKind:          map[jurisdiction.Kind][]*activeRule{},
		territorialGovs: map[territorialKey]territorialGovs{},
		foreignShare:    map[foreignKey]float64{},
		report:          &Report{Topology: t.Name, AsOf: s.asOf, Consumer: s.consumer, Catalog: e.cat.Version(), Parts: s.parts},
	}
	a.activateRules()
	a.placeEntities()
	a.placeStores()
	a.placeFlows()
	a.placeDatasets()
	return a
}

// activateRules lists the rules in force on the date, with their
// territories and mechanisms as they stand on it, by kind, and indexes
// the compelled-access rules by the codes they reach.
func (a *assessment) activateRules() {
	e := a.e
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
				am = a.activateMechanism(m)
				mechs[m] = am
			}
			ar.mechs = append(ar.mechs, am)
		}
		ar.inside = a.expand(r.Area())
		a.rules = append(a.rules, ar)
		a.byKind[r.Kind] = append(a.byKind[r.Kind], ar)
	}
	a.territorial, a.byAccess, a.personal = map[code][]*activeRule{}, map[code][]*activeRule{}, map[code][]*activeRule{}
	for _, r := range a.byKind[jurisdiction.CompelledAccess] {
		for _, c := range r.inside {
			if r.Reach&jurisdiction.TerritorialReach != 0 {
				a.territorial[c] = append(a.territorial[c], r)
			}
			if r.Reach&jurisdiction.AccessReach != 0 {
				a.byAccess[c] = append(a.byAccess[c], r)
			}
			if r.Reach&jurisdiction.PersonalReach != 0 {
				a.personal[c] = append(a.personal[c], r)
			}
		}
	}
}

func (a *assessment) activateMechanism(m *jurisdiction.Mechanism) *activeMech {
	return &activeMech{Mechanism: m, inForce: m.InForce(a.d), limits: m.LimitsOn(a.d), dests: a.expand(m.Destinations),
		excluded: a.expand(m.ExcludedDestinations)}
}

// expand returns the codes with every bloc among them followed by its
// members on the date, sorted and without repeats.
func (a *assessment) expand(cs []code) codeSet {
	var out codeSet
	for _, c := range cs {
		out = append(out, c)
		if b, ok := a.e.cat.Bloc(c); ok {
			out = append(out, b.MembersOn(a.d)...)
		}
	}
	slices.SortFunc(out, code.Compare)
	return slices.Compact(out)
}

// placeEntities lists each entity's own jurisdictions.
func (a *assessment) placeEntities() {
	t := a.t
	a.codesOf = make([][]code, len(t.Entities))
	a.reachOf = make([]*reachList, len(t.Entities))
	a.personalGovs = make([][]govRefs, len(t.Entities))
	a.govsDone = make([]bool, len(t.Entities))
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
}

// placeStores works out each store's state on the date: whether it holds
// data, where, who operates it and holds custody of it, who holds its
// keys.
func (a *assessment) placeStores() {
	t := a.t
	n := len(t.Stores)
	entity := func(id string) int {
		if i, ok := a.ix.entities[id]; ok {
			return i
		}
		return -1
	}
	a.exposure = make([][]Exposure, n)
	a.exposed = make([]bool, n)
	a.active = make([]bool, n)
	a.loc = make([]code, n)
	a.operator = make([]int, n)
	a.keys = make([]*KeyCustody, n)
	a.keyHold = make([]int, n)
	nCustody := make([]int, n)
	for i := range t.Stores {
		nCustody[i] = len(t.Stores[i].Custodians)
	}
	custody := newRows(nCustody)
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
}

// placeFlows lists the flows active on the date into each store: those
// running on the date between stores holding data on it.
func (a *assessment) placeFlows() {
	t := a.t
	n := len(t.Stores)
	a.flowTo = make([]int, len(t.Flows))
	nIn, nAdmin := make([]int, n), make([]int, n)
	for fi := range t.Flows {
		f := &t.Flows[fi]
		to := a.ix.flowTo[fi]
		a.flowTo[fi] = -1
		if to < 0 || !f.Period.Contains(a.d) || !a.active[to] {
			continue
		}
		if from := a.ix.flowFrom[fi]; from >= 0 && !a.active[from] {
			continue
		}
		a.flowTo[fi] = to
		if f.Kind == AdminAccess {
			nAdmin[to]++
		} else {
			nIn[to]++
		}
	}
	inbound, admin := newRows(nIn), newRows(nAdmin)
	for fi, to := range a.flowTo {
		switch {
		case to < 0:
		case t.Flows[fi].Kind == AdminAccess:
			admin.push(to, fi)
		default:
			inbound.push(to, fi)
		}
	}
	a.inbound, a.admin = inbound.done(), admin.done()
}

// placeDatasets works out each dataset's classes and the active stores
// holding it.
func (a *assessment) placeDatasets() {
	t := a.t
	a.classMask = make([]uint32, len(t.Datasets))
	for di := range t.Datasets {
		a.classMask[di] = impliedMask(t.Datasets[di].Classes)
	}
	held := make([]int, len(t.Datasets))
	for i := range t.Stores {
		if a.active[i] {
			for _, di := range a.ix.storeDS.at(i) {
				held[di]++
			}
		}
	}
	holders := newRows(held)
	for i := range t.Stores {
		if !a.active[i] {
			continue
		}
		for _, di := range a.ix.storeDS.at(i) {
			holders.push(di, i)
		}
	}
	a.holders = holders.done()
}
