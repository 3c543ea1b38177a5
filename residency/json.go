package residency

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/hashicorp/go-multierror"

	"github.com/dataresidency/dataresidency/internal/jsondoc"
)

// Limits on topology documents. A document that exceeds one is rejected
// with a clear error before it can exhaust memory.
const (
	// MaxDocumentBytes is the largest topology document ReadJSON and
	// DecodeJSON accept: 1.5 GiB, room for an estate of a million stores
	// (a synthetic one takes 976 MB), within int32 on every platform.
	MaxDocumentBytes = 1536 << 20
	// MaxDepth is the deepest nesting of arrays and objects accepted. A
	// topology needs 5 levels; the limit leaves room and stops hostile
	// nesting.
	MaxDepth = 32
	// MaxElements is the most values (objects, arrays, strings, numbers)
	// a document may hold: enough for ten million stores.
	MaxElements = 200_000_000
	// MaxItems is the most datasets, entities, stores, flows or waivers a
	// topology may list, from a document or built in code; Validate and
	// Assess reject a larger one before doing any other work.
	MaxItems = 10_000_000
	// MaxIDBytes is the most bytes of an ID or a reference to one: the IDs
	// of datasets, entities, stores and flows and every reference to them,
	// mechanism IDs, regions, licences, certifications and tags. Finding
	// IDs repeat element IDs, so the bound keeps reports in proportion to
	// their topology. DecodeJSON reports a longer one as an error wrapping
	// ErrLimit.
	MaxIDBytes = 256
	// MaxTextBytes is the most bytes of any string in a topology
	// document: names, a waiver's justification, approver and finding, as
	// well as codes and dates. DecodeJSON rejects a document with a longer
	// one, with an error wrapping ErrLimit.
	MaxTextBytes = 4096
	// MaxListItems is the most entries of any one list inside a topology
	// element: a store's datasets, operators, custodians, keys and
	// mechanisms; an entity's owners, CII designations, licences,
	// certifications and tags; a dataset's classes and subjects; a
	// subject's counts; a flow's datasets and mechanisms. DecodeJSON
	// rejects a document with a longer list, with an error wrapping
	// ErrLimit.
	MaxListItems = 1000
)

// ErrLimit is wrapped when a document exceeds one of the limits above.
var ErrLimit = errors.New("document exceeds a limit")

// ErrSchema is wrapped for a value of the wrong JSON type or a field the
// topology format does not have.
var ErrSchema = errors.New("does not fit the topology format")

// maxDocumentBytes and maxItems are MaxDocumentBytes and MaxItems,
// lowered by tests.
var (
	maxDocumentBytes = MaxDocumentBytes
	maxItems         = MaxItems
	// maxRefs bounds the dataset and custodian references of a topology's
	// stores and flows, so that the assessment's indexes stay within
	// int32 offsets.
	maxRefs = math.MaxInt32
)

// ReadJSON reads a topology document from r, at most MaxDocumentBytes, and
// decodes it with DecodeJSON. A regular file larger than that is refused
// without being read; any other input is refused once it passes the
// limit, without a buffer larger than the limit.
func ReadJSON(r io.Reader) (*Topology, error) {
	data, err := readLimited(r, int64(maxDocumentBytes))
	if err != nil {
		return nil, err
	}
	return DecodeJSON(data)
}

// tooLarge is the error for a document over limit bytes.
func tooLarge(limit int64) error {
	return &ValidationError{Err: fmt.Errorf("%w: the document is larger than %d bytes", ErrLimit, limit)}
}

// readLimited reads r to its end, at most limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	size := int64(-1) // what is left of a regular file
	if f, ok := r.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
			if off, err := f.Seek(0, io.SeekCurrent); err == nil {
				size = max(fi.Size()-off, 0)
			}
		}
	}
	if size > limit {
		return nil, tooLarge(limit)
	}
	// One byte past what is expected, to see the end without growing.
	c := int64(64 << 10)
	if size >= 0 {
		c = size + 1
	}
	buf := make([]byte, 0, min(c, limit+1))
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) > limit {
				return nil, tooLarge(limit)
			}
			grown := make([]byte, len(buf), min(int64(max(2*cap(buf), 4096)), limit+1))
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("residency: reading topology: %w", err)
		}
	}
	if int64(len(buf)) > limit {
		return nil, tooLarge(limit)
	}
	return buf, nil
}

// DecodeJSON decodes a topology from its JSON document, strictly: fields
// the format does not have or that are given twice, fields it requires
// that are absent, values of the wrong type, codes, dates and names that
// do not parse, and every problem [Topology.Validate] finds are reported
// together, each a [*ValidationError] whose Path is a JSON pointer into
// the document and whose Line and Column locate it, in document order
// (section by section). A value that does not fit the format is left out,
// and what follows from its absence is not reported again. The document
// must be UTF-8, one JSON object, within MaxDocumentBytes, MaxDepth,
// MaxElements, MaxItems per section, MaxListItems per list, MaxTextBytes
// per string and MaxIDBytes per ID; a syntax error or an exceeded limit
// is reported alone, as soon as it is read. DecodeJSON reads the document
// in one pass with no intermediate tree, never panics, and returns a nil
// Topology with any error.
func DecodeJSON(data []byte) (*Topology, error) {
	var t Topology
	res := topologyDecoder().Decode(data, &t, jsondoc.Limits{
		MaxBytes:     maxDocumentBytes,
		MaxDepth:     MaxDepth,
		MaxValues:    MaxElements,
		MaxRootArray: maxItems,
		MaxArray:     MaxListItems,
		MaxString:    MaxTextBytes,
		MaxProblems:  MaxProblems,
	})
	var e errs
	skip := make(map[string]bool, len(res.Problems))
	for _, p := range res.Problems {
		e.append(&ValidationError{Path: p.Pointer, Line: p.Line, Column: p.Column, Err: p.Err})
		skip[p.Pointer] = true
	}
	e.dropped += res.Dropped
	if !res.Stopped && !res.Full {
		// What fits the format is decoded, what did not left out: the
		// structural problems of the rest are reported with the format's,
		// not after the user has fixed those.
		validateDecoded(&e, &t, data, skip)
	}
	if e.m == nil {
		return &t, nil
	}
	slices.SortStableFunc(e.m.Errors, func(a, b error) int {
		return comparePointers(pathOf(a), pathOf(b))
	})
	e.truncated()
	return nil, e.m.ErrorOrNil()
}

// topologyDecoder decodes topology documents: the topology format's
// required fields and bounded IDs, with this package's errors.
var topologyDecoder = sync.OnceValue(func() *jsondoc.Decoder {
	dec, err := jsondoc.NewDecoder(reflect.TypeFor[Topology](), jsondoc.Options{
		Required:      requiredFields(),
		RequiredAnyOf: map[reflect.Type][][]string{reflect.TypeFor[Store](): requiredAnyOf["Store"]},
		MaxFieldBytes: idFields(),
		Errors:        jsondoc.Errors{Syntax: ErrSchema, Schema: ErrSchema, Limit: ErrLimit, Missing: ErrMissing, Invalid: ErrInvalid},
	})
	if err != nil {
		panic("residency: the topology types do not decode: " + err.Error()) // fixed types; a bug if it happens
	}
	return dec
})

// requiredFields maps the types of a topology to the fields schema.go
// lists as required.
func requiredFields() map[reflect.Type][]string {
	out := map[reflect.Type][]string{}
	pkg := reflect.TypeFor[Topology]().PkgPath()
	seen := map[reflect.Type]bool{}
	var visit func(t reflect.Type) // recursion on the types' nesting, a few levels
	visit = func(t reflect.Type) {
		for t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		if req, ok := required[t.Name()]; ok && t.PkgPath() == pkg {
			out[t] = req
		}
		for _, f := range jsondoc.Fields(t) {
			visit(f.Type)
		}
	}
	visit(reflect.TypeFor[Topology]())
	if len(out) != len(required) {
		panic("residency: schema.go requires fields of a type that topologies do not hold") // a bug if it happens
	}
	return out
}

// idFields lists, per type, the fields that hold IDs or references to
// them, each at most MaxIDBytes.
func idFields() map[reflect.Type]map[string]int {
	ids := func(names ...string) map[string]int {
		m := make(map[string]int, len(names))
		for _, n := range names {
			m[n] = MaxIDBytes
		}
		return m
	}
	return map[reflect.Type]map[string]int{
		reflect.TypeFor[Dataset]():    ids("id", "controller"),
		reflect.TypeFor[Entity]():     ids("id", "licences", "certifications", "tags", "assurances"),
		reflect.TypeFor[Ownership]():  ids("parent"),
		reflect.TypeFor[Store]():      ids("id", "region", "datasets", "licensor", "mechanisms"),
		reflect.TypeFor[Tenure]():     ids("entity"),
		reflect.TypeFor[KeyCustody](): ids("holder"),
		reflect.TypeFor[Flow]():       ids("id", "from", "to", "datasets", "accessor", "mechanisms"),
	}
}

// validateDecoded adds the problems Validate finds in t, located in the
// document data, except those at or under a pointer in skip: a value left
// out of the decoding because it did not fit the format is already
// reported, and its absence is not a second problem.
func validateDecoded(e *errs, t *Topology, data []byte, skip map[string]bool) {
	err := t.Validate()
	if err == nil {
		return
	}
	var m *multierror.Error
	if !errors.As(err, &m) {
		return
	}
	var found []*ValidationError
	var ptrs []string
	for _, x := range m.Errors {
		var ve *ValidationError
		if !errors.As(x, &ve) {
			continue
		}
		if n, ok := moreProblems(ve); ok {
			e.dropped += n
			continue
		}
		ptr := ve.Pointer()
		if skipped(ptr, skip) {
			continue
		}
		found = append(found, &ValidationError{Path: ptr, Err: ve.Err})
		ptrs = append(ptrs, ptr)
	}
	at := jsondoc.Locate(data, ptrs)
	for _, ve := range found {
		p := at[ve.Path]
		ve.Line, ve.Column = p.Line, p.Column
		e.append(ve)
	}
}

// moreProblems reads Validate's last problem, which counts the problems
// past MaxProblems it did not list.
func moreProblems(ve *ValidationError) (int, bool) {
	var m *moreError
	if ve.Path != "" || !errors.As(ve.Err, &m) {
		return 0, false
	}
	return m.n, true
}

// skipped reports whether ptr or one of its ancestors is in skip.
func skipped(ptr string, skip map[string]bool) bool {
	if len(skip) == 0 {
		return false
	}
	for {
		if skip[ptr] {
			return true
		}
		i := strings.LastIndexByte(ptr, '/')
		if i < 0 {
			return false
		}
		ptr = ptr[:i]
	}
}

// comparePointers orders JSON pointers section by section as Validate
// orders paths.
func comparePointers(a, b string) int {
	conv := func(p string) string { return strings.ReplaceAll(strings.TrimPrefix(p, "/"), "/", ".") }
	return comparePaths(conv(a), conv(b))
}

// EncodeJSON writes t as an indented JSON document. Encoding is
// deterministic, and DecodeJSON of the output gives a topology equal to t
// (with empty lists read back as absent).
func EncodeJSON(w io.Writer, t *Topology) error {
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return fmt.Errorf("residency: encoding topology: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// escapeKey returns key as a JSON pointer token.
func escapeKey(key string) string { return jsondoc.EscapeToken(key) }

// jsonFields maps the JSON names of struct type t's fields to their types,
// with embedded structs' fields inlined, as encoding/json and DecodeJSON
// see them.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	fs := jsondoc.Fields(t)
	out := make(map[string]reflect.Type, len(fs))
	for _, f := range fs {
		out[f.Name] = f.Type
	}
	return out
}
