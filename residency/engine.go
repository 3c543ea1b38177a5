package residency

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// An AssessOption configures one assessment: [Consumer] and [Only]. The
// catalog is the Engine's, and the as-of date an argument of Assess.
// Options are made by the functions of this package only.
type AssessOption interface{ apply(*settings) }

type settings struct {
	asOf     jurisdiction.Date
	consumer jurisdiction.Code
	parts    Part
	workers  int // 0: GOMAXPROCS
	// inParts is set by ReasonsInParts.
	inParts bool
}

// A Part is a part of a Report. Parts combine as bits.
type Part uint8

// The parts of a report.
const (
	Violations Part = 1 << iota
	Conflicts
	Exposures
	Obligations
	Ratings
	// AllParts is every part, the default.
	AllParts = Violations | Conflicts | Exposures | Obligations | Ratings
)

var partNames = []struct {
	p    Part
	name string
}{{Violations, "violations"}, {Conflicts, "conflicts"}, {Exposures, "exposures"}, {Obligations, "obligations"}, {Ratings, "ratings"}}

// String returns the parts' names joined by "+", such as
// "violations+conflicts".
func (p Part) String() string {
	var names []string
	for _, n := range partNames {
		if p&n.p != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, "+")
}

// MarshalText implements encoding.TextMarshaler.
func (p Part) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Part) UnmarshalText(b []byte) error {
	var v Part
	if len(b) > 0 {
	names:
		for _, name := range strings.Split(string(b), "+") {
			for _, n := range partNames {
				if n.name == name {
					v |= n.p
					continue names
				}
			}
			return fmt.Errorf("residency: unknown report part %q", name)
		}
	}
	*p = v
	return nil
}

// Only limits an assessment to some parts of the report, for tools that
// need, say, only violations and conflicts to gate a pipeline: the other
// parts are left empty and not computed. Without it every part is.
func Only(parts ...Part) AssessOption {
	return optionFunc(func(s *settings) {
		s.parts = 0
		for _, p := range parts {
			s.parts |= p
		}
	})
}

type optionFunc func(*settings)

func (f optionFunc) apply(s *settings) { f(s) }

// Consumer sets the jurisdiction whose consumer's point of view the hexad
// ratings and the severity of exposures take. Without it they take the
// view of a consumer with no home regime, to whom every government is
// foreign.
func Consumer(c jurisdiction.Code) AssessOption {
	return optionFunc(func(s *settings) { s.consumer = c })
}

// Parallelism sets how many goroutines an assessment may use for the work
// it can split (the ratings of datasets). Without it, or with n < 1, it
// uses runtime.GOMAXPROCS(0). The report is the same, byte for byte,
// whatever n is.
func Parallelism(n int) AssessOption {
	return optionFunc(func(s *settings) { s.workers = n })
}

// ReasonsInParts leaves the Reasons of each dataset's rating empty and
// gives them only in parts, in [DatasetRating.Because], which
// [Report.WriteJSON] writes and [DatasetRating.Reasons] joins into
// sentences on demand: for a tool that writes the compact report or
// reads the parts, the ratings of a large estate then take about a
// third less memory and time. The topology's Rating keeps its Reasons.
func ReasonsInParts() AssessOption {
	return optionFunc(func(s *settings) { s.inParts = true })
}

// ErrNoDate is returned for an assessment on the zero Date.
var ErrNoDate = errors.New("residency: the as-of date is the zero Date")

// An Engine assesses topologies against one catalog. Make it once with
// [NewEngine] and use it for many assessments: it indexes the catalog's
// rules and mechanisms up front. An Engine is immutable and safe for
// concurrent use. The zero Engine assesses against [jurisdiction.Default].
type Engine struct {
	cat   *jurisdiction.Catalog
	rules []jurisdiction.Rule
	// ruleIndex maps rule IDs to their index in rules.
	ruleIndex map[string]int
	// relief holds, per rule, "ID: relief" as conflicts list it, or "".
	relief []string
	mechs  map[string]*jurisdiction.Mechanism
	// mechsFor lists, per rule ID, the mechanisms that satisfy it, in ID
	// order.
	mechsFor map[string][]*jurisdiction.Mechanism
	profiles map[jurisdiction.Code]jurisdiction.AccessProfile
	// agreements are the catalog's agreements, in ID order; comity those
	// of them that bear on conflicts (they lift a blocking rule or make a
	// qualifying foreign government).
	agreements, comity []jurisdiction.Agreement
	// recourse are the blocs whose members share one data-protection law
	// and its courts (the EEA, the EU), as the catalog holds them.
	recourse []jurisdiction.Bloc
}

// recourseBlocs are the codes of the blocs whose members give each
// other's residents the same remedies over personal data: the EEA, under
// the GDPR (Directive 95/46/EC before it) with the CJEU and the EFTA
// Court, and the EU inside it.
var recourseBlocs = []string{"EEA", "EU"}

// sharedRecourse returns the code of a bloc of which g and c are both
// members on day d, as recourseBlocs lists them, or "".
func (e *Engine) sharedRecourse(g, c code, d jurisdiction.Date) string {
	if !g.IsValid() || !c.IsValid() {
		return ""
	}
	for _, b := range e.recourse {
		if b.Contains(g, d) && b.Contains(c, d) {
			return b.Code.String()
		}
	}
	return ""
}

// ErrBlocConsumer is returned for an assessment whose consumer is a bloc
// (the EU): a rating takes one consumer's point of view, and a bloc's
// members differ in the law their consumers live under. Rate from a
// member state's consumer instead; its fellow members are not foreign to
// it.
var ErrBlocConsumer = errors.New("residency: the consumer is a bloc, not a jurisdiction: name a member state")

// NewEngine makes an Engine for catalog cat, or for [jurisdiction.Default]
// if cat is nil. A catalog is valid once made, so NewEngine cannot fail.
func NewEngine(cat *jurisdiction.Catalog) *Engine {
	if cat == nil {
		cat = jurisdiction.Default()
	}
	e := &Engine{
		cat:      cat,
		mechs:    map[string]*jurisdiction.Mechanism{},
		mechsFor: map[string][]*jurisdiction.Mechanism{},
		profiles: map[jurisdiction.Code]jurisdiction.AccessProfile{},
	}
	e.ruleIndex = map[string]int{}
	for r := range e.cat.Rules() {
		e.ruleIndex[r.ID] = len(e.rules)
		e.rules = append(e.rules, r)
		relief := ""
		if r.Relief != "" {
			relief = r.ID + ": " + r.Relief
		}
		e.relief = append(e.relief, relief)
	}
	for m := range e.cat.Mechanisms() {
		e.mechs[m.ID] = &m
		for _, id := range m.Satisfies {
			e.mechsFor[id] = append(e.mechsFor[id], &m)
		}
	}
	for p := range e.cat.Profiles() {
		e.profiles[p.Jurisdiction] = p
	}
	e.agreements = slices.Collect(e.cat.Agreements())
	for _, ag := range e.agreements {
		if ag.Qualifying || len(ag.Lifts) > 0 {
			e.comity = append(e.comity, ag)
		}
	}
	for _, c := range recourseBlocs {
		if b, ok := e.cat.Bloc(jurisdiction.MustParseCode(c)); ok {
			e.recourse = append(e.recourse, b)
		}
	}
	return e
}

// Catalog returns the engine's catalog.
func (e *Engine) Catalog() *jurisdiction.Catalog {
	if e.cat == nil {
		return jurisdiction.Default()
	}
	return e.cat
}

// defaultEngine is the Engine of the built-in catalog, made once.
var defaultEngine = sync.OnceValue(func() *Engine { return NewEngine(nil) })

func (e *Engine) profile(c jurisdiction.Code) jurisdiction.AccessProfile {
	if p, ok := e.profiles[c]; ok {
		return p
	}
	return jurisdiction.DefaultProfile(c)
}

// Assess validates t and assesses it on day asOf: the violations it
// commits, the conflicts it puts parties in, the governments it exposes
// data to and the obligations that apply, with hexad ratings per dataset
// and for the whole topology, and where each store and flow stood.
//
// Assess returns an error only for input it cannot assess: an invalid
// topology (every problem, as [Topology.Validate] reports them, plus
// unknown mechanism IDs, regions and group codes), or the zero date
// ([ErrNoDate]). Violations and conflicts are findings in the Report, not
// errors. Assess does not modify t, reads no clock and does no I/O.
func (e *Engine) Assess(t *Topology, asOf jurisdiction.Date, opts ...AssessOption) (*Report, error) {
	if e.cat == nil {
		e = defaultEngine()
	}
	s := settings{asOf: asOf, parts: AllParts}
	for _, o := range opts {
		if o != nil {
			o.apply(&s)
		}
	}
	if s.parts == 0 {
		s.parts = AllParts
	}
	if s.asOf.IsZero() {
		return nil, ErrNoDate
	}
	if _, ok := e.cat.Bloc(s.consumer); ok && s.consumer.IsValid() {
		return nil, fmt.Errorf("%w (%s)", ErrBlocConsumer, s.consumer)
	}
	m, err := e.validate(t)
	if err != nil {
		return nil, err
	}
	t = e.resolveRegions(t, m)
	a := newAssessment(e, t, s, newIndex(t, m))
	a.run()
	return a.report, nil
}

// Assess assesses t on day asOf against the built-in catalog, with an
// Engine made once and shared. Tools with a catalog of their own make an
// Engine for it with [NewEngine].
func Assess(t *Topology, asOf jurisdiction.Date, opts ...AssessOption) (*Report, error) {
	return defaultEngine().Assess(t, asOf, opts...)
}

// CatalogEntityPrefix starts the IDs of the entities an assessment adds
// for the operators of stores written as provider regions.
const CatalogEntityPrefix = "catalog:"

// resolveRegions returns t with every store written as a provider region
// completed from the catalog: its location, and, when it names no
// operator, the region's operator as an entity (with its owners and the
// licensor) under an ID starting with [CatalogEntityPrefix]. It returns t
// itself when there is nothing to complete, and never modifies t.
func (e *Engine) resolveRegions(t *Topology, m idMaps) *Topology {
	need := false
	for i := range t.Stores {
		s := &t.Stores[i]
		if s.Region != "" && (!s.Location.IsValid() || len(s.Operators) == 0) {
			need = true
			break
		}
	}
	if !need {
		return t
	}
	out := *t
	out.Stores = slices.Clone(t.Stores)
	out.Entities = slices.Clone(t.Entities)
	added := map[string]bool{}
	var addOperator func(id string) string
	addOperator = func(id string) string {
		eid := CatalogEntityPrefix + id
		if added[eid] {
			return eid
		}
		added[eid] = true
		op, _ := e.cat.Operator(id)
		ent := Entity{ID: eid, Name: op.Name, Jurisdiction: op.Jurisdiction, Headquarters: op.Headquarters, Licences: op.Licences}
		if op.Parent != "" {
			ent.Owners = []Ownership{{Parent: addOperator(op.Parent), Share: op.Share, Control: op.Control}}
		}
		m.entities[eid] = len(out.Entities)
		out.Entities = append(out.Entities, ent)
		return eid
	}
	for i := range out.Stores {
		st := &out.Stores[i]
		if st.Region == "" {
			continue
		}
		r, ok := e.cat.Region(st.Region)
		if !ok {
			continue // validation has reported it
		}
		if !st.Location.IsValid() {
			st.Location = r.Country
		}
		if len(st.Operators) == 0 {
			st.Operators = []Tenure{{Entity: addOperator(e.cat.RegionOperator(r))}}
			if r.Licensor != "" && st.Licensor == "" {
				st.Licensor = addOperator(r.Licensor)
			}
		}
	}
	return &out
}
