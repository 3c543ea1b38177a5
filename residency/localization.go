package residency

import (
	"fmt"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// localization applies Localization rules: data in scope must have a copy
// inside the territory, and a copy outside must have arrived through a
// flow relying on a mechanism that satisfies the rule (data with no
// inbound flow carrying it was collected straight into its store,
// relying on the store's own mechanisms).
func (a *assessment) localization() {
	for _, r := range a.byKind[jurisdiction.Localization] {
		for di := range a.t.Datasets {
			if a.inScope(r, di) {
				a.localize(r, di)
			}
		}
	}
}

// localize applies localization rule r to dataset di, which it covers.
func (a *assessment) localize(r *activeRule, di int) {
	ds := &a.t.Datasets[di]
	holders := a.holders.at(di)
	inside, tied := false, false
	for _, s := range holders {
		inside = inside || r.contains(a.loc[s])
		tied = tied || a.tiedTo(r, di, a.loc[s])
	}
	if len(holders) == 0 || !tied {
		return
	}
	if !inside {
		a.violate(r, Violation{Dataset: ds.ID, Path: Path{Dataset: ds.ID},
			Reason: fmt.Sprintf("no copy of dataset %s is stored in %s; %s requires it", ds.ID, r.territoryName(), r.ID)})
	}
	for _, s := range holders {
		if r.contains(a.loc[s]) {
			continue
		}
		ok, why := a.arrivedLawfully(r, di, s)
		if ok {
			continue
		}
		st := &a.t.Stores[s]
		reason := fmt.Sprintf("dataset %s is stored in %s, outside %s, with no inbound flow relying on a mechanism that satisfies %s",
			ds.ID, st.Location, r.territoryName(), r.ID)
		if len(why) > 0 {
			reason += " (" + strings.Join(why, "; ") + ")"
		}
		a.violate(r, Violation{Dataset: ds.ID, Store: st.ID, Path: Path{Dataset: ds.ID, Store: st.ID}, Reason: reason})
	}
}

// arrivedLawfully reports whether dataset di reached store s, outside
// rule r's territory, through an inbound flow relying on a mechanism that
// satisfies r, or, with no inbound flow carrying it, was collected there
// relying on one of the store's own mechanisms; if not, why the declared
// mechanisms failed.
func (a *assessment) arrivedLawfully(r *activeRule, di, s int) (bool, []string) {
	st := &a.t.Stores[s]
	var why []string
	arrived := false
	for _, fi := range a.inbound.at(s) {
		if !a.ix.carries(fi, di) {
			continue
		}
		arrived = true
		f := &a.t.Flows[fi]
		m, w := a.mechanismFor(r, di, f.Mechanisms, f.Kind, st.Location, a.operator[s], s)
		if m != nil {
			return true, nil
		}
		why = append(why, w...)
	}
	if !arrived {
		m, w := a.mechanismFor(r, di, st.Mechanisms, 0, st.Location, a.operator[s], s)
		return m != nil, w
	}
	return false, why
}
