package residency_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// Codes for the Cayman Islands tests (ky, us and sg are in helpers_test.go).
var (
	kyFR = jurisdiction.MustParseCode("FR")
	kyCH = jurisdiction.MustParseCode("CH")
	kyCN = jurisdiction.MustParseCode("CN")
)

// kyRules are the rules of builtin_rules_ky.go.
var kyRules = []string{"KY-DPA-P8"}

// kyEngine returns an engine over the built-in catalog, which holds the
// Cayman Islands rules.
func kyEngine(t *testing.T) *residency.Engine { return lawEngine(t, kyRules...) }

// TestLawKY assesses small topologies against the eighth data protection
// principle of the Cayman Data Protection Act, on both sides of its date,
// for controllers in and outside the Islands, with and without its
// mechanisms.
func TestLawKY(t *testing.T) {
	t.Parallel()
	eng := kyEngine(t)
	personal := jurisdiction.Personal
	export := func(to jurisdiction.Code, m ...string) func() *residency.Topology {
		return func() *residency.Topology { return worldExport(ky, to, personal, 1_000, m...) }
	}
	// A US controller's data about Cayman residents, kept in the Islands
	// and replicated to the US: the Act binds a controller not
	// established in the Islands for data processed there (s.6).
	foreignController := func() *residency.Topology {
		top := worldExport(ky, us, personal, 1_000)
		entity(top, "ctl").Jurisdiction = us
		return top
	}
	tests := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		want         []string
	}{
		{"Cayman data to the US before the DPA", "the DPA took effect 2019-09-30", export(us), "2019-09-01", nil},
		{"Cayman data to the US", "eighth principle: no adequacy, no Schedule 4 case", export(us), "2020-01-01", []string{"KY-DPA-P8"}},
		{"Cayman data to the US on consent", "Sch. 4 para. 1", export(us, "ky-dpa-sch4-consent"), "2020-01-01", nil},
		{"Cayman data to the US for a contract", "Sch. 4 contract cases", export(us, "ky-dpa-sch4-contract"), "2020-01-01", nil},
		{"Cayman data to Japan", "Japan is not on the Ombudsman's 2019 list as read", export(jp), "2025-01-01", []string{"KY-DPA-P8"}},
		{"Cayman data to France", "the Ombudsman treats the EEA as adequate", export(kyFR), "2020-01-01", nil},
		{"Cayman data to Switzerland", "EU adequacy finding, Ombudsman's 2019 list", export(kyCH), "2020-01-01", nil},
		{"Foreign controller's data in the Islands to the US", "s.6(1)(b): processing in the Islands", foreignController, "2020-01-01", []string{"KY-DPA-P8"}},
		{"Cayman controller's data collected into a US store", "a Cayman controller using a provider abroad transfers the data",
			func() *residency.Topology { return worldStoredOnly(ky, ky, us, personal, 1_000) }, "2020-01-01", []string{"KY-DPA-P8"}},
		{"Cayman controller's data collected into a Singapore store", "Singapore is not adequate on the Ombudsman's list",
			func() *residency.Topology { return worldStoredOnly(ky, ky, sg, personal, 1_000) }, "2020-01-01", []string{"KY-DPA-P8"}},
		{"Cayman controller's data kept in the Islands", "no transfer",
			func() *residency.Topology { return worldStoredOnly(ky, ky, ky, personal, 1_000) }, "2020-01-01", nil},
		{"US controller's data on Cayman residents kept in the US", "the Act reaches neither the controller nor the store",
			func() *residency.Topology { return worldStoredOnly(us, ky, us, personal, 1_000) }, "2020-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep, err := eng.Assess(tt.top(), day(tt.asOf))
			if err != nil {
				t.Fatal(err)
			}
			got := violated(rep)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nviolated rules (-want +got):\n%s", tt.reason, diff)
				for _, v := range rep.Violations {
					t.Logf("  %s @ %s: %s", v.Rule.ID, v.Path, v.Reason)
				}
			}
		})
	}
}

// TestLawKYNoPersonalReach checks that a Cayman holding company gives the
// Cayman Islands no reach into its subsidiary's store abroad (the survey
// found no power compelling Cayman companies to disclose data held
// abroad), while a store in the Islands stays reachable by presumption.
func TestLawKYNoPersonalReach(t *testing.T) {
	t.Parallel()
	eng := kyEngine(t)
	kyVia := func(rep *residency.Report) []string {
		var via []string
		for _, x := range rep.Exposures {
			if x.Government == ky {
				via = append(via, x.Via.String())
			}
		}
		return via
	}
	tests := []struct {
		name string
		loc  jurisdiction.Code
		want []string
	}{
		{"Singapore store of a Cayman-held operator", sg, nil},
		{"Cayman store of a Cayman-held operator", ky, []string{"location"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			top := worldStoredOnly(us, us, tt.loc, jurisdiction.Personal, 100)
			top.Entities = append(top.Entities, residency.Entity{ID: "holding", Jurisdiction: ky, Headquarters: kyCN})
			entity(top, "op").Owners = []residency.Ownership{{Parent: "holding", Share: 100}}
			rep, err := eng.Assess(top, day("2025-01-01"))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, kyVia(rep), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("KY exposures by link (-want +got):\n%s", diff)
			}
		})
	}
}
