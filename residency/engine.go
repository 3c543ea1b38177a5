package residency

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// An Option configures an [Engine] or one assessment. Options are made by
// the functions of this package only.
type Option interface{ apply(*settings) }

type settings struct {
	catalog  *jurisdiction.Catalog
	asOf     jurisdiction.Date
	consumer jurisdiction.Code
	parts    Part
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
func Only(parts ...Part) Option {
	return optionFunc(func(s *settings) {
		s.parts = 0
		for _, p := range parts {
			s.parts |= p
		}
	})
}

type optionFunc func(*settings)

func (f optionFunc) apply(s *settings) { f(s) }

// WithCatalog assesses against cat instead of [jurisdiction.Default]. It
// is meaningful for [NewEngine] and [Assess]; an Engine's catalog is fixed
// when it is made.
func WithCatalog(cat *jurisdiction.Catalog) Option {
	return optionFunc(func(s *settings) { s.catalog = cat })
}

// AsOf sets the date the assessment is made for: the rules in force and
// the topology's facts on t's calendar day (in t's location). An
// assessment needs one; the library never reads the clock.
func AsOf(t time.Time) Option {
	return optionFunc(func(s *settings) { s.asOf = jurisdiction.DateOf(t) })
}

// AsOfDate is [AsOf] for a [jurisdiction.Date].
func AsOfDate(d jurisdiction.Date) Option {
	return optionFunc(func(s *settings) { s.asOf = d })
}

// Consumer sets the jurisdiction whose consumer's point of view the hexad
// ratings take. Without it ratings take the view of a consumer with no
// home regime, to whom every government is foreign.
func Consumer(c jurisdiction.Code) Option {
	return optionFunc(func(s *settings) { s.consumer = c })
}

// Options groups options into one, so that a set can be passed around and
// reused.
func Options(opts ...Option) Option {
	return optionFunc(func(s *settings) {
		for _, o := range opts {
			if o != nil {
				o.apply(s)
			}
		}
	})
}

// ErrNoDate is returned when an assessment has no as-of date.
var ErrNoDate = errors.New("residency: no as-of date; pass residency.AsOf or residency.AsOfDate")

// An Engine assesses topologies against one catalog. Make it once with
// [NewEngine] and use it for many assessments: it indexes the catalog's
// rules and mechanisms up front. An Engine is immutable and safe for
// concurrent use.
type Engine struct {
	cat      *jurisdiction.Catalog
	defaults settings
	rules    []jurisdiction.Rule
	// ruleIndex maps rule IDs to their index in rules.
	ruleIndex map[string]int
	// relief holds, per rule, "ID: relief" as conflicts list it, or "".
	relief []string
	mechs  map[string]*jurisdiction.Mechanism
	// mechsFor lists, per rule ID, the mechanisms that satisfy it, in ID
	// order.
	mechsFor map[string][]*jurisdiction.Mechanism
	profiles map[jurisdiction.Code]jurisdiction.AccessProfile
	// agreements are the catalog's agreements, in ID order.
	agreements []jurisdiction.Agreement
}

// NewEngine makes an Engine. Options given here (the catalog, and a
// default as-of date and consumer) apply to every assessment unless the
// assessment overrides them.
func NewEngine(opts ...Option) (*Engine, error) {
	var s settings
	Options(opts...).apply(&s)
	if s.catalog == nil {
		s.catalog = jurisdiction.Default()
	}
	e := &Engine{
		cat:      s.catalog,
		defaults: s,
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
	return e, nil
}

// Catalog returns the engine's catalog.
func (e *Engine) Catalog() *jurisdiction.Catalog { return e.cat }

func (e *Engine) profile(c jurisdiction.Code) jurisdiction.AccessProfile {
	if p, ok := e.profiles[c]; ok {
		return p
	}
	return jurisdiction.DefaultProfile(c)
}

// Assess validates t and assesses it on the as-of date: the violations it
// commits, the conflicts it puts parties in, the governments it exposes
// data to and the obligations that apply, with hexad ratings per dataset
// and for the whole topology. Options override the engine's defaults for
// this call; WithCatalog is ignored here.
//
// Assess returns an error only for input it cannot assess: an invalid
// topology (every problem, as [Topology.Validate] reports them, plus
// unknown mechanism IDs and group codes), or no as-of date. Violations and
// conflicts are findings in the Report, not errors. Assess does not modify
// t, reads no clock and does no I/O.
func (e *Engine) Assess(t *Topology, opts ...Option) (*Report, error) {
	s := e.defaults
	Options(opts...).apply(&s)
	if s.parts == 0 {
		s.parts = AllParts
	}
	if s.asOf.IsZero() {
		return nil, ErrNoDate
	}
	ix, err := e.validate(t)
	if err != nil {
		return nil, err
	}
	t = e.resolveRegions(t, ix)
	a := newAssessment(e, t, s, ix)
	a.run()
	return a.report, nil
}

// Assess is a convenience for a one-off assessment: it makes an Engine
// with opts and assesses t with it. AsOf is required. Tools that assess
// many topologies should make one Engine and reuse it.
func Assess(t *Topology, opts ...Option) (*Report, error) {
	e, err := NewEngine(opts...)
	if err != nil {
		return nil, err
	}
	return e.Assess(t)
}

// CatalogEntityPrefix starts the IDs of the entities an assessment adds
// for the operators of stores written as provider regions.
const CatalogEntityPrefix = "catalog:"

// resolveRegions returns t with every store written as a provider region
// completed from the catalog: its location, and, when it names no
// operator, the region's operator as an entity (with its owners and the
// licensor) under an ID starting with [CatalogEntityPrefix]. It returns t
// itself when there is nothing to complete, and never modifies t.
func (e *Engine) resolveRegions(t *Topology, ix ids) *Topology {
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
		ix.entities[eid] = len(out.Entities)
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

// validate runs the checks of Topology.Validate and those that need the
// catalog, and joins all problems. It returns the topology's ID index.
// Paths are formatted only for problems.
func (e *Engine) validate(t *Topology) (ids, error) {
	var v errs
	ix := t.validate(&v, true)
	if t == nil || ix.stores == nil { // nil, or over MaxItems
		return ix, v.err()
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
	}
	for i := range t.Stores {
		s := &t.Stores[i]
		if strings.Contains(s.Region, ":") {
			r, ok := e.cat.Region(s.Region)
			switch {
			case !ok:
				v.add(fmt.Sprintf("stores[%d].region", i), fmt.Errorf("%w: %w", ErrUnknown, unknownRegion(e.cat, s.Region)))
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
	return ix, v.err()
}

func pathOf(err error) string {
	var ve *ValidationError
	if errors.As(err, &ve) {
		return ve.Path
	}
	return ""
}

// comparePaths orders validation paths in topology order: field order
// first, then numeric indexes.
func comparePaths(a, b string) int {
	rank := func(p string) int {
		for i, f := range []string{"topology", "datasets", "entities", "stores", "flows", "waivers"} {
			if strings.HasPrefix(p, f) {
				return i
			}
		}
		return 9
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra - rb
	}
	return compareNatural(a, b)
}

// compareNatural compares strings, treating runs of digits as numbers.
func compareNatural(a, b string) int {
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) - len(nb)
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		a, b = a[1:], b[1:]
	}
	return len(a) - len(b)
}

func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
