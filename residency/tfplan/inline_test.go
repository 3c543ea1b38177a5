package tfplan_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// A rsrc is one resource instance of a plan built by a test.
type rsrc struct {
	addr     string // absolute instance address
	module   string // module instance address, "" in the root
	typ      string
	pkey     string // provider_config_key; "" for no configuration
	provider string // provider source address; aws by default
	values   map[string]any
	unknown  map[string]any
	exprs    map[string]any
	mode     string
}

const awsSource = "registry.terraform.io/hashicorp/aws"

// instanceKeys matches the instance keys of a module address (keys
// holding "]" are not used in these tests).
var instanceKeys = regexp.MustCompile(`\[[^\]]*\]`)

// planDoc builds a plan document in the documented JSON format.
func planDoc(t testing.TB, providers map[string]any, variables map[string]any, rs ...rsrc) []byte {
	t.Helper()
	modules := map[string][]any{}
	var order []string
	var changes []any
	type cfgMod struct {
		resources []any
		calls     map[string]*cfgMod
	}
	root := &cfgMod{calls: map[string]*cfgMod{}}
	for _, r := range rs {
		mode := r.mode
		if mode == "" {
			mode = "managed"
		}
		prov := r.provider
		if prov == "" {
			prov = awsSource
		}
		_, local, _ := strings.Cut(strings.TrimPrefix(r.addr, r.module+"."), "")
		local = strings.TrimPrefix(local, "data.")
		typ, name, _ := strings.Cut(local, ".")
		if r.typ != "" {
			typ = r.typ
		}
		if i := strings.IndexByte(name, '['); i >= 0 {
			name = name[:i]
		}
		if _, ok := modules[r.module]; !ok {
			order = append(order, r.module)
		}
		values := r.values
		if values == nil {
			values = map[string]any{}
		}
		modules[r.module] = append(modules[r.module], map[string]any{
			"address": r.addr, "mode": mode, "type": typ, "name": name,
			"provider_name": prov, "schema_version": 0, "values": values, "sensitive_values": map[string]any{},
		})
		changes = append(changes, map[string]any{
			"address": r.addr, "mode": mode, "type": typ, "name": name, "provider_name": prov,
			"change": map[string]any{"actions": []string{"create"}, "before": nil, "after": values, "after_unknown": r.unknown},
		})
		if r.pkey == "" {
			continue
		}
		m := root
		for _, step := range strings.Split(instanceKeys.ReplaceAllString(r.module, ""), ".") {
			if step == "" || step == "module" {
				continue
			}
			if m.calls[step] == nil {
				m.calls[step] = &cfgMod{calls: map[string]*cfgMod{}}
			}
			m = m.calls[step]
		}
		exprs := r.exprs
		if exprs == nil {
			exprs = map[string]any{}
		}
		m.resources = append(m.resources, map[string]any{
			"address": typ + "." + name, "mode": mode, "type": typ, "name": name,
			"provider_config_key": r.pkey, "expressions": exprs,
		})
	}
	var conf func(m *cfgMod) map[string]any
	conf = func(m *cfgMod) map[string]any {
		out := map[string]any{"resources": m.resources}
		calls := map[string]any{}
		for n, c := range m.calls {
			calls[n] = map[string]any{"source": "./" + n, "module": conf(c)}
		}
		if len(calls) > 0 {
			out["module_calls"] = calls
		}
		return out
	}
	rootVals := map[string]any{}
	var children []any
	for _, m := range order {
		if m == "" {
			rootVals["resources"] = modules[m]
		} else {
			children = append(children, map[string]any{"address": m, "resources": modules[m]})
		}
	}
	if children != nil {
		rootVals["child_modules"] = children
	}
	doc := map[string]any{
		"format_version": "1.2", "terraform_version": "1.9.5",
		"planned_values":   map[string]any{"root_module": rootVals},
		"resource_changes": changes,
		"configuration":    map[string]any{"provider_config": providers, "root_module": conf(root)},
	}
	if variables != nil {
		vs := map[string]any{}
		for k, v := range variables {
			vs[k] = map[string]any{"value": v}
		}
		doc["variables"] = vs
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func awsProvider(alias, module string, region any) map[string]any {
	p := map[string]any{"name": "aws", "full_name": awsSource, "expressions": map[string]any{}}
	if alias != "" {
		p["alias"] = alias
	}
	if module != "" {
		p["module_address"] = module
	}
	if region != nil {
		p["expressions"] = map[string]any{"region": region}
	}
	return p
}

func constant(v any) map[string]any     { return map[string]any{"constant_value": v} }
func refsTo(r ...string) map[string]any { return map[string]any{"references": r} }

// TestRegionResolution checks where each resource's region comes from:
// aliases through provider_config_key, providers passed into or declared
// in modules, root variables, provider-6 region attributes, and the cases
// that must be Unlocated.
func TestRegionResolution(t *testing.T) {
	providers := map[string]any{
		"aws":             awsProvider("", "", constant("eu-west-1")),
		"aws.eu":          awsProvider("eu", "", constant("eu-central-1")),
		"aws.cn":          awsProvider("cn", "", constant("cn-northwest-1")),
		"aws.var":         awsProvider("var", "", refsTo("var.region")),
		"aws.num":         awsProvider("num", "", refsTo("var.count")),
		"module.m:aws":    awsProvider("", "module.m", constant("ap-northeast-1")),
		"module.n:aws.x":  awsProvider("x", "module.n", refsTo("var.region")),
		"module.n:aws.xy": awsProvider("xy", "module.n", refsTo("local.r")),
	}
	vars := map[string]any{"region": "eu-north-1", "count": 3}
	bucket := func(addr, module, pkey string) rsrc {
		return rsrc{addr: addr, module: module, pkey: pkey, values: map[string]any{"bucket": "b"}, unknown: map[string]any{"region": true}}
	}
	tests := []struct {
		name, reason string
		r            rsrc
		region       string // the store's region, or "" for Unlocated
		unlocated    string // the Unlocated reason
	}{
		{name: "default provider", reason: "provider_config_key aws names the default configuration",
			r: bucket("aws_s3_bucket.b", "", "aws"), region: "aws:eu-west-1"},
		{name: "alias", reason: "provider_config_key aws.eu names the aliased configuration, not the default",
			r: bucket("aws_s3_bucket.b", "", "aws.eu"), region: "aws:eu-central-1"},
		{name: "alias passed into a module", reason: "a module resource's key points to the root configuration passed in",
			r: bucket("module.m.aws_s3_bucket.b", "module.m", "aws.eu"), region: "aws:eu-central-1"},
		{name: "alias passed into a counted module instance", reason: "instance keys are stripped to find the resource's configuration",
			r: bucket(`module.m["a.b"].aws_s3_bucket.b[0]`, `module.m["a.b"]`, "aws.eu"), region: "aws:eu-central-1"},
		{name: "provider declared in a module", reason: "the key names the module's own configuration",
			r: bucket("module.m.aws_s3_bucket.b", "module.m", "module.m:aws"), region: "aws:ap-northeast-1"},
		{name: "China partition alias", reason: "aws-cn regions keep the aws: prefix",
			r: bucket("aws_s3_bucket.b", "", "aws.cn"), region: "aws:cn-northwest-1"},
		{name: "root variable", reason: "a root provider's var.region is read from the plan's variables",
			r: bucket("aws_s3_bucket.b", "", "aws.var"), region: "aws:eu-north-1"},
		{name: "no configuration", reason: "without a configuration entry, the module's one default configuration serves",
			r: bucket("aws_s3_bucket.b", "", ""), region: "aws:eu-west-1"},
		{name: "provider-6 region attribute", reason: "the resource's own region wins over the provider's",
			r: rsrc{addr: "aws_db_instance.d", pkey: "aws", values: map[string]any{"region": "us-west-2"}}, region: "aws:us-west-2"},
		{name: "existing bucket's bucket_region", reason: "a known computed bucket_region places an existing bucket",
			r: rsrc{addr: "aws_s3_bucket.b", pkey: "aws", values: map[string]any{"bucket_region": "sa-east-1"}}, region: "aws:sa-east-1"},
		{name: "computed region unknown", reason: "a region the configuration does not set defaults to the provider's",
			r: rsrc{addr: "aws_db_instance.d", pkey: "aws.eu", unknown: map[string]any{"region": true}}, region: "aws:eu-central-1"},
		{name: "configured region unknown", reason: "a region set by an expression and unknown is never replaced by the provider's",
			r: rsrc{addr: "aws_db_instance.d", pkey: "aws", unknown: map[string]any{"region": true},
				exprs: map[string]any{"region": refsTo("aws_s3_bucket.x.region")}},
			unlocated: "region is known only after apply"},
		{name: "key not in provider_config", reason: "a dangling provider_config_key places nothing",
			r: bucket("aws_s3_bucket.b", "", "aws.gone"), unlocated: `provider configuration "aws.gone" is not in the plan`},
		{name: "variable not a string", reason: "var.count has a number value",
			r: bucket("aws_s3_bucket.b", "", "aws.num"), unlocated: "provider configuration aws.num takes its region from var.count, which has no string value in the plan"},
		{name: "module variable", reason: "a module's variables are not in the plan",
			r:         bucket("module.n.aws_s3_bucket.b", "module.n", "module.n:aws.x"),
			unlocated: "provider configuration module.n:aws.x in module.n takes its region from var.region, which the plan does not resolve"},
		{name: "local", reason: "locals are not in the plan",
			r:         bucket("module.n.aws_s3_bucket.b", "module.n", "module.n:aws.xy"),
			unlocated: "provider configuration module.n:aws.xy in module.n takes its region from local.r, which the plan does not resolve"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tfplan.Read(planDoc(t, providers, vars, tc.r))
			if err != nil {
				t.Fatal(err)
			}
			var regions []string
			for _, s := range got.Topology.Stores {
				regions = append(regions, s.Region)
			}
			var reasons []string
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

// TestDeletedResource checks that a resource the plan deletes, which is
// only in resource_changes, is no store.
func TestDeletedResource(t *testing.T) {
	doc := `{"format_version":"1.2","planned_values":{"root_module":{}},
	  "resource_changes":[{"address":"aws_s3_bucket.old","mode":"managed","type":"aws_s3_bucket","name":"old",
	    "provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":["delete"],"before":{"bucket":"old"},"after":null}}],
	  "configuration":{"provider_config":{"aws":{"name":"aws","expressions":{"region":{"constant_value":"eu-west-1"}}}}}}`
	got, err := tfplan.Read([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Topology.Stores) != 0 || len(got.Unlocated) != 0 || len(got.Unsupported) != 0 {
		t.Errorf("a deleted bucket shows up: %+v", got)
	}
}

func TestTags(t *testing.T) {
	prov := map[string]any{"aws": awsProvider("", "", constant("eu-west-1"))}
	tagged := func(addr string, tags map[string]any) rsrc {
		return rsrc{addr: addr, pkey: "aws", values: map[string]any{"tags": tags, "tags_all": tags}}
	}
	de := jurisdiction.MustParseCode("DE")
	tests := []struct {
		name, reason string
		opts         []tfplan.Option
		rs           []rsrc
		datasets     []residency.Dataset
		stores       map[string][]string // store ID: datasets
		errs         []string            // substrings of the errors, in order
	}{{
		name: "label form", reason: "Google labels allow only [a-z0-9_-]: lists split on underscores, counts follow a final hyphen",
		rs: []rsrc{tagged("aws_s3_bucket.a", map[string]any{tfplan.TagDataset: "x", tfplan.TagClasses: "personal_health",
			tfplan.TagSubjects: "de-10_ca-bc-5_us"})},
		datasets: []residency.Dataset{{ID: "x", Classes: []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.HealthData},
			Subjects: []residency.Subjects{{Jurisdiction: jurisdiction.MustParseCode("CA-BC"), Count: 5}, {Jurisdiction: de, Count: 10},
				{Jurisdiction: jurisdiction.MustParseCode("US")}}}},
		stores: map[string][]string{"aws_s3_bucket.a": {"x"}},
	}, {
		name: "default tags", reason: "tags_all carries the provider's default_tags when the resource has none",
		rs:       []rsrc{{addr: "aws_s3_bucket.a", pkey: "aws", values: map[string]any{"tags_all": map[string]any{tfplan.TagDataset: "org"}}}},
		datasets: []residency.Dataset{{ID: "org"}},
		stores:   map[string][]string{"aws_s3_bucket.a": {"org"}},
	}, {
		name: "classes without dataset", reason: "the dataset is named after the resource",
		rs:       []rsrc{tagged("aws_s3_bucket.a", map[string]any{tfplan.TagClasses: "financial"})},
		datasets: []residency.Dataset{{ID: "aws_s3_bucket.a", Classes: []jurisdiction.DataClass{jurisdiction.FinancialData}}},
		stores:   map[string][]string{"aws_s3_bucket.a": {"aws_s3_bucket.a"}},
	}, {
		name: "bad values", reason: "an unknown class, an unassigned code, a negative count and a repeated code are errors; the rest is read",
		rs: []rsrc{tagged("aws_s3_bucket.a", map[string]any{tfplan.TagDataset: "x", tfplan.TagClasses: "personal,secret",
			tfplan.TagSubjects: "DE=5,XX=1,FR=-3,DE=6"})},
		datasets: []residency.Dataset{{ID: "x", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: de, Count: 5}}}},
		stores: map[string][]string{"aws_s3_bucket.a": {"x"}},
		errs: []string{`aws_s3_bucket.a: bad dataresidency tag: dataresidency_classes: jurisdiction: unknown data class "secret"`,
			`aws_s3_bucket.a: bad dataresidency tag: dataresidency_subjects: jurisdiction: unknown code: "XX"`,
			`aws_s3_bucket.a: bad dataresidency tag: dataresidency_subjects: count "-3" for FR`,
			`aws_s3_bucket.a: bad dataresidency tag: dataresidency_subjects: DE is given twice`},
	}, {
		name: "shared dataset", reason: "resources naming one dataset merge classes; different counts for one jurisdiction are an error, the larger kept",
		rs: []rsrc{
			tagged("aws_s3_bucket.a", map[string]any{tfplan.TagDataset: "x", tfplan.TagClasses: "personal", tfplan.TagSubjects: "DE=10"}),
			tagged("aws_s3_bucket.b", map[string]any{tfplan.TagDataset: "x", tfplan.TagClasses: "health", tfplan.TagSubjects: "DE=20"}),
		},
		datasets: []residency.Dataset{{ID: "x", Classes: []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.HealthData},
			Subjects: []residency.Subjects{{Jurisdiction: de, Count: 20}}}},
		stores: map[string][]string{"aws_s3_bucket.a": {"x"}, "aws_s3_bucket.b": {"x"}},
		errs:   []string{`aws_s3_bucket.b: bad dataresidency tag: dataresidency_subjects: dataset "x" has 20 subjects in DE here and 10 in aws_s3_bucket.a; 20 is kept`},
	}, {
		name: "default dataset", reason: "WithDataset fills untagged stores and merges with a tag naming it; its controller comes with WithEntities",
		opts: []tfplan.Option{
			tfplan.WithDataset(residency.Dataset{ID: "d", Classes: []jurisdiction.DataClass{jurisdiction.Personal}, Controller: "acme",
				Subjects: []residency.Subjects{{Jurisdiction: de, Count: 7}}}),
			tfplan.WithEntities(residency.Entity{ID: "acme", Jurisdiction: de}),
		},
		rs: []rsrc{
			tagged("aws_s3_bucket.a", map[string]any{tfplan.TagDataset: "d", tfplan.TagClasses: "health"}),
			{addr: "aws_s3_bucket.b", pkey: "aws"},
		},
		datasets: []residency.Dataset{{ID: "d", Classes: []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.HealthData}, Controller: "acme",
			Subjects: []residency.Subjects{{Jurisdiction: de, Count: 7}}}},
		stores: map[string][]string{"aws_s3_bucket.a": {"d"}, "aws_s3_bucket.b": {"d"}},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tfplan.Read(planDoc(t, prov, nil, tc.rs...), tc.opts...)
			var msgs []string
			if err != nil {
				for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
					var re *tfplan.ResourceError
					if !errors.As(e, &re) || !errors.Is(e, tfplan.ErrTag) {
						t.Errorf("error %v is not a ResourceError wrapping ErrTag", e)
					}
					msgs = append(msgs, e.Error())
				}
			}
			if len(msgs) != len(tc.errs) {
				t.Errorf("errors %q, want %d (%s)", msgs, len(tc.errs), tc.reason)
			}
			for i := range min(len(msgs), len(tc.errs)) {
				if !strings.Contains(msgs[i], tc.errs[i]) {
					t.Errorf("error %d = %q, want it to contain %q (%s)", i, msgs[i], tc.errs[i], tc.reason)
				}
			}
			if got == nil {
				t.Fatal("no result")
			}
			if d := cmp.Diff(tc.datasets, got.Topology.Datasets, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("datasets (-want +got):\n%s\nwhy: %s", d, tc.reason)
			}
			stores := map[string][]string{}
			for _, s := range got.Topology.Stores {
				stores[s.ID] = s.Datasets
			}
			if d := cmp.Diff(tc.stores, stores); d != "" {
				t.Errorf("store datasets (-want +got):\n%s\nwhy: %s", d, tc.reason)
			}
			if _, err := residency.Assess(got.Topology, asOf); err != nil {
				t.Errorf("the topology does not assess: %v", err)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, reason string
		doc          string
		limit        int
		want         error
	}{
		{"empty", "no JSON at all", ``, 0, tfplan.ErrFormat},
		{"not JSON", "text", `plan: 3 to add`, 0, tfplan.ErrFormat},
		{"array", "a plan is an object", `[]`, 0, tfplan.ErrFormat},
		{"no version", "format_version is required", `{"planned_values":{}}`, 0, tfplan.ErrFormat},
		{"version 2", "a new major version is rejected", `{"format_version":"2.0","planned_values":{}}`, 0, tfplan.ErrFormat},
		{"state", "terraform show -json of a state has values, not planned_values", `{"format_version":"1.0","values":{"root_module":{}}}`, 0, tfplan.ErrFormat},
		{"trailing data", "one document only", `{"format_version":"1.0","planned_values":{}} {}`, 0, tfplan.ErrFormat},
		{"wrong type", "resources must be a list", `{"format_version":"1.0","planned_values":{"root_module":{"resources":"x"}}}`, 0, tfplan.ErrFormat},
		{"too large", "the size limit applies before parsing", `{"format_version":"1.0","planned_values":{}}`, 10, tfplan.ErrTooLarge},
		{"minor version", "any 1.x is read, unknown fields ignored", `{"format_version":"1.9","planned_values":{},"future":{"x":1}}`, 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.limit > 0 {
				defer tfplan.SetMaxPlanBytes(tc.limit)()
			}
			got, err := tfplan.Read([]byte(tc.doc))
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("err = %v, want %v (%s)", err, tc.want, tc.reason)
			}
			if (got == nil) != (tc.want != nil) {
				t.Errorf("result %v with error %v (%s)", got, err, tc.reason)
			}
		})
	}
}

func TestSupportedTypes(t *testing.T) {
	for _, typ := range tfplan.SupportedTypes() {
		p, ok := tfplan.Supported(typ)
		if !ok || !strings.HasPrefix(typ, map[string]string{"aws": "aws_", "azure": "azurerm_", "gcp": "google_", "alicloud": "alicloud_"}[p]) {
			t.Errorf("Supported(%q) = %q, %v", typ, p, ok)
		}
	}
	if _, ok := tfplan.Supported("aws_iam_role"); ok {
		t.Error("aws_iam_role is supported")
	}
}
