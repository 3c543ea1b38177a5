package residency

import (
	"fmt"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// validate runs the checks of Topology.Validate and those that need the
// catalog, and joins all problems. It returns the topology's ID index.
// Paths are formatted only for problems.
func (e *Engine) validate(t *Topology) (idMaps, error) {
	var v errs
	m := t.validate(&v)
	if t == nil || m.stores == nil { // nil, or over MaxItems
		return m, v.err()
	}
	unknown := func(c jurisdiction.Code) bool { return c.IsValid() && !e.cat.Known(c) }
	known := func(path string, c jurisdiction.Code) {
		v.add(path, fmt.Errorf("%w: %w: %s", ErrUnknown, jurisdiction.ErrUnknownCode, c))
	}
	for i := range t.Datasets {
		for k, s := range t.Datasets[i].Subjects {
			if unknown(s.Jurisdiction) {
				known(fmt.Sprintf("datasets[%d].subjects[%d].jurisdiction", i, k), s.Jurisdiction)
			}
		}
	}
	for i := range t.Entities {
		x := &t.Entities[i]
		if unknown(x.Jurisdiction) {
			known(fmt.Sprintf("entities[%d].jurisdiction", i), x.Jurisdiction)
		}
		if unknown(x.Headquarters) {
			known(fmt.Sprintf("entities[%d].headquarters", i), x.Headquarters)
		}
		for k, c := range x.CII {
			if unknown(c) {
				known(fmt.Sprintf("entities[%d].cii[%d]", i, k), c)
			}
		}
		for k, m := range x.Certifications {
			if _, ok := e.mechs[m]; !ok {
				v.add(fmt.Sprintf("entities[%d].certifications[%d]", i, k), fmt.Errorf("%w: mechanism %q", ErrUnknown, m))
			}
		}
		for k, c := range x.Certified {
			if _, ok := e.mechs[c.Mechanism]; !ok && c.Mechanism != "" {
				v.add(fmt.Sprintf("entities[%d].certified[%d].mechanism", i, k), fmt.Errorf("%w: mechanism %q", ErrUnknown, c.Mechanism))
			}
		}
	}
	for i := range t.Stores {
		s := &t.Stores[i]
		if strings.Contains(s.Region, ":") {
			r, ok := e.cat.Region(s.Region)
			switch {
			case !ok:
				v.add(fmt.Sprintf("stores[%d].region", i), fmt.Errorf("%w: %w", ErrUnknown, e.cat.UnknownRegion(s.Region)))
			case s.Location.IsValid() && s.Location != r.Country:
				v.add(fmt.Sprintf("stores[%d].location", i), fmt.Errorf("%w: location %s contradicts region %s in %s", ErrInvalid, s.Location, s.Region, r.Country))
			}
		}
		if unknown(s.Location) {
			known(fmt.Sprintf("stores[%d].location", i), s.Location)
		}
		if s.Location.IsGroup() {
			v.add(fmt.Sprintf("stores[%d].location", i), fmt.Errorf("%w: a store is in one country, not in bloc %s", ErrInvalid, s.Location))
		}
		for k, kc := range s.Keys {
			if unknown(kc.Location) {
				known(fmt.Sprintf("stores[%d].keys[%d].location", i, k), kc.Location)
			}
		}
		for k, m := range s.Mechanisms {
			if _, ok := e.mechs[m]; m != "" && !ok {
				v.add(fmt.Sprintf("stores[%d].mechanisms[%d]", i, k), fmt.Errorf("%w: mechanism %q", ErrUnknown, m))
			}
		}
	}
	for i := range t.Flows {
		f := &t.Flows[i]
		if unknown(f.AccessorLocation) {
			known(fmt.Sprintf("flows[%d].accessor_location", i), f.AccessorLocation)
		}
		for k, m := range f.Mechanisms {
			if _, ok := e.mechs[m]; m != "" && !ok {
				v.add(fmt.Sprintf("flows[%d].mechanisms[%d]", i, k), fmt.Errorf("%w: mechanism %q", ErrUnknown, m))
			}
		}
	}
	return m, v.err()
}
