package jurisdiction

import (
	"strings"
	"testing"
)

// TestRulesUS2 builds the US additions over the built-in catalog and checks
// that every rule and mechanism cites pages, not bare domains.
func TestRulesUS2(t *testing.T) {
	rules, mechs := rulesUS2(), mechanismsUS2()
	cat, err := Default().With("t", Contents{Rules: rules, Mechanisms: mechs})
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	check := func(id string, sources []Source) {
		t.Helper()
		if len(sources) == 0 {
			t.Errorf("%s: no sources", id)
		}
		for _, s := range sources {
			if !pageURL(s.URL) {
				t.Errorf("%s: source %q cites a bare domain %q", id, s.Title, s.URL)
			}
		}
	}
	for _, r := range rules {
		check(r.ID, r.Sources)
		if _, ok := cat.Rule(r.ID); !ok {
			t.Errorf("%s: not in the catalog", r.ID)
		}
		if !r.Verified && r.Notes == "" {
			t.Errorf("%s: unverified without notes saying why", r.ID)
		}
	}
	for _, m := range mechs {
		check(m.ID, m.Sources)
	}
	// The corrections in builtin_us.go: page-level sources for the rules
	// this group touched.
	for _, id := range []string{"US-SCA-2703", "US-SCA-2709", "US-CALEA", "US-CALEA-1998", "US-FIRRMA-SPD"} {
		r, ok := cat.Rule(id)
		if !ok {
			t.Fatalf("%s: not in the catalog", id)
		}
		check(id, r.Sources)
	}
	if r, _ := cat.Rule("US-DOJ-202-GEOLOCATION"); !strings.Contains(r.Scope.SubjectsNote, "US devices") || strings.Contains(r.Title, "US persons") {
		t.Errorf("US-DOJ-202-GEOLOCATION counts US devices (28 CFR 202.205(c)): title %q, note %q", r.Title, r.Scope.SubjectsNote)
	}
}

// TestBuiltinUSCNEUPageSources checks that the rules, mechanisms and
// agreements of builtin_us.go, builtin_cn.go and builtin_eu.go cite pages,
// not bare domains, and pins the status of Section 702 after its lapse.
func TestBuiltinUSCNEUPageSources(t *testing.T) {
	check := func(what string, sources []Source) {
		t.Helper()
		for _, s := range sources {
			if !pageURL(s.URL) {
				t.Errorf("%s: source %q cites a bare domain or no URL: %q", what, s.Title, s.URL)
			}
		}
	}
	var rules []Rule
	rules = append(rules, usRules()...)
	rules = append(rules, chinaRules()...)
	rules = append(rules, euRules()...)
	for _, r := range rules {
		check("rule "+r.ID, r.Sources)
	}
	var mechs []Mechanism
	mechs = append(mechs, usMechanisms()...)
	mechs = append(mechs, chinaMechanisms()...)
	mechs = append(mechs, euMechanisms()...)
	for _, m := range mechs {
		check("mechanism "+m.ID, m.Sources)
	}
	for _, a := range usAgreements() {
		check("agreement "+a.ID, a.Sources)
	}

	// Section 702 lapsed on 2026-06-12, but directives under the FISC's 2026
	// certifications stay in effect until those expire (about March 2027):
	// no End yet.
	r, ok := Default().Rule("US-FISA-702")
	if !ok {
		t.Fatal("US-FISA-702 not in the catalog")
	}
	if !r.End.IsZero() || !strings.Contains(r.Notes, "2026-06-12") {
		t.Errorf("US-FISA-702: End %s, notes %q; want no End and the 2026-06-12 lapse recorded", r.End, r.Notes)
	}
}
