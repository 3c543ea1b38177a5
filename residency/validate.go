package residency

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/go-multierror"

	"github.com/dataresidency/dataresidency/internal/clip"
	"github.com/dataresidency/dataresidency/internal/natural"
	"github.com/dataresidency/dataresidency/internal/textcheck"
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

// MaxSubjects is the largest subject count a topology may give: more
// than everyone alive. Validate reports a larger one as a problem wrapping
// [ErrLimit]; subject sums saturate rather than overflow.
const MaxSubjects = 10_000_000_000

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
// when the topology came from a document, and its path. Control
// characters in the path (a document's keys are the user's) are escaped.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("residency: ")
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d:%d: ", e.Line, e.Column)
	}
	if e.Path != "" {
		b.WriteString(safeText(e.Path))
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
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

// fail records a problem at path(); the path and message are formatted
// only while problems are still being listed, so that a topology with
// millions of problems costs their count, not their text.
func (e *errs) fail(path func() string, sentinel error, format string, args ...any) {
	if e.full() {
		e.dropped++
		return
	}
	e.add(path(), fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...)))
}

// err returns the problems sorted by path (section, then index, then
// field), or nil.
func (e *errs) err() error {
	if e.m == nil {
		return nil
	}
	sortProblems(e.m.Errors, comparePaths)
	e.truncated()
	return e.m.ErrorOrNil()
}

// truncated adds the note on problems past MaxProblems, once.
func (e *errs) truncated() {
	if e.dropped > 0 {
		e.m.Errors = append(e.m.Errors, &ValidationError{Err: &moreError{e.dropped}})
		e.dropped = 0
	}
}

// A moreError counts the problems past MaxProblems that were not listed.
type moreError struct{ n int }

func (m *moreError) Error() string {
	return fmt.Sprintf("%v: %d more problems not listed", ErrLimit, m.n)
}
func (m *moreError) Unwrap() error { return ErrLimit }

// Validate checks the topology's structure and reports every problem at
// once: missing or duplicate IDs, references to datasets, entities or
// stores that do not exist, ownership cycles, shares outside 0-100% or
// summing past 100% at any date, periods that end before they start,
// overlapping operator or key tenures, invalid enumerations, flows that
// do not fit their kind, and values past the limits ([MaxItems],
// [MaxListItems], [MaxIDBytes], [MaxTextBytes], [MaxSubjects]) or holding
// control characters. Each problem is a [*ValidationError] with its path;
// they are joined into one error, sorted by path (topology section,
// index, then field), that [errors.Is] and [errors.As] see through. It
// returns nil for a valid topology and never panics. It does not modify
// t. Its work grows linearly with the topology (sorting aside).
//
// Validate needs no catalog. [Assess] also checks what only a catalog can
// say: that mechanism IDs, regions and group codes exist.
func (t *Topology) Validate() error {
	var e errs
	t.validate(&e)
	return e.err()
}

// idMaps maps the IDs of a topology's datasets, entities and stores to
// their indexes, and holds the dataset references of stores and flows
// that validation resolved (-1 for a bad one). Validation builds them; the
// index of a valid topology is made from them.
type idMaps struct {
	datasets, entities, stores map[string]int
	storeDS, flowDS            rows
}

// validate adds t's problems to e and returns its ID maps (nil maps when
// t is nil or too large to look at).
func (t *Topology) validate(e *errs) idMaps {
	if t == nil {
		e.add("topology", fmt.Errorf("%w: nil topology", ErrMissing))
		return idMaps{}
	}
	if !t.withinLimits(e) {
		return idMaps{}
	}
	v := &validator{e: e, t: t}
	v.text(func() string { return "name" }, t.Name)
	v.m = idMaps{
		datasets: indexIDs(v, "datasets", t.Datasets, func(d *Dataset) string { return d.ID }),
		entities: indexIDs(v, "entities", t.Entities, func(x *Entity) string { return x.ID }),
		stores:   indexIDs(v, "stores", t.Stores, func(s *Store) string { return s.ID }),
	}
	indexIDs(v, "flows", t.Flows, func(f *Flow) string { return f.ID })
	v.datasets()
	v.entities()
	v.stores()
	v.flows()
	v.waivers()
	v.m.storeDS, v.m.flowDS = v.storeDS.done(), v.flowDS.done()
	return v.m
}

// withinLimits reports whether t's sections fit MaxItems and its
// references the index's int32 offsets; problems otherwise.
func (t *Topology) withinLimits(e *errs) bool {
	ok := true
	for _, sec := range []struct {
		name string
		n    int
	}{{"datasets", len(t.Datasets)}, {"entities", len(t.Entities)}, {"stores", len(t.Stores)}, {"flows", len(t.Flows)}, {"waivers", len(t.Waivers)}} {
		if sec.n > maxItems {
			e.add(sec.name, fmt.Errorf("%w: %d %s, more than %d", ErrLimit, sec.n, sec.name, maxItems))
			ok = false
		}
	}
	if !ok {
		return false
	}
	refs := 0
	for i := range t.Stores {
		refs += len(t.Stores[i].Datasets) + len(t.Stores[i].Custodians)
	}
	for i := range t.Flows {
		refs += len(t.Flows[i].Datasets)
	}
	if refs > maxRefs {
		e.add("stores", fmt.Errorf("%w: %d references from stores and flows to datasets and custodians, more than %d", ErrLimit, refs, maxRefs))
		return false
	}
	return true
}

// validator holds the checks shared by Validate's sections. Each takes a
// function that builds the path, called only when there is a problem:
// building one per element would cost more than the checks.
type validator struct {
	e *errs
	t *Topology
	m idMaps
	// seen[di] == mark marks dataset di as seen in the list being checked,
	// first at its position at[di].
	seen, at []int32
	mark     int32
	// storeDS and flowDS collect the dataset references of stores and
	// flows as they are resolved.
	storeDS, flowDS *rowsBuilder
}

// list checks that a list has at most MaxListItems entries; beyond, it
// reports the problem and the list's entries are not looked at.
func (v *validator) list(path func() string, n int) bool {
	if n <= MaxListItems {
		return true
	}
	v.e.add(path(), fmt.Errorf("%w: %d entries, more than %d", ErrLimit, n, MaxListItems))
	return false
}

// id checks an ID or a reference to one: not empty, at most MaxIDBytes,
// no control characters. what and suffix name it in messages ("dataset"
// and " id").
func (v *validator) id(path func() string, s, what, suffix string) bool {
	if s == "" {
		v.e.fail(path, ErrMissing, "%s%s is empty", what, suffix)
		return false
	}
	if len(s) > MaxIDBytes {
		v.e.fail(path, ErrLimit, "%s%s of %d bytes, more than %d", what, suffix, len(s), MaxIDBytes)
		return false
	}
	if r, bad := badRune(s); bad {
		v.e.fail(path, ErrInvalid, "%s%s %s holds %U", what, suffix, quote(s), r)
		return false
	}
	return true
}

// text checks a text: at most MaxTextBytes, no control characters.
func (v *validator) text(path func() string, s string) {
	if len(s) > MaxTextBytes {
		v.e.fail(path, ErrLimit, "text of %d bytes, more than %d", len(s), MaxTextBytes)
	} else if r, bad := badRune(s); bad {
		v.e.fail(path, ErrInvalid, "text %s holds %U", quote(s), r)
	}
}

// ref checks a reference and returns the index it refers to, or -1.
func (v *validator) ref(path func() string, id string, index map[string]int, what string) int {
	if i, ok := index[id]; ok {
		return i // an ID the index holds passed the checks of IDs
	}
	if v.id(path, id, what, " id") {
		v.e.fail(path, ErrDangling, "no %s %q", what, id)
	}
	return -1
}

func (v *validator) code(path func() string, c jurisdiction.Code) {
	if !c.IsValid() {
		v.e.fail(path, ErrMissing, "jurisdiction code is empty")
	}
}

func (v *validator) period(path func() string, p jurisdiction.Period) {
	if !p.IsValid() {
		v.e.fail(path, ErrDate, "period %s ends before it starts", p)
	}
}

// ids checks a list of plain IDs (mechanisms, licences, certifications,
// tags) of a named kind.
func (v *validator) ids(path func() string, list []string, what string) {
	if !v.list(path, len(list)) {
		return
	}
	for k, s := range list {
		v.id(func() string { return path() + "[" + strconv.Itoa(k) + "]" }, s, what, "")
	}
}

// datasetList checks list i of rows, a list of dataset references
// (path()+"[k]" each), reports repeats, and pushes the datasets' indexes to
// row i (-1 for a bad one): the index of a valid topology takes them.
func (v *validator) datasetList(path func() string, list []string, rows *rowsBuilder, i int) {
	if !v.list(path, len(list)) {
		return
	}
	if v.seen == nil {
		v.seen, v.at = make([]int32, len(v.t.Datasets)), make([]int32, len(v.t.Datasets))
	}
	v.mark++
	for k, id := range list {
		dp := func() string { return path() + "[" + strconv.Itoa(k) + "]" }
		di := v.ref(dp, id, v.m.datasets, "dataset")
		rows.push(i, di)
		if di < 0 {
			continue
		}
		if v.seen[di] == v.mark {
			v.e.fail(func() string { return dp() }, ErrDuplicate, "dataset %q is listed twice (also datasets[%d])", id, v.at[di])
			continue
		}
		v.seen[di], v.at[di] = v.mark, int32(k)
	}
}

func indexIDs[T any](v *validator, field string, items []T, id func(*T) string) map[string]int {
	index := make(map[string]int, len(items))
	for i := range items {
		s := id(&items[i])
		if !v.id(func() string { return fmt.Sprintf("%s[%d].id", field, i) }, s, "id", "") {
			continue
		}
		if j, dup := index[s]; dup {
			v.e.fail(func() string { return fmt.Sprintf("%s[%d].id", field, i) }, ErrDuplicate, "%q already used by %s[%d]", s, field, j)
			continue
		}
		index[s] = i
	}
	return index
}

// badRune returns the first rune of s that has no place in a topology's
// text (see textcheck.BadRune).
func badRune(s string) (rune, bool) { return textcheck.BadRune(s) }

// quote quotes s for a message, escaping what is not printable and
// cutting a long s short (see clip.Quote).
func quote(s string) string { return clip.Quote(s) }

// safeText escapes control characters in s for a message, and cuts it
// as quote does, but leaves printable text unquoted.
func safeText(s string) string {
	if _, bad := badRune(s); !bad && len(s) <= 1024 {
		return s
	}
	q := quote(s)
	return q[1 : len(q)-1]
}

func pathOf(err error) string {
	var ve *ValidationError
	if errors.As(err, &ve) {
		return ve.Path
	}
	return ""
}

// sortProblems sorts problems by their paths with compare, stably.
func sortProblems(ps []error, compare func(a, b string) int) {
	type keyed struct {
		path string
		err  error
	}
	ks := make([]keyed, len(ps))
	for i, p := range ps {
		ks[i] = keyed{pathOf(p), p}
	}
	sortStable(ks, func(x, y *keyed) int { return compare(x.path, y.path) })
	for i := range ks {
		ps[i] = ks[i].err
	}
}

// comparePaths orders validation paths in topology order: field order
// first, then numeric indexes.
func comparePaths(a, b string) int {
	rank := func(p string) int {
		for i, f := range []string{"topology", "name", "datasets", "entities", "stores", "flows", "waivers"} {
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
func compareNatural(a, b string) int { return natural.Compare(a, b) }
