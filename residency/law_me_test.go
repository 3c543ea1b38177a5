package residency_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// Codes for the Middle East tests.
var (
	meAE = jurisdiction.MustParseCode("AE")
	meBH = jurisdiction.MustParseCode("BH")
	meEG = jurisdiction.MustParseCode("EG")
	meIL = jurisdiction.MustParseCode("IL")
	meOM = jurisdiction.MustParseCode("OM")
	meQA = jurisdiction.MustParseCode("QA")
	meSG = jurisdiction.MustParseCode("SG")
	meFR = jurisdiction.MustParseCode("FR")
)

// meRules are the rules of builtin_rules_me.go.
var meRules = []string{"AE-PDPL-22", "AE-ICTHEALTH-13", "BH-PDPL-12", "EG-PDPL-14", "IL-TRANSFER-REGS-1", "IL-CDL-2007-4", "OM-PDPL-23"}

// meEngine returns an engine over the built-in catalog, which holds the
// Middle East rules.
func meEngine(t *testing.T) *residency.Engine { return lawEngine(t, meRules...) }

// TestLawME assesses small topologies against the Middle East transfer and
// localization rules, on both sides of their dates and with and without
// their mechanisms.
func TestLawME(t *testing.T) {
	t.Parallel()
	eng := meEngine(t)
	personal, health := jurisdiction.Personal, jurisdiction.HealthData
	export := func(from, to jurisdiction.Code, m ...string) func() *residency.Topology {
		return func() *residency.Topology { return worldExport(from, to, personal, 10_000, m...) }
	}
	healthExport := func(m ...string) func() *residency.Topology {
		return func() *residency.Topology { return worldExport(meAE, meFR, health, 10_000, m...) }
	}
	tests := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		want         []string
	}{
		// UAE: PDPL Arts 22-23 from 2022-01-02.
		{"UAE data to Singapore before the PDPL", "Decree-Law 45/2021 took effect 2022-01-02", export(meAE, meSG), "2021-12-01", nil},
		{"UAE data to Singapore", "PDPL Art. 22: no approved destination, no Art. 23 case", export(meAE, meSG), "2023-01-01", []string{"AE-PDPL-22"}},
		{"UAE data to Singapore under contract", "Art. 23(1)(a) contract", export(meAE, meSG, "ae-pdpl-23-contract"), "2023-01-01", nil},
		{"UAE data to Singapore on consent", "Art. 23 express consent", export(meAE, meSG, "ae-pdpl-23-consent"), "2023-01-01", nil},
		{"UAE data to Singapore, approved destination", "Art. 22 approval asserted by the flow",
			export(meAE, meSG, "ae-pdpl-22-proper-protection"), "2023-01-01", nil},

		// UAE: ICT Health Law Art. 13 from 2019-05-14; MR 51/2021 from 2021-05-16.
		{"UAE health data only in France before the ICT Health Law", "Federal Law 2/2019 took effect 2019-05-14",
			func() *residency.Topology { return worldStoredOnly(meAE, meAE, meFR, health, 1_000) }, "2019-05-01", nil},
		{"UAE health data only in France", "Art. 13: health data of UAE services stays in the UAE",
			func() *residency.Topology { return worldStoredOnly(meAE, meAE, meFR, health, 1_000) }, "2020-01-01", []string{"AE-ICTHEALTH-13"}},
		{"UAE health data replicated to France", "a copy abroad needs an MR 51/2021 exception", healthExport(), "2020-01-01", []string{"AE-ICTHEALTH-13"}},
		{"UAE health data replicated to France under MR 51 before it", "MR 51/2021 took effect 2021-05-16",
			healthExport("ae-mohap-mr51-exception"), "2021-01-01", []string{"AE-ICTHEALTH-13"}},
		{"UAE health data replicated to France under MR 51", "Resolution 51/2021 exception with a copy kept in the UAE",
			healthExport("ae-mohap-mr51-exception"), "2021-06-01", nil},
		{"UAE personal data in the UAE", "neither rule reaches data kept in the UAE",
			func() *residency.Topology { return worldStoredOnly(meAE, meAE, meAE, health, 1_000) }, "2023-01-01", nil},

		// Bahrain: PDPL Arts 12-13 from 2019-08-01; Order 42/2022 list from 2022-03-18.
		{"Bahraini data to Singapore before the PDPL", "Law 30/2018 took effect 2019-08-01", export(meBH, meSG), "2019-07-01", nil},
		{"Bahraini data to Singapore", "Singapore is not among the listed countries the sources name", export(meBH, meSG), "2023-01-01", []string{"BH-PDPL-12"}},
		{"Bahraini data to Singapore with permission", "Art. 13 Authority permission",
			export(meBH, meSG, "bh-pdpl-13-authority-permission"), "2023-01-01", nil},
		{"Bahraini data to the US before the list", "Order 42/2022 listed countries from 2022-03-18", export(meBH, us), "2021-01-01", []string{"BH-PDPL-12"}},
		{"Bahraini data to the US", "the US is on the Order 42/2022 list", export(meBH, us), "2023-01-01", nil},
		{"Bahraini data to France", "all EU member states are listed", export(meBH, meFR), "2023-01-01", nil},

		// Egypt: PDPL Arts 14-15 from 2020-10-15.
		{"Egyptian data to France before the PDPL", "Law 151/2020 took effect in mid-October 2020", export(meEG, meFR), "2020-09-01", nil},
		{"Egyptian data to France", "Art. 14 needs a Centre licence", export(meEG, meFR), "2026-01-01", []string{"EG-PDPL-14"}},
		{"Egyptian data to France under licence", "Art. 14 licence and adequate protection", export(meEG, meFR, "eg-pdpl-14-licence"), "2026-01-01", nil},
		{"Egyptian data to France on consent", "Art. 15 consent case", export(meEG, meFR, "eg-pdpl-15-consent"), "2026-01-01", nil},

		// Israel: Transfer Regulations 2001.
		{"Israeli data to Singapore", "Reg. 1: Singapore's law not shown equivalent", export(meIL, meSG), "2010-01-01", []string{"IL-TRANSFER-REGS-1"}},
		{"Israeli data to Singapore under an undertaking", "Reg. 2(4)", export(meIL, meSG, "il-reg2-4-undertaking"), "2010-01-01", nil},
		{"Israeli data to France", "Reg. 2: Convention 108 party", export(meIL, meFR), "2010-01-01", nil},
		{"Israeli data to the US", "the US is not a Convention 108 party", export(meIL, us), "2010-01-01", []string{"IL-TRANSFER-REGS-1"}},

		// Oman: PDPL Art. 23 from 2023-02-09; Executive Regulation from 2024-02-05.
		{"Omani data to Singapore before the PDPL", "RD 6/2022 took effect in February 2023", export(meOM, meSG), "2022-06-01", nil},
		{"Omani data to Singapore", "Art. 23 controls", export(meOM, meSG), "2025-01-01", []string{"OM-PDPL-23"}},
		{"Omani data to Singapore on consent before the Regulation", "the Regulation's controls start 2024-02-05",
			export(meOM, meSG, "om-pdpl-er-37-consent"), "2023-06-01", []string{"OM-PDPL-23"}},
		{"Omani data to Singapore on consent", "Executive Regulation Art. 37", export(meOM, meSG, "om-pdpl-er-37-consent"), "2025-01-01", nil},

		// Qatar: no transfer restriction (surveyed).
		{"Qatari data to Singapore", "PDPPL Art. 15 bars controllers from blocking flows; no transfer rule", export(meQA, meSG), "2025-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep, err := eng.Assess(tt.top(), day(tt.asOf))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, violated(rep), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nviolated rules (-want +got):\n%s", tt.reason, diff)
				for _, v := range rep.Violations {
					t.Logf("  %s @ %s: %s", v.Rule.ID, v.Path, v.Reason)
				}
			}
		})
	}
}

// TestLawMEAccess checks that Israel's Communications Data Law reaches
// stores in Israel from 2008-06-27, and nothing abroad.
func TestLawMEAccess(t *testing.T) {
	t.Parallel()
	eng := meEngine(t)
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
	tests := []struct {
		name string
		loc  jurisdiction.Code
		asOf string
		want []string
	}{
		{"Tel Aviv store before the law", meIL, "2008-01-01", nil},
		{"Tel Aviv store", meIL, "2010-01-01", []string{"IL-CDL-2007-4"}},
		{"Paris store of an Israeli controller", meFR, "2010-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			top := worldStoredOnly(meIL, meIL, tt.loc, jurisdiction.Personal, 100)
			rep, err := eng.Assess(top, day(tt.asOf))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, exposedBy(rep, meIL), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("IL rules via location (-want +got):\n%s", diff)
			}
		})
	}
}
