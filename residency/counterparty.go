package residency

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// counterparties applies ProhibitedCounterparty rules: data in scope tied
// to the territory may not be held, kept or administered by entities of the
// listed jurisdictions or entities they cover through ownership, unless a
// mechanism the store (or the administering flow) declares satisfies the
// rule (security requirements for a restricted transaction).
func (a *assessment) counterparties() {
	for _, r := range a.byKind[jurisdiction.ProhibitedCounterparty] {
		cov := a.coverage(r)
		var parties []party
		var chains [][]string
		for s := range a.t.Stores {
			if !a.active[s] {
				continue
			}
			// Which parties are covered depends on the rule and the
			// entity only: look it up before going through the datasets.
			parties, chains = a.parties(s, parties[:0]), chains[:0]
			covered := false
			for _, p := range parties {
				chain, ok := cov(p.idx)
				if r.ForeignPersons {
					chain, ok = a.foreignPerson(r, p, chain, ok)
				}
				chains = append(chains, chain)
				covered = covered || ok
			}
			if !covered {
				continue
			}
			for _, di := range a.ix.storeDS.at(s) {
				if !a.inScope(r, di) || !a.tiedTo(r, di, a.loc[s]) {
					continue
				}
				for k, p := range parties {
					if chains[k] != nil {
						a.counterparty(r, s, di, p, chains[k])
					}
				}
			}
		}
	}
}

// names reports whether c is within a jurisdiction that counterparty
// rule r names, on the as-of date.
func (a *assessment) names(r *activeRule, c code) bool {
	return slices.ContainsFunc(r.Counterparties, func(l code) bool { return a.e.cat.Within(c, l, a.d) })
}

// namesEntity reports whether entity i is incorporated or headquartered
// in a jurisdiction counterparty rule r names.
func (a *assessment) namesEntity(r *activeRule, i int) bool {
	return slices.ContainsFunc(a.codesOf[i], func(c code) bool { return a.names(r, c) })
}

// A party holds, keeps or administers a store's data.
type party struct {
	idx        int
	role       string
	path       Path // from the store to the party, with no chain
	mechanisms []string
	from       code // where an administrator acts from; zero for the others
}

// foreignPerson applies a ForeignPersons rule's reading of who is covered
// to party p, covered through chain (ok) by ownership: an entity
// incorporated inside the rule's territory is not covered itself, however
// owned (28 CFR 202.256's US subsidiary of a foreign parent), and an
// administrator acting from inside a listed jurisdiction is, whoever it
// is (individuals primarily resident there, 202.211(a)(4)).
func (a *assessment) foreignPerson(r *activeRule, p party, chain []string, ok bool) ([]string, bool) {
	if ok && r.contains(a.t.Entities[p.idx].Jurisdiction) {
		chain, ok = nil, false
	}
	if !ok && p.from.IsValid() && a.names(r, p.from) {
		return []string{a.t.Entities[p.idx].ID}, true
	}
	return chain, ok
}

// parties appends the parties of store s to ps: its operator, custodians,
// key holder and administrators.
func (a *assessment) parties(s int, ps []party) []party {
	st := &a.t.Stores[s]
	ps = append(ps, party{a.operator[s], "operator", Path{Store: st.ID, Link: LinkOperator}, st.Mechanisms, code{}})
	for _, c := range a.custody.at(s) {
		ps = append(ps, party{c, "custodian", Path{Store: st.ID, Link: LinkCustodian}, st.Mechanisms, code{}})
	}
	if a.keys[s] != nil {
		ps = append(ps, party{a.keyHold[s], "key holder", Path{Store: st.ID, Link: LinkKeyHolder}, st.Mechanisms, code{}})
	}
	for _, fi := range a.admin.at(s) {
		f := &a.t.Flows[fi]
		ps = append(ps, party{a.ix.accessor[fi], "admin accessor", Path{Store: st.ID, Flow: f.ID, Link: LinkAdminAccess}, f.Mechanisms, f.AccessorLocation})
	}
	return ps
}

// counterparty records a violation of r by party p of store s, covered
// through chain, holding dataset di, unless a mechanism p relies on
// satisfies r.
func (a *assessment) counterparty(r *activeRule, s, di int, p party, chain []string) {
	st := &a.t.Stores[s]
	m, why := a.mechanismFor(r, di, p.mechanisms, 0, st.Location, p.idx, s)
	if m != nil {
		return
	}
	id := a.t.Datasets[di].ID
	var reason string
	if r.ForeignPersons && len(chain) == 1 && p.from.IsValid() && !a.namesEntity(r, p.idx) {
		reason = fmt.Sprintf("%s %s of store %s acts from %s, inside a jurisdiction %s names: access by persons there is covered",
			p.role, a.entityName(chain[0]), st.ID, p.from, r.ID)
	} else {
		reason = fmt.Sprintf("%s %s of store %s is, or is covered through %s by, an entity of a jurisdiction %s names (%s)",
			p.role, a.entityName(chain[0]), st.ID, ownershipText(r), r.ID, a.entityName(chain[len(chain)-1]))
	}
	if len(why) > 0 {
		reason += " (" + strings.Join(why, "; ") + ")"
	}
	path := p.path
	path.Dataset, path.Chain = id, chain
	if len(chain) > 1 {
		path.Link = path.Link.parent()
	}
	a.violate(r, Violation{Dataset: id, Store: st.ID, Entity: chain[len(chain)-1], Path: path, Reason: reason})
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
// one through the largest covered holding (the first listed among equals).
// Each entity is decided once, without recursion, and remembers only the
// next entity of its chain.
func (a *assessment) coverage(r *activeRule) func(int) ([]string, bool) {
	// One entry per entity, reused from rule to rule.
	if a.covered == nil {
		a.covered = make([]coverResult, len(a.t.Entities))
	}
	clear(a.covered)
	memo := a.covered
	listed := func(i int) bool { return a.namesEntity(r, i) }
	// Listed entities are covered whoever holds them: their holders are
	// not looked at.
	holders := func(i int, yield func(p int)) {
		if listed(i) {
			return
		}
		ps := a.ix.owners.at(i)
		for k, o := range a.t.Entities[i].Owners {
			if ps[k] >= 0 && o.Period.Contains(a.d) {
				yield(ps[k])
			}
		}
	}
	visit := func(i int) {
		if listed(i) {
			memo[i] = coverResult{done: true, next: -1, ok: true}
			return
		}
		sum, best, bestShare, control := 0.0, -1, -1.0, false
		ps := a.ix.owners.at(i)
		for k, o := range a.t.Entities[i].Owners {
			if ps[k] < 0 || !o.Period.Contains(a.d) || !memo[ps[k]].ok {
				continue
			}
			sum += o.Share
			control = control || o.Control
			if o.Share > bestShare || (o.Control && best < 0) {
				best, bestShare = ps[k], o.Share
			}
		}
		hit := control || (r.ControlShare > 0 && sum >= r.ControlShare-1e-9) || (r.ControlShare == 0 && sum > 50)
		memo[i] = coverResult{done: true, next: best, ok: hit}
	}
	return func(i int) ([]string, bool) {
		postOrder(i, len(a.t.Entities), holders, func(k int) bool { return memo[k].done }, visit)
		res := memo[i]
		if !res.ok {
			return nil, false
		}
		if res.chain == nil {
			for k := i; k >= 0; k = memo[k].next {
				res.chain = append(res.chain, a.t.Entities[k].ID)
			}
			memo[i] = res
		}
		return res.chain, true
	}
}

// coverResult is whether an entity is covered by a counterparty rule.
type coverResult struct {
	done  bool
	next  int // the covered holder the chain goes on through; -1 for a listed entity
	ok    bool
	chain []string
}
