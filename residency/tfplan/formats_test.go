package tfplan_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

const noRootProvider = "the root module has no provider configuration for aws; the region then comes from the environment or shared configuration files, which a plan does not record"

// TestReadPublicPlans reads plans that other projects keep as test
// fixtures (testdata/public, provenance in testdata/README.md): real
// `terraform show -json` output of Terraform 0.12.11, 0.12.20, 0.13.4 and
// 0.15.4, in format 0.1, and of Terraform 1.0.8, in format 0.2.
func TestReadPublicPlans(t *testing.T) {
	tests := []struct {
		file, reason string
		want         want
		// countries is the country of every store (its region's in the
		// catalog, or the country it is placed in), when given.
		countries map[string]string
	}{{
		file: "terraform-compliance_multi-module-referencing.json",
		reason: "Terraform 0.15.4: a bucket three modules deep whose provider_config_key third_layer:aws names only the " +
			"innermost module call and has no provider_config entry; it inherits the root's aws (eu-west-1)",
		want: want{
			stores: []residency.Store{{ID: "module.first_layer.module.second_layer.module.third_layer.aws_s3_bucket.test", Region: "aws:eu-west-1", Datasets: []string{}}},
			noData: []tfplan.Resource{res("module.first_layer.module.second_layer.module.third_layer.aws_s3_bucket_public_access_block.test",
				"aws_s3_bucket_public_access_block", s3SettingNoData)},
		},
		countries: map[string]string{"module.first_layer.module.second_layer.module.third_layer.aws_s3_bucket.test": "IE"},
	}, {
		file: "terraform-compliance_dynamodb_kms_key_problem.json",
		reason: "Terraform 0.12.20, provider_name \"aws\": the configuration has no provider block at all, so the table's " +
			"region comes from the environment, which the plan does not record",
		want: want{
			unlocated: []tfplan.Resource{res("aws_dynamodb_table.test", "aws_dynamodb_table", noRootProvider)},
		},
	}, {
		file:   "terraform-json_nested_config_keys.json",
		reason: "Terraform 0.12.11, provider_name \"aws\": an EC2 instance is no store the reader supports",
		want:   want{unsupported: []tfplan.Resource{res("aws_instance.foo", "aws_instance", notSup)}},
	}, {
		file:   "terraform-json_deep_module.json",
		reason: "Terraform 0.12.11: provider_config_key bar:null for module.foo.module.bar; null_resource is not supported",
		want:   want{noData: []tfplan.Resource{res("module.foo.module.bar.null_resource.baz", "null_resource", nullNoData)}},
	}, {
		file:   "terraform-json_registry_module.json",
		reason: "Terraform 0.12.11: a registry module's resource and, in prior_state, its data source",
		want: want{
			unsupported: []tfplan.Resource{res("module.module.data.null_data_source.data", "null_data_source", dataSr)},
			noData:      []tfplan.Resource{res("module.module.null_resource.resource", "null_resource", nullNoData)},
		},
	}, {
		file:   "checkov_plan_nested_child_modules.json",
		reason: "Terraform 0.13.4: three sibling modules nested in one, keys child_1_a:aws and so on, no provider_config; EKS is not supported",
		want: want{unsupported: []tfplan.Resource{
			res("module.child_0.module.child_1_a.aws_eks_cluster.cluster", "aws_eks_cluster", notSup),
			res("module.child_0.module.child_1_b.aws_eks_cluster.cluster", "aws_eks_cluster", notSup),
			res("module.child_0.module.child_1_c.aws_eks_cluster.cluster", "aws_eks_cluster", notSup),
		}},
	}, {
		file: "regula_bucketpolicy_allowlist_infra.json",
		reason: "Terraform 1.0.8, format 0.2: seven buckets of the root provider (us-east-1), with inline policies and " +
			"aws_s3_bucket_policy resources, which hold no data; the buckets' computed region is unknown, so the provider's is used",
		want: want{
			stores: []residency.Store{
				{ID: "aws_s3_bucket.allowget-external-policy", Region: "aws:us-east-1", Datasets: []string{}},
				{ID: "aws_s3_bucket.allowget-inline-policy", Region: "aws:us-east-1", Datasets: []string{}},
				{ID: "aws_s3_bucket.allowlist-external-policy", Region: "aws:us-east-1", Datasets: []string{}},
				{ID: "aws_s3_bucket.allowlist-inline-policy", Region: "aws:us-east-1", Datasets: []string{}},
				{ID: "aws_s3_bucket.denylist-external-policy", Region: "aws:us-east-1", Datasets: []string{}},
				{ID: "aws_s3_bucket.denylist-inline-policy", Region: "aws:us-east-1", Datasets: []string{}},
				{ID: "aws_s3_bucket.nopolicy-bucket", Region: "aws:us-east-1", Datasets: []string{}},
			},
			noData: []tfplan.Resource{
				res("aws_s3_bucket_policy.allowget-policy", "aws_s3_bucket_policy", s3SettingNoData),
				res("aws_s3_bucket_policy.allowlist-policy", "aws_s3_bucket_policy", s3SettingNoData),
				res("aws_s3_bucket_policy.denylist-policy", "aws_s3_bucket_policy", s3SettingNoData),
			},
		},
		countries: map[string]string{
			"aws_s3_bucket.allowget-external-policy":  "US",
			"aws_s3_bucket.allowget-inline-policy":    "US",
			"aws_s3_bucket.allowlist-external-policy": "US",
			"aws_s3_bucket.allowlist-inline-policy":   "US",
			"aws_s3_bucket.denylist-external-policy":  "US",
			"aws_s3_bucket.denylist-inline-policy":    "US",
			"aws_s3_bucket.nopolicy-bucket":           "US",
		},
	}}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			got, err := tfplan.Read(sample(t, "public/"+tc.file))
			if err != nil {
				t.Fatalf("Read: %v (%s)", err, tc.reason)
			}
			checkResult(t, got, tc.want, tc.reason)
			if tc.countries != nil {
				checkCountries(t, got.Topology, tc.countries)
			}
		})
	}
}

// checkCountries asserts that top has exactly the stores of want, each in
// its country: its region's in the catalog, or the country it is placed in.
func checkCountries(t *testing.T, top *residency.Topology, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, st := range top.Stores {
		c := st.Location.String()
		if st.Region != "" {
			r, ok := jurisdiction.Default().Region(st.Region)
			if !ok {
				t.Errorf("store %s: region %s is not in the catalog", st.ID, st.Region)
			}
			c = r.Country.String()
		}
		got[st.ID] = c
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("store countries (-want +got):\n%s", d)
	}
}

// TestReadRealPlans reads the plans that testdata/real/regen.sh makes with
// Terraform 1.11.4 (OpenTofu 1.9.1 for opentofu_*) and hashicorp/aws
// 5.100.0 from the .tf files beside them.
func TestReadRealPlans(t *testing.T) {
	ver := "aws_s3_bucket_versioning"
	tests := []struct {
		dir, reason string
		want        want
	}{{
		dir: "s3_replication",
		reason: "replication from eu-central-1 to a bucket of the aliased provider aws.us (us-east-1), with the " +
			"bucket-configuration resources of provider 5; versioning, the IAM role and the policy document are not stores",
		want: want{
			stores: []residency.Store{
				{ID: "aws_s3_bucket.replica", Region: "aws:us-east-1", Role: residency.Replica, Datasets: []string{"customers"}},
				{ID: "aws_s3_bucket.source", Region: "aws:eu-central-1", Datasets: []string{"customers"}},
			},
			flows:       []residency.Flow{repl("aws_s3_bucket.source", "aws_s3_bucket.replica")},
			datasets:    []residency.Dataset{ds("customers", classes(personal), subj("AT", 8000), subj("DE", 120000))},
			unsupported: []tfplan.Resource{res("data.aws_iam_policy_document.assume", "aws_iam_policy_document", dataSr)},
			noData: []tfplan.Resource{
				res("aws_iam_role.replication", "aws_iam_role", iamNoData),
				res("aws_s3_bucket_versioning.replica", ver, s3SettingNoData),
				res("aws_s3_bucket_versioning.source", ver, s3SettingNoData),
			},
		},
	}, {
		dir:    "module_inherit",
		reason: "a module and a module nested in it configure no provider and inherit the root's (eu-west-1)",
		want: want{
			stores: []residency.Store{
				{ID: "module.storage.aws_dynamodb_table.orders", Region: "aws:eu-west-1", Datasets: []string{"orders"}},
				{ID: "module.storage.module.logs.aws_s3_bucket.logs", Region: "aws:eu-west-1", Datasets: []string{"order-logs"}},
			},
			datasets: []residency.Dataset{ds("order-logs", nil), ds("orders", classes(personal, financial))},
		},
	}, {
		dir: "module_alias",
		reason: "module dr is passed aws.us as its aws, module archive aws.us as its alias aws.dst and the default as aws, " +
			"module local inherits the default (eu-central-1)",
		want: want{
			stores: []residency.Store{
				{ID: "module.archive.aws_s3_bucket.copy", Region: "aws:us-east-1", Datasets: []string{"archive"}},
				{ID: "module.archive.aws_s3_bucket.primary", Region: "aws:eu-central-1", Datasets: []string{"archive"}},
				{ID: "module.dr.aws_s3_bucket.this", Region: "aws:us-east-1", Datasets: []string{"backups"}},
				{ID: "module.local.aws_s3_bucket.this", Region: "aws:eu-central-1", Datasets: []string{"backups"}},
			},
			datasets: []residency.Dataset{ds("archive", nil), ds("backups", nil)},
		},
	}, {
		dir:    "opentofu_module_alias",
		reason: "the module_alias configuration planned with OpenTofu 1.9.1: registry.opentofu.org provider addresses, the same placements",
		want: want{
			stores: []residency.Store{
				{ID: "module.archive.aws_s3_bucket.copy", Region: "aws:us-east-1", Datasets: []string{"archive"}},
				{ID: "module.archive.aws_s3_bucket.primary", Region: "aws:eu-central-1", Datasets: []string{"archive"}},
				{ID: "module.dr.aws_s3_bucket.this", Region: "aws:us-east-1", Datasets: []string{"backups"}},
				{ID: "module.local.aws_s3_bucket.this", Region: "aws:eu-central-1", Datasets: []string{"backups"}},
			},
			datasets: []residency.Dataset{ds("archive", nil), ds("backups", nil)},
		},
	}, {
		dir:    "for_each_count",
		reason: "for_each buckets and a for_each module in eu-north-1, counted tables of the alias aws.sg in ap-southeast-1",
		want: want{
			stores: []residency.Store{
				{ID: "aws_dynamodb_table.shard[0]", Region: "aws:ap-southeast-1", Datasets: []string{}},
				{ID: "aws_dynamodb_table.shard[1]", Region: "aws:ap-southeast-1", Datasets: []string{}},
				{ID: `aws_s3_bucket.per_team["billing"]`, Region: "aws:eu-north-1", Datasets: []string{"billing"}},
				{ID: `aws_s3_bucket.per_team["support"]`, Region: "aws:eu-north-1", Datasets: []string{"support"}},
				{ID: `module.tenant["acme"].aws_s3_bucket.data[0]`, Region: "aws:eu-north-1", Datasets: []string{"tenant-acme"}},
				{ID: `module.tenant["globex.eu"].aws_s3_bucket.data[0]`, Region: "aws:eu-north-1", Datasets: []string{"tenant-globex"}},
			},
			datasets: []residency.Dataset{ds("billing", nil), ds("support", nil), ds("tenant-acme", nil), ds("tenant-globex", nil)},
		},
	}}
	for _, tc := range tests {
		t.Run(tc.dir, func(t *testing.T) {
			b := sample(t, "real/"+tc.dir+"/plan.json")
			var head struct {
				FormatVersion    string `json:"format_version"`
				TerraformVersion string `json:"terraform_version"`
			}
			if err := json.Unmarshal(b, &head); err != nil || head.TerraformVersion == "" {
				t.Fatalf("not a plan written by terraform: %v", err)
			}
			got, err := tfplan.Read(b)
			if err != nil {
				t.Fatalf("Read: %v (%s)", err, tc.reason)
			}
			checkResult(t, got, tc.want, tc.reason)
		})
	}
}

// withFormat returns the plan document doc with its format_version and
// terraform_version replaced.
func withFormat(t *testing.T, doc []byte, format, version string) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(doc, &m); err != nil {
		t.Fatal(err)
	}
	m["format_version"], m["terraform_version"] = format, version
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestProviderInheritance checks how a module resource finds its provider
// configuration in each plan format: the key Terraform 1.x resolves to the
// configuration it names, the "<call>:<provider>" key of formats 0.1 and
// 0.2 with no entry of its own, a proxy or requirement entry with no
// expressions, nested modules, and the calls the plan cannot resolve.
func TestProviderInheritance(t *testing.T) {
	root := awsProvider("", "", constant("eu-central-1"))
	us := awsProvider("us", "", constant("us-east-1"))
	bucket := func(module, key, provider string) rsrc {
		return rsrc{addr: module + ".aws_s3_bucket.b", module: module, pkey: key, provider: provider,
			values: map[string]any{"bucket": "b"}, unknown: map[string]any{"region": true}}
	}
	tests := []struct {
		name, reason, format string
		providers            map[string]any
		r                    rsrc
		region, unlocated    string
	}{
		{name: "0.1 inherited", format: "0.1", reason: "Terraform 0.12 to 0.15: key m:aws has no entry; the root's default serves",
			providers: map[string]any{"aws": root}, r: bucket("module.m", "m:aws", "aws"), region: "aws:eu-central-1"},
		{name: "0.2 nested inherited", format: "0.2", reason: "the key names only the innermost call (b:aws for module.a.module.b)",
			providers: map[string]any{"aws": root}, r: bucket("module.a.module.b", "b:aws", awsSource), region: "aws:eu-central-1"},
		{name: "0.1 nested, the calling module configures", format: "0.1",
			reason:    "module.a's own configuration serves module.a.module.b, not the root's",
			providers: map[string]any{"aws": root, "module.a:aws": awsProvider("", "module.a", constant("ap-south-1"))},
			r:         bucket("module.a.module.b", "b:aws", awsSource), region: "aws:ap-south-1"},
		{name: "0.1 module path without module. steps", format: "0.1", reason: "a module_address written a.b is read as module.a.module.b",
			providers: map[string]any{"aws": root, "a.b:aws": awsProvider("", "a.b", constant("sa-east-1"))},
			r:         bucket("module.a.module.b", "b:aws", "aws"), region: "aws:sa-east-1"},
		{name: "1.x requirement entry", format: "1.0", reason: "an entry with no expressions in a module is a requirement or proxy: the root's serves",
			providers: map[string]any{"aws": root, "module.m:aws": awsProvider("", "module.m", nil)},
			r:         bucket("module.m", "module.m:aws", awsSource), region: "aws:eu-central-1"},
		{name: "proxy alias with one configuration above", format: "0.1", reason: "the alias can only have been passed the root's one configuration",
			providers: map[string]any{"aws": root, "m:aws.dst": awsProvider("dst", "module.m", nil)},
			r:         bucket("module.m", "m:aws.dst", "aws.dst"), region: "aws:eu-central-1"},
		{name: "1.x key resolved to a root alias", format: "1.2", reason: "Terraform 1.x names the configuration passed in",
			providers: map[string]any{"aws": root, "aws.us": us}, r: bucket("module.m", "aws.us", awsSource), region: "aws:us-east-1"},
		{name: "0.1 short aliased provider name", format: "0.1", reason: "Terraform 0.12 writes provider_name aws.us for an aliased configuration",
			providers: map[string]any{"aws": root, "aws.us": us}, r: rsrc{addr: "aws_s3_bucket.b", pkey: "aws.us", provider: "aws.us",
				values: map[string]any{"bucket": "b"}}, region: "aws:us-east-1"},
		{name: "OpenTofu", format: "1.2", reason: "registry.opentofu.org/hashicorp/aws is the AWS provider",
			providers: map[string]any{"aws": map[string]any{"name": "aws", "full_name": "registry.opentofu.org/hashicorp/aws",
				"expressions": map[string]any{"region": constant("eu-west-3")}}},
			r: bucket("module.m", "aws", "registry.opentofu.org/hashicorp/aws"), region: "aws:eu-west-3"},
		{name: "0.1 ambiguous", format: "0.1", reason: "the root has aws and aws.us, and the plan does not record which the call passes",
			providers: map[string]any{"aws": root, "aws.us": us}, r: bucket("module.m", "m:aws", "aws"),
			unlocated: "module.m takes its provider configuration aws from the root module, which has several configurations of the provider (aws, aws.us): the plan does not record which one the module call passes"},
		{name: "0.1 no provider block", format: "0.1", reason: "no configuration anywhere: the region comes from the environment",
			providers: map[string]any{}, r: bucket("module.m", "m:aws", "aws"), unlocated: noRootProvider},
		{name: "1.x module's own block without a region", format: "1.2", reason: "a module's real block (it has expressions) that sets no region is not inherited",
			providers: map[string]any{"aws": root, "module.m:aws": map[string]any{"name": "aws", "full_name": awsSource, "module_address": "module.m",
				"expressions": map[string]any{"profile": constant("audit")}}},
			r:         bucket("module.m", "module.m:aws", awsSource),
			unlocated: "provider configuration module.m:aws sets no region; it then comes from the environment or shared configuration files, which a plan does not record"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tfplan.Read(withFormat(t, planDoc(t, tc.providers, nil, tc.r), tc.format, "0.12.31"))
			if err != nil {
				t.Fatal(err)
			}
			var regions, reasons []string
			for _, s := range got.Topology.Stores {
				regions = append(regions, s.Region)
			}
			for _, u := range got.Unlocated {
				reasons = append(reasons, u.Reason)
			}
			var wantR, wantU []string
			if tc.region != "" {
				wantR = []string{tc.region}
			}
			if tc.unlocated != "" {
				wantU = []string{tc.unlocated}
			}
			if d := cmp.Diff(wantR, regions, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("regions (-want +got):\n%s\nwhy: %s", d, tc.reason)
			}
			if d := cmp.Diff(wantU, reasons, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("unlocated (-want +got):\n%s\nwhy: %s", d, tc.reason)
			}
		})
	}
}

// TestFormatVersions checks which format versions Read accepts.
func TestFormatVersions(t *testing.T) {
	for _, tc := range []struct {
		version string
		ok      bool
	}{{"0.1", true}, {"0.2", true}, {"1.0", true}, {"1.2", true}, {"1.17", true},
		{"0.0", false}, {"0.3", false}, {"0.10", false}, {"2.0", false}, {"10.1", false}} {
		_, err := tfplan.Read([]byte(`{"format_version":"` + tc.version + `","planned_values":{}}`))
		if (err == nil) != tc.ok {
			t.Errorf("format_version %s: error %v, want accepted=%v", tc.version, err, tc.ok)
		}
		if err != nil && (!errors.Is(err, tfplan.ErrFormat) || !strings.Contains(err.Error(), "is not supported")) {
			t.Errorf("format_version %s: %v, want ErrFormat saying it is not supported", tc.version, err)
		}
	}
}
