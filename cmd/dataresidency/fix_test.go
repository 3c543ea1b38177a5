package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestFix: fix lists remedies best first; -apply N -o FILE writes the
// document with remedy N applied, and the patched document no longer has
// what the remedy cleared.
func TestFix(t *testing.T) {
	top := example("dublin")
	code, stdout, stderr := exec(t, "fix", "-as-of", "2019-06-01", "-consumer", "IE", top)
	if code != 0 || !strings.Contains(stdout, "Remedies for Microsoft Dublin mailbox as of 2019-06-01") ||
		!strings.Contains(stdout, "1. remove administrative access redmond-admin") || !strings.Contains(stdout, "patch: remove /flows/0") {
		t.Fatalf("fix: exit %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = exec(t, "fix", "-as-of", "2019-06-01", "-consumer", "IE", "-format", "json", top)
	var doc fixJSON
	if code != 0 || json.Unmarshal([]byte(stdout), &doc) != nil || len(doc.Remedies) == 0 || len(doc.Open) != 2 {
		t.Fatalf("fix -format json: exit %d\n%s", code, stdout)
	}
	first := doc.Remedies[0]
	if len(first.Patch) == 0 || len(first.Cleared) == 0 || first.Introduced == nil {
		t.Errorf("first remedy %+v", first)
	}
	out := filepath.Join(t.TempDir(), "fixed.json")
	if code, _, stderr := exec(t, "fix", "-as-of", "2019-06-01", "-consumer", "IE", "-apply", "1", "-o", out, top); code != 0 {
		t.Fatalf("fix -apply 1: exit %d\n%s", code, stderr)
	}
	code, stdout, stderr = exec(t, "assess", "-as-of", "2019-06-01", "-consumer", "IE", "-format", "json", out)
	if code == 2 {
		t.Fatalf("the fixed document does not assess: %s", stderr)
	}
	for _, id := range first.Cleared {
		if strings.Contains(stdout, `"id": "`+id+`"`) {
			t.Errorf("the fixed document still has %s", id)
		}
	}
	if code, _, stderr := exec(t, "fix", "-apply", "1", top); code != 2 || !strings.Contains(stderr, "-o FILE") {
		t.Errorf("-apply without -o: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := exec(t, "fix", "-as-of", "2019-06-01", "-apply", "99", "-o", out, top); code != 2 || !strings.Contains(stderr, "there are") {
		t.Errorf("-apply 99: exit %d\n%s", code, stderr)
	}
}

// TestFixNotChecked: fix says what the assessment could not check, so that
// "no remedy" never reads as "nothing to remedy".
func TestFixNotChecked(t *testing.T) {
	top := writeTemp(t, "np.json", `{"datasets":[{"id":"d","classes":["personal"],"subjects":[{"jurisdiction":"NP","count":1000}],"controller":"c"}],`+
		`"entities":[{"id":"c","jurisdiction":"NP"}],"stores":[{"id":"s","region":"aws:eu-central-1","datasets":["d"]},{"id":"e","region":"aws:eu-west-1"}]}`)
	code, stdout, stderr := exec(t, "fix", "-as-of", "2026-06-01", top)
	if code != 0 || !strings.Contains(stdout, "Not checked, so not remedied either: the law of NP (not researched); 1 store declaring no data (e)") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestFixPlan: for a Terraform plan, fix names the resource and attribute,
// or the facts file, instead of a JSON Patch.
func TestFixPlan(t *testing.T) {
	if readPlan == nil {
		t.Skip("this build cannot read plans")
	}
	plan := factsPlan(t, strings.Replace(factsOrders, "%s", "", 1))
	code, stdout, stderr := exec(t, "fix", "-as-of", "2025-06-01", "-consumer", "DE", "-format", "json", plan)
	var doc fixJSON
	if code != 0 || json.Unmarshal([]byte(stdout), &doc) != nil {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	found := false
	for _, r := range doc.Remedies {
		if r.Patch != nil || r.Change == "" {
			t.Errorf("remedy %q of a plan: patch %v, change %q", r.Explanation, r.Patch, r.Change)
		}
		if strings.Contains(r.Change, `"mechanisms": ["eu-scc-2021"]`) || strings.Contains(r.Change, "facts file") {
			found = true
		}
	}
	if !found {
		t.Errorf("no remedy points at the facts file:\n%s", stdout)
	}
	if code, _, stderr := exec(t, "fix", "-as-of", "2025-06-01", "-apply", "1", "-o", filepath.Join(t.TempDir(), "x.json"), plan); code != 2 ||
		!strings.Contains(stderr, "for a Terraform plan") {
		t.Errorf("-apply on a plan: exit %d\n%s", code, stderr)
	}
}

// TestPlace: place ranks the catalog's regions for a dataset.
func TestPlace(t *testing.T) {
	code, stdout, stderr := exec(t, "place", "-classes", "personal", "-subjects", "CN:2000000", "-controller-in", "CN", "-cii",
		"-consumer", "CN", "-as-of", "2026-06-01", "-format", "json")
	var ps []struct {
		Region     string   `json:"region"`
		Country    string   `json:"country"`
		Violations []string `json:"violations"`
		Conflicts  []string `json:"conflicts"`
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &ps) != nil || len(ps) < 100 {
		t.Fatalf("place: exit %d\n%s", code, stderr)
	}
	if ps[0].Country != "CN" || len(ps[0].Violations)+len(ps[0].Conflicts) != 0 {
		t.Errorf("best placement of Chinese CII data: %+v", ps[0])
	}
	code, stdout, _ = exec(t, "place", "-classes", "personal", "-subjects", "DE:50000", "-controller-in", "DE", "-consumer", "DE",
		"-as-of", "2026-06-01", "-provider", "aws", "-top", "3")
	if code != 0 || !strings.Contains(stdout, "RANK") || strings.Count(stdout, "\n") > 10 || !strings.Contains(stdout, "aws:") {
		t.Errorf("place -provider aws -top 3: exit %d\n%s", code, stdout)
	}
	// A controller whose law the catalog did not research: no placement
	// reads as clean without saying so.
	code, stdout, _ = exec(t, "place", "-classes", "personal", "-subjects", "NP:1000", "-controller-in", "NP", "-as-of", "2026-06-01", "-top", "2")
	if code != 0 || !strings.Contains(stdout, "LAW NOT RESEARCHED") || !strings.Contains(stdout, "  NP\n") ||
		!strings.Contains(stdout, "placements touch a jurisdiction whose law the catalog did not research") {
		t.Errorf("place for an unresearched controller: exit %d\n%s", code, stdout)
	}
	for _, args := range [][]string{
		{"place", "-classes", "personal"},
		{"place", "-controller-in", "XX"},
		{"place", "-controller-in", "DE", "-classes", "secret"},
		{"place", "-controller-in", "DE", "-subjects", "DE:many"},
		{"place", "-controller-in", "DE", "-provider", "nope"},
	} {
		if code, _, _ := exec(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
