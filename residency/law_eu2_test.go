package residency_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// eu2Engine returns an engine over the built-in catalog, which holds the
// EU2 group's rules.
func eu2Engine(t *testing.T) *residency.Engine {
	return lawEngine(t, "FR-CSP-L1111-8-HDS", "FR-SREN-31", "DE-SGB5-393-LOC", "DE-SGB5-393-C5")
}

// TestLawEU2 checks the French HDS and SREN rules and § 393 SGB V on both
// sides of their dates and scopes.
func TestLawEU2(t *testing.T) {
	t.Parallel()
	eng := eu2Engine(t)
	fr := jurisdiction.MustParseCode("FR")
	ch := jurisdiction.MustParseCode("CH")
	gb := jurisdiction.MustParseCode("GB")
	health, gov := jurisdiction.HealthData, jurisdiction.GovernmentData
	run := func(top *residency.Topology, asOf string) *residency.Report {
		t.Helper()
		rep, err := eng.Assess(top, day(asOf))
		if err != nil {
			t.Fatalf("Assess: %v", err)
		}
		return rep
	}
	only := func(ids []string, prefix ...string) []string {
		var out []string
		for _, id := range ids {
			for _, p := range prefix {
				if len(id) >= len(p) && id[:len(p)] == p {
					out = append(out, id)
				}
			}
		}
		return out
	}
	violations := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		want         []string
	}{
		{"French hospital's outsourced health data in the US", "HDS referential: physical hosting in the EEA for every certified host from 2026-05-16",
			func() *residency.Topology { return worldStoredOnly(fr, fr, us, health, 10_000, "fr-hds-hosting") }, "2026-06-01",
			[]string{"FR-CSP-L1111-8-HDS"}},
		{"French hospital's outsourced health data in the US before the deadline", "hosts certified under the 2018 referential had until 2026-05-16",
			func() *residency.Topology { return worldStoredOnly(fr, fr, us, health, 10_000, "fr-hds-hosting") }, "2025-06-01", nil},
		{"French hospital's outsourced health data in Germany", "any EEA state will do",
			func() *residency.Topology { return worldStoredOnly(fr, fr, de, health, 10_000, "fr-hds-hosting") }, "2026-06-01", nil},
		{"French hospital hosting itself in the US", "without the fr-hds-hosting tag no HDS duty applies",
			func() *residency.Topology { return worldStoredOnly(fr, fr, us, health, 10_000) }, "2026-06-01", nil},
		{"German insurer's health data in a US cloud", "§ 393(2) SGB V from 2024-07-01: Germany, the EU/EEA, equal states or adequacy countries",
			func() *residency.Topology { return worldStoredOnly(de, de, us, health, 10_000, "de-sgb5-cloud") }, "2024-08-01",
			[]string{"DE-SGB5-393-LOC"}},
		{"German insurer's health data in a US cloud before the DigiG", "the DigiG wording of § 393 applies from 2024-07-01",
			func() *residency.Topology { return worldStoredOnly(de, de, us, health, 10_000, "de-sgb5-cloud") }, "2024-06-01", nil},
		{"German insurer's health data in Ireland", "an EU member state",
			func() *residency.Topology { return worldStoredOnly(de, de, ie, health, 10_000, "de-sgb5-cloud") }, "2024-08-01", nil},
		{"German insurer's health data in Switzerland", "a state treated as equal under § 35(7) SGB I",
			func() *residency.Topology { return worldStoredOnly(de, de, ch, health, 10_000, "de-sgb5-cloud") }, "2024-08-01", nil},
		{"German insurer's replica in the UK", "§ 393(2) No. 3: a third country with an adequacy decision (de-sgb5-393-adequacy)",
			func() *residency.Topology {
				return worldTagged(worldExport(de, gb, health, 10_000), "de-sgb5-cloud")
			}, "2024-08-01", nil},
		{"German insurer's replica in the US", "the United States is not among the adequacy destinations",
			func() *residency.Topology {
				return worldTagged(worldExport(de, us, health, 10_000), "de-sgb5-cloud")
			}, "2024-08-01", []string{"DE-SGB5-393-LOC"}},
		{"German company's health data in a US cloud", "§ 393 binds providers and funds only (the tag)",
			func() *residency.Topology { return worldStoredOnly(de, de, us, health, 10_000) }, "2024-08-01", nil},
	}
	for _, tt := range violations {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := only(violated(run(tt.top(), tt.asOf)), "FR-", "DE-")
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}

	obligations := []struct {
		name, reason string
		top          *residency.Topology
		asOf, rule   string
		want         bool
	}{
		{"SREN Art. 31 for sensitive State data", "SREN Art. 31 from 2024-05-23",
			worldStoredOnly(fr, fr, fr, gov, 100, "fr-state-sensitive-data"), "2024-06-01", "FR-SREN-31", true},
		{"SREN Art. 31 before the law", "Law 2024-449 was published on 2024-05-22",
			worldStoredOnly(fr, fr, fr, gov, 100, "fr-state-sensitive-data"), "2024-05-01", "FR-SREN-31", false},
		{"SREN Art. 31 without the tag", "only data the administration judges particularly sensitive",
			worldStoredOnly(fr, fr, fr, gov, 100), "2024-06-01", "FR-SREN-31", false},
		{"C5 attestation for a German insurer's cloud", "§ 393(3) SGB V from 2024-07-01",
			worldStoredOnly(de, de, de, health, 100, "de-sgb5-cloud"), "2024-08-01", "DE-SGB5-393-C5", true},
		{"C5 attestation before the DigiG", "§ 393(3) SGB V from 2024-07-01",
			worldStoredOnly(de, de, de, health, 100, "de-sgb5-cloud"), "2024-06-01", "DE-SGB5-393-C5", false},
	}
	for _, tt := range obligations {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := run(tt.top, tt.asOf)
			got := slices.ContainsFunc(rep.Obligations, func(o residency.Obligation) bool { return o.Rule.ID == tt.rule })
			if got != tt.want {
				t.Errorf("%s: obligation %s listed = %v, want %v", tt.reason, tt.rule, got, tt.want)
			}
		})
	}
}

// TestLawEU2World checks the corrections made to the world and EU data with
// this group: Korea's consent rules before PIPA Art. 28-8, Vietnam's 2025
// compelled-access successor and the split UK adequacy decisions.
func TestLawEU2World(t *testing.T) {
	t.Parallel()
	gb := jurisdiction.MustParseCode("GB")
	personal := jurisdiction.Personal
	viol := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		want         []string
	}{
		{"Korean data to the US, 2015", "PIPA Art. 17(3): consent for provision overseas from 2011-09-30",
			func() *residency.Topology { return worldExport(wKR, us, personal, 10_000) }, "2015-01-01", []string{"KR-PIPA-17-3"}},
		{"Korean data to the US with consent, 2015", "kr-pipa-2011-consent",
			func() *residency.Topology { return worldExport(wKR, us, personal, 10_000, "kr-pipa-2011-consent") }, "2015-01-01", nil},
		{"Korean data to the US before PIPA", "PIPA took effect 2011-09-30",
			func() *residency.Topology { return worldExport(wKR, us, personal, 10_000) }, "2011-01-01", nil},
		{"Korean ICT provider's data to the US, 2021", "Art. 17(3) and, for ICT service providers, Art. 39-12 from 2020-08-05",
			func() *residency.Topology {
				return worldTagged(worldExport(wKR, us, personal, 10_000), "kr-ict-service-provider")
			}, "2021-01-01", []string{"KR-PIPA-17-3", "KR-PIPA-39-12"}},
		{"Korean ICT provider's disclosed outsourcing, 2021", "Art. 39-12 contract-and-disclosure exception; Art. 17(3) still reads it as provision",
			func() *residency.Topology {
				return worldTagged(worldExport(wKR, us, personal, 10_000, "kr-pipa-39-12-contract-disclosed"), "kr-ict-service-provider")
			}, "2021-01-01", []string{"KR-PIPA-17-3"}},
		{"Korean data to the US, 2024", "Art. 28-8 replaced the consent rules on 2023-09-15",
			func() *residency.Topology { return worldExport(wKR, us, personal, 10_000) }, "2024-01-01", []string{"KR-PIPA-28-8"}},
		{"EU data to the UK, 2025", "Decision (EU) 2021/1772, extended to 2025-12-27",
			func() *residency.Topology { return worldExport(de, gb, personal, 10_000) }, "2025-12-27", nil},
		{"EU data to the UK, 2026", "renewal of 2025-12-19, until 2031-12-27",
			func() *residency.Topology { return worldExport(de, gb, personal, 10_000) }, "2026-01-15", nil},
		{"EU data to the UK, 2032", "no UK adequacy decision after 2031-12-27 in the catalog",
			func() *residency.Topology { return worldExport(de, gb, personal, 10_000) }, "2032-01-15", []string{"EU-GDPR-44"}},
	}
	for _, tt := range viol {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, id := range violated(assess(t, tt.top(), tt.asOf)) {
				if len(id) > 3 && (id[:3] == "KR-" || id[:3] == "EU-") {
					got = append(got, id)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
	cat := jurisdiction.Default()
	for _, c := range []struct {
		id, on string
		in     bool
	}{
		{"eu-adequacy-gb", "2025-12-27", true}, {"eu-adequacy-gb", "2025-12-28", false},
		{"eu-adequacy-gb-2025", "2025-12-27", false}, {"eu-adequacy-gb-2025", "2031-12-27", true},
		{"eu-adequacy-gb-2025", "2031-12-28", false},
	} {
		m, ok := cat.Mechanism(c.id)
		if !ok {
			t.Fatalf("no mechanism %s", c.id)
		}
		if got := m.InForce(day(c.on)); got != c.in {
			t.Errorf("%s in force on %s = %v, want %v", c.id, c.on, got, c.in)
		}
	}
	// Vietnam after 2026-07-01.
	top := worldStoredOnly(sg, sg, sg, personal, 100)
	entity(top, "op").Jurisdiction = wVN
	rep := assess(t, top, "2026-08-01")
	var ids []string
	for _, x := range rep.Exposures {
		if x.Government == wVN {
			for _, r := range x.Rules {
				ids = append(ids, r.ID)
			}
		}
	}
	if !slices.Contains(ids, "VN-CSL2025-ACCESS") || slices.Contains(ids, "VN-CSL-26-2") {
		t.Errorf("Vietnam's exposure rules on 2026-08-01 = %v, want VN-CSL2025-ACCESS and not VN-CSL-26-2", ids)
	}
}
