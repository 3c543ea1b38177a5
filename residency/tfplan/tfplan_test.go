package tfplan_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// asOf is the date the sample topologies are assessed on.
var asOf = jurisdiction.MustParseDate("2026-03-01")

func code(s string) jurisdiction.Code { return jurisdiction.MustParseCode(s) }

func sample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Shorthands for expected values.

func ops(id string) []residency.Tenure { return []residency.Tenure{{Entity: id}} }

func key(holder, loc string) []residency.KeyCustody {
	return []residency.KeyCustody{{Holder: holder, Location: code(loc)}}
}

func repl(from, to string) residency.Flow {
	return residency.Flow{ID: from + " -> " + to, Kind: residency.Replication, From: from, To: to}
}

func ds(id string, classes []jurisdiction.DataClass, subjects ...residency.Subjects) residency.Dataset {
	return residency.Dataset{ID: id, Classes: classes, Subjects: subjects}
}

func subj(c string, n int64) residency.Subjects {
	return residency.Subjects{Jurisdiction: code(c), Count: n}
}

func classes(cs ...jurisdiction.DataClass) []jurisdiction.DataClass { return cs }

func res(addr, typ, reason string) tfplan.Resource {
	return tfplan.Resource{Address: addr, Type: typ, Reason: reason}
}

// Countries of the catalog's public Google Cloud regions in the EU
// multi-region (EU member states) and the ASIA one (asia-* regions).
var (
	gcpEU   = []string{"BE", "DE", "ES", "FI", "FR", "IT", "NL", "PL", "SE"}
	gcpAsia = []string{"HK", "ID", "IN", "JP", "KR", "SG", "TH", "TW"}
)

// spread is what a Google multi-region that spans an area gives: a store
// of role in each country cs, the first the resource's own and the others
// copies ("<addr>/<country>", replicas or, of a backup, backups) with a
// flow from the first, and a note per store saying it may hold data.
type spread struct {
	stores []residency.Store
	flows  []residency.Flow
	notes  []tfplan.Resource
}

func spreadOver(addr, typ, what, spans string, role residency.Role, datasets []string, cs []string) spread {
	var sp spread
	list := strings.Join(cs, ", ")
	for i, c := range cs {
		id, r := addr, role
		if i > 0 {
			id = addr + "/" + c
			if role != residency.Backup {
				r = residency.Replica
			}
			f := repl(addr, id)
			if role == residency.Backup {
				f.Kind = residency.BackupFlow
			}
			sp.flows = append(sp.flows, f)
		}
		sp.stores = append(sp.stores, residency.Store{ID: id, Location: code(c), Role: r, Datasets: datasets, Operators: ops("catalog:google-llc")})
		sp.notes = append(sp.notes, res(addr, typ, id+" may hold data in "+c+": the "+what+" spans "+spans+
			", where the catalog has Google Cloud regions in "+list+"; a store is placed in each, the first as the resource's own"))
	}
	return sp
}

const gcsEUSpans = "data centres within member states of the European Union (not London or Zurich)"

const (
	aws    = "catalog:aws-inc"
	google = "catalog:google-llc"
	notSup = "resource type not supported; not checked"
	dataSr = "data source: reads an object that exists outside the plan; not checked"
	// iamNoData is the NoData reason of an IAM resource.
	iamNoData       = "holds no customer data (identity and access management); no store"
	s3SettingNoData = "holds no customer data (S3 bucket setting (the bucket is the store)); no store"
	nullNoData      = "holds no customer data (null resource); no store"
)

var (
	personal  = jurisdiction.Personal
	financial = jurisdiction.FinancialData
	health    = jurisdiction.HealthData
)

// want is what a sample plan must give.
type want struct {
	stores      []residency.Store
	flows       []residency.Flow
	datasets    []residency.Dataset
	entities    []string // IDs
	unsupported []tfplan.Resource
	unlocated   []tfplan.Resource
	notes       []tfplan.Resource
	noData      []tfplan.Resource
}

func TestReadSamples(t *testing.T) {
	// The reason names the nearest regions, in the catalog's own words.
	const typoErr = `jurisdiction: unknown region "aws:eu-wst-1"; nearest: aws:eu-west-1, aws:eu-west-2, aws:eu-west-3`
	misc := residency.Dataset{ID: "misc", Classes: classes(personal)}
	euArchive := spreadOver("google_storage_bucket.eu_archive", "google_storage_bucket", "Cloud Storage multi-region EU", gcsEUSpans,
		residency.Primary, []string{"archive"}, gcpEU)
	asiaMulti := spreadOver("google_storage_bucket.multi", "google_storage_bucket", "Cloud Storage multi-region ASIA", "data centres in Asia",
		residency.Primary, []string{}, gcpAsia)
	tests := []struct {
		name   string
		file   string
		opts   []tfplan.Option
		reason string
		want   want
	}{{
		name: "aws",
		file: "aws.json",
		reason: "S3 replication to a bucket of the aliased provider aws.us, an RDS read replica and a DynamoDB global-table replica " +
			"in us-east-1; KMS key custody by reference (the bucket's and the primary database's key) and by ARN (the replica's); " +
			"untagged replicas hold their sources' datasets; the IAM role holds no data",
		want: want{
			stores: []residency.Store{
				{ID: "aws_db_instance.orders", Region: "aws:eu-west-1", Datasets: []string{"orders"}, Operators: ops(aws), Keys: key(aws, "IE")},
				{ID: "aws_db_instance.orders_replica", Region: "aws:us-east-1", Role: residency.Replica, Datasets: []string{"orders"}, Operators: ops(aws), Keys: key(aws, "US")},
				{ID: "aws_dynamodb_table.sessions", Region: "aws:eu-west-1", Datasets: []string{"sessions"}, Operators: ops(aws)},
				{ID: "aws_dynamodb_table.sessions/us-east-1", Region: "aws:us-east-1", Role: residency.Replica, Datasets: []string{"sessions"}, Operators: ops(aws)},
				{ID: "aws_s3_bucket.customers", Region: "aws:eu-west-1", Datasets: []string{"customers"}, Operators: ops(aws), Keys: key(aws, "IE")},
				{ID: "aws_s3_bucket.customers_replica", Region: "aws:us-east-1", Role: residency.Replica, Datasets: []string{"customers"}, Operators: ops(aws)},
			},
			flows: []residency.Flow{
				repl("aws_db_instance.orders", "aws_db_instance.orders_replica"),
				repl("aws_dynamodb_table.sessions", "aws_dynamodb_table.sessions/us-east-1"),
				repl("aws_s3_bucket.customers", "aws_s3_bucket.customers_replica"),
			},
			datasets: []residency.Dataset{
				ds("customers", classes(personal), subj("DE", 120000), subj("FR", 40000), subj("IE", 5000)),
				ds("orders", classes(personal, financial), subj("AT", 6000), subj("DE", 80000)),
				ds("sessions", classes(personal)),
			},
			entities: []string{"catalog:amazon", aws},
			noData:   []tfplan.Resource{res("aws_iam_role.replication", "aws_iam_role", iamNoData)},
		},
	}, {
		name: "aws global database, China, module with a passed-in alias",
		file: "aws_global.json",
		opts: []tfplan.Option{tfplan.WithDataset(misc)},
		reason: "an Aurora global database whose primary is the member with a master user, encrypted with a multi-Region key and its " +
			"replica key; a DynamoDB table replica resource; a bucket in cn-north-1 (aws-cn partition, operated by Sinnet under " +
			"AWS's licence); a module bucket using the aws.west alias passed in, holding the default dataset; a data source",
		want: want{
			stores: []residency.Store{
				{ID: "aws_dynamodb_table.events", Region: "aws:eu-central-1", Datasets: []string{"events"}, Operators: ops(aws)},
				{ID: "aws_dynamodb_table_replica.events_west", Region: "aws:us-west-2", Role: residency.Replica, Datasets: []string{"events"}, Operators: ops(aws)},
				{ID: "aws_rds_cluster.ledger_primary", Region: "aws:eu-central-1", Datasets: []string{"ledger"}, Operators: ops(aws), Keys: key(aws, "DE")},
				{ID: "aws_rds_cluster.ledger_secondary", Region: "aws:us-west-2", Role: residency.Replica, Datasets: []string{"ledger"}, Operators: ops(aws), Keys: key(aws, "US")},
				{ID: "aws_s3_bucket.cn_logs", Region: "aws:cn-north-1", Datasets: []string{"cn-logs"}, Operators: ops("catalog:sinnet"), Licensor: aws},
				{ID: "module.archive.aws_s3_bucket.this", Region: "aws:us-west-2", Datasets: []string{"misc"}, Operators: ops(aws)},
			},
			flows: []residency.Flow{
				repl("aws_dynamodb_table.events", "aws_dynamodb_table_replica.events_west"),
				repl("aws_rds_cluster.ledger_primary", "aws_rds_cluster.ledger_secondary"),
			},
			datasets: []residency.Dataset{
				ds("cn-logs", classes(personal), subj("CN", 300000)),
				ds("events", classes(personal)),
				ds("ledger", classes(financial), subj("DE", 250000)),
				misc,
			},
			entities:    []string{"catalog:amazon", aws, "catalog:sinnet"},
			unsupported: []tfplan.Resource{res("data.aws_caller_identity.current", "aws_caller_identity", dataSr)},
			notes: []tfplan.Resource{
				res("aws_kms_key.global", "aws_kms_key", "multi-Region KMS key: custody is recorded at this key's own region; aws_kms_replica_key replicas hold the same key material elsewhere"),
				res("aws_rds_cluster.ledger_primary", "aws_rds_cluster", "storage encryption key for aws_rds_cluster.ledger_primary is the multi-Region KMS key aws_kms_key.global: custody is recorded in eu-central-1, and replicas of the key may hold the same key material in other regions"),
			},
		},
	}, {
		name: "azure",
		file: "azure.json",
		reason: "a GRS account gets a secondary in the paired region; an RA-GRS account in a region with no pair has its secondary " +
			"Unlocated; LRS has none; Cosmos DB geo_locations in priority order; an Azure SQL failover group's secondary at the " +
			"partner server, found by reference; the resource group holds no data",
		want: want{
			stores: []residency.Store{
				{ID: "azurerm_cosmosdb_account.app", Region: "azure:westeurope", Datasets: []string{"app-profiles"}},
				{ID: "azurerm_cosmosdb_account.app/germanywestcentral", Region: "azure:germanywestcentral", Role: residency.Replica, Datasets: []string{"app-profiles"}},
				{ID: "azurerm_mssql_database.billing", Region: "azure:westeurope", Datasets: []string{"billing"}},
				{ID: "azurerm_mssql_database.billing/northeurope", Region: "azure:northeurope", Role: residency.Replica, Datasets: []string{"billing"}},
				{ID: "azurerm_storage_account.analytics", Region: "azure:polandcentral", Datasets: []string{"analytics"}},
				{ID: "azurerm_storage_account.documents", Region: "azure:westeurope", Datasets: []string{"documents"}},
				{ID: "azurerm_storage_account.documents/northeurope", Region: "azure:northeurope", Role: residency.Replica, Datasets: []string{"documents"}},
				{ID: "azurerm_storage_account.scratch", Region: "azure:northeurope", Datasets: []string{}},
			},
			flows: []residency.Flow{
				repl("azurerm_cosmosdb_account.app", "azurerm_cosmosdb_account.app/germanywestcentral"),
				repl("azurerm_mssql_database.billing", "azurerm_mssql_database.billing/northeurope"),
				repl("azurerm_storage_account.documents", "azurerm_storage_account.documents/northeurope"),
			},
			datasets: []residency.Dataset{
				ds("analytics", nil),
				ds("app-profiles", classes(personal)),
				ds("billing", classes(financial)),
				ds("documents", classes(personal, health), subj("BE", 20000), subj("NL", 50000)),
			},
			noData: []tfplan.Resource{res("azurerm_resource_group.main", "azurerm_resource_group", "holds no customer data (resource group); no store")},
			unlocated: []tfplan.Resource{res("azurerm_storage_account.analytics", "azurerm_storage_account",
				"RAGRS secondary: the reader knows no paired region for polandcentral (Microsoft's region-pair list, in pairs.go), so the secondary's location is unknown")},
		},
	}, {
		name: "gcp",
		file: "gcp.json",
		reason: "the predefined dual-region EUR4 and a configurable dual-region give a store per member; the US multi-region a store " +
			"in the US (so every operator is written out); the EU multi-region a store in each EU member state with a Google Cloud " +
			"region, each noted as a possible location; a Cloud SQL replica of its master " +
			"by name; labels in the Google-safe form; KMS resources are unsupported",
		want: want{
			stores: slices.Concat([]residency.Store{
				{ID: "google_sql_database_instance.main", Region: "gcp:europe-west3", Datasets: []string{"accounts"}, Operators: ops(google)},
				{ID: "google_sql_database_instance.replica", Region: "gcp:us-central1", Role: residency.Replica, Datasets: []string{"accounts"}, Operators: ops(google)},
				{ID: "google_storage_bucket.backups", Location: code("US"), Datasets: []string{"backups"}, Operators: ops(google)},
			}, euArchive.stores, []residency.Store{
				{ID: "google_storage_bucket.media", Region: "gcp:europe-north1", Datasets: []string{"media"}, Operators: ops(google)},
				{ID: "google_storage_bucket.media/europe-west4", Region: "gcp:europe-west4", Role: residency.Replica, Datasets: []string{"media"}, Operators: ops(google)},
				{ID: "google_storage_bucket.reports", Region: "gcp:europe-west1", Datasets: []string{"reports"}, Operators: ops(google)},
				{ID: "google_storage_bucket.reports/europe-west4", Region: "gcp:europe-west4", Role: residency.Replica, Datasets: []string{"reports"}, Operators: ops(google)},
			}),
			flows: slices.Concat([]residency.Flow{
				repl("google_sql_database_instance.main", "google_sql_database_instance.replica"),
			}, euArchive.flows, []residency.Flow{
				repl("google_storage_bucket.media", "google_storage_bucket.media/europe-west4"),
				repl("google_storage_bucket.reports", "google_storage_bucket.reports/europe-west4"),
			}),
			notes: euArchive.notes,
			datasets: []residency.Dataset{
				ds("accounts", classes(personal), subj("DE", 400000)),
				ds("archive", nil),
				ds("backups", classes(personal)),
				ds("media", classes(personal), subj("FI", 30000), subj("NL", 45000)),
				ds("reports", nil),
			},
			entities: []string{"catalog:alphabet", google},
			unsupported: []tfplan.Resource{
				res("google_kms_crypto_key.sql", "google_kms_crypto_key", notSup),
				res("google_kms_key_ring.main", "google_kms_key_ring", notSup),
			},
		},
	}, {
		name: "alicloud",
		file: "alicloud.json",
		reason: "OSS replication from Hangzhou to a Hong Kong bucket of the aliased provider alicloud.hk, and to a partner's bucket " +
			"outside the plan, placed by the replication's destination location",
		want: want{
			stores: []residency.Store{
				{ID: "alicloud_oss_bucket.orders", Region: "alicloud:cn-hangzhou", Datasets: []string{"orders-cn"}},
				{ID: "alicloud_oss_bucket.orders_hk", Region: "alicloud:cn-hongkong", Role: residency.Replica, Datasets: []string{"orders-cn"}},
				{ID: "alicloud_oss_bucket_replication.orders_to_partner/partner-ingest-sg", Region: "alicloud:ap-southeast-1", Role: residency.Replica, Datasets: []string{"orders-cn"}},
			},
			flows: []residency.Flow{
				repl("alicloud_oss_bucket.orders", "alicloud_oss_bucket.orders_hk"),
				repl("alicloud_oss_bucket.orders", "alicloud_oss_bucket_replication.orders_to_partner/partner-ingest-sg"),
			},
			datasets:    []residency.Dataset{ds("orders-cn", classes(personal), subj("CN", 2000000))},
			unsupported: []tfplan.Resource{res("alicloud_ram_role.oss_replication", "alicloud_ram_role", notSup)},
		},
	}, {
		name: "unknown and variable regions, unsupported types",
		file: "unknown.json",
		reason: "a provider region from a root variable is resolved; one from a local, a module variable, the environment (no region " +
			"at all) or behind a custom endpoint is Unlocated, as are a location known only after apply, a region the catalog lacks, " +
			"a dual-region the reader cannot place and replication to a bucket outside the plan; the ASIA multi-region is a store in " +
			"each country of Google's asia-* regions (so every operator is written out); a provider-6 region " +
			"attribute overrides the provider's; an EFS file system is a store; unsupported managed resources and data sources (planned " +
			"and prior) are listed, an IAM role holds no data",
		want: want{
			stores: slices.Concat([]residency.Store{
				{ID: "aws_efs_file_system.shared", Region: "aws:eu-central-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_s3_bucket.resolved", Region: "aws:eu-central-1", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
				{ID: "aws_s3_bucket.v6", Region: "aws:ap-southeast-2", Datasets: []string{}, Operators: ops("catalog:aws-inc")},
			}, asiaMulti.stores),
			flows:    asiaMulti.flows,
			notes:    asiaMulti.notes,
			entities: []string{"catalog:alphabet", "catalog:amazon", "catalog:aws-inc", "catalog:google-llc"},
			unsupported: []tfplan.Resource{
				res("aws_dynamodb_global_table.legacy", "aws_dynamodb_global_table", notSup),
				res("data.aws_caller_identity.current", "aws_caller_identity", dataSr),
				res("data.azurerm_resource_group.existing", "azurerm_resource_group", dataSr),
			},
			unlocated: []tfplan.Resource{
				res("aws_s3_bucket.custom_endpoint", "aws_s3_bucket", "provider configuration aws.custom overrides the s3 endpoint, which can point anywhere"),
				res("aws_s3_bucket.env_region", "aws_s3_bucket", "provider configuration aws.env sets no region; it then comes from the environment or shared configuration files, which a plan does not record"),
				res("aws_s3_bucket.local_region", "aws_s3_bucket", "provider configuration aws.local takes its region from local.dr_region, which the plan does not resolve"),
				res("aws_s3_bucket.typo", "aws_s3_bucket", "region: "+typoErr),
				res("aws_s3_bucket_replication_configuration.to_partner", "aws_s3_bucket_replication_configuration",
					"replication from aws_s3_bucket.resolved to arn:aws:s3:::partner-bucket not recorded: the destination bucket is not in this plan, and an S3 ARN carries no region"),
				res("azurerm_storage_account.pending", "azurerm_storage_account", "location is known only after apply"),
				res("google_storage_bucket.dual", "google_storage_bucket", "Cloud Storage location EUR5 is neither a region in the catalog nor a dual-region whose member regions the reader knows (ASIA1, EUR4, NAM4)"),
				res("module.tenant.aws_s3_bucket.this", "aws_s3_bucket", "provider configuration module.tenant:aws in module.tenant takes its region from var.region, which the plan does not resolve"),
			},
			noData: []tfplan.Resource{res("aws_iam_role.app", "aws_iam_role", iamNoData)},
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tfplan.Read(sample(t, tc.file), tc.opts...)
			if err != nil {
				t.Fatalf("Read: %v (%s)", err, tc.reason)
			}
			checkResult(t, got, tc.want, tc.reason)
		})
	}
}

// checkResult compares what Read gave with what it must give, and checks
// that the topology assesses.
func checkResult(t *testing.T, got *tfplan.Result, want want, reason string) {
	t.Helper()
	empty := cmpopts.EquateEmpty()
	top := got.Topology
	if d := cmp.Diff(want.stores, top.Stores, empty); d != "" {
		t.Errorf("stores (-want +got):\n%s\nwhy: %s", d, reason)
	}
	if d := cmp.Diff(want.flows, top.Flows, empty); d != "" {
		t.Errorf("flows (-want +got):\n%s\nwhy: %s", d, reason)
	}
	if d := cmp.Diff(want.datasets, top.Datasets, empty); d != "" {
		t.Errorf("datasets (-want +got):\n%s\nwhy: %s", d, reason)
	}
	var ents []string
	for _, e := range top.Entities {
		ents = append(ents, e.ID)
	}
	if d := cmp.Diff(want.entities, ents, empty); d != "" {
		t.Errorf("entities (-want +got):\n%s\nwhy: %s", d, reason)
	}
	if d := cmp.Diff(want.unsupported, got.Unsupported, empty); d != "" {
		t.Errorf("unsupported (-want +got):\n%s\nwhy: %s", d, reason)
	}
	if d := cmp.Diff(want.unlocated, got.Unlocated, empty); d != "" {
		t.Errorf("unlocated (-want +got):\n%s\nwhy: %s", d, reason)
	}
	if d := cmp.Diff(want.notes, got.Notes, empty); d != "" {
		t.Errorf("notes (-want +got):\n%s\nwhy: %s", d, reason)
	}
	if d := cmp.Diff(want.noData, got.NoData, empty); d != "" {
		t.Errorf("no data (-want +got):\n%s\nwhy: %s", d, reason)
	}
	if _, err := residency.NewEngine(nil).Assess(top, asOf); err != nil {
		t.Errorf("the topology does not assess: %v", err)
	}
}

// TestReadDeterministic reads each sample twice: the same plan gives the
// same result.
func TestReadDeterministic(t *testing.T) {
	files, _ := samplePlans()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		a, errA := tfplan.Read(b)
		c, errC := tfplan.Read(b)
		if (errA == nil) != (errC == nil) {
			t.Fatalf("%s: errors differ: %v, %v", f, errA, errC)
		}
		if d := cmp.Diff(a, c); d != "" {
			t.Errorf("%s: two reads differ:\n%s", f, d)
		}
	}
}
