package jurisdiction

import (
	"fmt"
	"strings"
)

// The checks of [NewCatalog], one function per kind of entry. Each
// reports its problems through add, at paths under p ("rules[3]"). IDs,
// missing or repeated, are checked where entries are indexed, by
// indexByID.

// checkDates checks an entry's effective date, which must be set, and its
// end date, which, if set, must come after it.
func checkDates(p string, effective, end Date, add func(string, error)) {
	if effective.IsZero() {
		add(p+".effective", ErrMissing)
	} else if !end.IsZero() && !effective.Before(end) {
		add(p+".end", fmt.Errorf("%w: end %s is not after effective %s", ErrInvalid, end, effective))
	}
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
	checkDates(p, r.Effective, r.End, add)
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
	for i, role := range r.Scope.Roles {
		if !role.IsValid() || role == UnknownRole {
			add(fmt.Sprintf("%s.scope.roles[%d]", p, i), fmt.Errorf("%w: role %d", ErrInvalid, role))
		}
	}
	if len(r.Scope.Roles) > 0 && r.Kind != CompelledAccess && r.Kind != OwnershipLicensing {
		add(p+".scope.roles", fmt.Errorf("%w: only compelled-access and ownership rules bind by role", ErrInvalid))
	}
	if r.ForeignPersons && r.Kind != ProhibitedCounterparty {
		add(p+".foreign_persons", fmt.Errorf("%w: only prohibited-counterparty rules name foreign persons", ErrInvalid))
	}
	if r.BarsDisclosure && r.Kind != Localization && r.Kind != TransferRestriction {
		add(p+".bars_disclosure", fmt.Errorf("%w: only localization and transfer rules are marked as barring disclosure (blocking statutes always do)", ErrInvalid))
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
	checkDates(p, m.Effective, m.End, add)
	if len(m.Sources) == 0 {
		add(p+".sources", ErrMissing)
	}
	if len(m.Satisfies) == 0 && !m.Assessment {
		add(p+".satisfies", ErrMissing)
	}
	for i, d := range m.ExcludedDestinations {
		if !cat.known(d) {
			add(fmt.Sprintf("%s.excluded_destinations[%d]", p, i), fmt.Errorf("%w: %s", ErrDangling, d))
		}
	}
	for i, id := range m.Satisfies {
		if !cat.rules.has(id) {
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

// checkRequires checks, once every mechanism is indexed, that each
// mechanism requires only assessments the catalog holds.
func (cat *Catalog) checkRequires(ms []Mechanism, add func(string, error)) {
	for i, m := range ms {
		for k, id := range m.Requires {
			p := fmt.Sprintf("mechanisms[%d].requires[%d]", i, k)
			switch req, ok := cat.mechanisms.get(id); {
			case !ok:
				add(p, fmt.Errorf("%w: mechanism %q", ErrDangling, id))
			case !req.Assessment:
				add(p, fmt.Errorf("%w: %q is not an assessment", ErrInvalid, id))
			}
		}
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
	checkDates(p, a.Effective, a.End, add)
	for i, id := range a.Lifts {
		if !cat.rules.has(id) {
			add(fmt.Sprintf("%s.lifts[%d]", p, i), fmt.Errorf("%w: rule %q", ErrDangling, id))
		}
	}
	if len(a.Sources) == 0 {
		add(p+".sources", ErrMissing)
	}
}

func checkOperator(p string, o Operator, add func(string, error)) {
	if !o.Jurisdiction.IsValid() {
		add(p+".jurisdiction", ErrMissing)
	}
	if !(o.Share >= 0 && o.Share <= 100) {
		add(p+".share", fmt.Errorf("%w: %v is not a percentage", ErrInvalid, o.Share))
	}
	if len(o.Sources) == 0 {
		add(p+".sources", ErrMissing)
	}
}

// checkOwnership checks, once every operator is indexed, that each
// operator's parent exists and that ownership chains end.
func (cat *Catalog) checkOwnership(operators []Operator, add func(string, error)) {
	for i, o := range operators {
		if o.Parent == "" {
			continue
		}
		p := fmt.Sprintf("operators[%d].parent", i)
		up, ok := cat.operators.get(o.Parent)
		if !ok {
			add(p, fmt.Errorf("%w: operator %q", ErrDangling, o.Parent))
			continue
		}
		// Walk up and give up after every operator has been seen once.
		seen := map[string]bool{o.ID: true}
		for {
			if seen[up.ID] {
				add(p, fmt.Errorf("%w: ownership cycle through %q", ErrInvalid, up.ID))
				break
			}
			seen[up.ID] = true
			if up, ok = cat.operators.get(up.Parent); !ok {
				break
			}
		}
	}
}

func (cat *Catalog) checkProvider(p string, pr Provider, add func(string, error)) {
	if strings.ContainsAny(pr.ID, ": ") {
		add(p+".id", fmt.Errorf("%w: provider id %q", ErrInvalid, pr.ID))
	}
	if !cat.operators.has(pr.Operator) {
		add(p+".operator", fmt.Errorf("%w: operator %q", ErrDangling, pr.Operator))
	}
}

func (cat *Catalog) checkRegion(p string, r Region, add func(string, error)) {
	if !cat.providers.has(r.Provider) {
		add(p+".provider", fmt.Errorf("%w: provider %q", ErrDangling, r.Provider))
	}
	if !r.Country.IsValid() || r.Country.IsGroup() {
		add(p+".country", fmt.Errorf("%w: a region needs the ISO code of its country", ErrMissing))
	}
	for _, ref := range []struct{ field, id string }{{"operator", r.Operator}, {"licensor", r.Licensor}} {
		if ref.id != "" && !cat.operators.has(ref.id) {
			add(p+"."+ref.field, fmt.Errorf("%w: operator %q", ErrDangling, ref.id))
		}
	}
	if len(r.Sources) == 0 {
		add(p+".sources", ErrMissing)
	}
}
