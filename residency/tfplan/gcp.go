package tfplan

import (
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// gcpStorageBucket makes a bucket's stores: one in a region, one per
// member region of a dual-region, one in the US for the US multi-region.
func gcpStorageBucket(r *reader, in *instance) {
	loc, ok := in.str("location")
	if !ok {
		if in.isUnknown("location") {
			r.addUnlocated(in, "location is known only after apply")
		} else {
			r.addUnlocated(in, "no location in the planned values")
		}
		r.unlocated[in.addr] = true
		return
	}
	loc = strings.ToLower(loc)
	var members []string
	for _, v := range list(get(in.values, "custom_placement_config", 0, "data_locations")) {
		if s, ok := str(v); ok {
			members = append(members, strings.ToLower(s))
		}
	}
	if len(members) == 0 && in.isUnknown("custom_placement_config") {
		r.addUnlocated(in, "custom_placement_config is known only after apply")
		r.unlocated[in.addr] = true
		return
	}
	if len(members) == 0 {
		if _, ok := r.cat.Region("gcp:" + loc); ok {
			members = []string{loc}
		} else if m, ok := gcsDualRegions[loc]; ok {
			members = m
		} else if c, ok := gcsMultiRegionCountry[loc]; ok {
			r.addCountryStore(in, in.addr, jurisdiction.MustParseCode(c))
			return
		} else if a, ok := gcsMulti.areas[loc]; ok {
			if r.gcpAreaStores(in, in.addr, "Cloud Storage multi-region "+strings.ToUpper(loc), a, residency.Primary, in) == nil {
				r.unlocated[in.addr] = true
			}
			return
		} else {
			r.addUnlocated(in, "Cloud Storage location %s is neither a region in the catalog nor a dual-region whose member regions the reader knows (%s)", strings.ToUpper(loc), knownDualRegions())
			r.unlocated[in.addr] = true
			return
		}
	}
	first := r.addStore(in, in.addr, members[0], residency.Primary, in, "location "+members[0])
	for _, m := range members[1:] {
		rs := r.addStore(in, in.addr+"/"+m, m, residency.Replica, in, "dual-region member "+m)
		if first == nil && rs != nil {
			r.addUnlocated(in, "replication to %s not recorded: the first member region is unlocated", rs.id)
		}
		r.flow(first, rs)
	}
}

func gcpSQLInstance(r *reader, in *instance) { r.primary(in, "region", true) }

// gcpSQLInstanceLink reads a replica's master.
func gcpSQLInstanceLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	v, known := in.str("master_instance_name")
	if !known && in.expr("master_instance_name") == nil {
		return // not set (or computed): not a replica
	}
	s.role = residency.Replica
	types := []string{"google_sql_database_instance"}
	name := v
	if i := strings.LastIndexByte(v, ':'); i >= 0 {
		name = v[i+1:] // "project:instance"
	}
	src := r.byValue(types, name, "name")
	if src == nil {
		src = r.refTo(in, types, "master_instance_name")
	}
	switch {
	case src != nil:
		r.flow(r.storeOf(in, src, "replication from "+src.addr), s)
	case known:
		r.addUnlocated(in, "replication from master %s not recorded: the master is not in this plan, and its name carries no region", v)
	default:
		r.addUnlocated(in, "replication source (master_instance_name) is known only after apply and names no instance in this plan; flow not recorded")
	}
}
