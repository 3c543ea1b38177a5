package residency

import (
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// This file works out who reaches each store and how: the exposures of
// step 1 of the package documentation. A government reaches a store
// through its location, through the entities that run it, hold custody of
// it, hold its keys or administer it (and every entity controlling them),
// through where its keys are kept, and through where it is administered
// from.

// exposures works out, for every active store, which governments reach it
// and through which link; finalize lists them from the stores' lists.
func (a *assessment) exposures() {
	for s := range a.t.Stores {
		a.exposuresOf(s)
	}
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
	xs := make([]Exposure, 0, 2)
	// Exposures listed or rated get their IDs now (ratings read the path
	// text from them); the checks alone need none.
	withID := a.parts&(Exposures|Ratings) != 0
	add := func(gov code, via Link, p Path, rules []RuleRef, presumed bool) {
		x := Exposure{Government: gov, Store: st.ID, Via: via, Party: p.Party(), Path: p, Rules: rules, Presumed: presumed}
		if n := a.entityName(x.Party); n != x.Party {
			x.PartyName = n
		}
		if withID {
			x.ID = findingIDText("E:", gov.String(), "@", p)
		}
		xs = append(xs, x)
	}
	// territorial adds the governments reaching place c through link
	// via; p is the path to it.
	territorial := func(c code, access bool, party int, via Link, p Path) {
		gs, presume := a.placeGovs(c, access, a.roleOf(party))
		for _, g := range gs {
			add(g.gov, via, p, g.refs, false)
		}
		if presume {
			add(c.Country(), via, p, nil, true)
		}
	}
	personal := func(i int, p Path) {
		for _, g := range a.entityGovs(i) {
			q := p
			q.Chain = g.chain
			if len(q.Chain) > 1 {
				q.Link = q.Link.parent()
			}
			add(g.gov, q.Link, q, g.refs, false)
		}
	}

	territorial(st.Location, false, a.operator[s], LinkLocation, Path{Store: st.ID})
	personal(a.operator[s], Path{Store: st.ID, Link: LinkOperator})
	for _, c := range a.custody.at(s) {
		personal(c, Path{Store: st.ID, Link: LinkCustodian})
	}
	opKeys := a.operatorManagedKeys(s)
	if k := a.keys[s]; k != nil {
		if !opKeys {
			personal(a.keyHold[s], Path{Store: st.ID, Link: LinkKeyHolder})
		}
		// Keys kept elsewhere, or held by someone other than the
		// operator, are reachable where they physically are.
		if !opKeys || k.Location != st.Location {
			territorial(k.Location, false, a.keyHold[s], LinkKeyLocation, Path{Store: st.ID, Link: LinkKeyLocation, Place: k.Location})
		}
	}
	for _, fi := range a.admin.at(s) {
		f := &a.t.Flows[fi]
		personal(a.ix.accessor[fi], Path{Store: st.ID, Flow: f.ID, Link: LinkAdminAccess})
		territorial(f.AccessorLocation, true, a.ix.accessor[fi], LinkAdminLocation, Path{Store: st.ID, Flow: f.ID, Link: LinkAdminLocation, Place: f.AccessorLocation})
	}

	markReadable(xs, opKeys)
	held := slices.Clone(st.Datasets)
	for i := range xs {
		xs[i].Datasets = held
	}
	a.exposure[s] = xs
	return xs
}

// markReadable sets whether each exposure yields readable data: a
// government can read the data if it reaches the data itself (any link
// but the keys) and either the operator manages the keys (opKeys) or it
// reaches them too.
func markReadable(xs []Exposure, opKeys bool) {
	type reached struct {
		gov       code
		data, key bool
	}
	var govs []reached
	at := func(g code) int { return slices.IndexFunc(govs, func(r reached) bool { return r.gov == g }) }
	for i := range xs {
		k := at(xs[i].Government)
		if k < 0 {
			k = len(govs)
			govs = append(govs, reached{gov: xs[i].Government})
		}
		if xs[i].Via.IsKey() {
			govs[k].key = true
		} else {
			govs[k].data = true
		}
	}
	for i := range xs {
		r := govs[at(xs[i].Government)]
		xs[i].Readable = r.data && (opKeys || r.key)
	}
}

// operatorManagedKeys reports whether the operator of store s manages its
// keys on the as-of date.
func (a *assessment) operatorManagedKeys(s int) bool {
	k := a.keys[s]
	return k == nil || (a.operator[s] >= 0 && k.Holder == a.t.Entities[a.operator[s]].ID)
}

// reachedFromAbroad reports whether store s has an exposure other than
// through its location: an entity that a personal-reach rule reaches,
// keys kept elsewhere or by someone else, or administrative access. Only
// such exposures can conflict with the law of the place; stores without
// them need no exposure list.
func (a *assessment) reachedFromAbroad(s int) bool {
	if a.exposed[s] {
		return slices.ContainsFunc(a.exposure[s], func(x Exposure) bool { return x.Via != LinkLocation })
	}
	if len(a.admin.at(s)) > 0 || len(a.entityGovs(a.operator[s])) > 0 {
		return true
	}
	for _, c := range a.custody.at(s) {
		if len(a.entityGovs(c)) > 0 {
			return true
		}
	}
	k := a.keys[s]
	return k != nil && (!a.operatorManagedKeys(s) || k.Location != a.loc[s])
}

// govRefs is one government and the rules through which it reaches; for
// an entity, entry is the position in the entity's reach list of the
// jurisdiction it reaches it through (the nearest), and chain the IDs from
// the entity to the one of that jurisdiction.
type govRefs struct {
	gov   code
	refs  []RuleRef
	entry int
	chain []string
}

// addGov adds rule r to the entry of its government in gs.
func addGov(gs []govRefs, r *activeRule, entry int) []govRefs {
	for i := range gs {
		if gs[i].gov == r.Jurisdiction {
			gs[i].refs = appendRef(gs[i].refs, r)
			return gs
		}
	}
	return append(gs, govRefs{gov: r.Jurisdiction, refs: []RuleRef{r.ref}, entry: entry})
}

// appendRef adds rule r to refs unless it is there already.
func appendRef(refs []RuleRef, r *activeRule) []RuleRef {
	if slices.ContainsFunc(refs, func(x RuleRef) bool { return x.ID == r.ID }) {
		return refs
	}
	return append(refs, r.ref)
}

// territorialKey names the governments reaching a place, through its
// territory or through access from it, by rules that bind a party of a
// role.
type territorialKey struct {
	c      code
	access bool
	role   jurisdiction.Role
}

// roleOf returns the role of entity i (unknown for none).
func (a *assessment) roleOf(i int) jurisdiction.Role {
	if i < 0 {
		return jurisdiction.UnknownRole
	}
	return a.t.Entities[i].Role
}

type territorialGovs struct {
	govs    []govRefs
	presume bool
}

// placeGovs returns the governments whose compelled-access rules reach
// place c, by government, with their rules: rules of territorial reach,
// or of access reach if access is set. With territorial reach, a place no
// rule of its own state reaches is presumed reachable by that state (its
// country's, for a subdivision): presume reports it. Only rules that bind
// a party of role role count (the operator for the location, the key
// holder for where keys are kept, the accessor for access). Results are
// memoised.
func (a *assessment) placeGovs(c code, access bool, role jurisdiction.Role) ([]govRefs, bool) {
	k := territorialKey{c, access, role}
	if r, ok := a.territorialGovs[k]; ok {
		return r.govs, r.presume
	}
	table := a.territorial
	if access {
		table = a.byAccess
	}
	var gs []govRefs
	for _, r := range table[c] {
		if role.Binds(r.Scope.Roles) {
			gs = addGov(gs, r, 0)
		}
	}
	if c.IsSubdivision() {
		for _, r := range table[c.Country()] {
			if role.Binds(r.Scope.Roles) {
				gs = addGov(gs, r, 0)
			}
		}
	}
	slices.SortFunc(gs, func(x, y govRefs) int { return x.gov.Compare(y.gov) })
	reached := false
	for i := range gs {
		gs[i].refs = slices.Clip(gs[i].refs)
		reached = reached || gs[i].gov == c || gs[i].gov == c.Country()
	}
	a.territorialGovs[k] = territorialGovs{gs, !access && !reached}
	return gs, !access && !reached
}

// entityGovs returns the governments whose personal-reach rules reach
// entity i or its controllers, by government, each through the nearest
// link, with their rules sorted by ID. Only rules that bind entity i's
// role count: the entity holding the data is the one the law must bind
// (18 U.S.C. 2713 binds providers, and their parents through them).
// Results are memoised.
func (a *assessment) entityGovs(i int) []govRefs {
	if a.govsDone[i] {
		return a.personalGovs[i]
	}
	var gs []govRefs
	role := a.roleOf(i)
	for k, rc := range a.reach(i).entries {
		for _, r := range a.personal[rc.code] {
			if role.Binds(r.Scope.Roles) {
				gs = addGov(gs, r, k)
			}
		}
		if rc.code.IsSubdivision() {
			for _, r := range a.personal[rc.code.Country()] {
				if role.Binds(r.Scope.Roles) {
					gs = addGov(gs, r, k)
				}
			}
		}
	}
	slices.SortFunc(gs, func(x, y govRefs) int { return x.gov.Compare(y.gov) })
	for k := range gs {
		slices.SortFunc(gs[k].refs, func(x, y RuleRef) int { return strings.Compare(x.ID, y.ID) })
		gs[k].refs = slices.Clip(gs[k].refs)
		gs[k].chain = a.chain(i, gs[k].entry)
	}
	a.personalGovs[i], a.govsDone[i] = gs, true
	return gs
}

// A reachList is every jurisdiction an entity belongs to, itself or
// through an entity controlling it on the as-of date, each once, nearest
// first: its own (incorporation, then headquarters), then those of its
// controllers by the number of holdings on the way, and among chains of
// the same length, the one through its earlier-listed holdings first. (This
// is the order of walking up the holdings depth first, in the order they
// are listed, and keeping each jurisdiction's first chain among the
// shortest.)
type reachList struct {
	entries []reachEntry
}

// reachEntry is one jurisdiction of a reach list. parent is -1 for the
// entity's own; otherwise the entity is controlled by parent, and the
// chain goes on through entry parentEntry of parent's reach list.
type reachEntry struct {
	code        code
	depth       int
	parent      int
	parentEntry int
}

// controls calls yield with each entity controlling entity i directly on
// the as-of date: holding more than 50% or a holding marked Control.
func (a *assessment) controls(i int, yield func(p int)) {
	ps := a.ix.owners.at(i)
	for k, o := range a.t.Entities[i].Owners {
		if ps[k] >= 0 && o.controls() && o.Period.Contains(a.d) {
			yield(ps[k])
		}
	}
}

// reach returns entity i's reach list. Lists are built once per entity,
// each from its controllers' lists, so that a chain of n holdings costs n
// steps and no recursion.
func (a *assessment) reach(i int) *reachList {
	if r := a.reachOf[i]; r != nil {
		return r
	}
	postOrder(i, len(a.t.Entities), a.controls, func(k int) bool { return a.reachOf[k] != nil }, func(k int) {
		a.reachOf[k] = a.buildReach(k)
	})
	return a.reachOf[i]
}

// buildReach builds entity i's reach list from its controllers', which
// must be built.
func (a *assessment) buildReach(i int) *reachList {
	type cand struct {
		reachEntry
		k, j int // holding position, then position in its list
	}
	var cands []cand
	k := 0
	a.controls(i, func(p int) {
		for j, e := range a.reachOf[p].entries {
			cands = append(cands, cand{reachEntry{e.code, e.depth + 1, p, j}, k, j})
		}
		k++
	})
	// Generated in holding, then list order: a stable sort by depth
	// leaves the shortest chains first, in that order.
	slices.SortStableFunc(cands, func(x, y cand) int { return x.depth - y.depth })
	own := a.codesOf[i]
	r := &reachList{entries: make([]reachEntry, 0, len(own)+len(cands))}
	// A list holds each jurisdiction once; long ones are checked with a
	// set, kept between calls.
	seen := func(c code) bool {
		return slices.ContainsFunc(r.entries, func(e reachEntry) bool { return e.code == c })
	}
	if len(own)+len(cands) > 16 {
		if a.seenCodes == nil {
			a.seenCodes = map[code]bool{}
		}
		clear(a.seenCodes)
		seen = func(c code) bool {
			if a.seenCodes[c] {
				return true
			}
			a.seenCodes[c] = true
			return false
		}
	}
	for _, c := range own {
		if !seen(c) {
			r.entries = append(r.entries, reachEntry{code: c, parent: -1})
		}
	}
	for _, c := range cands {
		if !seen(c.code) {
			r.entries = append(r.entries, c.reachEntry)
		}
	}
	r.entries = slices.Clip(r.entries)
	return r
}

// chain returns the IDs from entity i up to the entity that gives entry
// k of its reach list its jurisdiction.
func (a *assessment) chain(i, k int) []string {
	e := a.reach(i).entries[k]
	ids := make([]string, 0, e.depth+1)
	ids = append(ids, a.t.Entities[i].ID)
	for e.parent >= 0 {
		ids = append(ids, a.t.Entities[e.parent].ID)
		e = a.reachOf[e.parent].entries[e.parentEntry]
	}
	return ids
}
