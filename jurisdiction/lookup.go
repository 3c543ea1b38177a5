package jurisdiction

import "iter"

// The catalog's accessors. Lookups return a copy and whether the catalog
// has the entry; listings return an iterator over copies, in a documented
// order.

// clones returns an iterator over clones of the values of s, in order.
func clones[T any](s []T, clone func(T) T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(clone(v)) {
				return
			}
		}
	}
}

// lookup returns a clone of the entry of x with key k.
func lookup[T any](x indexed[T], k string, clone func(T) T) (T, bool) {
	v, ok := x.get(k)
	if !ok {
		return v, false
	}
	return clone(v), true
}

func sortedByCode[T any](m map[Code]T) []T {
	keys := make([]Code, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortCodes(keys)
	out := make([]T, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

// Jurisdiction returns the jurisdiction or bloc for c and whether the
// catalog knows c. Every ISO 3166-1 code has one; a subdivision of a known
// country has one named after its country; a group code the catalog does
// not define, and the zero Code, have none.
func (cat *Catalog) Jurisdiction(c Code) (Jurisdiction, bool) {
	j, ok := cat.jurisdictions[c]
	if !ok {
		if !cat.known(c) {
			return Jurisdiction{}, false
		}
		country := cat.jurisdictions[c.Country()]
		return Jurisdiction{Code: c, Name: c.String() + " (subdivision of " + country.Name + ")", Sovereign: c.Country()}, true
	}
	return j.clone(), true
}

// Known reports whether c is a jurisdiction or bloc of the catalog.
func (cat *Catalog) Known(c Code) bool { return cat.known(c) }

// Bloc returns the bloc with code c.
func (cat *Catalog) Bloc(c Code) (Bloc, bool) {
	b, ok := cat.blocs[c]
	return b.clone(), ok
}

// Blocs returns an iterator over every bloc, in code order. Each bloc is a
// copy the caller may modify.
func (cat *Catalog) Blocs() iter.Seq[Bloc] { return clones(sortedByCode(cat.blocs), Bloc.clone) }

// Within reports whether jurisdiction c is inside area on day d: c equals
// area, c is a subdivision of area, or area is a bloc of which c (or c's
// country) is a member, or treated as one, on d. A special region is not
// within its sovereign: Within(HK, CN, d) is false.
func (cat *Catalog) Within(c, area Code, d Date) bool {
	if c == area || c.Country() == area {
		return true
	}
	b, ok := cat.blocs[area]
	return ok && b.Contains(c.Country(), d)
}

// Rule returns the rule with the given ID.
func (cat *Catalog) Rule(id string) (Rule, bool) { return lookup(cat.rules, id, Rule.clone) }

// Rules returns an iterator over every rule, in ID order. Each rule is a
// copy the caller may modify.
func (cat *Catalog) Rules() iter.Seq[Rule] { return clones(cat.rules.list, Rule.clone) }

// RulesOf returns an iterator over the rules enacted by jurisdiction c, in
// ID order. Each rule is a copy the caller may modify.
func (cat *Catalog) RulesOf(c Code) iter.Seq[Rule] {
	return func(yield func(Rule) bool) {
		for _, r := range cat.rules.list {
			if r.Jurisdiction == c && !yield(r.clone()) {
				return
			}
		}
	}
}

// Mechanism returns the mechanism with the given ID.
func (cat *Catalog) Mechanism(id string) (Mechanism, bool) {
	return lookup(cat.mechanisms, id, Mechanism.clone)
}

// Mechanisms returns an iterator over every mechanism, in ID order. Each
// mechanism is a copy the caller may modify.
func (cat *Catalog) Mechanisms() iter.Seq[Mechanism] {
	return clones(cat.mechanisms.list, Mechanism.clone)
}

// Agreements returns an iterator over every agreement, in ID order. Each
// agreement is a copy the caller may modify.
func (cat *Catalog) Agreements() iter.Seq[Agreement] {
	return clones(cat.agreements.list, Agreement.clone)
}

// Profile returns the government-access profile of jurisdiction c, or, if
// nobody researched c, [DefaultProfile](c): every answer unknown, Default
// set, so that every rating it feeds says so.
func (cat *Catalog) Profile(c Code) AccessProfile {
	if p, ok := cat.profiles[c]; ok {
		return p.clone()
	}
	return DefaultProfile(c)
}

// Profiles returns an iterator over the researched profiles, in order of
// jurisdiction code. Each profile is a copy the caller may modify.
func (cat *Catalog) Profiles() iter.Seq[AccessProfile] {
	return clones(sortedByCode(cat.profiles), AccessProfile.clone)
}

// Stats counts what the catalog holds.
type Stats struct {
	Jurisdictions, Blocs, Rules, VerifiedRules, Mechanisms, Agreements, Profiles, Regions int
}

// Stats returns counts of the catalog's contents; Jurisdictions counts the
// implicit ISO ones too.
func (cat *Catalog) Stats() Stats {
	s := Stats{
		Jurisdictions: len(cat.jurisdictions), Blocs: len(cat.blocs), Rules: len(cat.rules.list),
		Mechanisms: len(cat.mechanisms.list), Agreements: len(cat.agreements.list), Profiles: len(cat.profiles),
		Regions: len(cat.regions.list),
	}
	for _, r := range cat.rules.list {
		if r.Verified {
			s.VerifiedRules++
		}
	}
	return s
}
