package tfplan_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

func backup(from, to string) residency.Flow {
	return residency.Flow{ID: from + " -> " + to, Kind: residency.BackupFlow, From: from, To: to}
}

// TestReadDataTypes reads plans of the data stores beyond object storage
// and the main databases: a real AWS plan (testdata/real-types, made by
// regen.sh) and hand-written Azure and Google plans.
func TestReadDataTypes(t *testing.T) {
	bqEU := spreadOver("google_bigquery_dataset.eu_events", "google_bigquery_dataset", "BigQuery multi-region EU",
		"regions in member states of the European Union, one of which holds the dataset", residency.Primary, []string{}, gcpEU)
	tests := []struct {
		name, file, reason string
		want               want
	}{{
		name: "aws",
		file: "real-types/aws.json",
		reason: "every AWS type in its provider's region; an EBS snapshot of a volume and its copy to eu-central-1 are backups " +
			"with backup flows, a copy from a snapshot outside the plan is a note; EFS replication makes a replica in the " +
			"destination region; a Neptune replica of its source by ARN reference; a Redshift snapshot copy is a backup in the " +
			"destination region; backup plan copy actions flow from the target vault (in the plan by name, or Default, placed at " +
			"the plan's region) to a vault by reference and one by ARN; secret replicas and Keyspaces regions are replicas; " +
			"an AWS managed key by alias records nothing; ElastiCache is noted as in-memory; a custom SQS endpoint is Unlocated; " +
			"IAM, network, S3 settings and the KMS alias hold no data; SNS stays unsupported",
		want: want{
			stores: []residency.Store{
				{ID: "aws_backup_plan.daily/Default", Region: "aws:eu-west-1", Role: residency.Backup, Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_backup_plan.daily/arn:aws:backup:ap-southeast-2:111122223333:backup-vault:offsite", Region: "aws:ap-southeast-2", Role: residency.Backup, Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_backup_vault.dr", Region: "aws:us-east-1", Role: residency.Backup, Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_backup_vault.main", Region: "aws:eu-west-1", Role: residency.Backup, Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_cloudwatch_log_group.app", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_docdb_cluster.docs", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_ebs_snapshot.app", Region: "aws:eu-west-1", Role: residency.Backup, Datasets: []string{"app-disk"}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_ebs_snapshot_copy.app_dr", Region: "aws:eu-central-1", Role: residency.Backup, Datasets: []string{"app-disk"}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_ebs_snapshot_copy.partner", Region: "aws:eu-west-1", Role: residency.Backup, Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_ebs_volume.app", Region: "aws:eu-west-1", Datasets: []string{"app-disk"}, Operators: ops("catalog:aws-inc"), Keys: key("catalog:aws-inc", "IE")},
				{ID: "aws_efs_file_system.shared", Region: "aws:eu-west-1", Datasets: []string{"shared-files"}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_efs_replication_configuration.shared/us-east-1", Region: "aws:us-east-1", Role: residency.Replica, Datasets: []string{"shared-files"}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_elasticache_cluster.cache", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_elasticache_replication_group.sessions", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_elasticsearch_domain.legacy", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_fsx_lustre_file_system.hpc", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_fsx_ontap_file_system.netapp", Region: "aws:eu-central-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_fsx_openzfs_file_system.zfs", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_fsx_windows_file_system.office", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_glacier_vault.archive", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_keyspaces_keyspace.users", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_keyspaces_keyspace.users/eu-central-1", Region: "aws:eu-central-1", Role: residency.Replica, Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_kinesis_stream.events", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_lightsail_database.blog", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_memorydb_cluster.ledger", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_neptune_cluster.graph", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc"), Keys: key("catalog:aws-inc", "IE")},
				{ID: "aws_neptune_cluster.graph_replica", Region: "aws:us-east-1", Role: residency.Replica, Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_opensearch_domain.search", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc"), Keys: key("catalog:aws-inc", "IE")},
				{ID: "aws_qldb_ledger.audit", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_redshift_cluster.warehouse", Region: "aws:eu-west-1", Datasets: []string{"warehouse"}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_redshift_cluster.warehouse/eu-central-1", Region: "aws:eu-central-1", Role: residency.Backup, Datasets: []string{"warehouse"}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_redshiftserverless_namespace.analytics", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_s3_bucket.logs", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_secretsmanager_secret.api", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_secretsmanager_secret.api/eu-central-1", Region: "aws:eu-central-1", Role: residency.Replica, Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_secretsmanager_secret.api/us-east-1", Region: "aws:us-east-1", Role: residency.Replica, Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_sqs_queue.jobs", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc"), Keys: key("catalog:aws-inc", "IE")},
				{ID: "aws_timestreamwrite_database.metrics", Region: "aws:eu-west-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
			},
			flows: []residency.Flow{
				backup("aws_backup_plan.daily/Default", "aws_backup_vault.dr"),
				backup("aws_backup_vault.main", "aws_backup_plan.daily/arn:aws:backup:ap-southeast-2:111122223333:backup-vault:offsite"),
				backup("aws_backup_vault.main", "aws_backup_vault.dr"),
				backup("aws_ebs_snapshot.app", "aws_ebs_snapshot_copy.app_dr"),
				backup("aws_ebs_volume.app", "aws_ebs_snapshot.app"),
				repl("aws_efs_file_system.shared", "aws_efs_replication_configuration.shared/us-east-1"),
				repl("aws_keyspaces_keyspace.users", "aws_keyspaces_keyspace.users/eu-central-1"),
				repl("aws_neptune_cluster.graph", "aws_neptune_cluster.graph_replica"),
				backup("aws_redshift_cluster.warehouse", "aws_redshift_cluster.warehouse/eu-central-1"),
				repl("aws_secretsmanager_secret.api", "aws_secretsmanager_secret.api/eu-central-1"),
				repl("aws_secretsmanager_secret.api", "aws_secretsmanager_secret.api/us-east-1"),
			},
			unsupported: []tfplan.Resource{
				res("aws_sns_topic.alerts", "aws_sns_topic", "resource type not supported; not checked"),
			},
			unlocated: []tfplan.Resource{
				res("aws_sqs_queue.local", "aws_sqs_queue", "provider configuration aws.local overrides the sqs endpoint, which can point anywhere"),
			},
			notes: []tfplan.Resource{
				res("aws_ebs_snapshot_copy.partner", "aws_ebs_snapshot_copy", "copied from snapshot snap-0123456789abcdef0 in us-west-2, which is not in this plan: the source is not a store of the topology, and no flow from it is recorded"),
				res("aws_elasticache_cluster.cache", "aws_elasticache_cluster", "ElastiCache holds data in memory, and at rest in snapshots (snapshot_retention_limit, final_snapshot_identifier) and with data tiering; recorded as a store in its region"),
				res("aws_elasticache_replication_group.sessions", "aws_elasticache_replication_group", "ElastiCache holds data in memory, and at rest in snapshots (snapshot_retention_limit, final_snapshot_identifier) and with data tiering; recorded as a store in its region"),
			},
			noData: []tfplan.Resource{
				res("aws_iam_role.backup", "aws_iam_role", "holds no customer data (identity and access management); no store"),
				res("aws_iam_role_policy_attachment.backup", "aws_iam_role_policy_attachment", "holds no customer data (identity and access management); no store"),
				res("aws_kms_alias.data", "aws_kms_alias", "holds no customer data (KMS key alias (the key is read where a store names it)); no store"),
				res("aws_s3_bucket_public_access_block.logs", "aws_s3_bucket_public_access_block", "holds no customer data (S3 bucket setting (the bucket is the store)); no store"),
				res("aws_s3_bucket_versioning.logs", "aws_s3_bucket_versioning", "holds no customer data (S3 bucket setting (the bucket is the store)); no store"),
				res("aws_security_group.db", "aws_security_group", "holds no customer data (network configuration); no store"),
				res("aws_subnet.a", "aws_subnet", "holds no customer data (network configuration); no store"),
				res("aws_vpc.main", "aws_vpc", "holds no customer data (network configuration); no store"),
			},
			entities: []string{"catalog:amazon", "catalog:aws-inc"},
			datasets: []residency.Dataset{
				ds("app-disk", classes(personal)),
				ds("shared-files", classes(personal)),
				ds("warehouse", classes(personal, financial)),
			},
		},
	}, {
		name: "azure",
		file: "azure_data.json",
		reason: "geo-redundant backups of a PostgreSQL flexible server and a MariaDB server in the paired region, and of a " +
			"MySQL flexible server in a region with no pair (Unlocated); a read replica by reference; a GeoRedundant Recovery " +
			"Services vault copies to the pair, a LocallyRedundant Data Protection vault does not; a snapshot of a managed disk; " +
			"a location written \"West Europe\" is normalised; the resource group, network and role assignment hold no data; the " +
			"key vault stays unsupported",
		want: want{
			stores: []residency.Store{
				{ID: "azurerm_cosmosdb_postgresql_cluster.citus", Region: "azure:switzerlandnorth", Datasets: []string{}},
				{ID: "azurerm_data_lake_store.lake", Region: "azure:eastus2", Datasets: []string{}},
				{ID: "azurerm_data_protection_backup_vault.blobs", Region: "azure:uksouth", Role: residency.Backup, Datasets: []string{}},
				{ID: "azurerm_kusto_cluster.telemetry", Region: "azure:westeurope", Datasets: []string{}},
				{ID: "azurerm_managed_disk.data", Region: "azure:westeurope", Datasets: []string{"app-disk"}},
				{ID: "azurerm_mariadb_server.legacy", Region: "azure:francecentral", Datasets: []string{"legacy-cms"}},
				{ID: "azurerm_mariadb_server.legacy/francesouth", Region: "azure:francesouth", Role: residency.Backup, Datasets: []string{"legacy-cms"}},
				{ID: "azurerm_mysql_flexible_server.shop", Region: "azure:polandcentral", Datasets: []string{"shop"}},
				{ID: "azurerm_mysql_server.legacy", Region: "azure:francecentral", Datasets: []string{}},
				{ID: "azurerm_postgresql_flexible_server.pg", Region: "azure:westeurope", Datasets: []string{"patients"}},
				{ID: "azurerm_postgresql_flexible_server.pg/northeurope", Region: "azure:northeurope", Role: residency.Backup, Datasets: []string{"patients"}},
				{ID: "azurerm_postgresql_flexible_server.pg_replica", Region: "azure:germanywestcentral", Role: residency.Replica, Datasets: []string{"patients"}},
				{ID: "azurerm_postgresql_server.legacy", Region: "azure:francecentral", Datasets: []string{}},
				{ID: "azurerm_recovery_services_vault.vms", Region: "azure:westeurope", Role: residency.Backup, Datasets: []string{"vm-backups"}},
				{ID: "azurerm_recovery_services_vault.vms/northeurope", Region: "azure:northeurope", Role: residency.Backup, Datasets: []string{"vm-backups"}},
				{ID: "azurerm_redis_cache.sessions", Region: "azure:swedencentral", Datasets: []string{}},
				{ID: "azurerm_snapshot.data", Region: "azure:westeurope", Role: residency.Backup, Datasets: []string{"app-disk"}},
				{ID: "azurerm_synapse_workspace.analytics", Region: "azure:norwayeast", Datasets: []string{}},
			},
			flows: []residency.Flow{
				backup("azurerm_managed_disk.data", "azurerm_snapshot.data"),
				backup("azurerm_mariadb_server.legacy", "azurerm_mariadb_server.legacy/francesouth"),
				backup("azurerm_postgresql_flexible_server.pg", "azurerm_postgresql_flexible_server.pg/northeurope"),
				repl("azurerm_postgresql_flexible_server.pg", "azurerm_postgresql_flexible_server.pg_replica"),
				backup("azurerm_recovery_services_vault.vms", "azurerm_recovery_services_vault.vms/northeurope"),
			},
			unsupported: []tfplan.Resource{
				res("azurerm_key_vault.secrets", "azurerm_key_vault", "resource type not supported; not checked"),
			},
			unlocated: []tfplan.Resource{
				res("azurerm_mysql_flexible_server.shop", "azurerm_mysql_flexible_server", "geo-redundant backup: the reader knows no paired region for polandcentral (Microsoft's region-pair list, in pairs.go), so its location is unknown"),
			},
			notes: []tfplan.Resource{},
			noData: []tfplan.Resource{
				res("azurerm_resource_group.data", "azurerm_resource_group", "holds no customer data (resource group); no store"),
				res("azurerm_role_assignment.reader", "azurerm_role_assignment", "holds no customer data (identity and access management); no store"),
				res("azurerm_virtual_network.main", "azurerm_virtual_network", "holds no customer data (network configuration); no store"),
			},
			entities: []string{},
			datasets: []residency.Dataset{
				ds("app-disk", classes(personal)),
				ds("legacy-cms", nil),
				ds("patients", classes(personal, health)),
				ds("shop", nil),
				ds("vm-backups", nil),
			},
		},
	}, {
		name: "gcp",
		file: "gcp_data.json",
		reason: "BigQuery in a region, the US multi-region (a store in the US, so operators are written out) and the EU " +
			"multi-region (a store in each EU member state with a Google Cloud region, each a possible location); Spanner regional " +
			"config placed, nam3 not guessed; Firestore nam5 in the US, eur3 in its read-write regions europe-west1 and " +
			"europe-west4 and its witness europe-north1; Bigtable clusters in two zones of europe-west1 and one of europe-west4 give two stores and a flow; " +
			"Filestore and a disk placed by zone; a regional disk; a snapshot with storage_locations (a backup of the disk) " +
			"and one without (Unlocated); Memorystore at the provider's region; an AlloyDB secondary of its primary; IAM, " +
			"network, API services and the random provider's resources hold no data; Pub/Sub stays unsupported",
		want: want{
			stores: slices.Concat([]residency.Store{
				{ID: "google_alloydb_cluster.primary", Region: "gcp:us-central1", Datasets: []string{}, Operators: ops("catalog:google-llc")},
				{ID: "google_alloydb_cluster.secondary", Region: "gcp:us-east1", Role: residency.Replica, Datasets: []string{}, Operators: ops("catalog:google-llc")},
			}, bqEU.stores, []residency.Store{
				{ID: "google_bigquery_dataset.finance", Region: "gcp:europe-west3", Datasets: []string{"finance"}, Operators: ops("catalog:google-llc")},
				{ID: "google_bigquery_dataset.us_events", Location: code("US"), Datasets: []string{"events"}, Operators: ops("catalog:google-llc")},
				{ID: "google_bigtable_instance.metrics", Region: "gcp:europe-west1", Datasets: []string{"metrics"}, Operators: ops("catalog:google-llc")},
				{ID: "google_bigtable_instance.metrics/europe-west4", Region: "gcp:europe-west4", Role: residency.Replica, Datasets: []string{"metrics"}, Operators: ops("catalog:google-llc")},
				{ID: "google_compute_disk.data", Region: "gcp:europe-west1", Datasets: []string{"vm-data"}, Operators: ops("catalog:google-llc")},
				{ID: "google_compute_region_disk.shared", Region: "gcp:europe-west6", Datasets: []string{}, Operators: ops("catalog:google-llc")},
				{ID: "google_compute_snapshot.data", Region: "gcp:europe-west1", Role: residency.Backup, Datasets: []string{"vm-data"}, Operators: ops("catalog:google-llc")},
				{ID: "google_filestore_instance.home", Region: "gcp:europe-west3", Datasets: []string{}, Operators: ops("catalog:google-llc")},
				{ID: "google_firestore_database.app", Location: code("US"), Datasets: []string{}, Operators: ops("catalog:google-llc")},
				{ID: "google_firestore_database.eu_app", Region: "gcp:europe-west1", Datasets: []string{}, Operators: ops("catalog:google-llc")},
				{ID: "google_firestore_database.eu_app/europe-north1", Region: "gcp:europe-north1", Role: residency.Replica, Datasets: []string{}, Operators: ops("catalog:google-llc")},
				{ID: "google_firestore_database.eu_app/europe-west4", Region: "gcp:europe-west4", Role: residency.Replica, Datasets: []string{}, Operators: ops("catalog:google-llc")},
				{ID: "google_firestore_database.uk_app", Region: "gcp:europe-west2", Datasets: []string{}, Operators: ops("catalog:google-llc")},
				{ID: "google_redis_instance.cache", Region: "gcp:europe-west1", Datasets: []string{}, Operators: ops("catalog:google-llc")},
				{ID: "google_spanner_instance.orders", Region: "gcp:europe-west1", Datasets: []string{}, Operators: ops("catalog:google-llc")},
			}),
			flows: slices.Concat([]residency.Flow{
				repl("google_alloydb_cluster.primary", "google_alloydb_cluster.secondary"),
			}, bqEU.flows, []residency.Flow{
				repl("google_bigtable_instance.metrics", "google_bigtable_instance.metrics/europe-west4"),
				backup("google_compute_disk.data", "google_compute_snapshot.data"),
				repl("google_firestore_database.eu_app", "google_firestore_database.eu_app/europe-north1"),
				repl("google_firestore_database.eu_app", "google_firestore_database.eu_app/europe-west4"),
			}),
			unsupported: []tfplan.Resource{
				res("google_pubsub_topic.events", "google_pubsub_topic", "resource type not supported; not checked"),
			},
			unlocated: []tfplan.Resource{
				res("google_compute_snapshot.nearest", "google_compute_snapshot", "no storage_locations: Compute Engine stores the snapshot in the location nearest its source disk, which the plan does not give; not guessed"),
				res("google_spanner_instance.global", "google_spanner_instance", "Spanner config nam3 is a dual- or multi-region configuration whose replica regions the reader does not know; not guessed"),
			},
			notes: append(bqEU.notes,
				res("google_firestore_database.eu_app", "google_firestore_database", "google_firestore_database.eu_app/europe-north1: witness region europe-north1 of Firestore multi-region EUR3: it holds no full copy of the data but takes part in replication; recorded as a copy, conservatively"),
				res("google_firestore_database.eu_app", "google_firestore_database", "google_firestore_database.eu_app/europe-west4: read-write region europe-west4 of Firestore multi-region EUR3, holding a full copy of the data"),
				res("google_firestore_database.eu_app", "google_firestore_database", "google_firestore_database.eu_app: read-write region europe-west1 of Firestore multi-region EUR3"),
			),
			noData: []tfplan.Resource{
				res("google_compute_firewall.ssh", "google_compute_firewall", "holds no customer data (network configuration); no store"),
				res("google_compute_network.vpc", "google_compute_network", "holds no customer data (network configuration); no store"),
				res("google_project_iam_member.reader", "google_project_iam_member", "holds no customer data (identity and access management); no store"),
				res("google_project_service.spanner", "google_project_service", "holds no customer data (enabled API service); no store"),
				res("google_storage_bucket_iam_binding.readers", "google_storage_bucket_iam_binding", "holds no customer data (identity and access management); no store"),
				res("random_id.suffix", "random_id", "holds no customer data (random value); no store"),
			},
			entities: []string{"catalog:alphabet", "catalog:google-llc"},
			datasets: []residency.Dataset{
				ds("events", classes(personal)),
				ds("finance", classes(financial)),
				ds("metrics", nil),
				ds("vm-data", classes(personal)),
			},
		},
	}}
	// countries is where each store is: its region's country in the
	// catalog, or the country it is placed in.
	countries := map[string]map[string]string{
		"real-types/aws.json": {"aws_backup_plan.daily/Default": "IE", "aws_backup_plan.daily/arn:aws:backup:ap-southeast-2:111122223333:backup-vault:offsite": "AU", "aws_backup_vault.dr": "US", "aws_backup_vault.main": "IE", "aws_cloudwatch_log_group.app": "IE", "aws_docdb_cluster.docs": "IE", "aws_ebs_snapshot.app": "IE", "aws_ebs_snapshot_copy.app_dr": "DE", "aws_ebs_snapshot_copy.partner": "IE", "aws_ebs_volume.app": "IE", "aws_efs_file_system.shared": "IE", "aws_efs_replication_configuration.shared/us-east-1": "US", "aws_elasticache_cluster.cache": "IE", "aws_elasticache_replication_group.sessions": "IE", "aws_elasticsearch_domain.legacy": "IE", "aws_fsx_lustre_file_system.hpc": "IE", "aws_fsx_ontap_file_system.netapp": "DE", "aws_fsx_openzfs_file_system.zfs": "IE", "aws_fsx_windows_file_system.office": "IE", "aws_glacier_vault.archive": "IE", "aws_keyspaces_keyspace.users": "IE", "aws_keyspaces_keyspace.users/eu-central-1": "DE", "aws_kinesis_stream.events": "IE", "aws_lightsail_database.blog": "IE", "aws_memorydb_cluster.ledger": "IE", "aws_neptune_cluster.graph": "IE", "aws_neptune_cluster.graph_replica": "US", "aws_opensearch_domain.search": "IE", "aws_qldb_ledger.audit": "IE", "aws_redshift_cluster.warehouse": "IE", "aws_redshift_cluster.warehouse/eu-central-1": "DE", "aws_redshiftserverless_namespace.analytics": "IE", "aws_s3_bucket.logs": "IE", "aws_secretsmanager_secret.api": "IE", "aws_secretsmanager_secret.api/eu-central-1": "DE", "aws_secretsmanager_secret.api/us-east-1": "US", "aws_sqs_queue.jobs": "IE", "aws_timestreamwrite_database.metrics": "IE"},
		"azure_data.json":     {"azurerm_cosmosdb_postgresql_cluster.citus": "CH", "azurerm_data_lake_store.lake": "US", "azurerm_data_protection_backup_vault.blobs": "GB", "azurerm_kusto_cluster.telemetry": "NL", "azurerm_managed_disk.data": "NL", "azurerm_mariadb_server.legacy": "FR", "azurerm_mariadb_server.legacy/francesouth": "FR", "azurerm_mysql_flexible_server.shop": "PL", "azurerm_mysql_server.legacy": "FR", "azurerm_postgresql_flexible_server.pg": "NL", "azurerm_postgresql_flexible_server.pg/northeurope": "IE", "azurerm_postgresql_flexible_server.pg_replica": "DE", "azurerm_postgresql_server.legacy": "FR", "azurerm_recovery_services_vault.vms": "NL", "azurerm_recovery_services_vault.vms/northeurope": "IE", "azurerm_redis_cache.sessions": "SE", "azurerm_snapshot.data": "NL", "azurerm_synapse_workspace.analytics": "NO"},
		"gcp_data.json":       {"google_firestore_database.eu_app": "BE", "google_firestore_database.eu_app/europe-west4": "NL", "google_firestore_database.eu_app/europe-north1": "FI", "google_alloydb_cluster.primary": "US", "google_alloydb_cluster.secondary": "US", "google_bigquery_dataset.finance": "DE", "google_bigquery_dataset.us_events": "US", "google_bigtable_instance.metrics": "BE", "google_bigtable_instance.metrics/europe-west4": "NL", "google_compute_disk.data": "BE", "google_compute_region_disk.shared": "CH", "google_compute_snapshot.data": "BE", "google_filestore_instance.home": "DE", "google_firestore_database.app": "US", "google_firestore_database.uk_app": "GB", "google_redis_instance.cache": "BE", "google_spanner_instance.orders": "BE"},
	}
	for _, st := range bqEU.stores {
		countries["gcp_data.json"][st.ID] = st.Location.String()
	}
	eng := residency.NewEngine(nil)
	empty := cmpopts.EquateEmpty()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tfplan.Read(sample(t, tc.file))
			if err != nil {
				t.Fatalf("Read: %v (%s)", err, tc.reason)
			}
			top := got.Topology
			for _, c := range []struct {
				what      string
				want, got any
			}{
				{"stores", tc.want.stores, top.Stores},
				{"flows", tc.want.flows, top.Flows},
				{"datasets", tc.want.datasets, top.Datasets},
				{"unsupported", tc.want.unsupported, got.Unsupported},
				{"unlocated", tc.want.unlocated, got.Unlocated},
				{"notes", tc.want.notes, got.Notes},
				{"no data", tc.want.noData, got.NoData},
			} {
				if d := cmp.Diff(c.want, c.got, empty); d != "" {
					t.Errorf("%s (-want +got):\n%s\nwhy: %s", c.what, d, tc.reason)
				}
			}
			for _, st := range top.Stores {
				c := st.Location.String()
				if st.Region != "" {
					r, ok := jurisdiction.Default().Region(st.Region)
					if !ok {
						t.Errorf("store %s: region %s is not in the catalog", st.ID, st.Region)
					}
					c = r.Country.String()
				}
				if want := countries[tc.file][st.ID]; c != want {
					t.Errorf("store %s is in %q, want %q", st.ID, c, want)
				}
			}
			var ents []string
			for _, e := range top.Entities {
				ents = append(ents, e.ID)
			}
			if d := cmp.Diff(tc.want.entities, ents, empty); d != "" {
				t.Errorf("entities (-want +got):\n%s\nwhy: %s", d, tc.reason)
			}
			if _, err := eng.Assess(top, asOf); err != nil {
				t.Errorf("the topology does not assess: %v", err)
			}
		})
	}
}
