package residency

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/go-multierror"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// Errors that a [*ValidationError] wraps. Test for them with [errors.Is]
// on the error [Topology.Validate] or [Assess] returns: it reaches every
// member of the aggregate.
var (
	ErrMissing   = errors.New("required value is missing")
	ErrDuplicate = errors.New("duplicate id")
	ErrDangling  = errors.New("reference to nothing")
	ErrCycle     = errors.New("ownership cycle")
	ErrShare     = errors.New("ownership shares out of range")
	ErrDate      = errors.New("bad dates")
	ErrInvalid   = errors.New("invalid value")
	// ErrUnknown is wrapped for identifiers the catalog does not know: a
	// mechanism ID, or a group code that is not one of its blocs. Unknown
	// jurisdiction codes also match jurisdiction.ErrUnknownCode.
	ErrUnknown = errors.New("unknown to the catalog")
)

// A ValidationError is one problem in a topology, at Path: a Go-style
// path into the Topology value such as "stores[2].operators[0].entity", or,
// from [DecodeJSON], a JSON pointer such as "/stores/2/operators/0/entity"
// with the Line and Column (1-based, in bytes; 0 when unknown) where the
// value starts in the document.
type ValidationError struct {
	Path         string
	Line, Column int
	Err          error
}

// Error returns the problem prefixed with its location: line and column
// when the topology came from a document, and its path.
func (e *ValidationError) Error() string {
	where := e.Path
	if e.Line > 0 {
		where = fmt.Sprintf("%d:%d: %s", e.Line, e.Column, e.Path)
	}
	if where == "" {
		return "residency: " + e.Err.Error()
	}
	return "residency: " + where + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ValidationError) Unwrap() error { return e.Err }

// Pointer returns Path as a JSON pointer (RFC 6901) into the topology's
// JSON encoding: "stores[2].operators[0].entity" gives
// "/stores/2/operators/0/entity". A Path that is already a pointer is
// returned as is.
func (e *ValidationError) Pointer() string {
	if e.Path == "" || strings.HasPrefix(e.Path, "/") {
		return e.Path
	}
	var b strings.Builder
	for _, part := range strings.FieldsFunc(e.Path, func(r rune) bool { return r == '.' || r == '[' || r == ']' }) {
		b.WriteByte('/')
		b.WriteString(escapeKey(part))
	}
	return b.String()
}

// MaxProblems is the most problems one validation reports; past it a last
// problem says how many more there were, so hostile input cannot make the
// error itself exhaust memory.
const MaxProblems = 1000

// errs collects validation problems.
type errs struct {
	m       *multierror.Error
	dropped int
}

func (e *errs) add(path string, err error) {
	e.append(&ValidationError{Path: path, Err: err})
}

// full reports whether MaxProblems problems are already recorded.
func (e *errs) full() bool { return e.m != nil && len(e.m.Errors) >= MaxProblems }

func (e *errs) append(ve *ValidationError) {
	if e.full() {
		e.dropped++
		return
	}
	e.m = multierror.Append(e.m, ve)
}

func (e *errs) addf(path string, sentinel error, format string, args ...any) {
	e.add(path, fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...)))
}

// err returns the problems sorted by path (section, then index, then
// field), or nil.
func (e *errs) err() error {
	if e.m == nil {
		return nil
	}
	slices.SortStableFunc(e.m.Errors, func(a, b error) int { return comparePaths(pathOf(a), pathOf(b)) })
	e.truncated()
	return e.m.ErrorOrNil()
}

// truncated adds the note on problems past MaxProblems, once.
func (e *errs) truncated() {
	if e.dropped > 0 {
		e.m.Errors = append(e.m.Errors, &ValidationError{Err: fmt.Errorf("%w: %d more problems not listed", ErrLimit, e.dropped)})
		e.dropped = 0
	}
}

// Validate checks the topology's structure and reports every problem at
// once: missing or duplicate IDs, references to datasets, entities or
// stores that do not exist, ownership cycles, shares outside 0-100% or
// summing past 100% at any date, periods that end before they start,
// overlapping operator or key tenures, invalid enumerations and flows that
// do not fit their kind. Each problem is a [*ValidationError] with its
// path; they are joined into one error, sorted by path (topology section,
// index, then field), that
// [errors.Is] and [errors.As] see through. It returns nil for a valid
// topology and never panics. It does not modify t.
//
// Validate needs no catalog. [Assess] also checks what only a catalog can
// say: that mechanism IDs and group codes exist.
func (t *Topology) Validate() error {
	var e errs
	t.validate(&e, false)
	return e.err()
}

// ids maps the IDs of a topology's datasets, entities and stores to their
// indexes and, when validate is asked to resolve, holds the references it
// looked up, by index (-1 for none). Validation builds it; the assessment
// reuses it. It is only fit for use when validation found no problem.
type ids struct {
	datasets, entities, stores map[string]int

	storeDS    rows  // per store, its datasets
	flowDS     rows  // per flow, the datasets it names
	flowTo     []int // per flow, its destination store
	flowFrom   []int // per flow, its source store
	accessor   []int // per flow, its accessor entity
	controller []int // per dataset, its controller entity
}

// validate adds t's problems to e and returns its ID index, with the
// references resolved if resolve is set.
func (t *Topology) validate(e *errs, resolve bool) ids {
	if t == nil {
		e.add("topology", fmt.Errorf("%w: nil topology", ErrMissing))
		return ids{}
	}
	tooLong := false
	for _, sec := range []struct {
		name string
		n    int
	}{{"datasets", len(t.Datasets)}, {"entities", len(t.Entities)}, {"stores", len(t.Stores)}, {"flows", len(t.Flows)}, {"waivers", len(t.Waivers)}} {
		if sec.n > maxItems {
			e.add(sec.name, fmt.Errorf("%w: %d %s, more than %d", ErrLimit, sec.n, sec.name, maxItems))
			tooLong = true
		}
	}
	if !tooLong {
		refs := 0
		for i := range t.Stores {
			refs += len(t.Stores[i].Datasets) + len(t.Stores[i].Custodians)
		}
		for i := range t.Flows {
			refs += len(t.Flows[i].Datasets)
		}
		if refs > maxRefs {
			e.add("stores", fmt.Errorf("%w: %d references from stores and flows to datasets and custodians, more than %d", ErrLimit, refs, maxRefs))
			tooLong = true
		}
	}
	if tooLong {
		return ids{}
	}
	datasets := indexIDs(e, "datasets", t.Datasets, func(d *Dataset) string { return d.ID })
	entities := indexIDs(e, "entities", t.Entities, func(x *Entity) string { return x.ID })
	stores := indexIDs(e, "stores", t.Stores, func(s *Store) string { return s.ID })
	indexIDs(e, "flows", t.Flows, func(f *Flow) string { return f.ID })
	v := validator{e: e}
	ix := ids{datasets: datasets, entities: entities, stores: stores}
	var storeDS, flowDS *rowsBuilder
	if resolve {
		counts := make([]int, max(len(t.Stores), len(t.Flows)))
		for i := range t.Stores {
			counts[i] = len(t.Stores[i].Datasets)
		}
		storeDS = newRows(counts[:len(t.Stores)])
		for i := range t.Flows {
			counts[i] = len(t.Flows[i].Datasets)
		}
		flowDS = newRows(counts[:len(t.Flows)])
		ix.controller = make([]int, len(t.Datasets))
		refs := make([]int, 3*len(t.Flows))
		for i := range refs {
			refs[i] = -1
		}
		ix.flowTo, ix.flowFrom, ix.accessor = refs[:len(t.Flows)], refs[len(t.Flows):2*len(t.Flows)], refs[2*len(t.Flows):]
	}

	// Paths are built only for problems: building one per element would
	// cost more than the checks.
	for i := range t.Datasets {
		d := &t.Datasets[i]
		for k, c := range d.Classes {
			if !c.IsValid() {
				e.addf(fmt.Sprintf("datasets[%d].classes[%d]", i, k), ErrInvalid, "data class %d", c)
			}
		}
		for k, s := range d.Subjects {
			v.code(func() string { return fmt.Sprintf("datasets[%d].subjects[%d].jurisdiction", i, k) }, s.Jurisdiction)
			if s.Count < 0 {
				e.addf(fmt.Sprintf("datasets[%d].subjects[%d].count", i, k), ErrInvalid, "negative count %d", s.Count)
			}
			for j, pc := range s.Counts {
				if pc.Since.IsZero() {
					e.addf(fmt.Sprintf("datasets[%d].subjects[%d].counts[%d].since", i, k, j), ErrMissing, "a period count needs its start day")
				}
				if pc.Count < 0 {
					e.addf(fmt.Sprintf("datasets[%d].subjects[%d].counts[%d].count", i, k, j), ErrInvalid, "negative count %d", pc.Count)
				}
			}
		}
		ctrl := -1
		if d.Controller != "" {
			ctrl = v.ref(func() string { return fmt.Sprintf("datasets[%d].controller", i) }, d.Controller, entities, "entity")
		}
		if resolve {
			ix.controller[i] = ctrl
		}
	}

	for i := range t.Entities {
		x := &t.Entities[i]
		v.code(func() string { return fmt.Sprintf("entities[%d].jurisdiction", i) }, x.Jurisdiction)
		for k, o := range x.Owners {
			v.ref(func() string { return fmt.Sprintf("entities[%d].owners[%d].parent", i, k) }, o.Parent, entities, "entity")
			if o.Parent != "" && o.Parent == x.ID {
				e.addf(fmt.Sprintf("entities[%d].owners[%d].parent", i, k), ErrCycle, "entity %q owns itself", x.ID)
			}
			if !(o.Share >= 0 && o.Share <= 100) { // also rejects NaN
				e.addf(fmt.Sprintf("entities[%d].owners[%d].share", i, k), ErrShare, "share %v%% is outside 0-100%%", o.Share)
			}
			v.period(func() string { return fmt.Sprintf("entities[%d].owners[%d]", i, k) }, o.Period)
		}
		if len(x.Owners) > 1 {
			checkShareSums(e, fmt.Sprintf("entities[%d]", i), x.Owners)
		}
		for k, c := range x.CII {
			v.code(func() string { return fmt.Sprintf("entities[%d].cii[%d]", i, k) }, c)
		}
	}
	checkCycles(e, t.Entities, entities)

	for i := range t.Stores {
		s := &t.Stores[i]
		sp := func() string { return fmt.Sprintf("stores[%d]", i) }
		if s.Region == "" {
			v.code(func() string { return sp() + ".location" }, s.Location)
		} else if prov, c, ok := strings.Cut(s.Region, ":"); !ok || prov == "" || c == "" {
			e.addf(sp()+".region", ErrInvalid, "region %q is not provider:code", s.Region)
		}
		if s.Role >= roleEnd {
			e.addf(sp()+".role", ErrInvalid, "role %d", s.Role)
		}
		v.period(sp, s.Period)
		for k, id := range s.Datasets {
			di := v.ref(func() string { return fmt.Sprintf("stores[%d].datasets[%d]", i, k) }, id, datasets, "dataset")
			if j := slices.Index(s.Datasets[:k], id); j >= 0 {
				e.addf(fmt.Sprintf("stores[%d].datasets[%d]", i, k), ErrDuplicate, "dataset %q is listed twice (also datasets[%d])", id, j)
			}
			if resolve {
				storeDS.push(i, di)
			}
		}
		for k, m := range s.Mechanisms {
			if m == "" {
				e.addf(fmt.Sprintf("stores[%d].mechanisms[%d]", i, k), ErrMissing, "mechanism id is empty")
			}
		}
		if len(s.Operators) == 0 && s.Region == "" {
			e.addf(sp()+".operators", ErrMissing, "a store needs at least one operator, or a region whose operator the catalog knows")
		}
		tenures(e, i, "operators", s.Operators, entities, true)
		tenures(e, i, "custodians", s.Custodians, entities, false)
		if s.Licensor != "" {
			v.ref(func() string { return sp() + ".licensor" }, s.Licensor, entities, "entity")
		}
		for k, kc := range s.Keys {
			kp := func() string { return fmt.Sprintf("stores[%d].keys[%d]", i, k) }
			v.ref(func() string { return kp() + ".holder" }, kc.Holder, entities, "entity")
			v.code(func() string { return kp() + ".location" }, kc.Location)
			v.period(kp, kc.Period)
			for j := range k {
				if kc.Period.Overlaps(s.Keys[j].Period) {
					e.addf(kp(), ErrDate, "key custody overlaps keys[%d]: one holder at a time", j)
				}
			}
		}
	}

	for i, w := range t.Waivers {
		for _, f := range []struct{ name, what, value string }{
			{"finding", "a finding", w.Finding}, {"justification", "a justification", w.Justification}, {"approver", "an approver", w.Approver},
		} {
			if strings.TrimSpace(f.value) == "" {
				e.addf(fmt.Sprintf("waivers[%d].%s", i, f.name), ErrMissing, "a waiver needs %s", f.what)
			}
		}
		if w.Expires.IsZero() {
			e.addf(fmt.Sprintf("waivers[%d].expires", i), ErrMissing, "a waiver needs an expiry date")
		}
	}

	for i := range t.Flows {
		f := &t.Flows[i]
		fp := func() string { return fmt.Sprintf("flows[%d]", i) }
		v.period(fp, f.Period)
		if !f.Kind.IsValid() {
			e.addf(fp()+".kind", ErrInvalid, "flow kind %d", f.Kind)
		}
		to := v.ref(func() string { return fp() + ".to" }, f.To, stores, "store")
		if resolve {
			ix.flowTo[i] = to
		}
		switch f.Kind {
		case Replication, BackupFlow:
			from := v.ref(func() string { return fp() + ".from" }, f.From, stores, "store")
			if resolve {
				ix.flowFrom[i] = from
			}
			if f.From != "" && f.From == f.To {
				e.addf(fp()+".to", ErrInvalid, "a %s flow from store %q to itself", f.Kind, f.From)
			}
		case AdminAccess:
			acc := v.ref(func() string { return fp() + ".accessor" }, f.Accessor, entities, "entity")
			if resolve {
				ix.accessor[i] = acc
			}
			v.code(func() string { return fp() + ".accessor_location" }, f.AccessorLocation)
			if f.From != "" {
				e.addf(fp()+".from", ErrInvalid, "an admin-access flow has no source store")
			}
		case Collection:
			if f.From != "" {
				e.addf(fp()+".from", ErrInvalid, "a collection flow has no source store")
			}
		}
		if f.Kind != AdminAccess && (f.Accessor != "" || f.AccessorLocation.IsValid()) {
			e.addf(fp()+".accessor", ErrInvalid, "only admin-access flows have an accessor")
		}
		// The datasets a flow carries must be held where it reads them.
		src := f.From
		if f.Kind == AdminAccess || f.Kind == Collection {
			src = f.To
		}
		si := -1
		if len(f.Datasets) > 0 {
			if i, ok := stores[src]; ok {
				si = i
			}
		}
		for k, id := range f.Datasets {
			dp := func() string { return fmt.Sprintf("flows[%d].datasets[%d]", i, k) }
			di := v.ref(dp, id, datasets, "dataset")
			if j := slices.Index(f.Datasets[:k], id); j >= 0 {
				e.addf(dp(), ErrDuplicate, "dataset %q is listed twice (also datasets[%d])", id, j)
			}
			if resolve {
				flowDS.push(i, di)
			}
			if di >= 0 && si >= 0 && !slices.Contains(t.Stores[si].Datasets, id) {
				e.addf(dp(), ErrInvalid, "store %q does not hold dataset %q", src, id)
			}
		}
		for k, m := range f.Mechanisms {
			if m == "" {
				e.addf(fmt.Sprintf("flows[%d].mechanisms[%d]", i, k), ErrMissing, "mechanism id is empty")
			}
		}
	}
	if resolve {
		ix.storeDS, ix.flowDS = storeDS.done(), flowDS.done()
	}
	return ix
}

// validator holds the checks shared by Validate's sections. Each takes a
// function that builds the path, called only when there is a problem.
type validator struct{ e *errs }

// ref checks a reference and returns the index it refers to, or -1.
func (v validator) ref(path func() string, id string, index map[string]int, what string) int {
	if id == "" {
		v.e.addf(path(), ErrMissing, "%s id is empty", what)
		return -1
	}
	i, ok := index[id]
	if !ok {
		v.e.addf(path(), ErrDangling, "no %s %q", what, id)
		return -1
	}
	return i
}

func (v validator) code(path func() string, c jurisdiction.Code) {
	if !c.IsValid() {
		v.e.addf(path(), ErrMissing, "jurisdiction code is empty")
	}
}

func (v validator) period(path func() string, p jurisdiction.Period) {
	if !p.IsValid() {
		v.e.addf(path(), ErrDate, "period %s ends before it starts", p)
	}
}

func indexIDs[T any](e *errs, field string, items []T, id func(*T) string) map[string]int {
	index := make(map[string]int, len(items))
	for i := range items {
		v := id(&items[i])
		if v == "" {
			e.addf(fmt.Sprintf("%s[%d].id", field, i), ErrMissing, "id is empty")
			continue
		}
		if j, dup := index[v]; dup {
			e.addf(fmt.Sprintf("%s[%d].id", field, i), ErrDuplicate, "%q already used by %s[%d]", v, field, j)
			continue
		}
		index[v] = i
	}
	return index
}

func tenures(e *errs, store int, field string, ts []Tenure, entities map[string]int, exclusive bool) {
	tp := func(k int) string { return fmt.Sprintf("stores[%d].%s[%d]", store, field, k) }
	for k, t := range ts {
		if t.Entity == "" {
			e.addf(tp(k)+".entity", ErrMissing, "entity id is empty")
		} else if _, ok := entities[t.Entity]; !ok {
			e.addf(tp(k)+".entity", ErrDangling, "no entity %q", t.Entity)
		}
		if !t.Period.IsValid() {
			e.addf(tp(k), ErrDate, "period %s ends before it starts", t.Period)
			continue
		}
		for j := range k {
			if !ts[j].Period.IsValid() || !t.Period.Overlaps(ts[j].Period) {
				continue
			}
			switch {
			case exclusive:
				e.addf(tp(k), ErrDate, "overlaps stores[%d].%s[%d]: one operator at a time", store, field, j)
			case t.Entity == ts[j].Entity:
				e.addf(tp(k), ErrDuplicate, "entity %q is listed twice for the same time (also %s[%d])", t.Entity, field, j)
			}
		}
	}
}

// checkShareSums reports owners whose shares sum past 100% on any day. The
// sum can only change where a holding starts, so checking the start of
// every holding (and the unbounded past) covers every day.
func checkShareSums(e *errs, path string, owners []Ownership) {
	probes := []jurisdiction.Date{{}}
	for _, o := range owners {
		if !o.From.IsZero() {
			probes = append(probes, o.From)
		}
	}
	for _, d := range probes {
		sum := 0.0
		for _, o := range owners {
			in := o.Period.Contains(d) || (d.IsZero() && o.From.IsZero())
			if in && o.Share >= 0 && o.Share <= 100 {
				sum += o.Share
			}
		}
		if sum > 100+1e-9 {
			when := "at all times"
			if !d.IsZero() {
				when = "on " + d.String()
			}
			e.addf(path+".owners", ErrShare, "shares sum to %v%% %s", sum, when)
			return
		}
	}
}

// checkCycles reports each ownership cycle once, ignoring dates: an entity
// may not own itself through any chain, at any time.
func checkCycles(e *errs, ents []Entity, index map[string]int) {
	const (
		white = iota
		grey
		black
	)
	color := make([]uint8, len(ents))
	var stack []int
	var visit func(i int)
	visit = func(i int) {
		color[i] = grey
		stack = append(stack, i)
		for _, o := range ents[i].Owners {
			j, ok := index[o.Parent]
			if !ok || j == i {
				continue // dangling and self-ownership are reported elsewhere
			}
			switch color[j] {
			case grey:
				start := slices.Index(stack, j)
				var names []string
				for _, k := range stack[start:] {
					names = append(names, ents[k].ID)
				}
				names = append(names, ents[j].ID)
				e.addf(fmt.Sprintf("entities[%d].owners", j), ErrCycle, "%s", strings.Join(names, " -> "))
			case white:
				visit(j)
			}
		}
		stack = stack[:len(stack)-1]
		color[i] = black
	}
	for i := range ents {
		if color[i] == white && ents[i].ID != "" {
			if _, ok := index[ents[i].ID]; ok {
				visit(i)
			}
		}
	}
}
