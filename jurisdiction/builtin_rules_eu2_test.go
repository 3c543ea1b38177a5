package jurisdiction

import (
	"testing"
)

func TestRulesEU2(t *testing.T) {
	t.Parallel()
	cat, err := Default().With("t", Contents{Rules: rulesEU2(), Mechanisms: mechanismsEU2()})
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	pageLevel := func(what, id string, srcs []Source) {
		if len(srcs) == 0 {
			t.Errorf("%s %s has no sources", what, id)
		}
		for _, s := range srcs {
			if !pageURL(s.URL) {
				t.Errorf("%s %s: source %q is not a page-level URL", what, id, s.URL)
			}
		}
	}
	for _, r := range rulesEU2() {
		if _, ok := cat.Rule(r.ID); !ok {
			t.Errorf("rule %s missing from the catalog", r.ID)
		}
		if r.Citation.Article == "" {
			t.Errorf("rule %s has no article", r.ID)
		}
		pageLevel("rule", r.ID, r.Sources)
	}
	for _, m := range mechanismsEU2() {
		if _, ok := cat.Mechanism(m.ID); !ok {
			t.Errorf("mechanism %s missing from the catalog", m.ID)
		}
		pageLevel("mechanism", m.ID, m.Sources)
	}
}
