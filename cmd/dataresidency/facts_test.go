package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// factsPlan copies the real S3 replication plan of package tfplan's
// testdata (eu-central-1 to us-east-1, no data tags) into a fresh
// directory, with facts beside it under the conventional name if facts
// is not empty, and returns the plan's path.
func factsPlan(t *testing.T, facts string) string {
	t.Helper()
	plan, err := os.ReadFile("../../residency/tfplan/testdata/facts/plan.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "plan.json")
	if err := os.WriteFile(p, plan, 0o644); err != nil {
		t.Fatal(err)
	}
	if facts != "" {
		if err := os.WriteFile(filepath.Join(dir, "dataresidency.json"), []byte(facts), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

const factsOrders = `{
  "datasets": [{"id": "orders", "classes": ["personal"], "subjects": [{"jurisdiction": "DE", "count": 120000}], "controller": "shop"}],
  "entities": [{"id": "shop", "jurisdiction": "DE"}],
  "holds": [{"stores": {"address": "aws_s3_bucket.orders"}, "datasets": ["orders"]}]%s
}`

const sccFlow = `,
  "flows": [{"from": {"address": "aws_s3_bucket.orders"}, "to": {"glob": "aws_s3_bucket.orders_*"}, "mechanisms": ["eu-scc-2021"]}]`

// The CLOUD Act reaches both buckets through Amazon's US parent while GDPR
// Art. 48 keeps the German customers' data from foreign authorities: the
// team accepts the two conflicts with waivers in the facts file.
const conflictWaivers = `,
  "waivers": [
    {"finding": "C:US/EU@store/aws_s3_bucket.orders/operator/catalog:aws-inc", "justification": "accepted: no EU-US agreement lifts Art. 48; data minimised", "approver": "dpo@example.com", "expires": "2027-01-01"},
    {"finding": "C:US/EU@store/aws_s3_bucket.orders_dr/operator/catalog:aws-inc", "justification": "accepted: DR copy", "approver": "dpo@example.com", "expires": "2027-01-01"}
  ]`

// TestFactsBesidePlan: a real plan with S3 replication from eu-central-1
// to us-east-1 and a facts file declaring the EU personal data and the
// SCCs on the flow has no violation (and passes once its conflicts are
// waived); without the SCCs the replication violates GDPR Art. 44; with
// no facts the stores declare no data and the result is incomplete.
func TestFactsBesidePlan(t *testing.T) {
	if readPlan == nil {
		t.Skip("this build cannot read plans")
	}
	args := []string{"assess", "-as-of", "2025-06-01", "-consumer", "DE"}
	run := func(plan string, extra ...string) (int, string, string) {
		return exec(t, append(append(append([]string{}, args...), extra...), plan)...)
	}

	plan := factsPlan(t, strings.Replace(factsOrders, "%s", sccFlow+conflictWaivers, 1))
	code, stdout, stderr := run(plan)
	if code != 0 || !strings.Contains(stdout, "0 violations") || !strings.Contains(stdout, "Facts applied to the plan from "+filepath.Join(filepath.Dir(plan), "dataresidency.json")) {
		t.Errorf("with SCCs and waivers: exit %d\n%s%s", code, stdout, stderr)
	}

	code, stdout, stderr = run(factsPlan(t, strings.Replace(factsOrders, "%s", sccFlow, 1)))
	if code != 1 || !strings.Contains(stdout, "0 violations, 2 conflicts") {
		t.Errorf("with SCCs, conflicts not waived: exit %d\n%s%s", code, stdout, stderr)
	}

	code, stdout, stderr = run(factsPlan(t, strings.Replace(factsOrders, "%s", "", 1)))
	if code != 1 || !strings.Contains(stdout, "V:EU-GDPR-44@dataset/orders/flow/aws_s3_bucket.orders -> aws_s3_bucket.orders_dr") {
		t.Errorf("without SCCs: exit %d\n%s%s", code, stdout, stderr)
	}

	code, stdout, stderr = run(factsPlan(t, ""))
	if code != 1 || !strings.Contains(stdout, "INCOMPLETE") || !strings.Contains(stdout, "aws_s3_bucket.orders_dr") {
		t.Errorf("without facts: exit %d\n%s%s", code, stdout, stderr)
	}

	// -facts names a file elsewhere; the JSON report says which.
	other := writeTemp(t, "facts.json", strings.Replace(factsOrders, "%s", sccFlow+conflictWaivers, 1))
	code, stdout, stderr = run(factsPlan(t, ""), "-facts", other, "-format", "json")
	var doc struct {
		Terraform struct {
			Facts string `json:"facts"`
		} `json:"terraform"`
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &doc) != nil || doc.Terraform.Facts != other {
		t.Errorf("-facts: exit %d, facts %q\n%s", code, doc.Terraform.Facts, stderr)
	}
}

// TestFactsErrors: a facts file is read strictly, and what it says that
// the plan does not bear out is an error located in it.
func TestFactsErrors(t *testing.T) {
	if readPlan == nil {
		t.Skip("this build cannot read plans")
	}
	for _, tt := range []struct {
		name, facts string
		want        []string
	}{
		{"unknown field", `{"datasets": [{"id": "d", "colour": "red"}]}`, []string{"dataresidency.json:1:27: /datasets/0/colour", "does not fit the facts format"}},
		{"selector picks nothing", strings.Replace(factsOrders, `"address": "aws_s3_bucket.orders"`, `"address": "aws_s3_bucket.nope"`, 1),
			[]string{"4:24: /holds/0/stores", "address aws_s3_bucket.nope picks no store of the plan", "dataset \"orders\" is held by no store"}},
		{"two selectors", strings.Replace(factsOrders, `{"address": "aws_s3_bucket.orders"}`, `{"address": "a", "tag": "b"}`, 1),
			[]string{"/holds/0/stores", "not 2"}},
		{"dataset nobody declares", strings.Replace(factsOrders, `"datasets": ["orders"]`, `"datasets": ["orders", "ghost"]`, 1),
			[]string{"/holds/0/datasets/1", `no dataset "ghost"`}},
		{"flow the plan lacks", strings.Replace(factsOrders, "%s", `, "flows": [{"from": {"address": "aws_s3_bucket.orders_dr"}, "to": {"address": "aws_s3_bucket.orders"}, "mechanisms": ["eu-scc-2021"]}]`, 1),
			[]string{"/flows/0", "the plan has no flow from a store address aws_s3_bucket.orders_dr picks"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			facts := strings.Replace(tt.facts, "%s", "", 1)
			code, stdout, stderr := exec(t, "assess", "-as-of", "2025-06-01", factsPlan(t, facts))
			if code != 2 {
				t.Errorf("exit %d, want 2\n%s%s", code, stdout, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
	// -facts with a topology document is a usage mistake.
	top := writeTemp(t, "top.json", `{"datasets":[],"entities":[],"stores":[]}`)
	if code, _, stderr := exec(t, "assess", "-facts", top, top); code != 2 || !strings.Contains(stderr, "-facts applies to a Terraform plan") {
		t.Errorf("-facts with a topology: exit %d\n%s", code, stderr)
	}
}
