package tfplan

import (
	"github.com/dataresidency/dataresidency/residency"
)

// AWS data stores beyond S3, RDS and DynamoDB. Attribute names are those
// of hashicorp/aws 5.100.0 (`terraform providers schema -json`).

var (
	ebsSnapshots   = []string{"aws_ebs_snapshot", "aws_ebs_snapshot_copy"}
	ebsVolumes     = []string{"aws_ebs_volume"}
	efsFileSystems = []string{"aws_efs_file_system"}
	backupVaults   = []string{"aws_backup_vault"}
	redshift       = []string{"aws_redshift_cluster"}
)

// awsKeyed returns the handler of a regional AWS store whose KMS key the
// attribute at path names.
func awsKeyed(what string, path ...any) handler {
	return handler{provider: "aws", store: awsRegional, link: func(r *reader, in *instance) {
		if s := r.stores[in.addr]; s != nil {
			r.awsKey(in, s, what, path...)
		}
	}}
}

// awsSnapshotSource records the backup flow into snapshot store s from
// the resource the attribute attr names, when it is in the plan.
func (r *reader) awsSnapshotSource(in *instance, s *store, attr string, types []string) *instance {
	src, _ := r.find(in, types, []string{"id", "arn"}, attr)
	if src == nil {
		return nil
	}
	if from := r.storeOf(in, src, "snapshot of "+src.addr); from != nil {
		s.role = residency.Backup
		r.backupFlow(from, s)
	}
	return src
}

// awsEBSSnapshotLink: a snapshot of a volume: a backup store, with a flow
// from the volume when the volume is in the plan.
func awsEBSSnapshotLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	r.awsKey(in, s, "snapshot encryption key", "kms_key_id")
	s.role = residency.Backup
	r.awsSnapshotSource(in, s, "volume_id", ebsVolumes)
}

// awsEBSSnapshotCopyLink records the copy from the source snapshot, in
// source_region: a flow when the source snapshot is in the plan, else a
// note naming it.
func awsEBSSnapshotCopyLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	r.awsKey(in, s, "snapshot encryption key", "kms_key_id")
	s.role = residency.Backup
	if r.awsSnapshotSource(in, s, "source_snapshot_id", ebsSnapshots) != nil {
		return
	}
	id, ok := in.str("source_snapshot_id")
	if !ok {
		id = "(known only after apply)"
	}
	region, ok := in.str("source_region")
	if !ok {
		region = "a region the plan does not give"
	}
	r.addNote(in, "copied from snapshot %s in %s, which is not in this plan: the source is not a store of the topology, and no flow from it is recorded", id, region)
}

// awsEFSReplication makes the destination of EFS replication a replica of
// the source file system: the destination file system when it is in the
// plan, else a replica store in destination.region.
func awsEFSReplication(r *reader, in *instance) {
	src, v := r.find(in, efsFileSystems, []string{"id", "arn"}, "source_file_system_id")
	if src == nil {
		if v == "" {
			v = "(known only after apply)"
		}
		r.addUnlocated(in, "replication not recorded: source file system %s is not in this plan", v)
		return
	}
	from := r.storeOf(in, src, "replication from "+src.addr)
	if from == nil {
		return
	}
	var to *store
	if dst, _ := r.find(in, efsFileSystems, []string{"id", "arn"}, "destination", 0, "file_system_id"); dst != nil {
		to = r.storeOf(in, dst, "replication from "+from.id+" to "+dst.addr)
	} else if code, ok := in.str("destination", 0, "region"); ok {
		to = r.addStore(in, in.addr+"/"+code, code, residency.Replica, src, "replica in "+code)
	} else {
		r.addUnlocated(in, "replication from %s not recorded: the destination region is known only after apply", from.id)
		return
	}
	if to == nil {
		return
	}
	to.role = residency.Replica
	r.flow(from, to)
	r.awsKey(in, to, "replica encryption key", "destination", 0, "kms_key_id")
}

// awsRegionalReplicas makes a replica store, with a flow from in's store,
// in each region the list at path gives (the region attribute of each
// element, or the element itself when attr is "").
func (r *reader) awsRegionalReplicas(in *instance, what string, attr string, path ...any) {
	s := r.stores[in.addr]
	items := list(get(in.values, path...))
	if len(items) == 0 && in.isUnknown(path...) {
		r.addUnlocated(in, "%s are known only after apply", what)
	}
	for _, it := range items {
		v := it
		if attr != "" {
			v = get(it, attr)
		}
		code, ok := str(v)
		if !ok {
			r.addUnlocated(in, "a replica's region is known only after apply")
			continue
		}
		if s != nil && code == codeOf(s) {
			continue
		}
		rs := r.addStore(in, in.addr+"/"+code, code, residency.Replica, in, "replica in "+code)
		if s == nil && rs != nil {
			r.addUnlocated(in, "replication to %s not recorded: the resource itself is unlocated", rs.id)
		}
		r.flow(s, rs)
	}
}

// awsSecret makes a secret's store and a replica store per replica block.
func awsSecret(r *reader, in *instance) {
	awsRegional(r, in)
	r.awsRegionalReplicas(in, "replica blocks", "region", "replica")
}

func awsSecretLink(r *reader, in *instance) {
	if s := r.stores[in.addr]; s != nil {
		r.awsKey(in, s, "secret encryption key", "kms_key_id")
	}
	for i, rep := range list(in.values["replica"]) {
		code, _ := str(get(rep, "region"))
		if rs := r.stores[in.addr+"/"+code]; rs != nil && code != "" {
			r.awsKey(in, rs, "replica encryption key", "replica", i, "kms_key_id")
		}
	}
}

// awsKeyspace makes a keyspace's store and, with the MULTI_REGION
// replication strategy, a replica store per other region of region_list
// (Keyspaces multi-Region replication is active-active; recorded, as for
// DynamoDB, as flows from the keyspace's own region).
func awsKeyspace(r *reader, in *instance) {
	awsRegional(r, in)
	strategy, _ := in.str("replication_specification", 0, "replication_strategy")
	if strategy != "MULTI_REGION" {
		if strategy == "" && in.isUnknown("replication_specification") {
			r.addUnlocated(in, "replication_specification is known only after apply; replicas in other regions may exist")
		}
		return
	}
	r.awsRegionalReplicas(in, "the replication regions", "", "replication_specification", 0, "region_list")
}

// awsElastiCache is a store: ElastiCache holds its data in memory, and at
// rest in its snapshots and, with data tiering, on local SSDs.
func awsElastiCache(r *reader, in *instance) {
	awsRegional(r, in)
	if r.stores[in.addr] == nil {
		return
	}
	r.addNote(in, "ElastiCache holds data in memory, and at rest in snapshots (snapshot_retention_limit, final_snapshot_identifier) and with data tiering; recorded as a store in its region")
	if g, ok := in.str("global_replication_group_id"); ok && in.typ == "aws_elasticache_replication_group" {
		r.addNote(in, "member of global datastore %s: replication to or from its other members is not read", g)
	}
}

func awsElastiCacheLink(r *reader, in *instance) {
	if s := r.stores[in.addr]; s != nil && in.typ == "aws_elasticache_replication_group" {
		r.awsKey(in, s, "at-rest encryption key", "kms_key_id")
	}
}

// awsMemoryDBLink reads a MemoryDB cluster's key, and notes membership of
// a multi-Region cluster, whose other regions the plan does not show.
func awsMemoryDBLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	r.awsKey(in, s, "at-rest encryption key", "kms_key_arn")
	if m, ok := in.str("multi_region_cluster_name"); ok {
		r.addNote(in, "member of multi-Region cluster %s: replication to or from its other regional clusters is not read", m)
	}
}

// awsClusterLink reads a Neptune or DocumentDB cluster's key, its source
// (Neptune's replication_source_identifier), and notes global-cluster
// membership, which is not read.
func awsClusterLink(keyAttr string) func(*reader, *instance) {
	return func(r *reader, in *instance) {
		s := r.stores[in.addr]
		if s == nil {
			return
		}
		r.awsKey(in, s, "storage encryption key", keyAttr)
		if in.typ == "aws_neptune_cluster" {
			r.awsReplicaSource(in, s, "replication_source_identifier", []string{in.typ}, "cluster_identifier", "cluster:")
		}
		if g, ok := in.str("global_cluster_identifier"); ok {
			r.addNote(in, "member of global cluster %s: replication between its members is not read", g)
		}
	}
}

// awsRedshiftLink reads a Redshift cluster's key and its cross-Region
// snapshot copy (snapshot_copy.destination_region): a backup store there.
func awsRedshiftLink(r *reader, in *instance) {
	s := r.stores[in.addr]
	if s == nil {
		return
	}
	r.awsKey(in, s, "storage encryption key", "kms_key_id")
	if code, ok := in.str("snapshot_copy", 0, "destination_region"); ok {
		r.backupFlow(s, r.addStore(in, in.addr+"/"+code, code, residency.Backup, in, "snapshot copy in "+code))
	} else if in.isUnknown("snapshot_copy", 0, "destination_region") && in.expr("snapshot_copy") != nil {
		// Configured but unknown; an unconfigured, computed block is
		// managed by aws_redshift_snapshot_copy, read on its own.
		r.addUnlocated(in, "snapshot_copy destination_region is known only after apply; snapshot copies not recorded")
	}
}

// awsRedshiftSnapshotCopy records a cluster's cross-Region snapshot copy
// (the aws_redshift_snapshot_copy resource).
func awsRedshiftSnapshotCopy(r *reader, in *instance) {
	src, v := r.find(in, redshift, []string{"cluster_identifier", "id"}, "cluster_identifier")
	if src == nil {
		if v == "" {
			v = "(known only after apply)"
		}
		r.addUnlocated(in, "snapshot copy not recorded: cluster %s is not in this plan", v)
		return
	}
	from := r.storeOf(in, src, "snapshot copy of "+src.addr)
	code, ok := in.str("destination_region")
	if from == nil {
		return
	}
	if !ok {
		r.addUnlocated(in, "snapshot copy of %s not recorded: destination_region is known only after apply", from.id)
		return
	}
	r.backupFlow(from, r.addStore(in, src.addr+"/"+code, code, residency.Backup, src, "snapshot copy in "+code))
}

// awsBackupPlan records, for each rule's copy actions, a backup flow from
// the rule's target vault to each destination vault: a vault in the plan
// (by ARN or reference) or one placed by its ARN's region. A target vault
// named but not in the plan is a store at the plan's region: AWS Backup
// takes the target vault by name, in the backup plan's own account and
// Region (https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BackupRuleInput.html,
// TargetBackupVaultName). Rules and copy actions are sets, so the
// configuration's blocks are matched to the planned rules by rule_name.
func awsBackupPlan(r *reader, in *instance) {
	for i, rule := range list(in.values["rule"]) {
		name, _ := str(get(rule, "rule_name"))
		cfgRule := backupConfigRule(in, name)
		copies := list(get(rule, "copy_action"))
		if len(copies) == 0 {
			continue
		}
		target := r.backupTarget(in, i, cfgRule)
		if target == nil {
			continue
		}
		for _, c := range copies {
			v, ok := str(get(c, "destination_vault_arn"))
			if !ok {
				continue // resolved from the configuration below
			}
			if dst := r.byValue(backupVaults, v, "arn"); dst != nil {
				r.backupTo(in, target, r.storeOf(in, dst, "backup copy from "+target.id+" to "+dst.addr))
				continue
			}
			a, isARN := parseARN(v)
			if !isARN || a.region == "" {
				r.addUnlocated(in, "backup copy from %s to %s not recorded: not a vault ARN or a vault in this plan", target.id, v)
				continue
			}
			r.backupTo(in, target, r.addStore(in, in.addr+"/"+v, a.region, residency.Backup, nil, "backup copy destination "+v))
		}
		for j, c := range list(get(cfgRule, "copy_action")) {
			e := get(c, "destination_vault_arn")
			if e == nil || get(e, "constant_value") != nil {
				continue
			}
			refs := refsOf(e)
			dsts := r.resolveRefs(in, refs, backupVaults...)
			if len(dsts) == 0 {
				r.addUnlocated(in, "backup copy %d of rule %q from %s not recorded: its destination_vault_arn is %s, which names no vault in this plan", j, name, target.id, describeExpr(e))
				continue
			}
			for _, dst := range dsts {
				r.backupTo(in, target, r.storeOf(in, dst, "backup copy from "+target.id+" to "+dst.addr))
			}
		}
	}
}

// backupTo records a backup flow from a vault to another.
func (r *reader) backupTo(in *instance, from, to *store) {
	if from == nil || to == nil {
		return
	}
	to.role = residency.Backup
	r.backupFlow(from, to)
}

// backupConfigRule returns the configuration block of the backup plan rule
// named name.
func backupConfigRule(in *instance, name string) any {
	for _, c := range list(in.expr("rule")) {
		if n, ok := str(get(c, "rule_name", "constant_value")); ok && n == name {
			return c
		}
	}
	return nil
}

// refsOf returns the references of a configuration expression.
func refsOf(e any) []string {
	var out []string
	for _, x := range list(get(e, "references")) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// backupTarget returns the store of rule i's target vault.
func (r *reader) backupTarget(in *instance, i int, cfgRule any) *store {
	v, known := in.str("rule", i, "target_vault_name")
	var vault *instance
	if known {
		vault = r.byValue(backupVaults, v, "name", "id")
	}
	if vault == nil {
		if xs := r.resolveRefs(in, refsOf(get(cfgRule, "target_vault_name")), backupVaults...); len(xs) > 0 {
			vault = xs[0]
		}
	}
	if vault != nil {
		return r.storeOf(in, vault, "backup copies from "+vault.addr)
	}
	if !known {
		r.addUnlocated(in, "backup copies of a rule not recorded: its target vault is known only after apply and names no vault in this plan")
		return nil
	}
	code, why := r.awsRegion(in)
	if code == "" {
		r.addUnlocated(in, "backup copies from vault %s not recorded: %s", v, why)
		return nil
	}
	return r.addStore(in, in.addr+"/"+v, code, residency.Backup, nil, "target vault "+v)
}

// awsBackupVault makes a vault's store: a backup store.
func awsBackupVault(r *reader, in *instance) {
	awsRegional(r, in)
	if s := r.stores[in.addr]; s != nil {
		s.role = residency.Backup
	}
}
