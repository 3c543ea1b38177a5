package tfplan

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/hashicorp/go-multierror"

	"github.com/dataresidency/dataresidency/internal/jsondoc"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// ErrFactsFormat is the error of a facts document's syntax or shape. It
// is residency.ErrSchema too, for errors.Is.
var ErrFactsFormat error = factsFormatError{}

type factsFormatError struct{}

func (factsFormatError) Error() string        { return "does not fit the facts format" }
func (factsFormatError) Is(target error) bool { return target == residency.ErrSchema }

// FactsFile is the name under which the command line looks for a facts
// file in a plan's directory when none is given.
const FactsFile = "dataresidency.json"

// Facts are what a plan cannot say and the reader cannot guess: which
// datasets the stores hold (their classes, subjects and controller), the
// entities involved, the mechanisms flows rely on, administrative access,
// waivers, and the tag keys a team already uses. It is the topology
// vocabulary of package residency, with stores selected from the plan
// instead of listed: pass it to [Read] with [WithFacts]; read it with
// [DecodeFacts].
type Facts struct {
	// Datasets declares datasets, as in a topology. A dataset a tag also
	// names is one dataset: its classes are merged, the facts give its
	// controller, and a subject count the facts give for a jurisdiction
	// wins over the tag's.
	Datasets []residency.Dataset `json:"datasets,omitempty"`
	// Entities declares entities: controllers, accessors, owners.
	Entities []residency.Entity `json:"entities,omitempty"`
	// Holds says which stores hold which datasets.
	Holds []Holding `json:"holds,omitempty"`
	// Flows gives the mechanisms of the plan's flows, or adds flows a plan
	// cannot show (administrative access, collection).
	Flows []FlowFact `json:"flows,omitempty"`
	// Waivers accept findings, as in a topology.
	Waivers []residency.Waiver `json:"waivers,omitempty"`
	// Tags names the tag keys the reader takes data from, when a team's
	// convention differs from the dataresidency_* tags.
	Tags TagKeys `json:"tags,omitzero"`

	// src is the document the facts were decoded from, to locate problems
	// found when they are applied; nil for facts built in code.
	src []byte
}

// A Selector picks stores of a plan by exactly one of: the address of the
// resource the store comes from (a derived replica, "<address>/<region>",
// is selected with its resource, or by its own ID), the module it is in
// ("module.shop" selects module.shop, module.shop["eu"] and the modules
// they call), a glob over addresses ("*" for any run of characters, "?"
// for one; no other character is special, so brackets and quotes match
// themselves), or a tag ("key=value", or "key" for any value; labels too).
type Selector struct {
	Address string `json:"address,omitempty"`
	Module  string `json:"module,omitempty"`
	Glob    string `json:"glob,omitempty"`
	Tag     string `json:"tag,omitempty"`
}

// String returns the selector as written: "glob aws_s3_bucket.logs_*".
func (s Selector) String() string {
	switch {
	case s.Address != "":
		return "address " + s.Address
	case s.Module != "":
		return "module " + s.Module
	case s.Glob != "":
		return "glob " + s.Glob
	case s.Tag != "":
		return "tag " + s.Tag
	}
	return "no selector"
}

// A Holding places datasets in the stores its selector picks, with the
// mechanisms those stores rely on for data collected straight into them.
type Holding struct {
	Stores     Selector `json:"stores"`
	Datasets   []string `json:"datasets"`
	Mechanisms []string `json:"mechanisms,omitempty"`
}

// A FlowFact either adds mechanisms to the plan's flows (Kind empty,
// replication or backup: every flow of the plan from a store From picks
// to a store To picks), or adds a flow of its Kind (admin-access or
// collection) into every store To picks, as in a topology. Added flows
// are named "<ID>@<store>", ID defaulting to "facts.flows[<i>]".
type FlowFact struct {
	ID               string             `json:"id,omitempty"`
	Kind             residency.FlowKind `json:"kind,omitzero"`
	From             Selector           `json:"from,omitzero"`
	To               Selector           `json:"to"`
	Accessor         string             `json:"accessor,omitempty"`
	AccessorLocation jurisdiction.Code  `json:"accessor_location,omitzero"`
	Datasets         []string           `json:"datasets,omitempty"`
	Mechanisms       []string           `json:"mechanisms,omitempty"`
}

// TagKeys names the tags the reader takes a store's data from. Empty keys
// keep the defaults ([TagDataset], [TagClasses], [TagSubjects]).
type TagKeys struct {
	Dataset  string `json:"dataset,omitempty"`
	Classes  string `json:"classes,omitempty"`
	Subjects string `json:"subjects,omitempty"`
	// ClassValues maps a team's own classification values (the value of
	// the Classes tag, "pii", "phi", "confidential") to data classes. A
	// value listed here with no class holds no class of data the catalog
	// knows: it is accepted and adds none. Values not listed must be class
	// names.
	ClassValues []ClassValue `json:"class_values,omitempty"`
}

// A ClassValue maps one classification value to data classes.
type ClassValue struct {
	Value   string                   `json:"value"`
	Classes []jurisdiction.DataClass `json:"classes"`
}

func (k TagKeys) dataset() string  { return cmpOr(k.Dataset, TagDataset) }
func (k TagKeys) classes() string  { return cmpOr(k.Classes, TagClasses) }
func (k TagKeys) subjects() string { return cmpOr(k.Subjects, TagSubjects) }

func cmpOr(s, def string) string {
	if s != "" {
		return s
	}
	return def
}

// classValue returns the classes a classification value maps to, and
// whether it is listed.
func (k TagKeys) classValue(v string) ([]jurisdiction.DataClass, bool) {
	for _, cv := range k.ClassValues {
		if strings.EqualFold(cv.Value, v) {
			return cv.Classes, true
		}
	}
	return nil, false
}

// WithFacts applies facts to the plan read: their datasets, entities,
// holdings, flow mechanisms, added flows and waivers, and their tag keys.
// Problems applying them (a selector that picks no store, a dataset no
// store holds, an unknown dataset) are returned with Read's error, as one
// [*FactsError] whose problems are each a [*residency.ValidationError]
// located in the facts document when the facts came from [DecodeFacts].
func WithFacts(f *Facts) Option {
	return func(s *settings) { s.facts = f }
}

// A FactsError holds the problems found applying facts to a plan (see
// [WithFacts]): each a [*residency.ValidationError] located in the facts
// document.
type FactsError struct{ Err error }

func (e *FactsError) Error() string { return "tfplan: facts: " + e.Err.Error() }

// Unwrap returns the problems.
func (e *FactsError) Unwrap() error { return e.Err }

// factsDecoder decodes facts documents strictly.
var factsDecoder = sync.OnceValue(func() *jsondoc.Decoder {
	dec, err := jsondoc.NewDecoder(reflect.TypeFor[Facts](), jsondoc.Options{
		Required: map[reflect.Type][]string{
			reflect.TypeFor[residency.Dataset]():       {"id"},
			reflect.TypeFor[residency.Entity]():        {"id", "jurisdiction"},
			reflect.TypeFor[residency.Waiver]():        {"finding", "justification", "approver", "expires"},
			reflect.TypeFor[residency.Subjects]():      {"jurisdiction"},
			reflect.TypeFor[residency.Ownership]():     {"parent", "share"},
			reflect.TypeFor[residency.Certification](): {"mechanism"},
			reflect.TypeFor[Holding]():                 {"stores", "datasets"},
			reflect.TypeFor[FlowFact]():                {"to"},
			reflect.TypeFor[ClassValue]():              {"value", "classes"},
		},
		Errors: jsondoc.Errors{Syntax: ErrFactsFormat, Schema: ErrFactsFormat, Limit: residency.ErrLimit,
			Missing: residency.ErrMissing, Invalid: residency.ErrInvalid},
	})
	if err != nil {
		panic("tfplan: the facts types do not decode: " + err.Error()) // fixed types; a bug if it happens
	}
	return dec
})

// DecodeFacts decodes a facts document strictly, as residency.DecodeJSON
// decodes a topology: unknown or repeated fields, missing required ones,
// values of the wrong type and codes, classes and dates that do not parse
// are reported together, each a [*residency.ValidationError] with a JSON
// pointer, line and column; so are the problems of its datasets, entities
// and waivers that a topology's validation finds, and selectors that set
// no field or more than one. It never panics and returns nil facts with
// any error.
func DecodeFacts(data []byte) (*Facts, error) {
	var f Facts
	res := factsDecoder().Decode(data, &f, jsondoc.Limits{
		MaxBytes: residency.MaxDocumentBytes, MaxDepth: residency.MaxDepth, MaxValues: residency.MaxElements,
		MaxRootArray: residency.MaxItems, MaxArray: residency.MaxListItems, MaxString: residency.MaxTextBytes,
		MaxProblems: residency.MaxProblems,
	})
	var m *multierror.Error
	for _, p := range res.Problems {
		m = multierror.Append(m, &residency.ValidationError{Path: p.Pointer, Line: p.Line, Column: p.Column, Err: p.Err})
	}
	if res.Dropped > 0 {
		m = multierror.Append(m, fmt.Errorf("tfplan: %d more problems not listed", res.Dropped))
	}
	if m != nil {
		return nil, m.ErrorOrNil()
	}
	f.src = data
	if err := f.check(); err != nil {
		return nil, err
	}
	return &f, nil
}

// check validates what can be checked without the plan: the datasets,
// entities and waivers as a topology's, the selectors' shape, and the
// dataset references against the datasets the facts declare (a holding
// may also name a dataset only tags declare: that is checked when the
// facts are applied).
func (f *Facts) check() error {
	var ps problems
	t := residency.Topology{Datasets: f.Datasets, Entities: f.Entities, Waivers: f.Waivers, Stores: []residency.Store{}}
	if err := t.Validate(); err != nil {
		var m *multierror.Error
		if errors.As(err, &m) {
			for _, e := range m.Errors {
				var ve *residency.ValidationError
				if errors.As(e, &ve) {
					ps.add(ve.Pointer(), ve.Err)
				} else {
					ps.add("", e)
				}
			}
		} else {
			ps.add("", err)
		}
	}
	for i, e := range f.Entities {
		if strings.HasPrefix(e.ID, residency.CatalogEntityPrefix) {
			ps.add(fmt.Sprintf("/entities/%d/id", i), fmt.Errorf("%w: IDs starting with %q are the catalog's operators, added by the assessment",
				residency.ErrInvalid, residency.CatalogEntityPrefix))
		}
	}
	sel := func(ptr string, s Selector, required bool) {
		n := 0
		for _, v := range []string{s.Address, s.Module, s.Glob, s.Tag} {
			if v != "" {
				n++
			}
		}
		switch {
		case n == 0 && required:
			ps.add(ptr, fmt.Errorf("%w: a selector needs one of address, module, glob or tag", residency.ErrMissing))
		case n > 1:
			ps.add(ptr, fmt.Errorf("%w: a selector takes one of address, module, glob or tag, not %d", residency.ErrInvalid, n))
		case s.Tag != "" && strings.HasPrefix(s.Tag, "="):
			ps.add(ptr+"/tag", fmt.Errorf("%w: tag %q has no key", residency.ErrInvalid, s.Tag))
		}
	}
	for i, h := range f.Holds {
		sel(fmt.Sprintf("/holds/%d/stores", i), h.Stores, true)
		if len(h.Datasets) == 0 {
			ps.add(fmt.Sprintf("/holds/%d/datasets", i), fmt.Errorf("%w: a holding names at least one dataset", residency.ErrMissing))
		}
	}
	for i, fl := range f.Flows {
		p := fmt.Sprintf("/flows/%d", i)
		sel(p+"/to", fl.To, true)
		switch fl.Kind {
		case 0, residency.Replication, residency.BackupFlow, residency.Provision:
			sel(p+"/from", fl.From, true)
			if fl.Accessor != "" || fl.AccessorLocation.IsValid() {
				ps.add(p+"/accessor", fmt.Errorf("%w: only an admin-access flow has an accessor", residency.ErrInvalid))
			}
		case residency.AdminAccess:
			if fl.Accessor == "" {
				ps.add(p+"/accessor", fmt.Errorf("%w: an admin-access flow needs its accessor", residency.ErrMissing))
			} else if !slices.ContainsFunc(f.Entities, func(e residency.Entity) bool { return e.ID == fl.Accessor }) {
				ps.add(p+"/accessor", fmt.Errorf("%w: no entity %q among the facts' entities", residency.ErrDangling, fl.Accessor))
			}
			if !fl.AccessorLocation.IsValid() {
				ps.add(p+"/accessor_location", fmt.Errorf("%w: an admin-access flow needs the accessor's location", residency.ErrMissing))
			}
			fallthrough
		case residency.Collection:
			if fl.From != (Selector{}) {
				ps.add(p+"/from", fmt.Errorf("%w: a %s flow has no source store", residency.ErrInvalid, fl.Kind))
			}
		}
	}
	for i, cv := range f.Tags.ClassValues {
		if strings.TrimSpace(cv.Value) == "" {
			ps.add(fmt.Sprintf("/tags/class_values/%d/value", i), fmt.Errorf("%w: empty value", residency.ErrMissing))
		}
	}
	return ps.err(f.src)
}

// problems collects problems at JSON pointers into a facts document.
type problems struct {
	ptrs []string
	errs []error
}

func (p *problems) add(ptr string, err error) {
	p.ptrs = append(p.ptrs, ptr)
	p.errs = append(p.errs, err)
}

// err returns the problems as one multierror of ValidationErrors, located
// in src when there is one.
func (p *problems) err(src []byte) error {
	if len(p.errs) == 0 {
		return nil
	}
	var at map[string]jsondoc.Position
	if src != nil {
		at = jsondoc.Locate(src, p.ptrs)
	}
	var m *multierror.Error
	for i, e := range p.errs {
		pos := at[p.ptrs[i]]
		m = multierror.Append(m, &residency.ValidationError{Path: p.ptrs[i], Line: pos.Line, Column: pos.Column, Err: e})
	}
	return m
}

// storeFacts is what selectors see of a store.
type storeFacts struct {
	s      *store
	addr   string // the resource's address; the store's ID for a store outside the plan
	module string
	tags   map[string]string
}

// storeFacts returns what selectors see of every store, worked out once
// per read (holdings and flows both select).
func (r *reader) storeFacts() []storeFacts {
	if r.selectable != nil {
		return r.selectable
	}
	out := make([]storeFacts, len(r.storeList))
	for i, s := range r.storeList {
		sf := storeFacts{s: s, addr: s.id}
		if s.from != nil {
			sf.addr, sf.module, sf.tags = s.from.addr, s.from.module, allTags(s.from)
		}
		out[i] = sf
	}
	r.selectable = out
	return out
}

// selects reports whether selector sel picks store sf.
func (sel Selector) selects(sf *storeFacts) bool {
	switch {
	case sel.Address != "":
		return sf.addr == sel.Address || sf.s.id == sel.Address
	case sel.Module != "":
		m := sf.module
		return m == sel.Module || strings.HasPrefix(m, sel.Module+".") || strings.HasPrefix(m, sel.Module+"[")
	case sel.Glob != "":
		return glob(sel.Glob, sf.addr) || glob(sel.Glob, sf.s.id)
	case sel.Tag != "":
		k, v, hasValue := strings.Cut(sel.Tag, "=")
		got, ok := sf.tags[k]
		return ok && (!hasValue || got == v)
	}
	return false
}

// glob matches s against pattern, where "*" matches any run of characters
// and "?" one character; every other character matches itself.
func glob(pattern, s string) bool {
	// Iterative matching with backtracking to the last star: linear in
	// practice, and no recursion on hostile patterns.
	p, i, star, mark := 0, 0, -1, 0
	pr, sr := []rune(pattern), []rune(s)
	for i < len(sr) {
		switch {
		case p < len(pr) && (pr[p] == '?' || pr[p] == sr[i]):
			p++
			i++
		case p < len(pr) && pr[p] == '*':
			star, mark = p, i
			p++
		case star >= 0:
			p = star + 1
			mark++
			i = mark
		default:
			return false
		}
	}
	for p < len(pr) && pr[p] == '*' {
		p++
	}
	return p == len(pr)
}

// allTags merges in's tag and label maps (Cloud SQL's
// settings.user_labels too), in tagPaths order: resource tags override
// provider defaults.
func allTags(in *instance) map[string]string {
	out := map[string]string{}
	for _, path := range tagPaths {
		m, ok := get(in.values, path...).(map[string]any)
		if !ok {
			continue
		}
		for k, v := range m {
			if s, ok := v.(string); ok {
				out[k] = s
			}
		}
	}
	return out
}

// factsDatasets merges the facts' datasets into the reader's, before the
// stores' datasets are assigned.
func (r *reader) factsDatasets() {
	f := r.s.facts
	if f == nil {
		return
	}
	for _, d := range f.Datasets {
		acc := r.dataset(d.ID)
		for _, c := range d.Classes {
			if !slices.Contains(acc.d.Classes, c) {
				acc.d.Classes = append(acc.d.Classes, c)
			}
		}
		for _, s := range d.Subjects {
			k := slices.IndexFunc(acc.d.Subjects, func(x residency.Subjects) bool { return x.Jurisdiction == s.Jurisdiction })
			if k >= 0 {
				acc.d.Subjects[k] = s
			} else {
				acc.d.Subjects = append(acc.d.Subjects, s)
			}
		}
		if d.Controller != "" {
			acc.d.Controller = d.Controller
		}
		if d.Name != "" {
			acc.d.Name = d.Name
		}
	}
}

// factsHoldings returns, per store, the datasets and mechanisms the facts'
// holdings give it, and records holdings that pick no store or name a
// dataset nobody declares.
func (r *reader) factsHoldings(ps *problems) (map[*store][]string, map[*store][]string) {
	f := r.s.facts
	if f == nil || len(f.Holds) == 0 {
		return nil, nil
	}
	sfs := r.storeFacts()
	ds, mechs := map[*store][]string{}, map[*store][]string{}
	for i, h := range f.Holds {
		for k, id := range h.Datasets {
			if _, ok := r.datasets[id]; !ok {
				ps.add(fmt.Sprintf("/holds/%d/datasets/%d", i, k), fmt.Errorf("%w: no dataset %q in the facts' datasets or the plan's tags", residency.ErrDangling, id))
			}
		}
		n := 0
		for j := range sfs {
			if !h.Stores.selects(&sfs[j]) {
				continue
			}
			n++
			s := sfs[j].s
			for _, id := range h.Datasets {
				if _, ok := r.datasets[id]; ok && !slices.Contains(ds[s], id) {
					ds[s] = append(ds[s], id)
				}
			}
			for _, m := range h.Mechanisms {
				if !slices.Contains(mechs[s], m) {
					mechs[s] = append(mechs[s], m)
				}
			}
		}
		if n == 0 {
			ps.add(fmt.Sprintf("/holds/%d/stores", i), fmt.Errorf("%w: %s picks no store of the plan", residency.ErrDangling, h.Stores))
		}
	}
	return ds, mechs
}

// applyFacts adds the facts' entities, flows, mechanisms and waivers to
// topology t, built from the plan, and checks that every declared dataset
// is held somewhere.
func (r *reader) applyFacts(t *residency.Topology, mechs map[*store][]string, ps *problems) {
	f := r.s.facts
	if f == nil {
		return
	}
	byID := map[string]*residency.Store{}
	for i := range t.Stores {
		byID[t.Stores[i].ID] = &t.Stores[i]
	}
	for s, ms := range mechs {
		if st := byID[s.id]; st != nil {
			st.Mechanisms = append(st.Mechanisms, ms...)
		}
	}
	have := map[string]bool{}
	for _, e := range t.Entities {
		have[e.ID] = true
	}
	for i, e := range f.Entities {
		if have[e.ID] {
			ps.add(fmt.Sprintf("/entities/%d/id", i), fmt.Errorf("%w: entity %q is also one the plan's regions give", residency.ErrDuplicate, e.ID))
			continue
		}
		have[e.ID] = true
		t.Entities = append(t.Entities, e)
	}
	sfs := r.storeFacts()
	picked := func(sel Selector) map[string]bool {
		out := map[string]bool{}
		for j := range sfs {
			if sel.selects(&sfs[j]) && byID[sfs[j].s.id] != nil {
				out[sfs[j].s.id] = true
			}
		}
		return out
	}
	for i, fl := range f.Flows {
		p := fmt.Sprintf("/flows/%d", i)
		to := picked(fl.To)
		if len(to) == 0 {
			ps.add(p+"/to", fmt.Errorf("%w: %s picks no store of the plan", residency.ErrDangling, fl.To))
			continue
		}
		switch fl.Kind {
		case residency.AdminAccess, residency.Collection:
			id := cmpOr(fl.ID, fmt.Sprintf("facts.flows[%d]", i))
			for _, st := range t.Stores {
				if to[st.ID] {
					t.Flows = append(t.Flows, residency.Flow{ID: id + "@" + st.ID, Kind: fl.Kind, To: st.ID, Accessor: fl.Accessor,
						AccessorLocation: fl.AccessorLocation, Datasets: slices.Clone(fl.Datasets), Mechanisms: slices.Clone(fl.Mechanisms)})
				}
			}
		default:
			from := picked(fl.From)
			n := 0
			for k := range t.Flows {
				tf := &t.Flows[k]
				if tf.Kind == residency.AdminAccess || tf.Kind == residency.Collection || !from[tf.From] || !to[tf.To] {
					continue
				}
				if fl.Kind != 0 && tf.Kind != fl.Kind {
					continue
				}
				n++
				for _, m := range fl.Mechanisms {
					if !slices.Contains(tf.Mechanisms, m) {
						tf.Mechanisms = append(tf.Mechanisms, m)
					}
				}
			}
			if n == 0 {
				ps.add(p, fmt.Errorf("%w: the plan has no flow from a store %s picks to one %s picks", residency.ErrDangling, fl.From, fl.To))
			}
		}
	}
	t.Waivers = append(t.Waivers, f.Waivers...)
	held := map[string]bool{}
	for _, st := range t.Stores {
		for _, d := range st.Datasets {
			held[d] = true
		}
	}
	for i, d := range f.Datasets {
		if !held[d.ID] {
			ps.add(fmt.Sprintf("/datasets/%d", i), fmt.Errorf("%w: dataset %q is held by no store of the plan: name it in a holding or a tag", residency.ErrDangling, d.ID))
		}
	}
}
