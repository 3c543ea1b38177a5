package tfplan

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dataresidency/dataresidency/internal/clip"
	"github.com/dataresidency/dataresidency/internal/textcheck"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// A store is a store being built.
type store struct {
	id string
	// region is the catalog region ID, "aws:eu-west-1"; empty for a store
	// placed only in a country (location, with the provider's operator).
	region   string
	location jurisdiction.Code
	provider string
	role     residency.Role
	// from is the instance whose tags give the store's datasets; nil for a
	// store outside the plan.
	from *instance
	// key is the catalog region ID where the store's key is held.
	key string
}

// regionID returns the catalog ID of a provider's region code, or the
// reason it is not in the catalog.
func (r *reader) regionID(provider, code string) (string, string) {
	code = strings.ToLower(strings.TrimSpace(code))
	if provider == "azure" {
		code = azureLocation(code)
	}
	id := provider + ":" + code
	if res, ok := r.regions[id]; ok {
		return res[0], res[1]
	}
	var res [2]string
	if !regionSyntax(code) {
		res[1] = fmt.Sprintf("%q is not a region code", code)
	} else if _, ok := r.cat.Region(id); !ok {
		res[1] = r.cat.UnknownRegion(id).Error()
	} else {
		res[0] = id
	}
	r.regions[id] = res
	return res[0], res[1]
}

// regionSyntax reports whether code can be a region code: up to 64 lower-
// case letters, digits and hyphens.
func regionSyntax(code string) bool {
	if code == "" || len(code) > 64 {
		return false
	}
	for i := 0; i < len(code); i++ {
		c := code[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// addStore adds the store id, for in, in the provider region code, and
// returns it (or the store id already made); when the region is not in
// the catalog it records why in Unlocated, prefixed with what, and
// returns nil.
func (r *reader) addStore(in *instance, id, code string, role residency.Role, from *instance, what string) *store {
	if s := r.stores[id]; s != nil {
		return s
	}
	if c, bad := textcheck.BadRune(id); bad {
		r.addErr(in, fmt.Errorf("the %s store's ID %s holds %U, which no ID may: the store is left out", what, clip.Quote(id), c))
		return nil
	}
	rid, why := r.regionID(in.provider, code)
	if rid == "" {
		r.addUnlocated(in, "%s: %s", what, why)
		if id == in.addr {
			r.unlocated[id] = true
		}
		return nil
	}
	s := &store{id: r.fitID(in, id, "store"), region: rid, provider: in.provider, role: role, from: from}
	r.stores[id] = s
	r.storeList = append(r.storeList, s)
	return s
}

// addCountryStore adds a store placed in a country, operated by the
// provider's operator.
func (r *reader) addCountryStore(in *instance, id string, c jurisdiction.Code) *store {
	if s := r.stores[id]; s != nil {
		return s
	}
	s := &store{id: r.fitID(in, id, "store"), location: c, provider: in.provider, from: in}
	r.stores[id] = s
	r.storeList = append(r.storeList, s)
	return s
}

// primary adds in's own store in the region its attribute attr or its
// provider gives.
func (r *reader) primary(in *instance, attr string, fallback bool) *store {
	code, why := r.region(in, attr, fallback)
	if code == "" {
		r.addUnlocated(in, "%s", why)
		r.unlocated[in.addr] = true
		return nil
	}
	return r.addStore(in, in.addr, code, residency.Primary, in, "region")
}

// storeOf returns the store of instance x, explaining in Unlocated (for
// in, about what) when there is none.
func (r *reader) storeOf(in, x *instance, what string) *store {
	if s := r.stores[x.addr]; s != nil {
		return s
	}
	if r.unlocated[x.addr] {
		r.addUnlocated(in, "%s not recorded: %s is unlocated", what, x.addr)
	} else {
		r.addUnlocated(in, "%s not recorded: %s makes no store", what, x.addr)
	}
	return nil
}

// flow adds a replication flow from one store to another.
func (r *reader) flow(from, to *store) { r.addFlow(from, to, residency.Replication) }

// backupFlow adds a backup flow (a snapshot, a backup copy) from one
// store to another.
func (r *reader) backupFlow(from, to *store) { r.addFlow(from, to, residency.BackupFlow) }

func (r *reader) addFlow(from, to *store, kind residency.FlowKind) {
	if from == nil || to == nil || from == to {
		return
	}
	id := from.id + " -> " + to.id
	if _, ok := r.flows[id]; ok {
		return
	}
	r.flows[id] = &residency.Flow{ID: shortID(id), Kind: kind, From: from.id, To: to.id}
}

// fitID returns id as the ID of a store or dataset (what): id itself when
// it is at most residency.MaxIDBytes long, and otherwise its shortID, with
// a note for in saying so.
func (r *reader) fitID(in *instance, id, what string) string {
	short := shortID(id)
	if short != id {
		r.addNote(in, "the %s ID is %d bytes, more than the %d a topology allows: the %s is %s", what, len(id), residency.MaxIDBytes, what, short)
	}
	return short
}

// shortID returns id when it is at most residency.MaxIDBytes long. A
// longer id is cut at a rune boundary and ends with "…" and 16 hexadecimal
// digits of its SHA-256, so that two long IDs with the same beginning stay
// two IDs, and the same plan gives the same IDs.
func shortID(id string) string {
	if len(id) <= residency.MaxIDBytes {
		return id
	}
	sum := sha256.Sum256([]byte(id))
	suffix := "…" + hex.EncodeToString(sum[:8])
	n := residency.MaxIDBytes - len(suffix)
	for n > 0 && !utf8.RuneStart(id[n]) {
		n--
	}
	return id[:n] + suffix
}

// setKey records that s's keys are held in the catalog region keyRegion.
func (r *reader) setKey(in *instance, s *store, keyRegion string) {
	if s == nil || keyRegion == "" {
		return
	}
	if s.key != "" && s.key != keyRegion {
		r.addNote(in, "store %s has keys in %s and %s; custody recorded in %s", s.id, s.key, keyRegion, s.key)
		return
	}
	s.key = keyRegion
}

func (r *reader) result() (*Result, error) {
	t := &residency.Topology{Name: r.s.name, Datasets: []residency.Dataset{}, Entities: []residency.Entity{}, Stores: []residency.Store{}}
	var facts problems
	r.factsDatasets()
	datasets, holdMechs := r.assignDatasets(&facts)

	needOps := false
	for _, s := range r.storeList {
		if s.key != "" || s.region == "" {
			needOps = true
		}
	}
	ents := map[string]residency.Entity{}
	for _, e := range r.s.entities {
		if _, dup := ents[e.ID]; !dup {
			ents[e.ID] = e
			t.Entities = append(t.Entities, e)
		}
	}
	var addOperator func(id string, depth int) (string, bool)
	addOperator = func(id string, depth int) (string, bool) {
		eid := residency.CatalogEntityPrefix + id
		if _, ok := ents[eid]; ok {
			return eid, true
		}
		op, ok := r.cat.Operator(id)
		if !ok || !op.Jurisdiction.IsValid() || depth > 64 {
			return "", false
		}
		e := residency.Entity{ID: eid, Name: op.Name, Jurisdiction: op.Jurisdiction, Headquarters: op.Headquarters, Licences: slices.Clone(op.Licences)}
		ents[eid] = e // before the parent, so that a cycle ends
		if op.Parent != "" {
			if pid, ok := addOperator(op.Parent, depth+1); ok {
				e.Owners = []residency.Ownership{{Parent: pid, Share: op.Share, Control: op.Control}}
				ents[eid] = e
			}
		}
		t.Entities = append(t.Entities, e)
		return eid, true
	}
	// operatorOf returns the entity of a catalog region's operator and
	// licensor.
	operatorOf := func(regionID string) (op, lic, why string) {
		reg, ok := r.cat.Region(regionID)
		if !ok {
			return "", "", r.cat.UnknownRegion(regionID).Error()
		}
		id := r.cat.RegionOperator(reg)
		op, ok = addOperator(id, 0)
		if !ok {
			return "", "", fmt.Sprintf("the catalog has no operator %q for region %s", id, regionID)
		}
		if reg.Licensor != "" {
			lic, _ = addOperator(reg.Licensor, 0)
		}
		return op, lic, ""
	}

	for _, s := range r.storeList {
		st := residency.Store{ID: s.id, Region: s.region, Location: s.location, Role: s.role, Datasets: datasets[s]}
		if st.Datasets == nil {
			st.Datasets = []string{}
		}
		if needOps {
			var op, lic, why string
			if s.region != "" {
				op, lic, why = operatorOf(s.region)
			} else if p, ok := r.cat.Provider(s.provider); ok {
				if id, ok := addOperator(p.Operator, 0); ok {
					op = id
				} else {
					why = fmt.Sprintf("the catalog has no operator %q", p.Operator)
				}
			} else {
				why = fmt.Sprintf("the catalog has no provider %q", s.provider)
			}
			if op == "" {
				r.unlocatedList = append(r.unlocatedList, Resource{s.id, typeOf(s), "operator unknown: " + why})
				continue
			}
			st.Operators = []residency.Tenure{{Entity: op}}
			st.Licensor = lic
		}
		if s.key != "" {
			reg, ok := r.cat.Region(s.key)
			holder, _, why := operatorOf(s.key)
			if !ok || holder == "" {
				r.unlocatedList = append(r.unlocatedList, Resource{s.id, typeOf(s), "key custody not recorded: " + why})
			} else {
				st.Keys = []residency.KeyCustody{{Holder: holder, Location: reg.Country}}
			}
		}
		t.Stores = append(t.Stores, st)
	}
	have := map[string]bool{}
	for _, st := range t.Stores {
		have[st.ID] = true
	}
	for _, f := range r.flows {
		if have[f.From] && have[f.To] {
			t.Flows = append(t.Flows, *f)
		}
	}
	r.applyFacts(t, holdMechs, &facts)
	used := map[string]bool{}
	for _, st := range t.Stores {
		for _, d := range st.Datasets {
			used[d] = true
		}
	}
	for id, d := range r.datasetInfo() {
		if used[id] {
			t.Datasets = append(t.Datasets, d)
		}
	}

	slices.SortFunc(t.Datasets, func(a, b residency.Dataset) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(t.Entities, func(a, b residency.Entity) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(t.Stores, func(a, b residency.Store) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(t.Flows, func(a, b residency.Flow) int { return strings.Compare(a.ID, b.ID) })
	res := &Result{Topology: t, Unsupported: sortResources(r.unsupported), Unlocated: sortResources(r.unlocatedList), Notes: sortResources(r.notes), NoData: sortResources(r.noData)}
	if r.droppedErrs > 0 {
		r.errs = append(r.errs, fmt.Errorf("tfplan: %d more resource errors not listed", r.droppedErrs))
	}
	if r.s.facts != nil {
		if err := facts.err(r.s.facts.src); err != nil {
			r.errs = append(r.errs, &FactsError{Err: err})
		}
	}
	return res, errors.Join(r.errs...)
}

func typeOf(s *store) string {
	if s.from != nil {
		return s.from.typ
	}
	return ""
}

func sortResources(rs []Resource) []Resource {
	slices.SortStableFunc(rs, func(a, b Resource) int {
		return cmp.Or(strings.Compare(a.Address, b.Address), strings.Compare(a.Reason, b.Reason))
	})
	return slices.CompactFunc(rs, func(a, b Resource) bool { return a == b })
}
