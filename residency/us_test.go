package residency_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

var (
	ru = jurisdiction.MustParseCode("RU")
	gb = jurisdiction.MustParseCode("GB")
)

// usVendor is a US hospital group's patient data in Virginia, in a store
// run by a vendor whose owners are given.
func usVendor(class jurisdiction.DataClass, subjects residency.Subjects, owners ...residency.Ownership) *residency.Topology {
	return &residency.Topology{
		Datasets: []residency.Dataset{{ID: "patients", Classes: []jurisdiction.DataClass{class},
			Subjects: []residency.Subjects{subjects}, Controller: "hospital"}},
		Entities: []residency.Entity{
			{ID: "hospital", Jurisdiction: us},
			{ID: "vendor", Jurisdiction: sg, Owners: owners},
			{ID: "cn-investor", Jurisdiction: cn},
			{ID: "hk-investor", Jurisdiction: hk},
			{ID: "us-investor", Jurisdiction: us},
		},
		Stores: []residency.Store{{ID: "iad", Location: us, Datasets: []string{"patients"},
			Operators: []residency.Tenure{{Entity: "vendor"}}}},
	}
}

// TestDOJDataSecurityProgram encodes 28 CFR Part 202 (EO 14117):
// countries of concern including Hong Kong (202.250), covered persons
// (foreign persons: the vendor here is incorporated in Singapore) owned
// 50% or more individually or in aggregate (202.211), bulk
// thresholds over the preceding 12 months (202.205), restricted vendor
// agreements under the security requirements (202.401), and the ban on
// 'omic transactions (202.303).
func TestDOJDataSecurityProgram(t *testing.T) {
	t.Parallel()
	health := func(n int64, counts ...residency.PeriodCount) residency.Subjects {
		return residency.Subjects{Jurisdiction: us, Count: n, Counts: counts}
	}
	withSecurity := func(top *residency.Topology) *residency.Topology {
		top.Stores[0].Mechanisms = []string{"us-dsp-security-requirements"}
		return top
	}
	tests := []struct {
		name, reason string
		top          *residency.Topology
		asOf         string
		want         []string
	}{
		{"before the rule", "28 CFR Part 202 took effect 2025-04-08",
			usVendor(jurisdiction.HealthData, health(20_000), residency.Ownership{Parent: "cn-investor", Share: 50}), "2025-04-07", nil},
		{"covered vendor", "a vendor 50% owned from China is a covered person; 20,000 persons' health data is bulk (over 10,000)",
			usVendor(jurisdiction.HealthData, health(20_000), residency.Ownership{Parent: "cn-investor", Share: 50}), "2025-06-01",
			[]string{"US-DOJ-202-HEALTH"}},
		{"aggregate ownership", "49% from China and 1% from Hong Kong make 50% in aggregate (202.211)",
			usVendor(jurisdiction.HealthData, health(20_000),
				residency.Ownership{Parent: "cn-investor", Share: 49}, residency.Ownership{Parent: "hk-investor", Share: 1}), "2025-06-01",
			[]string{"US-DOJ-202-HEALTH"}},
		{"minority investor", "40% does not make a covered person",
			usVendor(jurisdiction.HealthData, health(20_000), residency.Ownership{Parent: "cn-investor", Share: 40}), "2025-06-01", nil},
		{"under the bulk threshold", "10,000 US persons is not more than 10,000",
			usVendor(jurisdiction.HealthData, health(10_000), residency.Ownership{Parent: "cn-investor", Share: 60}), "2025-06-01", nil},
		{"restricted transaction with security requirements", "vendor agreements are allowed under the CISA security requirements (202.401)",
			withSecurity(usVendor(jurisdiction.HealthData, health(20_000), residency.Ownership{Parent: "cn-investor", Share: 60})), "2025-06-01", nil},
		{"genomic data is prohibited", "'omic transactions cannot be restricted-and-allowed (202.303)",
			withSecurity(usVendor(jurisdiction.GenomicData, health(200), residency.Ownership{Parent: "cn-investor", Share: 60})), "2025-06-01",
			[]string{"US-DOJ-202-GENOMIC"}},
		{"a 12-month count", "a count since two years ago (8,000) covers the 12-month window and is below the threshold",
			usVendor(jurisdiction.HealthData, health(20_000, residency.PeriodCount{Since: day("2023-06-01"), Count: 8_000}),
				residency.Ownership{Parent: "cn-investor", Share: 60}), "2025-06-01", nil},
		{"a 6-month count is not enough", "a count since 2025-01-01 does not cover 12 months; the held count applies",
			usVendor(jurisdiction.HealthData, health(20_000, residency.PeriodCount{Since: day("2025-01-01"), Count: 8_000}),
				residency.Ownership{Parent: "cn-investor", Share: 60}), "2025-06-01", []string{"US-DOJ-202-HEALTH"}},
		{"a US-owned vendor", "no country-of-concern ownership",
			usVendor(jurisdiction.HealthData, health(20_000), residency.Ownership{Parent: "us-investor", Share: 100}), "2025-06-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, tt.top, tt.asOf)
			if diff := cmp.Diff(tt.want, violated(rep), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nviolated rules (-want +got):\n%s", tt.reason, diff)
				for _, v := range rep.Violations {
					t.Logf("  %s: %s", v.Rule.ID, v.Reason)
				}
			}
		})
	}
}

// TestPADFA encodes the Protecting Americans' Data from Foreign Adversaries
// Act (Pub. L. 118-50, Div. I): data brokers, foreign-adversary control at
// 20%, from 2024-06-23.
func TestPADFA(t *testing.T) {
	t.Parallel()
	broker := func(tags ...string) *residency.Topology {
		return &residency.Topology{
			Datasets: []residency.Dataset{{ID: "profiles", Classes: []jurisdiction.DataClass{jurisdiction.PreciseGeolocation},
				Subjects: []residency.Subjects{{Jurisdiction: us, Count: 500}}, Controller: "broker"}},
			Entities: []residency.Entity{
				{ID: "broker", Jurisdiction: us, Tags: tags},
				{ID: "buyer", Jurisdiction: us, Owners: []residency.Ownership{{Parent: "ru-fund", Share: 25}}},
				{ID: "ru-fund", Jurisdiction: ru},
			},
			Stores: []residency.Store{{ID: "s", Location: us, Datasets: []string{"profiles"},
				Operators: []residency.Tenure{{Entity: "buyer"}}}},
		}
	}
	for _, tt := range []struct {
		name, reason, asOf string
		top                *residency.Topology
		want               []string
	}{
		{"data broker", "a 25% Russian holding is foreign-adversary control under PADFA (20%)", "2024-07-01", broker("data-broker"), []string{"US-PADFA"}},
		{"before PADFA", "PADFA took effect 2024-06-23", "2024-06-22", broker("data-broker"), nil},
		{"not a broker", "PADFA binds data brokers only", "2024-07-01", broker(), nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, violated(assess(t, tt.top, tt.asOf)), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestExecutiveAgreements checks what a CLOUD Act executive agreement (18
// U.S.C. 2523) changes: from 2022-10-03 the US-UK agreement lifts the
// SCA's bar on disclosure to UK authorities (18 U.S.C. 2702), and makes the
// UK a qualifying foreign government for the comity motion of 2703(h).
func TestExecutiveAgreements(t *testing.T) {
	t.Parallel()
	au := jurisdiction.MustParseCode("AU")
	// A UK compelled-access rule and a UK blocking rule, as test fixtures:
	// the built-in UK entries belong to another test.
	cat, err := jurisdiction.Default().With("agreements-test", jurisdiction.Contents{Rules: []jurisdiction.Rule{
		{ID: "TEST-GB-COMPEL", Jurisdiction: gb, Kind: jurisdiction.CompelledAccess, Reach: jurisdiction.PersonalReach,
			Title: "test fixture", Citation: jurisdiction.Citation{Law: "Test", Article: "1"}, Effective: day("2016-11-29"),
			Sources: []jurisdiction.Source{{Title: "test fixture"}}},
		{ID: "TEST-GB-BLOCK", Jurisdiction: gb, Kind: jurisdiction.BlockingStatute,
			Title: "test fixture", Citation: jurisdiction.Citation{Law: "Test", Article: "2"}, Effective: day("2016-11-29"),
			Sources: []jurisdiction.Source{{Title: "test fixture"}}},
		{ID: "TEST-AU-COMPEL", Jurisdiction: au, Kind: jurisdiction.CompelledAccess, Reach: jurisdiction.PersonalReach,
			Title: "test fixture", Citation: jurisdiction.Citation{Law: "Test", Article: "3"}, Effective: day("2016-11-29"),
			Sources: []jurisdiction.Source{{Title: "test fixture"}}},
		{ID: "TEST-AU-BLOCK", Jurisdiction: au, Kind: jurisdiction.BlockingStatute,
			Title: "test fixture", Citation: jurisdiction.Citation{Law: "Test", Article: "4"}, Effective: day("2016-11-29"),
			Sources: []jurisdiction.Source{{Title: "test fixture"}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	eng := residency.NewEngine(cat)
	mail := func(loc jurisdiction.Code, parent string) *residency.Topology {
		return &residency.Topology{
			Datasets: []residency.Dataset{{ID: "mail", Classes: []jurisdiction.DataClass{jurisdiction.CommunicationsContent}}},
			Entities: []residency.Entity{
				{ID: "op", Jurisdiction: loc, Owners: []residency.Ownership{{Parent: parent, Share: 100}}},
				{ID: "uk-parent", Jurisdiction: gb}, {ID: "us-parent", Jurisdiction: us}, {ID: "au-parent", Jurisdiction: au},
			},
			Stores: []residency.Store{{ID: "s", Location: loc, Datasets: []string{"mail"}, Operators: []residency.Tenure{{Entity: "op"}}}},
		}
	}
	run := func(top *residency.Topology, asOf string) *residency.Report {
		rep, err := eng.Assess(top, day(asOf))
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	// A UK-controlled provider's content stored in the US.
	if got := conflictSummary(run(mail(us, "uk-parent"), "2022-01-01")); len(got) != 1 || !strings.Contains(got[0], "TEST-GB-COMPEL vs US-SCA-2702") {
		t.Errorf("before the agreement the SCA bars UK orders: %v", got)
	}
	if got := conflictSummary(run(mail(us, "uk-parent"), "2022-10-03")); len(got) != 0 {
		t.Errorf("from 2022-10-03 the agreement lifts 18 U.S.C. 2702 for UK orders: %v", got)
	}
	// A US-controlled provider's content stored in the UK.
	relief := func(asOf string) string {
		rep := run(mail(gb, "us-parent"), asOf)
		if len(rep.Conflicts) != 1 {
			t.Fatalf("on %s want one conflict, got %v", asOf, conflictSummary(rep))
		}
		return strings.Join(rep.Conflicts[0].Relief, "\n")
	}
	if r := relief("2022-01-01"); strings.Contains(r, "qualifying foreign government for US") {
		t.Errorf("before the agreement the UK is not a qualifying foreign government:\n%s", r)
	}
	if r := relief("2023-01-01"); !strings.Contains(r, "US-GB-CLOUD: GB is a qualifying foreign government for US") {
		t.Errorf("after the agreement the 2703(h) comity motion is open:\n%s", r)
	}

	// Australia: the agreement entered into force on 2024-01-30 by exchange
	// of diplomatic notes (Attorney-General's Department).
	if got := conflictSummary(run(mail(us, "au-parent"), "2024-01-29")); len(got) != 1 || !strings.Contains(got[0], "TEST-AU-COMPEL vs US-SCA-2702") {
		t.Errorf("the day before the AU agreement the SCA bars Australian orders: %v", got)
	}
	if got := conflictSummary(run(mail(us, "au-parent"), "2024-01-30")); len(got) != 0 {
		t.Errorf("from 2024-01-30 the agreement lifts 18 U.S.C. 2702 for Australian orders: %v", got)
	}
	auRelief := func(asOf string) string {
		rep := run(mail(au, "us-parent"), asOf)
		if len(rep.Conflicts) != 1 {
			t.Fatalf("on %s want one conflict, got %v", asOf, conflictSummary(rep))
		}
		return strings.Join(rep.Conflicts[0].Relief, "\n")
	}
	if r := auRelief("2024-01-29"); strings.Contains(r, "qualifying foreign government for US") {
		t.Errorf("before the AU agreement Australia is not a qualifying foreign government:\n%s", r)
	}
	if r := auRelief("2024-01-30"); !strings.Contains(r, "US-AU-CLOUD: AU is a qualifying foreign government for US") {
		t.Errorf("from 2024-01-30 the 2703(h) comity motion is open for Australian blocking law:\n%s", r)
	}
}

// TestFIRRMA lists the CFIUS duty for US businesses with sensitive data of
// more than 1,000,000 individuals, from the rules of 2020-02-13.
func TestFIRRMA(t *testing.T) {
	t.Parallel()
	top := usVendor(jurisdiction.FinancialData, residency.Subjects{Jurisdiction: us, Count: 2_000_000})
	has := func(rep *residency.Report) bool {
		for _, o := range rep.Obligations {
			if o.Rule.ID == "US-FIRRMA-SPD" {
				return true
			}
		}
		return false
	}
	if has(assess(t, top, "2019-06-01")) {
		t.Error("FIRRMA's rules applied only from 2020-02-13")
	}
	if !has(assess(t, top, "2021-06-01")) {
		t.Error("2,000,000 individuals' financial data makes a TID US business")
	}
}
