package residency

import (
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

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
// every dataset a store holds with no inbound flow carrying it. A
// collection's origin is left to fn (see transfers). fn must not keep l.
func (a *assessment) eachLeg(fn func(l *leg, di int)) {
	var l leg
	// Declared flows, in topology order.
	for fi, s := range a.flowTo {
		if s < 0 {
			continue
		}
		f := &a.t.Flows[fi]
		switch {
		case f.Kind == AdminAccess:
			l = leg{flow: f, kind: AdminAccess, mechanisms: f.Mechanisms, store: s, from: a.loc[s], to: f.AccessorLocation,
				recipient: a.ix.accessor[fi]}
		default:
			l = leg{flow: f, kind: f.Kind, mechanisms: f.Mechanisms, store: s, to: a.loc[s], recipient: a.operator[s]}
			if f.Kind != Collection { // a collection's source is set per dataset
				l.from = a.loc[a.ix.flowFrom[fi]]
			}
		}
		for _, di := range a.ix.carried(fi) {
			fn(&l, di)
		}
	}
	// Undeclared collections: datasets no inbound flow carries (a flow
	// naming no datasets carries all its source holds). arrived[di] ==
	// s+1 marks dataset di as carried into store s.
	var arrived []int
	for s := range a.t.Stores {
		if !a.active[s] {
			continue
		}
		if len(a.inbound.at(s)) > 0 && arrived == nil {
			arrived = make([]int, len(a.t.Datasets))
		}
		for _, fi := range a.inbound.at(s) {
			for _, di := range a.ix.carried(fi) {
				arrived[di] = s + 1
			}
		}
		for _, di := range a.ix.storeDS.at(s) {
			if arrived == nil || arrived[di] != s+1 {
				l = leg{kind: 0, mechanisms: a.t.Stores[s].Mechanisms, store: s, to: a.loc[s], recipient: a.operator[s]}
				fn(&l, di)
			}
		}
	}
}

// transfers applies TransferRestriction rules to every leg: data in scope
// may leave the territory (or, for rules tied to data subjects, move
// onward between two countries outside it) only through a mechanism that
// satisfies the rule.
func (a *assessment) transfers() {
	rules := a.byKind[jurisdiction.TransferRestriction]
	if len(rules) == 0 {
		return
	}
	a.eachLeg(func(l *leg, di int) {
		if l.flow != nil && l.kind != Collection {
			for _, r := range rules {
				if a.transferBound(r, l, di, l.from) {
					a.transfer(r, l, di, l.from)
				}
			}
			return
		}
		// A collection starts where the data is: with the subjects, in
		// each of their jurisdictions (or, with none declared, at the
		// controller's home). It is a transfer under a rule only when the
		// controller, who sends the data to the store, is inside the
		// rule's territory: data collected abroad never passed through
		// the controller's country, and data a foreign controller
		// collects from subjects straight into its store is not exported
		// by anyone (EDPB Guidelines 05/2021, example 1). Without a
		// controller it is no transfer.
		ci := a.ix.controller[di]
		if ci < 0 {
			return
		}
		subs := a.t.Datasets[di].Subjects
		for _, r := range rules {
			if !slices.ContainsFunc(a.codesOf[ci], r.contains) {
				continue
			}
			if len(subs) == 0 {
				if from := a.t.Entities[ci].Jurisdiction; a.transferBound(r, l, di, from) {
					a.transfer(r, l, di, from)
				}
				continue
			}
			// Each jurisdiction of the subjects once, in the order listed;
			// one finding per rule and collection.
			for k := range subs {
				from := subs[k].Jurisdiction
				if !firstOf(subs, k) || !a.transferBound(r, l, di, from) {
					continue
				}
				a.transfer(r, l, di, from)
				break
			}
		}
	})
}

// firstOf reports whether subs[k] is the first entry of its jurisdiction.
func firstOf(subs []Subjects, k int) bool {
	for i := range k {
		if subs[i].Jurisdiction == subs[k].Jurisdiction {
			return false
		}
	}
	return true
}

// transferBound reports whether rule r governs leg l of dataset di from
// from: the data is in scope and leaves the territory, or is data of the
// territory's subjects moving between two outside countries.
func (a *assessment) transferBound(r *activeRule, l *leg, di int, from code) bool {
	if r.contains(l.to) || !a.inScope(r, di) {
		return false
	}
	if r.Scope.Basis == jurisdiction.ControllerIn && !a.tiedTo(r, di, from) {
		return false // the rule binds only its jurisdiction's controllers
	}
	subjects := (r.Scope.Basis == jurisdiction.SubjectsIn || r.Scope.Basis == jurisdiction.StoredOrSubjectsIn) && a.hasSubjectsIn(di, r)
	// A transfer leaves the territory; an onward transfer moves data of
	// the territory's subjects between two outside countries (not within
	// one: US-CA to US is no transfer).
	if !r.contains(from) && !(subjects && from.Country() != l.to.Country()) {
		return false
	}
	return r.Scope.Basis != jurisdiction.SubjectsIn || subjects
}

// transfer records a violation of r by leg l of dataset di unless a
// mechanism carries it.
func (a *assessment) transfer(r *activeRule, l *leg, di int, from code) {
	m, why := a.mechanismFor(r, di, l.mechanisms, l.kind, l.to, l.recipient, l.store)
	if m != nil {
		return
	}
	// Findings are built with one allocation each: estates produce them
	// by the million.
	ds := &a.t.Datasets[di]
	st := &a.t.Stores[l.store]
	tail := ""
	if len(why) > 0 {
		tail = " (" + strings.Join(why, "; ") + ")"
	}
	reason := func(s1, s2, s3, s4 string) string {
		return concat(s1, s2, s3, s4, " moves dataset ", ds.ID, " from ", from.String(), " to ", l.to.String(), ", outside ",
			r.territoryName(), ", without a mechanism that satisfies ", r.ID, tail)
	}
	v := Violation{Dataset: ds.ID, Store: st.ID}
	switch {
	case l.flow == nil:
		v.Path = Path{Dataset: ds.ID, Store: st.ID, Link: LinkCollection}
		v.Reason = reason("collection of dataset ", ds.ID, " into store ", st.ID)
	case l.kind == AdminAccess:
		v.Flow, v.Path = l.flow.ID, Path{Dataset: ds.ID, Flow: l.flow.ID}
		v.Reason = reason("admin access ", l.flow.ID, " to store ", st.ID)
	default:
		v.Flow, v.Path = l.flow.ID, Path{Dataset: ds.ID, Flow: l.flow.ID}
		v.Reason = reason("flow ", l.flow.ID, "", "")
	}
	a.violate(r, v)
}
