package tfplan

import (
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// Google Cloud data stores beyond Cloud Storage and Cloud SQL. Attribute
// names follow the google provider's documentation
// (hashicorp/terraform-provider-google website/docs/r/*.html.markdown).

// gcpLocationAttr returns the string attribute attr, lower case, or says
// in Unlocated why there is none and returns "".
func (r *reader) gcpLocationAttr(in *instance, attrs ...string) string {
	for _, a := range attrs {
		if v, ok := in.str(a); ok {
			return strings.ToLower(v)
		}
	}
	for _, a := range attrs {
		if in.isUnknown(a) {
			r.addUnlocated(in, "%s is known only after apply", a)
			r.unlocated[in.addr] = true
			return ""
		}
	}
	r.addUnlocated(in, "no %s in the planned values", strings.Join(attrs, " or "))
	r.unlocated[in.addr] = true
	return ""
}

// gcpMulti describes a service's multi-region locations: those wholly in
// one country, and those that span countries the reader cannot name.
type gcpMulti struct {
	service  string
	country  map[string]string
	unplaced map[string]string
}

var (
	// BigQuery's US and EU multi-regions are the Cloud Storage ones
	// (https://cloud.google.com/bigquery/docs/locations#multi-regions).
	bigQueryMulti = gcpMulti{"BigQuery", gcsMultiRegionCountry, map[string]string{
		"eu": "data centres in several member states of the European Union, which Google does not name per dataset",
	}}
	// Firestore: nam5 is in the United States, eur3 in Europe (Belgium and
	// the Netherlands among its regions); "Cloud Firestore locations",
	// https://firebase.google.com/docs/firestore/locations, and the
	// multi-region page of Datastore
	// (https://cloud.google.com/datastore/docs/locations#location-mr):
	// "eur3 for Europe and nam5 for the United States".
	firestoreMulti = gcpMulti{"Firestore", map[string]string{"nam5": "US"}, map[string]string{
		"eur3": "replicas in several European countries, which the reader does not name",
	}}
	// Snapshot storage locations are Cloud Storage locations
	// (https://cloud.google.com/compute/docs/disks/snapshots#selecting_a_storage_location).
	snapshotMulti = gcpMulti{"Compute Engine snapshot", gcsMultiRegionCountry, map[string]string{
		"eu":   "data centres in several member states of the European Union, which Google does not name per snapshot",
		"asia": "data centres in several countries of Asia, which Google does not name per snapshot",
	}}
	noMulti = gcpMulti{}
)

// gcpPlace makes in's store at loc: a region of the catalog, a zone
// (placed in its region), or a multi-region of m. It returns the store.
func (r *reader) gcpPlace(in *instance, id, loc string, m gcpMulti, role residency.Role, from *instance) *store {
	if _, ok := r.cat.Region("gcp:" + loc); ok {
		return r.addStore(in, id, loc, role, from, "location "+loc)
	}
	if reg, ok := zoneRegion(loc); ok {
		if _, ok := r.cat.Region("gcp:" + reg); ok {
			return r.addStore(in, id, reg, role, from, "zone "+loc)
		}
	}
	if c, ok := m.country[loc]; ok {
		s := r.addCountryStore(in, id, jurisdiction.MustParseCode(c))
		s.role, s.from = role, from
		return s
	}
	if why, ok := m.unplaced[loc]; ok {
		r.addUnlocated(in, "%s multi-region %s: %s; not guessed", m.service, strings.ToUpper(loc), why)
	} else {
		_, why := r.regionID("gcp", loc)
		r.addUnlocated(in, "location %s: %s", loc, why)
	}
	if id == in.addr {
		r.unlocated[id] = true
	}
	return nil
}

// zoneRegion returns the region of a Google Cloud zone ("europe-west1-b"
// gives europe-west1): the zone less its last hyphenated part, when the
// zone has the form region-letter.
func zoneRegion(zone string) (string, bool) {
	i := strings.LastIndexByte(zone, '-')
	if i <= 0 || i != len(zone)-2 || zone[i+1] < 'a' || zone[i+1] > 'z' {
		return "", false
	}
	return zone[:i], true
}

// gcpAt returns the handler that places a resource at its location
// attribute (the first of attrs the plan gives) and, with fallback, at
// its provider's region when it has none.
func gcpAt(m gcpMulti, attrs ...string) func(*reader, *instance) {
	return func(r *reader, in *instance) {
		loc := r.gcpLocationAttr(in, attrs...)
		if loc != "" {
			r.gcpPlace(in, in.addr, loc, m, residency.Primary, in)
		}
	}
}

// gcpRegional places a regional resource at its region attribute, or its
// provider's region.
func gcpRegional(r *reader, in *instance) { r.primary(in, "region", true) }

// gcpSpanner places a Spanner instance by its config: a regional config
// ("regional-europe-west1", or a full projects/.../instanceConfigs/ name)
// is one store in that region. The dual- and multi-region configs (nam3,
// eur3, nam-eur-asia1, ...) place read-write, read-only and witness
// replicas in several regions that vary per config
// (https://cloud.google.com/spanner/docs/instance-configurations); the
// reader has no verified table of them, so such an instance is Unlocated.
func gcpSpanner(r *reader, in *instance) {
	cfg := r.gcpLocationAttr(in, "config")
	if cfg == "" {
		return
	}
	if i := strings.LastIndexByte(cfg, '/'); i >= 0 {
		cfg = cfg[i+1:]
	}
	reg, ok := strings.CutPrefix(cfg, "regional-")
	if !ok {
		r.addUnlocated(in, "Spanner config %s is a dual- or multi-region configuration whose replica regions the reader does not know; not guessed", cfg)
		r.unlocated[in.addr] = true
		return
	}
	r.addStore(in, in.addr, reg, residency.Primary, in, "config "+cfg)
}

// gcpBigtable makes a store per cluster zone's region: the first
// cluster's is the instance's, the others are replicas with a flow from
// it (Bigtable replicates between the clusters of an instance,
// https://cloud.google.com/bigtable/docs/replication-overview).
func gcpBigtable(r *reader, in *instance) {
	clusters := list(in.values["cluster"])
	if len(clusters) == 0 {
		if in.isUnknown("cluster") {
			r.addUnlocated(in, "the clusters are known only after apply")
		} else {
			r.addUnlocated(in, "no cluster in the planned values")
		}
		r.unlocated[in.addr] = true
		return
	}
	var first *store
	for i, c := range clusters {
		zone, ok := str(get(c, "zone"))
		if !ok {
			r.addUnlocated(in, "cluster %d: its zone is known only after apply (it defaults to the provider's zone)", i)
			if i == 0 {
				r.unlocated[in.addr] = true
			}
			continue
		}
		zone = strings.ToLower(zone)
		reg, ok := zoneRegion(zone)
		if !ok {
			r.addUnlocated(in, "cluster %d: %q is not a zone", i, zone)
			if i == 0 {
				r.unlocated[in.addr] = true
			}
			continue
		}
		if i == 0 {
			first = r.addStore(in, in.addr, reg, residency.Primary, in, "cluster zone "+zone)
			continue
		}
		if first != nil && codeOf(first) == reg {
			continue // another zone of the same region
		}
		rs := r.addStore(in, in.addr+"/"+reg, reg, residency.Replica, in, "cluster zone "+zone)
		if first == nil && rs != nil {
			r.addUnlocated(in, "replication to %s not recorded: the first cluster is unlocated", rs.id)
		}
		r.flow(first, rs)
	}
}

// gcpComputeSnapshot places a snapshot by storage_locations (one region
// or multi-region); with none, Compute Engine picks the multi-region or
// region nearest the source disk, which the plan does not say
// (https://cloud.google.com/compute/docs/disks/snapshots#selecting_a_storage_location).
func gcpComputeSnapshot(r *reader, in *instance) {
	locs := list(in.values["storage_locations"])
	if len(locs) == 0 {
		if in.isUnknown("storage_locations") {
			r.addUnlocated(in, "storage_locations is known only after apply")
		} else {
			r.addUnlocated(in, "no storage_locations: Compute Engine stores the snapshot in the location nearest its source disk, which the plan does not give; not guessed")
		}
		r.unlocated[in.addr] = true
		return
	}
	loc, ok := str(locs[0])
	if !ok {
		r.addUnlocated(in, "storage_locations is known only after apply")
		r.unlocated[in.addr] = true
		return
	}
	if s := r.gcpPlace(in, in.addr, strings.ToLower(loc), snapshotMulti, residency.Backup, in); s != nil {
		if len(locs) > 1 {
			r.addNote(in, "storage_locations lists %d locations; the snapshot is recorded at the first, %s", len(locs), loc)
		}
	}
}

// gcpComputeSnapshotLink records the backup flow from the source disk.
func gcpComputeSnapshotLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	types := []string{"google_compute_disk", "google_compute_region_disk"}
	if src, _ := r.find(in, types, []string{"self_link", "id", "name"}, "source_disk"); src != nil {
		r.backupFlow(r.storeOf(in, src, "snapshot of "+src.addr), s)
	}
}

// gcpAlloyDBLink reads a secondary cluster's primary
// (secondary_config.primary_cluster_name, cluster_type SECONDARY).
func gcpAlloyDBLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	if t, _ := in.str("cluster_type"); t != "SECONDARY" {
		return
	}
	s.role = residency.Replica
	types := []string{"google_alloydb_cluster"}
	src, v := r.find(in, types, []string{"name", "id"}, "secondary_config", 0, "primary_cluster_name")
	switch {
	case src != nil:
		r.flow(r.storeOf(in, src, "replication from "+src.addr), s)
	case v != "":
		// projects/<project>/locations/<region>/clusters/<id>
		parts := strings.Split(v, "/")
		if len(parts) == 6 && parts[0] == "projects" && parts[2] == "locations" && parts[4] == "clusters" {
			r.flow(r.addStore(in, in.addr+"/"+v, parts[3], residency.Primary, nil, "primary cluster "+v), s)
			return
		}
		r.addUnlocated(in, "replication from primary cluster %s not recorded: it is not in this plan, and its name carries no location", v)
	default:
		r.addUnlocated(in, "replication source (secondary_config.primary_cluster_name) is known only after apply and names no cluster in this plan; flow not recorded")
	}
}
