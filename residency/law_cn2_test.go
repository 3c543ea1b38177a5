package residency_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

var mo = jurisdiction.MustParseCode("MO")

func assessCN2(t *testing.T, top *residency.Topology, asOf string) *residency.Report {
	t.Helper()
	rep, err := lawEngine(t, "CN-PIPL-53", "CN-ICJAL-4", "HK-NSL43-IR", "MO-PDPA-19").Assess(top, day(asOf))
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return rep
}

// cii designates the controller of top a CII operator of c.
func cii(top *residency.Topology, c jurisdiction.Code) *residency.Topology {
	entity(top, "ctl").CII = []jurisdiction.Code{c}
	return top
}

// TestLawCN2Violations: the Macao transfer restriction and the new mainland
// transfer mechanisms, each side of their dates.
func TestLawCN2Violations(t *testing.T) {
	t.Parallel()
	personal := jurisdiction.Personal
	// cnExportLicensed is worldExport from a Beijing store whose operator
	// holds the IDC licence.
	cnExportLicensed := func(cls jurisdiction.DataClass, m ...string) *residency.Topology {
		top := worldExport(cn, sg, cls, 200_000, m...)
		entity(top, "home-op").Licences = []string{"CN-VATS-IDC"}
		return top
	}
	// abroadCollected is health data of US patients processed in Beijing
	// and replicated to Singapore: sensitive, so the small-volume
	// exemption (which counts subjects in the PRC) does not cover it.
	abroadCollected := func(m ...string) func() *residency.Topology {
		return func() *residency.Topology {
			top := cnExportLicensed(jurisdiction.HealthData, m...)
			top.Datasets[0].Subjects[0].Jurisdiction = us
			return top
		}
	}
	tests := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		want         []string
	}{
		{"Macao data to Singapore", "PDPA Art. 19: only to adequate destinations; no adequacy list exists",
			func() *residency.Topology { return worldExport(mo, sg, personal, 1_000) }, "2010-01-01", []string{"MO-PDPA-19"}},
		{"Macao data to Singapore before the PDPA", "Law 8/2005 took effect 2006-02-19",
			func() *residency.Topology { return worldExport(mo, sg, personal, 1_000) }, "2006-01-01", nil},
		{"Macao data to Singapore with consent", "PDPA Art. 20(1): unambiguous consent, notified to the authority",
			func() *residency.Topology { return worldExport(mo, sg, personal, 1_000, "mo-pdpa-20-1-consent") }, "2010-01-01", nil},
		{"Macao data to Hong Kong under an authorisation", "PDPA Art. 20(2): the authority's authorisation on safeguards",
			func() *residency.Topology { return worldExport(mo, hk, personal, 1_000, "mo-pdpa-20-2-authorisation") }, "2024-06-01", nil},
		{"foreign-collected data re-exported", "2024 Provisions Art. 4 exempts it from PIPL Art. 38's mechanisms; consent (Art. 39) remains",
			abroadCollected("cn-2024-abroad-collected"), "2024-06-01", []string{"CN-PIPL-39"}},
		{"foreign-collected data re-exported with consent", "Art. 4 exemption with separate consent",
			abroadCollected("cn-2024-abroad-collected", "cn-separate-consent"), "2024-06-01", nil},
		{"foreign-collected data re-exported before the 2024 Provisions", "Order 16 took effect 2024-03-22",
			abroadCollected("cn-2024-abroad-collected", "cn-separate-consent"), "2023-06-01", []string{"CN-PIPL-38"}},
		{"foreign-collected data without the exemption", "sensitive data processed in the PRC is provided abroad under PIPL Art. 38",
			abroadCollected("cn-separate-consent"), "2024-06-01", []string{"CN-PIPL-38"}},
		{"statutory-duty transfer", "NDSMR Art. 35(6) from 2025-01-01",
			func() *residency.Topology {
				return cnExportLicensed(personal, "cn-ndsmr-35-6-legal-duty", "cn-separate-consent")
			}, "2025-06-01", nil},
		{"statutory-duty transfer before the NDSMR", "the Regulations took effect 2025-01-01",
			func() *residency.Topology {
				return cnExportLicensed(personal, "cn-ndsmr-35-6-legal-duty", "cn-separate-consent")
			}, "2024-06-01", []string{"CN-PIPL-38"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, violated(assessCN2(t, tt.top(), tt.asOf)), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nviolations (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestLawCN2Obligations: PIPL Art. 53, the NDSMR's important-data and
// large-volume duties, Hong Kong's Cap. 653 and Macao's Cybersecurity Law.
func TestLawCN2Obligations(t *testing.T) {
	t.Parallel()
	has := func(rep *residency.Report, id string) bool {
		return slices.ContainsFunc(rep.Obligations, func(o residency.Obligation) bool { return o.Rule.ID == id })
	}
	important, personal := jurisdiction.ImportantData, jurisdiction.Personal
	tests := []struct {
		name, reason string
		top          *residency.Topology
		asOf, rule   string
		want         bool
	}{
		{"US app serving China", "PIPL Art. 53: an Art. 3(2) processor abroad designates a representative in the PRC",
			worldStoredOnly(us, cn, us, personal, 1_000, "cn-pipl-3-2"), "2022-01-01", "CN-PIPL-53", true},
		{"US app not targeting China", "Art. 3(2) purposes are declared by the tag",
			worldStoredOnly(us, cn, us, personal, 1_000), "2022-01-01", "CN-PIPL-53", false},
		{"US app serving China before the PIPL", "the PIPL took effect 2021-11-01",
			worldStoredOnly(us, cn, us, personal, 1_000, "cn-pipl-3-2"), "2021-06-01", "CN-PIPL-53", false},
		{"important data in Beijing", "NDSMR Arts 30, 31, 33 from 2025-01-01",
			worldStoredOnly(cn, cn, cn, important, 0), "2025-06-01", "CN-NDSMR-30-33", true},
		{"important data in Beijing in 2024", "before the NDSMR",
			worldStoredOnly(cn, cn, cn, important, 0), "2024-06-01", "CN-NDSMR-30-33", false},
		{"11 million customers in Beijing", "NDSMR Art. 28: 10,000,000 individuals",
			worldStoredOnly(cn, cn, cn, personal, 11_000_000), "2025-06-01", "CN-NDSMR-28", true},
		{"5 million customers in Beijing", "below Art. 28's 10,000,000",
			worldStoredOnly(cn, cn, cn, personal, 5_000_000), "2025-06-01", "CN-NDSMR-28", false},
		{"Hong Kong CI operator", "Cap. 653 from 2026-01-01",
			cii(worldStoredOnly(hk, hk, hk, personal, 1_000), hk), "2026-06-01", "HK-CAP653", true},
		{"Hong Kong CI operator in 2025", "Cap. 653 commenced 2026-01-01",
			cii(worldStoredOnly(hk, hk, hk, personal, 1_000), hk), "2025-06-01", "HK-CAP653", false},
		{"Hong Kong company not designated", "Cap. 653 binds designated CI operators only",
			worldStoredOnly(hk, hk, hk, personal, 1_000), "2026-06-01", "HK-CAP653", false},
		{"Macao CI operator", "Law 13/2019 from 2019-12-22",
			cii(worldStoredOnly(mo, mo, mo, personal, 1_000), mo), "2020-06-01", "MO-CSL-13-2019", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := has(assessCN2(t, tt.top, tt.asOf), tt.rule); got != tt.want {
				t.Errorf("%s: obligation %s listed = %v, want %v", tt.reason, tt.rule, got, tt.want)
			}
		})
	}
}

// TestLawCN2CompelledAccess: the NSL Art. 43 Implementation Rules reach
// stores in Hong Kong from 2020-07-07, and only through the territory.
func TestLawCN2CompelledAccess(t *testing.T) {
	t.Parallel()
	exposedBy := func(rep *residency.Report, gov jurisdiction.Code, via string) []string {
		var ids []string
		for _, x := range rep.Exposures {
			if x.Government == gov && x.Via.String() == via {
				for _, r := range x.Rules {
					ids = append(ids, r.ID)
				}
			}
		}
		slices.Sort(ids)
		return slices.Compact(ids)
	}
	hkOperated := func() *residency.Topology {
		top := worldStoredOnly(sg, sg, sg, jurisdiction.Personal, 100)
		entity(top, "op").Jurisdiction = hk
		return top
	}
	tests := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		via          string
		want         []string
	}{
		{"Hong Kong store", "Sch. 4 and Sch. 6 from 2020-07-07",
			func() *residency.Topology { return worldStoredOnly(hk, hk, hk, jurisdiction.Personal, 100) }, "2021-01-01", "location", []string{"HK-NSL43-IR"}},
		{"Hong Kong store before the Implementation Rules", "in effect 2020-07-07",
			func() *residency.Topology { return worldStoredOnly(hk, hk, hk, jurisdiction.Personal, 100) }, "2020-07-06", "location", nil},
		{"Hong Kong operator's Singapore store", "modelled as territorial reach only",
			hkOperated, "2021-01-01", "operator", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := exposedBy(assessCN2(t, tt.top(), tt.asOf), hk, tt.via)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nHK rules via %s (-want +got):\n%s", tt.reason, tt.via, diff)
			}
		})
	}
}

// TestLawCN2Blocking: the International Criminal Judicial Assistance Law
// blocks foreign criminal process for data in the PRC from 2018-10-26,
// before the DSL and the PIPL.
func TestLawCN2Blocking(t *testing.T) {
	t.Parallel()
	usOwned := func() *residency.Topology {
		top := worldStoredOnly(cn, cn, cn, jurisdiction.Personal, 1_000)
		top.Entities = append(top.Entities, residency.Entity{ID: "us-parent", Jurisdiction: us})
		entity(top, "op").Owners = []residency.Ownership{{Parent: "us-parent", Share: 100}}
		return top
	}
	tests := []struct {
		name, reason string
		asOf         string
		want         []string
	}{
		{"before the ICJAL", "no blocking rule covered a non-CII operator's data before 2018-10-26", "2018-06-01", nil},
		{"after the ICJAL", "ICJAL Art. 4: no evidence to foreign criminal proceedings without approval", "2019-01-01",
			[]string{"US-CLOUD-2713 vs CN-ICJAL-4 @ store/s/operator/op/parent/us-parent"}},
		{"with the DSL and the PIPL", "DSL Art. 36 and PIPL Art. 41 join it", "2022-01-01",
			[]string{"US-CLOUD-2713 vs CN-DSL-36,CN-ICJAL-4,CN-PIPL-41 @ store/s/operator/op/parent/us-parent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, conflictSummary(assessCN2(t, usOwned(), tt.asOf)), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nconflicts (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}
