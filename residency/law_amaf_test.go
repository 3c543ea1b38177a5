package residency_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// Codes for the AmAf tests (Mexico, Chile, Colombia, Argentina, Peru,
// Québec, South Africa, Nigeria, Kenya, Serbia).
var (
	aMX = jurisdiction.MustParseCode("MX")
	aCL = jurisdiction.MustParseCode("CL")
	aCO = jurisdiction.MustParseCode("CO")
	aAR = jurisdiction.MustParseCode("AR")
	aPE = jurisdiction.MustParseCode("PE")
	aQC = jurisdiction.MustParseCode("CA-QC")
	aON = jurisdiction.MustParseCode("CA-ON")
	aZA = jurisdiction.MustParseCode("ZA")
	aNG = jurisdiction.MustParseCode("NG")
	aKE = jurisdiction.MustParseCode("KE")
	aRS = jurisdiction.MustParseCode("RS")
	aBR = jurisdiction.MustParseCode("BR")
)

// amafEngine returns an engine over the built-in catalog, which holds the
// Americas and Africa rules.
func amafEngine(t *testing.T) *residency.Engine {
	return lawEngine(t, "MX-LFPDPPP-35", "ZA-POPIA-72", "KE-DPGR-26", "RS-ZZPL-63")
}

func amafAssess(t *testing.T, e *residency.Engine, top *residency.Topology, asOf string) *residency.Report {
	t.Helper()
	rep, err := e.Assess(top, day(asOf))
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return rep
}

// TestLawAmAfViolations checks that each transfer and localization rule
// fires on a flow out of its territory without a mechanism, from its date,
// and not with a mechanism that satisfies it.
func TestLawAmAfViolations(t *testing.T) {
	t.Parallel()
	e := amafEngine(t)
	personal, health := jurisdiction.Personal, jurisdiction.HealthData
	export := func(from, to jurisdiction.Code, m ...string) func() *residency.Topology {
		return func() *residency.Topology { return worldExport(from, to, personal, 10_000, m...) }
	}
	tests := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		want         []string
	}{
		// Mexico: LFPDPPP 2025 from 2025-03-21.
		{"MX data to the US, 2025 law", "transfers to third parties need consent or an exception", export(aMX, us), "2025-06-01", []string{"MX-LFPDPPP-35"}},
		{"MX data to the US before the 2025 law", "the 2010 law is not encoded", export(aMX, us), "2024-06-01", nil},
		{"MX data to a US processor", "a remisión to an encargado is not a transfer", export(aMX, us, "mx-lfpdppp-encargado"), "2025-06-01", nil},
		{"MX data to the US on consent", "consent through the privacy notice", export(aMX, us, "mx-lfpdppp-consent"), "2025-06-01", nil},

		// Chile: Law 19.628 as amended by Law 21.719 from 2026-12-01.
		{"CL data to the US before Law 21.719 applies", "Law 19.628 had no transfer rule", export(aCL, us), "2026-11-30", nil},
		{"CL data to the US after Law 21.719", "Art. 27: adequacy, safeguards or certification", export(aCL, us), "2026-12-01", []string{"CL-19628-27"}},
		{"CL data to the US under the model clauses", "Res. RAEX202503748 model clauses", export(aCL, us, "cl-19628-27-model-clauses"), "2026-12-07", nil},
		{"CL replication on consent", "consent covers specific, non-habitual transfers only", export(aCL, us, "cl-19628-27-consent"), "2026-12-07", []string{"CL-19628-27"}},

		// Colombia: Law 1581 Art. 26; the SIC list from 2017-08-10.
		{"CO data to Brazil", "Brazil is not on the SIC list", export(aCO, aBR), "2020-01-01", []string{"CO-1581-26"}},
		{"CO data to the US after the SIC list", "Circular 5 of 2017 lists the United States", export(aCO, us), "2020-01-01", nil},
		{"CO data to the US before the SIC list", "no list before 2017-08-10", export(aCO, us), "2016-01-01", []string{"CO-1581-26"}},
		{"CO data to Brazil on authorisation", "Art. 26(a)", export(aCO, aBR, "co-1581-26-authorisation"), "2020-01-01", nil},

		// Argentina: Law 25.326 Art. 12; Disposición 60-E/2016.
		{"AR data to the US", "the US is not on the Art. 3 list", export(aAR, us), "2020-01-01", []string{"AR-25326-12"}},
		{"AR data to Germany after Disp. 60-E/2016", "EU/EEA listed as adequate", export(aAR, de), "2020-01-01", nil},
		{"AR data to Germany before Disp. 60-E/2016", "no list before 2016-11-18", export(aAR, de), "2015-01-01", []string{"AR-25326-12"}},
		{"AR data to the US in the eight days after publication", "BO 2000-11-02; binding after the eight days following (Civil Code Art. 2)", export(aAR, us), "2000-11-10", nil},
		{"AR data to the US once the Law bound", "in force 2000-11-11", export(aAR, us), "2000-11-11", []string{"AR-25326-12"}},
		{"AR data to the US under model clauses", "Disp. 60-E/2016 annexes", export(aAR, us, "ar-dnpdp-model-clauses"), "2020-01-01", nil},

		// Peru: Law 29733 Art. 15 from 2013-05-08; the regulations change on 2025-03-30.
		{"PE data to the US", "Art. 15 cross-border flow", export(aPE, us), "2020-01-01", []string{"PE-29733-15"}},
		{"PE data to the US before the Law applied", "in force 2013-05-08", export(aPE, us), "2013-01-01", nil},
		{"PE data under the 2013 guarantee after 2025-03-30", "the 2013 regulation was replaced", export(aPE, us, "pe-29733-15-sender-guarantee-2013"), "2025-06-01", []string{"PE-29733-15"}},
		{"PE data under the 2025 guarantee", "DS 016-2024-JUS", export(aPE, us, "pe-29733-15-sender-guarantee-2025"), "2025-06-01", nil},

		// Québec: P-39.1 s.17 and s.70.1 from 2023-09-22.
		{"QC data to Ontario", "outside Québec includes the rest of Canada", export(aQC, aON), "2024-01-01", []string{"CA-QC-P39.1-17"}},
		{"QC data to Ontario before Act 25", "s.17 replaced from 2023-09-22", export(aQC, aON), "2023-01-01", nil},
		{"QC data to the US after a PIA and agreement", "s.17 para. 2", export(aQC, us, "ca-qc-pia", "ca-qc-written-agreement"), "2024-01-01", nil},
		{"QC data to the US on an agreement without a PIA", "s.17 para. 1: the assessment comes first",
			export(aQC, us, "ca-qc-written-agreement"), "2024-01-01", []string{"CA-QC-P39.1-17"}},
		{"QC public body's data in the US", "A-2.1 s.70.1 binds public bodies wherever the data goes; the model cannot " +
			"exempt public bodies from P-39.1, so both rules show",
			func() *residency.Topology { return worldStoredOnly(aQC, aQC, us, personal, 10_000, "public-body") }, "2024-01-01",
			[]string{"CA-QC-A2.1-70.1", "CA-QC-P39.1-17"}},
		{"QC public body's data in the US after a PIA and agreement", "one mechanism satisfies both Acts",
			func() *residency.Topology {
				return worldStoreMechanisms(worldStoredOnly(aQC, aQC, us, personal, 10_000, "public-body"), "ca-qc-pia", "ca-qc-written-agreement")
			}, "2024-01-01", nil},

		// South Africa: POPIA s.72 from 2020-07-01.
		{"ZA data to the US", "POPIA s.72", export(aZA, us), "2021-01-01", []string{"ZA-POPIA-72"}},
		{"ZA data to the US before POPIA commenced", "s.72 commenced 2020-07-01", export(aZA, us), "2020-06-01", nil},
		{"ZA data to the US under an agreement", "s.72(1)(a)", export(aZA, us, "za-popia-72-adequate-protection"), "2021-01-01", nil},

		// Nigeria: NDPA ss.41-43 from 2023-06-12.
		{"NG data to the US", "NDPA s.41", export(aNG, us), "2024-01-01", []string{"NG-NDPA-41"}},
		{"NG data to the US before the NDPA", "in force 2023-06-12", export(aNG, us), "2023-06-01", nil},
		{"NG data to the US under contractual clauses", "s.41(1)(a)", export(aNG, us, "ng-ndpa-41-adequate-instrument"), "2024-01-01", nil},

		// Kenya: DPA s.48 from 2019-11-25; reg. 26 from 2022-01-14.
		{"KE data to the US", "DPA s.48", export(aKE, us), "2021-01-01", []string{"KE-DPA-48"}},
		{"KE data to the US with proof of safeguards", "s.48(a)", export(aKE, us, "ke-dpa-48-safeguards"), "2021-01-01", nil},
		{"KE health-care data only abroad", "reg. 26: a serving copy in Kenya; the transfer also needs a s.48 basis",
			func() *residency.Topology {
				return worldStoredOnly(aKE, aKE, us, health, 10_000, "ke-strategic-interest-processing")
			}, "2023-01-01", []string{"KE-DPA-48", "KE-DPGR-26"}},
		{"KE health-care data only abroad before reg. 26", "reg. 26 commenced 2022-01-14",
			func() *residency.Topology {
				return worldStoredOnly(aKE, aKE, us, health, 10_000, "ke-strategic-interest-processing")
			}, "2021-06-01", []string{"KE-DPA-48"}},
		{"KE health-care data with a serving copy in Kenya", "reg. 26(1)(b): further copies abroad are allowed",
			func() *residency.Topology {
				return worldTagged(worldExport(aKE, us, health, 10_000, "ke-dpa-48-consent"), "ke-strategic-interest-processing")
			}, "2023-01-01", nil},
		{"KE data of an ordinary controller only abroad", "reg. 26 binds listed purposes only",
			func() *residency.Topology {
				return worldStoreMechanisms(worldStoredOnly(aKE, aKE, us, personal, 10_000), "ke-dpa-48-safeguards")
			}, "2023-01-01", nil},

		// Serbia: ZZPL Arts 63-69 from 2019-08-21.
		{"RS data to the US", "no adequacy for the US", export(aRS, us), "2020-01-01", []string{"RS-ZZPL-63"}},
		{"RS data to Germany", "EEA states are deemed adequate", export(aRS, de), "2020-01-01", nil},
		{"RS data to the US under the Commissioner's clauses", "Art. 65", export(aRS, us, "rs-zzpl-65-standard-clauses"), "2020-06-01", nil},
		{"RS replication on a derogation", "Art. 69 is for occasional transfers", export(aRS, us, "rs-zzpl-69-derogation"), "2020-06-01", []string{"RS-ZZPL-63"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := amafAssess(t, e, tt.top(), tt.asOf)
			if diff := cmp.Diff(tt.want, violated(rep), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nviolated rules (-want +got):\n%s", tt.reason, diff)
				for _, v := range rep.Violations {
					t.Logf("  %s @ %s: %s", v.Rule.ID, v.Path, v.Reason)
				}
			}
		})
	}
}

// TestLawAmAfCompelledAccess checks that the Mexican and South African
// powers reach stores in their territory from their dates.
func TestLawAmAfCompelledAccess(t *testing.T) {
	t.Parallel()
	e := amafEngine(t)
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
		name string
		loc  jurisdiction.Code
		asOf string
		want []string
	}{
		{"Querétaro store under the LFTR", aMX, "2020-01-01", []string{"MX-LFTR-189"}},
		{"Querétaro store under the LMTR", aMX, "2025-08-01", []string{"MX-LMTR-182"}},
		{"Johannesburg store", aZA, "2020-01-01", []string{"ZA-RICA-30"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := exposedBy(amafAssess(t, e, place(tt.loc), tt.asOf), tt.loc)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%v rules via location (-want +got):\n%s", tt.loc, diff)
			}
		})
	}
}
