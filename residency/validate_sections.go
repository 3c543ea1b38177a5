package residency

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// This file holds one validator per topology section. Each reports every
// problem of its section; none stops at the first.

func (v *validator) datasets() {
	e := v.e
	for i := range v.t.Datasets {
		d := &v.t.Datasets[i]
		dp := func() string { return "datasets[" + strconv.Itoa(i) + "]" }
		v.text(func() string { return dp() + ".name" }, d.Name)
		if v.list(func() string { return dp() + ".classes" }, len(d.Classes)) {
			for k, c := range d.Classes {
				if !c.IsValid() {
					e.fail(func() string { return fmt.Sprintf("datasets[%d].classes[%d]", i, k) }, ErrInvalid, "data class %d", c)
				}
			}
		}
		if v.list(func() string { return dp() + ".subjects" }, len(d.Subjects)) {
			v.subjects(i, d.Subjects)
		}
		if d.Controller != "" {
			v.ref(func() string { return dp() + ".controller" }, d.Controller, v.m.entities, "entity")
		}
	}
}

// subjects checks dataset i's subject counts: each jurisdiction once, each
// count between 0 and MaxSubjects.
func (v *validator) subjects(i int, ss []Subjects) {
	e := v.e
	count := func(path func() string, n int64) {
		if n < 0 {
			e.fail(path, ErrInvalid, "negative count %d", n)
		} else if n > MaxSubjects {
			e.fail(path, ErrLimit, "count %d is more than %d", n, int64(MaxSubjects))
		}
	}
	// Where each jurisdiction is first counted: by a scan for the usual
	// few, by a map for many.
	var first map[jurisdiction.Code]int
	if len(ss) > 8 {
		first = make(map[jurisdiction.Code]int, len(ss))
	}
	firstAt := func(k int, c jurisdiction.Code) (int, bool) {
		if first == nil {
			j := slices.IndexFunc(ss[:k], func(s Subjects) bool { return s.Jurisdiction == c })
			return j, j >= 0
		}
		j, dup := first[c]
		if !dup {
			first[c] = k
		}
		return j, dup
	}
	for k, s := range ss {
		sp := func() string { return fmt.Sprintf("datasets[%d].subjects[%d]", i, k) }
		v.code(func() string { return sp() + ".jurisdiction" }, s.Jurisdiction)
		if j, dup := firstAt(k, s.Jurisdiction); dup && s.Jurisdiction.IsValid() {
			e.fail(func() string { return sp() + ".jurisdiction" }, ErrDuplicate, "subjects in %s are counted twice (also subjects[%d])", s.Jurisdiction, j)
		}
		count(func() string { return sp() + ".count" }, s.Count)
		if !v.list(func() string { return sp() + ".counts" }, len(s.Counts)) {
			continue
		}
		for j, pc := range s.Counts {
			if pc.Since.IsZero() {
				e.fail(func() string { return fmt.Sprintf("datasets[%d].subjects[%d].counts[%d].since", i, k, j) }, ErrMissing, "a period count needs its start day")
			}
			count(func() string { return fmt.Sprintf("datasets[%d].subjects[%d].counts[%d].count", i, k, j) }, pc.Count)
		}
	}
}

func (v *validator) entities() {
	e := v.e
	for i := range v.t.Entities {
		x := &v.t.Entities[i]
		ep := func() string { return "entities[" + strconv.Itoa(i) + "]" }
		v.text(func() string { return ep() + ".name" }, x.Name)
		v.code(func() string { return ep() + ".jurisdiction" }, x.Jurisdiction)
		if v.list(func() string { return ep() + ".owners" }, len(x.Owners)) {
			for k, o := range x.Owners {
				op := func() string { return fmt.Sprintf("entities[%d].owners[%d]", i, k) }
				v.ref(func() string { return op() + ".parent" }, o.Parent, v.m.entities, "entity")
				if o.Parent != "" && o.Parent == x.ID {
					e.fail(func() string { return op() + ".parent" }, ErrCycle, "entity %s owns itself", quote(x.ID))
				}
				if !(o.Share >= 0 && o.Share <= 100) { // also rejects NaN
					e.fail(func() string { return op() + ".share" }, ErrShare, "share %v%% is outside 0-100%%", o.Share)
				}
				v.period(op, o.Period)
			}
			if len(x.Owners) > 1 {
				checkShareSums(e, ep, x.Owners)
			}
		}
		if v.list(func() string { return ep() + ".cii" }, len(x.CII)) {
			for k, c := range x.CII {
				v.code(func() string { return fmt.Sprintf("entities[%d].cii[%d]", i, k) }, c)
			}
		}
		v.ids(func() string { return ep() + ".licences" }, x.Licences, "licence")
		v.ids(func() string { return ep() + ".certifications" }, x.Certifications, "mechanism id")
		if v.list(func() string { return ep() + ".certified" }, len(x.Certified)) {
			for k, c := range x.Certified {
				cp := func() string { return fmt.Sprintf("entities[%d].certified[%d]", i, k) }
				v.id(func() string { return cp() + ".mechanism" }, c.Mechanism, "mechanism", " id")
				v.period(cp, c.Period)
			}
		}
		v.ids(func() string { return ep() + ".tags" }, x.Tags, "tag")
		v.ids(func() string { return ep() + ".assurances" }, x.Assurances, "assurance")
		if !x.Role.IsValid() {
			e.fail(func() string { return ep() + ".role" }, ErrInvalid, "role %d is not one of the declared roles", uint8(x.Role))
		}
	}
	checkCycles(v.e, v.t.Entities, v.m.entities)
}

func (v *validator) stores() {
	e := v.e
	counts := make([]int, len(v.t.Stores))
	for i := range v.t.Stores {
		if n := len(v.t.Stores[i].Datasets); n <= MaxListItems {
			counts[i] = n
		}
	}
	v.storeDS = newRows(counts)
	for i := range v.t.Stores {
		s := &v.t.Stores[i]
		sp := func() string { return "stores[" + strconv.Itoa(i) + "]" }
		v.text(func() string { return sp() + ".name" }, s.Name)
		v.text(func() string { return sp() + ".region" }, s.Region)
		if s.Region == "" {
			v.code(func() string { return sp() + ".location" }, s.Location)
		} else if prov, c, ok := strings.Cut(s.Region, ":"); !ok || prov == "" || c == "" {
			e.fail(func() string { return sp() + ".region" }, ErrInvalid, "region %s is not provider:code", quote(s.Region))
		}
		if !s.Role.IsValid() {
			e.fail(func() string { return sp() + ".role" }, ErrInvalid, "role %d", s.Role)
		}
		v.period(sp, s.Period)
		v.datasetList(func() string { return sp() + ".datasets" }, s.Datasets, v.storeDS, i)
		v.ids(func() string { return sp() + ".mechanisms" }, s.Mechanisms, "mechanism id")
		if len(s.Operators) == 0 && s.Region == "" {
			e.fail(func() string { return sp() + ".operators" }, ErrMissing, "a store needs at least one operator, or a region whose operator the catalog knows")
		}
		v.tenures(i, "operators", s.Operators, true)
		v.tenures(i, "custodians", s.Custodians, false)
		if s.Licensor != "" {
			v.ref(func() string { return sp() + ".licensor" }, s.Licensor, v.m.entities, "entity")
		}
		v.keys(i, s.Keys)
		v.text(func() string { return sp() + ".encryption.module" }, s.Encryption.Module)
		if v.list(func() string { return sp() + ".filtered_from" }, len(s.FilteredFrom)) {
			for k, c := range s.FilteredFrom {
				v.code(func() string { return fmt.Sprintf("stores[%d].filtered_from[%d]", i, k) }, c)
			}
		}
	}
}

// tenures checks a store's operators or custodians: references and
// periods, and, exclusive (operators), that no two overlap, or, not
// exclusive, that no entity is listed twice for the same time.
func (v *validator) tenures(store int, field string, ts []Tenure, exclusive bool) {
	tp := func(k int) string { return fmt.Sprintf("stores[%d].%s[%d]", store, field, k) }
	if !v.list(func() string { return fmt.Sprintf("stores[%d].%s", store, field) }, len(ts)) {
		return
	}
	for k, t := range ts {
		v.ref(func() string { return tp(k) + ".entity" }, t.Entity, v.m.entities, "entity")
		v.period(func() string { return tp(k) }, t.Period)
	}
	if len(ts) < 2 {
		return
	}
	periods := make([]jurisdiction.Period, len(ts))
	for k, t := range ts {
		periods[k] = t.Period
	}
	group := func(k int) string { return "" }
	if !exclusive {
		group = func(k int) string { return ts[k].Entity }
	}
	overlaps(periods, group, func(k, j int) {
		if exclusive {
			v.e.fail(func() string { return tp(k) }, ErrDate, "overlaps stores[%d].%s[%d]: one operator at a time", store, field, j)
		} else {
			v.e.fail(func() string { return tp(k) }, ErrDuplicate, "entity %q is listed twice for the same time (also %s[%d])", ts[k].Entity, field, j)
		}
	})
}

// keys checks a store's key custody: one holder at a time.
func (v *validator) keys(store int, ks []KeyCustody) {
	if !v.list(func() string { return fmt.Sprintf("stores[%d].keys", store) }, len(ks)) {
		return
	}
	for k, kc := range ks {
		kp := func() string { return fmt.Sprintf("stores[%d].keys[%d]", store, k) }
		v.ref(func() string { return kp() + ".holder" }, kc.Holder, v.m.entities, "entity")
		v.code(func() string { return kp() + ".location" }, kc.Location)
		v.period(kp, kc.Period)
	}
	if len(ks) < 2 {
		return
	}
	periods := make([]jurisdiction.Period, len(ks))
	for k, kc := range ks {
		periods[k] = kc.Period
	}
	overlaps(periods, func(int) string { return "" }, func(k, j int) {
		v.e.fail(func() string { return fmt.Sprintf("stores[%d].keys[%d]", store, k) }, ErrDate, "key custody overlaps keys[%d]: one holder at a time", j)
	})
}

func (v *validator) flows() {
	e := v.e
	counts := make([]int, len(v.t.Flows))
	for i := range v.t.Flows {
		if n := len(v.t.Flows[i].Datasets); n <= MaxListItems {
			counts[i] = n
		}
	}
	v.flowDS = newRows(counts)
	into := make([]int32, len(v.t.Stores))
	for i := range v.t.Flows {
		f := &v.t.Flows[i]
		fp := func() string { return "flows[" + strconv.Itoa(i) + "]" }
		v.period(fp, f.Period)
		if !f.Kind.IsValid() {
			e.fail(func() string { return fp() + ".kind" }, ErrInvalid, "flow kind %d", f.Kind)
		}
		if to := v.ref(func() string { return fp() + ".to" }, f.To, v.m.stores, "store"); to >= 0 {
			into[to]++
			if into[to] == MaxListItems+1 {
				e.fail(func() string { return fp() + ".to" }, ErrLimit, "more than %d flows into store %q", MaxListItems, f.To)
			}
		}
		switch f.Kind {
		case Replication, BackupFlow, Provision:
			v.ref(func() string { return fp() + ".from" }, f.From, v.m.stores, "store")
			if f.From != "" && f.From == f.To {
				e.fail(func() string { return fp() + ".to" }, ErrInvalid, "a %s flow from store %q to itself", f.Kind, f.From)
			}
		case AdminAccess:
			v.ref(func() string { return fp() + ".accessor" }, f.Accessor, v.m.entities, "entity")
			v.code(func() string { return fp() + ".accessor_location" }, f.AccessorLocation)
			if f.From != "" {
				e.fail(func() string { return fp() + ".from" }, ErrInvalid, "an admin-access flow has no source store")
			}
		case Collection:
			if f.From != "" {
				e.fail(func() string { return fp() + ".from" }, ErrInvalid, "a collection flow has no source store")
			}
		}
		if f.Kind != AdminAccess && (f.Accessor != "" || f.AccessorLocation.IsValid()) {
			e.fail(func() string { return fp() + ".accessor" }, ErrInvalid, "only admin-access flows have an accessor")
		}
		v.datasetList(func() string { return fp() + ".datasets" }, f.Datasets, v.flowDS, i)
		v.ids(func() string { return fp() + ".mechanisms" }, f.Mechanisms, "mechanism id")
	}
	v.flowsHeld()
}

// flowsHeld checks that the datasets a flow names are held where it reads
// them: its source store, or for admin access and collection the store it
// reaches. Flows are taken by store, each store's datasets marked once.
func (v *validator) flowsHeld() {
	t := v.t
	reads := make([]int32, len(t.Flows)) // the store each flow reads, or -1
	counts := make([]int, len(t.Stores))
	any := false
	for i := range t.Flows {
		f := &t.Flows[i]
		reads[i] = -1
		if len(f.Datasets) == 0 || len(f.Datasets) > MaxListItems {
			continue
		}
		src := f.From
		if f.Kind == AdminAccess || f.Kind == Collection {
			src = f.To
		}
		if si, ok := v.m.stores[src]; ok {
			reads[i] = int32(si)
			counts[si]++
			any = true
		}
	}
	if !any {
		return
	}
	byStore := newRows(counts)
	for i, si := range reads {
		if si >= 0 {
			byStore.push(int(si), i)
		}
	}
	flows := byStore.done()
	held := make([]int32, len(t.Datasets)) // held[di] == store+1: the store holds di
	for si := range t.Stores {
		fs := flows.at(si)
		if len(fs) == 0 {
			continue
		}
		st := &t.Stores[si]
		for _, di := range v.storeDS.row(si) {
			if di >= 0 {
				held[di] = int32(si + 1)
			}
		}
		for _, fi := range fs {
			for k, di := range v.flowDS.row(fi) {
				if di >= 0 && held[di] != int32(si+1) {
					v.e.fail(func() string { return fmt.Sprintf("flows[%d].datasets[%d]", fi, k) }, ErrInvalid, "store %q does not hold dataset %q",
						st.ID, t.Flows[fi].Datasets[k])
				}
			}
		}
	}
}

func (v *validator) waivers() {
	for i, w := range v.t.Waivers {
		for _, f := range []struct{ name, what, value string }{
			{"finding", "a finding", w.Finding}, {"justification", "a justification", w.Justification}, {"approver", "an approver", w.Approver},
		} {
			if strings.TrimSpace(f.value) == "" {
				v.e.fail(func() string { return fmt.Sprintf("waivers[%d].%s", i, f.name) }, ErrMissing, "a waiver needs %s", f.what)
			} else {
				v.text(func() string { return fmt.Sprintf("waivers[%d].%s", i, f.name) }, f.value)
			}
		}
		if w.Expires.IsZero() {
			v.e.fail(func() string { return fmt.Sprintf("waivers[%d].expires", i) }, ErrMissing, "a waiver needs an expiry date")
		}
	}
}
