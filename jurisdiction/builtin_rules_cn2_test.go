package jurisdiction

import (
	"strings"
	"testing"
)

func cn2Contents() Contents {
	return Contents{Rules: rulesCN2(), Mechanisms: mechanismsCN2(), Surveys: surveysCN2()}
}

func TestRulesCN2(t *testing.T) {
	t.Parallel()
	more := cn2Contents()
	cat, err := Default().With("t", more)
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	for _, r := range more.Rules {
		got, ok := cat.Rule(r.ID)
		if !ok {
			t.Errorf("%s: not in the catalog", r.ID)
			continue
		}
		checkPageSources(t, r.ID, got.Sources)
		if r.Citation.Article == "" || r.Effective.IsZero() {
			t.Errorf("%s: no article or no effective date", r.ID)
		}
		if !r.Verified && !strings.Contains(strings.ToLower(r.Notes), "unverified") {
			t.Errorf("%s: unverified without saying why in its notes", r.ID)
		}
	}
	for _, m := range more.Mechanisms {
		if _, ok := cat.Mechanism(m.ID); !ok {
			t.Errorf("%s: not in the catalog", m.ID)
		}
		checkPageSources(t, m.ID, m.Sources)
	}
	for _, s := range more.Surveys {
		got, ok := cat.Survey(s.Jurisdiction)
		if !ok || !cat.Researched(s.Jurisdiction) {
			t.Errorf("survey of %s: not in the catalog", s.Jurisdiction)
		}
		checkPageSources(t, "survey "+s.Jurisdiction.String(), got.Sources)
	}
	if s, _ := cat.Survey(mustCode("HK")); !s.Lacks(TransferRestriction) {
		t.Error("the HK survey does not record that PDPO s.33 is not in force")
	}
	// Corrections to the data files made with CN2.
	for _, c := range []struct{ id, reason, want string }{
		{"CN-PIPL-40-VOLUME", "the 2024 Provisions (Art. 5(4), 7(2), 13) replaced the 1,000,000-handled trigger", "2024-03-22"},
	} {
		if r, _ := cat.Rule(c.id); r.End != mustDate(c.want) {
			t.Errorf("%s ends %s, want %s: %s", c.id, r.End, c.want, c.reason)
		}
	}
	if r, _ := cat.Rule("CN-CSL2025-39"); !strings.Contains(r.Relief, "Art. 39") || strings.Contains(r.Relief, "Art. 37") {
		t.Errorf("CN-CSL2025-39 relief %q does not cite the amended article", r.Relief)
	}
	if m, _ := cat.Mechanism("cn-pi-certification"); m.LimitsOn(mustDate("2026-06-01")) != m.LimitsOn(mustDate("2025-06-01")) {
		t.Error("the 2026 Certification Measures changed the certification route's limits")
	}
}
