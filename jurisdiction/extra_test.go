package jurisdiction_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

func TestAgreements(t *testing.T) {
	t.Parallel()
	var uk jurisdiction.Agreement
	for a := range jurisdiction.Default().Agreements() {
		if a.ID == "US-GB-CLOUD" {
			uk = a
		}
	}
	tests := []struct {
		name, reason string
		got, want    bool
	}{
		{"in force", "the US-UK agreement entered into force on 2022-10-03", uk.InForce(day("2022-10-03")), true},
		{"not yet", "...and not the day before", uk.InForce(day("2022-10-02")), false},
		{"binds", "it binds the US and the UK", uk.Binds(code("US"), code("GB")), true},
		{"binds both ways", "in either order", uk.Binds(code("GB"), code("US")), true},
		{"not others", "it does not bind the US and Australia", uk.Binds(code("US"), code("AU")), false},
		{"not itself", "a party is not bound to itself", uk.Binds(code("US"), code("US")), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v (%s)", tt.name, tt.got, tt.want, tt.reason)
		}
	}
}

func TestCountingStart(t *testing.T) {
	t.Parallel()
	asOf := day("2024-06-15")
	tests := []struct {
		name, reason string
		c            jurisdiction.Counting
		want         string
	}{
		{"held", "no window", jurisdiction.CountHeld, ""},
		{"calendar year", "2024 Provisions: since 1 January of the current year", jurisdiction.CountCalendarYear, "2024-01-01"},
		{"previous year", "2022 Measures: since 1 January of the previous year", jurisdiction.CountSincePreviousYear, "2023-01-01"},
		{"12 months", "28 CFR 202.205: the preceding 12 months", jurisdiction.CountTrailing12Months, "2023-06-16"},
	}
	for _, tt := range tests {
		if got := tt.c.Start(asOf).String(); got != tt.want {
			t.Errorf("%s: Start = %q, want %q (%s)", tt.name, got, tt.want, tt.reason)
		}
		b, err := tt.c.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back jurisdiction.Counting
		if err := back.UnmarshalText(b); err != nil || back != tt.c {
			t.Errorf("%s: text round trip gives %v, %v", tt.name, back, err)
		}
	}
	if !jurisdiction.CountCalendarYear.Start(jurisdiction.Date{}).IsZero() {
		t.Error("a zero as-of date has no window")
	}
	var c jurisdiction.Counting
	if err := c.UnmarshalText([]byte("fortnightly")); err == nil {
		t.Error("an unknown counting parses")
	}
	if _, err := jurisdiction.Counting(99).MarshalText(); err == nil || jurisdiction.Counting(99).String() != "Counting(99)" {
		t.Error("an invalid counting marshals")
	}
}

func TestLimitsOn(t *testing.T) {
	t.Parallel()
	m, ok := jurisdiction.Default().Mechanism("cn-standard-contract")
	if !ok {
		t.Fatal("no cn-standard-contract")
	}
	if got := m.LimitsOn(day("2023-09-01")).MaxSubjects; got != 100_000 {
		t.Errorf("2023 limit = %d, want 100,000 (SCC Measures Art. 4)", got)
	}
	if got := m.LimitsOn(day("2024-06-01")).MaxSubjects; got != 1_000_000 {
		t.Errorf("2024 limit = %d, want 1,000,000 (2024 Provisions Art. 8)", got)
	}
}

func TestCatalogRejectsBadAgreementsAndRegions(t *testing.T) {
	t.Parallel()
	src := []jurisdiction.Source{{Title: "test"}}
	_, err := jurisdiction.NewCatalog("bad", jurisdiction.Contents{
		Agreements: []jurisdiction.Agreement{
			{ID: "A", Parties: []jurisdiction.Code{code("US")}, Lifts: []string{"NOPE"}},
			{ID: "A", Name: "dup", Citation: jurisdiction.Citation{Law: "x"}, Parties: []jurisdiction.Code{code("US"), code("GB")},
				Effective: day("2020-01-01"), End: day("2019-01-01"), Sources: src},
		},
		Providers: []jurisdiction.Provider{{ID: "p:x", Operator: "o"}, {ID: "q", Operator: "missing"}},
		Operators: []jurisdiction.Operator{
			{ID: "o", Jurisdiction: code("US"), Parent: "o2", Share: 120, Sources: src},
			{ID: "o2", Jurisdiction: code("US"), Parent: "o", Sources: src},
			{ID: "o", Jurisdiction: code("US"), Sources: src},
			{Jurisdiction: code("US")},
		},
		Regions: []jurisdiction.Region{
			{Provider: "q", Code: "r1", Country: code("EU"), Operator: "ghost"},
			{Provider: "q", Code: "r1", Country: code("US"), Sources: src},
			{Provider: "none"},
		},
	})
	if err == nil {
		t.Fatal("a catalog with broken agreements, providers, operators and regions was accepted")
	}
	for _, want := range []string{
		"agreements[0].name", "agreements[0].parties", "agreements[0].lifts[0]", "agreements[0].effective", "agreements[0].sources",
		"agreements[1].id", "agreements[1].end", "providers[0].id", "providers[1].operator",
		"operators[0].share", "operators[2].id", "operators[3].id", "regions[0].country", "regions[0].operator",
		"regions[1].code", "regions[2].provider", "regions[2].code",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("no problem reported at %s", want)
		}
	}
	if !strings.Contains(err.Error(), "ownership cycle") {
		t.Error("the operator cycle o -> o2 -> o is not reported")
	}
	var ce *jurisdiction.CatalogError
	if !errors.As(err, &ce) {
		t.Error("members are not *CatalogError")
	}
}

// TestCatalogIDs checks the ID discipline every kind of entry with an ID
// shares: a missing ID and a repeated one are reported at the ID's path,
// and the entry's other problems are reported too.
func TestCatalogIDs(t *testing.T) {
	t.Parallel()
	src := []jurisdiction.Source{{Title: "test"}}
	_, err := jurisdiction.NewCatalog("ids", jurisdiction.Contents{
		Rules:      []jurisdiction.Rule{{Title: "no id"}},
		Mechanisms: []jurisdiction.Mechanism{{ID: "m"}, {ID: "m"}},
		Agreements: []jurisdiction.Agreement{{}},
		Operators:  []jurisdiction.Operator{{Jurisdiction: code("US")}, {ID: "o", Jurisdiction: code("US"), Sources: src}},
		Providers:  []jurisdiction.Provider{{Operator: "o"}, {ID: "p", Operator: "o"}, {ID: "p", Operator: "o"}},
		Regions:    []jurisdiction.Region{{Provider: "p", Country: code("US")}, {Provider: "p", Code: "R1", Country: code("US"), Sources: src}, {Provider: "p", Code: "r1", Country: code("US"), Sources: src}},
	})
	if err == nil {
		t.Fatal("NewCatalog accepted entries without IDs")
	}
	want := map[string]error{
		"rules[0].id":          jurisdiction.ErrMissing,
		"rules[0].effective":   jurisdiction.ErrMissing,
		"mechanisms[1].id":     jurisdiction.ErrDuplicate,
		"agreements[0].id":     jurisdiction.ErrMissing,
		"agreements[0].name":   jurisdiction.ErrMissing,
		"operators[0].id":      jurisdiction.ErrMissing,
		"operators[0].sources": jurisdiction.ErrMissing,
		"providers[0].id":      jurisdiction.ErrMissing,
		"providers[2].id":      jurisdiction.ErrDuplicate,
		"regions[0].code":      jurisdiction.ErrMissing,
		"regions[0].sources":   jurisdiction.ErrMissing,
		"regions[2].code":      jurisdiction.ErrDuplicate, // region IDs compare without regard to case
	}
	got := map[string]bool{}
	for _, m := range members(t, err) {
		var ce *jurisdiction.CatalogError
		if errors.As(m, &ce) {
			got[ce.Path] = true
			if w, ok := want[ce.Path]; ok && !errors.Is(m, w) {
				t.Errorf("%s: %v, want %v", ce.Path, m, w)
			}
		}
	}
	for p := range want {
		if !got[p] {
			t.Errorf("no problem reported at %s", p)
		}
	}
}
