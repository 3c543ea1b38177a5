package tfplan

import (
	"strings"

	"github.com/dataresidency/dataresidency/residency"
)

// Azure data stores beyond storage accounts, SQL and Cosmos DB. Attribute
// names follow the azurerm provider's documentation
// (hashicorp/terraform-provider-azurerm website/docs/r/*.html.markdown).

// azureLocated makes the store of an Azure resource at its location.
func azureLocated(r *reader, in *instance) { r.primary(in, "location", false) }

// azurePaired adds, for store s of in, a copy of role in s's paired region
// (pairs.go) with a flow of kind backup or replication, or says in
// Unlocated that the pair is unknown.
func (r *reader) azurePaired(in *instance, s *store, what string, role residency.Role) {
	if s == nil {
		r.addUnlocated(in, "%s: the resource's own location is unknown, and so is its pair", what)
		return
	}
	sec, ok := azurePairs[codeOf(s)]
	if !ok {
		r.addUnlocated(in, "%s: the reader knows no paired region for %s (Microsoft's region-pair list, in pairs.go), so its location is unknown", what, codeOf(s))
		return
	}
	rs := r.addStore(in, in.addr+"/"+sec, sec, role, in, what)
	if role == residency.Backup {
		r.backupFlow(s, rs)
	} else {
		r.flow(s, rs)
	}
}

// azureDBServer places an Azure Database server (PostgreSQL, MySQL or
// MariaDB, single or flexible) at its location; geo_redundant_backup_enabled
// keeps its backups in the paired region too. Microsoft: "Backup and
// restore in Azure Database for PostgreSQL flexible server" (geo-redundant
// backup storage is in the paired region,
// https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore),
// and likewise for MySQL flexible server
// (https://learn.microsoft.com/azure/mysql/flexible-server/concepts-backup-restore)
// and the single servers.
func azureDBServer(r *reader, in *instance) {
	s := r.primary(in, "location", false)
	on, ok := get(in.values, "geo_redundant_backup_enabled").(bool)
	if !ok && in.isUnknown("geo_redundant_backup_enabled") {
		r.addUnlocated(in, "geo_redundant_backup_enabled is known only after apply; backups in the paired region may exist")
		return
	}
	if on {
		r.azurePaired(in, s, "geo-redundant backup", residency.Backup)
	}
}

// azureDBServerLink reads a read replica's source server: create_mode
// Replica with source_server_id (flexible servers) or
// creation_source_server_id (single servers).
func azureDBServerLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	if mode, _ := in.str("create_mode"); !strings.EqualFold(mode, "Replica") {
		return
	}
	attr := "creation_source_server_id"
	if strings.HasSuffix(in.typ, "_flexible_server") {
		attr = "source_server_id"
	}
	s.role = residency.Replica
	src, v := r.find(in, []string{in.typ}, []string{"id"}, attr)
	if src == nil {
		if v == "" {
			v = "(known only after apply)"
		}
		r.addUnlocated(in, "replication source %s is not in this plan; flow not recorded", v)
		return
	}
	r.flow(r.storeOf(in, src, "replication from "+src.addr), s)
}

// azureVault makes a backup vault's store, and a copy in the paired region
// when its storage is geo-redundant (attr: storage_mode_type for a
// Recovery Services vault, redundancy for a Data Protection backup
// vault; value GeoRedundant).
func azureVault(attr string) func(*reader, *instance) {
	return func(r *reader, in *instance) {
		s := r.primary(in, "location", false)
		if s != nil {
			s.role = residency.Backup
		}
		v, ok := in.str(attr)
		if !ok {
			if in.isUnknown(attr) || in.typ == "azurerm_recovery_services_vault" {
				// The Recovery Services vault's storage_mode_type defaults
				// to GeoRedundant: absent from the plan, it is not known.
				r.addUnlocated(in, "%s is not known from the plan; a geo-redundant copy in the paired region may exist", attr)
			}
			return
		}
		if strings.EqualFold(v, "GeoRedundant") {
			r.azurePaired(in, s, "geo-redundant vault storage", residency.Backup)
		}
	}
}

// azureSnapshotLink records the copy from the snapshot's source disk
// (source_resource_id), when the disk is in the plan.
func azureSnapshotLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	s.role = residency.Backup
	if src, _ := r.find(in, []string{"azurerm_managed_disk"}, []string{"id"}, "source_resource_id"); src != nil {
		r.backupFlow(r.storeOf(in, src, "snapshot of "+src.addr), s)
	}
}
