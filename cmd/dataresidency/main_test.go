package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// example is the path of an example topology from this directory.
func example(name string) string { return filepath.Join("..", "..", "examples", name, "topology.json") }

const dublin = "dublin"

// exec runs the command line and returns its exit status and outputs.
func exec(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// writeTemp writes a file in a temporary directory and returns its path.
func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// waivedDublin writes the Dublin topology with waivers for the given
// findings.
func waivedDublin(t *testing.T, ids ...string) string {
	t.Helper()
	top := *cases.Dublin().Topology
	for _, id := range ids {
		top.Waivers = append(top.Waivers, residency.Waiver{Finding: id, Justification: "accepted risk " + id,
			Approver: "legal", Expires: jurisdiction.MustParseDate("2030-01-01")})
	}
	var buf bytes.Buffer
	if err := residency.EncodeJSON(&buf, &top); err != nil {
		t.Fatal(err)
	}
	return writeTemp(t, "dublin-waived.json", buf.String())
}

const (
	dublinConflictAdmin  = "C:US/EU@store/dublin/flow/redmond-admin/accessor/microsoft"
	dublinConflictParent = "C:US/EU@store/dublin/operator/msft-ie/parent/microsoft"
	dublinUSAdmin        = "E:US@store/dublin/flow/redmond-admin/accessor/microsoft"
	dublinUSParent       = "E:US@store/dublin/operator/msft-ie/parent/microsoft"
)

func TestExitCodes(t *testing.T) {
	waived := waivedDublin(t, dublinConflictAdmin, dublinConflictParent)
	allWaived := waivedDublin(t, dublinConflictAdmin, dublinConflictParent, dublinUSAdmin, dublinUSParent)
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"clean: Azure China for a Chinese consumer", []string{"assess", "-as-of", "2019-06-01", "-consumer", "CN", example("azurechina")}, 0},
		{"conflicts: Dublin after the CLOUD Act", []string{"assess", "-as-of", "2019-06-01", "-consumer", "IE", example(dublin)}, 1},
		{"Dublin before the CLOUD Act", []string{"assess", "-as-of", "2017-06-01", "-consumer", "IE", example(dublin)}, 0},
		{"violations: AWS Beijing preview", []string{"assess", "-as-of", "2016-06-01", "-consumer", "CN", example("awsbeijing")}, 1},
		{"-fail-on none never fails", []string{"assess", "-as-of", "2019-06-01", "-consumer", "IE", "-fail-on", "none", example(dublin)}, 0},
		{"foreign readable exposure is a warning", []string{"assess", "-as-of", "2019-06-01", "-consumer", "US", "-fail-on", "warning", example("alicloudus")}, 1},
		{"warnings do not fail at error", []string{"assess", "-as-of", "2019-06-01", "-consumer", "US", example("alicloudus")}, 0},
		{"own government's exposure is a note", []string{"assess", "-as-of", "2019-06-01", "-consumer", "CN", "-fail-on", "warning", example("azurechina")}, 0},
		{"notes fail at note", []string{"assess", "-as-of", "2019-06-01", "-consumer", "CN", "-fail-on", "note", example("azurechina")}, 1},
		{"waived conflicts never fail", []string{"assess", "-as-of", "2019-06-01", "-consumer", "IE", waived}, 0},
		{"waived conflicts, unwaived warnings", []string{"assess", "-as-of", "2019-06-01", "-consumer", "IE", "-fail-on", "warning", waived}, 1},
		{"all waived but the note", []string{"assess", "-as-of", "2019-06-01", "-consumer", "IE", "-fail-on", "warning", allWaived}, 0},
		{"expired waivers fail again", []string{"assess", "-as-of", "2031-01-01", "-consumer", "IE", waived}, 1},
		{"flags after the file", []string{"assess", example(dublin), "-as-of", "2017-06-01", "-consumer", "IE"}, 0},
		{"no arguments", nil, 2},
		{"unknown command", []string{"asses"}, 2},
		{"help", []string{"help"}, 0},
		{"assess -h", []string{"assess", "-h"}, 0},
		{"no file", []string{"assess", "-as-of", "2019-06-01"}, 2},
		{"two files", []string{"assess", example(dublin), example(dublin)}, 2},
		{"unknown flag", []string{"assess", "-asof", "2019-06-01", example(dublin)}, 2},
		{"bad date", []string{"assess", "-as-of", "2019-13-01", example(dublin)}, 2},
		{"bad consumer", []string{"assess", "-as-of", "2019-06-01", "-consumer", "XX1", example(dublin)}, 2},
		{"bad format", []string{"assess", "-as-of", "2019-06-01", "-format", "xml", example(dublin)}, 2},
		{"bad fail-on", []string{"assess", "-as-of", "2019-06-01", "-fail-on", "fatal", example(dublin)}, 2},
		{"missing file", []string{"assess", "-as-of", "2019-06-01", "no-such-file.json"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := exec(t, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.want, stdout, stderr)
			}
		})
	}
}

// TestCaseStudies runs assess on every example topology as of its case's
// first run, as the README shows.
func TestCaseStudies(t *testing.T) {
	for dir, c := range map[string]cases.Case{
		"azurechina": cases.AzureChina(), "alicloudus": cases.AlibabaUS(), "awsbeijing": cases.AWSBeijing(),
		"icloudchina": cases.ICloudChina(), "dublin": cases.Dublin(),
	} {
		t.Run(dir, func(t *testing.T) {
			r := c.Runs[0]
			code, stdout, stderr := exec(t, "assess", "-as-of", r.AsOf.String(), "-consumer", r.Consumer.String(), example(dir))
			if code == 2 || stderr != "" {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if !strings.Contains(stdout, "Assessment of "+c.Topology.Name+" as of "+r.AsOf.String()) || !strings.Contains(stdout, "Hexad rating") {
				t.Errorf("unexpected output:\n%s", stdout)
			}
			rep, err := residency.Assess(c.Topology, r.AsOf, residency.Consumer(r.Consumer))
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range rep.Violations {
				if !strings.Contains(stdout, v.ID) {
					t.Errorf("output lacks %s", v.ID)
				}
			}
			for _, x := range rep.Exposures {
				if !strings.Contains(stdout, x.ID) {
					t.Errorf("output lacks %s", x.ID)
				}
			}
		})
	}
}

// TestJSONOutput decodes -format json -detail full back into a
// residency.Report equal to the library's.
func TestJSONOutput(t *testing.T) {
	code, stdout, stderr := exec(t, "assess", "-as-of", "2019-06-01", "-consumer", "IE", "-format", "json", "-detail", "full", example(dublin))
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	var got residency.Report
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("output does not decode into residency.Report: %v\n%s", err, stdout)
	}
	c := cases.Dublin()
	want, err := residency.Assess(c.Topology, jurisdiction.MustParseDate("2019-06-01"), residency.Consumer(jurisdiction.MustParseCode("IE")))
	if err != nil {
		t.Fatal(err)
	}
	g, _ := json.Marshal(&got)
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		t.Errorf("decoded report differs from the library's:\n got %s\nwant %s", g, w)
	}
	if len(got.Conflicts) != 2 || got.Conflicts[0].ID != dublinConflictAdmin {
		t.Errorf("conflicts %+v", got.Conflicts)
	}
}

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// sarifSchema compiles the SARIF 2.1.0 schema that package sarif ships,
// with the same in-memory correction its tests make (see
// residency/sarif/sarif_test.go).
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() {
		f, err := os.Open(filepath.Join("..", "..", "residency", "sarif", "testdata", "sarif-schema-2.1.0.json"))
		if err != nil {
			schemaErr = err
			return
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			schemaErr = err
			return
		}
		if defs, ok := doc.(map[string]any)["definitions"].(map[string]any); ok {
			if region, ok := defs["region"].(map[string]any); ok {
				if props, ok := region["properties"].(map[string]any); ok {
					if misplaced, ok := props["anyOf"]; ok {
						delete(props, "anyOf")
						region["anyOf"] = misplaced
					}
				}
			}
		}
		const id = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if schemaErr = c.AddResource(id, doc); schemaErr != nil {
			return
		}
		schema, schemaErr = c.Compile(id)
	})
	if schemaErr != nil {
		t.Fatal(schemaErr)
	}
	return schema
}

func TestSARIFOutput(t *testing.T) {
	for _, tt := range []struct{ dir, asOf, consumer string }{
		{"azurechina", "2019-06-01", "CN"}, {"alicloudus", "2019-06-01", "US"}, {"awsbeijing", "2016-06-01", "CN"},
		{"icloudchina", "2017-12-01", "CN"}, {"dublin", "2019-06-01", "IE"},
	} {
		t.Run(tt.dir, func(t *testing.T) {
			code, stdout, stderr := exec(t, "assess", "-as-of", tt.asOf, "-consumer", tt.consumer, "-format", "sarif", example(tt.dir))
			if code == 2 {
				t.Fatalf("exit 2\n%s", stderr)
			}
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
			if err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if err := sarifSchema(t).Validate(inst); err != nil {
				t.Fatalf("not valid SARIF 2.1.0: %v", err)
			}
			// In a checkout, relative to the repository's root.
			if !strings.Contains(stdout, `"uri": "examples/`+tt.dir+`/topology.json",`) || !strings.Contains(stdout, `"uriBaseId": "SRCROOT"`) {
				t.Errorf("the artifact location is not the input file, relative to the repository:\n%.3000s", stdout)
			}
		})
	}
	// A waived finding is suppressed.
	code, stdout, _ := exec(t, "assess", "-as-of", "2019-06-01", "-consumer", "IE", "-format", "sarif", waivedDublin(t, dublinConflictParent))
	if code != 1 || !strings.Contains(stdout, `"status": "accepted"`) || !strings.Contains(stdout, "accepted risk "+dublinConflictParent) {
		t.Errorf("exit %d; want 1 and a suppression:\n%s", code, stdout)
	}
}

func TestExplain(t *testing.T) {
	t.Run("conflict prints both sides' citations", func(t *testing.T) {
		code, stdout, stderr := exec(t, "explain", "-as-of", "2019-06-01", "-consumer", "IE", example(dublin), dublinConflictParent)
		if code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		for _, want := range []string{
			dublinConflictParent, "Conflict, severity error",
			"Compelling side: US", "US-CLOUD-2713", "18 U.S.C. 2713", "Clarifying Lawful Overseas Use of Data Act",
			"Blocking side: EU", "EU-GDPR-48", "General Data Protection Regulation", "Art. 48",
			"Path:       store/dublin/operator/msft-ie/parent/microsoft", "Reason:", "Relief:", "Sources:", "https://", "Waiver: none",
		} {
			if !strings.Contains(stdout, want) {
				t.Errorf("output lacks %q:\n%s", want, stdout)
			}
		}
		if strings.Index(stdout, "US-CLOUD-2713:") > strings.Index(stdout, "EU-GDPR-48:") {
			t.Errorf("compelling side should come first:\n%s", stdout)
		}
	})
	t.Run("unique prefix", func(t *testing.T) {
		code, stdout, _ := exec(t, "explain", "-as-of", "2019-06-01", "-consumer", "IE", example(dublin), "C:US/EU@store/dublin/operator")
		if code != 0 || !strings.HasPrefix(stdout, dublinConflictParent+"\n") {
			t.Errorf("exit %d\n%s", code, stdout)
		}
	})
	t.Run("ambiguous prefix", func(t *testing.T) {
		code, _, stderr := exec(t, "explain", "-as-of", "2019-06-01", "-consumer", "IE", example(dublin), "C:US/EU@")
		if code != 2 || !strings.Contains(stderr, dublinConflictAdmin) || !strings.Contains(stderr, dublinConflictParent) {
			t.Errorf("exit %d\n%s", code, stderr)
		}
	})
	t.Run("unknown ID lists the findings", func(t *testing.T) {
		code, _, stderr := exec(t, "explain", "-as-of", "2017-06-01", "-consumer", "IE", example(dublin), dublinConflictParent)
		if code != 2 || !strings.Contains(stderr, "E:IE@store/dublin") {
			t.Errorf("exit %d\n%s", code, stderr)
		}
	})
	t.Run("violation", func(t *testing.T) {
		code, stdout, stderr := exec(t, "explain", "-as-of", "2016-06-01", "-consumer", "CN", example("awsbeijing"), "V:CN-TEL-VATS-IDC@store/aws-cn-north-1/operator/aws")
		if code != 0 || !strings.Contains(stdout, "Rule broken:") || !strings.Contains(stdout, "CN-TEL-VATS-IDC") || !strings.Contains(stdout, "Reason:") {
			t.Errorf("exit %d\n%s%s", code, stdout, stderr)
		}
	})
	t.Run("waiver", func(t *testing.T) {
		code, stdout, _ := exec(t, "explain", "-as-of", "2019-06-01", "-consumer", "IE", waivedDublin(t, dublinConflictParent), dublinConflictParent)
		if code != 0 || !strings.Contains(stdout, "Waiver: accepted by legal until 2030-01-01") {
			t.Errorf("exit %d\n%s", code, stdout)
		}
	})
	t.Run("element", func(t *testing.T) {
		code, stdout, stderr := exec(t, "explain", "-as-of", "2019-06-01", "-consumer", "IE", example(dublin), "Confidentiality")
		if code != 0 {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		for _, want := range []string{"Confidentiality as of 2019-06-01", "Microsoft Dublin mailbox: 2", "Dataset mailbox: 2", "US-CLOUD-2713", "foreign to the consumer"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("output lacks %q:\n%s", want, stdout)
			}
		}
		code, stdout, _ = exec(t, "explain", "-as-of", "2019-06-01", "-consumer", "IE", "-format", "json", example(dublin), "possession-control")
		var ex explanation
		if code != 0 || json.Unmarshal([]byte(stdout), &ex) != nil || ex.Element == nil || ex.Element.Element.String() != "Possession/Control" || len(ex.Element.Datasets) != 1 {
			t.Errorf("exit %d\n%s", code, stdout)
		}
	})
	t.Run("neither", func(t *testing.T) {
		if code, _, stderr := exec(t, "explain", "-as-of", "2019-06-01", example(dublin), "Secrecy"); code != 2 || !strings.Contains(stderr, "Confidentiality") {
			t.Errorf("exit %d\n%s", code, stderr)
		}
	})
	t.Run("json finding", func(t *testing.T) {
		code, stdout, _ := exec(t, "explain", "-as-of", "2019-06-01", "-consumer", "IE", "-format", "json", example(dublin), dublinConflictAdmin)
		var ex struct {
			Finding struct {
				ID     string
				Kind   string
				Level  string
				Detail residency.Conflict
				Rules  []jurisdiction.Rule
			}
		}
		if code != 0 || json.Unmarshal([]byte(stdout), &ex) != nil || ex.Finding.Detail.ID != dublinConflictAdmin || len(ex.Finding.Rules) != 2 || ex.Finding.Level != "error" {
			t.Errorf("exit %d\n%s", code, stdout)
		}
	})
}

func TestDiff(t *testing.T) {
	t.Run("across the CLOUD Act", func(t *testing.T) {
		code, stdout, stderr := exec(t, "diff", "-consumer", "IE", "-from", "2017-06-01", "-to", "2019-06-01", example(dublin))
		if code != 1 {
			t.Fatalf("exit %d, want 1 (new conflicts)\n%s%s", code, stdout, stderr)
		}
		for _, want := range []string{
			"+ error    " + dublinConflictParent, "+ error    " + dublinConflictAdmin, "+ warning  " + dublinUSParent,
			"Became lawful or no longer exposed (0)",
			"US-CLOUD-2713 (CLOUD Act 18 U.S.C. 2713) came into force on 2018-03-23",
			"Confidentiality    3 -> 2",
		} {
			if !strings.Contains(stdout, want) {
				t.Errorf("output lacks %q:\n%s", want, stdout)
			}
		}
	})
	t.Run("json, backwards", func(t *testing.T) {
		code, stdout, _ := exec(t, "diff", "-consumer", "IE", "-format", "json", "-from", "2019-06-01", "-to", "2017-06-01", example(dublin))
		var res diffResult
		if err := json.Unmarshal([]byte(stdout), &res); err != nil {
			t.Fatal(err)
		}
		if code != 0 || len(res.Added) != 0 || len(res.Removed) != 4 || len(res.Law) == 0 || res.Law[0].Change != "no longer in force" {
			t.Errorf("exit %d\n%s", code, stdout)
		}
	})
	t.Run("two files", func(t *testing.T) {
		top := *cases.Dublin().Topology
		top.Flows = nil
		var buf bytes.Buffer
		if err := residency.EncodeJSON(&buf, &top); err != nil {
			t.Fatal(err)
		}
		noAdmin := writeTemp(t, "no-admin.json", buf.String())
		code, stdout, stderr := exec(t, "diff", "-as-of", "2019-06-01", "-consumer", "IE", example(dublin), noAdmin)
		if code != 0 {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		if !strings.Contains(stdout, "- error    "+dublinConflictAdmin) || !strings.Contains(stdout, "the topology changed") || strings.Contains(stdout, "- error    "+dublinConflictParent) {
			t.Errorf("output:\n%s", stdout)
		}
	})
	t.Run("waiver changes", func(t *testing.T) {
		code, stdout, _ := exec(t, "diff", "-as-of", "2019-06-01", "-consumer", "IE", waivedDublin(t, dublinConflictParent), example(dublin))
		if code != 1 || !strings.Contains(stdout, "~ "+dublinConflictParent+": error, was error (waived)") {
			t.Errorf("exit %d, want 1 for a finding whose waiver went away\n%s", code, stdout)
		}
	})
	for name, args := range map[string][]string{
		"one file without dates": {"diff", example(dublin)},
		"one date only":          {"diff", "-from", "2017-06-01", example(dublin)},
		"dates with two files":   {"diff", "-from", "2017-06-01", "-to", "2019-06-01", example(dublin), example(dublin)},
		"as-of with one file":    {"diff", "-as-of", "2017-06-01", "-from", "2017-06-01", "-to", "2019-06-01", example(dublin)},
		"sarif":                  {"diff", "-format", "sarif", "-from", "2017-06-01", "-to", "2019-06-01", example(dublin)},
		"three files":            {"diff", example(dublin), example(dublin), example(dublin)},
	} {
		t.Run(name, func(t *testing.T) {
			if code, _, _ := exec(t, args...); code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
		})
	}
}

func TestRegions(t *testing.T) {
	code, stdout, stderr := exec(t, "regions", "-provider", "aws", "-country", "CN")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stdout, "aws:cn-north-1") || !strings.Contains(stdout, "aws:cn-northwest-1") {
		t.Errorf("output lacks the AWS China regions:\n%s", stdout)
	}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n")[1:] {
		if !strings.HasPrefix(line, "aws:") || !strings.Contains(line, " CN ") {
			t.Errorf("a region outside -provider aws -country CN: %s", line)
		}
	}
	code, stdout, _ = exec(t, "regions", "-format", "json", "-country", "CN", "-provider", "AWS")
	var regions []jurisdiction.Region
	if code != 0 || json.Unmarshal([]byte(stdout), &regions) != nil || len(regions) < 2 {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	if code, _, _ := exec(t, "regions"); code != 0 {
		t.Errorf("regions: exit %d", code)
	}
	if code, _, stderr := exec(t, "regions", "-provider", "awz"); code != 2 || !strings.Contains(stderr, "aws") {
		t.Errorf("unknown provider: exit %d\n%s", code, stderr)
	}
	if code, _, _ := exec(t, "regions", "-country", "C"); code != 2 {
		t.Errorf("bad country: exit %d", code)
	}
}

func TestRules(t *testing.T) {
	code, stdout, stderr := exec(t, "rules", "-jurisdiction", "US", "-kind", "compelled-access")
	if code != 0 || !strings.Contains(stdout, "US-CLOUD-2713") || strings.Contains(stdout, "CN-") || strings.Contains(stdout, "localization") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	_, stdout, _ = exec(t, "rules", "-jurisdiction", "US", "-as-of", "2017-01-01")
	if strings.Contains(stdout, "US-CLOUD-2713") {
		t.Errorf("the CLOUD Act was not in force on 2017-01-01:\n%s", stdout)
	}
	code, stdout, _ = exec(t, "rules", "-format", "json", "-jurisdiction", "EU")
	var rules []jurisdiction.Rule
	if code != 0 || json.Unmarshal([]byte(stdout), &rules) != nil || len(rules) == 0 {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	for _, r := range rules {
		if r.Jurisdiction.String() != "EU" {
			t.Errorf("rule %s of %s listed for EU", r.ID, r.Jurisdiction)
		}
	}
	if code, _, stderr := exec(t, "rules", "-kind", "secrecy"); code != 2 || !strings.Contains(stderr, "blocking-statute") {
		t.Errorf("unknown kind: exit %d\n%s", code, stderr)
	}
}

// position matches FILE:LINE:COLUMN: at the start of a line.
var position = regexp.MustCompile(`(?m)^\S+\.json:(\d+):(\d+): `)

func TestBadInput(t *testing.T) {
	t.Run("malformed JSON", func(t *testing.T) {
		f := writeTemp(t, "bad.json", "{\n  \"datasets\": [\n    {\"id\": \"a\",}\n  ]\n}\n")
		code, _, stderr := exec(t, "assess", "-as-of", "2019-06-01", f)
		if code != 2 {
			t.Fatalf("exit %d, want 2", code)
		}
		if m := position.FindStringSubmatch(stderr); m == nil || m[1] != "3" {
			t.Errorf("want a line:column on line 3, got:\n%s", stderr)
		}
	})
	t.Run("unknown field", func(t *testing.T) {
		f := writeTemp(t, "unknown.json", `{
  "datasets": [{"id": "d", "colour": "red"}],
  "entities": [{"id": "e", "jurisdiction": "US"}],
  "stores": [{"id": "s", "location": "US", "datasets": ["d"], "operators": [{"entity": "e"}], "size": 3}]
}
`)
		code, _, stderr := exec(t, "assess", "-as-of", "2019-06-01", f)
		if code != 2 {
			t.Fatalf("exit %d, want 2", code)
		}
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if len(lines) != 2 {
			t.Errorf("want one line per problem, got:\n%s", stderr)
		}
		for _, want := range []string{"unknown.json:2:28: /datasets/0/colour:", `unknown field "colour"`, "unknown.json:4:", "/stores/0/size", `unknown field "size"`} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, stderr)
			}
		}
	})
	t.Run("validation problems, all of them", func(t *testing.T) {
		f := writeTemp(t, "invalid.json", `{
  "datasets": [{"id": "d"}],
  "entities": [{"id": "e", "jurisdiction": "US"}],
  "stores": [
    {"id": "s", "location": "US", "datasets": ["nope"], "operators": [{"entity": "ghost"}]}
  ]
}
`)
		code, _, stderr := exec(t, "assess", "-as-of", "2019-06-01", f)
		if code != 2 || len(position.FindAllString(stderr, -1)) < 2 {
			t.Errorf("exit %d; want 2 and every problem with its position:\n%s", code, stderr)
		}
	})
	t.Run("problems found by the assessment are located too", func(t *testing.T) {
		f := writeTemp(t, "mech.json", `{
  "datasets": [{"id": "d", "classes": ["personal"]}],
  "entities": [{"id": "e", "jurisdiction": "US"}],
  "stores": [{"id": "s", "location": "US", "datasets": ["d"], "operators": [{"entity": "e"}],
              "mechanisms": ["no-such-mechanism"]}]
}
`)
		code, _, stderr := exec(t, "assess", "-as-of", "2019-06-01", f)
		if code != 2 || !strings.Contains(stderr, "mech.json:5:30: /stores/0/mechanisms/0:") {
			t.Errorf("exit %d; want 2 and the mechanism's position:\n%s", code, stderr)
		}
	})
	t.Run("empty", func(t *testing.T) {
		code, _, stderr := exec(t, "assess", "-as-of", "2019-06-01", writeTemp(t, "empty.json", ""))
		if code != 2 || stderr == "" {
			t.Errorf("exit %d\n%s", code, stderr)
		}
	})
}

func TestAsOfDefaultsToToday(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2017, 6, 1, 12, 0, 0, 0, time.UTC) }
	code, stdout, _ := exec(t, "assess", "-consumer", "IE", "-format", "json", example(dublin))
	var rep residency.Report
	if code != 0 || json.Unmarshal([]byte(stdout), &rep) != nil || rep.AsOf.String() != "2017-06-01" {
		t.Errorf("exit %d, as of %s; want 0 and the clock's date", code, rep.AsOf)
	}
	now = func() time.Time { t.Fatal("the clock was read although -as-of was given"); return time.Time{} }
	exec(t, "assess", "-as-of", "2017-06-01", example(dublin))
	exec(t, "diff", "-from", "2017-06-01", "-to", "2019-06-01", example(dublin))
}

func TestOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.sarif")
	code, stdout, _ := exec(t, "assess", "-as-of", "2019-06-01", "-consumer", "IE", "-format", "sarif", "-o", out, example(dublin))
	if code != 1 || stdout != "" {
		t.Errorf("exit %d, stdout %q; want 1 and nothing on stdout", code, stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(data, []byte(`"version": "2.1.0"`)) {
		t.Errorf("%s: %v\n%s", out, err, data)
	}
	if code, _, _ := exec(t, "assess", "-as-of", "2019-06-01", "-o", filepath.Join(t.TempDir(), "no", "such", "dir"), example(dublin)); code != 2 {
		t.Errorf("unwritable -o: exit %d, want 2", code)
	}
}

func TestStdin(t *testing.T) {
	data, err := os.ReadFile(example(dublin))
	if err != nil {
		t.Fatal(err)
	}
	old := stdin
	defer func() { stdin = old }()
	stdin = bytes.NewReader(data)
	code, stdout, stderr := exec(t, "assess", "-as-of", "2019-06-01", "-consumer", "IE", "-")
	if code != 1 || !strings.Contains(stdout, dublinConflictParent) {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	// diff across two dates reads standard input once.
	stdin = bytes.NewReader(data)
	code, stdout, stderr = exec(t, "diff", "-consumer", "IE", "-from", "2017-06-01", "-to", "2019-06-01", "-")
	if code != 1 || !strings.Contains(stdout, "+ error    "+dublinConflictParent) {
		t.Errorf("diff of standard input: exit %d\n%s%s", code, stdout, stderr)
	}
}

// testPlan is a Terraform plan (terraform show -json) with a bucket in
// Ireland holding Irish personal data, a bucket whose region the plan does
// not record, and an unsupported resource.
const testPlan = `{
  "format_version": "1.2",
  "terraform_version": "1.9.5",
  "planned_values": {
    "root_module": {
      "resources": [
        {"address": "aws_s3_bucket.eu", "mode": "managed", "type": "aws_s3_bucket", "name": "eu",
         "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
         "values": {"bucket": "acme-eu", "region": "eu-west-1",
                    "tags": {"dataresidency_dataset": "customers", "dataresidency_classes": "personal", "dataresidency_subjects": "IE=5000"}},
         "sensitive_values": {}},
        {"address": "aws_s3_bucket.somewhere", "mode": "managed", "type": "aws_s3_bucket", "name": "somewhere",
         "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
         "values": {"bucket": "acme-somewhere", "tags": null}, "sensitive_values": {}},
        {"address": "aws_lambda_function.app", "mode": "managed", "type": "aws_lambda_function", "name": "app",
         "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
         "values": {"function_name": "app"}, "sensitive_values": {}},
        {"address": "aws_iam_role.app", "mode": "managed", "type": "aws_iam_role", "name": "app",
         "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
         "values": {"name": "app"}, "sensitive_values": {}}
      ]
    }
  }
}
`

func TestIsTerraform(t *testing.T) {
	tests := []struct {
		doc  string
		want bool
	}{
		{testPlan, true},
		{`{"format_version": "1.2"}`, true},
		{`{"format_version": "1.0", "terraform_version": "1.9.5", "values": {}}`, true},
		{`{"values": {"root_module": {}}, "format_version": "1.0"}`, true},
		{`{"datasets": [{"id": "d"}], "format_version": 1}`, true},
		{`{"datasets": [], "stores": []}`, false},
		{`{"name": "format_version"}`, false},
		{`{"datasets": [{"format_version": "1.0"}]}`, false},
		{`[{"format_version": "1.0"}]`, false},
		{`{"datasets": [}, "format_version": "1.0"}`, false},
		{`{`, false},
		{``, false},
	}
	for _, tt := range tests {
		if got := isTerraform([]byte(tt.doc)); got != tt.want {
			t.Errorf("isTerraform(%.60s) = %v, want %v", tt.doc, got, tt.want)
		}
	}
}

func TestTerraformPlan(t *testing.T) {
	f := writeTemp(t, "plan.json", testPlan)
	code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "IE", f)
	if readPlan == nil {
		if code != 2 || !strings.Contains(stderr, "Terraform plan") {
			t.Errorf("exit %d\n%s", code, stderr)
		}
		return
	}
	if code == 2 {
		t.Fatalf("exit 2\n%s", stderr)
	}
	for _, want := range []string{
		"Assessment of plan as of 2025-01-01", "store/aws_s3_bucket.eu",
		"Unsupported resources, not checked:", "aws_lambda_function.app (aws_lambda_function)",
		"1 resource of types that hold no customer data (roles, networks, policies), not stores: aws_iam_role.app",
		"Unlocated resources, not in the topology:", "aws_s3_bucket.somewhere (aws_s3_bucket)",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	// Other formats list them in their output, and say on stderr that
	// the plan was not fully checked.
	code, stdout, stderr = exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "IE", "-format", "sarif", f)
	if code == 2 || !strings.Contains(stdout, "aws_lambda_function.app") || !strings.Contains(stdout, `"uri": "`) ||
		!strings.Contains(stderr, "plan.json: incomplete: 1 resource could not be located") || !strings.Contains(stderr, "1 resource not checked") {
		t.Errorf("exit %d\n%s\n%s", code, stdout, stderr)
	}
	// A plan that is not format 1.x is bad input.
	bad := writeTemp(t, "plan2.json", strings.Replace(testPlan, `"1.2"`, `"2.0"`, 1))
	if code, _, stderr := exec(t, "assess", "-as-of", "2025-01-01", bad); code != 2 || !strings.Contains(stderr, "plan2.json: ") {
		t.Errorf("exit %d, want 2\n%s", code, stderr)
	}
}

func TestLocate(t *testing.T) {
	doc := []byte("{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c/d\": {\"e~f\": true}\n}")
	for ptr, want := range map[string][2]int{
		"/a":           {2, 8},
		"/a/1":         {2, 12},
		"/a/1/b":       {2, 18},
		"/a/1/nope":    {2, 12},
		"/c~1d/e~0f":   {3, 18},
		"/missing/0/x": {1, 1},
	} {
		if got := locateAll(doc, []string{ptr})[ptr]; got != want {
			l, c := got[0], got[1]
			t.Errorf("locate(%q) = %d:%d, want %d:%d", ptr, l, c, want[0], want[1])
		}
	}
	if got := locateAll([]byte("{"), []string{"/a"})["/a"]; got != [2]int{1, 1} {
		t.Errorf("locate in a broken document = %d:%d", got[0], got[1])
	}
}

func TestPictures(t *testing.T) {
	dir := t.TempDir()
	svg, dot, mmd := filepath.Join(dir, "r.svg"), filepath.Join(dir, "t.dot"), filepath.Join(dir, "t.mmd")
	code, _, stderr := exec(t, "assess", "-as-of", "2019-06-01", "-consumer", "IE", "-svg", svg, "-dot", dot, "-mermaid", mmd, example(dublin))
	if code != 1 {
		t.Fatalf("exit %d, want 1 (the Dublin conflicts): %s", code, stderr)
	}
	for file, want := range map[string]string{svg: "Confidentiality 2 of 5", dot: "digraph", mmd: "flowchart"} {
		data, err := os.ReadFile(file)
		if err != nil || !bytes.Contains(data, []byte(want)) {
			t.Errorf("%s lacks %q: %v", file, want, err)
		}
	}
	if code, _, _ := exec(t, "assess", "-as-of", "2019-06-01", "-svg", filepath.Join(dir, "no", "such", "dir.svg"), example(dublin)); code != 2 {
		t.Errorf("unwritable -svg: exit %d, want 2", code)
	}
}

// located is testPlan without its unlocated bucket.
var located = strings.Replace(testPlan, `        {"address": "aws_s3_bucket.somewhere", "mode": "managed", "type": "aws_s3_bucket", "name": "somewhere",
         "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
         "values": {"bucket": "acme-somewhere", "tags": null}, "sensitive_values": {}},
`, "", 1)

// TestUnlocated checks that a plan with resources that cannot be located
// is reported as incomplete and fails, in every format, unless
// -allow-unlocated accepts it.
func TestUnlocated(t *testing.T) {
	if readPlan == nil {
		t.Skip("this build cannot read plans")
	}
	if located == testPlan {
		t.Fatal("the unlocated bucket was not removed from the test plan")
	}
	plan := writeTemp(t, "plan.json", testPlan)
	clean := writeTemp(t, "located.json", located)
	unknown := filepath.Join("..", "..", "residency", "tfplan", "testdata", "unknown.json")
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   []string // in standard output
		stdoutNo []string // not in standard output
		stderr   string
	}{
		{"text: incomplete fails", []string{plan}, 1,
			[]string{"Unlocated resources, not in the topology:", "Result: INCOMPLETE: 1 resource could not be located, so the plan was not fully checked (-allow-unlocated accepts them); no unwaived finding at or above error"},
			[]string{"Result: pass"}, ""},
		{"text: -allow-unlocated accepts", []string{"-allow-unlocated", plan}, 0,
			[]string{"aws_s3_bucket.somewhere (aws_s3_bucket)", "Result: pass: no unwaived finding at or above error; 1 unlocated resource accepted with -allow-unlocated"},
			[]string{"INCOMPLETE"}, ""},
		{"text: -fail-on none does not accept it", []string{"-fail-on", "none", plan}, 1,
			[]string{"Result: INCOMPLETE: 1 resource could not be located", "; not checked against a severity (-fail-on none)"}, nil, ""},
		{"text: findings and unlocated", []string{"-as-of", "2025-01-01", plan}, 1,
			[]string{"Result: FAIL: ", "; INCOMPLETE: 1 resource could not be located"}, nil, ""},
		{"text: a located plan passes", []string{clean}, 0,
			[]string{"Unsupported resources, not checked:", "Result: pass: no unwaived finding at or above error\n"},
			[]string{"Unlocated", "INCOMPLETE", "allow-unlocated"}, ""},
		{"text: the sample plan with eight unlocated resources", []string{unknown}, 1,
			[]string{"Result: INCOMPLETE: 8 resources could not be located"}, nil, ""},
		{"json: incomplete fails", []string{"-format", "json", plan}, 1,
			[]string{`"terraform":{`, `"address":"aws_s3_bucket.somewhere"`, `"incomplete":["1 resource could not be located`}, []string{"unlocated_accepted"}, "plan.json: incomplete: 1 resource could not be located"},
		{"json: accepted", []string{"-format", "json", "-allow-unlocated", plan}, 0,
			[]string{`"unlocated_accepted":true`, `"incomplete":[]`}, nil, "plan.json: 1 unlocated resource accepted with -allow-unlocated"},
		{"sarif: incomplete fails", []string{"-format", "sarif", plan}, 1,
			[]string{`"ruleId": "DR-TF-UNLOCATED"`, `"dataresidency/v1": "unlocated:aws_s3_bucket.somewhere"`, `"toolExecutionNotifications"`},
			[]string{`"suppressions"`}, "plan.json: incomplete: 1 resource could not be located"},
		{"sarif: accepted", []string{"-format", "sarif", "-allow-unlocated", plan}, 0,
			[]string{`"ruleId": "DR-TF-UNLOCATED"`, `"justification": "accepted with -allow-unlocated"`}, nil, ""},
		{"sarif: the sample plan", []string{"-format", "sarif", unknown}, 1,
			[]string{"unlocated:google_storage_bucket.dual", `"ruleId": "DR-PRESUMED-TERRITORIAL"`}, []string{"unlocated:google_storage_bucket.multi"}, "8 resources could not be located"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Before the CLOUD Act, the located bucket in Ireland makes no
			// error.
			code, stdout, stderr := exec(t, append([]string{"assess", "-as-of", "2017-06-01", "-consumer", "IE"}, tt.args...)...)
			checkRun(t, code, tt.code, stdout, stderr, tt.stdout, tt.stdoutNo)
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, stderr)
			}
			if slices.Contains(tt.args, "sarif") {
				inst, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
				if err != nil {
					t.Fatalf("not JSON: %v", err)
				}
				if err := sarifSchema(t).Validate(inst); err != nil {
					t.Errorf("not valid SARIF 2.1.0: %v", err)
				}
			}
		})
	}
}

// checkRun checks a command's exit status and that its standard output
// has every string of want and none of no.
func checkRun(t *testing.T, code, wantCode int, stdout, stderr string, want, no []string) {
	t.Helper()
	if code != wantCode {
		t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, wantCode, stdout, stderr)
	}
	for _, w := range want {
		if !strings.Contains(stdout, w) {
			t.Errorf("output lacks %q:\n%s", w, stdout)
		}
	}
	for _, n := range no {
		if strings.Contains(stdout, n) {
			t.Errorf("output has %q:\n%s", n, stdout)
		}
	}
}

// TestUnlocatedDiffExplain checks that diff and explain on a plan say
// which resources could not be located, and that diff, like assess, is
// incomplete and exits 1 unless -allow-unlocated accepts them.
func TestUnlocatedDiffExplain(t *testing.T) {
	if readPlan == nil {
		t.Skip("this build cannot read plans")
	}
	plan := writeTemp(t, "plan.json", testPlan)
	clean := writeTemp(t, "located.json", located)
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   []string
		stdoutNo []string
	}{
		{"diff across dates: incomplete", []string{"diff", "-from", "2017-06-01", "-to", "2019-06-01", plan}, 1,
			[]string{"Unlocated resources of " + plan + ", in neither assessment:", "aws_s3_bucket.somewhere (aws_s3_bucket)",
				"Result: FAIL: 1 unwaived finding newly at or above error; INCOMPLETE: 1 resource could not be located, so what they change is not shown (-allow-unlocated accepts them)"},
			[]string{"Result: pass"}},
		{"diff across dates: accepted", []string{"diff", "-allow-unlocated", "-from", "2017-06-01", "-to", "2017-07-01", plan}, 0,
			[]string{"aws_s3_bucket.somewhere", "Result: pass"}, []string{"INCOMPLETE"}},
		{"diff of two plans counts each file", []string{"diff", "-as-of", "2017-06-01", clean, plan}, 1,
			[]string{"Result: INCOMPLETE: 1 resource could not be located"}, []string{"Unlocated resources of " + clean}},
		{"diff of two plans, the old one unlocated", []string{"diff", "-as-of", "2017-06-01", plan, clean}, 1,
			[]string{"Result: INCOMPLETE: 1 resource could not be located", "Unlocated resources of " + plan}, nil},
		{"diff -fail-on none still says incomplete", []string{"diff", "-fail-on", "none", "-from", "2017-06-01", "-to", "2017-07-01", plan}, 1,
			[]string{"Result: INCOMPLETE: 1 resource could not be located"}, nil},
		{"diff json", []string{"diff", "-format", "json", "-from", "2017-06-01", "-to", "2017-07-01", plan}, 1,
			[]string{`"incomplete": true`, `"unlocated": [`, `"address": "aws_s3_bucket.somewhere"`}, nil},
		{"diff of located plans", []string{"diff", "-from", "2017-06-01", "-to", "2017-07-01", clean}, 0,
			[]string{"Result: pass"}, []string{"Unlocated", "INCOMPLETE"}},
		{"explain an element", []string{"explain", "-as-of", "2017-06-01", plan, "Confidentiality"}, 0,
			[]string{"Not in this assessment: 1 resource of the plan could not be located (aws_s3_bucket.somewhere)"}, nil},
		{"explain json", []string{"explain", "-as-of", "2017-06-01", "-format", "json", plan, "Jurisdiction"}, 0,
			[]string{`"unlocated": [`, `"address": "aws_s3_bucket.somewhere"`}, nil},
		{"explain a located plan", []string{"explain", "-as-of", "2017-06-01", clean, "Confidentiality"}, 0,
			nil, []string{"Not in this assessment"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := exec(t, tt.args...)
			checkRun(t, code, tt.code, stdout, stderr, tt.stdout, tt.stdoutNo)
		})
	}
}

// TestPlanJSON decodes -format json for a plan: the report, with the
// plan reader's lists under "terraform".
func TestPlanJSON(t *testing.T) {
	if readPlan == nil {
		t.Skip("this build cannot read plans")
	}
	code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "IE", "-format", "json", "-detail", "full", writeTemp(t, "plan.json", testPlan))
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	var got struct {
		residency.Report
		Terraform *struct {
			Unsupported, Unlocated, Notes []planResource
			NoData                        []planResource `json:"no_data"`
			Accepted                      bool           `json:"unlocated_accepted"`
		} `json:"terraform"`
		Incomplete []string `json:"incomplete"`
	}
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("output does not decode into a report and its terraform notes: %v\n%s", err, stdout)
	}
	tf := got.Terraform
	if tf == nil {
		t.Fatalf("no terraform object:\n%s", stdout)
	}
	want := []planResource{{Address: "aws_s3_bucket.somewhere", Type: "aws_s3_bucket"}}
	if len(tf.Unlocated) != 1 || tf.Unlocated[0].Address != want[0].Address || tf.Unlocated[0].Type != want[0].Type || tf.Unlocated[0].Reason == "" {
		t.Errorf("unlocated %+v, want %+v with a reason", tf.Unlocated, want)
	}
	if len(tf.Unsupported) != 1 || tf.Unsupported[0].Address != "aws_lambda_function.app" || tf.Notes == nil || len(tf.Notes) != 0 || tf.Accepted ||
		len(tf.NoData) != 1 || tf.NoData[0].Address != "aws_iam_role.app" {
		t.Errorf("terraform %+v", tf)
	}
	if got.Topology != "plan" || len(got.Exposures) == 0 {
		t.Errorf("report %+v", got.Report)
	}
	if len(got.Incomplete) != 1 || !strings.Contains(got.Incomplete[0], "could not be located") {
		t.Errorf("incomplete %q, want the unlocated resource", got.Incomplete)
	}
}

// TestUnratedIncomplete: a rating with elements not rated for want of a
// researched access profile makes the result incomplete, exit status 1,
// in every format, unless -allow-unrated accepts it; a fully researched
// one passes.
func TestUnratedIncomplete(t *testing.T) {
	top := func(c string) string {
		return writeTemp(t, c+".json", `{"name":"t","datasets":[{"id":"d","classes":["personal"]}],`+
			`"entities":[{"id":"op","jurisdiction":"`+c+`"}],"stores":[{"id":"s","location":"`+c+`","datasets":["d"],"operators":[{"entity":"op"}]}]}`)
	}
	// North Korea: neither its law nor its government's access was
	// researched, so the result is incomplete twice over.
	kp, us := top("KP"), top("US")
	code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", kp)
	if code != 1 || !strings.Contains(stdout, "Result: INCOMPLETE: ") || !strings.Contains(stdout, "the hexad rating has 7 elements not rated") ||
		!strings.Contains(stdout, "-allow-unrated") || !strings.Contains(stdout, "\nNot researched: ") || !strings.Contains(stdout, "  KP: store s; dataset d\n") {
		t.Errorf("text: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", "-allow-unrated", kp)
	if code != 1 || !strings.Contains(stdout, "7 unrated elements accepted with -allow-unrated") || !strings.Contains(stdout, "-allow-unresearched accepts them") {
		t.Errorf("text, unrated accepted: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", "-allow-unrated", "-allow-unresearched", kp)
	if code != 0 || !strings.Contains(stdout, "1 unresearched jurisdiction accepted with -allow-unresearched") {
		t.Errorf("text, both accepted: exit %d\n%s", code, stdout)
	}
	code, stdout, stderr = exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", "-format", "json", kp)
	var doc struct {
		Incomplete   []string `json:"incomplete"`
		Unresearched []struct {
			Jurisdiction string   `json:"jurisdiction"`
			Stores       []string `json:"stores"`
		} `json:"unresearched"`
	}
	if code != 1 || json.Unmarshal([]byte(stdout), &doc) != nil || len(doc.Incomplete) != 2 || !strings.Contains(stderr, "the hexad rating") ||
		len(doc.Unresearched) != 1 || doc.Unresearched[0].Jurisdiction != "KP" {
		t.Errorf("json: exit %d, incomplete %q, unresearched %+v\n%s", code, doc.Incomplete, doc.Unresearched, stderr)
	}
	for _, accept := range []bool{false, true} {
		args := []string{"assess", "-as-of", "2025-01-01", "-consumer", "US", "-format", "sarif", kp}
		if accept {
			args = append(args[:len(args)-1], "-allow-unrated", "-allow-unresearched", kp)
		}
		code, stdout, _ = exec(t, args...)
		want, level := 1, `"level": "error"`
		if accept {
			want, level = 0, `"level": "note"`
		}
		if code != want || strings.Count(stdout, "DR-HEXAD-UNRATED") < 7 || !strings.Contains(stdout, "DR-LAW-UNRESEARCHED") || !strings.Contains(stdout, level) {
			t.Errorf("sarif (accepted %v): exit %d, want %d, and unrated notifications at %s", accept, code, want, level)
		}
	}
	if code, stdout, _ := exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", us); code != 0 || strings.Contains(stdout, "INCOMPLETE") {
		t.Errorf("a researched country: exit %d\n%s", code, stdout)
	}
}

// TestTerraformState checks that a Terraform state, which has a
// format_version and no planned_values, goes to the plan reader and is
// rejected as a state rather than as a topology with unknown fields.
func TestTerraformState(t *testing.T) {
	if readPlan == nil {
		t.Skip("this build cannot read plans")
	}
	state := writeTemp(t, "state.json", `{
  "format_version": "1.0",
  "terraform_version": "1.9.5",
  "values": {"root_module": {"resources": [
    {"address": "aws_s3_bucket.eu", "mode": "managed", "type": "aws_s3_bucket", "name": "eu",
     "provider_name": "registry.terraform.io/hashicorp/aws", "values": {"region": "eu-west-1"}}
  ]}}
}
`)
	for _, format := range []string{"text", "json", "sarif"} {
		code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", "-format", format, state)
		if code != 2 || stdout != "" {
			t.Errorf("%s: exit %d, stdout %q; want 2 and nothing", format, code, stdout)
		}
		if !strings.Contains(stderr, "state.json: ") || !strings.Contains(stderr, "no planned_values (a state, not a plan?)") || strings.Contains(stderr, "unknown field") {
			t.Errorf("%s: stderr:\n%s", format, stderr)
		}
	}
}

func TestReadInput(t *testing.T) {
	dir := t.TempDir()
	file := func(n int) string {
		p := filepath.Join(dir, fmt.Sprintf("f%d.json", n))
		if err := os.WriteFile(p, bytes.Repeat([]byte{' '}, n), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name    string
		size    int
		limit   int64
		wantErr string
	}{
		{"empty", 0, 10, ""},
		{"under the limit", 9, 10, ""},
		{"at the limit", 10, 10, ""},
		{"one byte over", 11, 10, "larger than 10 bytes, the limit of an input"},
		{"far over", 5000, 10, "larger than 10 bytes"},
		{"over a limit in MiB", 1<<20 + 1, 1 << 20, "larger than 1 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := file(tt.size)
			data, err := readInput(p, tt.limit)
			if tt.wantErr == "" {
				if err != nil || len(data) != tt.size {
					t.Errorf("got %d bytes, %v; want %d bytes", len(data), err, tt.size)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || data != nil {
				t.Errorf("got %d bytes, %v; want an error with %q", len(data), err, tt.wantErr)
			}
			// Standard input is capped the same way.
			old := stdin
			defer func() { stdin = old }()
			stdin = bytes.NewReader(make([]byte, tt.size))
			if _, err := readInput("-", tt.limit); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("stdin: %v, want an error with %q", err, tt.wantErr)
			}
		})
	}
	if _, err := readInput(filepath.Join(dir, "missing.json"), 10); err == nil {
		t.Error("a missing file was read")
	}
}

// TestInputLimit lowers the input limit and checks that assess rejects a
// larger FILE as bad input, saying so.
func TestInputLimit(t *testing.T) {
	if maxInputBytes < residency.MaxDocumentBytes {
		t.Fatalf("the input limit %d is below residency.MaxDocumentBytes", maxInputBytes)
	}
	if readPlan != nil && maxInputBytes < tfplan.MaxPlanBytes {
		t.Fatalf("the input limit %d is below tfplan.MaxPlanBytes", maxInputBytes)
	}
	data, err := os.ReadFile(example(dublin))
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int64) { maxInputBytes = n }(maxInputBytes)
	maxInputBytes = int64(len(data)) - 1
	code, stdout, stderr := exec(t, "assess", "-as-of", "2019-06-01", example(dublin))
	if code != 2 || stdout != "" || !strings.Contains(stderr, "topology.json: larger than "+fmt.Sprint(len(data)-1)+" bytes, the limit of an input") {
		t.Errorf("exit %d, want 2\n%s%s", code, stdout, stderr)
	}
	maxInputBytes = int64(len(data))
	if code, _, stderr := exec(t, "assess", "-as-of", "2019-06-01", example(dublin)); code != 1 {
		t.Errorf("at the limit: exit %d, want 1\n%s", code, stderr)
	}
}

// TestWaiverNotes checks that waivers that accept nothing are reported:
// expired ones, whose findings apply again, and ones that match no
// finding, in text, JSON and SARIF.
func TestWaiverNotes(t *testing.T) {
	const typo = "C:US/EU@store/dublin/operator/msft-ie/parent/microsft"
	f := waivedDublin(t, dublinConflictParent, typo)
	tests := []struct {
		name  string
		asOf  string
		code  int
		notes []string
	}{
		{"in force", "2019-06-01", 1, []string{
			"waiver for " + typo + " matches no finding: it accepts nothing",
		}},
		{"expired", "2031-01-01", 1, []string{
			"waiver for " + dublinConflictParent + " expired on 2030-01-01; the finding applies again",
			"waiver for " + typo + " expired on 2030-01-01, and matches no finding",
		}},
		{"on the expiry day", "2030-01-01", 1, []string{
			"waiver for " + dublinConflictParent + " expired on 2030-01-01; the finding applies again",
			"waiver for " + typo + " expired on 2030-01-01, and matches no finding",
		}},
		{"the day before", "2029-12-31", 1, []string{
			"waiver for " + typo + " matches no finding",
		}},
		{"before the CLOUD Act, nothing to waive", "2017-06-01", 0, []string{
			"waiver for " + dublinConflictParent + " matches no finding",
			"waiver for " + typo + " matches no finding",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"assess", "-as-of", tt.asOf, "-consumer", "IE"}
			code, stdout, stderr := exec(t, append(args, f)...)
			if code != tt.code {
				t.Errorf("text: exit %d, want %d\n%s", code, tt.code, stderr)
			}
			if !strings.Contains(stdout, "\nWaivers that accept no finding:\n") {
				t.Errorf("text: no waiver section:\n%s", stdout)
			}
			for _, n := range tt.notes {
				if !strings.Contains(stdout, "\n  "+n) {
					t.Errorf("text lacks %q:\n%s", n, stdout)
				}
			}
			if got := strings.Count(stdout, "\n  waiver for "); got != len(tt.notes) {
				t.Errorf("text: %d waiver notes, want %d:\n%s", got, len(tt.notes), stdout)
			}

			code, stdout, _ = exec(t, append(args, "-format", "json", f)...)
			var doc struct {
				WaiverNotes []waiverNote `json:"waiver_notes"`
			}
			if code != tt.code || json.Unmarshal([]byte(stdout), &doc) != nil || len(doc.WaiverNotes) != len(tt.notes) {
				t.Fatalf("json: exit %d, notes %+v\n%s", code, doc.WaiverNotes, stdout)
			}
			for i, n := range doc.WaiverNotes {
				if !strings.HasPrefix(n.Message, tt.notes[i]) || !strings.Contains(n.Message, n.Finding) || n.Expires.String() != "2030-01-01" ||
					n.Expired != strings.Contains(n.Message, "expired") || n.Unmatched != strings.Contains(n.Message, "matches no finding") {
					t.Errorf("json: note %+v, want %q", n, tt.notes[i])
				}
			}

			code, stdout, _ = exec(t, append(args, "-format", "sarif", f)...)
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
			if err != nil || code != tt.code {
				t.Fatalf("sarif: exit %d, %v", code, err)
			}
			if err := sarifSchema(t).Validate(inst); err != nil {
				t.Fatalf("not valid SARIF 2.1.0: %v", err)
			}
			type notification struct {
				Level      string
				Message    struct{ Text string }
				Descriptor struct{ ID string }
				Locations  []struct {
					PhysicalLocation struct {
						Region struct{ StartLine, StartColumn int }
					}
				}
			}
			var l struct {
				Runs []struct {
					Invocations []struct {
						ToolExecutionNotifications []notification
					}
				}
			}
			if err := json.Unmarshal([]byte(stdout), &l); err != nil || len(l.Runs[0].Invocations) != 1 {
				t.Fatalf("sarif: %v\n%s", err, stdout)
			}
			// The rating's unrated elements, if any, are notifications of
			// their own (sarif.UnratedID); this test reads the waivers'.
			ns := slices.DeleteFunc(l.Runs[0].Invocations[0].ToolExecutionNotifications, func(n notification) bool {
				return n.Descriptor.ID == "DR-HEXAD-UNRATED" // sarif.UnratedID
			})
			if len(ns) != len(tt.notes) {
				t.Fatalf("sarif: %d notifications, want %d", len(ns), len(tt.notes))
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(data), "\n")
			for i, n := range ns {
				wantID := "DR-WAIVER-UNMATCHED"
				if strings.Contains(tt.notes[i], "expired") {
					wantID = "DR-WAIVER-EXPIRED"
				}
				if n.Level != "warning" || !strings.HasPrefix(n.Message.Text, tt.notes[i]) || n.Descriptor.ID != wantID || len(n.Locations) != 1 {
					t.Errorf("sarif: notification %+v, want %s %q", n, wantID, tt.notes[i])
					continue
				}
				// The region is the waiver's object in the document.
				r := n.Locations[0].PhysicalLocation.Region
				if r.StartLine < 1 || r.StartLine > len(lines) || r.StartColumn < 1 || !strings.HasPrefix(lines[r.StartLine-1][r.StartColumn-1:], "{") {
					t.Errorf("sarif: notification %d region %+v is not at a waiver", i, r)
					continue
				}
				rest := strings.Join(lines[r.StartLine-1:], "\n")[r.StartColumn-1:]
				if obj := rest[:strings.IndexByte(rest, '}')+1]; !strings.Contains(obj, `"`+doc.WaiverNotes[i].Finding+`"`) {
					t.Errorf("sarif: notification %d region %+v is at %s, not at the waiver for %s", i, r, obj, doc.WaiverNotes[i].Finding)
				}
			}
		})
	}
	// No waivers, no notes: the JSON output is the report alone (see
	// TestJSONOutput) and the text has no waiver section.
	if _, stdout, _ := exec(t, "assess", "-as-of", "2031-01-01", "-consumer", "IE", example(dublin)); strings.Contains(stdout, "Waivers") {
		t.Errorf("a waiver section without waivers:\n%s", stdout)
	}
}

func TestPathPointer(t *testing.T) {
	top := &residency.Topology{
		Datasets: []residency.Dataset{{ID: "mail"}, {ID: "logs"}},
		Stores:   []residency.Store{{ID: "a"}, {ID: "a/b"}, {ID: "dub"}},
		Flows:    []residency.Flow{{ID: "f"}, {ID: "admin"}},
	}
	op := func(store string, chain ...string) residency.Path {
		return residency.Path{Store: store, Link: residency.LinkOperator, Chain: chain}
	}
	tests := []struct {
		path residency.Path
		want string
	}{
		{residency.Path{Store: "dub"}, "/stores/2"},
		{residency.Path{Store: "a"}, "/stores/0"},
		{residency.Path{Store: "a/b"}, "/stores/1"},
		{op("a/b", "x"), "/stores/1"},
		{op("a", "x"), "/stores/0"},
		{op("dub", "op", "store"), "/stores/2"},
		{residency.Path{Store: "dub", Flow: "admin", Link: residency.LinkAdminAccess, Chain: []string{"ms"}}, "/flows/1"},
		{residency.Path{Dataset: "logs"}, "/datasets/1"},
		{residency.Path{Dataset: "mail", Store: "dub"}, "/stores/2"},
		{residency.Path{Dataset: "mail", Store: "dub", Link: residency.LinkCollection}, "/stores/2"},
		{residency.Path{Dataset: "mail", Flow: "f"}, "/flows/0"},
		{residency.Path{Flow: "f"}, "/flows/0"},
		{residency.Path{Dataset: "mail", Flow: "gone"}, "/datasets/0"},
		{residency.Path{Store: "nowhere"}, ""},
		{residency.Path{}, ""},
	}
	for _, tt := range tests {
		got := ""
		if kind, i := newLocator(top, nil).element(tt.path); kind != "" {
			got = fmt.Sprintf("/%ss/%d", kind, i)
		}
		if got != tt.want {
			t.Errorf("element(%s) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

// TestLocatorPositions checks where the locator places the elements of a
// document's top-level arrays: lines, columns in code points (as SARIF
// counts them), arrays that are null or absent, and a broken document.
func TestLocatorPositions(t *testing.T) {
	doc := []byte("{\"name\": \"é€\", \"datasets\": null, \"other\": {\"stores\": [1]},\n" +
		"  \"stores\": [{\"id\": \"ü\"}, {\"id\": \"b\"}],\n  \"flows\": [\n    {\"id\": \"f\"}\n  ]}")
	top := &residency.Topology{Stores: []residency.Store{{ID: "ü"}, {ID: "b"}}, Flows: []residency.Flow{{ID: "f"}}}
	l := newLocator(top, doc)
	for _, tt := range []struct {
		path residency.Path
		want [2]int
	}{
		{residency.Path{Store: "ü"}, [2]int{2, 14}},
		{residency.Path{Store: "b"}, [2]int{2, 27}},
		{residency.Path{Store: "b", Link: residency.LinkOperator, Chain: []string{"x"}}, [2]int{2, 27}},
		{residency.Path{Flow: "f"}, [2]int{4, 5}},
		{residency.Path{Dataset: "x"}, [2]int{0, 0}},
		{residency.Path{}, [2]int{0, 0}},
		{residency.Path{Store: "missing"}, [2]int{0, 0}},
	} {
		if l, c := l.position(tt.path); l != tt.want[0] || c != tt.want[1] {
			t.Errorf("position(%s) = %d:%d, want %d:%d", tt.path, l, c, tt.want[0], tt.want[1])
		}
	}
	broken := newLocator(top, []byte(`{"stores": [{"id": "ü"}, {"id":`))
	if l, c := broken.position(residency.Path{Store: "ü"}); l != 1 || c != 13 {
		t.Errorf("first store of a broken document at %d:%d, want 1:13", l, c)
	}
	if l, c := broken.position(residency.Path{Store: "b"}); l != 1 || c != 26 {
		t.Errorf("cut-off store of a broken document at %d:%d, want where it starts, 1:26", l, c)
	}
}

// TestSARIFRegions checks that results on a topology document carry the
// position of the store or flow their path names.
func TestSARIFRegions(t *testing.T) {
	code, stdout, _ := exec(t, "assess", "-as-of", "2019-06-01", "-consumer", "IE", "-format", "sarif", example(dublin))
	var l struct {
		Runs []struct {
			ColumnKind string
			Results    []struct {
				PartialFingerprints map[string]string
				Locations           []struct {
					PhysicalLocation struct {
						Region *struct{ StartLine, StartColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &l); err != nil || code != 1 {
		t.Fatalf("exit %d, %v", code, err)
	}
	data, err := os.ReadFile(example(dublin))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	// The element's object starts on its line, and its ID follows.
	at := func(line int, id string) bool {
		return line >= 1 && line < len(lines) && strings.TrimSpace(lines[line-1]) == "{" && strings.Contains(lines[line], `"id": "`+id+`"`)
	}
	if l.Runs[0].ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", l.Runs[0].ColumnKind)
	}
	for _, r := range l.Runs[0].Results {
		id := r.PartialFingerprints["dataresidency/v1"]
		reg := r.Locations[0].PhysicalLocation.Region
		want := "dublin"
		if strings.Contains(id, "/flow/redmond-admin") {
			want = "redmond-admin"
		}
		if reg == nil || !at(reg.StartLine, want) || reg.StartColumn != 5 {
			t.Errorf("%s: region %+v, want the object of %s", id, reg, want)
		}
	}
	// A plan has no document positions.
	if readPlan != nil {
		_, stdout, _ := exec(t, "assess", "-as-of", "2025-01-01", "-format", "sarif", writeTemp(t, "plan.json", testPlan))
		if strings.Contains(stdout, `"region"`) || strings.Contains(stdout, "columnKind") {
			t.Errorf("regions in a plan's log:\n%s", stdout)
		}
	}
}

// TestUndeclaredIncomplete: a store that holds data but declares none (a
// topology's store with no datasets, a plan's untagged bucket) makes the
// result incomplete, exit status 1, in every format, unless
// -allow-undeclared accepts it.
func TestUndeclaredIncomplete(t *testing.T) {
	top := writeTemp(t, "empty.json", `{"name":"t","datasets":[{"id":"d","classes":["personal"]}],`+
		`"entities":[{"id":"op","jurisdiction":"US"}],"stores":[`+
		`{"id":"full","location":"US","datasets":["d"],"operators":[{"entity":"op"}]},`+
		`{"id":"empty","location":"US","operators":[{"entity":"op"}]}]}`)
	code, stdout, stderr := exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", top)
	if code != 1 || !strings.Contains(stdout, "INCOMPLETE: 1 store declares no data") || !strings.Contains(stdout, "\nStores that declare no data") ||
		!strings.Contains(stdout, "store empty") {
		t.Errorf("text: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", "-allow-undeclared", top)
	if code != 0 || !strings.Contains(stdout, "1 store without declared data accepted with -allow-undeclared") {
		t.Errorf("text, accepted: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", "-format", "json", top)
	var doc struct {
		Undeclared []string `json:"undeclared"`
		Incomplete []string `json:"incomplete"`
	}
	if code != 1 || json.Unmarshal([]byte(stdout), &doc) != nil || len(doc.Undeclared) != 1 || doc.Undeclared[0] != "empty" || len(doc.Incomplete) != 1 {
		t.Errorf("json: exit %d, undeclared %q, incomplete %q", code, doc.Undeclared, doc.Incomplete)
	}
	code, stdout, _ = exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", "-format", "sarif", top)
	if code != 1 || !strings.Contains(stdout, "DR-STORE-UNDECLARED") || !strings.Contains(stdout, "store empty declares no data") {
		t.Errorf("sarif: exit %d, no DR-STORE-UNDECLARED error", code)
	}
	if readPlan == nil {
		return
	}
	// A plan whose bucket carries no dataresidency_* tags.
	plan := writeTemp(t, "untagged.json", `{"format_version":"1.2","planned_values":{"root_module":{"resources":[`+
		`{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","provider_name":"registry.terraform.io/hashicorp/aws","values":{"bucket":"b","region":"us-east-1"}}]}}}`)
	code, stdout, _ = exec(t, "assess", "-as-of", "2025-01-01", "-consumer", "US", plan)
	if code != 1 || !strings.Contains(stdout, "aws_s3_bucket.b") || !strings.Contains(stdout, "declares no data") {
		t.Errorf("untagged plan: exit %d\n%s", code, stdout)
	}
}
