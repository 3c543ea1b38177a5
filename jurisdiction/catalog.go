package jurisdiction

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/hashicorp/go-multierror"

	"github.com/dataresidency/dataresidency/internal/natural"
)

// Contents is the raw material of a [Catalog]: plain data that a caller
// builds, inspects or serialises. A Catalog never shares memory with the
// Contents it was made from or hands out.
type Contents struct {
	Jurisdictions []Jurisdiction  `json:"jurisdictions,omitempty"`
	Blocs         []Bloc          `json:"blocs,omitempty"`
	Rules         []Rule          `json:"rules,omitempty"`
	Mechanisms    []Mechanism     `json:"mechanisms,omitempty"`
	Agreements    []Agreement     `json:"agreements,omitempty"`
	Profiles      []AccessProfile `json:"profiles,omitempty"`
	Providers     []Provider      `json:"providers,omitempty"`
	Operators     []Operator      `json:"operators,omitempty"`
	Regions       []Region        `json:"regions,omitempty"`
}

// A Catalog is a validated, indexed, immutable set of jurisdictions, blocs,
// rules, transfer mechanisms and government-access profiles. A Catalog is
// immutable and safe for concurrent use; every accessor returns values the
// caller may modify freely.
//
// Every ISO 3166-1 code is a jurisdiction of every Catalog, named from the
// ISO list unless the Contents give a [Jurisdiction] for it.
type Catalog struct {
	name          string
	version       string
	jurisdictions map[Code]Jurisdiction
	blocs         map[Code]Bloc
	rules         []Rule // sorted by ID
	ruleIndex     map[string]int
	mechanisms    []Mechanism // sorted by ID
	mechIndex     map[string]int
	agreements    []Agreement // sorted by ID
	profiles      map[Code]AccessProfile
	providers     map[string]Provider
	operators     map[string]Operator
	regions       map[string]Region // by lower-case ID
	regionIDs     []string          // sorted
}

// A CatalogError is one problem [NewCatalog] found, at Path in the
// Contents ("rules[3].citation.article").
type CatalogError struct {
	Path string
	Err  error
}

// Error returns the problem prefixed with its path in the catalog.
func (e *CatalogError) Error() string { return "jurisdiction: " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *CatalogError) Unwrap() error { return e.Err }

// Errors that [NewCatalog] wraps in a [CatalogError].
var (
	ErrMissing   = errors.New("required field is empty")
	ErrDuplicate = errors.New("duplicate identifier")
	ErrInvalid   = errors.New("invalid value")
	ErrDangling  = errors.New("refers to nothing in the catalog")
)

// NewCatalog validates c and builds a Catalog named name. It reports every
// problem at once, each a [*CatalogError] with its path, joined into one
// error that [errors.Is] and [errors.As] see through. It does not modify
// c.
//
// Every rule must have an ID, a valid jurisdiction and kind, a citation
// with law and article, an effective date, an end date after it if any,
// and at least one source; IDs must be unique. Compelled-access rules need
// a reach; ownership rules a licence or a cap. Mechanisms follow the same
// discipline and must satisfy existing rules. Profiles are unique per
// jurisdiction. Bloc memberships must have valid periods.
func NewCatalog(name string, c Contents) (*Catalog, error) {
	cat := &Catalog{
		name:          name,
		jurisdictions: make(map[Code]Jurisdiction, len(isoNames)+len(c.Jurisdictions)),
		blocs:         make(map[Code]Bloc, len(c.Blocs)),
		ruleIndex:     make(map[string]int, len(c.Rules)),
		mechIndex:     make(map[string]int, len(c.Mechanisms)),
		profiles:      make(map[Code]AccessProfile, len(c.Profiles)),
		providers:     make(map[string]Provider, len(c.Providers)),
		operators:     make(map[string]Operator, len(c.Operators)),
		regions:       make(map[string]Region, len(c.Regions)),
	}
	var errs *multierror.Error
	add := func(path string, err error) { errs = multierror.Append(errs, &CatalogError{Path: path, Err: err}) }

	for s, n := range isoNames {
		code := pack(s)
		cat.jurisdictions[code] = Jurisdiction{Code: code, Name: n}
	}
	for i, b := range c.Blocs {
		p := fmt.Sprintf("blocs[%d]", i)
		switch {
		case !b.Code.IsValid():
			add(p+".code", ErrMissing)
			continue
		case !b.Code.IsGroup():
			add(p+".code", fmt.Errorf("%w: %s is a country code, not a bloc code", ErrInvalid, b.Code))
			continue
		}
		if _, dup := cat.blocs[b.Code]; dup {
			add(p+".code", fmt.Errorf("%w: bloc %s", ErrDuplicate, b.Code))
		}
		cat.blocs[b.Code] = b.clone()
		cat.jurisdictions[b.Code] = Jurisdiction{Code: b.Code, Name: b.Name}
	}
	// Members are checked once every bloc is known, so blocs may not nest.
	for i, b := range c.Blocs {
		for k, m := range b.Members {
			mp := fmt.Sprintf("blocs[%d].members[%d]", i, k)
			switch {
			case !m.Member.IsValid():
				add(mp+".member", ErrMissing)
			case m.Member.IsGroup():
				add(mp+".member", fmt.Errorf("%w: a bloc member must be a country, not %s", ErrInvalid, m.Member))
			}
			if !m.Period.IsValid() {
				add(mp, fmt.Errorf("%w: period %s ends before it starts", ErrInvalid, m.Period))
			}
		}
	}
	seenJur := map[Code]bool{}
	for i, j := range c.Jurisdictions {
		p := fmt.Sprintf("jurisdictions[%d]", i)
		if !j.Code.IsValid() {
			add(p+".code", ErrMissing)
			continue
		}
		if seenJur[j.Code] {
			add(p+".code", fmt.Errorf("%w: jurisdiction %s", ErrDuplicate, j.Code))
		}
		seenJur[j.Code] = true
		if j.Sovereign.IsValid() && !cat.known(j.Sovereign) {
			add(p+".sovereign", fmt.Errorf("%w: %s", ErrDangling, j.Sovereign))
		}
		j = j.clone()
		if j.Name == "" {
			j.Name = cat.jurisdictions[j.Code].Name
		}
		cat.jurisdictions[j.Code] = j
	}

	cat.rules = make([]Rule, 0, len(c.Rules))
	for i, r := range c.Rules {
		p := fmt.Sprintf("rules[%d]", i)
		if r.ID == "" {
			add(p+".id", ErrMissing)
		} else if _, dup := cat.ruleIndex[r.ID]; dup {
			add(p+".id", fmt.Errorf("%w: rule %q", ErrDuplicate, r.ID))
		} else {
			cat.ruleIndex[r.ID] = -1
		}
		cat.checkRule(p, r, add)
		cat.rules = append(cat.rules, r.clone())
	}
	slices.SortStableFunc(cat.rules, func(a, b Rule) int { return strings.Compare(a.ID, b.ID) })
	for i, r := range cat.rules {
		cat.ruleIndex[r.ID] = i
	}

	cat.mechanisms = make([]Mechanism, 0, len(c.Mechanisms))
	for i, m := range c.Mechanisms {
		p := fmt.Sprintf("mechanisms[%d]", i)
		if m.ID == "" {
			add(p+".id", ErrMissing)
		} else if _, dup := cat.mechIndex[m.ID]; dup {
			add(p+".id", fmt.Errorf("%w: mechanism %q", ErrDuplicate, m.ID))
		} else {
			cat.mechIndex[m.ID] = -1
		}
		cat.checkMechanism(p, m, add)
		cat.mechanisms = append(cat.mechanisms, m.clone())
	}
	slices.SortStableFunc(cat.mechanisms, func(a, b Mechanism) int { return strings.Compare(a.ID, b.ID) })
	for i, m := range cat.mechanisms {
		cat.mechIndex[m.ID] = i
	}

	for i, pr := range c.Profiles {
		p := fmt.Sprintf("profiles[%d]", i)
		if !pr.Jurisdiction.IsValid() {
			add(p+".jurisdiction", ErrMissing)
			continue
		}
		if !cat.known(pr.Jurisdiction) {
			add(p+".jurisdiction", fmt.Errorf("%w: %s", ErrDangling, pr.Jurisdiction))
		}
		if _, dup := cat.profiles[pr.Jurisdiction]; dup {
			add(p+".jurisdiction", fmt.Errorf("%w: profile for %s", ErrDuplicate, pr.Jurisdiction))
		}
		if !pr.Default && len(pr.Sources) == 0 {
			add(p+".sources", ErrMissing)
		}
		for q, a := range map[string]Answer{
			"judicial_authorisation": pr.JudicialAuthorisation.Answer, "transparency": pr.Transparency.Answer,
			"compelled_assistance": pr.CompelledAssistance.Answer, "content_control": pr.ContentControl.Answer,
		} {
			if !a.IsValid() {
				add(p+"."+q, fmt.Errorf("%w: answer %d", ErrInvalid, a))
			}
		}
		cat.profiles[pr.Jurisdiction] = pr.clone()
	}

	seenAgreement := map[string]bool{}
	for i, a := range c.Agreements {
		p := fmt.Sprintf("agreements[%d]", i)
		if a.ID == "" {
			add(p+".id", ErrMissing)
		} else if seenAgreement[a.ID] {
			add(p+".id", fmt.Errorf("%w: agreement %q", ErrDuplicate, a.ID))
		}
		seenAgreement[a.ID] = true
		cat.checkAgreement(p, a, add)
		cat.agreements = append(cat.agreements, a.clone())
	}
	slices.SortStableFunc(cat.agreements, func(a, b Agreement) int { return strings.Compare(a.ID, b.ID) })

	cat.checkRegions(c, add)

	if err := errs.ErrorOrNil(); err != nil {
		sortMultierror(errs)
		return nil, err
	}
	cat.version = cat.computeVersion()
	return cat, nil
}

// sortMultierror orders the members by their text, numbers compared as
// numbers (rules[2] before rules[10]), so the message is stable whatever
// order map iteration visited them in.
func sortMultierror(m *multierror.Error) {
	slices.SortStableFunc(m.Errors, func(a, b error) int { return natural.Compare(a.Error(), b.Error()) })
}

func (cat *Catalog) known(c Code) bool {
	if _, ok := cat.jurisdictions[c]; ok {
		return true
	}
	if _, ok := cat.blocs[c]; ok {
		return true
	}
	// A subdivision of a known country is known: its law may be recorded
	// without listing it as a jurisdiction.
	if c.IsSubdivision() {
		_, ok := cat.jurisdictions[c.Country()]
		return ok
	}
	return false
}

func (cat *Catalog) checkRule(p string, r Rule, add func(string, error)) {
	if !r.Jurisdiction.IsValid() {
		add(p+".jurisdiction", ErrMissing)
	} else if !cat.known(r.Jurisdiction) {
		add(p+".jurisdiction", fmt.Errorf("%w: %s", ErrDangling, r.Jurisdiction))
	}
	if r.Title == "" {
		add(p+".title", ErrMissing)
	}
	if r.Citation.Law == "" {
		add(p+".citation.law", ErrMissing)
	}
	if r.Citation.Article == "" {
		add(p+".citation.article", ErrMissing)
	}
	if !r.Kind.IsValid() {
		add(p+".kind", fmt.Errorf("%w: kind %d", ErrInvalid, r.Kind))
	}
	if r.Effective.IsZero() {
		add(p+".effective", ErrMissing)
	} else if !r.End.IsZero() && !r.Effective.Before(r.End) {
		add(p+".end", fmt.Errorf("%w: end %s is not after effective %s", ErrInvalid, r.End, r.Effective))
	}
	if len(r.Sources) == 0 {
		add(p+".sources", ErrMissing)
	}
	for i, s := range r.Sources {
		if s.Title == "" {
			add(fmt.Sprintf("%s.sources[%d].title", p, i), ErrMissing)
		}
	}
	for i, t := range r.Territory {
		if !cat.known(t) {
			add(fmt.Sprintf("%s.territory[%d]", p, i), fmt.Errorf("%w: %s", ErrDangling, t))
		}
	}
	for i, t := range r.Counterparties {
		if !cat.known(t) {
			add(fmt.Sprintf("%s.counterparties[%d]", p, i), fmt.Errorf("%w: %s", ErrDangling, t))
		}
	}
	for i, c := range r.Scope.Classes {
		if !c.IsValid() {
			add(fmt.Sprintf("%s.scope.classes[%d]", p, i), fmt.Errorf("%w: data class %d", ErrInvalid, c))
		}
	}
	if !r.Scope.Basis.IsValid() {
		add(p+".scope.basis", fmt.Errorf("%w: basis %d", ErrInvalid, r.Scope.Basis))
	}
	if !r.Scope.Counting.IsValid() {
		add(p+".scope.counting", fmt.Errorf("%w: counting %d", ErrInvalid, r.Scope.Counting))
	}
	if r.Scope.MinSubjects < 0 {
		add(p+".scope.min_subjects", fmt.Errorf("%w: %d is negative", ErrInvalid, r.Scope.MinSubjects))
	}
	switch r.Kind {
	case CompelledAccess:
		if r.Reach&(TerritorialReach|PersonalReach|AccessReach) == 0 {
			add(p+".reach", ErrMissing)
		}
	case OwnershipLicensing:
		if r.Licence == "" && r.MaxForeignShare == 0 {
			add(p+".licence", fmt.Errorf("%w: an ownership rule needs a licence or a foreign-share cap", ErrMissing))
		}
		if r.MaxForeignShare < 0 || r.MaxForeignShare > 100 {
			add(p+".max_foreign_share", fmt.Errorf("%w: %v is not a percentage", ErrInvalid, r.MaxForeignShare))
		}
	case ProhibitedCounterparty:
		if len(r.Counterparties) == 0 {
			add(p+".counterparties", ErrMissing)
		}
		if r.ControlShare < 0 || r.ControlShare > 100 {
			add(p+".control_share", fmt.Errorf("%w: %v is not a percentage", ErrInvalid, r.ControlShare))
		}
	}
	if r.Reach != 0 && r.Kind != CompelledAccess {
		add(p+".reach", fmt.Errorf("%w: only compelled-access rules have a reach", ErrInvalid))
	} else if !r.Reach.IsValid() {
		add(p+".reach", fmt.Errorf("%w: reach %d", ErrInvalid, r.Reach))
	}
}

func (cat *Catalog) checkMechanism(p string, m Mechanism, add func(string, error)) {
	if !m.Jurisdiction.IsValid() {
		add(p+".jurisdiction", ErrMissing)
	} else if !cat.known(m.Jurisdiction) {
		add(p+".jurisdiction", fmt.Errorf("%w: %s", ErrDangling, m.Jurisdiction))
	}
	if m.Name == "" {
		add(p+".name", ErrMissing)
	}
	if m.Citation.Law == "" {
		add(p+".citation.law", ErrMissing)
	}
	if m.Citation.Article == "" {
		add(p+".citation.article", ErrMissing)
	}
	if m.Effective.IsZero() {
		add(p+".effective", ErrMissing)
	} else if !m.End.IsZero() && !m.Effective.Before(m.End) {
		add(p+".end", fmt.Errorf("%w: end %s is not after effective %s", ErrInvalid, m.End, m.Effective))
	}
	if len(m.Sources) == 0 {
		add(p+".sources", ErrMissing)
	}
	if len(m.Satisfies) == 0 {
		add(p+".satisfies", ErrMissing)
	}
	for i, id := range m.Satisfies {
		if _, ok := cat.ruleIndex[id]; !ok {
			add(fmt.Sprintf("%s.satisfies[%d]", p, i), fmt.Errorf("%w: rule %q", ErrDangling, id))
		}
	}
	for i, d := range m.Destinations {
		if !cat.known(d) {
			add(fmt.Sprintf("%s.destinations[%d]", p, i), fmt.Errorf("%w: %s", ErrDangling, d))
		}
	}
	seenTag := map[string]bool{}
	for i, tag := range m.ExcludedRecipientTags {
		tp := fmt.Sprintf("%s.excluded_recipient_tags[%d]", p, i)
		switch {
		case strings.TrimSpace(tag) == "":
			add(tp, ErrMissing)
		case seenTag[tag]:
			add(tp, fmt.Errorf("%w: tag %q", ErrDuplicate, tag))
		}
		seenTag[tag] = true
	}
	if m.Limits.MaxSubjects < 0 || m.Limits.MaxSensitiveSubjects < 0 {
		add(p+".limits", fmt.Errorf("%w: negative subject limit", ErrInvalid))
	}
	if !m.Limits.Counting.IsValid() {
		add(p+".limits.counting", fmt.Errorf("%w: counting %d", ErrInvalid, m.Limits.Counting))
	}
}

func (cat *Catalog) checkAgreement(p string, a Agreement, add func(string, error)) {
	if a.Name == "" {
		add(p+".name", ErrMissing)
	}
	if a.Citation.Law == "" {
		add(p+".citation.law", ErrMissing)
	}
	if len(a.Parties) < 2 {
		add(p+".parties", fmt.Errorf("%w: an agreement needs two parties", ErrMissing))
	}
	for i, c := range a.Parties {
		if !cat.known(c) {
			add(fmt.Sprintf("%s.parties[%d]", p, i), fmt.Errorf("%w: %s", ErrDangling, c))
		}
	}
	if a.Effective.IsZero() {
		add(p+".effective", ErrMissing)
	} else if !a.End.IsZero() && !a.Effective.Before(a.End) {
		add(p+".end", fmt.Errorf("%w: end %s is not after effective %s", ErrInvalid, a.End, a.Effective))
	}
	for i, id := range a.Lifts {
		if _, ok := cat.ruleIndex[id]; !ok {
			add(fmt.Sprintf("%s.lifts[%d]", p, i), fmt.Errorf("%w: rule %q", ErrDangling, id))
		}
	}
	if len(a.Sources) == 0 {
		add(p+".sources", ErrMissing)
	}
}

func (cat *Catalog) checkRegions(c Contents, add func(string, error)) {
	for i, o := range c.Operators {
		p := fmt.Sprintf("operators[%d]", i)
		if o.ID == "" {
			add(p+".id", ErrMissing)
			continue
		}
		if _, dup := cat.operators[o.ID]; dup {
			add(p+".id", fmt.Errorf("%w: operator %q", ErrDuplicate, o.ID))
		}
		if !o.Jurisdiction.IsValid() {
			add(p+".jurisdiction", ErrMissing)
		}
		if !(o.Share >= 0 && o.Share <= 100) {
			add(p+".share", fmt.Errorf("%w: %v is not a percentage", ErrInvalid, o.Share))
		}
		if len(o.Sources) == 0 {
			add(p+".sources", ErrMissing)
		}
		cat.operators[o.ID] = o.clone()
	}
	for i, o := range c.Operators {
		if o.Parent == "" {
			continue
		}
		if _, ok := cat.operators[o.Parent]; !ok {
			add(fmt.Sprintf("operators[%d].parent", i), fmt.Errorf("%w: operator %q", ErrDangling, o.Parent))
			continue
		}
		// Operator chains must end: walk up and give up after every
		// operator has been seen once.
		seen := map[string]bool{o.ID: true}
		for up := cat.operators[o.Parent]; ; up = cat.operators[up.Parent] {
			if seen[up.ID] {
				add(fmt.Sprintf("operators[%d].parent", i), fmt.Errorf("%w: ownership cycle through %q", ErrInvalid, up.ID))
				break
			}
			seen[up.ID] = true
			if _, ok := cat.operators[up.Parent]; !ok {
				break
			}
		}
	}
	for i, pr := range c.Providers {
		p := fmt.Sprintf("providers[%d]", i)
		if pr.ID == "" || strings.ContainsAny(pr.ID, ": ") {
			add(p+".id", fmt.Errorf("%w: provider id %q", ErrInvalid, pr.ID))
			continue
		}
		if _, dup := cat.providers[pr.ID]; dup {
			add(p+".id", fmt.Errorf("%w: provider %q", ErrDuplicate, pr.ID))
		}
		if _, ok := cat.operators[pr.Operator]; !ok {
			add(p+".operator", fmt.Errorf("%w: operator %q", ErrDangling, pr.Operator))
		}
		cat.providers[pr.ID] = pr.clone()
	}
	for i, r := range c.Regions {
		p := fmt.Sprintf("regions[%d]", i)
		if _, ok := cat.providers[r.Provider]; !ok {
			add(p+".provider", fmt.Errorf("%w: provider %q", ErrDangling, r.Provider))
		}
		if r.Code == "" {
			add(p+".code", ErrMissing)
			continue
		}
		id := strings.ToLower(r.ID())
		if _, dup := cat.regions[id]; dup {
			add(p+".code", fmt.Errorf("%w: region %q", ErrDuplicate, r.ID()))
		}
		if !r.Country.IsValid() || r.Country.IsGroup() {
			add(p+".country", fmt.Errorf("%w: a region needs the ISO code of its country", ErrMissing))
		}
		for _, ref := range []struct{ field, id string }{{"operator", r.Operator}, {"licensor", r.Licensor}} {
			if ref.id == "" {
				continue
			}
			if _, ok := cat.operators[ref.id]; !ok {
				add(p+"."+ref.field, fmt.Errorf("%w: operator %q", ErrDangling, ref.id))
			}
		}
		if len(r.Sources) == 0 {
			add(p+".sources", ErrMissing)
		}
		cat.regions[id] = r.clone()
		cat.regionIDs = append(cat.regionIDs, id)
	}
	slices.Sort(cat.regionIDs)
	cat.regionIDs = slices.Compact(cat.regionIDs)
}

// Agreements returns an iterator over every agreement, in ID order. Each
// agreement is a copy the caller may modify.
func (cat *Catalog) Agreements() iter.Seq[Agreement] { return clones(cat.agreements, Agreement.clone) }

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
	for _, b := range sortedByCode(cat.blocs) {
		c.Blocs = append(c.Blocs, b.clone())
	}
	for _, r := range cat.rules {
		c.Rules = append(c.Rules, r.clone())
	}
	for _, m := range cat.mechanisms {
		c.Mechanisms = append(c.Mechanisms, m.clone())
	}
	for _, p := range sortedByCode(cat.profiles) {
		c.Profiles = append(c.Profiles, p.clone())
	}
	c.Agreements = slices.Collect(cat.Agreements())
	c.Providers = slices.Collect(cat.Providers())
	c.Operators = slices.Collect(cat.Operators())
	c.Regions = slices.Collect(cat.Regions())
	return c
}

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
func (cat *Catalog) Rule(id string) (Rule, bool) {
	i, ok := cat.ruleIndex[id]
	if !ok {
		return Rule{}, false
	}
	return cat.rules[i].clone(), true
}

// Rules returns an iterator over every rule, in ID order. Each rule is a
// copy the caller may modify.
func (cat *Catalog) Rules() iter.Seq[Rule] { return clones(cat.rules, Rule.clone) }

// RulesOf returns an iterator over the rules enacted by jurisdiction c, in
// ID order. Each rule is a copy the caller may modify.
func (cat *Catalog) RulesOf(c Code) iter.Seq[Rule] {
	return func(yield func(Rule) bool) {
		for _, r := range cat.rules {
			if r.Jurisdiction == c && !yield(r.clone()) {
				return
			}
		}
	}
}

// Mechanism returns the mechanism with the given ID.
func (cat *Catalog) Mechanism(id string) (Mechanism, bool) {
	i, ok := cat.mechIndex[id]
	if !ok {
		return Mechanism{}, false
	}
	return cat.mechanisms[i].clone(), true
}

// Mechanisms returns an iterator over every mechanism, in ID order. Each
// mechanism is a copy the caller may modify.
func (cat *Catalog) Mechanisms() iter.Seq[Mechanism] { return clones(cat.mechanisms, Mechanism.clone) }

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
		Jurisdictions: len(cat.jurisdictions), Blocs: len(cat.blocs), Rules: len(cat.rules),
		Mechanisms: len(cat.mechanisms), Agreements: len(cat.agreements), Profiles: len(cat.profiles),
		Regions: len(cat.regions),
	}
	for _, r := range cat.rules {
		if r.Verified {
			s.VerifiedRules++
		}
	}
	return s
}
