package jurisdiction

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
)

// With returns a new Catalog holding cat's contents overlaid with more:
// a jurisdiction, bloc or profile with the same code, or a rule,
// mechanism, agreement, provider, operator or region with the same ID,
// replaces cat's; anything else is added. The
// result is validated as a whole, as by [NewCatalog], and named name. cat
// is not modified.
//
// With is how users add or override law without forking the built-in
// catalog:
//
//	cat, err := jurisdiction.Default().With("acme-2026", jurisdiction.Contents{Rules: []jurisdiction.Rule{acmeRule}})
func (cat *Catalog) With(name string, more Contents) (*Catalog, error) {
	base := cat.Contents()
	base.Jurisdictions = overlay(base.Jurisdictions, more.Jurisdictions, func(j Jurisdiction) Code { return j.Code })
	base.Blocs = overlay(base.Blocs, more.Blocs, func(b Bloc) Code { return b.Code })
	base.Rules = overlay(base.Rules, more.Rules, func(r Rule) string { return r.ID })
	base.Mechanisms = overlay(base.Mechanisms, more.Mechanisms, func(m Mechanism) string { return m.ID })
	base.Profiles = overlay(base.Profiles, more.Profiles, func(p AccessProfile) Code { return p.Jurisdiction })
	base.Agreements = overlay(base.Agreements, more.Agreements, func(a Agreement) string { return a.ID })
	base.Providers = overlay(base.Providers, more.Providers, func(p Provider) string { return p.ID })
	base.Operators = overlay(base.Operators, more.Operators, func(o Operator) string { return o.ID })
	base.Regions = overlay(base.Regions, more.Regions, func(r Region) string { return strings.ToLower(r.ID()) })
	base.Surveys = overlay(base.Surveys, more.Surveys, func(s Survey) Code { return s.Jurisdiction })
	return NewCatalog(name, base)
}

func overlay[T any, K comparable](base, more []T, key func(T) K) []T {
	pos := make(map[K]int, len(base))
	for i, v := range base {
		pos[key(v)] = i
	}
	for _, v := range more {
		if i, ok := pos[key(v)]; ok {
			base[i] = v
			continue
		}
		pos[key(v)] = len(base)
		base = append(base, v)
	}
	return base
}

// Name returns the name the catalog was built with.
func (cat *Catalog) Name() string { return cat.name }

// Version identifies the catalog's exact contents: its name and a digest of
// everything in it. Two catalogs with the same Version give the same
// assessments; reports record it so a verdict can be reproduced.
func (cat *Catalog) Version() string { return cat.version }

func (cat *Catalog) computeVersion() string {
	// Contents marshals deterministically: slices are sorted, maps are not
	// used.
	b, err := json.Marshal(cat.Contents())
	if err != nil {
		// Contents holds only marshalable values that validation checked.
		panic("jurisdiction: catalog contents do not marshal: " + err.Error())
	}
	sum := sha256.Sum256(b)
	return cat.name + "+sha256:" + hex.EncodeToString(sum[:6])
}

// Contents returns a deep copy of the catalog's contents: the explicit
// jurisdictions (not the implicit ISO ones), blocs and profiles sorted by
// code, rules and mechanisms sorted by ID.
func (cat *Catalog) Contents() Contents {
	var c Contents
	for _, j := range sortedByCode(cat.jurisdictions) {
		if b, isBloc := cat.blocs[j.Code]; isBloc && j.Name == b.Name && j.Notes == "" {
			continue
		}
		if n, iso := isoNames[j.Code.String()]; iso && j.Name == n && j.Notes == "" && !j.Sovereign.IsValid() && len(j.Sources) == 0 {
			continue
		}
		c.Jurisdictions = append(c.Jurisdictions, j.clone())
	}
	c.Blocs = slices.Collect(cat.Blocs())
	c.Rules = slices.Collect(cat.Rules())
	c.Mechanisms = slices.Collect(cat.Mechanisms())
	c.Profiles = slices.Collect(cat.Profiles())
	c.Agreements = slices.Collect(cat.Agreements())
	c.Surveys = slices.Collect(cat.Surveys())
	c.Providers = slices.Collect(cat.Providers())
	c.Operators = slices.Collect(cat.Operators())
	c.Regions = slices.Collect(cat.Regions())
	return c
}
