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

var (
	eurGB = jurisdiction.MustParseCode("GB")
	eurCH = jurisdiction.MustParseCode("CH")
	eurKR = jurisdiction.MustParseCode("KR")
	eurNO = jurisdiction.MustParseCode("NO")
	eurFR = jurisdiction.MustParseCode("FR")
	eurNL = jurisdiction.MustParseCode("NL")
)

// eurTransfer is a controller's customer data stored at home in from and
// replicated to a store in to, run by an operator of to that holds the
// given certifications, relying on mechanism (none if "").
func eurTransfer(from, to jurisdiction.Code, mechanism string, certified ...string) *residency.Topology {
	return &residency.Topology{
		Name: "europe-transfer",
		Datasets: []residency.Dataset{{
			ID: "customers", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: from, Count: 5_000}}, Controller: "exporter",
		}},
		Entities: []residency.Entity{
			{ID: "exporter", Jurisdiction: from},
			{ID: "home-op", Jurisdiction: from},
			{ID: "dest-op", Jurisdiction: to, Certifications: certified},
		},
		Stores: []residency.Store{
			{ID: "home", Location: from, Datasets: []string{"customers"}, Operators: []residency.Tenure{{Entity: "home-op"}}},
			{ID: "dest", Location: to, Role: residency.Replica, Datasets: []string{"customers"}, Operators: []residency.Tenure{{Entity: "dest-op"}}},
		},
		Flows: []residency.Flow{{ID: "repl", Kind: residency.Replication, From: "home", To: "dest", Mechanisms: nonEmpty(mechanism)}},
	}
}

// TestAdequacyScope checks that an adequacy decision's scope limits,
// held in the catalog as ExcludedRecipientTags, leave a recipient with an
// excluded role uncovered while covering every other recipient there.
func TestAdequacyScope(t *testing.T) {
	t.Parallel()
	ca := jurisdiction.MustParseCode("CA")
	tagged := func(top *residency.Topology, tags ...string) *residency.Topology {
		entity(top, "dest-op").Tags = tags
		return top
	}
	// The recipient is the accessor of admin access, and the operator of a
	// store the data is collected into.
	adminFrom := func(tags ...string) *residency.Topology {
		top := tagged(eurTransfer(de, ca, ""), tags...)
		top.Stores = top.Stores[:1]
		top.Flows = []residency.Flow{{ID: "support", Kind: residency.AdminAccess, To: "home", Accessor: "dest-op", AccessorLocation: ca}}
		return top
	}
	collectedInto := func(tags ...string) *residency.Topology {
		top := tagged(eurTransfer(de, ca, ""), tags...)
		top.Stores, top.Flows = top.Stores[1:], nil
		return top
	}
	tests := []struct {
		name, reason string
		top          *residency.Topology
		want         []string
		why          string // in the violation's reason
	}{
		{"Canadian admin access", "Decision 2002/2/EC covers a PIPEDA-bound accessor", adminFrom(), nil, ""},
		{"Canadian public body's admin access", "the accessor is the recipient of remote access; a public body is outside Decision 2002/2/EC",
			adminFrom("public-body"), []string{"EU-GDPR-44"}, `eu-adequacy-ca does not cover a recipient tagged "public-body" (dest-op)`},
		{"collected by a Canadian business", "Decision 2002/2/EC covers the operator the data is collected into", collectedInto(), nil, ""},
		{"collected by a Canadian public body", "the store's operator is the recipient of data collected into it",
			collectedInto("public-body"), []string{"EU-GDPR-44"}, `eu-adequacy-ca does not cover a recipient tagged "public-body" (dest-op)`},
		{"Canadian business", "Decision 2002/2/EC covers recipients subject to PIPEDA",
			tagged(eurTransfer(de, ca, "")), nil, ""},
		{"Canadian public body", "Decision 2002/2/EC covers only recipients subject to PIPEDA, not public bodies (recital 5; IP/02/46)",
			tagged(eurTransfer(de, ca, ""), "public-body"), []string{"EU-GDPR-44"}, `eu-adequacy-ca does not cover a recipient tagged "public-body" (dest-op)`},
		{"Canadian public body under SCCs", "SCCs (Decision (EU) 2021/914) do not depend on the recipient's sector",
			tagged(eurTransfer(de, ca, "eu-scc-2021"), "public-body"), nil, ""},
		{"Japanese public body", "Decision (EU) 2019/419 covers personal information handling business operators under the APPI (Art. 1(1))",
			tagged(eurTransfer(de, jp, ""), "public-body"), []string{"EU-GDPR-44"}, "eu-adequacy-jp does not cover"},
		{"Korean credit information under FSC supervision", "Decision (EU) 2022/254 leaves out credit information processed by FSC-supervised organisations",
			tagged(eurTransfer(de, eurKR, ""), "kr-fsc-credit-information"), []string{"EU-GDPR-44"}, "eu-adequacy-kr does not cover"},
		{"Korean business", "Decision (EU) 2022/254 covers PIPA-regulated recipients",
			tagged(eurTransfer(de, eurKR, ""), "data-broker"), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, tt.top, "2024-01-01")
			if diff := cmp.Diff(tt.want, violated(rep), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nviolated rules (-want +got):\n%s", tt.reason, diff)
			}
			if tt.why != "" && (len(rep.Violations) == 0 || !strings.Contains(rep.Violations[0].Reason, tt.why)) {
				t.Errorf("%s: want a reason saying %q, got %+v", tt.reason, tt.why, rep.Violations)
			}
		})
	}
}

// TestEuropeTransfers encodes the transfer regimes of the EU before the
// GDPR, the United Kingdom and Switzerland, one dated change per row.
func TestEuropeTransfers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		top          *residency.Topology
		asOf         string
		want         []string
	}{
		// The EU under Directive 95/46/EC.
		{"safe harbour certified 2010", "Safe Harbour, Decision 2000/520/EC of 2000-07-26, covered self-certified US organisations (Directive Art. 25(6))",
			eurTransfer(de, us, "eu-us-safe-harbour", "eu-us-safe-harbour"), "2010-01-01", nil},
		{"safe harbour needs no declaration", "an adequacy finding covers every transfer to a certified recipient (Decision 2000/520/EC)",
			eurTransfer(de, us, "", "eu-us-safe-harbour"), "2010-01-01", nil},
		{"safe harbour uncertified 2010", "Safe Harbour covered only organisations that self-certified",
			eurTransfer(de, us, "eu-us-safe-harbour"), "2010-01-01", []string{"EU-DIR-95-25"}},
		{"safe harbour on the Schrems I day", "CJEU C-362/14 (Schrems I) declared Decision 2000/520/EC invalid on 2015-10-06",
			eurTransfer(de, us, "eu-us-safe-harbour", "eu-us-safe-harbour"), "2015-10-06", []string{"EU-DIR-95-25"}},
		{"safe harbour after Schrems I", "no Safe Harbour on 2016-01-01 (C-362/14); Privacy Shield came only on 2016-07-12",
			eurTransfer(de, us, "eu-us-safe-harbour", "eu-us-safe-harbour"), "2016-01-01", []string{"EU-DIR-95-25"}},
		{"privacy shield under the Directive", "Privacy Shield, Decision (EU) 2016/1250 of 2016-07-12, was adopted under Directive Art. 25(6)",
			eurTransfer(de, us, "eu-us-privacy-shield", "eu-us-privacy-shield"), "2017-06-01", nil},
		{"old SCCs under the Directive", "Decision 2001/497/EC clauses gave Art. 26(2) safeguards by Art. 26(4), applying from 2001-09-03",
			eurTransfer(de, us, "eu-scc-old"), "2012-01-01", nil},
		{"old SCCs before they applied", "Decision 2001/497/EC Art. 6: it applies from 2001-09-03",
			eurTransfer(de, us, "eu-scc-old"), "2001-09-02", []string{"EU-DIR-95-25"}},
		{"authorised safeguards under the Directive", "Directive Art. 26(2): a member state may authorise transfers with adequate safeguards",
			eurTransfer(de, us, "eu-dir-authorised-safeguards"), "2010-01-01", nil},
		{"Directive derogation for replication", "Directive Art. 26(1) derogations are read as for occasional transfers, not standing replication",
			eurTransfer(de, us, "eu-dir-derogation-26-1"), "2010-01-01", []string{"EU-DIR-95-25"}},
		{"Swiss adequacy in 2005", "Decision 2000/518/EC of 2000-07-26 found Switzerland adequate under Directive Art. 25(6)",
			eurTransfer(de, eurCH, ""), "2005-01-01", nil},
		{"no Japanese adequacy in 2005", "Japan's adequacy decision, (EU) 2019/419, dates from 2019-01-23",
			eurTransfer(de, jp, ""), "2005-01-01", []string{"EU-DIR-95-25"}},
		{"before the transposition deadline", "Directive Art. 32(1): three years from adoption on 1995-10-24, so from 1998-10-24",
			eurTransfer(de, us, ""), "1998-10-23", nil},
		{"Directive's last day", "GDPR Art. 94 repealed the Directive with effect from 2018-05-25",
			eurTransfer(de, us, ""), "2018-05-24", []string{"EU-DIR-95-25"}},
		{"GDPR takes over", "GDPR Chapter V applies from 2018-05-25 (Art. 99(2)) in place of the Directive",
			eurTransfer(de, us, ""), "2018-05-25", []string{"EU-GDPR-44"}},

		// The United Kingdom.
		{"UK data in 2020 under the EU GDPR", "until 2020-12-31 the UK was treated as a member state (withdrawal-agreement transition)",
			eurTransfer(eurGB, us, ""), "2020-06-01", []string{"EU-GDPR-44"}},
		{"UK to EU in 2021", "transitional UK adequacy for EEA states: DPA 2018 Sch. 21 paras 4-5",
			eurTransfer(eurGB, de, ""), "2021-06-01", nil},
		{"UK to EU after the DUAA", "Sch. 21 transfers are treated as approved by Art. 45A regulations from 2026-02-05 (DUAA Sch. 9 para 25)",
			eurTransfer(eurGB, de, ""), "2026-06-01", nil},
		{"UK to Japan in 2022", "Japan had an EU adequacy decision on 2020-12-31, so DPA 2018 Sch. 21 para 5 lists it",
			eurTransfer(eurGB, jp, ""), "2022-01-01", nil},
		{"UK to Korea before its regulations", "SI 2022/1213 came into force on 2022-12-19; Korea's EU decision post-dates 2020-12-31",
			eurTransfer(eurGB, eurKR, ""), "2022-12-18", []string{"GB-UKGDPR-44"}},
		{"UK to Korea under its regulations", "Data Protection (Adequacy) (Republic of Korea) Regulations 2022, SI 2022/1213, from 2022-12-19",
			eurTransfer(eurGB, eurKR, ""), "2023-01-01", nil},
		{"UK-US data bridge, certified 2024", "SI 2023/1028 reg. 3: recipients on the DPF List participating in the UK Extension",
			eurTransfer(eurGB, us, "", "gb-us-data-bridge"), "2024-01-01", nil},
		{"UK-US data bridge, uncertified 2024", "SI 2023/1028 covers only UK Extension participants",
			eurTransfer(eurGB, us, "gb-us-data-bridge"), "2024-01-01", []string{"GB-UKGDPR-44"}},
		{"UK-US with an EU DPF certification only", "the UK Extension is a separate certification (SI 2023/1028 reg. 3(2)(a); ICO)",
			eurTransfer(eurGB, us, "", "eu-us-dpf"), "2024-01-01", []string{"GB-UKGDPR-44"}},
		{"UK-US data bridge before it applied", "SI 2023/1028 came into force on 2023-10-12",
			eurTransfer(eurGB, us, "", "gb-us-data-bridge"), "2023-10-11", []string{"GB-UKGDPR-44"}},
		{"UK-US data bridge after the DUAA", "s.17A regulations are treated as made under Art. 45A from 2026-02-05 (DUAA Sch. 9 para 26)",
			eurTransfer(eurGB, us, "", "gb-us-data-bridge"), "2026-06-01", nil},
		{"UK to US uncertified after the DUAA", "from 2026-02-05 the transfer rule is the substituted Chapter V, Art. 44A (DUAA Sch. 7; SI 2026/82)",
			eurTransfer(eurGB, us, ""), "2026-06-01", []string{"GB-UKGDPR-44A"}},
		{"IDTA in 2023", "the ICO's IDTA, issued under DPA 2018 s.119A, in force 2022-03-21",
			eurTransfer(eurGB, us, "gb-idta"), "2023-01-01", nil},
		{"IDTA before it existed", "the IDTA came into force on 2022-03-21",
			eurTransfer(eurGB, us, "gb-idta"), "2022-03-20", []string{"GB-UKGDPR-44"}},
		{"UK Addendum after the DUAA", "Art. 46 safeguards continue under the substituted Chapter V (ICO guidance of 2026-01-15)",
			eurTransfer(eurGB, us, "gb-uk-addendum"), "2026-06-01", nil},
		{"old EU SCCs for the UK, existing contract 2023", "contracts concluded by 2022-09-21 on the old SCCs stayed valid until 2024-03-21",
			eurTransfer(eurGB, us, "gb-eu-scc-old"), "2023-06-01", nil},
		{"old EU SCCs for the UK after the cut-off", "the ICO's transitional period for the old SCCs ended on 2024-03-21",
			eurTransfer(eurGB, us, "gb-eu-scc-old"), "2024-03-22", []string{"GB-UKGDPR-44"}},
		{"UK exception for replication", "UK GDPR Art. 49 exceptions are read as for occasional transfers only",
			eurTransfer(eurGB, us, "gb-derogation-49"), "2023-01-01", []string{"GB-UKGDPR-44"}},

		// Switzerland.
		{"Swiss-US DPF, certified 2025", "Federal Council decision of 2024-08-14 amending Annex 1 DPO, in force 2024-09-15, for certified organisations",
			eurTransfer(eurCH, us, "", "ch-us-dpf"), "2025-01-01", nil},
		{"Swiss-US DPF the day before", "the Annex 1 amendment for the United States applied only from 2024-09-15",
			eurTransfer(eurCH, us, "", "ch-us-dpf"), "2024-09-14", []string{"CH-FADP-16"}},
		{"Swiss-US DPF, uncertified 2025", "Annex 1 lists the United States only for organisations certified under the Swiss-U.S. DPF",
			eurTransfer(eurCH, us, "ch-us-dpf"), "2025-01-01", []string{"CH-FADP-16"}},
		{"Switzerland to Germany 2024", "the EEA states are on the Federal Council's list (Annex 1 DPO; FADP Art. 16(1))",
			eurTransfer(eurCH, de, ""), "2024-01-01", nil},
		{"Switzerland to the UK 2024", "the United Kingdom is on Annex 1 DPO",
			eurTransfer(eurCH, eurGB, ""), "2024-01-01", nil},
		{"Switzerland to Japan 2024", "Japan is not on Annex 1 DPO (FADP Art. 16(1))",
			eurTransfer(eurCH, jp, ""), "2024-01-01", []string{"CH-FADP-16"}},
		{"Swiss standard clauses 2024", "EU SCCs with Swiss adaptations, recognised by the FDPIC on 2021-08-27 (FADP Art. 16(2)(d))",
			eurTransfer(eurCH, us, "ch-standard-clauses"), "2024-01-01", nil},
		{"FADP 1992 to the US without safeguards", "FADP 1992 Art. 6(2): without adequate legislation, disclosure needs safeguards or an exception",
			eurTransfer(eurCH, us, ""), "2020-01-01", []string{"CH-FADP1992-6"}},
		{"FADP 1992 to Germany", "FADP 1992 Art. 6(1): EEA states were treated as having adequate legislation",
			eurTransfer(eurCH, de, ""), "2020-01-01", nil},
		{"Swiss standard clauses under the FADP 1992", "FDPIC recognition of 2021-08-27 under FADP 1992 Art. 6(2)(a)",
			eurTransfer(eurCH, us, "ch-standard-clauses"), "2022-01-01", nil},
		{"Swiss standard clauses before recognition", "the FDPIC recognised the 2021 clauses on 2021-08-27",
			eurTransfer(eurCH, us, "ch-standard-clauses"), "2021-08-26", []string{"CH-FADP1992-6"}},
		{"before the FADP 1992", "the FADP of 19 June 1992 entered into force on 1993-07-01 (Decision 2000/518/EC recital 7)",
			eurTransfer(eurCH, us, ""), "1993-06-30", nil},
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

// eurStore is one dataset held in one store at loc, run by an operator of
// opJur; with parent set, the operator is a subsidiary of a wholly owning
// parent of that jurisdiction.
func eurStore(loc, opJur jurisdiction.Code, parent jurisdiction.Code, classes ...jurisdiction.DataClass) *residency.Topology {
	top := &residency.Topology{
		Name: "europe-store",
		Datasets: []residency.Dataset{{
			ID: "records", Classes: classes,
			Subjects: []residency.Subjects{{Jurisdiction: loc, Count: 1_000}}, Controller: "owner",
		}},
		Entities: []residency.Entity{
			{ID: "owner", Jurisdiction: loc},
			{ID: "op", Jurisdiction: opJur},
		},
		Stores: []residency.Store{{ID: "s", Location: loc, Datasets: []string{"records"}, Operators: []residency.Tenure{{Entity: "op"}}}},
	}
	if parent.IsValid() {
		top.Entities = append(top.Entities, residency.Entity{ID: "parent", Jurisdiction: parent})
		top.Entities[1].Owners = []residency.Ownership{{Parent: "parent", Share: 100}}
	}
	return top
}

// TestEuropeConflicts checks the blocking statutes of this file against
// foreign compelled access: Swiss Criminal Code Art. 271, Data Act Art. 32
// and GDPR Art. 48 against the UK's Investigatory Powers Act.
func TestEuropeConflicts(t *testing.T) {
	t.Parallel()
	var none jurisdiction.Code
	personal := jurisdiction.Personal
	tests := []struct {
		name, reason string
		top          *residency.Topology
		asOf         string
		want         []string
	}{
		{"US operator of a Swiss store", "18 U.S.C. 2713 reaches the US operator; StGB Art. 271 forbids acts for a foreign state on Swiss soil without authority",
			eurStore(eurCH, us, none, personal), "2024-01-01",
			[]string{"US-CLOUD-2713 vs CH-STGB-271 @ store/s/operator/op"}},
		{"US-owned Swiss operator of a Swiss store", "2713 reaches data in the control of a US parent's subsidiary; Art. 271 binds acts on Swiss territory",
			eurStore(eurCH, eurCH, us), "2024-01-01",
			[]string{"US-CLOUD-2713 vs CH-STGB-271 @ store/s/operator/op/parent/parent"}},
		{"Swiss operator of a Swiss store", "no foreign government reaches the store except through its location",
			eurStore(eurCH, eurCH, none, personal), "2024-01-01", nil},
		{"US operator of a Swiss store before the CLOUD Act", "before 2018-03-23 the SCA did not reach data abroad (829 F.3d 197)",
			eurStore(eurCH, us, none, personal), "2018-01-01", nil},
		{"Data Act: US operator, non-personal EU data", "Data Act Art. 32 applies from 2025-09-12 to non-personal data held in the Union",
			eurStore(de, us, none), "2025-09-12",
			[]string{"US-CLOUD-2713 vs EU-DATAACT-32 @ store/s/operator/op"}},
		{"Data Act: the day before", "before 2025-09-12 GDPR Art. 48 was the only EU blocking rule, and it covers personal data only",
			eurStore(de, us, none), "2025-09-11", nil},
		{"Data Act: Norwegian store", "the Data Act's incorporation into the EEA Agreement is not verified, so the rule's territory is the EU",
			eurStore(eurNO, us, none), "2026-01-01", nil},
		{"UK operator of a German store in 2020", "until 2020-12-31 the UK was treated as an EU member state, so GDPR Art. 48 did not treat it as a third country",
			eurStore(de, eurGB, none, personal), "2020-06-01", nil},
		{"UK operator of a German store in 2021", "the IPA 2016 reaches UK operators; GDPR Art. 48 bars third-country orders without an agreement",
			eurStore(de, eurGB, none, personal), "2021-06-01",
			[]string{"GB-IPA-2016 vs EU-GDPR-48 @ store/s/operator/op"}},
		{"UK operator of a German store after the IP(A)A", "the Investigatory Powers (Amendment) Act 2024 applies from 2024-10-14 (SI 2024/1021)",
			eurStore(de, eurGB, none, personal), "2025-01-01",
			[]string{"GB-IPA-2016,GB-IPAA-2024 vs EU-GDPR-48 @ store/s/operator/op"}},
		{"UK operator of a Swiss store", "IPA 2016 against StGB Art. 271",
			eurStore(eurCH, eurGB, none), "2022-01-01",
			[]string{"GB-IPA-2016 vs CH-STGB-271 @ store/s/operator/op"}},
	}
	for _, tt := range tests {
		if tt.name == "" || tt.reason == "" {
			t.Fatalf("row %+v needs a name and a reason", tt)
		}
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, tt.top, tt.asOf)
			if diff := cmp.Diff(tt.want, conflictSummary(rep), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nconflicts (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestEuropeBlockingRelief checks that a conflict names the channel each
// blocking statute leaves open.
func TestEuropeBlockingRelief(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		top          *residency.Topology
		asOf, rule   string
		want         string
	}{
		{"Art. 271 relief", "Art. 271(1) bars acts 'without lawful authority': federal authorisation or mutual assistance",
			eurStore(eurCH, us, jurisdiction.Code{}), "2024-01-01", "CH-STGB-271", "mutual legal or administrative assistance"},
		{"Data Act relief", "Data Act Art. 32(2)-(3): an international agreement, or the three conditions",
			eurStore(de, us, jurisdiction.Code{}), "2026-01-01", "EU-DATAACT-32", "Art. 32(3)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, tt.top, tt.asOf)
			if len(rep.Conflicts) != 1 {
				t.Fatalf("%s: want one conflict, got %v", tt.reason, conflictSummary(rep))
			}
			found := false
			for _, r := range rep.Conflicts[0].Relief {
				if strings.HasPrefix(r, tt.rule+": ") && strings.Contains(r, tt.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: relief %q does not give %s's channel %q", tt.reason, rep.Conflicts[0].Relief, tt.rule, tt.want)
			}
		})
	}
}

// TestEuropeUKReach checks the IPA 2016 as the UK's compelled-access rule:
// before its Royal Assent the UK's reach over a London store is only
// presumed, afterwards it rests on the Act.
func TestEuropeUKReach(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		asOf         string
		presumed     bool
		rules        []string
	}{
		{"before the IPA's notice powers", "ss.252-253 notices commenced on 2018-03-12 (SI 2018/341 reg. 2); RIPA 2000 is not in this catalog", "2018-03-11", true, nil},
		{"IPA in force", "Investigatory Powers Act 2016 (c. 25), notice powers from 2018-03-12 (SI 2018/341)", "2018-03-12", false, []string{"GB-IPA-2016"}},
		{"IPA later", "Investigatory Powers Act 2016 (c. 25)", "2019-01-01", false, []string{"GB-IPA-2016"}},
		{"IP(A)A in force", "Investigatory Powers (Amendment) Act 2024, in force 2024-10-14 (SI 2024/1021)", "2024-10-14", false, []string{"GB-IPA-2016", "GB-IPAA-2024"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, eurStore(eurGB, eurGB, jurisdiction.Code{}, jurisdiction.Personal), tt.asOf)
			var got *residency.Exposure
			for i := range rep.Exposures {
				if x := &rep.Exposures[i]; x.Government == eurGB && x.Via.String() == "location" {
					got = x
				}
			}
			if got == nil {
				t.Fatalf("%s: no UK exposure through the store's location: %+v", tt.reason, rep.Exposures)
			}
			var ids []string
			for _, r := range got.Rules {
				ids = append(ids, r.ID)
			}
			slices.Sort(ids)
			if got.Presumed != tt.presumed || !slices.Equal(ids, tt.rules) {
				t.Errorf("%s: presumed=%t rules=%v, want presumed=%t rules=%v", tt.reason, got.Presumed, ids, tt.presumed, tt.rules)
			}
		})
	}
}

// TestEuropeProfiles checks the researched access profiles: each named
// jurisdiction has one, and the EU's terrorist-content removal orders
// (Regulation (EU) 2021/784) give every member state some power to take
// down public content without a court.
func TestEuropeProfiles(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		code         jurisdiction.Code
		judicial     jurisdiction.Answer
		takedown     []jurisdiction.Answer // acceptable public-takedown answers
	}{
		{"United Kingdom", "IPA 2016 double lock: Secretary of State and Judicial Commissioner (s.253(1)(c)); Terrorism Act 2006 s.3 notices",
			eurGB, jurisdiction.Yes, []jurisdiction.Answer{jurisdiction.Partly}},
		{"Switzerland", "IntelSA Art. 27: Federal Administrative Court authorisation; BWIS Art. 13e(5) deletion orders",
			eurCH, jurisdiction.Yes, []jurisdiction.Answer{jurisdiction.Partly}},
		{"Germany", "G 10 Commission and Independent Control Council, not courts; Regulation (EU) 2021/784",
			de, jurisdiction.Partly, []jurisdiction.Answer{jurisdiction.Partly, jurisdiction.Yes}},
		{"France", "Prime Minister after a CNCTR opinion (CSI L. 821-4); LCEN art. 6-1 and Regulation (EU) 2021/784",
			eurFR, jurisdiction.Partly, []jurisdiction.Answer{jurisdiction.Partly, jurisdiction.Yes}},
		{"Netherlands", "Wiv 2017: ministerial permission with binding TIB review; Regulation (EU) 2021/784",
			eurNL, jurisdiction.Partly, []jurisdiction.Answer{jurisdiction.Partly, jurisdiction.Yes}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := cat.Profile(tt.code)
			if p.Default {
				t.Fatalf("%s: no researched profile for %v", tt.reason, tt.code)
			}
			if p.JudicialAuthorisation.Answer != tt.judicial {
				t.Errorf("%s: judicial authorisation = %v, want %v", tt.reason, p.JudicialAuthorisation.Answer, tt.judicial)
			}
			if !slices.Contains(tt.takedown, p.PublicTakedown.Answer) {
				t.Errorf("%s: public takedown = %v, want one of %v", tt.reason, p.PublicTakedown.Answer, tt.takedown)
			}
		})
	}
	// A London store is rated on the UK's researched profile, not a
	// conservative default.
	rep := assess(t, eurStore(eurGB, eurGB, jurisdiction.Code{}, jurisdiction.Personal), "2024-01-01")
	if slices.Contains(rep.Rating.Defaults, "GB") {
		t.Errorf("the UK is rated on a default profile: %v", rep.Rating.Defaults)
	}
}

// TestEuropeRuleSuccession checks that each replaced rule hands over to its
// successor on the day the law changed, with exactly one in force.
func TestEuropeRuleSuccession(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		old, next    string
		day          string
	}{
		{"Directive to GDPR", "GDPR Art. 94 repealed Directive 95/46/EC with effect from 2018-05-25", "EU-DIR-95-25", "EU-GDPR-44", "2018-05-25"},
		{"UK Chapter V to the DUAA regime", "DUAA 2025 s.85 and Sch. 7 in force 2026-02-05 (SI 2026/82 reg. 2)", "GB-UKGDPR-44", "GB-UKGDPR-44A", "2026-02-05"},
		{"FADP 1992 to the revised FADP", "the revised FADP entered into force on 2023-09-01 without transition", "CH-FADP1992-6", "CH-FADP-16", "2023-09-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			old, ok1 := cat.Rule(tt.old)
			next, ok2 := cat.Rule(tt.next)
			if !ok1 || !ok2 {
				t.Fatalf("%s: missing %s or %s", tt.reason, tt.old, tt.next)
			}
			cut := day(tt.day)
			for _, d := range []jurisdiction.Date{cut.AddDays(-1), cut} {
				n := 0
				for _, r := range []jurisdiction.Rule{old, next} {
					if r.InForce(d) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%s: on %s, %d of %s and %s are in force, want 1", tt.reason, d, n, tt.old, tt.next)
				}
			}
			if old.End != cut || next.Effective != cut {
				t.Errorf("%s: %s ends %s and %s starts %s, want both %s", tt.reason, tt.old, old.End, tt.next, next.Effective, cut)
			}
		})
	}
}
