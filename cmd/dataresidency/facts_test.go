package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dataresidency/dataresidency/hexad"
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

// TestPlanSARIFInSource: SARIF for a plan validates against the SARIF
// 2.1.0 schema, places results on the resource blocks of the .tf files
// beside the plan (relative to the checkout, named by SRCROOT), gives each
// rule what code scanning triages by, and can keep only what gates a
// build, under a cap that says what it left out.
func TestPlanSARIFInSource(t *testing.T) {
	if readPlan == nil {
		t.Skip("this build cannot read plans")
	}
	plan := factsPlan(t, strings.Replace(factsOrders, "%s", "", 1))
	tf, err := os.ReadFile("../../residency/tfplan/testdata/facts/main.tf")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(plan), "main.tf"), tf, 0o644); err != nil {
		t.Fatal(err)
	}
	wantLine := 0
	for i, l := range strings.Split(string(tf), "\n") {
		if strings.HasPrefix(l, `resource "aws_s3_bucket" "orders" {`) {
			wantLine = i + 1
		}
	}
	code, stdout, stderr := exec(t, "assess", "-as-of", "2025-06-01", "-consumer", "DE", "-format", "sarif", plan)
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifSchema(t).Validate(inst); err != nil {
		t.Fatalf("not valid SARIF 2.1.0: %v", err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID                   string `json:"id"`
						DefaultConfiguration struct {
							Level string `json:"level"`
						} `json:"defaultConfiguration"`
						Help struct {
							Markdown string `json:"markdown"`
						} `json:"help"`
						Properties map[string]any `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			OriginalURIBaseIDs map[string]struct {
				URI string `json:"uri"`
			} `json:"originalUriBaseIds"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Properties map[string]any `json:"properties"`
			} `json:"results"`
			Properties map[string]any `json:"properties"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if root := run.OriginalURIBaseIDs["SRCROOT"].URI; !strings.HasPrefix(root, "file:///") || !strings.HasSuffix(root, "/") {
		t.Errorf("SRCROOT = %q", root)
	}
	placed := false
	for _, r := range run.Results {
		pl := r.Locations[0].PhysicalLocation
		if r.RuleID == "EU-GDPR-44" {
			placed = pl.ArtifactLocation.URI == "main.tf" && pl.ArtifactLocation.URIBaseID == "SRCROOT" && pl.Region.StartLine == wantLine
			if !placed {
				t.Errorf("the GDPR violation is at %+v, want main.tf line %d", pl, wantLine)
			}
		}
	}
	if !placed {
		t.Error("no EU-GDPR-44 result")
	}
	kinds := map[string]bool{}
	for _, rule := range run.Tool.Driver.Rules {
		tags, _ := rule.Properties["tags"].([]any)
		if rule.DefaultConfiguration.Level == "" || rule.Properties["security-severity"] == nil || len(tags) == 0 || rule.Help.Markdown == "" {
			t.Errorf("rule %s lacks what code scanning triages by: %+v", rule.ID, rule)
		}
		kinds[rule.ID] = true
		if rule.ID == "EU-GDPR-44" && !strings.Contains(rule.Help.Markdown, "`eu-scc-2021`") {
			t.Errorf("EU-GDPR-44's help does not name the mechanisms that would clear it:\n%s", rule.Help.Markdown)
		}
	}
	if !kinds["US-CLOUD-2713"] || !kinds["US-CLOUD-2713:conflict"] {
		t.Errorf("the compelling rule's exposures and conflicts do not have a rule each: %v", kinds)
	}

	// -only keeps what gates the build; -max-results caps it and says so.
	_, stdout, _ = exec(t, "assess", "-as-of", "2025-06-01", "-consumer", "DE", "-format", "sarif", "-only", "violations,conflicts", plan)
	if strings.Contains(stdout, `"finding": "exposure"`) || !strings.Contains(stdout, `"finding": "conflict"`) {
		t.Errorf("-only violations,conflicts kept the wrong results:\n%.2000s", stdout)
	}
	_, stdout, _ = exec(t, "assess", "-as-of", "2025-06-01", "-consumer", "DE", "-format", "sarif", "-max-results", "1", plan)
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	if n := len(log.Runs[0].Results); n != 1 || log.Runs[0].Properties["omittedResults"] != float64(6) ||
		!strings.Contains(stdout, "DR-RESULTS-OMITTED") {
		t.Errorf("-max-results 1: %d results, omitted %v", n, log.Runs[0].Properties["omittedResults"])
	}
	if code, _, stderr := exec(t, "assess", "-only", "violations", plan); code != 2 || !strings.Contains(stderr, "-format sarif") {
		t.Errorf("-only with text: exit %d\n%s", code, stderr)
	}
	// -aggregate rule merges the findings of one rule and says so;
	// -aggregate with text, or an unknown aggregation, is a usage error.
	_, stdout, _ = exec(t, "assess", "-as-of", "2025-06-01", "-consumer", "DE", "-format", "sarif", "-aggregate", "rule", plan)
	var agg struct {
		Runs []struct {
			Results    []struct{ Properties map[string]any } `json:"results"`
			Properties map[string]any                        `json:"properties"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(stdout), &agg); err != nil {
		t.Fatal(err)
	}
	counted := 0
	for _, r := range agg.Runs[0].Results {
		if n, ok := r.Properties["findings"].(float64); ok {
			counted += int(n)
		} else {
			counted++
		}
	}
	if a, _ := agg.Runs[0].Properties["aggregated"].(map[string]any); a == nil || a["by"] != "rule" || counted != 7 ||
		len(agg.Runs[0].Results) >= 7 || !strings.Contains(stdout, "DR-RESULTS-AGGREGATED") {
		t.Errorf("-aggregate rule: %d results counting %d findings (want fewer than 7, counting 7), run properties %v",
			len(agg.Runs[0].Results), counted, agg.Runs[0].Properties)
	}
	for _, args := range [][]string{{"-aggregate", "rule"}, {"-format", "sarif", "-aggregate", "store"}} {
		if code, _, stderr := exec(t, append(append([]string{"assess"}, args...), plan)...); code != 2 || !strings.Contains(stderr, "-aggregate") {
			t.Errorf("%v: exit %d\n%s", args, code, stderr)
		}
	}
}

// TestVersion: version names the build and the catalog a result rests on.
func TestVersion(t *testing.T) {
	code, stdout, stderr := exec(t, "version")
	if code != 0 || !strings.HasPrefix(stdout, "dataresidency ") || !strings.Contains(stdout, "catalog dataresidency-builtin+sha256:") ||
		!strings.Contains(stdout, " rules, ") {
		t.Errorf("version: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = exec(t, "version", "-format", "json")
	var v versionInfo
	if code != 0 || json.Unmarshal([]byte(stdout), &v) != nil || v.Rules == 0 || v.Verified > v.Rules || v.Go == "" {
		t.Errorf("version -format json: exit %d, %+v", code, v)
	}
	if code, _, _ := exec(t, "version", "extra"); code != exitUsage {
		t.Errorf("version extra: exit %d", code)
	}
}

// TestNothingAssessed: a topology in which no store holds data, and a
// binary plan file, never read as a pass.
func TestNothingAssessed(t *testing.T) {
	empty := writeTemp(t, "empty.json", `{}`)
	code, stdout, _ := exec(t, "assess", "-as-of", "2025-01-01", empty)
	if code != 1 || !strings.Contains(stdout, "INCOMPLETE: no store holds data on 2025-01-01, so nothing was assessed") {
		t.Errorf("empty topology: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = exec(t, "assess", "-as-of", "2025-01-01", "-allow-undeclared", empty)
	if code != 0 || !strings.Contains(stdout, "accepted with -allow-undeclared") {
		t.Errorf("empty topology, accepted: exit %d\n%s", code, stdout)
	}
	bin := writeTemp(t, "plan.bin", "PK\x03\x04\x14\x00\x00\x00tfplan")
	code, _, stderr := exec(t, "assess", bin)
	if code != 2 || !strings.Contains(stderr, `run "terraform show -json plan.bin > plan.json"`) {
		t.Errorf("binary plan: exit %d\n%s", code, stderr)
	}
}

// TestCompactRating: the text report's rating lines stay readable on a
// large estate, saying how many reasons they leave out and where to read
// them; the report itself keeps them all.
func TestCompactRating(t *testing.T) {
	var r hexad.Rating
	for i := range r.Elements {
		r.Elements[i].Element = hexad.Elements()[i]
		for k := range 40 {
			r.Elements[i].Reasons = append(r.Elements[i].Reasons, fmt.Sprintf("dataset d%d: a reason of some length (-1)", k))
		}
	}
	c := compactRating(r)
	for _, line := range strings.Split(c.String(), "\n") {
		if len(line) > 400 {
			t.Errorf("a line of %d characters: %.120s…", len(line), line)
		}
	}
	if !strings.Contains(c.String(), "more (explain FILE Confidentiality, or -format json)") {
		t.Errorf("no pointer to the rest:\n%s", c)
	}
	if len(r.Elements[0].Reasons) != 40 {
		t.Error("compactRating changed the rating it was given")
	}
}
