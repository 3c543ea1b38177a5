package sarif_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/sarif"
)

// schemaID is the $id of testdata/sarif-schema-2.1.0.json, the OASIS TC's
// SARIF 2.1.0 schema (oasis-tcs/sarif-spec, Schemata/sarif-schema-2.1.0.json).
const schemaID = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// loadSchema compiles the shipped SARIF schema with format assertions on.
//
// The shipped file is the upstream text, verbatim. Upstream, the region
// definition's "anyOf" (a region needs startLine, charOffset or
// byteOffset) sits inside "properties", where the 2020-12 metaschema that
// the file declares rejects it; this moves it, in memory only, to the
// place the specification means, so that the regions this package writes
// (always with a startLine) are checked as the specification says.
func loadSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() {
		f, err := os.Open("testdata/sarif-schema-2.1.0.json")
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
		if region, ok := lookup(doc, "definitions", "region").(map[string]any); ok {
			if props, ok := region["properties"].(map[string]any); ok {
				if misplaced, ok := props["anyOf"].([]any); ok {
					delete(props, "anyOf")
					region["anyOf"] = misplaced
				}
			}
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource(schemaID, doc); err != nil {
			schemaErr = err
			return
		}
		schema, schemaErr = c.Compile(schemaID)
	})
	if schemaErr != nil {
		t.Fatalf("compiling the SARIF schema: %v", schemaErr)
	}
	return schema
}

func lookup(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// validate checks a SARIF log against the schema.
func validate(t *testing.T, data []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if err := loadSchema(t).Validate(inst); err != nil {
		t.Fatalf("output does not validate against SARIF 2.1.0:\n%v", err)
	}
}

type caseRun struct {
	name string
	top  *residency.Topology
	run  cases.Run
}

func allRuns() []caseRun {
	var out []caseRun
	for _, c := range cases.All() {
		for i, r := range c.Runs {
			top := c.Topology
			if r.Topology != nil {
				top = r.Topology
			}
			out = append(out, caseRun{fmt.Sprintf("%s/%d", c.Name, i), top, r})
		}
	}
	return out
}

func assess(t *testing.T, top *residency.Topology, r cases.Run) *residency.Report {
	t.Helper()
	rep, err := residency.Assess(top, r.AsOf, residency.Consumer(r.Consumer))
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// sarifLog is the part of a log the tests read.
type sarifLog struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name          string `json:"name"`
				Notifications []struct {
					ID               string                `json:"id"`
					Name             string                `json:"name"`
					ShortDescription struct{ Text string } `json:"shortDescription"`
				} `json:"notifications"`
				Rules []struct {
					ID               string                `json:"id"`
					Name             string                `json:"name"`
					ShortDescription struct{ Text string } `json:"shortDescription"`
					FullDescription  struct{ Text string } `json:"fullDescription"`
					Help             struct{ Text string } `json:"help"`
					HelpURI          string                `json:"helpUri"`
					Properties       map[string]any        `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []sarifInvocation `json:"invocations"`
		ColumnKind  string            `json:"columnKind"`
		Properties  map[string]any    `json:"properties"`
		Results     []struct {
			RuleID    string                `json:"ruleId"`
			RuleIndex *int                  `json:"ruleIndex"`
			Level     string                `json:"level"`
			Message   struct{ Text string } `json:"message"`
			Locations []struct {
				PhysicalLocation *struct {
					ArtifactLocation struct{ URI string } `json:"artifactLocation"`
					Region           *struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
				LogicalLocations []struct {
					FullyQualifiedName string `json:"fullyQualifiedName"`
				} `json:"logicalLocations"`
			} `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Suppressions        []struct {
				Kind, Status, Justification string
			} `json:"suppressions"`
			Properties map[string]any `json:"properties"`
		} `json:"results"`
	} `json:"runs"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
}

type sarifNotification struct {
	Level      string                `json:"level"`
	Message    struct{ Text string } `json:"message"`
	Descriptor *struct {
		ID    string `json:"id"`
		Index int    `json:"index"`
	} `json:"descriptor"`
	Locations  []json.RawMessage `json:"locations"`
	Properties map[string]any    `json:"properties"`
}

// TestUnratedNotifications: each element of the topology's rating that
// has no score is a warning with its reasons, and the run's "hexad"
// property gives every element's score or "unrated"; a fully rated
// topology has no such warning.
func TestUnratedNotifications(t *testing.T) {
	kp, us := jurisdiction.MustParseCode("KP"), jurisdiction.MustParseCode("US")
	top := func(loc jurisdiction.Code) *residency.Topology {
		return &residency.Topology{
			Datasets: []residency.Dataset{{ID: "d", Classes: []jurisdiction.DataClass{jurisdiction.Personal}}},
			Entities: []residency.Entity{{ID: "op", Jurisdiction: loc}},
			Stores: []residency.Store{{ID: "s", Location: loc, Datasets: []string{"d"},
				Operators: []residency.Tenure{{Entity: "op"}}}},
		}
	}
	for _, tt := range []struct {
		name    string
		loc     jurisdiction.Code
		unrated int
	}{
		{"no researched profile", kp, 7},
		{"researched", us, 0},
	} {
		rep, err := residency.Assess(top(tt.loc), jurisdiction.MustParseDate("2025-01-01"), residency.Consumer(us))
		if err != nil {
			t.Fatal(err)
		}
		_, log := write(t, rep, "")
		run := log.Runs[0]
		n := 0
		for _, inv := range run.Invocations {
			for _, note := range inv.ToolExecutionNotifications {
				if note.Descriptor != nil && note.Descriptor.ID == sarif.UnratedID {
					n++
					if note.Level != "error" || !strings.Contains(note.Message.Text, "no researched answer") {
						t.Errorf("%s: notification %q at level %s", tt.name, note.Message.Text, note.Level)
					}
				}
			}
		}
		if n != tt.unrated {
			t.Errorf("%s: %d unrated notifications, want %d", tt.name, n, tt.unrated)
		}
		hx, _ := run.Properties["hexad"].(map[string]any)
		if len(hx) != 7 {
			t.Fatalf("%s: hexad property %v, want 7 elements", tt.name, run.Properties["hexad"])
		}
		unrated := 0
		for _, v := range hx {
			if v.(map[string]any)["score"] == "unrated" {
				unrated++
			}
		}
		if unrated != tt.unrated {
			t.Errorf("%s: %d elements unrated in the hexad property, want %d", tt.name, unrated, tt.unrated)
		}
	}
}

func write(t *testing.T, rep *residency.Report, uri string) ([]byte, sarifLog) {
	t.Helper()
	return writeWith(t, rep, uri, sarif.Options{})
}

func writeWith(t *testing.T, rep *residency.Report, uri string, opts sarif.Options) ([]byte, sarifLog) {
	t.Helper()
	var buf bytes.Buffer
	var err error
	if opts.Unlocated == nil && opts.Notifications == nil && opts.Locate == nil && opts.AcceptUnlocated == "" {
		err = sarif.Write(&buf, rep, nil, uri)
	} else {
		err = sarif.WriteWith(&buf, rep, nil, uri, opts)
	}
	if err != nil {
		t.Fatal(err)
	}
	var l sarifLog
	if err := json.Unmarshal(buf.Bytes(), &l); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), l
}

// TestCaseStudiesValidate writes every run of every case study as SARIF
// and validates it against the SARIF 2.1.0 schema.
func TestCaseStudiesValidate(t *testing.T) {
	for _, cr := range allRuns() {
		t.Run(cr.name, func(t *testing.T) {
			rep := assess(t, cr.top, cr.run)
			data, l := write(t, rep, "examples/case/topology.json")
			validate(t, data)
			if len(l.Runs) != 1 || l.Runs[0].Tool.Driver.Name != "dataresidency" || l.Version != "2.1.0" {
				t.Fatalf("want one run by dataresidency, version 2.1.0; got %+v", l)
			}
			n := len(rep.Violations) + len(rep.Conflicts) + len(rep.Exposures) + len(rep.Obligations)
			if got := len(l.Runs[0].Results); got != n {
				t.Errorf("%d results, want one per finding (%d)", got, n)
			}
			// Without a URI there are no physical locations, and the log is
			// still valid.
			data, _ = write(t, rep, "")
			validate(t, data)
		})
	}
}

// TestWaivedFindingsAreSuppressed waives a conflict and an exposure and
// checks the suppressions, which must validate too.
func TestWaivedFindingsAreSuppressed(t *testing.T) {
	c := cases.Dublin()
	top := *c.Topology
	run := c.Runs[1]
	rep := assess(t, &top, run)
	if len(rep.Conflicts) == 0 || len(rep.Exposures) == 0 {
		t.Fatalf("Dublin after the CLOUD Act should have conflicts and exposures:\n%s", rep)
	}
	conflict, exposure := rep.Conflicts[0].ID, rep.Exposures[0].ID
	top.Waivers = []residency.Waiver{
		{Finding: conflict, Justification: "MLAT channel agreed with the Irish DPC", Approver: "legal", Expires: jurisdiction.MustParseDate("2030-01-01")},
		{Finding: exposure, Justification: "territorial access accepted", Approver: "ciso", Expires: jurisdiction.MustParseDate("2030-01-01")},
	}
	rep = assess(t, &top, run)
	data, l := write(t, rep, "examples/dublin/topology.json")
	validate(t, data)
	suppressed := map[string]string{}
	for _, r := range l.Runs[0].Results {
		for _, s := range r.Suppressions {
			if s.Kind != "external" || s.Status != "accepted" {
				t.Errorf("suppression %+v: want kind external, status accepted", s)
			}
			suppressed[r.PartialFingerprints[sarif.FingerprintKey]] = s.Justification
		}
	}
	want := map[string]string{conflict: "MLAT channel agreed with the Irish DPC", exposure: "territorial access accepted"}
	if fmt.Sprint(suppressed) != fmt.Sprint(want) {
		t.Errorf("suppressed %v, want %v", suppressed, want)
	}
}

// TestMapping checks levels, rule IDs, related rules, locations and the
// rule metadata on the Dublin case after the CLOUD Act and on Alibaba
// Cloud in the US.
func TestMapping(t *testing.T) {
	c := cases.Dublin()
	rep := assess(t, c.Topology, c.Runs[1])
	_, l := write(t, rep, "examples/dublin/topology.json")
	run := l.Runs[0]
	ruleIDs := []string{}
	for _, r := range run.Tool.Driver.Rules {
		ruleIDs = append(ruleIDs, r.ID)
	}
	if !slices.IsSorted(ruleIDs) || !slices.Contains(ruleIDs, "US-CLOUD-2713") || !slices.Contains(ruleIDs, "EU-GDPR-48") {
		t.Errorf("rules %v: want sorted, with US-CLOUD-2713 and EU-GDPR-48", ruleIDs)
	}
	for _, r := range run.Tool.Driver.Rules {
		if r.ID == "EU-GDPR-48" {
			if !strings.Contains(r.Help.Text, "Art. 48") || r.ShortDescription.Text == "" || r.FullDescription.Text == "" {
				t.Errorf("EU-GDPR-48 descriptor lacks its citation or descriptions: %+v", r)
			}
			if !strings.HasPrefix(r.HelpURI, "http") {
				t.Errorf("EU-GDPR-48 helpUri %q, want the first source URL", r.HelpURI)
			}
			for _, k := range []string{"kind", "jurisdiction", "effective", "verified"} {
				if _, ok := r.Properties[k]; !ok {
					t.Errorf("EU-GDPR-48 properties lack %s: %v", k, r.Properties)
				}
			}
			if r.Properties["kind"] != "blocking-statute" || r.Properties["jurisdiction"] != "EU" {
				t.Errorf("EU-GDPR-48 properties %v", r.Properties)
			}
		}
	}
	levels := map[string]string{}
	for _, r := range run.Results {
		id := r.PartialFingerprints[sarif.FingerprintKey]
		levels[id] = r.Level
		if r.RuleIndex != nil && run.Tool.Driver.Rules[*r.RuleIndex].ID != r.RuleID {
			t.Errorf("%s: ruleIndex %d does not point at %s", id, *r.RuleIndex, r.RuleID)
		}
		loc := r.Locations[0]
		if loc.PhysicalLocation == nil || loc.PhysicalLocation.ArtifactLocation.URI != "examples/dublin/topology.json" {
			t.Errorf("%s: physical location %+v", id, loc.PhysicalLocation)
		}
		if _, path, _ := strings.Cut(id, "@"); loc.LogicalLocations[0].FullyQualifiedName != path {
			t.Errorf("%s: logical location %q, want the path %q", id, loc.LogicalLocations[0].FullyQualifiedName, path)
		}
		if strings.HasPrefix(id, "C:") {
			if r.RuleID != sarif.ConflictRuleID("US-CLOUD-2713") {
				t.Errorf("%s: ruleId %q, want the compelling rule's conflict rule", id, r.RuleID)
			}
			if fmt.Sprint(r.Properties["blockingRules"]) != "[EU-GDPR-48]" || fmt.Sprint(r.Properties["relatedRules"]) != "[US-CLOUD-2713 EU-GDPR-48]" {
				t.Errorf("%s: properties %v", id, r.Properties)
			}
		}
	}
	// Ireland's reach is presumed from the store's location: the synthetic
	// rule, described among the rules, says so.
	for _, r := range run.Results {
		if r.PartialFingerprints[sarif.FingerprintKey] != "E:IE@store/dublin" {
			continue
		}
		if r.RuleID != sarif.PresumedRuleID || r.RuleIndex == nil || r.Properties["presumed"] != true {
			t.Errorf("presumed exposure: ruleId %q, ruleIndex %v, properties %v; want %s", r.RuleID, r.RuleIndex, r.Properties, sarif.PresumedRuleID)
			continue
		}
		d := run.Tool.Driver.Rules[*r.RuleIndex]
		if d.ID != sarif.PresumedRuleID || !strings.Contains(d.FullDescription.Text, "presumed") ||
			!strings.Contains(d.Help.Text, "territorial") || d.Properties["synthetic"] != true {
			t.Errorf("presumed rule descriptor %+v", d)
		}
	}
	want := map[string]string{
		"C:US/EU@store/dublin/flow/redmond-admin/accessor/microsoft": "error",
		"C:US/EU@store/dublin/operator/msft-ie/parent/microsoft":     "error",
		// Ireland is the consumer's own government.
		"E:IE@store/dublin": "note",
		"E:US@store/dublin/flow/redmond-admin/accessor/microsoft": "warning",
		"E:US@store/dublin/operator/msft-ie/parent/microsoft":     "warning",
	}
	if fmt.Sprint(levels) != fmt.Sprint(want) {
		t.Errorf("levels\n got %v\nwant %v", levels, want)
	}

	// Alibaba Cloud in the US, for a US consumer: China's reach through the
	// parent is a warning, US reach a note.
	a := cases.AlibabaUS()
	rep = assess(t, a.Topology, a.Runs[0])
	for _, x := range rep.Exposures {
		want := sarif.Note
		if x.Government == jurisdiction.MustParseCode("CN") {
			want = sarif.Warning
		}
		if got := sarif.LevelOf(x.Severity); got != want {
			t.Errorf("%s: level %s, want %s", x.ID, got, want)
		}
	}
	// iCloud before the move: the US reaches only ciphertext, a note.
	ic := cases.ICloudChina()
	rep = assess(t, ic.Topology, ic.Runs[0])
	for _, v := range rep.Obligations {
		if l := sarif.LevelOf(v.Severity); l != sarif.Note {
			t.Errorf("%s: level %s, want note", v.ID, l)
		}
	}
	for _, x := range rep.Exposures {
		if !x.Readable {
			if l := sarif.LevelOf(x.Severity); l != sarif.Note {
				t.Errorf("%s: ciphertext-only exposure has level %s, want note", x.ID, l)
			}
		}
	}
}

// TestDeterministic writes the same report twice, and the same report
// decoded from its JSON, and expects the same bytes.
func TestDeterministic(t *testing.T) {
	for _, cr := range allRuns() {
		rep := assess(t, cr.top, cr.run)
		a, _ := write(t, rep, "x.json")
		b, _ := write(t, rep, "x.json")
		js, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		var back residency.Report
		if err := json.Unmarshal(js, &back); err != nil {
			t.Fatal(err)
		}
		c, _ := write(t, &back, "x.json")
		if !bytes.Equal(a, b) || !bytes.Equal(a, c) {
			t.Errorf("%s: output differs between writes", cr.name)
		}
	}
}

// TestURIReference checks that file paths become valid URI references.
func TestURIReference(t *testing.T) {
	c := cases.AzureChina()
	rep := assess(t, c.Topology, c.Runs[0])
	for _, uri := range []string{`dir with space\topology {1}.json`, "C:/plans/plan.json", "file:///tmp/t.json", "100%.json"} {
		data, _ := write(t, rep, uri)
		validate(t, data)
	}
}

// TestURIReferenceEscapes checks how paths and URIs become URI
// references (D16): "#" and "?" in a file name would start a fragment or
// a query, and viewers would open another file.
func TestURIReferenceEscapes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"examples/dublin/topology.json", "examples/dublin/topology.json"},
		{"my file#1?.json", "my%20file%231%3F.json"},
		{`dir with space\topology {1}.json`, "dir%20with%20space/topology%20%7B1%7D.json"},
		{"100%.json", "100%25.json"},
		{"50%zz.json", "50%25zz.json"},
		{"already%20escaped.json", "already%20escaped.json"},
		{"trailing%4", "trailing%254"},
		{"[x]|^`<>\"'.json", "%5Bx%5D%7C%5E%60%3C%3E%22'.json"},
		{"ü/résumé.json", "%C3%BC/r%C3%A9sum%C3%A9.json"},
		{"new\nline\x00.json", "new%0Aline%00.json"},
		{"keep-these_~!$&'()*+,;=@.json", "keep-these_~!$&'()*+,;=@.json"},
		{"/abs/path/plan.json", "/abs/path/plan.json"},
		{"a:b/c.json", "./a:b/c.json"},
		{"C:/plans/plan.json", "file:///C:/plans/plan.json"},
		{`C:\plans\plan #2.json`, "file:///C:/plans/plan%20%232.json"},
		{"file:///tmp/t.json", "file:///tmp/t.json"},
		{"https://example.com/p/t.json?rev=2#L3", "https://example.com/p/t.json?rev=2#L3"},
		{"file:///tmp/my file.json", "file:///tmp/my%20file.json"},
		{"s3://bucket/key with space", "s3://bucket/key%20with%20space"},
	} {
		got := sarif.URIReference(tt.in)
		if got != tt.want {
			t.Errorf("uriReference(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if _, err := url.Parse(got); err != nil {
			t.Errorf("uriReference(%q) = %q does not parse: %v", tt.in, got, err)
		}
		if u, _ := url.Parse(got); u != nil && (u.Fragment != "" || u.RawQuery != "") && !strings.Contains(tt.in, "://") {
			t.Errorf("uriReference(%q) = %q has a fragment or query", tt.in, got)
		}
	}
}

func TestParseLevel(t *testing.T) {
	for _, s := range []string{"error", "warning", "note", "none"} {
		if l, err := sarif.ParseLevel(s); err != nil || string(l) != s {
			t.Errorf("ParseLevel(%q) = %q, %v", s, l, err)
		}
	}
	if _, err := sarif.ParseLevel("fatal"); err == nil {
		t.Error("ParseLevel(fatal) succeeded")
	}
	if !(sarif.Error.Rank() > sarif.Warning.Rank() && sarif.Warning.Rank() > sarif.Note.Rank() && sarif.Note.Rank() > sarif.None.Rank()) {
		t.Error("ranks out of order")
	}
}

func TestLevelOf(t *testing.T) {
	for s, want := range map[residency.Severity]sarif.Level{
		residency.SeverityError: sarif.Error, residency.SeverityWarning: sarif.Warning, residency.SeverityNote: sarif.Note, 0: sarif.None,
	} {
		if got := sarif.LevelOf(s); got != want {
			t.Errorf("LevelOf(%v) = %q, want %q", s, got, want)
		}
	}
}

// TestSchemaRejects makes sure the validation has teeth: broken logs fail.
func TestSchemaRejects(t *testing.T) {
	c := cases.Dublin()
	rep := assess(t, c.Topology, c.Runs[1])
	good, _ := write(t, rep, "t.json")
	for name, edit := range map[string]func(map[string]any){
		"bad level":        func(r map[string]any) { r["level"] = "fatal" },
		"no message":       func(r map[string]any) { delete(r, "message") },
		"unknown property": func(r map[string]any) { r["severity"] = "high" },
		"pre-2.1.0 state": func(r map[string]any) {
			r["suppressions"] = []any{map[string]any{"kind": "external", "state": "accepted"}}
		},
		"bad suppression": func(r map[string]any) { r["suppressions"] = []any{map[string]any{"kind": "waiver"}} },
	} {
		var doc map[string]any
		if err := json.Unmarshal(good, &doc); err != nil {
			t.Fatal(err)
		}
		edit(lookup(doc, "runs").([]any)[0].(map[string]any)["results"].([]any)[0].(map[string]any))
		bad, _ := json.Marshal(doc)
		inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
		if err := loadSchema(t).Validate(inst); err == nil {
			t.Errorf("%s: a broken log validates", name)
		}
	}
}

// TestWriteWith checks what Options add: unlocated resources as results,
// accepted or not, notifications with their descriptors, and regions.
func TestWriteWith(t *testing.T) {
	c := cases.Dublin()
	rep := assess(t, c.Topology, c.Runs[1])
	findings := len(rep.Violations) + len(rep.Conflicts) + len(rep.Exposures) + len(rep.Obligations)
	unlocated := []sarif.Resource{
		{Address: "aws_s3_bucket.env", Type: "aws_s3_bucket", Reason: "provider configuration aws.env sets no region"},
		{Address: "google_storage_bucket.multi", Type: "google_storage_bucket", Reason: "multi-region ASIA"},
	}
	notes := []sarif.Notification{
		{ID: sarif.UnsupportedID, Level: sarif.Note, Message: "aws_iam_role.app (aws_iam_role): not checked", Resource: "aws_iam_role.app"},
		{ID: sarif.WaiverExpiredID, Level: sarif.Warning, Message: "waiver for X expired", Line: 7, Column: 5,
			Properties: map[string]any{"finding": "X"}},
		{ID: sarif.UnsupportedID, Level: "fatal", Message: "data.x (x): not checked"},
		{ID: "CUSTOM-1", Message: "a custom note"},
		{Message: "no descriptor"},
	}
	locate := func(p residency.Path) (int, int) {
		if p.Store == "dublin" {
			return 40, 5
		}
		return 0, 0
	}
	tests := []struct {
		name string
		uri  string
		opts sarif.Options
		// want
		unlocated      int
		suppressed     bool
		notifications  int
		descriptors    []string
		regions        bool
		notifyLocation bool
	}{
		{name: "unlocated", uri: "plan.json", opts: sarif.Options{Unlocated: unlocated}, unlocated: 2},
		{name: "unlocated accepted", uri: "plan.json", opts: sarif.Options{Unlocated: unlocated, AcceptUnlocated: "accepted by the caller"}, unlocated: 2, suppressed: true},
		{name: "notifications", uri: "t.json", opts: sarif.Options{Notifications: notes}, notifications: 5,
			descriptors: []string{sarif.UnsupportedID, sarif.WaiverExpiredID, "CUSTOM-1"}, regions: true, notifyLocation: true},
		{name: "notifications without a URI", opts: sarif.Options{Notifications: notes}, notifications: 5,
			descriptors: []string{sarif.UnsupportedID, sarif.WaiverExpiredID, "CUSTOM-1"}},
		{name: "regions", uri: "t.json", opts: sarif.Options{Locate: locate}, regions: true},
		{name: "regions need a URI", opts: sarif.Options{Locate: locate}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, l := writeWith(t, rep, tt.uri, tt.opts)
			validate(t, data)
			again, _ := writeWith(t, rep, tt.uri, tt.opts)
			if !bytes.Equal(data, again) {
				t.Error("output differs between writes")
			}
			run := l.Runs[0]
			if got := len(run.Results); got != findings+tt.unlocated {
				t.Fatalf("%d results, want %d findings and %d unlocated", got, findings, tt.unlocated)
			}
			for i, r := range run.Results[findings:] {
				res := tt.opts.Unlocated[i]
				if r.RuleID != sarif.UnlocatedRuleID || r.Level != "error" || r.RuleIndex == nil ||
					run.Tool.Driver.Rules[*r.RuleIndex].ID != sarif.UnlocatedRuleID {
					t.Errorf("unlocated result %d: ruleId %q, level %q, ruleIndex %v", i, r.RuleID, r.Level, r.RuleIndex)
				}
				if r.PartialFingerprints[sarif.FingerprintKey] != "unlocated:"+res.Address || r.Properties["reason"] != res.Reason ||
					!strings.Contains(r.Message.Text, res.Address) || !strings.Contains(r.Message.Text, res.Reason) {
					t.Errorf("unlocated result %d: %+v", i, r)
				}
				if got := r.Locations[0].LogicalLocations[0].FullyQualifiedName; got != res.Address {
					t.Errorf("unlocated result %d: logical location %q", i, got)
				}
				if suppressed := len(r.Suppressions) == 1 && r.Suppressions[0].Status == "accepted" &&
					r.Suppressions[0].Justification == tt.opts.AcceptUnlocated; suppressed != tt.suppressed {
					t.Errorf("unlocated result %d: suppressions %+v, want suppressed %v", i, r.Suppressions, tt.suppressed)
				}
			}
			hasUnlocatedRule := false
			for _, d := range run.Tool.Driver.Rules {
				if d.ID == sarif.UnlocatedRuleID {
					hasUnlocatedRule = strings.Contains(d.FullDescription.Text, "not fully checked") && d.Help.Text != ""
				}
			}
			if hasUnlocatedRule != (tt.unlocated > 0) {
				t.Errorf("rule %s described: %v, want %v", sarif.UnlocatedRuleID, hasUnlocatedRule, tt.unlocated > 0)
			}
			// The rating's unrated elements are notifications of their
			// own (TestUnratedNotifications); this test reads the ones
			// Options add.
			var descriptors []string
			for _, d := range run.Tool.Driver.Notifications {
				if d.ID != sarif.UnratedID {
					descriptors = append(descriptors, d.ID)
				}
			}
			for i := range run.Invocations {
				inv := &run.Invocations[i]
				inv.ToolExecutionNotifications = slices.DeleteFunc(inv.ToolExecutionNotifications, func(n sarifNotification) bool {
					return strings.HasPrefix(n.Message.Text, "hexad element ")
				})
			}
			run.Invocations = slices.DeleteFunc(run.Invocations, func(inv sarifInvocation) bool { return len(inv.ToolExecutionNotifications) == 0 })
			if fmt.Sprint(descriptors) != fmt.Sprint(tt.descriptors) {
				t.Errorf("notification descriptors %v, want %v", descriptors, tt.descriptors)
			}
			if tt.notifications == 0 {
				if len(run.Invocations) != 0 {
					t.Errorf("invocations %+v, want none", run.Invocations)
				}
			} else {
				if len(run.Invocations) != 1 || !run.Invocations[0].ExecutionSuccessful {
					t.Fatalf("invocations %+v, want one, successful", run.Invocations)
				}
				ns := run.Invocations[0].ToolExecutionNotifications
				if len(ns) != tt.notifications {
					t.Fatalf("%d notifications, want %d", len(ns), tt.notifications)
				}
				wantLevels := []string{"note", "warning", "note", "note", "note"}
				for i, n := range ns {
					if n.Level != wantLevels[i] || n.Message.Text != notes[i].Message {
						t.Errorf("notification %d: level %q, message %q", i, n.Level, n.Message.Text)
					}
					switch {
					case notes[i].ID == "" && n.Descriptor != nil:
						t.Errorf("notification %d: descriptor %+v, want none", i, n.Descriptor)
					case notes[i].ID != "" && (n.Descriptor == nil || run.Tool.Driver.Notifications[n.Descriptor.Index].ID != notes[i].ID):
						t.Errorf("notification %d: descriptor %+v does not point at %s", i, n.Descriptor, notes[i].ID)
					}
				}
				if d := run.Tool.Driver.Notifications[0]; d.Name != "UnsupportedResource" || d.ShortDescription.Text == "" {
					t.Errorf("descriptor of %s: %+v", sarif.UnsupportedID, d)
				}
				if ns[1].Properties["finding"] != "X" {
					t.Errorf("notification properties %v", ns[1].Properties)
				}
				var loc bytes.Buffer
				if len(ns[1].Locations) == 1 {
					if err := json.Compact(&loc, ns[1].Locations[0]); err != nil {
						t.Fatal(err)
					}
				}
				if got := strings.Contains(loc.String(), `"region":{"startLine":7,"startColumn":5}`); got != tt.notifyLocation {
					t.Errorf("notification location %s: region %v, want %v", loc.String(), got, tt.notifyLocation)
				}
				if len(ns[0].Locations) != 1 || !bytes.Contains(ns[0].Locations[0], []byte(`"aws_iam_role.app"`)) {
					t.Errorf("notification %d: locations %s, want the resource as a logical location", 0, ns[0].Locations)
				}
			}
			regions := 0
			for _, r := range run.Results {
				if p := r.Locations[0].PhysicalLocation; p != nil && p.Region != nil {
					regions++
					if p.Region.StartLine != 40 || p.Region.StartColumn != 5 {
						t.Errorf("region %+v, want 40:5", *p.Region)
					}
				}
			}
			if tt.opts.Locate != nil && tt.uri != "" && regions != findings {
				t.Errorf("%d results with regions, want every finding (%d)", regions, findings)
			}
			if tt.opts.Locate == nil && regions != 0 {
				t.Errorf("%d regions without Locate", regions)
			}
			if (run.ColumnKind == "unicodeCodePoints") != tt.regions {
				t.Errorf("columnKind %q, want it set only with regions (%v)", run.ColumnKind, tt.regions)
			}
		})
	}
}

// TestHelpURIsASCII: rules whose source URLs hold non-ASCII characters
// (the Chinese statutes' page names) get a helpUri every reader takes,
// percent-encoded, and their Markdown help links the same.
func TestHelpURIsASCII(t *testing.T) {
	encoded := 0
	for _, cr := range allRuns() {
		rep := assess(t, cr.top, cr.run)
		data, l := write(t, rep, "")
		for _, r := range l.Runs[0].Tool.Driver.Rules {
			for _, c := range r.HelpURI {
				if c > 0x7e || c <= 0x20 {
					t.Fatalf("%s: helpUri %q holds %q", r.ID, r.HelpURI, c)
				}
			}
			if strings.Contains(r.HelpURI, "%E") { // a UTF-8 lead byte, percent-encoded
				encoded++
			}
		}
		if strings.Contains(string(data), "https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/行政法") {
			t.Fatalf("%s: a raw non-ASCII URL in the log", cr.name)
		}
	}
	// The Chinese cases cite statutes whose URLs hold Chinese characters:
	// without an encoded one, the test above checked nothing.
	if encoded == 0 {
		t.Error("no helpUri with an encoded non-ASCII character among the case studies' rules")
	}
}
