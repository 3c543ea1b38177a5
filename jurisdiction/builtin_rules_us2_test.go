package jurisdiction

import (
	"net/url"
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
			u, err := url.Parse(s.URL)
			if err != nil || u.Host == "" {
				t.Errorf("%s: source %q has no usable URL %q", id, s.Title, s.URL)
				continue
			}
			if strings.Trim(u.Path, "/") == "" && u.RawQuery == "" {
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
