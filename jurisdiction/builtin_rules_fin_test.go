package jurisdiction

import (
	"strings"
	"testing"
)

func finContents() Contents {
	return Contents{Rules: rulesFin(), Mechanisms: mechanismsFin()}
}

func TestRulesFin(t *testing.T) {
	t.Parallel()
	more := finContents()
	cat, err := Default().With("t", more)
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	verified := 0
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
		if r.Verified {
			verified++
		} else if !strings.Contains(strings.ToLower(r.Notes), "unverified") {
			t.Errorf("%s: unverified without saying why in its notes", r.ID)
		}
		// Sector-bound rules bind tagged controllers only.
		if len(r.Scope.ControllerTags) == 0 {
			t.Errorf("%s: no controller tag; every Fin rule is bound to a sector or role", r.ID)
		}
	}
	if len(more.Rules) < 8 {
		t.Errorf("%d rules, want at least 8", len(more.Rules))
	}
	if verified < 8 {
		t.Errorf("%d verified rules, want at least 8", verified)
	}
	for _, m := range more.Mechanisms {
		if _, ok := cat.Mechanism(m.ID); !ok {
			t.Errorf("%s: not in the catalog", m.ID)
		}
		checkPageSources(t, m.ID, m.Sources)
		if !m.Verified && !strings.Contains(strings.ToLower(m.Notes), "unverified") {
			t.Errorf("%s: unverified without saying why in its notes", m.ID)
		}
	}
	for _, c := range []struct{ id, want string }{
		{"EU-DORA-28", "2025-01-17"}, {"EU-DORA-30", "2025-01-17"}, {"EU-DORA-19", "2025-01-17"},
		{"EU-GDPR-28", "2018-05-25"}, {"EU-GDPR-27", "2018-05-25"},
		{"EU-NIS2-21", "2024-10-18"}, {"EU-NIS2-23", "2024-10-18"},
		{"KR-EFSR-14-2", "2019-01-01"}, {"TR-BDDK-BSEBY-PRIMARY", "2021-01-01"},
	} {
		if r, _ := cat.Rule(c.id); r.Effective != mustDate(c.want) {
			t.Errorf("%s effective %s, want %s", c.id, r.Effective, c.want)
		}
	}
}
