package residency_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// TestConflicts checks that each required conflict appears and disappears
// with the fact that causes it: the operator, its parent, the date, the key
// holder, where the data is and what it is.
func TestConflicts(t *testing.T) {
	t.Parallel()
	usParent := func(share float64, control bool) func(*residency.Topology) {
		return func(top *residency.Topology) {
			entity(top, "op").Owners = []residency.Ownership{{Parent: "us-parent", Share: share, Control: control}}
		}
	}
	tests := []struct {
		name, reason string
		base         func() *residency.Topology
		change       func(*residency.Topology)
		asOf         string
		want         []string
	}{
		{
			name: "domestic operator", base: cnCII, asOf: "2019-06-01",
			reason: "only China reaches CII data stored in China by a Chinese operator: nothing collides",
		},
		{
			name: "US operator", base: cnCII, asOf: "2019-06-01",
			reason: "18 U.S.C. 2713 reaches a US provider's data anywhere; CSL Art. 37 keeps CII data in China",
			change: func(top *residency.Topology) { top.Stores[0].Operators[0].Entity = "us-parent" },
			want:   []string{"US-CLOUD-2713 vs CN-CSL-37,CN-ICJAL-4 @ store/bj/operator/us-parent"},
		},
		{
			name: "US majority parent", base: cnCII, asOf: "2019-06-01", change: usParent(51, false),
			reason: "reach follows majority ownership up the chain (2713: possession, custody or control)",
			want:   []string{"US-CLOUD-2713 vs CN-CSL-37,CN-ICJAL-4 @ store/bj/operator/op/parent/us-parent"},
		},
		{
			name: "US minority parent", base: cnCII, asOf: "2019-06-01", change: usParent(49, false),
			reason: "a 49% holding does not control the operator",
		},
		{
			name: "US control without majority", base: cnCII, asOf: "2019-06-01", change: usParent(0, true),
			reason: "control by contract (a VIE) is control",
			want:   []string{"US-CLOUD-2713 vs CN-CSL-37,CN-ICJAL-4 @ store/bj/operator/op/parent/us-parent"},
		},
		{
			name: "US grandparent through a Chinese holding", base: cnCII, asOf: "2019-06-01",
			reason: "control is followed up the chain through a domestic intermediate",
			change: func(top *residency.Topology) {
				entity(top, "op").Owners = []residency.Ownership{{Parent: "cn-parent", Share: 100}}
				entity(top, "cn-parent").Owners = []residency.Ownership{{Parent: "us-parent", Share: 60}}
			},
			want: []string{"US-CLOUD-2713 vs CN-CSL-37,CN-ICJAL-4 @ store/bj/operator/op/parent/cn-parent/parent/us-parent"},
		},
		{
			name: "US parent whose holding ended", base: cnCII, asOf: "2019-06-01",
			reason: "dated ownership: the parent sold out on 2019-01-01",
			change: func(top *residency.Topology) {
				entity(top, "op").Owners = []residency.Ownership{{Parent: "us-parent", Share: 100,
					Period: jurisdiction.Period{Until: day("2019-01-01")}}}
			},
		},
		{
			name: "day before the CLOUD Act", base: cnCII, asOf: "2018-03-22", change: usParent(100, false),
			reason: "Pub. L. 115-141 took effect 2018-03-23; the SCA alone did not reach data abroad (829 F.3d 197)",
		},
		{
			name: "day the CLOUD Act took effect", base: cnCII, asOf: "2018-03-23", change: usParent(100, false),
			reason: "18 U.S.C. 2713 effective 2018-03-23",
			want:   []string{"US-CLOUD-2713 vs CN-CSL-37 @ store/bj/operator/op/parent/us-parent"},
		},
		{
			name: "after the DSL and PIPL", base: cnCII, asOf: "2022-01-01", change: usParent(100, false),
			reason: "DSL Art. 36 (2021-09-01), PIPL Art. 40 and 41 (2021-11-01) join CSL Art. 37",
			want:   []string{"US-CLOUD-2713 vs CN-CSL-37,CN-DSL-36,CN-ICJAL-4,CN-PIPL-40,CN-PIPL-41 @ store/bj/operator/op/parent/us-parent"},
		},
		{
			name: "after the CSL amendment", base: cnCII, asOf: "2026-06-01", change: usParent(100, false),
			reason: "the 2025 amendment (in force 2026-01-01) renumbers CSL Art. 37 as Art. 39",
			want:   []string{"US-CLOUD-2713 vs CN-CSL2025-39,CN-DSL-36,CN-ICJAL-4,CN-PIPL-40,CN-PIPL-41 @ store/bj/operator/op/parent/us-parent"},
		},
		{
			name: "US technology licensor", base: cnCII, asOf: "2019-06-01",
			reason: "a licensor of the technology without operational access (Microsoft for Azure operated by 21Vianet) is not an operator",
			change: func(top *residency.Topology) { top.Stores[0].Licensor = "us-parent" },
		},
		{
			name: "US licensor that also operates", base: cnCII, asOf: "2019-06-01",
			reason: "the same entity as operator is reached by 2713",
			change: func(top *residency.Topology) {
				top.Stores[0].Licensor = "us-parent"
				top.Stores[0].Operators[0].Entity = "us-parent"
			},
			want: []string{"US-CLOUD-2713 vs CN-CSL-37,CN-ICJAL-4 @ store/bj/operator/us-parent"},
		},
		{
			name: "US licensor that administers remotely", base: cnCII, asOf: "2019-06-01",
			reason: "a licensor given administrative access is reached through that link, not through the licence",
			change: func(top *residency.Topology) {
				top.Stores[0].Licensor = "us-parent"
				top.Flows = []residency.Flow{{ID: "support", Kind: residency.AdminAccess, To: "bj", Accessor: "us-parent", AccessorLocation: us,
					Mechanisms: []string{"cn-security-assessment"}}}
			},
			want: []string{"US-CLOUD-2713 vs CN-CSL-37,CN-ICJAL-4 @ store/bj/flow/support/accessor/us-parent"},
		},
		{
			name: "keys held by a US entity", base: cnCII, asOf: "2019-06-01",
			reason: "handing over the keys to China-localized data is in the reach of 2713 and forbidden by CSL Art. 37",
			change: func(top *residency.Topology) {
				top.Stores[0].Keys = []residency.KeyCustody{{Holder: "us-parent", Location: cn}}
			},
			want: []string{"US-CLOUD-2713 vs CN-CSL-37,CN-ICJAL-4 @ store/bj/keys/us-parent"},
		},
		{
			name: "keys held by the Chinese customer", base: cnCII, asOf: "2019-06-01",
			reason: "with the key holder in China and out of US reach the collision disappears",
			change: func(top *residency.Topology) {
				top.Stores[0].Keys = []residency.KeyCustody{{Holder: "utility", Location: cn}}
			},
		},
		{
			name: "keys kept in the US", base: cnCII, asOf: "2019-06-01",
			reason: "keys physically in the US are in the territorial reach of the SCA",
			change: func(top *residency.Topology) {
				top.Stores[0].Keys = []residency.KeyCustody{{Holder: "utility", Location: us}}
			},
			want: []string{"US-CALEA,US-FISA-702,US-PATRIOT-215,US-SCA-2703,US-SCA-2709 vs CN-CSL-37,CN-ICJAL-4 @ store/bj/keys/location/US"},
		},
		{
			name: "US admin access", base: cnCII, asOf: "2019-06-01",
			reason: "a US entity administering the store can be compelled under 2713",
			change: func(top *residency.Topology) {
				top.Flows = []residency.Flow{{ID: "ops", Kind: residency.AdminAccess, To: "bj", Accessor: "us-parent", AccessorLocation: us,
					Mechanisms: []string{"cn-security-assessment"}}}
			},
			want: []string{"US-CLOUD-2713 vs CN-CSL-37,CN-ICJAL-4 @ store/bj/flow/ops/accessor/us-parent"},
		},
		{
			name: "store in Hong Kong", base: cnCII, asOf: "2019-06-01",
			reason: "mainland rules' territory is CN alone: a Hong Kong store is outside CSL Art. 37 (and breaks it instead)",
			change: func(top *residency.Topology) {
				top.Stores[0].Location = hk
				top.Stores[0].Operators[0].Entity = "us-parent"
			},
		},
		{
			name: "non-CII personal data in 2019", base: cnCII, asOf: "2019-06-01",
			reason: "CSL Art. 37 binds CII operators only and DSL Art. 36 was not yet in force, but ICJAL Art. 4 (from 2018-10-26) forbids assistance to foreign criminal proceedings without approval, whatever the data",
			change: func(top *residency.Topology) {
				entity(top, "utility").CII = nil
				usParent(100, false)(top)
			},
			want: []string{"US-CLOUD-2713 vs CN-ICJAL-4 @ store/bj/operator/op/parent/us-parent"},
		},
		{
			name: "non-CII personal data before the ICJAL", base: cnCII, asOf: "2018-10-25",
			reason: "CSL Art. 37 binds CII operators only; neither the ICJAL nor DSL Art. 36 was in force: nothing blocks",
			change: func(top *residency.Topology) {
				entity(top, "utility").CII = nil
				usParent(100, false)(top)
			},
		},
		{
			name: "non-CII personal data in 2022", base: cnCII, asOf: "2022-01-01",
			reason: "DSL Art. 36 and PIPL Art. 41 block any data stored in China, CII or not",
			change: func(top *residency.Topology) {
				entity(top, "utility").CII = nil
				usParent(100, false)(top)
			},
			want: []string{"US-CLOUD-2713 vs CN-DSL-36,CN-ICJAL-4,CN-PIPL-41 @ store/bj/operator/op/parent/us-parent"},
		},
		{
			name: "EU data, Irish operator", base: euPersonal, asOf: "2019-06-01",
			reason: "no third country reaches the data",
		},
		{
			name: "EU data, US-parented Irish operator", base: euPersonal, asOf: "2019-06-01",
			reason: "the Dublin shape: 2713 against GDPR Art. 48",
			change: func(top *residency.Topology) {
				entity(top, "ie-op").Owners = []residency.Ownership{{Parent: "us-parent", Share: 100}}
			},
			want: []string{"US-CLOUD-2713 vs EU-GDPR-48 @ store/dublin/operator/ie-op/parent/us-parent"},
		},
		{
			name: "EU data, US operator, before the GDPR", base: euPersonal, asOf: "2018-04-01",
			reason: "the CLOUD Act was in force; GDPR Art. 48 applied only from 2018-05-25",
			change: func(top *residency.Topology) { top.Stores[0].Operators[0].Entity = "us-op" },
		},
		{
			name: "EU data, US operator", base: euPersonal, asOf: "2018-05-25",
			reason: "GDPR Art. 48 applies from 2018-05-25",
			change: func(top *residency.Topology) { top.Stores[0].Operators[0].Entity = "us-op" },
			want:   []string{"US-CLOUD-2713 vs EU-GDPR-48 @ store/dublin/operator/us-op"},
		},
		{
			name: "EU non-personal data, US operator", base: euPersonal, asOf: "2019-06-01",
			reason: "GDPR Art. 48 covers personal data only",
			change: func(top *residency.Topology) {
				top.Stores[0].Operators[0].Entity = "us-op"
				top.Datasets[0].Classes = nil
				top.Datasets[0].Subjects = nil
			},
		},
	}
	for _, tt := range tests {
		if tt.name == "" || tt.reason == "" {
			t.Fatalf("row %+v needs a name and a reason", tt)
		}
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			top := tt.base()
			if tt.change != nil {
				tt.change(top)
			}
			rep := assess(t, top, tt.asOf)
			if diff := cmp.Diff(tt.want, conflictSummary(rep), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nconflicts (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestConflictExplains checks that a conflict names its rules with
// citations, the party, the path and the relief each law offers.
func TestConflictExplains(t *testing.T) {
	t.Parallel()
	top := cnCII()
	entity(top, "op").Owners = []residency.Ownership{{Parent: "us-parent", Share: 100}}
	rep := assess(t, top, "2022-01-01")
	if len(rep.Conflicts) != 1 {
		t.Fatalf("want 1 conflict, got %d: %v", len(rep.Conflicts), conflictSummary(rep))
	}
	c := rep.Conflicts[0]
	want := residency.Conflict{
		CompellingJurisdiction: us, BlockingJurisdiction: cn,
		Store: "bj", Datasets: []string{"records"}, Party: "us-parent", Link: residency.LinkOperatorParent,
		Path: residency.Path{Store: "bj", Link: residency.LinkOperatorParent, Chain: []string{"op", "us-parent"}}, Readable: true,
	}
	if c.ID != "C:US/CN@store/bj/operator/op/parent/us-parent" {
		t.Errorf("conflict ID = %q", c.ID)
	}
	got := c
	got.ID, got.Severity, got.Compelling, got.Blocking, got.Reason, got.Relief = "", 0, nil, nil, "", nil
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("conflict (-want +got):\n%s", diff)
	}
	if c.Compelling[0].Citation != "CLOUD Act 18 U.S.C. 2713" {
		t.Errorf("compelling citation = %q", c.Compelling[0].Citation)
	}
	var cites []string
	for _, b := range c.Blocking {
		cites = append(cites, b.Citation)
	}
	if diff := cmp.Diff([]string{"CSL Art. 37", "DSL Art. 36", "ICJAL Art. 4", "PIPL Art. 40", "PIPL Art. 41"}, cites); diff != "" {
		t.Errorf("blocking citations (-want +got):\n%s", diff)
	}
	if len(c.Relief) != 6 || c.Relief[0][:len("US-CLOUD-2713: comity motion")] != "US-CLOUD-2713: comity motion" {
		t.Errorf("relief should start with the 2703(h) comity motion and list each blocking rule's channel: %q", c.Relief)
	}
}

// TestConflictCiphertext checks that a conflict through an operator that
// cannot read the data says so.
func TestConflictCiphertext(t *testing.T) {
	t.Parallel()
	top := cnCII()
	top.Stores[0].Operators[0].Entity = "us-parent"
	top.Stores[0].Keys = []residency.KeyCustody{{Holder: "utility", Location: cn}}
	rep := assess(t, top, "2019-06-01")
	if len(rep.Conflicts) != 1 || rep.Conflicts[0].Readable {
		t.Fatalf("want one conflict with ciphertext only, got %+v", rep.Conflicts)
	}
	for _, x := range rep.Exposures {
		if x.Government == us && x.Readable {
			t.Errorf("US exposure %s is readable, but the keys are held by a Chinese entity in China", x.Path)
		}
		if x.Government == cn && !x.Readable {
			t.Errorf("CN exposure %s is not readable, but China reaches the key holder and the data", x.Path)
		}
	}
}
