package residency

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// This file decides whether a rule covers a dataset (its classes, the
// controller's designations and tags, subject volumes, the territorial
// tie the rule's basis asks for) and which mechanism, if any, carries a
// movement of data out of a rule's territory.

// classesMask sets the bit of each class.
func classesMask(cs []jurisdiction.DataClass) uint32 {
	var m uint32
	for _, c := range cs {
		m |= 1 << c
	}
	return m
}

// impliedMask sets the bits of each class and of every class it implies.
func impliedMask(cs []jurisdiction.DataClass) uint32 {
	var m uint32
	for _, c := range cs {
		for _, b := range jurisdiction.DataClasses() {
			if jurisdiction.Implies(c, b) {
				m |= 1 << b
			}
		}
	}
	return m
}

// inScope reports whether dataset di falls under rule r's scope by class,
// CII designation and subject count. The territorial tie (Basis) is
// checked by the callers, which know where the data is.
func (a *assessment) inScope(r *activeRule, di int) bool {
	if r.classMask != 0 && r.classMask&a.classMask[di] == 0 {
		return false
	}
	if r.Scope.CII && !a.controllerIsCII(di, r.Jurisdiction) {
		return false
	}
	if len(r.Scope.ControllerTags) > 0 {
		ci := a.ix.controller[di]
		if ci < 0 || !slices.ContainsFunc(a.t.Entities[ci].Tags, func(tag string) bool { return slices.Contains(r.Scope.ControllerTags, tag) }) {
			return false
		}
	}
	if r.Scope.MinSubjects > 0 && a.subjectsIn(di, r) < r.Scope.MinSubjects {
		return false
	}
	return true
}

func (a *assessment) controllerIsCII(di int, by code) bool {
	ci := a.ix.controller[di]
	return ci >= 0 && slices.Contains(a.t.Entities[ci].CII, by)
}

// subjectsIn counts the subjects inside rule r's territory of dataset di
// and of every other dataset of the same controller that r's classes
// cover, as the law counts them (r.Scope.Counting): volume thresholds bind
// the controller, not one dataset.
func (a *assessment) subjectsIn(di int, r *activeRule) int64 {
	return a.volume(&r.volume, di, r.contains, r.Scope.Counting, func(k int) bool { return r.classMask == 0 || r.classMask&a.classMask[k] != 0 })
}

// volume sums, over dataset di and the other datasets of its controller
// that match, the subjects in places inside, counted over the window c
// ends on the as-of date. The sums per controller are computed once per
// slot (a rule, or a mechanism and a sensitivity) and kept there. Sums
// saturate at math.MaxInt64 rather than wrap: a count too large to add
// still meets every threshold.
func (a *assessment) volume(slot *[]int64, di int, inside func(code) bool, c jurisdiction.Counting, match func(k int) bool) int64 {
	start := c.Start(a.d)
	own := func(k int) int64 {
		var n int64
		for _, s := range a.t.Datasets[k].Subjects {
			if inside(s.Jurisdiction) {
				n = addSat(n, s.countFor(start, a.d))
			}
		}
		return n
	}
	// The slot holds the sums per controller entity.
	if *slot == nil {
		by := make([]int64, len(a.t.Entities))
		for k, ci := range a.ix.controller {
			if ci >= 0 && match(k) {
				by[ci] = addSat(by[ci], own(k))
			}
		}
		*slot = by
	}
	switch ci := a.ix.controller[di]; {
	case ci < 0:
		return own(di)
	case match(di):
		return (*slot)[ci]
	default:
		return addSat((*slot)[ci], own(di))
	}
}

// addSat adds two non-negative counts, saturating at math.MaxInt64.
func addSat(x, y int64) int64 {
	if x > math.MaxInt64-y {
		return math.MaxInt64
	}
	return x + y
}

func (a *assessment) hasSubjectsIn(di int, r *activeRule) bool {
	for _, s := range a.t.Datasets[di].Subjects {
		if r.contains(s.Jurisdiction) {
			return true
		}
	}
	return false
}

// tiedTo reports whether dataset di at location loc is tied to rule r's
// territory by the rule's basis.
func (a *assessment) tiedTo(r *activeRule, di int, loc code) bool {
	switch r.Scope.Basis {
	case jurisdiction.SubjectsIn:
		return a.hasSubjectsIn(di, r)
	case jurisdiction.StoredOrSubjectsIn:
		return r.contains(loc) || a.hasSubjectsIn(di, r)
	case jurisdiction.ControllerIn:
		ci := a.ix.controller[di]
		return ci >= 0 && slices.ContainsFunc(a.codesOf[ci], func(c code) bool { return a.e.cat.Within(c, r.Jurisdiction, a.d) })
	}
	return r.contains(loc)
}

// mechanismFor returns the first mechanism (in ID order) that lets a
// movement of kind kind (0 for an undeclared collection) relying on the
// declared mechanisms carry data out under rule r to destination dest,
// received by entity recipient into store s (for admin access, the store
// read); or nil and the reasons the declared ones failed.
func (a *assessment) mechanismFor(r *activeRule, di int, mechanisms []string, kind FlowKind, dest code, recipient, s int) (*jurisdiction.Mechanism, []string) {
	var why []string
	for _, m := range r.mechs {
		declared := slices.Contains(mechanisms, m.ID)
		if !declared && !m.Automatic {
			continue
		}
		switch {
		case !m.inForce:
			if declared {
				why = append(why, fmt.Sprintf("%s is not in force on %s (%s)", m.ID, a.d, jurisdiction.Period{From: m.Effective, Until: m.End}))
			}
			continue
		case len(m.Destinations) > 0 && !m.covers(dest):
			if declared {
				why = append(why, fmt.Sprintf("%s does not cover transfers to %s", m.ID, dest))
			}
			continue
		case m.excludes(dest):
			if declared {
				why = append(why, fmt.Sprintf("%s does not cover transfers to %s", m.ID, dest))
			}
			continue
		case m.CertifiedRecipient && (recipient < 0 || !a.certified(recipient, m.ID)):
			if declared {
				why = append(why, fmt.Sprintf("%s needs a certified recipient and the recipient is not certified on %s", m.ID, a.d))
			}
			continue
		case m.ProcessorsOnly && kind == Provision:
			if declared {
				why = append(why, fmt.Sprintf("%s covers the controller's own processing, not provision to a third party", m.ID))
			}
			continue
		case m.Encrypted && !a.encryptedAway(s, kind):
			if declared || m.Automatic {
				why = append(why, fmt.Sprintf("%s needs %s", m.ID, a.encryptionGap(s, kind)))
			}
			continue
		case !requiresDeclared(m.Requires, mechanisms):
			if declared {
				why = append(why, fmt.Sprintf("%s needs the assessment %s declared with it", m.ID, strings.Join(m.Requires, ", ")))
			}
			continue
		case recipient >= 0 && excludedTag(m.ExcludedRecipientTags, a.t.Entities[recipient].Tags) != "":
			// Declared or automatic (the others were skipped above): the
			// reason is worth giving for an adequacy decision too.
			why = append(why, fmt.Sprintf("%s does not cover a recipient tagged %q (%s)", m.ID,
				excludedTag(m.ExcludedRecipientTags, a.t.Entities[recipient].Tags), a.t.Entities[recipient].ID))
			continue
		case m.OccasionalOnly:
			if declared {
				why = append(why, fmt.Sprintf("%s covers occasional transfers only, not a standing %s flow", m.ID, kind))
			}
			continue
		}
		if reason := a.outsideLimits(m, di); reason != "" {
			if declared {
				why = append(why, fmt.Sprintf("%s is not available: %s", m.ID, reason))
			}
			continue
		}
		return m.Mechanism, nil
	}
	for _, id := range mechanisms {
		if m, ok := a.e.mechs[id]; ok && !slices.Contains(m.Satisfies, r.ID) {
			why = append(why, fmt.Sprintf("%s does not satisfy %s", id, r.ID))
		}
	}
	return nil, why
}

// certified reports whether entity i holds a certification under
// mechanism id on the as-of date.
func (a *assessment) certified(i int, id string) bool {
	e := &a.t.Entities[i]
	return slices.Contains(e.Certifications, id) ||
		slices.ContainsFunc(e.Certified, func(c Certification) bool { return c.Mechanism == id && c.Period.Contains(a.d) })
}

// encryptedAway reports whether data moved by a movement of kind kind
// into store s is kept end-to-end encrypted with a validated module, its
// keys out of the operator's reach. Administrative access reads data in
// the clear and never is.
func (a *assessment) encryptedAway(s int, kind FlowKind) bool {
	return a.encryptionGap(s, kind) == ""
}

// encryptionGap says what store s lacks for encryption mechanisms, or "".
func (a *assessment) encryptionGap(s int, kind FlowKind) string {
	if kind == AdminAccess {
		return "data kept encrypted, and administrative access reads it in the clear"
	}
	if s < 0 {
		return "an encrypted store"
	}
	enc := a.t.Stores[s].Encryption
	var gaps []string
	if !enc.EndToEnd {
		gaps = append(gaps, "end-to-end encryption")
	}
	if !enc.Validated {
		gaps = append(gaps, "a validated cryptographic module")
	}
	if a.operatorManagedKeys(s) {
		gaps = append(gaps, "keys held by someone other than the operator")
	}
	if len(gaps) == 0 {
		return ""
	}
	return strings.Join(gaps, ", ") + " at store " + a.t.Stores[s].ID
}

// requiresDeclared reports whether every assessment in required is among
// the declared mechanisms.
func requiresDeclared(required, declared []string) bool {
	for _, id := range required {
		if !slices.Contains(declared, id) {
			return false
		}
	}
	return true
}

// excludedTag returns the first of tags that excluded lists, or "".
func excludedTag(excluded, tags []string) string {
	for _, t := range tags {
		if slices.Contains(excluded, t) {
			return t
		}
	}
	return ""
}

// outsideLimits returns why dataset di's controller cannot rely on m, or
// "" if it can.
func (a *assessment) outsideLimits(m *activeMech, di int) string {
	l := m.limits
	if l.IsZero() {
		return ""
	}
	if l.NotCII && a.controllerIsCII(di, m.Jurisdiction) {
		return "the controller is a CII operator"
	}
	sensitive := a.sensitive(di)
	if l.NoSensitive && sensitive {
		return "the dataset holds sensitive personal data"
	}
	inside := func(c code) bool { return a.e.cat.Within(c, m.Jurisdiction, a.d) }
	same := func(k int) bool { return a.sensitive(k) == sensitive && a.classMask[k]&(1<<jurisdiction.Personal) != 0 }
	slot := &m.volume[0]
	if sensitive {
		slot = &m.volume[1]
	}
	n := a.volume(slot, di, inside, l.Counting, same)
	kind, limit := "personal", l.MaxSubjects
	if sensitive {
		kind, limit = "sensitive personal", l.MaxSensitiveSubjects
	}
	if limit > 0 && n >= limit {
		return fmt.Sprintf("the controller's %s data covers %d subjects in %s (%s), at or above the limit of %d",
			kind, n, m.Jurisdiction, l.Counting, limit)
	}
	return ""
}

// sensitive reports whether dataset di holds sensitive personal data.
func (a *assessment) sensitive(di int) bool {
	return a.classMask[di]&(1<<jurisdiction.SensitivePersonal) != 0
}
