package residency

import (
	"fmt"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// obligations lists the Obligation rules that apply to each dataset: those
// covering it, tied to the territory by where one of its copies is held
// (or by the rule's other basis).
func (a *assessment) obligations() {
	for _, r := range a.byKind[jurisdiction.Obligation] {
		for di := range a.t.Datasets {
			if !a.inScope(r, di) {
				continue
			}
			var stores []string
			for _, s := range a.holders.at(di) {
				if a.tiedTo(r, di, a.loc[s]) {
					stores = append(stores, a.t.Stores[s].ID)
				}
			}
			if len(stores) == 0 {
				continue
			}
			ds := &a.t.Datasets[di]
			a.report.Obligations = append(a.report.Obligations, Obligation{Rule: r.ref, Dataset: ds.ID, Path: Path{Dataset: ds.ID}, Stores: stores,
				Reason: fmt.Sprintf("%s applies to dataset %s as held in %s", r.Citation, ds.ID, strings.Join(stores, ", "))})
		}
	}
}
