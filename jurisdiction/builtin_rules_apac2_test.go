package jurisdiction

import (
	"strings"
	"testing"
)

// TestRulesAPAC2 checks that the APAC group-2 rules, mechanisms and surveys
// join the built-in catalog, and that every entry cites pages, not bare
// homepages, and says what is unverified.
func TestRulesAPAC2(t *testing.T) {
	rules, mechs, surveys := rulesAPAC2(), mechanismsAPAC2(), surveysAPAC2()
	cat, err := Default().With("t", Contents{Rules: rules, Mechanisms: mechs, Surveys: surveys})
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	checkSources := func(what string, sources []Source) {
		t.Helper()
		if len(sources) == 0 {
			t.Errorf("%s: no sources", what)
		}
		for i, s := range sources {
			if !pageURL(s.URL) {
				t.Errorf("%s: source %d URL %q is a bare homepage", what, i, s.URL)
			}
			if s.Title == "" {
				t.Errorf("%s: source %d has no title", what, i)
			}
		}
	}
	unverifiedSays := func(what string, verified bool, notes string) {
		t.Helper()
		if !verified && !strings.Contains(strings.ToLower(notes), "unverified") {
			t.Errorf("%s is unverified but its notes do not say what: %q", what, notes)
		}
	}
	verified := 0
	for _, r := range rules {
		got, ok := cat.Rule(r.ID)
		if !ok {
			t.Errorf("rule %s missing from the catalog", r.ID)
			continue
		}
		if got.Effective.IsZero() || got.Citation.Article == "" {
			t.Errorf("rule %s: no effective date or article", r.ID)
		}
		checkSources("rule "+r.ID, r.Sources)
		unverifiedSays("rule "+r.ID, r.Verified, r.Notes)
		if r.Verified {
			verified++
		}
	}
	if 10*verified < 9*len(rules) {
		t.Errorf("%d of %d rules verified, want at least 90%%", verified, len(rules))
	}
	for _, m := range mechs {
		checkSources("mechanism "+m.ID, m.Sources)
		unverifiedSays("mechanism "+m.ID, m.Verified, m.Notes)
	}
	for _, s := range surveys {
		checkSources("survey "+s.Jurisdiction.String(), s.Sources)
		unverifiedSays("survey "+s.Jurisdiction.String(), s.Verified, s.Notes)
		if !cat.Researched(s.Jurisdiction) {
			t.Errorf("%s is surveyed but not researched", s.Jurisdiction)
		}
	}
	for code, kind := range map[string]Kind{"BD": Localization, "PH": TransferRestriction} {
		s, ok := cat.Survey(MustParseCode(code))
		if !ok || !s.Lacks(kind) {
			t.Errorf("survey of %s should record the absence of a %s rule: %+v", code, kind, s)
		}
	}
	// Successions and dates the research pinned down.
	old, _ := cat.Rule("MY-PDPA-129-2013")
	amended, _ := cat.Rule("MY-PDPA-129-2025")
	if old.End != amended.Effective || amended.Effective != MustParseDate("2025-04-01") {
		t.Errorf("Malaysia's whitelist regime ends %s, the amended s.129 starts %s; want both 2025-04-01", old.End, amended.Effective)
	}
	for id, day := range map[string]string{
		"TH-PDPA-28": "2022-06-01", "NZ-PA2020-IPP12": "2020-12-01", "TW-PDPA-21-NCC-2012": "2012-10-01",
		"IN-CERTIN-2022-KYC": "2022-09-25", "IN-SEBI-CLOUD-2023": "2023-03-06",
	} {
		if r, _ := cat.Rule(id); r.Effective != MustParseDate(day) {
			t.Errorf("%s starts %s, want %s", id, r.Effective, day)
		}
	}
	// The NCC order closes mainland China alone.
	for _, m := range mechs {
		if m.ID != "tw-ncc-2012-outside-mainland" {
			continue
		}
		has := map[Code]bool{}
		for _, d := range m.Destinations {
			has[d] = true
		}
		if has[MustParseCode("CN")] || !has[MustParseCode("HK")] || !has[MustParseCode("US")] || !has[MustParseCode("JP")] {
			t.Errorf("tw-ncc-2012-outside-mainland destinations wrong: CN %t HK %t US %t", has[MustParseCode("CN")], has[MustParseCode("HK")], has[MustParseCode("US")])
		}
	}
}
