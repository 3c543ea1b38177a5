package tfplan_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// factsPlan has four buckets: two in the root module (one tagged the way a
// team already tags, data_classification and owner_dataset), two in a
// module instance, and a bucket replicated to one of them.
const factsPlan = `{"format_version":"1.2","planned_values":{"root_module":{"resources":[
 {"address":"aws_s3_bucket.crm","mode":"managed","type":"aws_s3_bucket","name":"crm","provider_name":"registry.terraform.io/hashicorp/aws",
  "values":{"bucket":"crm","region":"eu-west-1","tags":{"data_classification":"pii","owner_dataset":"crm"}}},
 {"address":"aws_s3_bucket.logs_1","mode":"managed","type":"aws_s3_bucket","name":"logs_1","provider_name":"registry.terraform.io/hashicorp/aws",
  "values":{"bucket":"l1","region":"eu-west-1","tags":{"team":"ops"}}}],
 "child_modules":[{"address":"module.shop[\"eu\"]","resources":[
 {"address":"module.shop[\"eu\"].aws_s3_bucket.orders","mode":"managed","type":"aws_s3_bucket","name":"orders","provider_name":"registry.terraform.io/hashicorp/aws",
  "values":{"bucket":"o","region":"eu-central-1"}},
 {"address":"module.shop[\"eu\"].aws_s3_bucket.orders_dr","mode":"managed","type":"aws_s3_bucket","name":"orders_dr","provider_name":"registry.terraform.io/hashicorp/aws",
  "values":{"bucket":"odr","region":"us-east-1"}},
 {"address":"module.shop[\"eu\"].aws_s3_bucket_replication_configuration.r","mode":"managed","type":"aws_s3_bucket_replication_configuration","name":"r","provider_name":"registry.terraform.io/hashicorp/aws",
  "values":{"bucket":"o","rule":[{"status":"Enabled","destination":[{"bucket":"arn:aws:s3:::odr"}]}]}}]}]}}}`

func readWithFacts(t *testing.T, facts string) (*tfplan.Result, error) {
	t.Helper()
	f, err := tfplan.DecodeFacts([]byte(facts))
	if err != nil {
		t.Fatalf("DecodeFacts: %v", err)
	}
	return tfplan.Read([]byte(factsPlan), tfplan.WithFacts(f))
}

// heldBy maps each store to its datasets, joined by ",".
func heldBy(res *tfplan.Result) map[string]string {
	out := map[string]string{}
	for _, s := range res.Topology.Stores {
		out[s.ID] = strings.Join(s.Datasets, ",")
	}
	return out
}

func TestFactsSelectors(t *testing.T) {
	t.Parallel()
	base := `"datasets": [{"id": "d", "classes": ["personal"]}], "holds": [{"stores": %s, "datasets": ["d"]}]`
	tests := []struct {
		name, selector string
		want           map[string]string
	}{
		{"address", `{"address": "aws_s3_bucket.logs_1"}`, map[string]string{"aws_s3_bucket.logs_1": "d"}},
		{"module, and the replica it feeds", `{"module": "module.shop"}`,
			map[string]string{`module.shop["eu"].aws_s3_bucket.orders`: "d", `module.shop["eu"].aws_s3_bucket.orders_dr`: "d"}},
		{"glob, brackets and quotes literal", `{"glob": "module.shop[\"eu\"].*_dr"}`,
			map[string]string{`module.shop["eu"].aws_s3_bucket.orders_dr`: "d"}},
		{"tag with a value", `{"tag": "team=ops"}`, map[string]string{"aws_s3_bucket.logs_1": "d"}},
		{"tag, any value", `{"tag": "data_classification"}`, map[string]string{"aws_s3_bucket.crm": "d"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := readWithFacts(t, "{"+fmt.Sprintf(base, tt.selector)+"}")
			if err != nil {
				t.Fatal(err)
			}
			got := heldBy(res)
			for id, ds := range got {
				if ds == "" {
					delete(got, id)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("datasets by store (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFactsTagKeys: a team's own tags (owner_dataset, and
// data_classification with its own values) declare the data, with the
// facts saying what the values mean; the facts complete the dataset the
// tags name.
func TestFactsTagKeys(t *testing.T) {
	t.Parallel()
	res, err := readWithFacts(t, `{
  "tags": {"dataset": "owner_dataset", "classes": "data_classification",
           "class_values": [{"value": "PII", "classes": ["personal", "personal-identifiers"]}, {"value": "public", "classes": []}]},
  "datasets": [{"id": "crm", "subjects": [{"jurisdiction": "FR", "count": 900}], "controller": "acme"}],
  "entities": [{"id": "acme", "jurisdiction": "FR"}]
}`)
	if err != nil {
		t.Fatal(err)
	}
	if got := heldBy(res)["aws_s3_bucket.crm"]; got != "crm" {
		t.Fatalf("aws_s3_bucket.crm holds %q, want crm", got)
	}
	want := residency.Dataset{ID: "crm", Controller: "acme",
		Classes:  []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.PersonalIdentifiers},
		Subjects: []residency.Subjects{{Jurisdiction: code("FR"), Count: 900}}}
	i := slices.IndexFunc(res.Topology.Datasets, func(d residency.Dataset) bool { return d.ID == "crm" })
	if i < 0 {
		t.Fatal("no dataset crm")
	}
	if diff := cmp.Diff(want, res.Topology.Datasets[i]); diff != "" {
		t.Errorf("dataset crm (-want +got):\n%s", diff)
	}
	if !slices.ContainsFunc(res.Topology.Entities, func(e residency.Entity) bool { return e.ID == "acme" }) {
		t.Error("the facts' entity is not in the topology")
	}
}

// TestFactsFlows: mechanisms go onto the plan's flows the selectors pick;
// admin access, which a plan cannot show, is added to each store picked.
func TestFactsFlows(t *testing.T) {
	t.Parallel()
	res, err := readWithFacts(t, `{
  "datasets": [{"id": "orders", "classes": ["personal"], "subjects": [{"jurisdiction": "DE", "count": 10}], "controller": "shop"}],
  "entities": [{"id": "shop", "jurisdiction": "DE"}, {"id": "support", "jurisdiction": "IN"}],
  "holds": [{"stores": {"glob": "module.shop*.orders"}, "datasets": ["orders"]}],
  "flows": [
    {"from": {"module": "module.shop"}, "to": {"glob": "*_dr"}, "mechanisms": ["eu-scc-2021"]},
    {"id": "support", "kind": "admin-access", "to": {"module": "module.shop"}, "accessor": "support", "accessor_location": "IN", "mechanisms": ["eu-scc-2021"]}
  ]
}`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Topology.Flows {
		got = append(got, fmt.Sprintf("%s %s %v", f.ID, f.Kind, f.Mechanisms))
	}
	want := []string{
		`module.shop["eu"].aws_s3_bucket.orders -> module.shop["eu"].aws_s3_bucket.orders_dr replication [eu-scc-2021]`,
		`support@module.shop["eu"].aws_s3_bucket.orders admin-access [eu-scc-2021]`,
		`support@module.shop["eu"].aws_s3_bucket.orders_dr admin-access [eu-scc-2021]`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("flows (-want +got):\n%s", diff)
	}
	rep, err := residency.Assess(res.Topology, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Violations) != 0 {
		t.Errorf("violations with SCCs on every flow: %v", rep.Violations)
	}
	// crm's tags are a team's own, and these facts do not name their keys.
	if !slices.Equal(rep.Undeclared, []string{"aws_s3_bucket.crm", "aws_s3_bucket.logs_1"}) {
		t.Errorf("undeclared = %v, want the two root buckets", rep.Undeclared)
	}
}

// TestFactsErrors: problems are each located in the facts document.
func TestFactsErrors(t *testing.T) {
	t.Parallel()
	decode := []struct {
		name, doc string
		want      []string // in the error, in order
	}{
		{"not an object", `[]`, []string{"does not fit the facts format"}},
		{"unknown field", `{"holds": [{"stores": {"adress": "x"}, "datasets": ["d"]}]}`, []string{`1:24: /holds/0/stores/adress`}},
		{"missing datasets", `{"holds": [{"stores": {"address": "x"}}]}`, []string{`/holds/0`, "datasets"}},
		{"two selectors", `{"holds": [{"stores": {"address": "x", "glob": "y"}, "datasets": ["d"]}]}`, []string{"1:23: /holds/0/stores", "not 2"}},
		{"empty selector", `{"flows": [{"from": {}, "to": {"address": "x"}}]}`, []string{"/flows/0/from", "needs one of"}},
		{"admin access without accessor", `{"flows": [{"kind": "admin-access", "to": {"address": "x"}}]}`,
			[]string{"/flows/0/accessor", "needs its accessor", "/flows/0/accessor_location"}},
		{"controller unknown", `{"datasets": [{"id": "d", "controller": "nobody"}]}`, []string{"/datasets/0/controller"}},
		{"bad class", `{"datasets": [{"id": "d", "classes": ["secret"]}]}`, []string{"/datasets/0/classes/0", "secret"}},
		{"catalog operator ID", `{"entities": [{"id": "catalog:aws-inc", "jurisdiction": "US"}]}`, []string{"1:22: /entities/0/id", "the catalog's operators"}},
	}
	for _, tt := range decode {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, err := tfplan.DecodeFacts([]byte(tt.doc))
			if f != nil || err == nil {
				t.Fatalf("DecodeFacts(%s) = %v, %v; want an error", tt.doc, f, err)
			}
			if !errors.Is(err, residency.ErrSchema) && !errors.Is(err, residency.ErrMissing) && !errors.Is(err, residency.ErrInvalid) &&
				!errors.Is(err, residency.ErrDangling) {
				t.Errorf("error %v wraps none of the residency errors", err)
			}
			checkOrder(t, err.Error(), tt.want)
		})
	}
	apply := []struct {
		name, doc string
		want      []string
	}{
		{"selector picks nothing", `{"datasets": [{"id": "d"}], "holds": [{"stores": {"tag": "team=nobody"}, "datasets": ["d"]}]}`,
			[]string{"1:50: /holds/0/stores", "tag team=nobody picks no store", "1:15: /datasets/0", `dataset "d" is held by no store`}},
		{"dataset undeclared", `{"holds": [{"stores": {"address": "aws_s3_bucket.logs_1"}, "datasets": ["ghost"]}]}`,
			[]string{"/holds/0/datasets/0", `no dataset "ghost"`}},
		{"no such flow", `{"flows": [{"from": {"address": "aws_s3_bucket.crm"}, "to": {"address": "aws_s3_bucket.logs_1"}}]}`,
			[]string{"/flows/0", "the plan has no flow"}},
	}
	for _, tt := range apply {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, err := tfplan.DecodeFacts([]byte(tt.doc))
			if err != nil {
				t.Fatalf("DecodeFacts: %v", err)
			}
			_, err = tfplan.Read([]byte(factsPlan), tfplan.WithFacts(f))
			var fe *tfplan.FactsError
			if !errors.As(err, &fe) {
				t.Fatalf("Read error %v is no FactsError", err)
			}
			checkOrder(t, fe.Error(), tt.want)
		})
	}
}

// checkOrder fails unless each of want occurs in s after the previous one.
func checkOrder(t *testing.T, s string, want []string) {
	t.Helper()
	rest := s
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Errorf("%q not found (in order) in:\n%s", w, s)
			return
		}
		rest = rest[i+len(w):]
	}
}

func TestGlob(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		pattern, s string
		want       bool
	}{
		{"*", "", true},
		{"a*", "abc", true},
		{"*c", "abc", true},
		{"a?c", "abc", true},
		{"a*b*c", "aXbYc", true},
		{"a*b*c", "aXbY", false},
		{`m["eu"].*`, `m["eu"].x`, true},
		{`[ab]`, "a", false}, // brackets are literal
		{strings.Repeat("*a", 30) + "b", strings.Repeat("a", 200), false},
	} {
		if got := tfplan.Glob(tt.pattern, tt.s); got != tt.want {
			t.Errorf("glob(%q, %q) = %v, want %v", tt.pattern, tt.s, got, tt.want)
		}
	}
}

// FuzzDecodeFacts: DecodeFacts never panics, returns facts or an error,
// never both, and facts it accepts apply to a plan without panicking.
func FuzzDecodeFacts(f *testing.F) {
	for _, doc := range []string{
		``, `{}`, `[]`, `null`, `{"holds": []}`,
		`{"datasets": [{"id": "d", "classes": ["personal"], "subjects": [{"jurisdiction": "DE", "count": 1}]}], "holds": [{"stores": {"glob": "*"}, "datasets": ["d"]}]}`,
		`{"flows": [{"kind": "admin-access", "to": {"module": "module.shop"}, "accessor": "a", "accessor_location": "IN"}], "entities": [{"id": "a", "jurisdiction": "IN"}]}`,
		`{"tags": {"classes": "c", "class_values": [{"value": "x", "classes": ["health"]}]}}`,
		`{"holds": [{"stores": {"tag": "k=v", "address": "a"}, "datasets": []}]}`,
	} {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		facts, err := tfplan.DecodeFacts(data)
		if (facts == nil) == (err == nil) {
			t.Fatalf("facts %v and error %v", facts, err)
		}
		if facts == nil {
			return
		}
		res, _ := tfplan.Read([]byte(factsPlan), tfplan.WithFacts(facts))
		if res == nil {
			t.Fatal("no result for a valid plan")
		}
	})
}
