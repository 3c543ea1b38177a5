package remedy_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/remedy"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// open lists a report's unwaived violations and conflicts.
func open(rep *residency.Report) map[string]bool {
	out := map[string]bool{}
	for _, v := range rep.Violations {
		if v.Waiver == nil {
			out[v.ID] = true
		}
	}
	for _, c := range rep.Conflicts {
		if c.Waiver == nil {
			out[c.ID] = true
		}
	}
	return out
}

// checkFirst applies the first remedy of t's plan to t's JSON document,
// decodes and re-assesses the result, and fails unless the remedy's
// targets are gone and no violation or conflict is new.
// It reports whether t had open findings to remedy.
func checkFirst(t *testing.T, name string, top *residency.Topology, asOf jurisdiction.Date, consumer jurisdiction.Code) bool {
	t.Helper()
	p, err := remedy.Fix(top, asOf, remedy.Consumer(consumer))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	before := open(p.Report)
	if len(before) == 0 {
		return false
	}
	if len(p.Remedies) == 0 {
		t.Errorf("%s: %d open findings and no remedy (unremedied %v)", name, len(before), p.Unremedied)
		return true
	}
	first := p.Remedies[0]
	var doc bytes.Buffer
	if err := residency.EncodeJSON(&doc, top); err != nil {
		t.Fatal(err)
	}
	patched, err := remedy.ApplyPatch(doc.Bytes(), first.Patch)
	if err != nil {
		t.Fatalf("%s: %s: %v", name, first.Explanation, err)
	}
	top2, err := residency.DecodeJSON(patched)
	if err != nil {
		t.Fatalf("%s: the patched document does not decode: %v\n%s", name, err, patched)
	}
	rep2, err := residency.Assess(top2, asOf, residency.Consumer(consumer))
	if err != nil {
		t.Fatalf("%s: the patched topology does not assess: %v", name, err)
	}
	after := open(rep2)
	for _, id := range first.Targets {
		if after[id] {
			t.Errorf("%s: %q does not clear %s", name, first.Explanation, id)
		}
	}
	for id := range after {
		if !before[id] {
			t.Errorf("%s: %q introduces %s", name, first.Explanation, id)
		}
	}
	if len(first.Introduced) != 0 {
		t.Errorf("%s: the best remedy introduces %v", name, first.Introduced)
	}
	return true
}

// TestFirstRemedyClears holds the done-when of the remedy planner: for
// every case study with violations or conflicts, and for synthetic
// estates, the first remedy's JSON Patch, applied to the topology's
// document, clears what it targets and introduces no violation or
// conflict.
func TestFirstRemedyClears(t *testing.T) {
	t.Parallel()
	n, remedied := 0, 0
	for _, c := range cases.All() {
		for _, run := range c.Runs {
			top := c.Topology
			if run.Topology != nil {
				top = run.Topology
			}
			if checkFirst(t, c.Name+" / "+run.Title, top, run.AsOf, run.Consumer) {
				remedied++
			}
			n++
		}
	}
	for seed := range uint64(4) {
		top := synth.Generate(synth.Config{Stores: 60, Seed: seed + 1})
		if checkFirst(t, fmt.Sprintf("synth seed %d", seed+1), top, jurisdiction.MustParseDate("2026-06-01"), jurisdiction.MustParseCode("DE")) {
			remedied++
		}
		n++
	}
	// Four runs of the case studies and every synthetic estate have
	// findings: fewer would mean the test checked little.
	if n < 10 || remedied < 8 {
		t.Errorf("%d topologies checked, %d with findings to remedy", n, remedied)
	}
}

// TestPlaceRanks holds the placement's done-when: Chinese CII personal
// data for a Chinese consumer goes first to regions in China run by
// licensed Chinese operators; German personal data to EEA regions.
func TestPlaceRanks(t *testing.T) {
	t.Parallel()
	asOf := jurisdiction.MustParseDate("2026-06-01")
	cn, de := jurisdiction.MustParseCode("CN"), jurisdiction.MustParseCode("DE")
	cat := jurisdiction.Default()

	ps, err := remedy.Place(residency.Dataset{ID: "citizens", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
		Subjects: []residency.Subjects{{Jurisdiction: cn, Count: 2_000_000}}},
		residency.Entity{ID: "grid", Jurisdiction: cn, CII: []jurisdiction.Code{cn}}, asOf, remedy.Consumer(cn))
	if err != nil {
		t.Fatal(err)
	}
	clean := 0
	for _, p := range ps {
		if len(p.Violations)+len(p.Conflicts) > 0 {
			break
		}
		clean++
		reg, _ := cat.Region(p.Region)
		op, _ := cat.Operator(cat.RegionOperator(reg))
		if p.Country != cn || op.Jurisdiction != cn || !slices.Contains(op.Licences, "CN-VATS-IDC") {
			t.Errorf("%s (%s, operator %s in %s, licences %v) ranks among the clean placements", p.Region, p.Country, op.Name, op.Jurisdiction, op.Licences)
		}
	}
	if clean == 0 {
		t.Fatalf("no clean placement for Chinese CII data; first: %+v", ps[0])
	}

	ps, err = remedy.Place(residency.Dataset{ID: "customers", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
		Subjects: []residency.Subjects{{Jurisdiction: de, Count: 50_000}}},
		residency.Entity{ID: "shop", Jurisdiction: de}, asOf, remedy.Consumer(de))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps[:5] {
		if !cat.Within(p.Country, jurisdiction.MustParseCode("EEA"), asOf) {
			t.Errorf("%s in %s ranks in the first five for German personal data", p.Region, p.Country)
		}
	}
	if first := ps[0]; len(first.Violations)+len(first.Conflicts) != 0 {
		t.Errorf("the best placement for German data raises %v %v", first.Violations, first.Conflicts)
	}
}

// TestApplyPatch covers the RFC 6902 operations the planner writes.
func TestApplyPatch(t *testing.T) {
	t.Parallel()
	doc := []byte(`{"a": [1, 2], "b": {"c": "x"}}`)
	tests := []struct {
		ops  []remedy.Op
		want string
		bad  bool
	}{
		{ops: []remedy.Op{{Op: "add", Path: "/a/-", Value: 3}}, want: `[1,2,3]`},
		{ops: []remedy.Op{{Op: "add", Path: "/a/0", Value: 0}}, want: `[0,1,2]`},
		{ops: []remedy.Op{{Op: "remove", Path: "/a/1"}}, want: `[1]`},
		{ops: []remedy.Op{{Op: "replace", Path: "/b/c", Value: "y"}}, want: `"y"`},
		{ops: []remedy.Op{{Op: "add", Path: "/b/d~1e", Value: true}}, want: `"d/e": true`},
		{ops: []remedy.Op{{Op: "remove", Path: "/a/2"}}, bad: true},
		{ops: []remedy.Op{{Op: "replace", Path: "/b/nope", Value: 1}}, bad: true},
		{ops: []remedy.Op{{Op: "move", Path: "/a"}}, bad: true},
		{ops: []remedy.Op{{Op: "add", Path: "a", Value: 1}}, bad: true},
	}
	for _, tt := range tests {
		out, err := remedy.ApplyPatch(doc, tt.ops)
		if tt.bad {
			if err == nil {
				t.Errorf("%v applied: %s", tt.ops, out)
			}
			continue
		}
		if err != nil {
			t.Errorf("%v: %v", tt.ops, err)
			continue
		}
		if !bytes.Contains(bytes.Join(bytes.Fields(out), nil), bytes.Join(bytes.Fields([]byte(tt.want)), nil)) {
			t.Errorf("%v gave %s, want it to hold %s", tt.ops, out, tt.want)
		}
	}
	if string(doc) != `{"a": [1, 2], "b": {"c": "x"}}` {
		t.Error("ApplyPatch modified its input")
	}
}

// estate is the yardstick: a synthetic estate of 1,000 stores
// whose open violations and conflicts are cut to 50 by waiving the rest
// (the estate has about 1,100).
func estate(tb testing.TB, open int) (*residency.Topology, jurisdiction.Date) {
	top := synth.Generate(synth.Config{Stores: 1000, Seed: 1})
	asOf := jurisdiction.MustParseDate("2026-06-01")
	rep, err := residency.Assess(top, asOf, residency.Only(residency.Violations, residency.Conflicts))
	if err != nil {
		tb.Fatal(err)
	}
	var ids []string
	for _, v := range rep.Violations {
		ids = append(ids, v.ID)
	}
	for _, c := range rep.Conflicts {
		ids = append(ids, c.ID)
	}
	if open > 0 && len(ids) > open {
		for _, id := range ids[open:] {
			top.Waivers = append(top.Waivers, residency.Waiver{Finding: id, Justification: "benchmark", Approver: "bench",
				Expires: jurisdiction.MustParseDate("2030-01-01")})
		}
	}
	return top, asOf
}

// BenchmarkFix50: remedies for a 1,000-store estate with 50 open
// findings.
func BenchmarkFix50(b *testing.B) {
	top, asOf := estate(b, 50)
	for b.Loop() {
		p, err := remedy.Fix(top, asOf)
		if err != nil {
			b.Fatal(err)
		}
		if n := len(open(p.Report)); n != 50 {
			b.Fatalf("%d open findings, want 50", n)
		}
	}
}

// BenchmarkFixAll: remedies for every open finding of the same estate.
func BenchmarkFixAll(b *testing.B) {
	top, asOf := estate(b, 0)
	for b.Loop() {
		if _, err := remedy.Fix(top, asOf); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlace(b *testing.B) {
	de := jurisdiction.MustParseCode("DE")
	ds := residency.Dataset{ID: "d", Classes: []jurisdiction.DataClass{jurisdiction.Personal}, Subjects: []residency.Subjects{{Jurisdiction: de, Count: 1000}}}
	ctl := residency.Entity{ID: "c", Jurisdiction: de}
	asOf := jurisdiction.MustParseDate("2026-06-01")
	for b.Loop() {
		if _, err := remedy.Place(ds, ctl, asOf, remedy.Consumer(de)); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzApplyPatch: ApplyPatch never panics, and what it returns is JSON.
func FuzzApplyPatch(f *testing.F) {
	f.Add([]byte(`{"a": [1, 2], "b": {"c": "x"}}`), "add", "/a/-", "3")
	f.Add([]byte(`{"stores": [{"id": "s", "mechanisms": []}]}`), "add", "/stores/0/mechanisms/-", `"eu-scc-2021"`)
	f.Add([]byte(`[]`), "remove", "/0", "")
	f.Add([]byte(`{"a~b": {"c/d": 1}}`), "replace", "/a~0b/c~1d", "2")
	f.Fuzz(func(t *testing.T, doc []byte, op, path, value string) {
		var v any
		if value != "" {
			if err := json.Unmarshal([]byte(value), &v); err != nil {
				return
			}
		}
		out, err := remedy.ApplyPatch(doc, []remedy.Op{{Op: op, Path: path, Value: v}})
		if err != nil {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("not JSON: %s", out)
		}
	})
}
