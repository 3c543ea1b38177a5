// Package tfplan reads a Terraform plan, as `terraform show -json <planfile>`
// prints it, into a [residency.Topology]: one store per data-holding
// resource the plan will leave in place, placed in its provider region, and
// the replication flows between them. [Read] also lists what it did not
// check, so that a plan never passes silently for what the reader cannot
// see: resource types it does not support (Result.Unsupported) and
// resources or replicas whose location it cannot determine
// (Result.Unlocated), each with the reason. Resources that hold no
// customer data (IAM, networking, random values) are counted apart, in
// Result.NoData. Result.Notes records facts
// the topology holds only in simplified form (a multi-Region KMS key, a
// global database whose primary the plan does not show, the countries a
// Google multi-region may hold data in).
//
// # What is read
//
// The reader follows the documented plan representation: format_version
// 0.1 and 0.2 (Terraform 0.12 to 1.0) and 1.x (Terraform 1.1 on, and
// OpenTofu, whose provider addresses are registry.opentofu.org/...); any
// other version, 2.x included, is rejected, and unknown fields are
// ignored. It reads
// planned_values (the root module and child modules, recursively): the
// state the plan leaves, so resources the plan deletes are not stores.
// resource_changes gives after_unknown, to tell a value known only after
// apply from an absent one; configuration gives each resource's
// provider_config_key, the provider configurations and the references
// between resources; variables gives root input values.
//
// A resource's region comes from its own attribute where it has one
// (google_storage_bucket.location, google_sql_database_instance.region,
// azurerm location, the top-level region of AWS resources in provider 6
// and, for aws_s3_bucket, region or bucket_region, the computed location
// of an existing alicloud_oss_bucket), or else from its provider
// configuration, found through
// the resource's provider_config_key, so aliases ("aws.eu") and providers
// passed into modules are followed.
//
// A module inherits its provider configuration from the module that calls
// it, and the plan formats say so differently. Terraform 1.x (recent
// releases, and OpenTofu) gives a module resource the key of the
// configuration it inherits or is passed ("aws", "aws.us"). Formats 0.1
// and 0.2 give "<module call name>:<local name>" ("s3:aws"; the innermost
// call only, "b:aws" for module.a.module.b), usually with no
// provider_config entry of that key; early 1.x releases give
// "module.a:aws" with an entry that has no expressions. The reader
// therefore uses a key's entry when it belongs to the resource's module or
// a module above it and is a real configuration (in the root module, or
// with expressions); otherwise it looks for the configuration in the
// resource's module and then in each calling module in turn, treating an
// entry with no expressions in a child module as a proxy block or provider
// requirement (which take the configuration from the calling module). A
// module call's providers argument is not in any plan format, so when the
// calling module has aliased configurations of the provider besides its
// default, the module could have been passed any of them: the resource is
// Unlocated, saying so. In the root module, a default configuration with
// no block is an empty one. Terraform 0.12 writes provider_name as a
// local name ("aws", "aws.us"), later versions as a source address; both
// are read, and so are the module-relative addresses Terraform 0.12 gives
// a child module's data sources in prior_state. A provider region given as a constant
// is used; one that is a root input variable (var.region) is taken from the
// plan's variables. Anything else lands in Unlocated with the reason: a
// region unknown until apply, a reference the plan cannot resolve (a local,
// a module variable, another resource's attribute), a provider
// configuration with no region (the region then comes from the
// environment or shared configuration files, which a plan does not record),
// an AWS provider that overrides the service's endpoint, a region the
// catalog does not know. The reader never guesses a location.
//
// Stores carry Region "<provider>:<code>" as the catalog names regions:
// registry.terraform.io/hashicorp/aws gives "aws" (the China regions, in
// the aws-cn partition, too: "aws:cn-north-1"), hashicorp/azurerm "azure",
// hashicorp/google and google-beta "gcp", aliyun/alicloud "alicloud".
// Operators are left to the assessment, which takes each region's operator
// from the catalog, except when the topology needs the operator as an
// entity (key custody, or a store placed in a country rather than a
// region): then every store's operator is written out, as the entities the
// assessment would add ("catalog:<operator id>", with their owners and the
// region's licensor).
//
// # Stores and flows
//
// A store's ID is its resource's address. A replica the reader derives
// from a resource, with no resource of its own, is "<address>/<region
// code>" (a DynamoDB replica block, the geo-redundant secondary of an Azure
// storage account, a Cosmos DB geo_location, the second region of a Cloud
// Storage dual-region, an Azure SQL failover-group secondary); one placed
// in a country, with no region, is "<address>/<country code>" (a country
// a Google multi-region may hold data in); a store
// outside the plan that the plan locates (an RDS source named by ARN, an
// OSS replication destination with its location) is "<address of the
// resource naming it>/<its identifier>". Flows have ID "<from> -> <to>"
// and carry every dataset of their source.
//
// An ID longer than [residency.MaxIDBytes] (a long for_each key, or a
// replica's suffix on a long address) is cut at a character boundary and
// ends with "…" and 16 hexadecimal digits of the full ID's SHA-256, so
// that it still validates, stays distinct from another that begins the
// same, and is the same in every read; each shortened store or dataset ID
// is noted in Notes. An address or dataset tag holding a control
// character, a bidirectional control or invalid UTF-8 (which Terraform
// escapes) makes no ID: it is a [*ResourceError], and the resource is not
// read.
//
// Supported resource types, and how each maps:
//
//   - aws_s3_bucket: a store. aws_s3_bucket_replication_configuration (and
//     the legacy inline replication_configuration): a flow per enabled
//     rule to the destination bucket, which becomes a replica; a
//     destination outside the plan is Unlocated (an S3 ARN has no region).
//
//   - aws_db_instance: a store; replicate_source_db makes it a replica with
//     a flow from its source (an instance in the plan, or an ARN's region).
//
//   - aws_rds_cluster: a store; replication_source_identifier as for
//     aws_db_instance. aws_rds_global_cluster: flows from the primary
//     member (source_db_cluster_identifier, or the one member with a master
//     user) to every other member; with no identifiable primary, flows
//     both ways and a note. aws_rds_cluster_instance is read as part of
//     its cluster and makes no store of its own.
//
//   - aws_dynamodb_table: a store, and a replica store with a flow per
//     replica block (global tables version 2019.11.21; they are
//     multi-active, recorded as flows from the table's own region).
//     aws_dynamodb_table_replica: a replica store with a flow from the
//     table it replicates.
//
//   - aws_kms_key, aws_kms_replica_key: key custody for the stores whose
//     kms_key_id, kms_key_arn, replica kms_key_arn, replica_kms_key_id or
//     server-side encryption configuration
//     (aws_s3_bucket_server_side_encryption_configuration or inline) names
//     them, by value or reference; a key ARN outside the plan is placed by
//     its region. The holder is the key region's operator, the location its
//     country. Multi-Region keys are recorded at their own region, with a
//     note. Keys that are AWS managed (no key ID) are the operator's and
//     need no record.
//
//   - azurerm_storage_account: a store; account_replication_type GRS,
//     RAGRS, GZRS or RAGZRS adds a replica in secondary_location when the
//     plan knows it, or else in the paired region (the table is in
//     pairs.go, from Microsoft's documentation); a region with no known
//     pair makes the replica Unlocated.
//
//   - azurerm_mssql_database (placed at its azurerm_mssql_server),
//     azurerm_sql_database: stores; create_mode Secondary/OnlineSecondary
//     makes a replica of the source database.
//     azurerm_mssql_failover_group, azurerm_sql_failover_group: a replica
//     of each database at each partner server's region.
//     azurerm_mssql_server and azurerm_sql_server are read for locations.
//
//   - azurerm_cosmosdb_account: a store per geo_location; the one with
//     the lowest failover_priority is the primary, with a flow to each
//     other.
//
//   - google_storage_bucket: a region gives one store; a dual-region
//     (custom_placement_config.data_locations, or one of the predefined
//     dual-regions whose members are sourced in pairs.go: ASIA1, EUR4,
//     NAM4) gives a store per member region with a flow from the first; the
//     US multi-region gives a store located in the US. The EU multi-region
//     ("data centers within member states of the European Union", not
//     London or Zurich) and the ASIA one ("data centers in Asia") do not
//     say which data centres hold a bucket, so the reader places a store in
//     every country the bucket may be in: each country of the catalog's
//     public Google Cloud regions that is a member of the catalog's EU bloc
//     (for EU), or of Google's asia-* regions (for ASIA), in alphabetical
//     order, the first as the bucket's own store and the others replicas
//     ("<address>/<country>") with a flow from it, each noted as a possible
//     location ("may hold data"). Conservative: every country's law is
//     assessed. Other predefined dual-regions are Unlocated.
//
//   - google_sql_database_instance: a store; master_instance_name makes it
//     a replica of its master.
//
//   - alicloud_oss_bucket: a store. alicloud_oss_bucket_replication: a flow
//     to the destination bucket, in the plan or, outside it, placed by the
//     destination's location.
//
//   - Other AWS stores, each at its region (its key recorded as for RDS
//     where the type names one): aws_ebs_volume; aws_ebs_snapshot (a
//     backup, with a backup flow from its volume in the plan);
//     aws_ebs_snapshot_copy (a backup, with a backup flow from the source
//     snapshot when it is in the plan, else a note naming it and its
//     source_region); aws_efs_file_system and
//     aws_efs_replication_configuration (the destination file system, or
//     a replica in destination.region, with a flow); the four FSx file
//     systems; aws_opensearch_domain, aws_elasticsearch_domain;
//     aws_neptune_cluster (replication_source_identifier as for RDS) and
//     aws_docdb_cluster (global-cluster membership is noted, not read);
//     aws_redshift_cluster (snapshot_copy.destination_region, or an
//     aws_redshift_snapshot_copy, gives a backup store there);
//     aws_redshiftserverless_namespace; aws_elasticache_replication_group
//     and aws_elasticache_cluster (with a note: the data is in memory,
//     at rest in snapshots and data tiering); aws_memorydb_cluster;
//     aws_backup_vault (a backup store) and aws_backup_plan (a backup
//     flow from each rule's target vault to each copy_action destination:
//     a vault in the plan, or one placed by its ARN's region; a target
//     vault named but not in the plan is in the plan's own region, as AWS
//     Backup requires); aws_glacier_vault; aws_kinesis_stream;
//     aws_sqs_queue; aws_secretsmanager_secret (a replica store and flow
//     per replica block); aws_cloudwatch_log_group;
//     aws_timestreamwrite_database; aws_qldb_ledger;
//     aws_keyspaces_keyspace (MULTI_REGION: a replica per other region of
//     region_list); aws_lightsail_database. A key given as an AWS managed
//     alias ("alias/aws/...") is the operator's: nothing is recorded.
//
//   - Other Azure stores, at their location: the PostgreSQL, MySQL and
//     MariaDB servers, single and flexible (geo_redundant_backup_enabled
//     adds a backup in the paired region; create_mode Replica a flow from
//     the source server in the plan); azurerm_recovery_services_vault
//     (storage_mode_type GeoRedundant) and
//     azurerm_data_protection_backup_vault (redundancy GeoRedundant): a
//     backup store with a copy in the paired region; azurerm_snapshot (a
//     backup of its source managed disk in the plan); azurerm_managed_disk,
//     azurerm_data_lake_store, azurerm_redis_cache,
//     azurerm_synapse_workspace, azurerm_kusto_cluster,
//     azurerm_cosmosdb_postgresql_cluster.
//
//   - Other Google stores: google_bigquery_dataset (a region; the US
//     multi-region is a store in the US, EU a store in each EU country as
//     for Cloud Storage: Google keeps a dataset in one region of the
//     multi-region, which it does not name); google_spanner_instance (a
//     regional-<region> config; dual- and multi-region configs are
//     Unlocated: the reader has no verified table of their replica
//     regions); google_firestore_database (location_id: a region; nam5
//     and nam7, whose regions are all in the United States, one of them
//     private, in the US; eur3 a store in each of its regions as Google
//     lists them, read-write europe-west1 (the database's own store) and
//     europe-west4 and witness europe-north1, replicas with flows and
//     notes); google_bigtable_instance (a
//     store per cluster zone's region, with flows from the first);
//     google_filestore_instance and google_compute_disk (a zone is placed
//     in its region); google_compute_region_disk and
//     google_redis_instance (region, or the provider's);
//     google_compute_snapshot (a backup at storage_locations, a Cloud
//     Storage location: in the EU or ASIA multi-region, a backup in each
//     country as for a bucket; with a backup flow from its source disk in
//     the plan; with no storage_locations it is Unlocated); google_alloydb_cluster (a
//     SECONDARY cluster replicates from its primary, in the plan or placed
//     by the location in its name).
//
// Flows are replication flows, or backup flows (Kind backup) into
// snapshots, backup copies and geo-redundant backups, whose stores have
// the role backup.
//
// Resources of types known to hold no customer data at rest are listed in
// Result.NoData, with what they are: IAM roles, policies and attachments,
// VPC networking (VPCs, subnets, routes, security groups, gateways,
// network ACLs), S3 bucket settings (policy, public access block,
// versioning, ACL, ownership controls, lifecycle, CORS, logging: the
// buckets are the stores), KMS aliases; Azure resource groups, virtual
// networks, subnets, network security groups and role assignments;
// Google IAM members, bindings and policies, networks, subnetworks,
// firewalls and project services; and the resources of HashiCorp's
// random, null, time and tls providers. The list is conservative (nodata.go).
// Every other resource type, managed or data source, is listed in
// Unsupported, so that the list says exactly what was not checked. Data
// sources are listed because they read objects that exist outside the
// plan, some of them data stores.
//
// # Data: the facts file
//
// A plan says nothing of what data a store holds, who controls it, what
// mechanism a replication relies on, or who administers it from where.
// [Facts] say it, in the topology vocabulary of package residency, beside
// the plan ([DecodeFacts], [WithFacts]; the command line reads -facts
// FILE, or dataresidency.json beside the plan):
//
//	{
//	  "datasets": [{"id": "orders", "classes": ["personal"],
//	                "subjects": [{"jurisdiction": "DE", "count": 120000}], "controller": "shop"}],
//	  "entities": [{"id": "shop", "jurisdiction": "DE"}],
//	  "holds": [{"stores": {"module": "module.shop"}, "datasets": ["orders"]}],
//	  "flows": [{"from": {"address": "aws_s3_bucket.orders"}, "to": {"glob": "*_dr"},
//	             "mechanisms": ["eu-scc-2021"]},
//	            {"kind": "admin-access", "to": {"tag": "team=shop"}, "accessor": "support",
//	             "accessor_location": "IN"}],
//	  "waivers": [...],
//	  "tags": {"classes": "data_classification",
//	           "class_values": [{"value": "pii", "classes": ["personal"]}]}
//	}
//
// Stores are selected by resource address, module, glob or tag
// ([Selector]); a store a holding picks counts as declared, as a tagged
// one does, and replicas it feeds receive its datasets. Facts are read as
// strictly as a topology, and what they say that the plan does not bear
// out (a selector that picks no store, a flow the plan does not have, a
// dataset no store holds) is an error located in the facts document
// ([FactsError]): facts never silently fail to apply.
//
// # Data: the tag convention
//
// Tags can say it too. The reader takes data from three tags (AWS, Azure
// and Alibaba tags, including AWS default tags through tags_all; Google
// labels, including effective_labels), whose keys a facts file may rename
// ([TagKeys]) to those a team already uses, with a mapping of its own
// classification values to data classes:
//
//   - dataresidency_dataset: the ID of the dataset the store holds. Give
//     replicas that are resources of their own the same ID.
//   - dataresidency_classes: the dataset's data classes, by their names in
//     package jurisdiction ("personal,health").
//   - dataresidency_subjects: where the dataset's subjects are and how many,
//     as jurisdiction codes parsed by [jurisdiction.ParseCode], each with
//     an optional count ("EU=10000,US=500"; a code alone means the count is
//     unknown).
//
// List items are separated by commas, semicolons, spaces or underscores,
// and a count may follow its code after "=", ":" or a final hyphen, so
// that Google labels, which allow only lower-case letters, digits, "_" and
// "-", can carry them: "personal_health", "de-120000_fr-400". A final
// hyphen followed by digits is always read as a count, so a subdivision
// with a numeric code needs its count: "fr-75=100" or "fr-75-100", not
// "fr-75".
//
// A resource with classes or subjects but no dataset tag holds a dataset
// named by its own address. Resources that name the same dataset share it;
// their classes are merged, and different counts for one jurisdiction are
// an error (the larger count is kept). A derived replica holds what its
// resource holds. A store with no tags that receives replication holds
// what its sources hold; any other store with no tags holds the dataset
// given by [WithDataset], if any, and no dataset otherwise.
//
// # Errors and limits
//
// Read rejects a document larger than [MaxPlanBytes], one that is not JSON,
// and one that is not a plan of format 0.1, 0.2 or 1.x, returning a nil
// Result. It
// reads JSON strictly, as [ErrFormat]: an object with a key twice (which
// JSON readers resolve differently: encoding/json keeps the last, so that
// a "region" given twice would be read as the second), bytes that are not
// UTF-8, a leading byte-order mark, nesting deeper than 10,000 levels,
// anything but whitespace after the plan object and a format_version that
// is not MAJOR.MINOR are rejected, saying where. Problems
// with individual resources (a malformed tag, a jurisdiction the catalog
// does not know, conflicting counts) do not stop the read: each is a
// [*ResourceError], they are joined into the error returned with the
// Result (at most 1000 of them), and the rest of the plan is read. Read
// never panics. The
// topology it returns validates against the catalog it was read with
// (every store's region is in the catalog), so it can be assessed as it
// is.
package tfplan
