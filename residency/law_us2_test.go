package residency_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// us2Engine returns an engine over the built-in catalog, which holds the
// US2 group's rules.
func us2Engine(t *testing.T) *residency.Engine {
	return lawEngine(t, "US-HIPAA-BA", "US-HIPAA-BA-2003", "US-EAR-734.18-A5", "US-ITAR-120.54-A5",
		"US-DFARS-252.239-7010", "US-TX-HSC-183.002", "US-FL-408.051-3")
}

// TestLawUS2 checks the US localization rules (DFARS cloud clause, Texas
// and Florida health records) and obligations (HIPAA business associates,
// EAR and ITAR encrypted storage abroad) on both sides of their dates,
// territories and scopes.
func TestLawUS2(t *testing.T) {
	t.Parallel()
	eng := us2Engine(t)
	tx, fl := jurisdiction.MustParseCode("US-TX"), jurisdiction.MustParseCode("US-FL")
	ca, pr, gu := jurisdiction.MustParseCode("CA"), jurisdiction.MustParseCode("PR"), jurisdiction.MustParseCode("GU")
	health, gov, personal := jurisdiction.HealthData, jurisdiction.GovernmentData, jurisdiction.Personal
	run := func(top *residency.Topology, asOf string) *residency.Report {
		t.Helper()
		rep, err := eng.Assess(top, day(asOf))
		if err != nil {
			t.Fatalf("Assess: %v", err)
		}
		return rep
	}
	ours := func(ids []string) []string {
		var out []string
		for _, id := range ids {
			for _, p := range []string{"US-HIPAA", "US-EAR", "US-ITAR", "US-DFARS", "US-TX-", "US-FL-"} {
				if strings.HasPrefix(id, p) {
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
		{"TX records in Germany", "Tex. Health & Safety Code 183.002(a) applies to storage from 2026-01-01",
			func() *residency.Topology { return worldStoredOnly(tx, tx, de, health, 1000) }, "2026-01-02", []string{"US-TX-HSC-183.002"}},
		{"TX records in Germany, 2025", "the storage requirement applies from 2026-01-01",
			func() *residency.Topology { return worldStoredOnly(tx, tx, de, health, 1000) }, "2025-12-31", nil},
		{"TX records in Virginia", "the US is inside the territory",
			func() *residency.Topology { return worldStoredOnly(tx, tx, us, health, 1000) }, "2026-01-02", nil},
		{"TX records in Puerto Rico", "a US territory is inside the territory",
			func() *residency.Topology { return worldStoredOnly(tx, tx, pr, health, 1000) }, "2026-01-02", nil},
		{"TX non-health data in Germany", "the rule covers health records only",
			func() *residency.Topology { return worldStoredOnly(tx, tx, de, personal, 1000) }, "2026-01-02", nil},
		{"New York provider in Germany", "modelled for controllers with jurisdiction US-TX",
			func() *residency.Topology { return worldStoredOnly(us, us, de, health, 1000) }, "2026-01-02", nil},
		{"FL records in Germany", "Fla. Stat. 408.051(3), in force 2023-07-01",
			func() *residency.Topology { return worldStoredOnly(fl, fl, de, health, 1000) }, "2023-07-02", []string{"US-FL-408.051-3"}},
		{"FL records in Germany, before", "408.051(3) took effect 2023-07-01",
			func() *residency.Topology { return worldStoredOnly(fl, fl, de, health, 1000) }, "2023-06-30", nil},
		{"FL records in Canada", "Canada is inside the Florida territory",
			func() *residency.Topology { return worldStoredOnly(fl, fl, ca, health, 1000) }, "2024-01-01", nil},
		{"TX records in Canada", "Canada is outside the Texas territory",
			func() *residency.Topology { return worldStoredOnly(tx, tx, ca, health, 1000) }, "2026-06-01", []string{"US-TX-HSC-183.002"}},
		{"DoD data in Germany", "DFARS 252.239-7010(b)(3), from the interim rule of 2015-08-26",
			func() *residency.Topology { return worldStoredOnly(us, us, de, gov, 10, "us-dod") }, "2015-08-26", []string{"US-DFARS-252.239-7010"}},
		{"DoD data in Germany, before", "the clause dates from 2015-08-26",
			func() *residency.Topology { return worldStoredOnly(us, us, de, gov, 10, "us-dod") }, "2015-08-25", nil},
		{"DoD data in Germany, authorised", "the contracting officer's written notification lifts the rule for the copy abroad",
			func() *residency.Topology {
				top := worldExport(us, de, gov, 10, "us-dfars-7010-co-location")
				entity(top, "ctl").Tags = []string{"us-dod"}
				return top
			}, "2020-01-01", nil},
		{"DoD data replicated to Germany", "a copy abroad without the contracting officer's notification",
			func() *residency.Topology {
				top := worldExport(us, de, gov, 10)
				entity(top, "ctl").Tags = []string{"us-dod"}
				return top
			}, "2020-01-01", []string{"US-DFARS-252.239-7010"}},
		{"DoD data in Guam", "outlying areas are inside the territory",
			func() *residency.Topology { return worldStoredOnly(us, us, gu, gov, 10, "us-dod") }, "2020-01-01", nil},
		{"civilian agency data in Germany", "the clause binds DoD contracts only",
			func() *residency.Topology { return worldStoredOnly(us, us, de, gov, 10) }, "2020-01-01", nil},
	}
	for _, tc := range violations {
		t.Run(tc.name, func(t *testing.T) {
			got := ours(violated(run(tc.top(), tc.asOf)))
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s: violated %v, want %v", tc.reason, got, tc.want)
			}
		})
	}

	obligations := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		want         []string
	}{
		{"covered entity, 2010", "Privacy and Security Rule business associate contracts, before HITECH's direct liability",
			func() *residency.Topology { return worldStoredOnly(us, us, ie, health, 1000, "hipaa-covered-entity") }, "2010-01-01", []string{"US-HIPAA-BA-2003"}},
		{"covered entity, 2014", "the Omnibus Rule's compliance date 2013-09-23",
			func() *residency.Topology { return worldStoredOnly(us, us, ie, health, 1000, "hipaa-covered-entity") }, "2014-01-01", []string{"US-HIPAA-BA"}},
		{"covered entity, 2002", "the Privacy Rule's compliance date 2003-04-14",
			func() *residency.Topology { return worldStoredOnly(us, us, ie, health, 1000, "hipaa-covered-entity") }, "2002-01-01", nil},
		{"business associate, 2010", "business associates were bound only by contract before 2013-09-23",
			func() *residency.Topology {
				return worldStoredOnly(us, us, us, health, 1000, "hipaa-business-associate")
			}, "2010-01-01", nil},
		{"business associate, 2014", "directly liable from 2013-09-23",
			func() *residency.Topology {
				return worldStoredOnly(us, us, us, health, 1000, "hipaa-business-associate")
			}, "2014-01-01", []string{"US-HIPAA-BA"}},
		{"untagged health app", "HIPAA binds covered entities and business associates only",
			func() *residency.Topology { return worldStoredOnly(us, us, us, health, 1000) }, "2014-01-01", nil},
	}
	for _, tc := range obligations {
		t.Run(tc.name, func(t *testing.T) {
			var ids []string
			for _, o := range run(tc.top(), tc.asOf).Obligations {
				ids = append(ids, o.Rule.ID)
			}
			slices.Sort(ids)
			if got := ours(slices.Compact(ids)); !slices.Equal(got, tc.want) {
				t.Errorf("%s: obligations %v, want %v", tc.reason, got, tc.want)
			}
		})
	}
}
