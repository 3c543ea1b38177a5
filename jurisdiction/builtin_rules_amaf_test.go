package jurisdiction

import (
	"strings"
	"testing"
)

func TestRulesAmAf(t *testing.T) {
	rules, mechs, surveys := rulesAmAf(), mechanismsAmAf(), surveysAmAf()
	cat, err := Default().With("t", Contents{Rules: rules, Mechanisms: mechs, Surveys: surveys})
	if err != nil {
		t.Fatal(err)
	}
	unverifiedSaid := func(notes string) bool {
		n := strings.ToLower(notes)
		return strings.Contains(n, "unverified") || strings.Contains(n, "re-check")
	}
	checkSources := func(what string, verified bool, ss []Source) {
		if len(ss) == 0 {
			t.Errorf("%s: no sources", what)
		}
		specific := false
		for i, s := range ss {
			if s.Title == "" {
				t.Errorf("%s: source %d has no title", what, i)
			}
			if !pageURL(s.URL) {
				t.Errorf("%s: source %d URL %q is not a specific page", what, i, s.URL)
			} else {
				specific = true
			}
		}
		if verified && !specific {
			t.Errorf("%s: verified without a specific page", what)
		}
	}
	verified := 0
	for _, r := range rules {
		what := "rule " + r.ID
		if _, ok := cat.Rule(r.ID); !ok {
			t.Errorf("%s: not in the catalog", what)
		}
		if r.Citation.Law == "" || r.Citation.Article == "" || r.Effective.IsZero() || r.Title == "" {
			t.Errorf("%s: lacks a citation, title or effective date", what)
		}
		if r.Kind == CompelledAccess && r.Reach == 0 {
			t.Errorf("%s: compelled access without a reach", what)
		}
		if !r.Verified && !unverifiedSaid(r.Notes) {
			t.Errorf("%s: unverified but its notes do not say what", what)
		}
		if r.Verified {
			verified++
		}
		checkSources(what, r.Verified, r.Sources)
	}
	for _, m := range mechs {
		what := "mechanism " + m.ID
		if len(m.Satisfies) == 0 && !m.Assessment {
			t.Errorf("%s: satisfies no rule", what)
		}
		for _, id := range m.Satisfies {
			r, ok := cat.Rule(id)
			if !ok {
				t.Errorf("%s: satisfies unknown rule %s", what, id)
			} else if r.Jurisdiction != m.Jurisdiction {
				t.Errorf("%s: satisfies %s of another jurisdiction", what, id)
			}
		}
		for _, d := range m.Destinations {
			if !cat.Known(d) {
				t.Errorf("%s: unknown destination %v", what, d)
			}
		}
		if !m.Verified && !unverifiedSaid(m.Notes) {
			t.Errorf("%s: unverified but its notes do not say what", what)
		}
		checkSources(what, m.Verified, m.Sources)
	}
	for _, s := range surveys {
		what := "survey " + s.Jurisdiction.String()
		if _, ok := cat.Survey(s.Jurisdiction); !ok {
			t.Errorf("%s: not in the catalog", what)
		}
		if len(s.Absent) == 0 {
			t.Errorf("%s: records no absence", what)
		}
		checkSources(what, s.Verified, s.Sources)
	}
	t.Logf("%d of %d rules verified", verified, len(rules))
}
