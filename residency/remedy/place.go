package remedy

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// A Placement is one region a dataset could be stored in, as the law
// finds it there.
type Placement struct {
	Region   string            `json:"region"`
	Provider string            `json:"provider"`
	Country  jurisdiction.Code `json:"country"`
	// Operator is the region's legal operator, by name.
	Operator string `json:"operator"`
	// Violations and Conflicts are the IDs of the findings the placement
	// raises; Exposures counts the governments' reaches.
	Violations []string `json:"violations"`
	Conflicts  []string `json:"conflicts"`
	Exposures  int      `json:"exposures"`
	// Rating is the dataset's hexad rating there (0 for unrated), and
	// Unrated whether an element could not be rated for want of research.
	Rating  [hexad.NumElements]hexad.Score `json:"rating"`
	Unrated bool                           `json:"unrated,omitzero"`
	// NotResearched lists the jurisdictions the placement touches whose
	// law the catalog did not research (the controller's, the subjects',
	// the region's or its operator's): nothing was checked against it, so
	// no finding there is not "no restriction".
	NotResearched []jurisdiction.Code `json:"not_researched,omitempty"`
}

// Place stores dataset ds, whose controller is the entity controller
// (ds.Controller is set to its ID), in each of the catalog's regions open
// on asOf (of one provider with the Provider option) in turn, assesses
// each placement, and returns them best first: fewest violations and
// conflicts, then fewer jurisdictions whose law was not researched, then
// a fully rated placement before one with elements unrated for want of
// research, then the better rating (a higher sum of scores), then fewer
// exposures, then region ID. The
// regions are assessed by the same engine and law as a topology.
func Place(ds residency.Dataset, controller residency.Entity, asOf jurisdiction.Date, opts ...Option) ([]Placement, error) {
	s := build(opts)
	cat := s.eng.Catalog()
	ds.Controller = controller.ID
	var out []Placement
	for reg := range cat.Regions() {
		if reg.Opened.After(asOf) || (s.provider != "" && reg.Provider != s.provider) {
			continue
		}
		t := &residency.Topology{
			Name:     "placement in " + reg.ID(),
			Datasets: []residency.Dataset{ds},
			Entities: []residency.Entity{controller},
			Stores:   []residency.Store{{ID: "store", Region: reg.ID(), Datasets: []string{ds.ID}}},
		}
		rep, err := s.eng.Assess(t, asOf, s.assessOpts(residency.AllParts)...)
		if err != nil {
			return nil, err
		}
		p := Placement{Region: reg.ID(), Provider: reg.Provider, Country: reg.Country, Operator: operatorName(cat, reg),
			Violations: []string{}, Conflicts: []string{}, Exposures: len(rep.Exposures), Rating: rep.Rating.Scores()}
		for _, v := range rep.Violations {
			p.Violations = append(p.Violations, v.ID)
		}
		for _, c := range rep.Conflicts {
			p.Conflicts = append(p.Conflicts, c.ID)
		}
		for _, e := range rep.Rating.Elements {
			p.Unrated = p.Unrated || e.Unresearched
		}
		for _, u := range rep.Unresearched {
			p.NotResearched = append(p.NotResearched, u.Jurisdiction)
		}
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b Placement) int {
		return cmp.Or(
			cmp.Compare(len(a.Violations)+len(a.Conflicts), len(b.Violations)+len(b.Conflicts)),
			cmp.Compare(len(a.NotResearched), len(b.NotResearched)),
			cmp.Compare(boolInt(a.Unrated), boolInt(b.Unrated)),
			-cmp.Compare(scoreSum(a.Rating), scoreSum(b.Rating)),
			cmp.Compare(a.Exposures, b.Exposures),
			strings.Compare(a.Region, b.Region),
		)
	})
	return out, nil
}
