package residency

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// conflicts pairs, per store, each foreign government that can compel a
// party to produce the store's data with the rules of another
// jurisdiction that forbid it. The forbidding rules are blocking
// statutes, localization and transfer rules that bar providing data
// abroad (Rule.BarsDisclosure), and prohibited-counterparty rules.
// Inside a forbidding rule's territory every foreign government reaching
// the store other than through its location conflicts with it; a
// blocking statute tied to data subjects or controllers (GDPR Art. 48)
// follows the party to stores outside its territory, where only the
// governments reaching the data through a party (not a place) conflict
// with it; a prohibited-counterparty rule conflicts, wherever the data
// is, with the governments it names when they reach the data through a
// party. A store has one conflict per exposure (path and government) and
// forbidding jurisdiction; it lists every dataset some forbidding rule
// protects there, and the union of those rules.
func (a *assessment) conflicts() {
	var blockers []*activeRule
	for _, k := range []jurisdiction.Kind{jurisdiction.BlockingStatute, jurisdiction.ProhibitedCounterparty} {
		blockers = append(blockers, a.byKind[k]...)
	}
	for _, k := range []jurisdiction.Kind{jurisdiction.Localization, jurisdiction.TransferRestriction} {
		for _, r := range a.byKind[k] {
			if r.BarsDisclosure {
				blockers = append(blockers, r)
			}
		}
	}
	if len(blockers) == 0 {
		return
	}
	// By jurisdiction and then ID, so that the rules protecting a dataset,
	// filtered from these in order, come grouped by jurisdiction.
	slices.SortFunc(blockers, func(x, y *activeRule) int {
		return cmp.Or(x.Jurisdiction.Compare(y.Jurisdiction), strings.Compare(x.ID, y.ID))
	})
	var c conflictState
	for s := range a.t.Stores {
		if !a.active[s] {
			continue
		}
		c.here = c.here[:0]
		for _, b := range blockers {
			if b.contains(a.loc[s]) || b.followsParty() {
				c.here = append(c.here, b)
			}
		}
		if len(c.here) == 0 || !a.reachedFromAbroad(s) {
			continue
		}
		a.storeConflicts(s, &c)
	}
}

// followsParty reports whether forbidding rule r binds parties wherever
// they keep the data: a prohibited-counterparty rule, or a blocking
// statute tied to data subjects or controllers rather than to where the
// data is stored.
func (r *activeRule) followsParty() bool {
	return r.Kind == jurisdiction.ProhibitedCounterparty ||
		(r.Kind == jurisdiction.BlockingStatute && r.Scope.Basis != jurisdiction.StoredIn)
}

// forbids reports whether forbidding rule r, applying to data at a store
// in loc, forbids handing it to government gov reaching it through link
// via: gov is outside r's territory, and outside it only a party can be
// forbidden (not a place); a prohibited-counterparty rule forbids only
// the governments it names.
func (a *assessment) forbids(r *activeRule, loc, gov code, via Link) bool {
	switch {
	case r.contains(gov):
		return false
	case r.Kind == jurisdiction.ProhibitedCounterparty:
		return !via.IsPlace() && a.names(r, gov)
	case !r.contains(loc):
		return !via.IsPlace()
	}
	return true
}

// conflictState is the conflicts pass's scratch, reused across stores.
type conflictState struct {
	here    []*activeRule // the forbidding rules that may apply at the store
	canon   []int         // per exposure, the first with its path and government
	pending []pendingConflict
	keys    map[conflictKey]int // into pending
	bs      []*activeRule
	forbid  []*activeRule
}

type conflictKey struct {
	exposure int // canonical exposure index
	block    code
}

type pendingConflict struct {
	exposure int
	block    code
	rules    []*activeRule // the blocking rules not lifted, by ID
	datasets []string
}

// storeConflicts finds the conflicts of store s.
func (a *assessment) storeConflicts(s int, c *conflictState) {
	st := &a.t.Stores[s]
	xs := a.exposuresOf(s)
	if a.parts&(Ratings|Exposures) == 0 {
		// Nothing after the conflicts reads this store's exposures again:
		// let them go, so that a large topology's checks do not keep them
		// all.
		a.exposure[s] = nil
	}
	c.canon = canonicalExposures(xs, c.canon[:0])
	c.pending = c.pending[:0]
	if c.keys == nil {
		c.keys = map[conflictKey]int{}
	}
	clear(c.keys)
	for k, di := range a.ix.storeDS.at(s) {
		id := st.Datasets[k]
		// Blocking rules that protect this dataset here, by
		// jurisdiction and then ID as blockers are.
		c.bs = c.bs[:0]
		for _, b := range c.here {
			if a.inScope(b, di) && a.tiedTo(b, di, st.Location) {
				c.bs = append(c.bs, b)
			}
		}
		for rest := c.bs; len(rest) > 0; {
			bj := rest[0].Jurisdiction
			n := 1
			for n < len(rest) && rest[n].Jurisdiction == bj {
				n++
			}
			group := rest[:n]
			rest = rest[n:]
			for xi := range xs {
				x := &xs[xi]
				if x.Via == LinkLocation || x.Presumed || len(x.Rules) == 0 || x.Government == bj {
					continue
				}
				c.forbid = c.forbid[:0]
				for _, b := range group {
					if a.forbids(b, st.Location, x.Government, x.Via) {
						c.forbid = append(c.forbid, b)
					}
				}
				lifted := a.notLifted(c.forbid, x.Government, bj)
				if len(lifted) == 0 {
					continue
				}
				key := conflictKey{c.canon[xi], bj}
				p, ok := c.keys[key]
				if !ok {
					p = len(c.pending)
					c.keys[key] = p
					c.pending = append(c.pending, pendingConflict{exposure: c.canon[xi], block: bj})
				}
				pc := &c.pending[p]
				if n := len(pc.datasets); n == 0 || pc.datasets[n-1] != id {
					pc.datasets = append(pc.datasets, id)
				}
				if pc.rules == nil {
					pc.rules = slices.Clone(lifted)
				} else {
					pc.rules = unionByID(pc.rules, lifted)
				}
			}
		}
	}
	for _, pc := range c.pending {
		a.foundConflicts.add(a.conflict(st, &xs[pc.exposure], pc))
	}
}

// conflict builds the conflict of pending conflict pc at store st through
// exposure x.
func (a *assessment) conflict(st *Store, x *Exposure, pc pendingConflict) Conflict {
	c := Conflict{
		// Shared with the exposure: findings may share read-only slices
		// (see Report).
		Compelling: x.Rules, CompellingJurisdiction: x.Government,
		BlockingJurisdiction: pc.block, Store: st.ID, Datasets: pc.datasets,
		Party: x.Party, Link: x.Via, Path: x.Path, Readable: x.Readable,
	}
	for _, b := range pc.rules {
		c.Blocking = append(c.Blocking, b.ref)
	}
	who1, who2 := a.entityName(x.Party), ""
	if x.Party == "" {
		who1, who2 = "the party at ", x.Path.String()
	}
	cipher := ""
	if !x.Readable {
		cipher = "; the keys are out of its reach, so what can be produced is ciphertext"
	}
	what := " to hand to foreign authorities"
	if !slices.ContainsFunc(pc.rules, func(r *activeRule) bool { return r.Kind != jurisdiction.ProhibitedCounterparty }) {
		what = concat(" to make available to ", x.Government.String(), " or entities it controls")
	}
	c.Reason = concat(x.Government.String(), " can compel ", who1, who2, " (via ", x.Via.String(), ") to produce data of store ", st.ID,
		" in ", st.Location.String(), ", which ", ruleIDs(pc.rules), " forbid ", pc.block.String(), what, cipher)
	c.Relief = a.reliefOf(x.Rules, pc.rules)
	for _, ag := range a.agreementsBetween(x.Government, pc.block) {
		if ag.Qualifying {
			c.Relief = append(c.Relief, fmt.Sprintf("%s: %s is a qualifying foreign government for %s's comity rules under %s (%s)",
				ag.ID, pc.block, x.Government, ag.Name, ag.Citation))
		}
	}
	return c
}

// canonicalExposures appends to canon, for each exposure, the index of
// the first exposure with the same path and government: one conflict
// stands for both.
func canonicalExposures(xs []Exposure, canon []int) []int {
	if len(xs) <= 16 {
		for xi := range xs {
			c := xi
			for k := range xi {
				if xs[k].Government == xs[xi].Government && xs[k].Path.Equal(xs[xi].Path) {
					c = k
					break
				}
			}
			canon = append(canon, c)
		}
		return canon
	}
	first := make(map[string]int, len(xs))
	for xi := range xs {
		key := xs[xi].Government.String() + "@" + xs[xi].Path.String()
		if k, ok := first[key]; ok {
			canon = append(canon, k)
			continue
		}
		first[key] = xi
		canon = append(canon, xi)
	}
	return canon
}

// unionByID merges rules sorted by ID into rules sorted by ID.
func unionByID(rules, more []*activeRule) []*activeRule {
	for _, r := range more {
		i, found := slices.BinarySearchFunc(rules, r.ID, func(x *activeRule, id string) int { return strings.Compare(x.ID, id) })
		if !found {
			rules = slices.Insert(rules, i, r)
		}
	}
	return rules
}

// agreementsBetween returns the agreements in force binding x and y that
// bear on conflicts: they lift a blocking rule or make a qualifying
// foreign government.
func (a *assessment) agreementsBetween(x, y code) []jurisdiction.Agreement {
	var out []jurisdiction.Agreement
	for _, ag := range a.e.comity {
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
