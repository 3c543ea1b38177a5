package residency_test

// A slow, obviously correct reference implementation of residency.Assess,
// as parseIPSlow is for net/netip: written for readability from the
// documented semantics, as plain loops over the Topology and the
// Catalog's public API, with no index and no memo. Comments mark where
// the documentation is silent or differs: UNDOCUMENTED, a rule learnt
// from residency/assess.go, to document; DECIDED, a decision the engine
// does not implement yet; DOC, NOT ENGINE, the documented reading where
// the engine differs.

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// refReport is what the reference finds, as the differential tests
// project the engine's report, and the topology with regions completed.
type refReport struct {
	refProjection
	top *residency.Topology
}

type refAssessor struct {
	cat        *jurisdiction.Catalog
	t          *residency.Topology
	d          jurisdiction.Date
	consumer   jurisdiction.Code
	rules      []jurisdiction.Rule      // the rules in force on d, in ID order
	mechs      []jurisdiction.Mechanism // the catalog's, in ID order
	agreements []jurisdiction.Agreement // the catalog's, in ID order
	out        refReport
}

// referenceAssess assesses t on asOf from consumer's point of view, the
// slow way.
func referenceAssess(cat *jurisdiction.Catalog, t *residency.Topology, asOf jurisdiction.Date, consumer jurisdiction.Code) *refReport {
	a := &refAssessor{cat: cat, t: refCompleteRegions(cat, t), d: asOf, consumer: consumer,
		mechs: slices.Collect(cat.Mechanisms()), agreements: slices.Collect(cat.Agreements())}
	for r := range cat.Rules() {
		if r.InForce(asOf) {
			a.rules = append(a.rules, r)
		}
	}
	a.out.top = a.t
	for i := range a.t.Stores {
		a.out.Exposures = append(a.out.Exposures, a.exposuresOf(&a.t.Stores[i])...)
	}
	a.localization()
	a.transfers()
	a.ownership()
	a.counterparties()
	a.obligations()
	a.conflicts()
	a.ratings()
	a.unresearched()
	// 9. "Stores that hold data on the date but declare no dataset", in
	// topology order.
	for i := range a.t.Stores {
		if s := &a.t.Stores[i]; a.active(s) && len(s.Datasets) == 0 {
			a.out.Undeclared = append(a.out.Undeclared, s.ID)
		}
	}
	a.finish()
	return &a.out
}

// refCompleteRegions returns a copy of t with its region stores completed
// as Store.Region says: the region's country gives an empty Location, and
// with no Operators the region's operator (and licensor, if the store
// names none) becomes an entity "catalog:<id>", with its owners.
func refCompleteRegions(cat *jurisdiction.Catalog, t *residency.Topology) *residency.Topology {
	out := *t
	out.Stores, out.Entities = slices.Clone(t.Stores), slices.Clone(t.Entities)
	var add func(id string) string
	add = func(id string) string {
		eid := residency.CatalogEntityPrefix + id
		if slices.ContainsFunc(out.Entities, func(e residency.Entity) bool { return e.ID == eid }) {
			return eid
		}
		op, _ := cat.Operator(id)
		e := residency.Entity{ID: eid, Name: op.Name, Jurisdiction: op.Jurisdiction, Headquarters: op.Headquarters, Licences: op.Licences}
		if op.Parent != "" {
			e.Owners = []residency.Ownership{{Parent: add(op.Parent), Share: op.Share, Control: op.Control}}
		}
		out.Entities = append(out.Entities, e)
		return eid
	}
	for i := range out.Stores {
		s := &out.Stores[i]
		if s.Region == "" {
			continue
		}
		r, ok := cat.Region(s.Region)
		if !ok {
			continue
		}
		if !s.Location.IsValid() {
			s.Location = r.Country
		}
		if len(s.Operators) == 0 {
			s.Operators = []residency.Tenure{{Entity: add(cat.RegionOperator(r))}}
			if r.Licensor != "" && s.Licensor == "" {
				s.Licensor = add(r.Licensor)
			}
		}
	}
	return &out
}

// refFind looks an item up by scanning; nil if there is none.
func refFind[T any](items []T, id string, idOf func(*T) string) *T {
	for i := range items {
		if idOf(&items[i]) == id {
			return &items[i]
		}
	}
	return nil
}

func (a *refAssessor) entity(id string) *residency.Entity {
	return refFind(a.t.Entities, id, func(x *residency.Entity) string { return x.ID })
}

func (a *refAssessor) store(id string) *residency.Store {
	return refFind(a.t.Stores, id, func(x *residency.Store) string { return x.ID })
}

func (a *refAssessor) dataset(id string) *residency.Dataset {
	return refFind(a.t.Datasets, id, func(x *residency.Dataset) string { return x.ID })
}

// refCodesOf returns where an entity belongs: "Laws that bind the entities
// of a jurisdiction bind it through either" its incorporation or its
// headquarters.
func refCodesOf(e *residency.Entity) []jurisdiction.Code {
	if e.Headquarters.IsValid() && e.Headquarters != e.Jurisdiction {
		return []jurisdiction.Code{e.Jurisdiction, e.Headquarters}
	}
	return []jurisdiction.Code{e.Jurisdiction}
}

// The facts in force on the as-of date.

// holding returns the entities whose tenures hold on the as-of date.
func (a *refAssessor) holding(ts []residency.Tenure) []*residency.Entity {
	var out []*residency.Entity
	for _, t := range ts {
		if t.Period.Contains(a.d) {
			out = append(out, a.entity(t.Entity))
		}
	}
	return out
}

// operator returns who ran store s on the as-of date, or nil: "Periods
// must not overlap".
func (a *refAssessor) operator(s *residency.Store) *residency.Entity {
	if ops := a.holding(s.Operators); len(ops) > 0 {
		return ops[0]
	}
	return nil
}

// active reports whether store s holds data on the as-of date.
// UNDOCUMENTED: a store nobody operates that day (a gap between operator
// tenures) holds nothing, as outside its Period: no exposure, no finding.
func (a *refAssessor) active(s *residency.Store) bool {
	return s.Period.Contains(a.d) && a.operator(s) != nil
}

func (a *refAssessor) keys(s *residency.Store) *residency.KeyCustody {
	for i := range s.Keys {
		if s.Keys[i].Period.Contains(a.d) {
			return &s.Keys[i]
		}
	}
	return nil
}

// operatorManagesKeys: "With no entry, or one whose holder is the
// operator, the operator manages the keys."
func (a *refAssessor) operatorManagesKeys(s *residency.Store) bool {
	k := a.keys(s)
	return k == nil || k.Holder == a.operator(s).ID
}

// flowActive reports whether flow f runs on the as-of date.
// UNDOCUMENTED: only while its Period holds and its destination and its
// source store, if any, are active.
func (a *refAssessor) flowActive(f *residency.Flow) bool {
	if to := a.store(f.To); !f.Period.Contains(a.d) || to == nil || !a.active(to) {
		return false
	}
	return f.From == "" || a.active(a.store(f.From))
}

// flowsInto returns the active flows into store s, administrative access
// (admin set) or the others.
func (a *refAssessor) flowsInto(s *residency.Store, admin bool) []*residency.Flow {
	var out []*residency.Flow
	for i := range a.t.Flows {
		f := &a.t.Flows[i]
		if f.To == s.ID && (f.Kind == residency.AdminAccess) == admin && a.flowActive(f) {
			out = append(out, f)
		}
	}
	return out
}

// carried returns the datasets flow f carries: "empty means every dataset
// the source store holds (for AdminAccess and Collection, the destination
// store)".
func (a *refAssessor) carried(f *residency.Flow) []string {
	if len(f.Datasets) > 0 {
		return f.Datasets
	}
	if f.Kind == residency.AdminAccess || f.Kind == residency.Collection {
		return a.store(f.To).Datasets
	}
	return a.store(f.From).Datasets
}

// arrivedBy returns the active inbound flows that carry dataset id into
// store s.
func (a *refAssessor) arrivedBy(s *residency.Store, id string) []*residency.Flow {
	var out []*residency.Flow
	for _, f := range a.flowsInto(s, false) {
		if slices.Contains(a.carried(f), id) {
			out = append(out, f)
		}
	}
	return out
}

// holders returns the active stores holding dataset id, in store order.
func (a *refAssessor) holders(id string) []*residency.Store {
	var out []*residency.Store
	for i := range a.t.Stores {
		if s := &a.t.Stores[i]; slices.Contains(s.Datasets, id) && a.active(s) {
			out = append(out, s)
		}
	}
	return out
}

// Scope.

// inside reports whether c lies in rule r's territory on the as-of date:
// "Territory lists where the rule treats data and entities as inside
// (countries or blocs, blocs expanded as of the assessment date)", with a
// subdivision inside when its country is, as Catalog.Within says.
func (a *refAssessor) inside(r jurisdiction.Rule, c jurisdiction.Code) bool {
	return slices.ContainsFunc(r.Area(), func(t jurisdiction.Code) bool { return a.cat.Within(c, t, a.d) })
}

func refHasClass(ds *residency.Dataset, broader jurisdiction.DataClass) bool {
	return slices.ContainsFunc(ds.Classes, func(c jurisdiction.DataClass) bool { return jurisdiction.Implies(c, broader) })
}

// refCount is a Subjects entry's count over the window from start (zero:
// everything held): "the entry with the latest Since on or before the
// window's start ..., and Count when there is none".
func refCount(s residency.Subjects, start jurisdiction.Date) int64 {
	n, since := s.Count, jurisdiction.Date{}
	for _, pc := range s.Counts {
		if !start.IsZero() && !pc.Since.After(start) && (since.IsZero() || pc.Since.After(since)) {
			n, since = pc.Count, pc.Since
		}
	}
	return n
}

// volume counts the subjects of ds in the places in accepts, over the
// window counting ends on the as-of date, with those of the controller's
// other datasets that alike accepts.
// UNDOCUMENTED for rules' MinSubjects (documented for mechanism limits):
// thresholds bind the controller, so its other datasets in scope count.
func (a *refAssessor) volume(ds *residency.Dataset, in func(jurisdiction.Code) bool, counting jurisdiction.Counting, alike func(*residency.Dataset) bool) int64 {
	start := counting.Start(a.d)
	var n int64
	for i := range a.t.Datasets {
		o := &a.t.Datasets[i]
		if o.ID != ds.ID && (ds.Controller == "" || o.Controller != ds.Controller || !alike(o)) {
			continue
		}
		for _, s := range o.Subjects {
			if in(s.Jurisdiction) {
				n += refCount(s, start)
			}
		}
	}
	return n
}

// inScope reports whether dataset ds falls under r's Scope by class, CII
// designation, controller tags and subject count; tiedTo checks the Basis.
func (a *refAssessor) inScope(r jurisdiction.Rule, ds *residency.Dataset) bool {
	ctrl := a.entity(ds.Controller)
	switch {
	case !r.Scope.CoversClasses(ds.Classes):
		return false
	case r.Scope.CII && (ctrl == nil || !slices.Contains(ctrl.CII, r.Jurisdiction)):
		return false
	case len(r.Scope.ControllerTags) > 0 && (ctrl == nil ||
		!slices.ContainsFunc(ctrl.Tags, func(tag string) bool { return slices.Contains(r.Scope.ControllerTags, tag) })):
		return false
	case r.Scope.MinSubjects > 0:
		return a.volume(ds, func(c jurisdiction.Code) bool { return a.inside(r, c) }, r.Scope.Counting,
			func(o *residency.Dataset) bool { return r.Scope.CoversClasses(o.Classes) }) >= r.Scope.MinSubjects
	}
	return true
}

func (a *refAssessor) hasSubjectsIn(r jurisdiction.Rule, ds *residency.Dataset) bool {
	return slices.ContainsFunc(ds.Subjects, func(s residency.Subjects) bool { return a.inside(r, s.Jurisdiction) })
}

// tiedTo reports whether r's Basis ties dataset ds, stored at loc, to r's
// territory.
func (a *refAssessor) tiedTo(r jurisdiction.Rule, ds *residency.Dataset, loc jurisdiction.Code) bool {
	switch r.Scope.Basis {
	case jurisdiction.SubjectsIn:
		return a.hasSubjectsIn(r, ds)
	case jurisdiction.StoredOrSubjectsIn:
		return a.inside(r, loc) || a.hasSubjectsIn(r, ds)
	case jurisdiction.ControllerIn:
		// UNDOCUMENTED: "an entity of the rule's jurisdiction" is one
		// incorporated or headquartered within Rule.Jurisdiction, not
		// its Territory: CA-BC's rules bind CA-BC's controllers.
		ctrl := a.entity(ds.Controller)
		return ctrl != nil && slices.ContainsFunc(refCodesOf(ctrl), func(c jurisdiction.Code) bool { return a.cat.Within(c, r.Jurisdiction, a.d) })
	}
	return a.inside(r, loc)
}

// mechanismOK reports whether a mechanism lets ds go to dest under rule r,
// received by recipient: one that satisfies r, is declared or Automatic,
// in force, covers dest, finds the recipient certified if it must and
// not excluded by a tag, is not OccasionalOnly, and whose limits hold.
// UNDOCUMENTED: all a topology shows is standing, so OccasionalOnly never
// serves, for collections and counterparties too.
//
// Issue 13: "A certification counts on the days its Period contains";
// ExcludedDestinations are not covered; ProcessorsOnly mechanisms do not
// cover provision; Encrypted ones need the receiving store end-to-end
// encrypted with a validated module and keys not the operator's, and never
// cover admin access; Requires lists assessments to declare with it.
func (a *refAssessor) mechanismOK(r jurisdiction.Rule, ds *residency.Dataset, declared []string, dest jurisdiction.Code, recipient *residency.Entity,
	store *residency.Store, kind residency.FlowKind) bool {
	certified := func(e *residency.Entity, id string) bool {
		return slices.Contains(e.Certifications, id) ||
			slices.ContainsFunc(e.Certified, func(c residency.Certification) bool { return c.Mechanism == id && c.Period.Contains(a.d) })
	}
	encrypted := kind != residency.AdminAccess && store != nil && store.Encryption.EndToEnd && store.Encryption.Validated && !a.operatorManagesKeys(store)
	for _, m := range a.mechs {
		switch {
		case !slices.Contains(m.Satisfies, r.ID), !slices.Contains(declared, m.ID) && !m.Automatic, !m.InForce(a.d):
		case len(m.Destinations) > 0 && !slices.ContainsFunc(m.Destinations, func(c jurisdiction.Code) bool { return a.cat.Within(dest, c, a.d) }):
		case slices.ContainsFunc(m.ExcludedDestinations, func(c jurisdiction.Code) bool { return a.cat.Within(dest, c, a.d) }):
		case m.ProcessorsOnly && kind == residency.Provision:
		case m.Encrypted && !encrypted:
		case slices.ContainsFunc(m.Requires, func(id string) bool { return !slices.Contains(declared, id) }):
		case m.CertifiedRecipient && (recipient == nil || !certified(recipient, m.ID)):
		case recipient != nil && slices.ContainsFunc(recipient.Tags, func(tag string) bool { return slices.Contains(m.ExcludedRecipientTags, tag) }):
		case m.OccasionalOnly, !a.withinLimits(m, ds):
		default:
			return true
		}
	}
	return false
}

// withinLimits applies m.LimitsOn(as-of date); subjects are counted in
// m's jurisdiction, "summed over the controller's datasets".
// UNDOCUMENTED: the datasets summed are the controller's personal ones of
// ds's sensitivity; ds itself always counts.
func (a *refAssessor) withinLimits(m jurisdiction.Mechanism, ds *residency.Dataset) bool {
	l, ctrl, sensitive := m.LimitsOn(a.d), a.entity(ds.Controller), refHasClass(ds, jurisdiction.SensitivePersonal)
	limit := l.MaxSubjects
	if sensitive {
		limit = l.MaxSensitiveSubjects
	}
	switch {
	case l.NotCII && ctrl != nil && slices.Contains(ctrl.CII, m.Jurisdiction), l.NoSensitive && sensitive:
		return false
	case limit > 0:
		return a.volume(ds, func(c jurisdiction.Code) bool { return a.cat.Within(c, m.Jurisdiction, a.d) }, l.Counting,
			func(o *residency.Dataset) bool {
				return refHasClass(o, jurisdiction.Personal) && refHasClass(o, jurisdiction.SensitivePersonal) == sensitive
			}) < limit
	}
	return true
}

// 1. Exposures.

// exposuresOf lists who reaches store s, if active: "through its location
// (territorial rules, or presumed territorial jurisdiction where the
// catalog has no rule), through its operator, custodians and key holder
// and every entity controlling them (personal-reach rules ...), through
// where keys are kept (territorial), and through administrative access
// (the accessor, personally, and its location, by access-reach rules)."
func (a *refAssessor) exposuresOf(s *residency.Store) []refFinding {
	if !a.active(s) {
		return nil
	}
	base := "store/" + refEsc(s.ID)
	xs := a.territorial(s, s.Location, false, a.operator(s), "location", base)
	xs = append(xs, a.personal(s, a.operator(s), "operator", base+"/operator")...)
	for _, c := range a.holding(s.Custodians) {
		xs = append(xs, a.personal(s, c, "custodian", base+"/custodian")...)
	}
	opKeys := a.operatorManagesKeys(s)
	if k := a.keys(s); k != nil {
		if !opKeys {
			xs = append(xs, a.personal(s, a.entity(k.Holder), "key holder", base+"/keys")...)
		}
		// UNDOCUMENTED: where the keys are kept is a link only if they
		// are not operator-managed or are kept outside the store's
		// location.
		if !opKeys || k.Location != s.Location {
			xs = append(xs, a.territorial(s, k.Location, false, a.entity(k.Holder), "key location", base+"/keys/location/"+k.Location.String())...)
		}
	}
	for _, f := range a.flowsInto(s, true) {
		fp := base + "/flow/" + refEsc(f.ID)
		xs = append(xs, a.personal(s, a.entity(f.Accessor), "admin access", fp+"/accessor")...)
		xs = append(xs, a.territorial(s, f.AccessorLocation, true, a.entity(f.Accessor), "admin location", fp+"/location/"+f.AccessorLocation.String())...)
	}
	// "Reach is readable if the keys are operator-managed or the
	// government reaches the key holder or the key location."
	// UNDOCUMENTED: and it reaches the data by a link other than the keys.
	for i := range xs {
		data, keys := false, false
		for _, y := range xs {
			if y.Gov == xs[i].Gov {
				keys = keys || strings.HasPrefix(y.Link, "key")
				data = data || !strings.HasPrefix(y.Link, "key")
			}
		}
		xs[i].ID, xs[i].Readable, xs[i].Datasets = "E:"+xs[i].Gov+"@"+xs[i].Path, data && (opKeys || keys), slices.Clone(s.Datasets)
	}
	return xs
}

// territorial returns the governments whose rules reach place c through
// their territory (or, with access, by access reach), by code, and the
// presumed reach of the place's own state when no rule of it does.
// UNDOCUMENTED: its own state is a government equal to c or c's country;
// others do not prevent the presumption; access is never presumed.
// DOC, NOT ENGINE: "every state can compel what is on its territory", so
// a subdivision's presumed government is its country, not itself.
// "Rules scoped to roles ... leave out an entity of another role": the
// party at the place is the operator, the key holder or the accessor.
func (a *refAssessor) territorial(s *residency.Store, c jurisdiction.Code, access bool, party *residency.Entity, via, path string) []refFinding {
	want := jurisdiction.TerritorialReach
	if access {
		want = jurisdiction.AccessReach
	}
	var xs []refFinding
	for _, r := range a.rules {
		if r.Kind != jurisdiction.CompelledAccess || r.Reach&want == 0 || !a.inside(r, c) || !refBinds(r, party) {
			continue
		}
		if k := slices.IndexFunc(xs, func(x refFinding) bool { return x.Gov == r.Jurisdiction.String() }); k >= 0 {
			xs[k].Rules = append(xs[k].Rules, r.ID)
		} else {
			xs = append(xs, refFinding{Gov: r.Jurisdiction.String(), Store: s.ID, Link: via, Path: path, Rules: []string{r.ID}})
		}
	}
	slices.SortFunc(xs, refByGov)
	if !access && !slices.ContainsFunc(xs, func(x refFinding) bool { return x.Gov == c.String() || x.Gov == c.Country().String() }) {
		xs = append(xs, refFinding{Gov: c.Country().String(), Store: s.ID, Link: via, Path: path, Presumed: true})
	}
	return xs
}

// controlChains returns the ID chains from e up to each entity controlling
// it on the as-of date ("a holding over 50% or a holding marked Control,
// followed up the chain"), e itself first.
// UNDOCUMENTED: nearest first, then in depth-first order of Owners.
func (a *refAssessor) controlChains(e *residency.Entity) [][]string {
	out := [][]string{{e.ID}}
	var walk func(x *residency.Entity, chain []string)
	walk = func(x *residency.Entity, chain []string) {
		for _, o := range x.Owners {
			if p := a.entity(o.Parent); p != nil && (o.Control || o.Share > 50) && o.Period.Contains(a.d) {
				up := append(slices.Clone(chain), p.ID)
				out = append(out, up)
				walk(p, up)
			}
		}
	}
	walk(e, []string{e.ID})
	slices.SortStableFunc(out, func(x, y []string) int { return len(x) - len(y) })
	return out
}

// personal returns, by code, the governments whose personal-reach rules
// reach "an entity of the jurisdiction (incorporated or headquartered
// there) or ... an entity such a one controls": e or a controller.
// UNDOCUMENTED: one exposure per government, with all its rules, through
// the first chain (incorporation before headquarters) that one reaches;
// the path adds "/" and the chain joined by "/parent/", the party is its
// last entity, and the link "<via> parent" when that is not e.
func (a *refAssessor) personal(s *residency.Store, e *residency.Entity, via, path string) []refFinding {
	var xs []refFinding
	for _, chain := range a.controlChains(e) {
		for _, c := range refCodesOf(a.entity(chain[len(chain)-1])) {
			for _, r := range a.rules {
				if r.Kind != jurisdiction.CompelledAccess || r.Reach&jurisdiction.PersonalReach == 0 || !a.inside(r, c) || !refBinds(r, e) {
					continue
				}
				k := slices.IndexFunc(xs, func(x refFinding) bool { return x.Gov == r.Jurisdiction.String() })
				if k < 0 {
					x := refFinding{Gov: r.Jurisdiction.String(), Store: s.ID, Link: via, Party: chain[len(chain)-1],
						Path: path + "/" + refChain(chain)}
					if len(chain) > 1 {
						x.Link += " parent"
					}
					xs, k = append(xs, x), len(xs)
				}
				if !slices.Contains(xs[k].Rules, r.ID) {
					xs[k].Rules = append(xs[k].Rules, r.ID)
				}
			}
		}
	}
	for i := range xs {
		slices.Sort(xs[i].Rules)
	}
	slices.SortFunc(xs, refByGov)
	return xs
}

// refBinds reports whether rule r binds entity e by role: "the zero
// value, unknown, is bound by all of them"; a carrier is also a service
// provider.
func refBinds(r jurisdiction.Rule, e *residency.Entity) bool {
	if len(r.Scope.Roles) == 0 || e == nil || e.Role == jurisdiction.UnknownRole {
		return true
	}
	return slices.Contains(r.Scope.Roles, e.Role) || e.Role == jurisdiction.Carrier && slices.Contains(r.Scope.Roles, jurisdiction.ServiceProvider)
}

// refByGov orders findings by government code.
func refByGov(x, y refFinding) int {
	return jurisdiction.MustParseCode(x.Gov).Compare(jurisdiction.MustParseCode(y.Gov))
}

func (a *refAssessor) rulesOf(k jurisdiction.Kind) []jurisdiction.Rule {
	var out []jurisdiction.Rule
	for _, r := range a.rules {
		if r.Kind == k {
			out = append(out, r)
		}
	}
	return out
}

// refRuleText is a rule as findings name it, for comparison.
func refRuleText(r jurisdiction.Rule) string {
	return fmt.Sprint(r.ID, "|", r.Jurisdiction, "|", r.Kind, "|", r.Citation.String(), "|", r.Title, "|", r.Verified)
}

// violate records a violation of r with ID "V:" + rule ID + "@" + path.
// DECIDED: one finding per ID: breaking a rule twice at one path (both
// the licence and the cap of an ownership rule) is one violation.
func (a *refAssessor) violate(r jurisdiction.Rule, v refFinding) {
	v.ID, v.Rule = "V:"+r.ID+"@"+v.Path, refRuleText(r)
	if !slices.ContainsFunc(a.out.Violations, func(x refFinding) bool { return x.ID == v.ID }) {
		a.out.Violations = append(a.out.Violations, v)
	}
}

// 2. Localization: "data in scope needs a copy inside the territory, and
// each copy outside needs an inbound flow relying on a mechanism that
// satisfies the rule"; in scope, that is, and tied there by its Basis.
// UNDOCUMENTED: one of the inbound flows carrying it suffices; a copy none
// carries relies on its store's Mechanisms. The recipient is the store's
// operator, the destination its location.
func (a *refAssessor) localization() {
	for _, r := range a.rulesOf(jurisdiction.Localization) {
		for i := range a.t.Datasets {
			ds := &a.t.Datasets[i]
			if !a.inScope(r, ds) {
				continue
			}
			holders := a.holders(ds.ID)
			if !slices.ContainsFunc(holders, func(s *residency.Store) bool { return a.tiedTo(r, ds, s.Location) }) {
				continue
			}
			if !slices.ContainsFunc(holders, func(s *residency.Store) bool { return a.inside(r, s.Location) }) {
				a.violate(r, refFinding{Dataset: ds.ID, Path: "dataset/" + refEsc(ds.ID)})
			}
			for _, s := range holders {
				if a.inside(r, s.Location) {
					continue
				}
				ok, flows := false, a.arrivedBy(s, ds.ID)
				for _, f := range flows {
					ok = ok || a.mechanismOK(r, ds, f.Mechanisms, s.Location, a.operator(s), s, f.Kind)
				}
				if len(flows) == 0 {
					ok = a.mechanismOK(r, ds, s.Mechanisms, s.Location, a.operator(s), s, 0)
				}
				if !ok {
					a.violate(r, refFinding{Dataset: ds.ID, Store: s.ID, Path: "dataset/" + refEsc(ds.ID) + "/store/" + refEsc(s.ID)})
				}
			}
		}
	}
}

// refLeg is one movement of one dataset: a declared flow, or an
// undeclared collection (flow nil).
type refLeg struct {
	flow       *residency.Flow
	ds         *residency.Dataset
	store      *residency.Store // where the data arrives, or is administered
	from, to   jurisdiction.Code
	recipient  *residency.Entity
	mechanisms []string
	collection bool
	controller *residency.Entity
}

// kind is the leg's flow kind, 0 for an undeclared collection.
func (l refLeg) kind() residency.FlowKind {
	if l.flow == nil {
		return 0
	}
	return l.flow.Kind
}

// legs returns the movements of data on the as-of date: a replication or
// backup from its source's location to its destination's, received by
// that store's operator; admin access from the store's location to the
// accessor's, received by the accessor; a collection, declared or not (a
// dataset no active inbound flow carries), "sent there by the controller
// from its home jurisdiction", relying on the store's Mechanisms if
// undeclared.
// UNDOCUMENTED: home is the controller's incorporation; no controller,
// no collection.
// DOC, NOT ENGINE: a flow naming no datasets carries its source's only
// (the engine: all of the destination's), so a dataset its source lacks
// arrived by undeclared collection.
func (a *refAssessor) legs() []refLeg {
	var legs []refLeg
	// "A collection starts where the data is: with the subjects, in each
	// of their jurisdictions (or, with none declared, at the controller's
	// home)"; one leg per origin, transfers() keeps the first finding.
	collected := func(s *residency.Store, ds *residency.Dataset, f *residency.Flow, mechanisms []string) {
		ctrl := a.entity(ds.Controller)
		if ctrl == nil {
			return
		}
		origins := []jurisdiction.Code{ctrl.Jurisdiction}
		if len(ds.Subjects) > 0 {
			origins = nil
			for _, sub := range ds.Subjects {
				if !slices.Contains(origins, sub.Jurisdiction) {
					origins = append(origins, sub.Jurisdiction)
				}
			}
		}
		for _, o := range origins {
			legs = append(legs, refLeg{flow: f, ds: ds, store: s, from: o, to: s.Location, recipient: a.operator(s), mechanisms: mechanisms, collection: true, controller: ctrl})
		}
	}
	for i := range a.t.Flows {
		f := &a.t.Flows[i]
		if !a.flowActive(f) {
			continue
		}
		s := a.store(f.To)
		for _, id := range a.carried(f) {
			ds := a.dataset(id)
			switch f.Kind {
			case residency.AdminAccess:
				legs = append(legs, refLeg{f, ds, s, s.Location, f.AccessorLocation, a.entity(f.Accessor), f.Mechanisms, false, nil})
			case residency.Collection:
				collected(s, ds, f, f.Mechanisms)
			default:
				legs = append(legs, refLeg{f, ds, s, a.store(f.From).Location, s.Location, a.operator(s), f.Mechanisms, false, nil})
			}
		}
	}
	for i := range a.t.Stores {
		s := &a.t.Stores[i]
		for _, id := range s.Datasets {
			if a.active(s) && len(a.arrivedBy(s, id)) == 0 {
				collected(s, a.dataset(id), nil, s.Mechanisms)
			}
		}
	}
	return legs
}

// 3. Transfer restrictions: "every flow, and every undeclared collection
// of data into a store by its controller, that takes data in scope out of
// the territory (or onward between two outside countries, for rules tied
// to data subjects) needs a mechanism in force, covering the destination,
// with a certified recipient where required, and not a derogation for
// occasional transfers when the flow is standing."
// UNDOCUMENTED: a ControllerIn rule binds its controllers only, and a
// SubjectsIn rule data with subjects in its territory only.
// "It is a transfer under a rule only when the controller ... is inside
// the rule's territory"; "one finding per rule and collection".
func (a *refAssessor) transfers() {
	type once struct {
		rule, ds, store string
		flow            *residency.Flow
	}
	done := map[once]bool{}
	for _, l := range a.legs() {
		for _, r := range a.rulesOf(jurisdiction.TransferRestriction) {
			if l.collection && (!slices.ContainsFunc(refCodesOf(l.controller), func(c jurisdiction.Code) bool { return a.inside(r, c) }) ||
				done[once{r.ID, l.ds.ID, l.store.ID, l.flow}]) {
				continue
			}
			if a.inside(r, l.to) || !a.inScope(r, l.ds) || r.Scope.Basis == jurisdiction.ControllerIn && !a.tiedTo(r, l.ds, l.from) {
				continue
			}
			subjects := (r.Scope.Basis == jurisdiction.SubjectsIn || r.Scope.Basis == jurisdiction.StoredOrSubjectsIn) && a.hasSubjectsIn(r, l.ds)
			// DOC, NOT ENGINE: onward "between two outside countries",
			// so US-CA to US is not onward; the engine compares codes.
			onward := subjects && l.from.Country() != l.to.Country()
			if !a.inside(r, l.from) && !onward || r.Scope.Basis == jurisdiction.SubjectsIn && !subjects ||
				a.mechanismOK(r, l.ds, l.mechanisms, l.to, l.recipient, l.store, l.kind()) {
				continue
			}
			if l.collection {
				done[once{r.ID, l.ds.ID, l.store.ID, l.flow}] = true
			}
			v := refFinding{Dataset: l.ds.ID, Store: l.store.ID, Path: "dataset/" + refEsc(l.ds.ID) + "/store/" + refEsc(l.store.ID) + "/collection"}
			if l.flow != nil {
				v.Flow, v.Path = l.flow.ID, "dataset/"+refEsc(l.ds.ID)+"/flow/"+refEsc(l.flow.ID)
			}
			a.violate(r, v)
		}
	}
}

// 4. Ownership and licensing: "the operator and custodians of a store in
// the territory must hold the licence and stay under the foreign equity
// cap, looking through domestic holders."
func (a *refAssessor) ownership() {
	for _, r := range a.rulesOf(jurisdiction.OwnershipLicensing) {
		for i := range a.t.Stores {
			s := &a.t.Stores[i]
			if !a.active(s) || !a.inside(r, s.Location) {
				continue
			}
			check := func(e *residency.Entity, role string) {
				if !refBinds(r, e) {
					return
				}
				noLicence := r.Licence != "" && !slices.Contains(e.Licences, r.Licence)
				if noLicence || r.MaxForeignShare > 0 && a.foreignShare(r, e) > r.MaxForeignShare+1e-9 {
					a.violate(r, refFinding{Store: s.ID, Entity: e.ID, Path: "store/" + refEsc(s.ID) + "/" + role + "/" + refEsc(e.ID)})
				}
			}
			check(a.operator(s), "operator")
			for _, c := range a.holding(s.Custodians) {
				check(c, "custodian")
			}
		}
	}
}

// foreignShare is the percentage of e held from outside r's territory,
// looking through domestic holders: 100 for an entity outside; for one
// inside, its holdings in force weighted by their holders' shares.
// UNDOCUMENTED: outside by incorporation; every holding counts.
func (a *refAssessor) foreignShare(r jurisdiction.Rule, e *residency.Entity) float64 {
	if !a.inside(r, e.Jurisdiction) {
		return 100
	}
	sum := 0.0
	for _, o := range e.Owners {
		if p := a.entity(o.Parent); p != nil && o.Period.Contains(a.d) {
			sum += o.Share * a.foreignShare(r, p) / 100
		}
	}
	return sum
}

// 5a. Prohibited counterparties: "data in scope may not be held by, or
// made available to, entities of [Rule.Counterparties] or entities they
// control" (as ControlShare says), unless a declared mechanism satisfies
// the rule.
// UNDOCUMENTED: the parties are an active store's operator, custodians
// and key holder (if keys are in custody, even the operator), relying on
// its Mechanisms, and admin accessors, on their flow's; the recipient is
// the party, the destination the store's location. The path is
// "dataset/<d>/store/<s>/" + "operator", "custodian", "keys" or
// "flow/<id>/accessor", "/" and the chain joined by "/parent/"; Entity its
// end.
func (a *refAssessor) counterparties() {
	type party struct {
		e          *residency.Entity
		link       string
		mechanisms []string
		from       jurisdiction.Code
	}
	for _, r := range a.rulesOf(jurisdiction.ProhibitedCounterparty) {
		for i := range a.t.Stores {
			s := &a.t.Stores[i]
			if !a.active(s) {
				continue
			}
			parties := []party{{a.operator(s), "operator", s.Mechanisms, jurisdiction.Code{}}}
			for _, c := range a.holding(s.Custodians) {
				parties = append(parties, party{c, "custodian", s.Mechanisms, jurisdiction.Code{}})
			}
			if k := a.keys(s); k != nil {
				parties = append(parties, party{a.entity(k.Holder), "keys", s.Mechanisms, jurisdiction.Code{}})
			}
			for _, f := range a.flowsInto(s, true) {
				parties = append(parties, party{a.entity(f.Accessor), "flow/" + refEsc(f.ID) + "/accessor", f.Mechanisms, f.AccessorLocation})
			}
			for _, id := range s.Datasets {
				ds := a.dataset(id)
				if !a.inScope(r, ds) || !a.tiedTo(r, ds, s.Location) {
					continue
				}
				for _, p := range parties {
					chain := a.coveredChain(r, p.e)
					// ForeignPersons: "an entity incorporated in the rule's
					// territory is never covered itself ... but access from
					// inside a listed jurisdiction is".
					if r.ForeignPersons && chain != nil && a.inside(r, p.e.Jurisdiction) {
						chain = nil
					}
					if r.ForeignPersons && chain == nil && p.from.IsValid() &&
						slices.ContainsFunc(r.Counterparties, func(l jurisdiction.Code) bool { return a.cat.Within(p.from, l, a.d) }) {
						chain = []string{p.e.ID}
					}
					if chain != nil && !a.mechanismOK(r, ds, p.mechanisms, s.Location, p.e, s, 0) {
						a.violate(r, refFinding{Dataset: id, Store: s.ID, Entity: chain[len(chain)-1],
							Path: "dataset/" + refEsc(id) + "/store/" + refEsc(s.ID) + "/" + p.link + "/" + refChain(chain)})
					}
				}
			}
		}
	}
}

// coveredChain returns the IDs from e to an entity of a listed
// jurisdiction if r covers e: e is one (by incorporation or
// headquarters), or covered holders in force hold ControlShare of it in
// aggregate (over 50% for 0), or one holding of theirs is Control.
// UNDOCUMENTED: the chain goes through the largest covered holding, the
// first on a tie.
func (a *refAssessor) coveredChain(r jurisdiction.Rule, e *residency.Entity) []string {
	for _, c := range refCodesOf(e) {
		if slices.ContainsFunc(r.Counterparties, func(l jurisdiction.Code) bool { return a.cat.Within(c, l, a.d) }) {
			return []string{e.ID}
		}
	}
	sum, control, best, bestShare := 0.0, false, []string(nil), -1.0
	for _, o := range e.Owners {
		p := a.entity(o.Parent)
		if p == nil || !o.Period.Contains(a.d) {
			continue
		}
		if up := a.coveredChain(r, p); up != nil {
			sum, control = sum+o.Share, control || o.Control
			if o.Share > bestShare {
				best, bestShare = up, o.Share
			}
		}
	}
	if control || r.ControlShare == 0 && sum > 50 || r.ControlShare > 0 && sum >= r.ControlShare-1e-9 {
		return append([]string{e.ID}, best...)
	}
	return nil
}

// 5b. Obligations: each Obligation rule that applies to a dataset, with
// the active stores where the rule's Basis ties it to the territory; ID
// "O:" + rule ID + "@dataset/" + dataset.
func (a *refAssessor) obligations() {
	for _, r := range a.rulesOf(jurisdiction.Obligation) {
		for i := range a.t.Datasets {
			ds := &a.t.Datasets[i]
			if !a.inScope(r, ds) {
				continue
			}
			var stores []string
			for _, s := range a.holders(ds.ID) {
				if a.tiedTo(r, ds, s.Location) {
					stores = append(stores, s.ID)
				}
			}
			if len(stores) > 0 {
				a.out.Obligations = append(a.out.Obligations, refFinding{ID: "O:" + r.ID + "@dataset/" + ds.ID, Rule: refRuleText(r),
					Dataset: ds.ID, Path: "dataset/" + refEsc(ds.ID), Datasets: stores})
			}
		}
	}
}

// 6. Conflicts: "for every store inside the territory of a blocking or
// localization rule that covers its data, every other government that
// reaches it other than through its location is a conflict, naming both
// sides' rules, the party and the path, and the relief each law offers."
// UNDOCUMENTED: a rule covers data in scope tied there by its Basis;
// presumed reach does not count; "other" is neither the rule's
// jurisdiction nor inside its territory (the engine tests the territory of
// the jurisdiction's first rule by ID); a rule an agreement in force
// between the two Lifts does not block; relief is "<ID>: <Relief>" of
// both sides' rules and the qualifying agreements between the two.
// DECIDED: one conflict per store, exposure path, compelling government
// and blocking jurisdiction: blocking rules united, datasets all involved.
//
// Issue 13: "The forbidding rules are blocking statutes, localization and
// transfer rules that bar providing data abroad (Rule.BarsDisclosure), and
// prohibited-counterparty rules. Inside a forbidding rule's territory
// every foreign government reaching the store other than through its
// location conflicts with it; a blocking statute tied to data subjects or
// controllers follows the party to stores outside its territory, where
// only the governments reaching the data through a party (not a place)
// conflict with it; a prohibited-counterparty rule conflicts, wherever the
// data is, with the governments it names when they reach the data through
// a party."
func (a *refAssessor) conflicts() {
	forbidding := func(b jurisdiction.Rule) bool {
		switch b.Kind {
		case jurisdiction.BlockingStatute, jurisdiction.ProhibitedCounterparty:
			return true
		case jurisdiction.Localization, jurisdiction.TransferRestriction:
			return b.BarsDisclosure
		}
		return false
	}
	place := func(link string) bool {
		return link == "location" || link == "key location" || link == "admin location"
	}
	forbids := func(b jurisdiction.Rule, s *residency.Store, x refFinding) bool {
		gov := jurisdiction.MustParseCode(x.Gov)
		switch {
		case a.inside(b, gov):
			return false
		case b.Kind == jurisdiction.ProhibitedCounterparty:
			return !place(x.Link) && slices.ContainsFunc(b.Counterparties, func(l jurisdiction.Code) bool { return a.cat.Within(gov, l, a.d) })
		case a.inside(b, s.Location):
			return true
		case b.Kind == jurisdiction.BlockingStatute && b.Scope.Basis != jurisdiction.StoredIn:
			return !place(x.Link)
		}
		return false
	}
	for i := range a.t.Stores {
		s := &a.t.Stores[i]
		for _, x := range a.exposuresOf(s) {
			if x.Link == "location" || x.Presumed {
				continue
			}
			var found []refFinding // this exposure's conflicts, one per blocking jurisdiction
			for _, id := range s.Datasets {
				for _, b := range a.rules {
					if !forbidding(b) || !a.inScope(b, a.dataset(id)) || !a.tiedTo(b, a.dataset(id), s.Location) ||
						x.Gov == b.Jurisdiction.String() || !forbids(b, s, x) || a.lifted(b, x.Gov) {
						continue
					}
					k := slices.IndexFunc(found, func(c refFinding) bool { return c.Block == b.Jurisdiction.String() })
					if k < 0 {
						found = append(found, refFinding{ID: "C:" + x.Gov + "/" + b.Jurisdiction.String() + "@" + x.Path,
							Gov: x.Gov, Block: b.Jurisdiction.String(), Store: s.ID, Party: x.Party, Link: x.Link,
							Path: x.Path, Readable: x.Readable, Rules: x.Rules, Relief: a.relief(x.Rules)})
						k = len(found) - 1
						for _, ag := range a.agreements {
							if ag.InForce(a.d) && ag.Binds(jurisdiction.MustParseCode(x.Gov), b.Jurisdiction) && ag.Qualifying {
								found[k].Relief = append(found[k].Relief, fmt.Sprintf("%s: %s is a qualifying foreign government for %s's comity rules under %s (%s)",
									ag.ID, b.Jurisdiction, x.Gov, ag.Name, ag.Citation))
							}
						}
					}
					c := &found[k]
					if !slices.Contains(c.Blocking, b.ID) {
						c.Blocking, c.Relief = append(c.Blocking, b.ID), append(c.Relief, a.relief([]string{b.ID})...)
					}
					if !slices.Contains(c.Datasets, id) {
						c.Datasets = append(c.Datasets, id)
					}
				}
			}
			for _, c := range found { // compared as sets
				c.Blocking, c.Datasets, c.Relief = refSortedSet(c.Blocking), refSortedSet(c.Datasets), refSortedSet(c.Relief)
				a.out.Conflicts = append(a.out.Conflicts, c)
			}
		}
	}
}

// relief returns "<ID>: <Relief>" for each of the rules that offers some.
func (a *refAssessor) relief(ids []string) []string {
	var out []string
	for _, id := range ids {
		if r, _ := a.cat.Rule(id); r.Relief != "" {
			out = append(out, r.ID+": "+r.Relief)
		}
	}
	return out
}

// lifted reports whether an agreement in force between the compelling
// government and blocking rule b's jurisdiction lifts b.
func (a *refAssessor) lifted(b jurisdiction.Rule, compel string) bool {
	return slices.ContainsFunc(a.agreements, func(ag jurisdiction.Agreement) bool {
		return ag.InForce(a.d) && ag.Binds(jurisdiction.MustParseCode(compel), b.Jurisdiction) && slices.Contains(ag.Lifts, b.ID)
	})
}

// 7. Ratings: "each dataset is rated with package hexad from the
// exposures of the stores holding it and the catalog's access profiles;
// the topology's rating takes each element's lowest score." A regime per
// government, with the answers its profile gives on the date, foreign
// unless it is the consumer's or both are in the EEA (or the EU); a link
// per exposure: key links are KeyLinks, the rest DataLinks if readable,
// CiphertextLinks if not, Location if via location; links to keys the
// dataset's controller holds, through itself or where it is, are left
// out; regimes cooperate under an Assistance agreement in force, the
// first by ID; Places counts distinct regions (a store with none is a
// place of its own); engineering is declared when any entity has
// assurances or any store a filtered border, and then each copy gives
// its operator's and licensor's assurances and, if filtered from the
// consumer, its path.
func (a *refAssessor) ratings() {
	level := map[jurisdiction.Answer]hexad.Level{jurisdiction.Yes: hexad.Yes, jurisdiction.Partly: hexad.Partly, jurisdiction.No: hexad.No}
	recourse := func(g jurisdiction.Code) string {
		for _, b := range []string{"EEA", "EU"} {
			if bloc, ok := a.cat.Bloc(jurisdiction.MustParseCode(b)); ok && g.IsValid() && a.consumer.IsValid() && bloc.Contains(g, a.d) && bloc.Contains(a.consumer, a.d) {
				return b
			}
		}
		return ""
	}
	declared := slices.ContainsFunc(a.t.Entities, func(e residency.Entity) bool { return len(e.Assurances) > 0 }) ||
		slices.ContainsFunc(a.t.Stores, func(s residency.Store) bool { return len(s.FilteredFrom) > 0 })
	var ratings []hexad.Rating
	for i := range a.t.Datasets {
		ds := &a.t.Datasets[i]
		f := hexad.Facts{Subject: "dataset " + ds.ID, Consumer: a.consumer.String(),
			Public: refHasClass(ds, jurisdiction.PublicContent)}
		f.Engineering.Declared = declared
		places := map[string]bool{}
		for _, s := range a.holders(ds.ID) {
			f.Copies++
			if s.Region != "" {
				places["r"+s.Region] = true
			} else {
				places["s"+s.ID] = true
			}
			if declared {
				as := hexad.Assurance{Store: "store/" + refEsc(s.ID), Operator: a.operator(s).ID, Standards: a.operator(s).Assurances}
				if s.Licensor != "" {
					as.Licensor, as.LicensorStandards = s.Licensor, a.entity(s.Licensor).Assurances
				}
				f.Engineering.Assurances = append(f.Engineering.Assurances, as)
				if slices.Contains(s.FilteredFrom, a.consumer) && a.consumer.IsValid() {
					f.Engineering.Filtered = append(f.Engineering.Filtered, "store/"+refEsc(s.ID))
				}
			}
			k := a.keys(s)
			own := k != nil && ds.Controller != "" && k.Holder == ds.Controller
			for _, x := range a.exposuresOf(s) {
				if own && (strings.HasPrefix(x.Link, "key holder") ||
					x.Link == "key location" && (x.Gov == a.entity(k.Holder).Jurisdiction.String() || x.Gov == a.entity(k.Holder).Headquarters.String())) {
					continue
				}
				k := slices.IndexFunc(f.Regimes, func(g hexad.Regime) bool { return g.Name == x.Gov })
				if k < 0 {
					g := jurisdiction.MustParseCode(x.Gov)
					p := a.cat.Profile(g).On(a.d)
					r := hexad.Regime{Name: x.Gov, Foreign: g != a.consumer, Default: p.Default,
						Judicial: level[p.JudicialAuthorisation.Answer], Transparency: level[p.Transparency.Answer],
						Assistance: level[p.CompelledAssistance.Answer], ContentControl: level[p.ContentControl.Answer],
						PublicTakedown: level[p.PublicTakedown.Answer]}
					if b := recourse(g); r.Foreign && b != "" {
						r.Foreign, r.Recourse = false, x.Gov+" and "+a.consumer.String()+" are both in the "+b+", under one data-protection law and its courts"
					}
					f.Regimes = append(f.Regimes, r)
					k = len(f.Regimes) - 1
				}
				kind := hexad.CiphertextLink
				if strings.HasPrefix(x.Link, "key") {
					kind = hexad.KeyLink
				} else if x.Readable {
					kind = hexad.DataLink
				}
				f.Regimes[k].Links = append(f.Regimes[k].Links, hexad.Link{Via: x.Link, Path: x.Path, Kind: kind,
					Location: x.Link == "location", Rules: x.Rules})
			}
		}
		f.Places = len(places)
		for k := range f.Regimes {
			for _, h := range f.Regimes {
				for _, ag := range a.agreements {
					if ag.Assistance && ag.InForce(a.d) && ag.Binds(jurisdiction.MustParseCode(f.Regimes[k].Name), jurisdiction.MustParseCode(h.Name)) {
						f.Regimes[k].Cooperates = append(f.Regimes[k].Cooperates, hexad.Cooperation{With: h.Name, Basis: ag.ID})
						break
					}
				}
			}
		}
		ratings = append(ratings, hexad.Rate(f))
		a.out.Ratings = append(a.out.Ratings, ds.ID+" = "+refRatingText(ratings[i]))
	}
	top := hexad.Rating{Subject: a.t.Name, Consumer: a.consumer.String()}
	if top.Subject == "" {
		top.Subject = "topology"
	}
	for k, e := range hexad.Elements() {
		top.Elements[k].Element = e
		for _, r := range ratings {
			if s := r.Score(e); s.IsValid() && (!top.Elements[k].Score.IsValid() || s < top.Elements[k].Score) {
				top.Elements[k].Score = s
			}
		}
	}
	for _, r := range ratings {
		top.Defaults = append(top.Defaults, r.Defaults...)
	}
	top.Defaults = refSortedSet(top.Defaults)
	a.out.Ratings = append(a.out.Ratings, "topology = "+refRatingText(top))
}

// 8. Research gaps: "the jurisdictions the topology touches whose law the
// catalog did not research" (Catalog.Researched; a subdivision by its
// country; bloc codes skipped): for each active store, its location, its
// keys' location, its admin-access locations, and where its operator,
// custodians, key holder and accessors and their controllers are
// incorporated or headquartered; for each dataset, its subjects'
// jurisdictions and its controller's (and controllers'); a store's
// datasets are touched with it. Sorted by code, stores and datasets in
// topology order.
func (a *refAssessor) unresearched() {
	researched := func(c jurisdiction.Code) bool {
		return !c.IsValid() || c.IsGroup() || a.cat.Researched(c) || c.IsSubdivision() && a.cat.Researched(c.Country())
	}
	type gap struct{ stores, datasets map[string]bool }
	gaps := map[jurisdiction.Code]*gap{}
	touch := func(c jurisdiction.Code, store, ds string) {
		if researched(c) {
			return
		}
		g := gaps[c]
		if g == nil {
			g = &gap{map[string]bool{}, map[string]bool{}}
			gaps[c] = g
		}
		if store != "" {
			g.stores[store] = true
		}
		if ds != "" {
			g.datasets[ds] = true
		}
	}
	// where returns the codes of e and of every entity controlling it.
	var where func(e *residency.Entity, seen map[string]bool) []jurisdiction.Code
	where = func(e *residency.Entity, seen map[string]bool) []jurisdiction.Code {
		if e == nil || seen[e.ID] {
			return nil
		}
		seen[e.ID] = true
		out := refCodesOf(e)
		for _, chain := range a.controlChains(e) {
			for _, id := range chain {
				out = append(out, refCodesOf(a.entity(id))...)
			}
		}
		return out
	}
	for i := range a.t.Stores {
		s := &a.t.Stores[i]
		if !a.active(s) {
			continue
		}
		var codes []jurisdiction.Code
		codes = append(codes, s.Location)
		if k := a.keys(s); k != nil {
			codes = append(codes, k.Location)
			codes = append(codes, where(a.entity(k.Holder), map[string]bool{})...)
		}
		codes = append(codes, where(a.operator(s), map[string]bool{})...)
		for _, c := range a.holding(s.Custodians) {
			codes = append(codes, where(c, map[string]bool{})...)
		}
		for _, f := range a.flowsInto(s, true) {
			codes = append(codes, f.AccessorLocation)
			codes = append(codes, where(a.entity(f.Accessor), map[string]bool{})...)
		}
		for _, c := range codes {
			touch(c, s.ID, "")
			for _, d := range s.Datasets {
				touch(c, "", d)
			}
		}
	}
	for i := range a.t.Datasets {
		ds := &a.t.Datasets[i]
		for _, sub := range ds.Subjects {
			touch(sub.Jurisdiction, "", ds.ID)
		}
		if ds.Controller != "" {
			for _, c := range where(a.entity(ds.Controller), map[string]bool{}) {
				touch(c, "", ds.ID)
			}
		}
	}
	codes := slices.Collect(maps.Keys(gaps))
	slices.SortFunc(codes, jurisdiction.Code.Compare)
	for _, c := range codes {
		var stores, datasets []string
		for _, s := range a.t.Stores {
			if gaps[c].stores[s.ID] {
				stores = append(stores, s.ID)
			}
		}
		for _, d := range a.t.Datasets {
			if gaps[c].datasets[d.ID] {
				datasets = append(datasets, d.ID)
			}
		}
		a.out.Unresearched = append(a.out.Unresearched, fmt.Sprintf("%s: stores=%v datasets=%v", c, stores, datasets))
	}
}

// finish attaches waivers in force ("until Expires (exclusive)";
// UNDOCUMENTED: the last of several) and sorts: "Violations by rule ID,
// then path; Conflicts by store, path, compelling then blocking
// jurisdiction; Exposures by store, government, path; Obligations by rule
// ID, then dataset."
func (a *refAssessor) finish() {
	o := &a.out
	for _, fs := range [][]refFinding{o.Violations, o.Conflicts, o.Exposures, o.Obligations} {
		for i := range fs {
			for _, w := range a.t.Waivers {
				if w.Finding == fs[i].ID && a.d.Before(w.Expires) {
					fs[i].Waiver = refWaiverText(&w)
				}
			}
		}
	}
	rule := func(f refFinding) string { id, _, _ := strings.Cut(f.Rule, "|"); return id }
	slices.SortStableFunc(o.Violations, func(x, y refFinding) int {
		return refCmp(strings.Compare(rule(x), rule(y)), strings.Compare(x.Path, y.Path))
	})
	slices.SortStableFunc(o.Conflicts, func(x, y refFinding) int {
		return refCmp(strings.Compare(x.Store, y.Store), strings.Compare(x.Path, y.Path), refByGov(x, y),
			jurisdiction.MustParseCode(x.Block).Compare(jurisdiction.MustParseCode(y.Block)))
	})
	slices.SortStableFunc(o.Exposures, func(x, y refFinding) int {
		return refCmp(strings.Compare(x.Store, y.Store), refByGov(x, y), strings.Compare(x.Path, y.Path))
	})
	slices.SortStableFunc(o.Obligations, func(x, y refFinding) int {
		return refCmp(strings.Compare(rule(x), rule(y)), strings.Compare(x.Dataset, y.Dataset))
	})
}

// refEsc writes an ID as paths do: "~" as "~0" and "/" as "~1", so that
// IDs holding slashes cannot make two paths alike.
func refEsc(id string) string { return strings.NewReplacer("~", "~0", "/", "~1").Replace(id) }

// refChain writes a chain of entity IDs as paths do, joined by "/parent/".
func refChain(chain []string) string {
	out := make([]string, len(chain))
	for i, id := range chain {
		out[i] = refEsc(id)
	}
	return strings.Join(out, "/parent/")
}
