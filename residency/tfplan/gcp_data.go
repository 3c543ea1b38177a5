package tfplan

import (
	"slices"
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
// one country, those whose member regions Google names, those that span
// an area whose countries the catalog gives, and those the reader cannot
// place.
type gcpMulti struct {
	service  string
	country  map[string]string
	members  map[string][]gcpMember
	areas    map[string]gcpArea
	unplaced map[string]string
}

// gcpMember is a member region of a multi-region, and its part in it.
type gcpMember struct{ code, part string }

// gcpArea is an area a multi-region spans, as Google describes it.
type gcpArea struct {
	// area names the area: "EU" (the countries that are members of the
	// catalog's EU bloc) or "ASIA" (the countries of Google's asia-*
	// regions).
	area string
	// spans says, in Google's terms, what the multi-region spans.
	spans string
}

var (
	// Cloud Storage "Bucket locations"
	// (https://cloud.google.com/storage/docs/locations): EU is "data
	// centers within member states of the European Union" (object data is
	// not stored in EUROPE-WEST2, London, or EUROPE-WEST6, Zurich), ASIA
	// "data centers in Asia" (as quoted in the cloud-storage crate's
	// MultiRegion documentation,
	// https://docs.rs/cloud-storage/0.10.1/cloud_storage/bucket/enum.MultiRegion.html).
	// Google does not say which of those data centres hold a bucket.
	gcsEU   = gcpArea{"EU", "data centres within member states of the European Union (not London or Zurich)"}
	gcsAsia = gcpArea{"ASIA", "data centres in Asia"}

	gcsMulti = gcpMulti{service: "Cloud Storage", country: gcsMultiRegionCountry,
		areas: map[string]gcpArea{"eu": gcsEU, "asia": gcsAsia}}

	// BigQuery's US and EU multi-regions
	// (https://cloud.google.com/bigquery/docs/locations#multi-regions): "a
	// large geographic area, such as the United States or Europe"; the
	// data of a dataset in a multi-region is stored in one region of it,
	// which Google does not name.
	bigQueryMulti = gcpMulti{service: "BigQuery", country: gcsMultiRegionCountry, areas: map[string]gcpArea{
		"eu": {"EU", "regions in member states of the European Union, one of which holds the dataset"},
	}}

	// Firestore multi-regions: "Firestore in Datastore mode locations"
	// (https://cloud.google.com/datastore/docs/locations#location-mr, the
	// table Firestore's own page,
	// https://cloud.google.com/firestore/docs/locations, also gives): eur3
	// has read-write regions europe-west1 (Belgium) and europe-west4
	// (Netherlands) and witness region europe-north1 (Finland); nam5 has
	// read-write regions us-central1 (Iowa) and us-central2 (Oklahoma, a
	// private Google Cloud region) and witness us-east1 (South Carolina);
	// nam7 read-write regions us-central1 and us-east4 (Northern Virginia)
	// and witness us-central2. A read-write replica "contains all of the
	// data in the database"; a witness "does not maintain a full set of
	// data but participates in replication", so it is recorded too. nam5
	// and nam7 include us-central2, which is not a public region in the
	// catalog; all their regions are in the United States, where they are
	// placed.
	firestoreMulti = gcpMulti{service: "Firestore", country: map[string]string{"nam5": "US", "nam7": "US"},
		members: map[string][]gcpMember{
			"eur3": {{"europe-west1", "read-write"}, {"europe-west4", "read-write"}, {"europe-north1", "witness"}},
		}}

	// Snapshot storage locations are Cloud Storage locations
	// (https://cloud.google.com/compute/docs/disks/snapshots#selecting_a_storage_location).
	snapshotMulti = gcpMulti{service: "Compute Engine snapshot", country: gcsMultiRegionCountry,
		areas: map[string]gcpArea{"eu": gcsEU, "asia": gcsAsia}}
	noMulti = gcpMulti{}
)

// gcpPlace makes in's store at loc: a region of the catalog, a zone
// (placed in its region), or a multi-region of m. It returns the store
// (for a multi-region that spans several places, the first).
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
	if ms, ok := m.members[loc]; ok {
		return r.gcpMembers(in, id, m.service+" multi-region "+strings.ToUpper(loc), ms, role, from)
	}
	if a, ok := m.areas[loc]; ok {
		if s := r.gcpAreaStores(in, id, m.service+" multi-region "+strings.ToUpper(loc), a, role, from); s != nil {
			return s
		}
	} else if why, ok := m.unplaced[loc]; ok {
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

// copyRole is the role of the other copies of a store of role: backups
// of a backup, replicas otherwise.
func copyRole(role residency.Role) residency.Role {
	if role == residency.Backup {
		return residency.Backup
	}
	return residency.Replica
}

// copyFlow records the flow from a multi-region's first store to another
// of its copies: a backup flow into a backup, a replication flow
// otherwise.
func (r *reader) copyFlow(from, to *store) {
	if to != nil && to.role == residency.Backup {
		r.backupFlow(from, to)
		return
	}
	r.flow(from, to)
}

// gcpMembers places a multi-region whose member regions Google names: a
// store per member region, the first as id with role, the others
// "<id>/<region>" copies with a flow from the first, each noted with its
// part.
func (r *reader) gcpMembers(in *instance, id, what string, ms []gcpMember, role residency.Role, from *instance) *store {
	var first *store
	for i, m := range ms {
		if i == 0 {
			first = r.addStore(in, id, m.code, role, from, what+" member "+m.code)
			if first != nil {
				r.addNote(in, "%s: %s region %s of %s", first.id, m.part, m.code, what)
			}
			continue
		}
		s := r.addStore(in, id+"/"+m.code, m.code, copyRole(role), from, what+" member "+m.code)
		if s == nil {
			continue
		}
		if m.part == "witness" {
			r.addNote(in, "%s: witness region %s of %s: it holds no full copy of the data but takes part in replication; recorded as a copy, conservatively", s.id, m.code, what)
		} else {
			r.addNote(in, "%s: %s region %s of %s, holding a full copy of the data", s.id, m.part, m.code, what)
		}
		if first == nil {
			r.addUnlocated(in, "replication to %s not recorded: the first member region is unlocated", s.id)
		}
		r.copyFlow(first, s)
	}
	return first
}

// gcpAreaStores places a multi-region that spans an area without naming
// the data centres that hold a resource: a store in each country of the
// area where the catalog has a public Google Cloud region, in
// alphabetical order, the first as id with role and the others
// "<id>/<country>" copies with a flow from the first, each noted as a
// possible location. Every country the data may sit in is thus assessed.
// With no such country it says so in Unlocated and returns nil.
func (r *reader) gcpAreaStores(in *instance, id, what string, a gcpArea, role residency.Role, from *instance) *store {
	cs := r.gcpAreaCountries(a.area)
	if len(cs) == 0 {
		r.addUnlocated(in, "%s spans %s, and the catalog has no Google Cloud region there; not guessed", what, a.spans)
		return nil
	}
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.String()
	}
	list := strings.Join(names, ", ")
	var first *store
	for i, c := range cs {
		sid := id
		if i > 0 {
			sid = id + "/" + c.String()
		}
		s := r.addCountryStore(in, sid, c)
		s.from = from
		if i == 0 {
			s.role, first = role, s
		} else {
			s.role = copyRole(role)
		}
		r.addNote(in, "%s may hold data in %s: the %s spans %s, where the catalog has Google Cloud regions in %s; a store is placed in each, the first as the resource's own", s.id, c, what, a.spans, list)
		if i > 0 {
			r.copyFlow(first, s)
		}
	}
	return first
}

// gcpAreaCountries returns the countries, in alphabetical order, of the
// catalog's public Google Cloud regions (no partition) in area: for "EU",
// those that are members of the catalog's EU bloc with no end to their
// membership; for "ASIA", those of the regions Google names asia-*.
func (r *reader) gcpAreaCountries(area string) []jurisdiction.Code {
	if cs, ok := r.areaCountries[area]; ok {
		return cs
	}
	var in func(reg jurisdiction.Region) bool
	switch area {
	case "EU":
		eu, _ := r.cat.Bloc(jurisdiction.MustParseCode("EU"))
		in = func(reg jurisdiction.Region) bool {
			return slices.ContainsFunc(eu.Members, func(m jurisdiction.Membership) bool {
				return m.Member == reg.Country && m.Until.IsZero() && !m.Transition
			})
		}
	case "ASIA":
		in = func(reg jurisdiction.Region) bool { return strings.HasPrefix(reg.Code, "asia-") }
	default:
		in = func(jurisdiction.Region) bool { return false }
	}
	var cs []jurisdiction.Code
	for reg := range r.cat.Regions() {
		if reg.Provider == "gcp" && reg.Partition == "" && in(reg) && !slices.Contains(cs, reg.Country) {
			cs = append(cs, reg.Country)
		}
	}
	slices.SortFunc(cs, jurisdiction.Code.Compare)
	if r.areaCountries == nil {
		r.areaCountries = map[string][]jurisdiction.Code{}
	}
	r.areaCountries[area] = cs
	return cs
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
// (https://cloud.google.com/spanner/docs/instance-configurations). The
// stored copies of that page that could be consulted give its
// introduction, not the per-configuration table of read-write, read-only
// and witness regions, and a third party's table is no source; the reader
// therefore has no verified table of them, and such an instance is
// Unlocated. (Dual-region configurations lie in one country, Google says,
// but which one depends on the configuration.)
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
