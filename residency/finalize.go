package residency

import (
	"cmp"
	"strings"
)

// finalize turns what the passes found into the report: every finding
// gets its ID, severity and the waiver in force where it was found,
// findings sharing an ID become one, and every list is put in its
// documented order as it is copied into the report (one move of each
// finding).
func (a *assessment) finalize() {
	r := a.report
	r.Names = a.catalogNames()
	w := a.waivers()
	a.violations.each(func(v *Violation) {
		v.ID = findingIDText("V:", v.Rule.ID, "@", v.Path)
		v.Severity = SeverityError
		v.Waiver = w(v.ID)
	})
	a.foundConflicts.each(func(c *Conflict) {
		c.ID = findingIDText("C:", c.CompellingJurisdiction.String()+"/"+c.BlockingJurisdiction.String(), "@", c.Path)
		c.Severity = SeverityError
		c.Waiver = w(c.ID)
	})
	var exposures []*Exposure
	if a.parts&Exposures != 0 {
		n := 0
		for _, xs := range a.exposure {
			n += len(xs)
		}
		exposures = make([]*Exposure, 0, n)
		for _, xs := range a.exposure {
			for k := range xs {
				x := &xs[k] // its ID was made with it: see exposuresOf
				x.Severity = SeverityNote
				if x.Readable && a.foreign(x.Government) {
					x.Severity = SeverityWarning
				}
				x.Waiver = w(x.ID)
				exposures = append(exposures, x)
			}
		}
	}
	for i := range r.Obligations {
		o := &r.Obligations[i]
		o.ID = findingIDText("O:", o.Rule.ID, "@", o.Path)
		o.Severity = SeverityNote
		o.Waiver = w(o.ID)
	}
	a.sortReport(exposures)
	if a.parts&Exposures != 0 {
		a.place()
	}
	if r.Violations == nil {
		r.Violations = []Violation{}
	}
	if r.Conflicts == nil {
		r.Conflicts = []Conflict{}
	}
	if r.Exposures == nil {
		r.Exposures = []Exposure{}
	}
	if r.Obligations == nil {
		r.Obligations = []Obligation{}
	}
	if r.Datasets == nil {
		r.Datasets = []DatasetRating{}
	}
	if r.Stores == nil {
		r.Stores = []StoreState{}
	}
	if r.Flows == nil {
		r.Flows = []FlowState{}
	}
}

// waivers returns the waiver in force for a finding ID, as a copy, or
// nil. Of several for one ID, the last listed applies.
func (a *assessment) waivers() func(id string) *Waiver {
	waivers := map[string]*Waiver{}
	for i := range a.t.Waivers {
		w := &a.t.Waivers[i]
		if a.d.Before(w.Expires) {
			waivers[w.Finding] = w
		}
	}
	return func(id string) *Waiver {
		if w, ok := waivers[id]; ok {
			c := *w
			return &c
		}
		return nil
	}
}

// findingIDText builds prefix + name + sep + the path's text with one
// allocation.
func findingIDText(prefix, name, sep string, p Path) string {
	var b strings.Builder
	b.Grow(len(prefix) + len(name) + len(sep) + p.textLen())
	b.WriteString(prefix)
	b.WriteString(name)
	b.WriteString(sep)
	p.writeTo(&b)
	return b.String()
}

// foreign reports whether government gov is foreign to the report's
// consumer on the as-of date: the consumer is not in gov (nor, for a bloc,
// a member of it) and gov is not a subdivision of the consumer's country.
// Every government is foreign to a consumer with no home regime.
func (a *assessment) foreign(gov code) bool {
	if !a.consumer.IsValid() {
		return true
	}
	if gov == a.consumer || gov.Country() == a.consumer.Country() {
		return false
	}
	return !a.e.cat.Within(a.consumer, gov, a.d)
}

// pathText returns the path part of a finding ID: what follows the
// prefix, the name and "@".
func pathText(id string, nameLen int) string { return id[2+nameLen+1:] }

// sortReport puts every list in its documented order as it copies the
// findings into the report, and makes findings that share an ID one (a
// rule broken at one path in two ways is one violation, with both
// reasons).
func (a *assessment) sortReport(exposures []*Exposure) {
	r := a.report
	r.Violations = mergeByID(sortedCopy(a.violations.pointers(), func(x, y *Violation) int {
		return cmp.Or(strings.Compare(x.Rule.ID, y.Rule.ID), strings.Compare(pathText(x.ID, len(x.Rule.ID)), pathText(y.ID, len(y.Rule.ID))),
			strings.Compare(x.Reason, y.Reason))
	}))
	r.Conflicts = sortedCopy(a.foundConflicts.pointers(), func(x, y *Conflict) int {
		return cmp.Or(strings.Compare(x.Store, y.Store), strings.Compare(conflictPath(x.ID), conflictPath(y.ID)),
			x.CompellingJurisdiction.Compare(y.CompellingJurisdiction), x.BlockingJurisdiction.Compare(y.BlockingJurisdiction))
	})
	r.Exposures = sortedCopy(exposures, func(x, y *Exposure) int {
		return cmp.Or(strings.Compare(x.Store, y.Store), x.Government.Compare(y.Government),
			strings.Compare(pathText(x.ID, len(x.Government.String())), pathText(y.ID, len(y.Government.String()))))
	})
	sortStable(r.Obligations, func(x, y *Obligation) int {
		return cmp.Or(strings.Compare(x.Rule.ID, y.Rule.ID), strings.Compare(x.Dataset, y.Dataset))
	})
}

// conflictPath returns the path part of a conflict's ID.
func conflictPath(id string) string { return id[strings.IndexByte(id, '@')+1:] }

// mergeByID makes adjacent violations with the same ID one: identical
// reasons are kept once, different ones joined.
func mergeByID(vs []Violation) []Violation {
	out := vs[:0]
	for i := range vs {
		if n := len(out); n > 0 && out[n-1].ID == vs[i].ID {
			if out[n-1].Reason != vs[i].Reason {
				out[n-1].Reason += "; " + vs[i].Reason
			}
			continue
		}
		out = append(out, vs[i])
	}
	return out
}
