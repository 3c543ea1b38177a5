package jurisdiction

import (
	"errors"
	"fmt"
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
	// Surveys record the research into jurisdictions' law, with the
	// kinds of rule found absent.
	Surveys []Survey `json:"surveys,omitempty"`
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
	profiles      map[Code]AccessProfile
	rules         indexed[Rule]
	mechanisms    indexed[Mechanism]
	agreements    indexed[Agreement]
	providers     indexed[Provider]
	operators     indexed[Operator]
	regions       indexed[Region] // keyed by lower-case ID
	surveys       map[Code]Survey
	// enacts holds the jurisdictions that enact at least one rule, or lie
	// in a rule's territory, or are members of a bloc that does.
	enacts map[Code]bool
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
	cat := &Catalog{name: name}
	var errs *multierror.Error
	add := func(path string, err error) { errs = multierror.Append(errs, &CatalogError{Path: path, Err: err}) }

	cat.addJurisdictions(c, add)
	// Rules come first: mechanisms and agreements refer to them.
	cat.rules = indexByID(c.Rules, "rules", "id", "rule", func(r Rule) string { return r.ID }, Rule.clone, cat.checkRule, add)
	cat.mechanisms = indexByID(c.Mechanisms, "mechanisms", "id", "mechanism", func(m Mechanism) string { return m.ID },
		Mechanism.clone, cat.checkMechanism, add)
	cat.checkRequires(c.Mechanisms, add)
	cat.addProfiles(c.Profiles, add)
	cat.addSurveys(c.Surveys, add)
	cat.enacts = map[Code]bool{}
	for _, r := range c.Rules {
		cat.enacts[r.Jurisdiction] = true
		for _, t := range r.Territory {
			cat.enacts[t] = true
		}
	}
	// A bloc's rules are researched law for its members, at any time.
	for _, b := range c.Blocs {
		if cat.enacts[b.Code] {
			for _, m := range b.Members {
				cat.enacts[m.Member] = true
			}
		}
	}
	cat.agreements = indexByID(c.Agreements, "agreements", "id", "agreement", func(a Agreement) string { return a.ID },
		Agreement.clone, cat.checkAgreement, add)
	// Operators, then the providers and regions that name them.
	cat.operators = indexByID(c.Operators, "operators", "id", "operator", func(o Operator) string { return o.ID },
		Operator.clone, checkOperator, add)
	cat.checkOwnership(c.Operators, add)
	cat.providers = indexByID(c.Providers, "providers", "id", "provider", func(p Provider) string { return p.ID },
		Provider.clone, cat.checkProvider, add)
	cat.regions = indexByID(c.Regions, "regions", "code", "region", regionKey, Region.clone, cat.checkRegion, add)

	if err := errs.ErrorOrNil(); err != nil {
		sortMultierror(errs)
		return nil, err
	}
	cat.version = cat.computeVersion()
	return cat, nil
}

// addJurisdictions registers every ISO 3166-1 code, then c's blocs and
// jurisdictions, checking them.
func (cat *Catalog) addJurisdictions(c Contents, add func(string, error)) {
	cat.jurisdictions = make(map[Code]Jurisdiction, len(isoNames)+len(c.Blocs)+len(c.Jurisdictions))
	cat.blocs = make(map[Code]Bloc, len(c.Blocs))
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
	seen := map[Code]bool{}
	for i, j := range c.Jurisdictions {
		p := fmt.Sprintf("jurisdictions[%d]", i)
		if !j.Code.IsValid() {
			add(p+".code", ErrMissing)
			continue
		}
		if seen[j.Code] {
			add(p+".code", fmt.Errorf("%w: jurisdiction %s", ErrDuplicate, j.Code))
		}
		seen[j.Code] = true
		if j.Sovereign.IsValid() && !cat.known(j.Sovereign) {
			add(p+".sovereign", fmt.Errorf("%w: %s", ErrDangling, j.Sovereign))
		}
		j = j.clone()
		if j.Name == "" {
			j.Name = cat.jurisdictions[j.Code].Name
		}
		cat.jurisdictions[j.Code] = j
	}
}

// addProfiles registers and checks the access profiles, one per
// jurisdiction.
func (cat *Catalog) addProfiles(profiles []AccessProfile, add func(string, error)) {
	cat.profiles = make(map[Code]AccessProfile, len(profiles))
	for i, pr := range profiles {
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
		for q, a := range pr.answers() {
			checkAnswer(p+"."+profileQuestions[q], *a, add)
		}
		cat.profiles[pr.Jurisdiction] = pr.clone()
	}
}

// checkAnswer checks an answer of a profile and its earlier answers: valid
// answers and periods, none overlapping another.
func checkAnswer(p string, a ProfileAnswer, add func(string, error)) {
	all := append([]ProfileAnswer{a}, a.Earlier...)
	for i, x := range all {
		q := p
		if i > 0 {
			q = fmt.Sprintf("%s.earlier[%d]", p, i-1)
			if len(x.Earlier) > 0 {
				add(q+".earlier", fmt.Errorf("%w: an earlier answer has no earlier answers of its own", ErrInvalid))
			}
		}
		if !x.Answer.IsValid() {
			add(q, fmt.Errorf("%w: answer %d", ErrInvalid, x.Answer))
		}
		if !x.Period.IsValid() {
			add(q, fmt.Errorf("%w: until %s is not after from %s", ErrDate, x.Until, x.From))
		}
		for j := range i {
			if x.Overlaps(all[j].Period) {
				add(q, fmt.Errorf("%w: its period overlaps that of another answer to the question", ErrDate))
			}
		}
	}
}

// indexed holds the entries of one kind, sorted by key, with an index
// from key to position.
type indexed[T any] struct {
	list  []T
	index map[string]int
}

// get returns the entry with key k, shared with the catalog.
func (x indexed[T]) get(k string) (T, bool) {
	i, ok := x.index[k]
	if !ok {
		var zero T
		return zero, false
	}
	return x.list[i], true
}

// has reports whether an entry has key k.
func (x indexed[T]) has(k string) bool {
	_, ok := x.index[k]
	return ok
}

// indexByID checks items[i] with check at path "<list>[i]", and indexes
// copies of them by key, sorted by key. It reports at "<list>[i].<field>"
// an item whose key is empty (ErrMissing) or repeats an earlier item's
// (ErrDuplicate, naming the noun and the key); the index leaves such items
// out.
func indexByID[T any](items []T, list, field, noun string, key func(T) string, clone func(T) T,
	check func(path string, v T, add func(string, error)), add func(string, error)) indexed[T] {
	x := indexed[T]{list: make([]T, 0, len(items)), index: make(map[string]int, len(items))}
	for i, v := range items {
		p := fmt.Sprintf("%s[%d]", list, i)
		check(p, v, add)
		switch k := key(v); {
		case k == "":
			add(p+"."+field, ErrMissing)
		case x.has(k):
			add(p+"."+field, fmt.Errorf("%w: %s %q", ErrDuplicate, noun, k))
		default:
			x.index[k] = -1
			x.list = append(x.list, clone(v))
		}
	}
	slices.SortFunc(x.list, func(a, b T) int { return strings.Compare(key(a), key(b)) })
	for i, v := range x.list {
		x.index[key(v)] = i
	}
	return x
}

// regionKey is the key regions are indexed by: the region's ID in lower
// case, or "" when it has no code.
func regionKey(r Region) string {
	if r.Code == "" {
		return ""
	}
	return strings.ToLower(r.ID())
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
