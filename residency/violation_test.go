package residency_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// euToUS is a German shop's customer data in Frankfurt replicated to a US
// store whose operator may or may not be certified under a framework.
func euToUS(mechanism string, certified ...string) *residency.Topology {
	return &residency.Topology{
		Datasets: []residency.Dataset{{
			ID: "customers", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: de, Count: 10_000}}, Controller: "shop",
		}},
		Entities: []residency.Entity{
			{ID: "shop", Jurisdiction: de},
			{ID: "de-op", Jurisdiction: de},
			{ID: "us-op", Jurisdiction: us, Certifications: certified},
		},
		Stores: []residency.Store{
			{ID: "fra", Location: de, Datasets: []string{"customers"}, Operators: []residency.Tenure{{Entity: "de-op"}}},
			{ID: "iad", Location: us, Role: residency.Replica, Datasets: []string{"customers"}, Operators: []residency.Tenure{{Entity: "us-op"}}},
		},
		Flows: []residency.Flow{{ID: "repl", Kind: residency.Replication, From: "fra", To: "iad", Mechanisms: nonEmpty(mechanism)}},
	}
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// TestTransfersOverTime encodes the history of EU-US transfers: GDPR
// Chapter V with Privacy Shield (Decision 2016/1250, invalid from
// 2020-07-16, C-311/18) and the Data Privacy Framework (Decision
// 2023/1795, from 2023-07-10, certified recipients only).
func TestTransfersOverTime(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		top          *residency.Topology
		asOf         string
		want         []string
	}{
		{"privacy shield 2019", "Privacy Shield covered certified US recipients until 2020-07-16",
			euToUS("eu-us-privacy-shield", "eu-us-privacy-shield"), "2019-06-01", nil},
		{"privacy shield 2021", "Schrems II invalidated Privacy Shield on 2020-07-16",
			euToUS("eu-us-privacy-shield", "eu-us-privacy-shield"), "2021-06-01", []string{"EU-GDPR-44"}},
		{"privacy shield on the judgment day", "invalid from the day of the judgment",
			euToUS("eu-us-privacy-shield", "eu-us-privacy-shield"), "2020-07-16", []string{"EU-GDPR-44"}},
		{"privacy shield uncertified 2019", "Privacy Shield covered only certified organisations",
			euToUS("eu-us-privacy-shield"), "2019-06-01", []string{"EU-GDPR-44"}},
		{"dpf certified 2024", "the DPF decision of 2023-07-10 covers certified recipients, even undeclared (adequacy)",
			euToUS("", "eu-us-dpf"), "2024-01-01", nil},
		{"dpf uncertified 2024", "an uncertified US recipient is not covered by the DPF",
			euToUS("eu-us-dpf"), "2024-01-01", []string{"EU-GDPR-44"}},
		{"dpf certified before the decision", "the DPF did not exist on 2023-07-09",
			euToUS("", "eu-us-dpf"), "2023-07-09", []string{"EU-GDPR-44"}},
		{"new SCCs 2022", "the 2021 SCCs (Decision 2021/914) are usable from 2021-06-27",
			euToUS("eu-scc-2021"), "2022-01-01", nil},
		{"old SCCs 2023", "the old SCCs lapsed after 2022-12-27",
			euToUS("eu-scc-old"), "2023-01-01", []string{"EU-GDPR-44"}},
		{"derogation for replication", "Art. 49 derogations are for occasional transfers (EDPB Guidelines 2/2018)",
			euToUS("eu-derogation-49"), "2022-01-01", []string{"EU-GDPR-44"}},
		{"before the GDPR", "before 2018-05-25 Directive 95/46/EC Art. 25-26 governed transfers, and no mechanism was relied on",
			euToUS(""), "2018-01-01", []string{"EU-DIR-95-25"}},
		{"Privacy Shield under the Directive", "Privacy Shield (2016-07-12) was an adequacy decision under Directive Art. 25(6)",
			euToUS("eu-us-privacy-shield", "eu-us-privacy-shield"), "2017-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rep := assess(t, tt.top, tt.asOf)
			if diff := cmp.Diff(tt.want, violated(rep), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nviolated rules (-want +got):\n%s\n%v", tt.reason, diff, rep.Violations)
			}
		})
	}
}

func TestTransferExplainsMechanismFailure(t *testing.T) {
	t.Parallel()
	rep := assess(t, euToUS("eu-us-privacy-shield", "eu-us-privacy-shield"), "2021-06-01")
	if len(rep.Violations) != 1 {
		t.Fatalf("want one violation, got %v", rep.Violations)
	}
	v := rep.Violations[0]
	if v.Path.String() != "dataset/customers/flow/repl" || v.Flow != "repl" || v.Store != "iad" || v.Dataset != "customers" {
		t.Errorf("violation names %+v", v)
	}
	for _, want := range []string{"from DE to US", "eu-us-privacy-shield is not in force on 2021-06-01"} {
		if !strings.Contains(v.Reason, want) {
			t.Errorf("reason %q does not say %q", v.Reason, want)
		}
	}
	if v.Rule.Citation != "GDPR Art. 44" {
		t.Errorf("citation = %q", v.Rule.Citation)
	}
}

// TestViolations covers localization, transfer, admin access, collection,
// ownership and licensing.
func TestViolations(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		base         func() *residency.Topology
		change       func(*residency.Topology)
		asOf         string
		want         []string // "rule @ path"
	}{
		{
			name: "CII data only in the US", base: cnCII, asOf: "2019-06-01",
			reason: "CSL Art. 37: CII personal and important data must be stored in China",
			change: func(top *residency.Topology) { top.Stores[0].Location = us },
			want: []string{
				"CN-CSL-37 @ dataset/records",
				"CN-CSL-37 @ dataset/records/store/bj",
			},
		},
		{
			name: "CII data replicated abroad without assessment", base: cnCII, asOf: "2023-06-01",
			reason: "a copy abroad needs a CAC security assessment (CSL Art. 37; PIPL Art. 38-40; DSL Art. 31 for important data; " +
				"2022 Assessment Measures Art. 4(3) for 500,000 individuals)",
			change: addReplica(sg, nil),
			want: []string{
				"CN-CAC-2022-ASSESS-VOLUME @ dataset/records/flow/to-sg",
				"CN-CSL-37 @ dataset/records/store/sg",
				"CN-DSL-31 @ dataset/records/flow/to-sg",
				"CN-PIPL-38 @ dataset/records/flow/to-sg",
				"CN-PIPL-39 @ dataset/records/flow/to-sg",
				"CN-PIPL-40 @ dataset/records/store/sg",
			},
		},
		{
			name: "CII data replicated abroad with assessment and consent", base: cnCII, asOf: "2023-06-01",
			reason: "the 2022 CAC security assessment satisfies CSL Art. 37, PIPL Art. 38 and 40; separate consent PIPL Art. 39",
			change: addReplica(sg, []string{"cn-security-assessment", "cn-separate-consent"}),
		},
		{
			name: "CII data abroad with an assessment before the measures", base: cnCII, asOf: "2022-06-01",
			reason: "no security-assessment measures were in force before 2022-09-01",
			change: addReplica(sg, []string{"cn-security-assessment", "cn-separate-consent"}),
			want: []string{
				"CN-CSL-37 @ dataset/records/store/sg",
				"CN-DSL-31 @ dataset/records/flow/to-sg",
				"CN-PIPL-38 @ dataset/records/flow/to-sg",
				"CN-PIPL-40 @ dataset/records/store/sg",
			},
		},
		{
			name: "CII data to Hong Kong with a standard contract", base: cnCII, asOf: "2024-01-01",
			reason: "Hong Kong is outside the mainland (outbound); a CII operator needs the assessment, not the standard contract " +
				"(SCC Measures Art. 4 excludes CII operators)",
			change: addReplica(hk, []string{"cn-standard-contract", "cn-separate-consent"}),
			want: []string{
				"CN-CAC-2022-ASSESS-VOLUME @ dataset/records/flow/to-sg",
				"CN-CSL-37 @ dataset/records/store/sg",
				"CN-DSL-31 @ dataset/records/flow/to-sg",
				"CN-PIPL-38 @ dataset/records/flow/to-sg",
				"CN-PIPL-40 @ dataset/records/store/sg",
			},
		},
		{
			name: "foreign operator without licence", base: cnCII, asOf: "2019-06-01",
			reason: "cloud in China is a value-added telecom service: licence and 50% foreign cap (Telecom Regulations; FITE Art. 6)",
			change: func(top *residency.Topology) { top.Stores[0].Operators[0].Entity = "us-parent" },
			want: []string{
				"CN-FITE-VATS-CAP @ store/bj/operator/us-parent",
				"CN-TEL-VATS-IDC @ store/bj/operator/us-parent",
			},
		},
		{
			name: "licensed operator 60% foreign through a domestic holding", base: cnCII, asOf: "2019-06-01",
			reason: "foreign equity is counted through domestic holders: 100% of 60%",
			change: func(top *residency.Topology) {
				entity(top, "op").Owners = []residency.Ownership{{Parent: "cn-parent", Share: 100}}
				entity(top, "cn-parent").Owners = []residency.Ownership{{Parent: "us-parent", Share: 60}}
			},
			want: []string{"CN-FITE-VATS-CAP @ store/bj/operator/op"},
		},
		{
			name: "licensed operator 49% foreign", base: cnCII, asOf: "2019-06-01",
			reason: "49% is under the 50% cap",
			change: func(top *residency.Topology) {
				entity(top, "op").Owners = []residency.Ownership{{Parent: "us-parent", Share: 49}}
			},
		},
		{
			name: "foreign custodian of the servers", base: cnCII, asOf: "2017-06-01",
			reason: "the licence and cap apply to whoever owns the store's infrastructure too (the AWS Beijing shape)",
			change: func(top *residency.Topology) {
				top.Stores[0].Custodians = []residency.Tenure{{Entity: "us-parent"}}
			},
			want: []string{
				"CN-FITE-VATS-CAP @ store/bj/custodian/us-parent",
				"CN-TEL-VATS-IDC @ store/bj/custodian/us-parent",
			},
		},
		{
			name: "licensing before the 2015 catalogue took effect", base: cnCII, asOf: "2016-01-01",
			reason: "the catalogue put cloud (IRCS) under IDC from 2016-03-01",
			change: func(top *residency.Topology) { entity(top, "op").Licences = nil },
		},
		{
			name: "EU data administered from the US without mechanism", base: euPersonal, asOf: "2019-06-01",
			reason: "remote access from a third country is a transfer (EDPB Guidelines 05/2021)",
			change: func(top *residency.Topology) {
				top.Flows = []residency.Flow{{ID: "support", Kind: residency.AdminAccess, To: "dublin", Accessor: "us-parent", AccessorLocation: us}}
			},
			want: []string{"EU-GDPR-44 @ dataset/customers/flow/support"},
		},
		{
			name: "EU data administered from Japan", base: euPersonal, asOf: "2019-06-01",
			reason: "Japan has an adequacy decision from 2019-01-23 (Decision 2019/419)",
			change: func(top *residency.Topology) {
				top.Flows = []residency.Flow{{ID: "support", Kind: residency.AdminAccess, To: "dublin", Accessor: "us-parent", AccessorLocation: jp}}
			},
		},
		{
			name: "EU controller stores straight in the US", base: euPersonal, asOf: "2019-06-01",
			reason: "data sent by an EU controller to a US store is a transfer even without a declared flow",
			change: func(top *residency.Topology) {
				top.Stores[0].Location = us
				top.Stores[0].Operators[0].Entity = "us-op"
			},
			want: []string{"EU-GDPR-44 @ dataset/customers/store/dublin/collection"},
		},
		{
			name: "EU controller stores straight in the US under SCCs", base: euPersonal, asOf: "2022-06-01",
			reason: "a store's own mechanisms cover data collected straight into it (GDPR Art. 46(2)(c), Decision 2021/914)",
			change: func(top *residency.Topology) {
				top.Stores[0].Location = us
				top.Stores[0].Operators[0].Entity = "us-op"
				top.Stores[0].Mechanisms = []string{"eu-scc-2021"}
			},
		},
		{
			name: "US controller collects EU subjects' data in the US", base: euPersonal, asOf: "2019-06-01",
			reason: "direct collection by a non-EU controller is not a transfer (EDPB Guidelines 05/2021)",
			change: func(top *residency.Topology) {
				top.Datasets[0].Controller = "us-op"
				top.Stores[0].Location = us
				top.Stores[0].Operators[0].Entity = "us-op"
			},
		},
		{
			name: "onward transfer from the US to Singapore", base: euPersonal, asOf: "2024-01-01",
			reason: "data of EU subjects moved between two third countries is an onward transfer under Chapter V",
			change: func(top *residency.Topology) {
				top.Datasets[0].Controller = "us-op"
				top.Stores[0].Location = us
				top.Stores[0].Operators[0].Entity = "us-op"
				top.Stores = append(top.Stores, residency.Store{ID: "sin", Location: sg, Datasets: []string{"customers"},
					Operators: []residency.Tenure{{Entity: "us-op"}}})
				top.Flows = []residency.Flow{{ID: "to-sin", Kind: residency.Replication, From: "dublin", To: "sin"}}
			},
			want: []string{"EU-GDPR-44 @ dataset/customers/flow/to-sin"},
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
			var got []string
			for _, v := range rep.Violations {
				got = append(got, v.Rule.ID+" @ "+v.Path.String())
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nviolations (-want +got):\n%s", tt.reason, diff)
				for _, v := range rep.Violations {
					t.Logf("  %s: %s", v.Rule.ID, v.Reason)
				}
			}
		})
	}
}

// addReplica adds a replica store "sg" at loc, operated by a licensed
// operator, replicated from "bj" by flow "to-sg" relying on mechanisms.
func addReplica(loc jurisdiction.Code, mechanisms []string) func(*residency.Topology) {
	return func(top *residency.Topology) {
		top.Entities = append(top.Entities, residency.Entity{ID: "sg-op", Jurisdiction: loc})
		top.Stores = append(top.Stores, residency.Store{ID: "sg", Location: loc, Role: residency.Replica,
			Datasets: []string{"records"}, Operators: []residency.Tenure{{Entity: "sg-op"}}})
		top.Flows = append(top.Flows, residency.Flow{ID: "to-sg", Kind: residency.Replication, From: "bj", To: "sg", Mechanisms: mechanisms})
	}
}

func TestObligations(t *testing.T) {
	t.Parallel()
	rep := assess(t, cnCII(), "2019-06-01")
	var got []string
	for _, o := range rep.Obligations {
		got = append(got, o.Rule.ID+" "+o.Dataset+" "+strings.Join(o.Stores, ","))
	}
	want := []string{"CN-CSL-21 records bj", "CN-CSL-35 records bj"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("obligations (-want +got):\n%s", diff)
	}
}

// TestReportProvenance checks that a report records what reproduces it:
// the as-of date, the consumer, the parts computed and the version of the
// catalog it used, which changes when the catalog does.
func TestReportProvenance(t *testing.T) {
	t.Parallel()
	top := cnCII()
	asOf := day("2021-06-01")
	rep, err := residency.Assess(top, asOf, residency.Consumer(cn))
	if err != nil {
		t.Fatal(err)
	}
	if rep.AsOf != asOf || rep.Consumer != cn || rep.Catalog != jurisdiction.Default().Version() || rep.Catalog == "" {
		t.Errorf("report provenance = %v %v %q, want %v %v %q", rep.AsOf, rep.Consumer, rep.Catalog, asOf, cn, jurisdiction.Default().Version())
	}
	if rep.Parts != residency.AllParts {
		t.Errorf("report parts = %q, want %q", rep.Parts, residency.AllParts)
	}
	checks, err := residency.Assess(top, asOf, residency.Only(residency.Violations, residency.Conflicts))
	if err != nil {
		t.Fatal(err)
	}
	if want := residency.Violations | residency.Conflicts; checks.Parts != want || len(checks.Datasets) != 0 {
		t.Errorf("checks-only report parts = %q with %d dataset ratings, want %q and none", checks.Parts, len(checks.Datasets), want)
	}
	rule, ok := jurisdiction.Default().Rule("CN-CSL-37")
	if !ok {
		t.Fatal("no CN-CSL-37 in the built-in catalog")
	}
	rule.Notes += " Reviewed again by the local compliance team."
	extended, err := jurisdiction.Default().With("local", jurisdiction.Contents{Rules: []jurisdiction.Rule{rule}})
	if err != nil {
		t.Fatal(err)
	}
	rep2, err := residency.NewEngine(extended).Assess(top, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if rep2.Catalog == rep.Catalog {
		t.Errorf("an extended catalog reports the same version %q as the built-in one", rep2.Catalog)
	}
}
