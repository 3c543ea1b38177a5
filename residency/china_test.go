package residency_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// cnExport is a non-CII Chinese retailer's customer data in Shanghai,
// replicated to a store at dest relying on mechanisms. Each dataset gets
// the subject count given.
func cnExport(dest jurisdiction.Code, mechanisms []string, datasets ...residency.Dataset) *residency.Topology {
	top := &residency.Topology{
		Entities: []residency.Entity{
			{ID: "retailer", Jurisdiction: cn},
			{ID: "cn-op", Jurisdiction: cn, Licences: []string{"CN-VATS-IDC"}},
			{ID: "abroad-op", Jurisdiction: dest},
		},
		Stores: []residency.Store{
			{ID: "sha", Location: cn, Operators: []residency.Tenure{{Entity: "cn-op"}}},
			{ID: "out", Location: dest, Role: residency.Replica, Operators: []residency.Tenure{{Entity: "abroad-op"}}},
		},
	}
	for _, d := range datasets {
		d.Controller = "retailer"
		top.Datasets = append(top.Datasets, d)
		top.Stores[0].Datasets = append(top.Stores[0].Datasets, d.ID)
		top.Stores[1].Datasets = append(top.Stores[1].Datasets, d.ID)
	}
	top.Flows = []residency.Flow{{ID: "repl", Kind: residency.Replication, From: "sha", To: "out", Mechanisms: mechanisms}}
	return top
}

func cnCustomers(id string, held int64, counts ...residency.PeriodCount) residency.Dataset {
	return residency.Dataset{ID: id, Classes: []jurisdiction.DataClass{jurisdiction.Personal},
		Subjects: []residency.Subjects{{Jurisdiction: cn, Count: held, Counts: counts}}}
}

func cnPatients(id string, held int64) residency.Dataset {
	return residency.Dataset{ID: id, Classes: []jurisdiction.DataClass{jurisdiction.HealthData},
		Subjects: []residency.Subjects{{Jurisdiction: cn, Count: held}}}
}

// TestChinaThresholds encodes the volume tiers of the CAC measures over
// time: the 2022 Security Assessment Measures (Art. 4), the 2023 Standard
// Contract Measures (Art. 4), and the 2024 Provisions (Art. 5(4), 7, 8),
// with their counting windows.
func TestChinaThresholds(t *testing.T) {
	t.Parallel()
	scc := []string{"cn-standard-contract", "cn-separate-consent"}
	tests := []struct {
		name, reason string
		top          *residency.Topology
		asOf         string
		want         []string
	}{
		{"small volume before the 2024 Provisions", "PIPL Art. 38 needs a mechanism and Art. 39 separate consent",
			cnExport(sg, nil, cnCustomers("c", 50_000)), "2023-06-01", []string{"CN-PIPL-38", "CN-PIPL-39"}},
		{"small volume after the 2024 Provisions", "Art. 5(4) exempts non-CII processors under 100,000 individuals; consent (PIPL Art. 39) remains",
			cnExport(sg, nil, cnCustomers("c", 50_000)), "2024-06-01", []string{"CN-PIPL-39"}},
		{"small volume with consent", "exempt under Art. 5(4), with separate consent",
			cnExport(sg, []string{"cn-separate-consent"}, cnCustomers("c", 50_000)), "2024-06-01", nil},
		{"800,000 under the 2024 standard contract", "2024 Provisions Art. 8: below 1,000,000 individuals the contract is available",
			cnExport(sg, scc, cnCustomers("c", 800_000)), "2024-06-01", nil},
		{"800,000 under the 2023 standard contract", "2023 SCC Measures Art. 4 and 2022 Assessment Measures Art. 4(3): 100,000 or more since 1 January of the previous year needs the assessment",
			cnExport(sg, scc, cnCustomers("c", 800_000)), "2023-09-01", []string{"CN-CAC-2022-ASSESS-VOLUME", "CN-PIPL-38"}},
		{"a small count in the 2022 window", "a count since 2022-01-01 of 60,000 covers the 2022 Measures' window for 2023-09-01",
			cnExport(sg, scc, cnCustomers("c", 800_000, residency.PeriodCount{Since: day("2022-01-01"), Count: 60_000})), "2023-09-01", nil},
		{"a count over a shorter window is not used", "a count since 2023-01-01 does not cover the window from 2022-01-01; the held count applies",
			cnExport(sg, scc, cnCustomers("c", 800_000, residency.PeriodCount{Since: day("2023-01-01"), Count: 60_000})), "2023-09-01",
			[]string{"CN-CAC-2022-ASSESS-VOLUME", "CN-PIPL-38"}},
		{"volumes add up per controller", "thresholds bind the processor: 600,000 + 600,000 reach 2024 Provisions Art. 7's 1,000,000 " +
			"(the 1,000,000-handled reading of PIPL Art. 40 ended on 2024-03-22)",
			cnExport(sg, scc, cnCustomers("a", 600_000), cnCustomers("b", 600_000)), "2024-06-01",
			[]string{"CN-CAC-2024-7-VOLUME", "CN-PIPL-38"}},
		{"volumes add up per controller under the 2022 Measures", "600,000 + 600,000 handled reach the 1,000,000 of the 2022 Measures Art. 4(2) read into PIPL Art. 40",
			cnExport(sg, []string{"cn-security-assessment", "cn-separate-consent"}, cnCustomers("a", 600_000), cnCustomers("b", 600_000)), "2023-09-01",
			nil},
		{"volumes held abroad only under the 2022 Measures", "PIPL Art. 40 volume (2022 Measures Art. 4(2)): 1,200,000 handled need a copy in the PRC and the assessment for the copy abroad",
			cnExport(sg, scc, cnCustomers("a", 600_000), cnCustomers("b", 600_000)), "2023-09-01",
			[]string{"CN-CAC-2022-ASSESS-VOLUME", "CN-PIPL-38", "CN-PIPL-40-VOLUME"}},
		{"sensitive data under the standard contract", "fewer than 10,000 individuals' sensitive information may go under the contract (Art. 8)",
			cnExport(sg, scc, cnPatients("p", 5_000)), "2024-06-01", nil},
		{"sensitive data without a mechanism", "the small-volume exemption excludes sensitive information (Art. 5(4))",
			cnExport(sg, nil, cnPatients("p", 5_000)), "2024-06-01", []string{"CN-PIPL-38", "CN-PIPL-39"}},
		{"sensitive data above 10,000", "10,000 individuals' sensitive information needs the assessment (Art. 7)",
			cnExport(sg, scc, cnPatients("p", 12_000)), "2024-06-01", []string{"CN-CAC-2024-7-SENSITIVE", "CN-PIPL-38"}},
		{"Greater Bay Area contract to Hong Kong", "the GBA standard contract covers Mainland-to-Hong Kong transfers without a volume ceiling",
			cnExport(hk, []string{"cn-gba-standard-contract", "cn-separate-consent"}, cnCustomers("c", 3_000_000)), "2024-06-01",
			[]string{"CN-CAC-2024-7-VOLUME"}},
		{"Greater Bay Area contract to Singapore", "the GBA contract is for Hong Kong recipients only",
			cnExport(sg, []string{"cn-gba-standard-contract", "cn-separate-consent"}, cnCustomers("c", 200_000)), "2024-06-01",
			[]string{"CN-PIPL-38"}},
		{"Hong Kong is outbound", "Mainland-to-Hong Kong is an outbound transfer under PIPL Art. 38 (inference from the GBA regime)",
			cnExport(hk, nil, cnCustomers("c", 200_000)), "2024-06-01", []string{"CN-PIPL-38", "CN-PIPL-39"}},
	}
	for _, tt := range tests {
		if tt.name == "" || tt.reason == "" {
			t.Fatalf("row %+v needs a name and a reason", tt)
		}
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

// TestLocalizationOwnMechanismsPerDataset: a copy abroad that no flow
// brought was collected straight into the store and relies on the store's
// own mechanisms, whether or not other flows feed the store with other
// data (as for transfer rules).
func TestLocalizationOwnMechanismsPerDataset(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name       string
		mechanisms []string
		want       bool // a localization violation at dataset/records/store/sg
	}{
		{"store declares a security assessment", []string{"cn-security-assessment"}, false},
		{"store declares nothing", nil, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			top := cnCII()
			top.Datasets = append(top.Datasets, residency.Dataset{ID: "logs", Controller: "utility"})
			top.Stores[0].Datasets = append(top.Stores[0].Datasets, "logs")
			top.Entities = append(top.Entities, residency.Entity{ID: "sg-op", Jurisdiction: jurisdiction.MustParseCode("SG")})
			top.Stores = append(top.Stores, residency.Store{ID: "sg", Location: jurisdiction.MustParseCode("SG"),
				Operators: []residency.Tenure{{Entity: "sg-op"}}, Datasets: []string{"records", "logs"}, Mechanisms: tt.mechanisms})
			// An unrelated flow feeds the store: it carries logs only.
			top.Flows = []residency.Flow{{ID: "f", Kind: residency.Replication, From: "bj", To: "sg", Datasets: []string{"logs"}}}
			rep := assess(t, top, "2026-06-01")
			got := false
			for _, v := range rep.Violations {
				if v.Rule.Kind == jurisdiction.Localization && v.Path.String() == "dataset/records/store/sg" {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("localization violation at dataset/records/store/sg: %v, want %v (%v)", got, tt.want, rep.Violations)
			}
		})
	}
}
