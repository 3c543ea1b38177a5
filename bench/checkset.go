package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// The check set: the rules every engine checks, the mechanisms that can
// satisfy them and the date the assessment is made for. Everything is
// copied out of jurisdiction.Default(), so that the benchmark measures
// the built-in law, only less of it.
var (
	// CheckRules are the IDs of the rules in the check set.
	CheckRules = []string{
		"CN-CSL2025-39", // localization: a CII operator's personal and important data of subjects in CN
		"CN-PIPL-38",    // transfer restriction: personal data out of CN
		"EU-GDPR-44",    // transfer restriction: personal data out of the EEA, onward transfers included
		"US-CLOUD-2713", // compelled access with personal reach: US entities and what they control
		"CN-DSL-36",     // blocking statute: any data stored in CN
		"CN-PIPL-41",    // blocking statute: personal data stored in CN
	}
	// checkBlocs are the blocs the rules and mechanisms name.
	checkBlocs = []string{"EU", "EEA"}
	// AsOf is the day every assessment is made for.
	AsOf = jurisdiction.MustParseDate("2026-06-01")
)

// Mechanism IDs the policy and the loop name.
const (
	mechSecurityAssessment = "cn-security-assessment"
	mechSCC                = "eu-scc-2021"
	mechDPF                = "eu-us-dpf"
	adequacyPrefix         = "eu-adequacy-"
)

// isCheckMechanism reports whether the mechanism with this ID belongs to
// the check set.
func isCheckMechanism(id string) bool {
	return id == mechSecurityAssessment || id == mechSCC || id == mechDPF || strings.HasPrefix(id, adequacyPrefix)
}

// NewCheckCatalog builds the catalog of the check set with
// jurisdiction.NewCatalog: the rules of CheckRules, the mechanisms of
// isCheckMechanism in force on AsOf with Satisfies narrowed to those
// rules, and the EU and EEA blocs.
func NewCheckCatalog() (*jurisdiction.Catalog, error) {
	def := jurisdiction.Default()
	var c jurisdiction.Contents
	for _, id := range CheckRules {
		r, ok := def.Rule(id)
		if !ok {
			return nil, fmt.Errorf("checkset: the built-in catalog has no rule %s", id)
		}
		c.Rules = append(c.Rules, r)
	}
	for m := range def.Mechanisms() {
		// A mechanism out of force on AsOf (a superseded adequacy decision,
		// such as the UK's of 2021, renewed from 2025-12-28) decides
		// nothing on that day; the policy and the loop assume the rest.
		if !isCheckMechanism(m.ID) || !m.InForce(AsOf) {
			continue
		}
		m.Satisfies = slices.DeleteFunc(m.Satisfies, func(id string) bool { return !slices.Contains(CheckRules, id) })
		if len(m.Satisfies) == 0 {
			return nil, fmt.Errorf("checkset: mechanism %s satisfies no rule of the check set", m.ID)
		}
		c.Mechanisms = append(c.Mechanisms, m)
	}
	for _, code := range checkBlocs {
		b, ok := def.Bloc(jurisdiction.MustParseCode(code))
		if !ok {
			return nil, fmt.Errorf("checkset: the built-in catalog has no bloc %s", code)
		}
		c.Blocs = append(c.Blocs, b)
	}
	return jurisdiction.NewCatalog("bench-checkset", c)
}

// facts are what the policy and the loop take from the catalog instead of
// reading it: the EEA members and the destinations of the adequacy
// decisions on the as-of date, and the constants of the rules.
type facts struct {
	eea      map[jurisdiction.Code]bool // EEA members on AsOf
	adequate map[jurisdiction.Code]bool // destinations of automatic adequacy decisions in force on AsOf
	dpfDest  map[jurisdiction.Code]bool // destinations of eu-us-dpf (certified recipients only)
}

// checkFacts derives the facts from cat, and checks that the catalog still
// says what the policy and the loop hard-code, so that a change to the
// built-in law cannot make them silently disagree with the engine.
func checkFacts(cat *jurisdiction.Catalog) (facts, error) {
	f := facts{eea: map[jurisdiction.Code]bool{}, adequate: map[jurisdiction.Code]bool{}, dpfDest: map[jurisdiction.Code]bool{}}
	eea, ok := cat.Bloc(jurisdiction.MustParseCode("EEA"))
	if !ok {
		return f, errors.New("checkset: no EEA bloc")
	}
	for _, m := range eea.MembersOn(AsOf) {
		f.eea[m] = true
	}
	if err := checkRuleShapes(cat); err != nil {
		return f, err
	}
	for m := range cat.Mechanisms() {
		if !m.InForce(AsOf) {
			return f, fmt.Errorf("checkset: mechanism %s is not in force on %s; the policy assumes every one is", m.ID, AsOf)
		}
		if !m.LimitsOn(AsOf).IsZero() || m.OccasionalOnly {
			return f, fmt.Errorf("checkset: mechanism %s has limits; the policy assumes none", m.ID)
		}
		switch {
		case m.ID == mechSecurityAssessment:
			if m.Automatic || len(m.Destinations) > 0 || !slices.Equal(m.Satisfies, []string{"CN-CSL2025-39", "CN-PIPL-38"}) {
				return f, fmt.Errorf("checkset: %s is not the declared, unrestricted mechanism the policy assumes", m.ID)
			}
		case m.ID == mechSCC:
			if m.Automatic || len(m.Destinations) > 0 || !slices.Equal(m.Satisfies, []string{"EU-GDPR-44"}) {
				return f, fmt.Errorf("checkset: %s is not the declared, unrestricted mechanism the policy assumes", m.ID)
			}
		case m.ID == mechDPF:
			if !m.Automatic || !m.CertifiedRecipient || !slices.Equal(m.Satisfies, []string{"EU-GDPR-44"}) {
				return f, fmt.Errorf("checkset: %s is not the automatic certified-recipient mechanism the policy assumes", m.ID)
			}
			for _, d := range m.Destinations {
				f.dpfDest[d] = true
			}
		default: // an adequacy decision
			if !m.Automatic || m.CertifiedRecipient || len(m.Destinations) == 0 || !slices.Equal(m.Satisfies, []string{"EU-GDPR-44"}) {
				return f, fmt.Errorf("checkset: %s is not the automatic adequacy decision the policy assumes", m.ID)
			}
			for _, d := range m.Destinations {
				if d.IsGroup() || d.IsSubdivision() {
					return f, fmt.Errorf("checkset: %s names destination %s, not a country", m.ID, d)
				}
				f.adequate[d] = true
			}
		}
	}
	return f, nil
}

// ruleShape is what the policy and the loop hard-code about a rule.
type ruleShape struct {
	kind      jurisdiction.Kind
	territory string // the one code of its territory
	classes   []jurisdiction.DataClass
	basis     jurisdiction.Basis
	cii       bool
	reach     jurisdiction.Reach
}

var ruleShapes = map[string]ruleShape{
	"CN-CSL2025-39": {kind: jurisdiction.Localization, territory: "CN", classes: []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.ImportantData}, basis: jurisdiction.SubjectsIn, cii: true},
	"CN-PIPL-38":    {kind: jurisdiction.TransferRestriction, territory: "CN", classes: []jurisdiction.DataClass{jurisdiction.Personal}, basis: jurisdiction.StoredIn},
	"EU-GDPR-44":    {kind: jurisdiction.TransferRestriction, territory: "EEA", classes: []jurisdiction.DataClass{jurisdiction.Personal}, basis: jurisdiction.StoredOrSubjectsIn},
	"US-CLOUD-2713": {kind: jurisdiction.CompelledAccess, territory: "US", reach: jurisdiction.PersonalReach},
	"CN-DSL-36":     {kind: jurisdiction.BlockingStatute, territory: "CN", basis: jurisdiction.StoredIn},
	"CN-PIPL-41":    {kind: jurisdiction.BlockingStatute, territory: "CN", classes: []jurisdiction.DataClass{jurisdiction.Personal}, basis: jurisdiction.StoredIn},
}

// checkRuleShapes checks that every rule of cat is in force on AsOf and
// has the kind, territory, scope and reach the policy and the loop
// hard-code.
func checkRuleShapes(cat *jurisdiction.Catalog) error {
	n := 0
	for r := range cat.Rules() {
		n++
		want, ok := ruleShapes[r.ID]
		terr := r.Area()
		switch {
		case !ok:
			return fmt.Errorf("checkset: rule %s is not modelled", r.ID)
		case !r.InForce(AsOf):
			return fmt.Errorf("checkset: rule %s is not in force on %s", r.ID, AsOf)
		case r.Kind != want.kind || len(terr) != 1 || terr[0].String() != want.territory ||
			!slices.Equal(r.Scope.Classes, want.classes) || r.Scope.Basis != want.basis || r.Scope.CII != want.cii ||
			r.Reach != want.reach || len(r.Scope.ControllerTags) > 0 || r.Scope.MinSubjects != 0:
			return fmt.Errorf("checkset: rule %s is not the rule the policy models", r.ID)
		}
	}
	if n != len(ruleShapes) {
		return fmt.Errorf("checkset: %d rules, the policy models %d", n, len(ruleShapes))
	}
	return nil
}

// checkOptions are the options of every library assessment (on AsOf).
func checkOptions() []residency.AssessOption {
	return []residency.AssessOption{residency.Only(residency.Violations, residency.Conflicts)}
}

// checkSet bundles what every engine is built from.
type checkSet struct {
	cat   *jurisdiction.Catalog
	facts facts
}

func newCheckSet() (*checkSet, error) {
	cat, err := NewCheckCatalog()
	if err != nil {
		return nil, err
	}
	f, err := checkFacts(cat)
	if err != nil {
		return nil, err
	}
	return &checkSet{cat: cat, facts: f}, nil
}

// maxControlDepth is the longest control chain (in holdings) the policy
// follows; Rego has no recursion, so the chain is written out.
const maxControlDepth = 6

// Adapt returns a copy of t fit for the check set: mechanism IDs that the
// check set's catalog does not know are dropped from stores and flows (the
// engine would reject them as unknown, and a mechanism outside the check
// set satisfies none of its rules, so dropping one changes no finding).
// It then checks that t stays inside what the policy and the loop model
// (see supported) and returns an error naming the first thing that does
// not. t is not modified.
func Adapt(t *residency.Topology, cat *jurisdiction.Catalog) (*residency.Topology, error) {
	known := func(ms []string) []string {
		return slices.DeleteFunc(slices.Clone(ms), func(id string) bool { _, ok := cat.Mechanism(id); return !ok })
	}
	out := *t
	out.Stores = slices.Clone(t.Stores)
	for i := range out.Stores {
		if len(out.Stores[i].Mechanisms) > 0 {
			out.Stores[i].Mechanisms = known(out.Stores[i].Mechanisms)
		}
	}
	out.Flows = slices.Clone(t.Flows)
	for i := range out.Flows {
		if len(out.Flows[i].Mechanisms) > 0 {
			out.Flows[i].Mechanisms = known(out.Flows[i].Mechanisms)
		}
	}
	if err := supported(&out); err != nil {
		return nil, err
	}
	return &out, nil
}

// supported checks that t uses only what the policy and the loop model.
// The engine handles more: dated facts (periods, several operator or key
// tenures), provider regions, subdivisions, and repeated list entries,
// which a Rego set cannot count twice. The synthetic generator produces
// none of these; a topology that has them is refused, never compared
// loosely.
func supported(t *residency.Topology) error {
	var zero jurisdiction.Period
	country := func(what string, c jurisdiction.Code) error {
		if c.IsValid() && (c.IsSubdivision() || c.IsGroup()) {
			return fmt.Errorf("bench: %s: code %s is not a country", what, c)
		}
		return nil
	}
	noDup := func(what string, ids []string) error {
		seen := make(map[string]bool, len(ids))
		for _, id := range ids {
			if seen[id] {
				return fmt.Errorf("bench: %s lists %s twice", what, id)
			}
			seen[id] = true
		}
		return nil
	}
	for _, d := range t.Datasets {
		for _, s := range d.Subjects {
			if err := country("dataset "+d.ID, s.Jurisdiction); err != nil {
				return err
			}
		}
	}
	entities := make(map[string]*residency.Entity, len(t.Entities))
	for i := range t.Entities {
		x := &t.Entities[i]
		entities[x.ID] = x
		for _, c := range append([]jurisdiction.Code{x.Jurisdiction, x.Headquarters}, x.CII...) {
			if err := country("entity "+x.ID, c); err != nil {
				return err
			}
		}
		for _, o := range x.Owners {
			if o.Period != zero {
				return fmt.Errorf("bench: entity %s: dated holdings are not modelled", x.ID)
			}
		}
	}
	// Control depth: the longest chain of controlling holdings.
	depth := map[string]int{}
	var walk func(id string, seen int) int
	walk = func(id string, seen int) int {
		if d, ok := depth[id]; ok {
			return d
		}
		if seen > len(t.Entities) {
			return seen // a cycle; validation reports it
		}
		best := 0
		if x := entities[id]; x != nil {
			for _, o := range x.Owners {
				if o.Control || o.Share > 50 {
					best = max(best, 1+walk(o.Parent, seen+1))
				}
			}
		}
		depth[id] = best
		return best
	}
	for _, x := range t.Entities {
		if d := walk(x.ID, 0); d > maxControlDepth {
			return fmt.Errorf("bench: entity %s has a control chain of %d holdings; the policy follows at most %d", x.ID, d, maxControlDepth)
		}
	}
	for _, s := range t.Stores {
		switch {
		case s.Period != zero:
			return fmt.Errorf("bench: store %s: dated stores are not modelled", s.ID)
		case s.Region != "":
			return fmt.Errorf("bench: store %s: provider regions are not modelled", s.ID)
		case len(s.Operators) != 1 || s.Operators[0].Period != zero:
			return fmt.Errorf("bench: store %s: exactly one undated operator is modelled", s.ID)
		case len(s.Keys) > 1 || len(s.Keys) == 1 && s.Keys[0].Period != zero:
			return fmt.Errorf("bench: store %s: at most one undated key custody is modelled", s.ID)
		}
		if err := country("store "+s.ID, s.Location); err != nil {
			return err
		}
		for _, k := range s.Keys {
			if err := country("store "+s.ID+" keys", k.Location); err != nil {
				return err
			}
		}
		var custodians []string
		for _, c := range s.Custodians {
			if c.Period != zero {
				return fmt.Errorf("bench: store %s: dated custodians are not modelled", s.ID)
			}
			custodians = append(custodians, c.Entity)
		}
		if err := noDup("store "+s.ID+" custodians", custodians); err != nil {
			return err
		}
		if err := noDup("store "+s.ID+" datasets", s.Datasets); err != nil {
			return err
		}
	}
	for _, f := range t.Flows {
		if f.Period != zero {
			return fmt.Errorf("bench: flow %s: dated flows are not modelled", f.ID)
		}
		if err := country("flow "+f.ID, f.AccessorLocation); err != nil {
			return err
		}
		if err := noDup("flow "+f.ID+" datasets", f.Datasets); err != nil {
			return err
		}
	}
	return nil
}
