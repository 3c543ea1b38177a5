package residency

import (
	"fmt"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// ownership applies OwnershipLicensing rules to the operator and custodians
// of every active store in the territory: each must hold the rule's
// licence and stay under its foreign equity cap, looking through domestic
// holders. A rule scoped to roles binds only parties of those roles (or
// of unknown role). A party that breaks the rule both ways is one violation, with
// both reasons.
func (a *assessment) ownership() {
	for _, r := range a.byKind[jurisdiction.OwnershipLicensing] {
		for s := range a.t.Stores {
			if !a.active[s] || !r.contains(a.loc[s]) {
				continue
			}
			a.ownedBy(r, s, a.operator[s], LinkOperator)
			for _, c := range a.custody.at(s) {
				a.ownedBy(r, s, c, LinkCustodian)
			}
		}
	}
}

// ownedBy applies ownership rule r to entity ei, the operator or a
// custodian (link) of store s.
func (a *assessment) ownedBy(r *activeRule, s, ei int, link Link) {
	st := &a.t.Stores[s]
	x := &a.t.Entities[ei]
	if !x.Role.Binds(r.Scope.Roles) {
		return // a company running its own systems offers no licensed service
	}
	role := link.String()
	var why []string
	if r.Licence != "" && !contains(x.Licences, r.Licence) {
		why = append(why, fmt.Sprintf("%s %s provides store %s in %s without licence %s", role, a.entityName(x.ID), st.ID, st.Location, r.Licence))
	}
	if r.MaxForeignShare > 0 {
		if share := a.foreignShareOf(ei, r); share > r.MaxForeignShare+1e-9 {
			why = append(why, fmt.Sprintf("%s %s of store %s is %.4g%% foreign-owned; %s allows at most %.4g%%",
				role, a.entityName(x.ID), st.ID, share, r.ID, r.MaxForeignShare))
		}
	}
	if len(why) > 0 {
		a.violate(r, Violation{Store: st.ID, Entity: x.ID, Path: Path{Store: st.ID, Link: link, Chain: []string{x.ID}},
			Reason: strings.Join(why, "; ")})
	}
}

type foreignKey struct {
	r *activeRule
	i int
}

// foreignShareOf is the percentage of entity i's equity held, looking
// through domestic holders, by entities incorporated outside rule r's
// territory on the as-of date. An entity incorporated outside is itself
// 100% foreign. Results are memoised per rule and entity, and worked out
// without recursion.
func (a *assessment) foreignShareOf(i int, r *activeRule) float64 {
	foreign := func(k int) bool { return !r.contains(a.t.Entities[k].Jurisdiction) }
	share := func(k int) (float64, bool) {
		if foreign(k) {
			return 100, true
		}
		v, ok := a.foreignShare[foreignKey{r, k}]
		return v, ok
	}
	// The holdings looked through: those of domestic entities.
	holders := func(k int, yield func(p int)) {
		if foreign(k) {
			return
		}
		ps := a.ix.owners.at(k)
		for j, o := range a.t.Entities[k].Owners {
			if ps[j] >= 0 && o.Period.Contains(a.d) {
				yield(ps[j])
			}
		}
	}
	postOrder(i, len(a.t.Entities), holders, func(k int) bool { _, ok := share(k); return ok }, func(k int) {
		sum := 0.0
		ps := a.ix.owners.at(k)
		for j, o := range a.t.Entities[k].Owners {
			if ps[j] < 0 || !o.Period.Contains(a.d) {
				continue
			}
			v, _ := share(ps[j])
			sum += o.Share * v / 100
		}
		a.foreignShare[foreignKey{r, k}] = sum
	})
	v, _ := share(i)
	return v
}

// contains reports whether list has s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
