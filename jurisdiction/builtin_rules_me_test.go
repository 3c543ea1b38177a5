package jurisdiction

import (
	"strings"
	"testing"
)

// TestRulesME builds the catalog with the Middle East rules, mechanisms
// and surveys, and checks that every entry cites pages, not homepages.
func TestRulesME(t *testing.T) {
	rules, mechanisms, surveys := rulesME(), mechanismsME(), surveysME()
	cat, err := Default().With("t", Contents{Rules: rules, Mechanisms: mechanisms, Surveys: surveys})
	if err != nil {
		t.Fatal(err)
	}
	checkSources := func(what string, sources []Source) {
		t.Helper()
		if len(sources) == 0 {
			t.Errorf("%s: no sources", what)
		}
		for _, s := range sources {
			if !pageURL(s.URL) {
				t.Errorf("%s: source %q cites a bare homepage %q", what, s.Title, s.URL)
			}
		}
	}
	for _, r := range rules {
		checkSources(r.ID, r.Sources)
		if _, ok := cat.Rule(r.ID); !ok {
			t.Errorf("%s not in the catalog", r.ID)
		}
		if !r.Verified && r.Notes == "" {
			t.Errorf("%s: unverified without notes", r.ID)
		}
	}
	for _, m := range mechanisms {
		checkSources(m.ID, m.Sources)
		if m.ID != strings.ToLower(m.ID) {
			t.Errorf("%s: mechanism IDs are lower case", m.ID)
		}
	}
	for _, s := range surveys {
		checkSources("survey "+s.Jurisdiction.String(), s.Sources)
		if !cat.Researched(s.Jurisdiction) {
			t.Errorf("%s not researched after its survey", s.Jurisdiction)
		}
	}
}
