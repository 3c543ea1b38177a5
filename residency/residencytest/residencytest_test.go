package residencytest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/residencytest"
)

var (
	cn = jurisdiction.MustParseCode("CN")
	us = jurisdiction.MustParseCode("US")
	de = jurisdiction.MustParseCode("DE")
	ie = jurisdiction.MustParseCode("IE")
	gb = jurisdiction.MustParseCode("GB")
	ch = jurisdiction.MustParseCode("CH")
	ky = jurisdiction.MustParseCode("KY")
	eu = jurisdiction.MustParseCode("EU")

	onlyEU = []jurisdiction.Code{eu}
)

func day(s string) jurisdiction.Date { return jurisdiction.MustParseDate(s) }

// cnCII is a Chinese CII operator's personal and important data in one
// store in Beijing, operated by a licensed Chinese company with no foreign
// owner.
func cnCII() *residency.Topology {
	return &residency.Topology{
		Name: "cn-cii",
		Datasets: []residency.Dataset{{
			ID: "records", Classes: []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.ImportantData},
			Subjects:   []residency.Subjects{{Jurisdiction: cn, Count: 500_000}},
			Controller: "utility",
		}},
		Entities: []residency.Entity{
			{ID: "utility", Jurisdiction: cn, CII: []jurisdiction.Code{cn}},
			{ID: "op", Jurisdiction: cn, Licences: []string{"CN-VATS-IDC"}},
			{ID: "us-parent", Jurisdiction: us},
		},
		Stores: []residency.Store{{
			ID: "bj", Location: cn, Datasets: []string{"records"},
			Operators: []residency.Tenure{{Entity: "op"}},
		}},
	}
}

// usControlled is cnCII with the operator controlled from the US: by a
// 100% holding, or by contract (a VIE) with no equity.
func usControlled(share float64) *residency.Topology {
	top := cnCII()
	top.Entities[1].Owners = []residency.Ownership{{Parent: "us-parent", Share: share, Control: share <= 50}}
	return top
}

// euShop is a German shop's customer data in Frankfurt, replicated to
// Dublin, each store run by a local company. A US company and a log
// dataset are there for variants to use.
func euShop() *residency.Topology {
	return &residency.Topology{
		Name: "eu-shop",
		Datasets: []residency.Dataset{
			{ID: "customers", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
				Subjects: []residency.Subjects{{Jurisdiction: de, Count: 10_000}}, Controller: "shop"},
			{ID: "logs", Controller: "shop"},
		},
		Entities: []residency.Entity{
			{ID: "shop", Jurisdiction: de},
			{ID: "de-op", Jurisdiction: de},
			{ID: "ie-op", Jurisdiction: ie},
			{ID: "us-op", Jurisdiction: us},
		},
		Stores: []residency.Store{
			{ID: "fra", Location: de, Datasets: []string{"customers", "logs"}, Operators: []residency.Tenure{{Entity: "de-op"}}},
			{ID: "dub", Location: ie, Role: residency.Replica, Datasets: []string{"customers"}, Operators: []residency.Tenure{{Entity: "ie-op"}}},
		},
		Flows: []residency.Flow{{ID: "repl", Kind: residency.Replication, From: "fra", To: "dub", Datasets: []string{"customers"}}},
	}
}

// withStore returns euShop with one more store, fed from Frankfurt by a
// flow of the given kind carrying the given datasets.
func withStore(s residency.Store, kind residency.FlowKind, carried ...string) *residency.Topology {
	top := euShop()
	if len(s.Operators) == 0 && s.Region == "" {
		s.Operators = []residency.Tenure{{Entity: "us-op"}}
	}
	top.Stores = append(top.Stores, s)
	top.Flows = append(top.Flows, residency.Flow{ID: "to-" + s.ID, Kind: kind, From: "fra", To: s.ID, Datasets: carried})
	return top
}

// withAdmin returns euShop with store to administered by accessor from
// loc.
func withAdmin(to, accessor string, loc jurisdiction.Code) *residency.Topology {
	top := euShop()
	top.Flows = append(top.Flows, residency.Flow{ID: "admin", Kind: residency.AdminAccess, To: to, Accessor: accessor, AccessorLocation: loc,
		Mechanisms: []string{"eu-scc-2021"}})
	return top
}

// alibabaUS is the shape of Alibaba Cloud in the US (the thesis's Table
// 20): a US operator owned by a group incorporated in the Cayman Islands
// and run from China, holding a US customer's personal data in two US
// regions.
func alibabaUS() *residency.Topology {
	return &residency.Topology{
		Name: "alibaba-us",
		Datasets: []residency.Dataset{{ID: "d", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: us, Count: 1000}}, Controller: "cust"}},
		Entities: []residency.Entity{
			{ID: "cust", Jurisdiction: us},
			{ID: "op", Jurisdiction: us, Owners: []residency.Ownership{{Parent: "group", Share: 100}}},
			{ID: "group", Jurisdiction: ky, Headquarters: cn},
		},
		Stores: []residency.Store{
			{ID: "west", Location: us, Datasets: []string{"d"}, Operators: []residency.Tenure{{Entity: "op"}}},
			{ID: "east", Location: us, Datasets: []string{"d"}, Operators: []residency.Tenure{{Entity: "op"}}},
		},
		Flows: []residency.Flow{{ID: "b", Kind: residency.BackupFlow, From: "west", To: "east"}},
	}
}

// waiveAll returns top with every violation and conflict it has on asOf
// waived until expires.
func waiveAll(t *testing.T, top *residency.Topology, asOf, expires string) *residency.Topology {
	t.Helper()
	rep, err := residency.Assess(top, day(asOf))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, v := range rep.Violations {
		ids = append(ids, v.ID)
	}
	for _, c := range rep.Conflicts {
		ids = append(ids, c.ID)
	}
	if len(ids) == 0 {
		t.Fatalf("waiveAll: %s has nothing to waive on %s", top.Name, asOf)
	}
	for _, id := range ids {
		top.Waivers = append(top.Waivers, residency.Waiver{Finding: id, Justification: "accepted", Approver: "risk board", Expires: day(expires)})
	}
	return top
}

// invalid is a topology with three problems: a dangling dataset, a store
// with no location and no operator.
func invalid() *residency.Topology {
	return &residency.Topology{Name: "broken", Stores: []residency.Store{{ID: "s", Datasets: []string{"ghost"}}}}
}

// outcome is what a helper should report to the fake testing.TB.
type outcome struct {
	// Errors is the number of tb.Errorf calls; Fatal whether tb.Fatalf
	// was called.
	Errors int
	Fatal  bool
}

// A helperTest is one row: a helper call, what it should report, and text
// its messages must and must not contain.
type helperTest struct {
	name, reason string
	run          func(testing.TB)
	want         outcome
	text         []string
	absent       []string
}

// runHelperTests runs each row's helper with a fake testing.TB in a
// goroutine of its own and checks what it reported: the count of errors,
// whether it was fatal (and then that nothing ran after Fatalf), that
// tb.Helper came first, and the messages' text.
func runHelperTests(t *testing.T, tests []helperTest) {
	t.Helper()
	for _, tt := range tests {
		if tt.name == "" || tt.reason == "" || tt.run == nil {
			t.Fatalf("row %q needs a name, a reason and a helper call", tt.name)
		}
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tb := &fakeTB{}
			returned := runFake(tb, tt.run)
			got := outcome{Errors: len(tb.errors), Fatal: tb.fatals > 0}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\noutcome (-want +got):\n%s\nmessages:\n%s", tt.reason, diff, tb.messages())
			}
			if !tb.helped || tb.early {
				t.Errorf("the helper reported before calling tb.Helper (called: %v)", tb.helped)
			}
			switch {
			case got.Fatal && (returned || tb.after):
				t.Errorf("the helper went on after tb.Fatalf (returned: %v, reported again: %v)", returned, tb.after)
			case !got.Fatal && !returned:
				t.Errorf("the helper did not return")
			}
			msgs := tb.messages()
			for _, s := range tt.text {
				if !strings.Contains(msgs, s) {
					t.Errorf("%s\nthe messages lack %q:\n%s", tt.reason, s, msgs)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(msgs, s) {
					t.Errorf("%s\nthe messages contain %q:\n%s", tt.reason, s, msgs)
				}
			}
		})
	}
}

func TestClean(t *testing.T) {
	t.Parallel()
	allWaived := waiveAll(t, usControlled(100), "2019-06-01", "2030-01-01")
	expired := waiveAll(t, usControlled(100), "2019-06-01", "2019-06-01")
	runHelperTests(t, []helperTest{
		{
			name:   "domestic operator",
			reason: "CII data in Beijing run by a licensed Chinese company with no foreign owner breaks nothing",
			run:    func(tb testing.TB) { residencytest.Clean(tb, cnCII(), "2019-06-01") },
		},
		{
			name:   "US control by contract after the CLOUD Act",
			reason: "18 U.S.C. 2713 (from 2018-03-23) reaches a US-controlled operator; CSL Art. 37 keeps CII data in China",
			run:    func(tb testing.TB) { residencytest.Clean(tb, usControlled(0), "2019-06-01") },
			want:   outcome{Errors: 1},
			text: []string{
				`residencytest.Clean: topology "cn-cii" as of 2019-06-01 is not clean: 0 open violations, 1 open conflict`,
				"conflict C:US/CN@store/bj/operator/op/parent/us-parent",
				"US-CLOUD-2713 (CLOUD Act 18 U.S.C. 2713)",
				"CN-CSL-37 (CSL Art. 37)",
				"party:  us-parent (operator parent), readable data",
				"path:   store/bj/operator/op/parent/us-parent",
				"reason: US can compel us-parent",
				"relief: ",
			},
		},
		{
			name:   "US control by contract the day before the CLOUD Act",
			reason: "Pub. L. 115-141 took effect 2018-03-23: on 2018-03-22 nothing compels the operator to produce data abroad",
			run:    func(tb testing.TB) { residencytest.Clean(tb, usControlled(0), "2018-03-22") },
		},
		{
			name:   "US majority parent",
			reason: "a 100% US parent is both a conflict and a breach of the 50% foreign-equity cap on value-added telecom services",
			run:    func(tb testing.TB) { residencytest.Clean(tb, usControlled(100), "2019-06-01") },
			want:   outcome{Errors: 1},
			text: []string{
				"1 open violation, 1 open conflict",
				"violation V:CN-FITE-VATS-CAP@store/bj/operator/op",
				"rule:   CN-FITE-VATS-CAP (FITE Provisions Art. 6)",
				"path:   store/bj/operator/op\n",
				"reason: operator op of store bj is 100% foreign-owned",
				"conflict C:US/CN@store/bj/operator/op/parent/us-parent",
			},
		},
		{
			name:   "every finding waived",
			reason: "waived findings are reported but do not count against Clean",
			run:    func(tb testing.TB) { residencytest.Clean(tb, allWaived, "2019-06-01") },
		},
		{
			name:   "violation waived, conflict open",
			reason: "the waived violation is counted as waived and not listed; the open conflict still fails",
			run: func(tb testing.TB) {
				top := usControlled(100)
				top.Waivers = []residency.Waiver{{Finding: "V:CN-FITE-VATS-CAP@store/bj/operator/op", Justification: "divestment under way",
					Approver: "cfo@example.com", Expires: day("2020-01-01")}}
				residencytest.Clean(tb, top, "2019-06-01")
			},
			want:   outcome{Errors: 1},
			text:   []string{"0 open violations, 1 open conflict (1 waived finding not counted)", "conflict C:US/CN@store/bj/operator/op/parent/us-parent"},
			absent: []string{"violation V:CN-FITE-VATS-CAP"},
		},
		{
			name:   "waivers expired",
			reason: "a waiver stops applying on its expiry date",
			run:    func(tb testing.TB) { residencytest.Clean(tb, expired, "2019-06-01") },
			want:   outcome{Errors: 1},
			text:   []string{"1 open violation, 1 open conflict\n"},
		},
		{
			name:   "invalid topology",
			reason: "every validation problem is listed with its path, and the test stops",
			run:    func(tb testing.TB) { residencytest.Clean(tb, invalid(), "2019-06-01") },
			want:   outcome{Fatal: true},
			text: []string{
				`residencytest.Clean: cannot assess topology "broken" as of 2019-06-01:`,
				`stores[0].datasets[0]: reference to nothing: no dataset "ghost"`,
				"stores[0].location: required value is missing",
				"stores[0].operators: required value is missing",
			},
		},
		{
			name:   "nil topology",
			reason: "a nil topology cannot be assessed",
			run:    func(tb testing.TB) { residencytest.Clean(tb, nil, "2019-06-01") },
			want:   outcome{Fatal: true},
			text:   []string{"cannot assess nil topology", "nil topology"},
		},
		{
			name:   "impossible date",
			reason: "2019-02-29 does not exist",
			run:    func(tb testing.TB) { residencytest.Clean(tb, cnCII(), "2019-02-29") },
			want:   outcome{Fatal: true},
			text:   []string{`residencytest.Clean: as-of date "2019-02-29"`, "invalid date"},
		},
		{
			name:   "malformed date",
			reason: "the date must be written YYYY-MM-DD",
			run:    func(tb testing.TB) { residencytest.Clean(tb, cnCII(), "1 June 2019") },
			want:   outcome{Fatal: true},
			text:   []string{`as-of date "1 June 2019"`},
		},
		{
			name:   "empty date",
			reason: "an assessment needs a date; the library never reads the clock",
			run:    func(tb testing.TB) { residencytest.Clean(tb, cnCII(), "") },
			want:   outcome{Fatal: true},
			text:   []string{`as-of date "": empty; want YYYY-MM-DD`},
		},
	})
}

func TestStaysWithin(t *testing.T) {
	t.Parallel()
	within := func(top func() *residency.Topology, dataset string, allowed []jurisdiction.Code, asOf string) func(testing.TB) {
		return func(tb testing.TB) { residencytest.StaysWithin(tb, top(), dataset, allowed, asOf) }
	}
	usReplica := func() *residency.Topology {
		return withStore(residency.Store{ID: "us-east", Location: us, Role: residency.Replica, Datasets: []string{"customers"}},
			residency.Replication, "customers")
	}
	regionBackup := func() *residency.Topology {
		return withStore(residency.Store{ID: "us-bk", Region: "aws:us-east-1", Role: residency.Backup, Datasets: []string{"customers"}},
			residency.BackupFlow, "customers")
	}
	retired := func() *residency.Topology {
		return withStore(residency.Store{ID: "us-old", Location: us, Role: residency.Replica, Datasets: []string{"customers"},
			Period: jurisdiction.Period{Until: day("2020-01-01")}}, residency.Replication, "customers")
	}
	london := func() *residency.Topology {
		top := euShop()
		top.Stores[1].Location = gb
		return top
	}
	zurich := func() *residency.Topology {
		return withStore(residency.Store{ID: "zrh", Location: ch, Role: residency.Backup, Datasets: []string{"customers"},
			Operators: []residency.Tenure{{Entity: "ie-op"}}}, residency.BackupFlow, "customers")
	}
	runHelperTests(t, []helperTest{
		{
			name:   "Frankfurt and Dublin",
			reason: "both copies are in EU member states",
			run:    within(euShop, "customers", onlyEU, "2024-06-01"),
		},
		{
			name:   "AWS regions in Frankfurt and Dublin",
			reason: "stores written as regions are placed by the catalog; who operates them does not move the data",
			run: within(func() *residency.Topology {
				top := euShop()
				for i, r := range []string{"aws:eu-central-1", "aws:eu-west-1"} {
					top.Stores[i].Location, top.Stores[i].Region, top.Stores[i].Operators = jurisdiction.Code{}, r, nil
				}
				return top
			}, "customers", onlyEU, "2024-06-01"),
		},
		{
			name:   "replicated from Frankfurt to the US",
			reason: "a replica in the US is outside the EU",
			run:    within(usReplica, "customers", onlyEU, "2024-06-01"),
			want:   outcome{Errors: 1},
			text: []string{
				`residencytest.StaysWithin: dataset "customers" of topology "eu-shop" as of 2024-06-01 is outside EU:`,
				"stored in US at store/us-east (replica, from flow to-us-east)",
				"reason: US is not a member of EU on 2024-06-01",
				"finding: V:EU-GDPR-44@dataset/customers/flow/to-us-east: EU-GDPR-44 (GDPR Art. 44)",
				"jurisdictions reached (-want +got):",
				`"US": {"store/us-east"}`,
			},
			absent: []string{"store/dub (", "store/fra ("},
		},
		{
			name:   "replicated to the US under SCCs",
			reason: "a lawful transfer is still a copy outside the EU: residency is not compliance",
			run: within(func() *residency.Topology {
				top := usReplica()
				top.Flows[1].Mechanisms = []string{"eu-scc-2021"}
				return top
			}, "customers", onlyEU, "2024-06-01"),
			want:   outcome{Errors: 1},
			text:   []string{"stored in US at store/us-east"},
			absent: []string{"finding: V:EU-GDPR-44"},
		},
		{
			name:   "backup in a US region",
			reason: "a store written as a provider region is placed where the catalog puts the region; backups count",
			run:    within(regionBackup, "customers", onlyEU, "2024-06-01"),
			want:   outcome{Errors: 1},
			text:   []string{"stored in US at store/us-bk (backup, region aws:us-east-1, from flow to-us-bk)", `"US": {"store/us-bk"}`},
		},
		{
			name:   "carried into a store that does not list it",
			reason: "a flow running that day puts the dataset in its destination, whatever the destination lists",
			run: within(func() *residency.Topology {
				return withStore(residency.Store{ID: "us-logs", Location: us, Datasets: []string{"logs"}}, residency.Replication, "customers", "logs")
			}, "customers", onlyEU, "2024-06-01"),
			want: outcome{Errors: 1},
			text: []string{"stored in US at store/us-logs (primary, from flow to-us-logs)"},
		},
		{
			name:   "another dataset in the US",
			reason: "only the stores holding the dataset asserted count",
			run: within(func() *residency.Topology {
				return withStore(residency.Store{ID: "us-logs", Location: us, Datasets: []string{"logs"}}, residency.Replication, "logs")
			}, "customers", onlyEU, "2024-06-01"),
		},
		{
			name:   "the other dataset in the US",
			reason: "the logs replicated to the US are outside the EU",
			run: within(func() *residency.Topology {
				return withStore(residency.Store{ID: "us-logs", Location: us, Datasets: []string{"logs"}}, residency.Replication, "logs")
			}, "logs", onlyEU, "2024-06-01"),
			want: outcome{Errors: 1},
			text: []string{`dataset "logs"`, "stored in US at store/us-logs"},
		},
		{
			name:   "administered from the US",
			reason: "remote admin access reaches the data from where the administrator acts (EDPB Guidelines 05/2021)",
			run:    within(func() *residency.Topology { return withAdmin("fra", "us-op", us) }, "customers", onlyEU, "2024-06-01"),
			want:   outcome{Errors: 1},
			text: []string{
				"administered from US at store/fra/flow/admin (admin access by us-op)",
				"finding: C:US/EU@store/fra/flow/admin/accessor/us-op",
				`"US": {"store/fra/flow/admin"}`,
			},
		},
		{
			name:   "administered from Ireland",
			reason: "an administrator acting from a member state keeps the data in the EU",
			run:    within(func() *residency.Topology { return withAdmin("dub", "ie-op", ie) }, "customers", onlyEU, "2024-06-01"),
		},
		{
			name:   "US store retired",
			reason: "a store whose period ended before the as-of date holds nothing on it",
			run:    within(retired, "customers", onlyEU, "2024-06-01"),
		},
		{
			name:   "US store before it was retired",
			reason: "the same store holds the dataset while its period runs",
			run:    within(retired, "customers", onlyEU, "2019-06-01"),
			want:   outcome{Errors: 1},
			text:   []string{"stored in US at store/us-old"},
		},
		{
			name:   "London in the transition period",
			reason: "the UK was treated as a member state until the end of 2020-12-31",
			run:    within(london, "customers", onlyEU, "2020-06-01"),
		},
		{
			name:   "London after the transition period",
			reason: "bloc membership is taken on the as-of date: from 2021-01-01 the UK is outside the EU",
			run:    within(london, "customers", onlyEU, "2021-06-01"),
			want:   outcome{Errors: 1},
			text:   []string{"stored in GB at store/dub (replica, from flow repl)", "reason: GB is not a member of EU on 2021-06-01"},
		},
		{
			name:   "Zurich backup, EU or Switzerland allowed",
			reason: "any allowed jurisdiction will do",
			run:    within(zurich, "customers", []jurisdiction.Code{eu, ch}, "2024-06-01"),
		},
		{
			name:   "Zurich backup, EU only",
			reason: "Switzerland is not an EU member",
			run:    within(zurich, "customers", onlyEU, "2024-06-01"),
			want:   outcome{Errors: 1},
			text:   []string{"stored in CH at store/zrh (backup, from flow to-zrh)", "reason: CH is not a member of EU on 2024-06-01"},
		},
		{
			name:   "Germany only",
			reason: "a country allows itself only: the Dublin replica is outside",
			run:    within(euShop, "customers", []jurisdiction.Code{de}, "2024-06-01"),
			want:   outcome{Errors: 1},
			text:   []string{"is outside DE:", "stored in IE at store/dub (replica, from flow repl)", "reason: IE is not in DE"},
		},
		{
			name:   "unknown dataset",
			reason: "asserting about a dataset the topology does not define would pass vacuously",
			run:    within(euShop, "orders", onlyEU, "2024-06-01"),
			want:   outcome{Fatal: true},
			text:   []string{`residencytest.StaysWithin: topology "eu-shop" defines no dataset "orders"`},
		},
		{
			name:   "nothing allowed",
			reason: "an empty allowed list is a mistake, not an assertion",
			run:    within(euShop, "customers", nil, "2024-06-01"),
			want:   outcome{Fatal: true},
			text:   []string{"no allowed jurisdiction"},
		},
		{
			name:   "zero code allowed",
			reason: "the zero Code is not a jurisdiction",
			run:    within(euShop, "customers", []jurisdiction.Code{eu, {}}, "2024-06-01"),
			want:   outcome{Fatal: true},
			text:   []string{"allowed[1]"},
		},
		{
			name:   "invalid topology",
			reason: "an invalid topology stops the test",
			run:    within(invalid, "ghost", onlyEU, "2024-06-01"),
			want:   outcome{Fatal: true},
			text:   []string{"residencytest.StaysWithin: cannot assess"},
		},
		{
			name:   "malformed date",
			reason: "the date must be written YYYY-MM-DD",
			run:    within(euShop, "customers", onlyEU, "2024/06/01"),
			want:   outcome{Fatal: true},
			text:   []string{`residencytest.StaysWithin: as-of date "2024/06/01"`},
		},
	})
}

func TestRatingAtLeast(t *testing.T) {
	t.Parallel()
	american := func() *residency.Topology {
		top := alibabaUS()
		top.Name = "american-us"
		top.Entities[1].Owners = nil
		return top
	}
	rate := func(top func() *residency.Topology, floor residencytest.Floor, opts ...residency.AssessOption) func(testing.TB) {
		return func(tb testing.TB) { residencytest.RatingAtLeast(tb, top(), floor, "2024-06-01", opts...) }
	}
	usConsumer := residency.Consumer(us)
	runHelperTests(t, []helperTest{
		{
			name:   "Alibaba in the US misses confidentiality 3",
			reason: "China reaches the data through the operator's parent (NIL Art. 7): confidentiality 1 for a US consumer (Table 20)",
			run:    rate(alibabaUS, residencytest.Floor{hexad.Confidentiality: 3}, usConsumer),
			want:   outcome{Errors: 1},
			text: []string{
				`residencytest.RatingAtLeast: topology "alibaba-us" as of 2024-06-01, for a consumer in US: Confidentiality scores 1, below its floor of 3`,
				"reasons:\n      - dataset d: CN (via operator parent: store/east/operator/op/parent/group",
				"CN-NIL-7",
			},
		},
		{
			name:   "Alibaba in the US misses two floors",
			reason: "one error per element below its floor, in the thesis's order; elements meeting theirs are not reported",
			run:    rate(alibabaUS, residencytest.Floor{hexad.Integrity: 3, hexad.PossessionControl: 2, hexad.Confidentiality: 2}, usConsumer),
			want:   outcome{Errors: 2},
			text:   []string{"Confidentiality scores 1, below its floor of 2", "Possession/Control scores 1, below its floor of 2"},
			absent: []string{"Integrity scores"},
		},
		{
			name:   "Alibaba in the US meets floors exactly",
			reason: "a score equal to its floor passes (Table 20: integrity 3, availability 4)",
			run:    rate(alibabaUS, residencytest.Floor{hexad.Integrity: 3, hexad.Availability: 4}, usConsumer),
		},
		{
			name:   "US-owned operator meets confidentiality 3",
			reason: "without the Chinese parent only the consumer's own government reaches the data",
			run:    rate(american, residencytest.Floor{hexad.Confidentiality: 3, hexad.PossessionControl: 3}, usConsumer),
		},
		{
			name:   "no consumer",
			reason: "without residency.Consumer the rating takes a consumer with no home regime, to whom every government is foreign",
			run:    rate(american, residencytest.Floor{hexad.Confidentiality: 5}),
			want:   outcome{Errors: 1},
			text:   []string{"for a consumer with no home regime: Confidentiality scores"},
		},
		{
			name:   "empty floor",
			reason: "a floor listing nothing asserts nothing",
			run:    rate(alibabaUS, residencytest.Floor{}),
			want:   outcome{Fatal: true},
			text:   []string{"the floor is empty"},
		},
		{
			name:   "floor above 5",
			reason: "scores run from 1 to 5",
			run:    rate(alibabaUS, residencytest.Floor{hexad.Utility: 6}),
			want:   outcome{Fatal: true},
			text:   []string{"floor[Utility] = 6: want a hexad element and a score from 1 to 5"},
		},
		{
			name:   "unrated floor",
			reason: "Unrated is not a score",
			run:    rate(alibabaUS, residencytest.Floor{hexad.Utility: hexad.Unrated}),
			want:   outcome{Fatal: true},
			text:   []string{"floor[Utility] = 0"},
		},
		{
			name:   "invalid element",
			reason: "the zero Element is not one of the seven",
			run:    rate(alibabaUS, residencytest.Floor{0: 3}),
			want:   outcome{Fatal: true},
			text:   []string{"floor[Element(0)] = 3"},
		},
		{
			name:   "invalid topology",
			reason: "an invalid topology stops the test",
			run:    rate(invalid, residencytest.Floor{hexad.Confidentiality: 1}),
			want:   outcome{Fatal: true},
			text:   []string{`residencytest.RatingAtLeast: cannot assess topology "broken"`},
		},
	})
}

// TestFatalfReturns checks that a helper whose tb.Fatalf returns stops
// there: it reports nothing more, and Clean returns nil.
func TestFatalfReturns(t *testing.T) {
	t.Parallel()
	tb := &fakeTB{keepGoing: true}
	if rep := residencytest.Clean(tb, invalid(), "2019-06-01"); rep != nil {
		t.Errorf("Clean returned a report after Fatalf")
	}
	residencytest.StaysWithin(tb, invalid(), "ghost", onlyEU, "2019-06-01")
	residencytest.StaysWithin(tb, euShop(), "customers", nil, "2019-06-01")
	residencytest.RatingAtLeast(tb, invalid(), residencytest.Floor{hexad.Confidentiality: 1}, "2019-06-01")
	residencytest.RatingAtLeast(tb, alibabaUS(), nil, "2019-06-01")
	if diff := cmp.Diff(outcome{Fatal: true}, outcome{Errors: len(tb.errors), Fatal: tb.fatals > 0}); diff != "" {
		t.Errorf("outcome (-want +got):\n%s\nmessages:\n%s", diff, tb.messages())
	}
	if tb.fatals != 5 {
		t.Errorf("Fatalf called %d times, want once per helper call (5)", tb.fatals)
	}
}

// TestCleanReport checks that Clean returns the report it judged, passing
// or failing, so that a test can go on to read it.
func TestCleanReport(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		top          *residency.Topology
		wantClean    bool
	}{
		{name: "clean", reason: "a passing assertion still returns its report", top: cnCII(), wantClean: true},
		{name: "conflict", reason: "a failing assertion returns the report that explains it", top: usControlled(0)},
	}
	for _, tt := range tests {
		if tt.name == "" || tt.reason == "" {
			t.Fatalf("row %q needs a name and a reason", tt.name)
		}
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tb := &fakeTB{}
			var rep *residency.Report
			runFake(tb, func(tb testing.TB) { rep = residencytest.Clean(tb, tt.top, "2019-06-01") })
			if rep == nil {
				t.Fatalf("%s: Clean returned nil", tt.reason)
			}
			if rep.AsOf != day("2019-06-01") || rep.Topology != "cn-cii" || rep.Clean() != tt.wantClean {
				t.Errorf("%s: report of %q as of %s, clean %v; want cn-cii as of 2019-06-01, clean %v",
					tt.reason, rep.Topology, rep.AsOf, rep.Clean(), tt.wantClean)
			}
		})
	}
}

// architecture is the topology of the package example: a German shop's
// customer data in Frankfurt with a backup in Berlin, run by a German
// company, the keys held by the shop.
func architecture() *residency.Topology {
	keys := []residency.KeyCustody{{Holder: "shop", Location: de}}
	return &residency.Topology{
		Name: "shop",
		Datasets: []residency.Dataset{{ID: "customers", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: de, Count: 10_000}}, Controller: "shop"}},
		Entities: []residency.Entity{{ID: "shop", Jurisdiction: de}, {ID: "host", Jurisdiction: de}},
		Stores: []residency.Store{
			{ID: "fra", Location: de, Datasets: []string{"customers"}, Operators: []residency.Tenure{{Entity: "host"}}, Keys: keys},
			{ID: "ber", Location: de, Role: residency.Backup, Datasets: []string{"customers"}, Operators: []residency.Tenure{{Entity: "host"}}, Keys: keys},
		},
		Flows: []residency.Flow{{ID: "nightly", Kind: residency.BackupFlow, From: "fra", To: "ber"}},
	}
}

// TestArchitecture is the package example, run on a real *testing.T: the
// helpers pass on a clean, EU-resident, well-rated topology.
func TestArchitecture(t *testing.T) {
	t.Parallel()
	top := architecture() // the *residency.Topology under test
	eu := jurisdiction.MustParseCode("EU")
	residencytest.Clean(t, top, "2025-01-01")
	residencytest.StaysWithin(t, top, "customers", []jurisdiction.Code{eu}, "2025-01-01")
	residencytest.RatingAtLeast(t, top,
		residencytest.Floor{hexad.Confidentiality: 3, hexad.Jurisdiction: 3},
		"2025-01-01", residency.Consumer(jurisdiction.MustParseCode("DE")))
}

// TestPassingOnRealT runs each helper on a real *testing.T with
// topologies that meet the assertion, on several dates and options.
func TestPassingOnRealT(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		run          func(*testing.T)
	}{
		{name: "clean CII", reason: "domestic operator, any date", run: func(t *testing.T) {
			for _, d := range []string{"2017-06-01", "2019-06-01", "2026-06-01"} {
				residencytest.Clean(t, cnCII(), d)
			}
		}},
		{name: "waived", reason: "everything waived until 2030", run: func(t *testing.T) {
			residencytest.Clean(t, waiveAll(t, usControlled(100), "2022-01-01", "2030-01-01"), "2022-01-01")
		}},
		{name: "EU resident", reason: "Frankfurt and Dublin, before and after the transition period", run: func(t *testing.T) {
			residencytest.StaysWithin(t, euShop(), "customers", onlyEU, "2020-06-01")
			residencytest.StaysWithin(t, euShop(), "customers", []jurisdiction.Code{de, ie}, "2024-06-01")
		}},
		{name: "engine of a catalog", reason: "Using's engine is honoured", run: func(t *testing.T) {
			residencytest.Using(residency.NewEngine(jurisdiction.Default())).StaysWithin(t, euShop(), "customers", onlyEU, "2024-06-01")
		}},
		{name: "rating", reason: "Table 20's integrity and availability", run: func(t *testing.T) {
			residencytest.RatingAtLeast(t, alibabaUS(), residencytest.Floor{hexad.Integrity: 3, hexad.Availability: 4}, "2024-06-01",
				residency.Consumer(us))
		}},
	}
	for _, tt := range tests {
		if tt.name == "" || tt.reason == "" {
			t.Fatalf("row %q needs a name and a reason", tt.name)
		}
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.run(t)
		})
	}
}
