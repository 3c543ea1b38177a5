package residency

import (
	"github.com/dataresidency/dataresidency/hexad"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// An assessment is one run of the passes below over one topology, on one
// date, for one consumer. The files of this package split it by job:
//
//   - index.go: the topology's references as positions, the rules and
//     mechanisms in force, and every store's and flow's state on the date;
//   - reach.go: who reaches each store, and how (exposures);
//   - scope.go: whether a rule covers a dataset, subject volumes, and
//     which mechanism carries a movement;
//   - one file per kind of rule: localization.go, transfer.go,
//     ownership.go, counterparty.go, obligation.go, conflict.go;
//   - rating.go: the hexad adapter;
//   - finalize.go: finding IDs, severities, waivers, order.
type assessment struct {
	e        *Engine
	t        *Topology
	d        jurisdiction.Date
	consumer code
	parts    Part
	workers  int  // as Parallelism sets it
	inParts  bool // as ReasonsInParts sets it

	ix     *index
	rules  []*activeRule
	byKind map[jurisdiction.Kind][]*activeRule
	// compelling indexes the compelled-access rules by each code inside
	// their territory, per reach: territorial, access (administration
	// from there) and personal (entities of there).
	territorial, byAccess, personal map[code][]*activeRule

	placement

	// Memoised as the passes ask, per assessment.
	exposure        [][]Exposure // per store, once exposed[s]
	exposed         []bool
	reachOf         []*reachList // per entity: codes it belongs to, itself or through controllers
	personalGovs    [][]govRefs  // per entity, once govsDone[i]
	govsDone        []bool
	territorialGovs map[territorialKey]territorialGovs
	foreignShare    map[foreignKey]float64
	seenCodes       map[code]bool          // scratch for buildReach
	engineering     uint8                  // 0 not yet known, 1 no engineering facts, 2 some
	regimes         map[code]*hexad.Regime // per government: its profile on the date, no links
	cooperation     map[[2]code]string     // per pair of governments: the assistance agreement, or ""
	ruleIDCache     map[ruleListKey][]string
	// unresearchedData lists, per dataset, the jurisdictions it touches
	// whose law was not researched.
	unresearchedData [][]code      // nil when none
	covered          []coverResult // scratch for coverage, per entity

	// Findings as they are found, in chunks: a report of a million
	// findings never copies them to grow.
	violations     chunked[Violation]
	foundConflicts chunked[Conflict]

	report *Report
}

// A pass is one step of an assessment: the part of the report it fills
// and the kinds of rule it reads.
type pass struct {
	name  string
	part  Part
	reads []jurisdiction.Kind
	run   func(*assessment)
}

// passes are the assessment's steps, in the order they run (the order
// residency's package documentation gives). Every kind of rule must be
// read by a pass, or its rules would silently do nothing:
// TestEveryKindIsRead holds that.
var passes = [...]pass{
	{"exposures", Exposures, kinds(jurisdiction.CompelledAccess), (*assessment).exposures},
	{"localization", Violations, kinds(jurisdiction.Localization), (*assessment).localization},
	{"transfers", Violations, kinds(jurisdiction.TransferRestriction), (*assessment).transfers},
	{"ownership", Violations, kinds(jurisdiction.OwnershipLicensing), (*assessment).ownership},
	{"counterparties", Violations, kinds(jurisdiction.ProhibitedCounterparty), (*assessment).counterparties},
	{"obligations", Obligations, kinds(jurisdiction.Obligation), (*assessment).obligations},
	{"conflicts", Conflicts, kinds(jurisdiction.BlockingStatute, jurisdiction.Localization, jurisdiction.CompelledAccess), (*assessment).conflicts},
	{"ratings", Ratings, kinds(jurisdiction.CompelledAccess), (*assessment).ratings},
}

func kinds(ks ...jurisdiction.Kind) []jurisdiction.Kind { return ks }

// run runs the passes the report's parts ask for, then finalises.
func (a *assessment) run() {
	a.research()
	for i := range passes {
		if a.parts&passes[i].part != 0 {
			passes[i].run(a)
		}
	}
	a.finalize()
}

// activeRule is a rule in force on the as-of date, with its territory
// expanded to countries on that date.
type activeRule struct {
	*jurisdiction.Rule
	inside    codeSet
	classMask uint32 // the scope's classes; 0 for all data
	ref       RuleRef
	// territoryText is the territory as findings name it, set on first use.
	territoryText string
	// mechs are the mechanisms that satisfy the rule, in ID order.
	mechs []*activeMech
	// volume holds, per controller entity, its subjects in the territory,
	// for rules with a subject threshold; computed on first use.
	volume []int64
}

// contains reports whether c is inside the rule's territory; a subdivision
// is inside when its country is.
func (r *activeRule) contains(c code) bool {
	return r.inside.has(c) || (c.IsSubdivision() && r.inside.has(c.Country()))
}

// territoryName names rule r's territory in findings, "EU+EEA"; it is
// computed once per rule.
func (r *activeRule) territoryName() string {
	if r.territoryText == "" {
		t := r.Rule.Area()
		parts := make([]string, len(t))
		for i, c := range t {
			parts[i] = c.String()
		}
		r.territoryText = strings.Join(parts, "+")
	}
	return r.territoryText
}

// activeMech is a mechanism as it stands on the as-of date.
type activeMech struct {
	*jurisdiction.Mechanism
	inForce bool
	limits  jurisdiction.Limits
	dests   codeSet // Destinations, blocs expanded to their members on the date
	// excluded is ExcludedDestinations, expanded likewise.
	excluded codeSet
	// volume holds, per controller entity, its subjects in the
	// mechanism's jurisdiction, for datasets without and with sensitive
	// data; computed on first use.
	volume [2][]int64
}

// excludes reports whether the mechanism's excluded destinations include
// dest.
func (m *activeMech) excludes(dest code) bool {
	return m.excluded.has(dest) || (dest.IsSubdivision() && m.excluded.has(dest.Country()))
}

// covers reports whether the mechanism's destinations include dest, as
// [jurisdiction.Catalog.Within] would say on the as-of date.
func (m *activeMech) covers(dest code) bool {
	return m.dests.has(dest) || (dest.IsSubdivision() && m.dests.has(dest.Country()))
}

// violate records a violation of rule r.
func (a *assessment) violate(r *activeRule, v Violation) {
	v.Rule = r.ref
	a.violations.add(v)
}
