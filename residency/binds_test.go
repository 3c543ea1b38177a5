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

// The tests of this file hold the engine to who each law binds, each on a
// real, citable case or text (issue 13): 28 CFR Part 202's covered
// persons, conflicts whose forbidding side is a prohibited-counterparty
// rule or a blocking statute that follows the party, rules that fix where
// data is kept without barring disclosure, collection that is no
// transfer, transfer rules tied to data subjects, and rules that bind
// providers of some roles only.

var (
	kr = jurisdiction.MustParseCode("KR")
	in = jurisdiction.MustParseCode("IN")
)

// dspSubsidiary is a US-organised subsidiary of a Chinese parent that runs
// a store of more than 100,000 US persons' identifiers for itself: the
// shape of 28 CFR 202.256 (a US-organised entity is a US person, whoever
// owns it) and of TikTok v. Garland, 604 U.S. ___ (2025), where the
// parent, ByteDance, is subject to the PRC's National Intelligence Law.
func dspSubsidiary(admin ...residency.Flow) *residency.Topology {
	return &residency.Topology{
		Datasets: []residency.Dataset{{ID: "users", Classes: []jurisdiction.DataClass{jurisdiction.PersonalIdentifiers},
			Subjects: []residency.Subjects{{Jurisdiction: us, Count: 150_000_000}}, Controller: "app-us"}},
		Entities: []residency.Entity{
			{ID: "app-us", Jurisdiction: us, Owners: []residency.Ownership{{Parent: "parent", Share: 100}}},
			{ID: "parent", Jurisdiction: ky, Headquarters: cn},
		},
		Stores: []residency.Store{{ID: "us-dc", Location: us, Datasets: []string{"users"},
			Operators: []residency.Tenure{{Entity: "app-us"}}}},
		Flows: admin,
	}
}

func TestCoveredPersonsAreForeign(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		top          *residency.Topology
		want         []string // violated rule IDs, each with its path
	}{
		{"US subsidiary, no access by the parent",
			"28 CFR 202.211 covers foreign persons only; a US-organised subsidiary of a Chinese parent is a US person (202.256)",
			dspSubsidiary(), nil},
		{"the parent administers the store",
			"access by the foreign parent, a covered person (202.211(a)(1)), through administrative access makes the transaction covered",
			dspSubsidiary(residency.Flow{ID: "parent-ops", Kind: residency.AdminAccess, To: "us-dc", Accessor: "parent", AccessorLocation: cn}),
			[]string{"US-DOJ-202-IDENTIFIERS @ dataset/users/store/us-dc/flow/parent-ops/accessor/parent"}},
		{"US staff resident in China",
			"individuals primarily resident in a country of concern are covered persons (202.211(a)(4)), whoever employs them",
			dspSubsidiary(residency.Flow{ID: "cn-staff", Kind: residency.AdminAccess, To: "us-dc", Accessor: "app-us", AccessorLocation: cn}),
			[]string{"US-DOJ-202-IDENTIFIERS @ dataset/users/store/us-dc/flow/cn-staff/accessor/app-us"}},
		{"US staff in the US", "access by US persons in the US is no covered data transaction",
			dspSubsidiary(residency.Flow{ID: "us-staff", Kind: residency.AdminAccess, To: "us-dc", Accessor: "app-us", AccessorLocation: us}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, tt.top, "2025-06-01")
			var got []string
			for _, v := range rep.Violations {
				if strings.HasPrefix(v.Rule.ID, "US-DOJ-202") {
					got = append(got, v.Rule.ID+" @ "+v.Path.String())
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\n28 CFR 202 violations (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestCounterpartyConflicts: a prohibited-counterparty rule forbids what
// the counterparty's law compels of the same parent. In TikTok v. Garland
// (2025) the Court accepted that ByteDance is subject to PRC laws
// requiring it to assist intelligence work (National Intelligence Law
// Art. 7), while US law forbids giving a country of concern's entities
// access to bulk US personal data.
func TestCounterpartyConflicts(t *testing.T) {
	t.Parallel()
	rep := assess(t, dspSubsidiary(), "2025-06-01")
	var got []string
	for _, c := range rep.Conflicts {
		if c.CompellingJurisdiction == cn && c.BlockingJurisdiction == us {
			got = append(got, refs(c.Compelling)+" vs "+refs(c.Blocking)+" @ "+c.Path.String())
			if !strings.Contains(c.Reason, "to make available to CN") {
				t.Errorf("reason %q does not say what the US rule forbids", c.Reason)
			}
		}
	}
	want := []string{"CN-NIL-7 vs US-DOJ-202-IDENTIFIERS @ store/us-dc/operator/app-us/parent/parent"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CN vs US conflicts (-want +got):\n%s", diff)
	}
	// Before 28 CFR 202 took effect (2025-04-08) nothing forbade it.
	for _, c := range assess(t, dspSubsidiary(), "2025-04-01").Conflicts {
		if c.BlockingJurisdiction == us {
			t.Errorf("conflict before 28 CFR 202 took effect: %s", c.ID)
		}
	}
}

// germanShop keeps German customers' personal data in one store, at loc,
// run by a US-controlled provider's local subsidiary.
func germanShop(loc jurisdiction.Code) *residency.Topology {
	return &residency.Topology{
		Datasets: []residency.Dataset{{ID: "customers", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: de, Count: 50_000}}, Controller: "shop"}},
		Entities: []residency.Entity{
			{ID: "shop", Jurisdiction: de},
			{ID: "provider-local", Jurisdiction: loc, Role: jurisdiction.ServiceProvider,
				Owners: []residency.Ownership{{Parent: "provider-us", Share: 100}}},
			{ID: "provider-us", Jurisdiction: us, Role: jurisdiction.ServiceProvider},
		},
		Stores: []residency.Store{{ID: "db", Location: loc, Datasets: []string{"customers"},
			Operators: []residency.Tenure{{Entity: "provider-local"}}, Mechanisms: []string{"eu-scc-2021"}}},
	}
}

// TestBlockingFollowsTheParty: GDPR Art. 48 binds a controller or
// processor subject to the GDPR wherever it keeps the data (EDPB-EDPS
// joint response to the LIBE Committee on the CLOUD Act, 2019-07-10), so
// moving German data from Frankfurt to Tokyo on the same US-controlled
// provider does not clear the conflict with 18 U.S.C. 2713.
func TestBlockingFollowsTheParty(t *testing.T) {
	t.Parallel()
	want := func(loc string) []string {
		return []string{"US-CLOUD-2713 vs EU-GDPR-48 @ store/db/operator/provider-local/parent/provider-us"}
	}
	for _, loc := range []jurisdiction.Code{de, jp} {
		t.Run(loc.String(), func(t *testing.T) {
			t.Parallel()
			rep := assess(t, germanShop(loc), "2024-06-01")
			var got []string
			for _, c := range rep.Conflicts {
				if c.BlockingJurisdiction.String() == "EU" {
					got = append(got, refs(c.Compelling)+" vs "+refs(c.Blocking)+" @ "+c.Path.String())
				}
			}
			if diff := cmp.Diff(want(loc.String()), got); diff != "" {
				t.Errorf("EU conflicts with the data in %s (-want +got):\n%s", loc, diff)
			}
			// Japan reaches the Tokyo copy through its territory: that is
			// the transfer's business (GDPR Chapter V), not Art. 48's.
			for _, c := range rep.Conflicts {
				if c.CompellingJurisdiction == jp {
					t.Errorf("a conflict through a place outside the EEA: %s", c.ID)
				}
			}
		})
	}
}

// TestCollectionIsNoTransfer: data collected from subjects straight into a
// store never passed through the controller's country (issue 13, item 5),
// and data a foreign controller collects from a territory's subjects is
// not exported by anyone there (EDPB Guidelines 05/2021 on the interplay
// of Art. 3 and Chapter V, example 1).
func TestCollectionIsNoTransfer(t *testing.T) {
	t.Parallel()
	collected := func(ctl, subj, loc jurisdiction.Code, cls jurisdiction.DataClass) *residency.Topology {
		return &residency.Topology{
			Datasets: []residency.Dataset{{ID: "d", Classes: []jurisdiction.DataClass{cls},
				Subjects: []residency.Subjects{{Jurisdiction: subj, Count: 10_000}}, Controller: "ctl"}},
			Entities: []residency.Entity{{ID: "ctl", Jurisdiction: ctl}, {ID: "op", Jurisdiction: loc}},
			Stores: []residency.Store{{ID: "s", Location: loc, Datasets: []string{"d"},
				Operators: []residency.Tenure{{Entity: "op"}}}},
		}
	}
	tests := []struct {
		name, reason string
		top          *residency.Topology
		want         []string
	}{
		{"Singapore company's Indian payment data in India",
			"collected in India and kept there, it never left Singapore: PDPA s.26 does not apply (RBI 2018 keeps it in India)",
			collected(sg, in, in, jurisdiction.FinancialData), nil},
		{"Korean orders kept in Korea by a Singapore platform", "no movement out of Singapore or Korea",
			collected(sg, kr, kr, jurisdiction.Personal), nil},
		{"US shop collecting from German customers into the US",
			"EDPB Guidelines 05/2021 example 1: the customer's own disclosure is no transfer; the GDPR applies under Art. 3(2) instead",
			collected(us, de, us, jurisdiction.Personal), nil},
		{"German shop keeping its German customers' data in the US",
			"the German controller sends what it collects in Germany to its store abroad: a GDPR Chapter V transfer",
			collected(de, de, us, jurisdiction.Personal), []string{"EU-GDPR-44"}},
		{"Korean platform keeping Korean orders in Singapore", "PIPA Art. 28-8 covers storing abroad",
			collected(kr, kr, sg, jurisdiction.Personal), []string{"KR-PIPA-28-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, tt.top, "2024-06-01")
			var got []string
			for _, v := range rep.Violations {
				if v.Rule.Kind == jurisdiction.TransferRestriction {
					got = append(got, v.Rule.ID)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\ntransfer violations (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestSubjectsTiedTransfer: Korea's PIPA Art. 28-8 follows Korean users'
// data abroad. On 2024-07-24 the PIPC fined Alibaba.com Singapore
// E-Commerce (AliExpress) under Art. 28-8 for providing Korean users'
// personal data to some 180,000 overseas, mostly Chinese, sellers, data
// never stored in Korea.
func TestSubjectsTiedTransfer(t *testing.T) {
	t.Parallel()
	top := &residency.Topology{
		Datasets: []residency.Dataset{{ID: "orders", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: kr, Count: 8_000_000}}, Controller: "platform"}},
		Entities: []residency.Entity{
			{ID: "platform", Jurisdiction: sg},
			{ID: "seller", Jurisdiction: cn},
		},
		Stores: []residency.Store{
			{ID: "sg-db", Location: sg, Datasets: []string{"orders"}, Operators: []residency.Tenure{{Entity: "platform"}}},
			{ID: "seller-db", Location: cn, Datasets: []string{"orders"}, Operators: []residency.Tenure{{Entity: "seller"}}},
		},
		Flows: []residency.Flow{{ID: "to-sellers", Kind: residency.Replication, From: "sg-db", To: "seller-db"}},
	}
	rep := assess(t, top, "2024-07-01")
	var got []string
	for _, v := range rep.Violations {
		if strings.HasPrefix(v.Rule.ID, "KR-") {
			got = append(got, v.Rule.ID+" @ "+v.Path.String())
		}
	}
	want := []string{"KR-PIPA-28-8 @ dataset/orders/flow/to-sellers"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Korean transfer violations (-want +got):\n%s", diff)
	}
}

// TestRolesBind: FISA 702 and the Stored Communications Act compel
// providers of electronic communication or remote computing services (50
// U.S.C. 1881a(i), 1881(b)(4); 18 U.S.C. 2703, 2711(2)), CALEA binds
// telecommunications carriers (47 U.S.C. 1002, 1001(8)), and China's IDC
// licence those offering data-centre or cloud services to others (the 2015
// Telecommunications Business Catalogue, B11). A company running systems
// for its own use is none of these; an entity of unknown role is bound
// by all, so that an assessment that cannot tell does not read the law
// away.
func TestRolesBind(t *testing.T) {
	t.Parallel()
	own := func(loc jurisdiction.Code, role jurisdiction.Role) *residency.Topology {
		return &residency.Topology{
			Datasets: []residency.Dataset{{ID: "d", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
				Subjects: []residency.Subjects{{Jurisdiction: loc, Count: 100}}, Controller: "co"}},
			Entities: []residency.Entity{{ID: "co", Jurisdiction: loc, Role: role}},
			Stores: []residency.Store{{ID: "s", Location: loc, Datasets: []string{"d"},
				Operators: []residency.Tenure{{Entity: "co"}}}},
		}
	}
	locationRules := func(rep *residency.Report) []string {
		var ids []string
		for _, x := range rep.Exposures {
			if x.Via == residency.LinkLocation {
				for _, r := range x.Rules {
					ids = append(ids, r.ID)
				}
			}
		}
		slices.Sort(ids)
		return ids
	}
	t.Run("FISA 702 and the SCA", func(t *testing.T) {
		t.Parallel()
		provider := locationRules(assess(t, own(us, jurisdiction.ServiceProvider), "2024-06-01"))
		for _, id := range []string{"US-FISA-702", "US-SCA-2703", "US-SCA-2709"} {
			if !slices.Contains(provider, id) {
				t.Errorf("%s does not reach a provider's store in the US: %v", id, provider)
			}
		}
		if slices.Contains(provider, "US-CALEA") {
			t.Errorf("CALEA reaches a provider that is not a carrier: %v", provider)
		}
		ownUse := assess(t, own(us, jurisdiction.OwnUse), "2024-06-01")
		if got := locationRules(ownUse); len(got) != 0 {
			t.Errorf("provider rules reach a company's own store in the US: %v", got)
		}
		// The US still reaches what is on its territory: by presumption.
		if !slices.ContainsFunc(ownUse.Exposures, func(x residency.Exposure) bool { return x.Government == us && x.Presumed }) {
			t.Errorf("no presumed US reach over a store in the US")
		}
		unknown := locationRules(assess(t, own(us, jurisdiction.UnknownRole), "2024-06-01"))
		if !slices.Contains(unknown, "US-FISA-702") || !slices.Contains(unknown, "US-CALEA") {
			t.Errorf("an entity of unknown role is not bound by every rule: %v", unknown)
		}
	})
	t.Run("CALEA and keys the customer keeps", func(t *testing.T) {
		t.Parallel()
		top := own(de, jurisdiction.UnknownRole)
		top.Entities = append(top.Entities, residency.Entity{ID: "host", Jurisdiction: de, Role: jurisdiction.ServiceProvider},
			residency.Entity{ID: "us-customer", Jurisdiction: us, Role: jurisdiction.OwnUse})
		top.Stores[0].Operators = []residency.Tenure{{Entity: "host"}}
		top.Stores[0].Keys = []residency.KeyCustody{{Holder: "us-customer", Location: us}}
		keyLinks := 0
		for _, x := range assess(t, top, "2024-06-01").Exposures {
			if x.Via != residency.LinkKeyLocation {
				continue
			}
			keyLinks++
			if slices.ContainsFunc(x.Rules, func(r residency.RuleRef) bool { return strings.HasPrefix(r.ID, "US-CALEA") }) {
				t.Errorf("CALEA reaches keys a company keeps for itself: %s", x.ID)
			}
		}
		// The US still reaches the keys kept on its territory.
		if keyLinks == 0 {
			t.Error("no exposure through where the keys are kept")
		}
	})
	t.Run("IDC licence", func(t *testing.T) {
		t.Parallel()
		for _, tt := range []struct {
			role jurisdiction.Role
			want bool
		}{{jurisdiction.OwnUse, false}, {jurisdiction.ServiceProvider, true}, {jurisdiction.UnknownRole, true}} {
			rep := assess(t, own(cn, tt.role), "2024-06-01")
			if got := slices.Contains(violated(rep), "CN-TEL-VATS-IDC"); got != tt.want {
				t.Errorf("role %s: CN-TEL-VATS-IDC violated = %v, want %v", tt.role, got, tt.want)
			}
		}
	})
}

// techData is a US manufacturer's export-controlled technical data kept in
// one store abroad, at loc, run by a local provider.
func techData(loc jurisdiction.Code, enc residency.Encryption, keys ...residency.KeyCustody) *residency.Topology {
	return &residency.Topology{
		Datasets: []residency.Dataset{{ID: "drawings", Classes: []jurisdiction.DataClass{jurisdiction.ExportControlled}, Controller: "maker"}},
		Entities: []residency.Entity{
			{ID: "maker", Jurisdiction: us},
			{ID: "host", Jurisdiction: loc, Role: jurisdiction.ServiceProvider},
		},
		Stores: []residency.Store{{ID: "vault", Location: loc, Datasets: []string{"drawings"},
			Operators: []residency.Tenure{{Entity: "host"}}, Encryption: enc, Keys: keys}},
	}
}

// TestExportControlledStorage: storing ITAR technical data or EAR
// technology abroad is not an export only if it is end-to-end encrypted
// with a FIPS 140-2 validated (or equally effective) module, outside the
// 126.1 / D:5 countries and Russia (22 CFR 120.54(a)(5), from 2020-03-25;
// 15 CFR 734.18(a)(5), from 2016-09-01); otherwise it needs a licence.
func TestExportControlledStorage(t *testing.T) {
	t.Parallel()
	e2e := residency.Encryption{EndToEnd: true, Validated: true, Module: "FIPS 140-3"}
	ownKeys := residency.KeyCustody{Holder: "maker", Location: us}
	licensed := func(top *residency.Topology, ids ...string) *residency.Topology {
		top.Stores[0].Mechanisms = ids
		return top
	}
	administered := func(top *residency.Topology) *residency.Topology {
		top.Entities = append(top.Entities, residency.Entity{ID: "ops", Jurisdiction: jp})
		top.Flows = []residency.Flow{{ID: "support", Kind: residency.AdminAccess, To: "vault", Accessor: "ops", AccessorLocation: jp}}
		return top
	}
	both := []string{"US-EAR-734.18-A5", "US-ITAR-120.54-A5"}
	tests := []struct {
		name, reason string
		top          *residency.Topology
		want         []string
	}{
		{"in the clear in Japan", "storage abroad without the carve-out is an export", techData(jp, residency.Encryption{}), both},
		{"end-to-end encrypted, customer's keys, in Japan", "the carve-out applies", techData(jp, e2e, ownKeys), nil},
		{"encrypted but the provider holds the keys", "the provider can decrypt: not end to end", techData(jp, e2e), both},
		{"encrypted without a validated module", "FIPS 140-2 or equally effective cryptography is required",
			techData(jp, residency.Encryption{EndToEnd: true}, ownKeys), both},
		{"end-to-end encrypted in China", "China is a 126.1 (d)(1) and D:5 country", techData(cn, e2e, ownKeys), both},
		{"in the clear under a DDTC licence", "the ITAR authorisation lifts the ITAR rule only",
			licensed(techData(jp, residency.Encryption{}), "us-itar-ddtc-authorisation"), []string{"US-EAR-734.18-A5"}},
		{"encrypted, administered from Japan", "administrative access reads the data in the clear: an export",
			administered(techData(us, e2e, ownKeys)), both},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, tt.top, "2024-06-01")
			var got []string
			for _, v := range rep.Violations {
				if v.Rule.ID == "US-EAR-734.18-A5" || v.Rule.ID == "US-ITAR-120.54-A5" {
					got = append(got, v.Rule.ID)
				}
			}
			slices.Sort(got)
			got = slices.Compact(got)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nexport violations (-want +got):\n%s", tt.reason, diff)
				for _, v := range rep.Violations {
					t.Logf("  %s: %s", v.Rule.ID, v.Reason)
				}
			}
		})
	}
}

// TestDatedCertifications: an EU exporter's US recipient was certified
// under Privacy Shield (in force 2016-08-01, invalidated by Schrems II,
// C-311/18, on 2020-07-16) and again under the Data Privacy Framework
// (adequacy decision of 2023-07-10), and let its DPF certification lapse
// at the end of 2024. One topology tells the whole history.
func TestDatedCertifications(t *testing.T) {
	t.Parallel()
	top := &residency.Topology{
		Datasets: []residency.Dataset{{ID: "crm", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: de, Count: 20_000}}, Controller: "exporter"}},
		Entities: []residency.Entity{
			{ID: "exporter", Jurisdiction: de},
			{ID: "de-host", Jurisdiction: de},
			{ID: "us-vendor", Jurisdiction: us, Certified: []residency.Certification{
				{Mechanism: "eu-us-privacy-shield", Period: jurisdiction.Period{From: day("2017-01-01")}},
				{Mechanism: "eu-us-dpf", Period: jurisdiction.Period{From: day("2023-08-01"), Until: day("2025-01-01")}},
			}},
		},
		Stores: []residency.Store{
			{ID: "fra", Location: de, Datasets: []string{"crm"}, Operators: []residency.Tenure{{Entity: "de-host"}}},
			{ID: "us", Location: us, Datasets: []string{"crm"}, Operators: []residency.Tenure{{Entity: "us-vendor"}}},
		},
		Flows: []residency.Flow{{ID: "sync", Kind: residency.Replication, From: "fra", To: "us"}},
	}
	for _, tt := range []struct {
		asOf   string
		breaks bool
		why    string
	}{
		{"2016-12-01", true, "not yet certified"},
		{"2018-06-01", false, "Privacy Shield, certified"},
		{"2021-06-01", true, "Privacy Shield invalidated; DPF not yet adopted"},
		{"2024-06-01", false, "the DPF, certified"},
		{"2025-06-01", true, "the DPF certification lapsed"},
	} {
		t.Run(tt.asOf, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, top, tt.asOf)
			got := slices.ContainsFunc(rep.Violations, func(v residency.Violation) bool {
				return v.Flow == "sync" && (v.Rule.ID == "EU-GDPR-44" || v.Rule.ID == "EU-DIR-95-25")
			})
			if got != tt.breaks {
				t.Errorf("%s: flow sync violates the transfer rule = %v, want %v", tt.why, got, tt.breaks)
			}
		})
	}
}

// TestProvisionIsNotProcessing: under Mexico's LFPDPPP a communication to
// a processor (remisión to an encargado, Reglamento art. 53) is not a
// transfer, but giving the data to an independent third party is.
func TestProvisionIsNotProcessing(t *testing.T) {
	t.Parallel()
	mx := jurisdiction.MustParseCode("MX")
	top := func(kind residency.FlowKind) *residency.Topology {
		return &residency.Topology{
			Datasets: []residency.Dataset{{ID: "clients", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
				Subjects: []residency.Subjects{{Jurisdiction: mx, Count: 5_000}}, Controller: "tienda"}},
			Entities: []residency.Entity{{ID: "tienda", Jurisdiction: mx}, {ID: "partner", Jurisdiction: us}},
			Stores: []residency.Store{
				{ID: "mx-db", Location: mx, Datasets: []string{"clients"}, Operators: []residency.Tenure{{Entity: "tienda"}}},
				{ID: "us-db", Location: us, Datasets: []string{"clients"}, Operators: []residency.Tenure{{Entity: "partner"}}},
			},
			Flows: []residency.Flow{{ID: "out", Kind: kind, From: "mx-db", To: "us-db", Mechanisms: []string{"mx-lfpdppp-encargado"}}},
		}
	}
	for _, tt := range []struct {
		kind residency.FlowKind
		want bool
	}{{residency.Replication, false}, {residency.Provision, true}} {
		rep := assess(t, top(tt.kind), "2025-06-01")
		got := slices.ContainsFunc(rep.Violations, func(v residency.Violation) bool { return v.Rule.ID == "MX-LFPDPPP-35" })
		if got != tt.want {
			t.Errorf("%s flow under mx-lfpdppp-encargado: MX-LFPDPPP-35 violated = %v, want %v", tt.kind, got, tt.want)
		}
		if tt.want {
			for _, v := range rep.Violations {
				if v.Rule.ID == "MX-LFPDPPP-35" && !strings.Contains(v.Reason, "not provision to a third party") {
					t.Errorf("the reason does not say why the processor mechanism fails: %s", v.Reason)
				}
			}
		}
	}
}
