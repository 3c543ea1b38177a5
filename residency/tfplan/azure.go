package tfplan

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/residency"
)

// azureLocation normalises an Azure location as the provider does:
// lower case, no spaces ("West Europe" gives westeurope).
func azureLocation(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, " ", ""))
}

// codeOf returns the region code of a store ("westeurope" for
// "azure:westeurope").
func codeOf(s *store) string {
	_, code, _ := strings.Cut(s.region, ":")
	return code
}

func azureStorageAccount(r *reader, in *instance) {
	s := r.primary(in, "location", false)
	typ, ok := in.str("account_replication_type")
	if !ok {
		if in.isUnknown("account_replication_type") {
			r.addUnlocated(in, "account_replication_type is known only after apply; a geo-redundant secondary may exist")
		}
		return
	}
	switch strings.ToUpper(typ) {
	case "GRS", "RAGRS", "GZRS", "RAGZRS":
	default:
		return // LRS, ZRS: one region
	}
	if s == nil {
		r.addUnlocated(in, "%s secondary: the account's own location is unknown, and so is its pair", typ)
		return
	}
	sec, ok := in.str("secondary_location")
	if !ok {
		sec, ok = azurePairs[codeOf(s)]
	}
	if !ok {
		r.addUnlocated(in, "%s secondary: the reader knows no paired region for %s (Microsoft's region-pair list, in pairs.go), so the secondary's location is unknown", typ, codeOf(s))
		return
	}
	sec = azureLocation(sec)
	r.flow(s, r.addStore(in, in.addr+"/"+sec, sec, residency.Replica, in, typ+" secondary"))
}

// azureMSSQLDatabase places a database at its server.
func azureMSSQLDatabase(r *reader, in *instance) {
	srv, v := r.find(in, []string{"azurerm_mssql_server"}, []string{"id"}, "server_id")
	if srv == nil {
		if v != "" {
			r.addUnlocated(in, "server %s is not in this plan, so the database's location is unknown", v)
		} else {
			r.addUnlocated(in, "the server (server_id) is known only after apply and names no server in this plan")
		}
		r.unlocated[in.addr] = true
		return
	}
	code, why := r.region(srv, "location", false)
	if code == "" {
		r.addUnlocated(in, "server %s: %s", srv.addr, why)
		r.unlocated[in.addr] = true
		return
	}
	r.addStore(in, in.addr, azureLocation(code), residency.Primary, in, "server "+srv.addr)
}

func azureSQLDatabase(r *reader, in *instance) { r.primary(in, "location", false) }

// azureDatabaseLink reads a database created as a geo-secondary of
// another.
func azureDatabaseLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	mode, _ := in.str("create_mode")
	if mode != "Secondary" && mode != "OnlineSecondary" {
		return
	}
	attr := "creation_source_database_id"
	if in.typ == "azurerm_sql_database" {
		attr = "source_database_id"
	}
	s.role = residency.Replica
	src, v := r.find(in, []string{in.typ}, []string{"id"}, attr)
	if src == nil {
		if v == "" {
			v = "(known only after apply)"
		}
		r.addUnlocated(in, "geo-replication source %s is not in this plan; flow not recorded", v)
		return
	}
	r.flow(r.storeOf(in, src, "geo-replication from "+src.addr), s)
}

// maxPartners bounds the partner servers read per failover group.
const maxPartners = 16

// azureFailoverGroup makes a secondary of every database of the group at
// every partner server.
func azureFailoverGroup(r *reader, in *instance) {
	dbTypes, srvTypes, partners := []string{"azurerm_mssql_database"}, []string{"azurerm_mssql_server"}, "partner_server"
	if in.typ == "azurerm_sql_failover_group" {
		dbTypes, srvTypes, partners = []string{"azurerm_sql_database"}, []string{"azurerm_sql_server"}, "partner_servers"
	}
	var dbs []*instance
	for _, v := range list(in.values["databases"]) {
		if id, ok := str(v); ok {
			if x := r.byValue(dbTypes, id, "id"); x != nil && !slices.Contains(dbs, x) {
				dbs = append(dbs, x)
			}
		}
	}
	for _, x := range r.resolveRefs(in, in.refs("databases"), dbTypes...) {
		if !slices.Contains(dbs, x) {
			dbs = append(dbs, x)
		}
	}
	if len(dbs) == 0 {
		if len(list(in.values["databases"])) > 0 || in.isUnknown("databases") {
			r.addUnlocated(in, "the failover group's databases are not in this plan; their secondaries are not recorded")
		}
		return
	}
	ps := list(in.values[partners])
	if len(ps) == 0 && in.isUnknown(partners) {
		r.addUnlocated(in, "the partner servers are known only after apply; the secondaries are not recorded")
	}
	if len(ps) > maxPartners {
		r.addUnlocated(in, "%d partner servers past the first %d are not read", len(ps)-maxPartners, maxPartners)
		ps = ps[:maxPartners]
	}
	for i, p := range ps {
		loc, _ := str(get(p, "location"))
		var srv *instance
		if id, ok := str(get(p, "id")); ok {
			srv = r.byValue(srvTypes, id, "id")
		}
		if srv == nil {
			srv = r.refTo(in, srvTypes, partners, i, "id")
		}
		why := "it is known only after apply and names no server in this plan"
		if loc == "" && srv != nil {
			loc, why = r.region(srv, "location", false)
		}
		if loc == "" {
			r.addUnlocated(in, "partner server %d: its location is unknown (%s); the secondaries there are not recorded", i, why)
			continue
		}
		loc = azureLocation(loc)
		for _, db := range dbs {
			from := r.storeOf(in, db, "failover-group secondary of "+db.addr)
			if from == nil {
				continue
			}
			r.flow(from, r.addStore(in, db.addr+"/"+loc, loc, residency.Replica, db, "failover-group secondary of "+db.addr))
		}
	}
}

// azureCosmosDB makes a store per geo_location.
func azureCosmosDB(r *reader, in *instance) {
	type geo struct {
		loc  string
		prio float64
	}
	var geos []geo
	for _, g := range list(in.values["geo_location"]) {
		loc, ok := str(get(g, "location"))
		if !ok {
			r.addUnlocated(in, "a geo_location's location is known only after apply")
			continue
		}
		prio, ok := get(g, "failover_priority").(float64)
		if !ok {
			prio = 1e18
		}
		geos = append(geos, geo{azureLocation(loc), prio})
	}
	if len(geos) == 0 {
		r.addUnlocated(in, "no geo_location with a known location in the planned values")
		r.unlocated[in.addr] = true
		return
	}
	slices.SortStableFunc(geos, func(a, b geo) int { return cmp.Compare(a.prio, b.prio) })
	s := r.addStore(in, in.addr, geos[0].loc, residency.Primary, in, "geo_location "+geos[0].loc)
	for _, g := range geos[1:] {
		rs := r.addStore(in, in.addr+"/"+g.loc, g.loc, residency.Replica, in, "geo_location "+g.loc)
		if s == nil && rs != nil {
			r.addUnlocated(in, "replication to %s not recorded: the primary geo_location is unlocated", rs.id)
		}
		r.flow(s, rs)
	}
}
