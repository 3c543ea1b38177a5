package residency_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// Codes for the APAC group-2 tests.
var (
	a2MY = jurisdiction.MustParseCode("MY")
	a2TH = jurisdiction.MustParseCode("TH")
	a2TW = jurisdiction.MustParseCode("TW")
	a2NZ = jurisdiction.MustParseCode("NZ")
	a2PH = jurisdiction.MustParseCode("PH")
	a2BD = jurisdiction.MustParseCode("BD")
)

// apac2Prefixes are the ID prefixes of the group's rules; the tests look
// at those alone, so that other countries' rules reached by the same
// topologies do not blur them.
var apac2Prefixes = []string{"MY-", "TH-", "TW-", "NZ-", "PH-", "IN-CERTIN-", "IN-SEBI-"}

func apac2Rule(id string) bool {
	return slices.ContainsFunc(apac2Prefixes, func(p string) bool { return strings.HasPrefix(id, p) })
}

// apac2Engine returns the built-in catalog, which holds the APAC group-2
// rules, and an engine over it.
func apac2Engine(t *testing.T) (*jurisdiction.Catalog, *residency.Engine) {
	eng := lawEngine(t, "MY-PDPA-129-2025")
	return eng.Catalog(), eng
}

func apac2Assess(t *testing.T, eng *residency.Engine, top *residency.Topology, asOf string) *residency.Report {
	t.Helper()
	rep, err := eng.Assess(top, day(asOf))
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return rep
}

// TestLawAPAC2Violations checks each localization and transfer rule of
// Malaysia, Thailand, Taiwan, New Zealand and India's SEBI on both sides of
// its dates and mechanisms.
func TestLawAPAC2Violations(t *testing.T) {
	t.Parallel()
	_, eng := apac2Engine(t)
	personal := jurisdiction.Personal
	export := func(from, to jurisdiction.Code, m ...string) func() *residency.Topology {
		return func() *residency.Topology { return worldExport(from, to, personal, 10_000, m...) }
	}
	twTelco := func(to jurisdiction.Code) func() *residency.Topology {
		return func() *residency.Topology {
			return worldTagged(worldExport(a2TW, to, personal, 10_000), "tw-communications-enterprise")
		}
	}
	sebi := func(loc jurisdiction.Code, tags ...string) func() *residency.Topology {
		return func() *residency.Topology { return worldStoredOnly(wIN, wIN, loc, personal, 10_000, tags...) }
	}
	tests := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		want         []string
	}{
		// Malaysia: s.129 whitelist regime from 2013-11-15, amended s.129 from 2025-04-01.
		{"MY data to Singapore before the PDPA", "the PDPA came into force 2013-11-15", export(a2MY, sg), "2013-06-01", nil},
		{"MY data to Singapore, whitelist regime", "s.129(1): no place was ever specified", export(a2MY, sg), "2020-01-01",
			[]string{"MY-PDPA-129-2013"}},
		{"MY data to Singapore with due diligence", "s.129(3)(f)", export(a2MY, sg, "my-pdpa-129-due-diligence"), "2020-01-01", nil},
		{"MY data to Singapore on a similar law before the amendment", "s.129(2) as amended applies from 2025-04-01",
			export(a2MY, sg, "my-pdpa-129-similar-law"), "2024-06-01", []string{"MY-PDPA-129-2013"}},
		{"MY data to Singapore after the amendment", "amended s.129", export(a2MY, sg), "2025-06-01", []string{"MY-PDPA-129-2025"}},
		{"MY data to Singapore on a similar law", "amended s.129(2)(a): the controller's assessment",
			export(a2MY, sg, "my-pdpa-129-similar-law"), "2025-06-01", nil},
		{"MY replication on necessity", "contract necessity is not for routine transfers (Guidelines 2025)",
			export(a2MY, sg, "my-pdpa-129-necessity"), "2025-06-01", []string{"MY-PDPA-129-2025"}},
		{"MY consent spans both regimes", "s.129(3)(a) kept by the amendment",
			export(a2MY, sg, "my-pdpa-129-consent"), "2025-06-01", nil},

		// Thailand: PDPA s.28 from 2022-06-01; s.29 safeguards and the storage exclusion from 2024-03-24.
		{"TH data to Singapore before full enforcement", "the PDPA applied fully from 2022-06-01", export(a2TH, sg), "2022-05-01", nil},
		{"TH data to Singapore", "s.28: no adequacy list", export(a2TH, sg), "2023-01-01", []string{"TH-PDPA-28"}},
		{"TH data to Singapore on consent", "s.28(2)", export(a2TH, sg, "th-pdpa-28-consent"), "2023-01-01", nil},
		{"TH safeguards before the Section 29 Notification", "the Notification took effect 2024-03-24",
			export(a2TH, sg, "th-pdpa-29-safeguards"), "2024-01-01", []string{"TH-PDPA-28"}},
		{"TH data to Singapore under SCCs", "s.29 appropriate safeguards", export(a2TH, sg, "th-pdpa-29-safeguards"), "2025-01-01", nil},
		{"TH data stored abroad without third-party access", "no transfer under the 2023 Notifications",
			export(a2TH, sg, "th-pdpc-storage-no-access"), "2025-01-01", nil},

		// Taiwan: the NCC order under PDPA Art. 21 from 2012-10-01.
		{"TW telco subscriber data to mainland China", "NCC order of 2012", twTelco(cn), "2015-01-01", []string{"TW-PDPA-21-NCC-2012"}},
		{"TW telco subscriber data to mainland China before the PDPA", "Art. 21 took effect 2012-10-01", twTelco(cn), "2012-06-01", nil},
		{"TW telco subscriber data to Singapore", "only mainland China is closed", twTelco(sg), "2015-01-01", nil},
		{"TW telco subscriber data to Hong Kong", "Hong Kong is not mainland China", twTelco(hk), "2015-01-01", nil},
		{"TW non-telco data to mainland China", "the order binds communications enterprises only", export(a2TW, cn), "2015-01-01", nil},

		// New Zealand: IPP 12 from 2020-12-01.
		{"NZ data to Australia before IPP 12", "the Privacy Act 2020 took effect 2020-12-01", export(a2NZ, wAU), "2020-06-01", nil},
		{"NZ data to the US", "IPP 12", export(a2NZ, us), "2021-06-01", []string{"NZ-PA2020-IPP12"}},
		{"NZ data to the US with model clauses", "IPP 12(1): comparable safeguards by agreement",
			export(a2NZ, us, "nz-ipp12-comparable-agreement"), "2021-06-01", nil},
		{"NZ data held abroad by a cloud agent", "information held as agent is not disclosed",
			export(a2NZ, us, "nz-privacy-agent-storage"), "2021-06-01", nil},

		// India: SEBI cloud framework from 2023-03-06.
		{"SEBI regulated entity's data only in Singapore", "data on cloud stays within India",
			sebi(sg, "in-sebi-regulated-entity"), "2024-01-01", []string{"IN-SEBI-CLOUD-2023"}},
		{"SEBI regulated entity's data in Singapore before the framework", "circular of 2023-03-06",
			sebi(sg, "in-sebi-regulated-entity"), "2022-06-01", nil},
		{"SEBI regulated entity's data in Mumbai", "kept in India", sebi(wIN, "in-sebi-regulated-entity"), "2024-01-01", nil},
		{"unregulated company's data in Singapore", "the framework binds SEBI regulated entities only", sebi(sg), "2024-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := apac2Assess(t, eng, tt.top(), tt.asOf)
			got := slices.DeleteFunc(violated(rep), func(id string) bool { return !apac2Rule(id) })
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nviolated rules (-want +got):\n%s", tt.reason, diff)
				for _, v := range rep.Violations {
					t.Logf("  %s @ %s: %s", v.Rule.ID, v.Path, v.Reason)
				}
			}
		})
	}
}

// TestLawAPAC2Obligations lists the duties topology cannot show kept.
func TestLawAPAC2Obligations(t *testing.T) {
	t.Parallel()
	_, eng := apac2Engine(t)
	has := func(rep *residency.Report, id string) bool {
		return slices.ContainsFunc(rep.Obligations, func(o residency.Obligation) bool { return o.Rule.ID == id })
	}
	personal := jurisdiction.Personal
	logs := func(tags ...string) *residency.Topology {
		return worldStoredOnly(wIN, wIN, sg, personal, 1_000, tags...)
	}
	tests := []struct {
		name, reason string
		top          *residency.Topology
		asOf, rule   string
		want         bool
	}{
		{"PH data in Singapore", "DPA s.21: accountability for data transferred abroad",
			worldStoredOnly(a2PH, a2PH, sg, personal, 100), "2015-01-01", "PH-DPA-21", true},
		{"PH data before the DPA", "the DPA took effect 2012-09-08",
			worldStoredOnly(a2PH, a2PH, sg, personal, 100), "2012-06-01", "PH-DPA-21", false},
		{"Singapore data in Singapore", "no Philippine tie", worldStoredOnly(sg, sg, sg, personal, 100), "2015-01-01", "PH-DPA-21", false},
		{"ICT logs kept in Singapore", "CERT-In Directions: 180 days of logs, produced on request",
			logs("in-ict-logs"), "2023-01-01", "IN-CERTIN-2022-LOGS", true},
		{"ICT logs before the Directions", "in effect from 2022-06-27", logs("in-ict-logs"), "2022-06-01", "IN-CERTIN-2022-LOGS", false},
		{"untagged data", "the obligation is kept to log datasets", logs(), "2023-01-01", "IN-CERTIN-2022-LOGS", false},
		{"cloud provider's subscriber records", "five years of validated subscriber information",
			logs("in-cloud-service-provider"), "2023-01-01", "IN-CERTIN-2022-KYC", true},
		{"subscriber records before validation was required", "validated details from 2022-09-25",
			logs("in-cloud-service-provider"), "2022-08-01", "IN-CERTIN-2022-KYC", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := has(apac2Assess(t, eng, tt.top, tt.asOf), tt.rule); got != tt.want {
				t.Errorf("%s: obligation %s listed = %v, want %v", tt.reason, tt.rule, got, tt.want)
			}
		})
	}
}

// TestLawAPAC2CompelledAccess checks the Malaysian and Thai powers reach
// stores in their territories from their dates.
func TestLawAPAC2CompelledAccess(t *testing.T) {
	t.Parallel()
	_, eng := apac2Engine(t)
	exposedBy := func(rep *residency.Report, gov jurisdiction.Code) []string {
		var ids []string
		for _, x := range rep.Exposures {
			if x.Government == gov && x.Via.String() == "location" {
				for _, r := range x.Rules {
					ids = append(ids, r.ID)
				}
			}
		}
		slices.Sort(ids)
		return slices.Compact(ids)
	}
	place := func(loc jurisdiction.Code) *residency.Topology {
		return worldStoredOnly(loc, loc, loc, jurisdiction.Personal, 100)
	}
	tests := []struct {
		name, reason string
		loc          jurisdiction.Code
		asOf         string
		want         []string
	}{
		{"Kuala Lumpur store", "SOSMA s.6 interception", a2MY, "2015-01-01", []string{"MY-SOSMA-6"}},
		{"Kuala Lumpur store before SOSMA", "in force 2012-07-31", a2MY, "2012-01-01", nil},
		{"Bangkok store", "CCA s.18 as amended", a2TH, "2018-01-01", []string{"TH-CCA-18"}},
		{"Bangkok store before the 2017 amendment", "the encoded text starts 2017-05-24", a2TH, "2017-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := exposedBy(apac2Assess(t, eng, place(tt.loc), tt.asOf), tt.loc)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\n%v rules via location (-want +got):\n%s", tt.reason, tt.loc, diff)
			}
		})
	}
}

// TestLawAPAC2Surveys checks the recorded absences.
func TestLawAPAC2Surveys(t *testing.T) {
	t.Parallel()
	cat, _ := apac2Engine(t)
	for code, kind := range map[jurisdiction.Code]jurisdiction.Kind{a2BD: jurisdiction.Localization, a2PH: jurisdiction.TransferRestriction} {
		s, ok := cat.Survey(code)
		if !ok || !s.Lacks(kind) || !cat.Researched(code) {
			t.Errorf("%s: want a survey recording no %s rule, got %+v (found %t)", code, kind, s, ok)
		}
	}
}
