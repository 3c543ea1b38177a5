package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/format"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

func testCheckSet(tb testing.TB) *checkSet {
	tb.Helper()
	cs, err := newCheckSet()
	if err != nil {
		tb.Fatal(err)
	}
	return cs
}

// Helpers for hand-built topologies.

func code(s string) jurisdiction.Code { return jurisdiction.MustParseCode(s) }

func ds(id string, subjects, controller string, classes ...jurisdiction.DataClass) residency.Dataset {
	d := residency.Dataset{ID: id, Classes: classes, Controller: controller}
	if subjects != "" {
		d.Subjects = []residency.Subjects{{Jurisdiction: code(subjects), Count: 1000}}
	}
	return d
}

func ent(id, jur string) residency.Entity { return residency.Entity{ID: id, Jurisdiction: code(jur)} }

func owned(x residency.Entity, parent string, share float64, control bool) residency.Entity {
	x.Owners = append(x.Owners, residency.Ownership{Parent: parent, Share: share, Control: control})
	return x
}

func store(id, loc, operator string, datasets ...string) residency.Store {
	return residency.Store{ID: id, Location: code(loc), Operators: []residency.Tenure{{Entity: operator}}, Datasets: datasets}
}

func repl(id, from, to string, datasets []string, mechanisms ...string) residency.Flow {
	return residency.Flow{ID: id, Kind: residency.Replication, From: from, To: to, Datasets: datasets, Mechanisms: mechanisms}
}

func admin(id, to, accessor, at string, mechanisms ...string) residency.Flow {
	return residency.Flow{ID: id, Kind: residency.AdminAccess, To: to, Accessor: accessor, AccessorLocation: code(at), Mechanisms: mechanisms}
}

var (
	personal  = jurisdiction.Personal
	health    = jurisdiction.HealthData
	important = jurisdiction.ImportantData
)

// commonEntities are the parties of the golden topologies.
func commonEntities() []residency.Entity {
	cnCII := ent("cn-cii", "CN")
	cnCII.CII = []jurisdiction.Code{code("CN")}
	usCert := ent("us-cert", "US")
	usCert.Certifications = []string{mechDPF}
	kyHQ := ent("ky-hq-us", "KY")
	kyHQ.Headquarters = code("US")
	return []residency.Entity{
		cnCII, ent("cn-plain", "CN"), ent("de-co", "DE"), usCert, ent("us-plain", "US"), ent("us-parent", "US"),
		ent("sg-co", "SG"), ent("jp-co", "JP"), ent("in-co", "IN"), kyHQ,
		owned(ent("cn-sub51", "CN"), "us-parent", 51, false),
		owned(ent("cn-sub49", "CN"), "us-parent", 49, false),
		owned(ent("cn-sub49c", "CN"), "us-parent", 49, true),
		owned(ent("us-mid", "US"), "us-parent", 100, false),
		owned(ent("de-deep", "DE"), "us-mid", 60, false),
		ent("cn-a", "CN"),
		owned(ent("cn-b", "CN"), "us-parent", 51, false),
		owned(owned(ent("cn-two", "CN"), "cn-a", 30, false), "cn-b", 60, false),
	}
}

type golden struct {
	name string
	t    *residency.Topology
	want []string
}

// goldens are hand-built topologies with hand-derived findings, so that
// agreement between engines is agreement on the intended semantics.
func goldens() []golden {
	sa, scc := mechSecurityAssessment, mechSCC
	return []golden{
		{
			name: "CII data abroad with and without assessment",
			t: &residency.Topology{
				Entities: commonEntities(),
				Datasets: []residency.Dataset{
					ds("cii-pi", "CN", "cn-cii", personal),
					ds("cii-imp", "CN", "cn-cii", important),
					ds("other", "", ""),
				},
				Stores: []residency.Store{
					store("s-cn", "CN", "cn-plain", "cii-pi"),
					store("s-sg", "SG", "sg-co", "cii-pi"), // arrived without an assessment
					store("s-jp", "JP", "jp-co", "cii-pi"), // arrived with one
					{ID: "s-de", Location: code("DE"), Operators: []residency.Tenure{{Entity: "de-co"}}, // fed by no flow:
						Datasets: []string{"cii-imp"}, Mechanisms: []string{sa}}, // its own assessment counts
					store("s-hk", "HK", "sg-co", "cii-imp"), // HK is outside CN
					store("s-x", "JP", "jp-co", "other"),
					{ID: "s-kr", Location: code("KR"), Operators: []residency.Tenure{{Entity: "jp-co"}}, // fed by a flow that does not
						Datasets: []string{"cii-pi", "other"}, Mechanisms: []string{sa}}, // carry cii-pi: its own assessment counts for it
					{ID: "s-tw", Location: code("TW"), Operators: []residency.Tenure{{Entity: "jp-co"}}, // the same without
						Datasets: []string{"cii-pi", "other"}}, // an assessment: a violation
				},
				Flows: []residency.Flow{
					repl("f-plain", "s-cn", "s-sg", []string{"cii-pi"}),
					repl("f-sa", "s-cn", "s-jp", []string{"cii-pi"}, sa),
					repl("f-other", "s-x", "s-kr", []string{"other"}, sa),
					repl("f-other-tw", "s-x", "s-tw", []string{"other"}, sa),
				},
			},
			want: []string{
				"V|CN-CSL2025-39|dataset/cii-pi/store/s-sg",
				"V|CN-CSL2025-39|dataset/cii-pi/store/s-tw",
				"V|CN-PIPL-38|dataset/cii-pi/store/s-tw/collection", // collected from CN by its controller
				"V|CN-CSL2025-39|dataset/cii-imp",                   // no copy in CN
				"V|CN-CSL2025-39|dataset/cii-imp/store/s-hk",
				"V|CN-PIPL-38|dataset/cii-pi/flow/f-plain",
			},
		},
		{
			name: "EU to US with DPF, certified or not",
			t: &residency.Topology{
				Entities: commonEntities(),
				Datasets: []residency.Dataset{
					ds("eu-pi", "DE", "de-co", personal),
					ds("eu-health", "FR", "de-co", health), // health implies personal
					ds("eu-imp", "DE", "de-co", important), // not personal: no transfer rule
				},
				Stores: []residency.Store{
					store("s-de", "DE", "de-co", "eu-pi", "eu-health", "eu-imp"),
					store("s-us-cert", "US", "us-cert", "eu-pi"),
					store("s-us-plain", "US", "us-plain", "eu-pi", "eu-health"),
					store("s-us-scc", "US", "us-plain", "eu-pi"),
					store("s-jp", "JP", "jp-co", "eu-pi"),
					store("s-no", "NO", "de-co", "eu-pi"),
					store("s-in", "IN", "in-co", "eu-pi"),
					store("s-in-cert", "IN", "us-cert", "eu-pi"), // DPF covers US destinations only
				},
				Flows: []residency.Flow{
					repl("f-cert", "s-de", "s-us-cert", []string{"eu-pi"}),
					repl("f-plain", "s-de", "s-us-plain", []string{"eu-pi", "eu-health"}),
					repl("f-scc", "s-de", "s-us-scc", []string{"eu-pi"}, scc),
					repl("f-jp", "s-de", "s-jp", []string{"eu-pi"}),
					repl("f-no", "s-de", "s-no", []string{"eu-pi"}),
					repl("f-in", "s-de", "s-in", []string{"eu-pi"}),
					repl("f-in-cert", "s-de", "s-in-cert", []string{"eu-pi"}),
					admin("a-cert", "s-de", "us-cert", "US"),
					admin("a-plain", "s-de", "us-plain", "US"),
				},
			},
			want: []string{
				"V|EU-GDPR-44|dataset/eu-pi/flow/f-plain",
				"V|EU-GDPR-44|dataset/eu-health/flow/f-plain",
				"V|EU-GDPR-44|dataset/eu-pi/flow/f-in",
				"V|EU-GDPR-44|dataset/eu-pi/flow/f-in-cert",
				"V|EU-GDPR-44|dataset/eu-pi/flow/a-plain",
				"V|EU-GDPR-44|dataset/eu-health/flow/a-plain",
			},
		},
		{
			name: "onward transfer",
			t: &residency.Topology{
				Entities: commonEntities(),
				Datasets: []residency.Dataset{
					ds("eu-pi2", "FR", "us-plain", personal),
					ds("eu-pi3", "IT", "jp-co", personal),
					ds("eu-pi4", "DE", "de-co", personal),
					ds("us-pi", "US", "us-plain", personal),
				},
				Stores: []residency.Store{
					store("s-us", "US", "us-plain", "eu-pi2", "us-pi"), // collected from the US: no transfer
					store("s-in", "IN", "in-co", "eu-pi2", "us-pi", "eu-pi3"),
					store("s-us2", "US", "us-plain", "eu-pi2"),
					store("s-ch", "CH", "in-co", "eu-pi2"),
					store("s-sg", "SG", "sg-co", "eu-pi2"),
					store("s-sg2", "SG", "sg-co", "eu-pi4"),
					store("s-sg3", "SG", "sg-co", "eu-pi4"),
				},
				Flows: []residency.Flow{
					repl("f-onward", "s-us", "s-in", []string{"eu-pi2", "us-pi"}),
					repl("f-us-us", "s-us", "s-us2", []string{"eu-pi2"}),
					repl("f-ch", "s-us", "s-ch", []string{"eu-pi2"}),
					repl("f-sg", "s-us", "s-sg", []string{"eu-pi2"}, scc),
					{ID: "col", Kind: residency.Collection, To: "s-sg2", Mechanisms: []string{scc}}, // carries everything
					{ID: "col2", Kind: residency.Collection, To: "s-sg3", Datasets: []string{"eu-pi4"}},
				},
			},
			want: []string{
				"V|EU-GDPR-44|dataset/eu-pi2/flow/f-onward",
				// eu-pi3: a JP controller collecting from EEA subjects straight
				// into IN exports nothing from the EEA (EDPB Guidelines 05/2021,
				// example 1): no finding.
				"V|EU-GDPR-44|dataset/eu-pi4/flow/col2",
			},
		},
		{
			name: "US control at 51% and 49%, headquarters, keys, custody, admin access",
			t: &residency.Topology{
				Entities: commonEntities(),
				Datasets: []residency.Dataset{
					ds("cn-pi", "CN", "cn-plain", personal),
					ds("cn-other", "", ""),
					ds("cn-cii-pi", "CN", "cn-cii", personal),
				},
				Stores: []residency.Store{
					store("s51", "CN", "cn-sub51", "cn-pi", "cn-other"),
					store("s49", "CN", "cn-sub49", "cn-pi"),
					store("s49c", "CN", "cn-sub49c", "cn-pi"),
					store("s-hq", "CN", "ky-hq-us", "cn-cii-pi"),
					func() residency.Store {
						s := store("s-keys", "CN", "cn-plain", "cn-pi")
						s.Keys = []residency.KeyCustody{{Holder: "us-plain", Location: code("US")}}
						return s
					}(),
					func() residency.Store {
						s := store("s-keys-op", "CN", "us-plain", "cn-pi")
						s.Keys = []residency.KeyCustody{{Holder: "us-plain", Location: code("US")}}
						return s
					}(),
					func() residency.Store {
						s := store("s-cust", "CN", "cn-plain", "cn-pi")
						s.Custodians = []residency.Tenure{{Entity: "us-plain"}}
						return s
					}(),
					store("s-admin", "CN", "cn-plain", "cn-pi"),
					store("s-deep", "CN", "de-deep", "cn-pi"),
					store("s-two", "CN", "cn-two", "cn-pi"),
					store("s-hk", "HK", "us-plain", "cn-pi"), // outside CN: no blocking statute
				},
				Flows: []residency.Flow{admin("a-us", "s-admin", "us-plain", "US")},
			},
			want: []string{
				"C|US|CN|store/s51/operator/cn-sub51/parent/us-parent|cn-pi|CN-DSL-36,CN-PIPL-41",
				"C|US|CN|store/s51/operator/cn-sub51/parent/us-parent|cn-other|CN-DSL-36",
				"C|US|CN|store/s49c/operator/cn-sub49c/parent/us-parent|cn-pi|CN-DSL-36,CN-PIPL-41",
				"C|US|CN|store/s-hq/operator/ky-hq-us|cn-cii-pi|CN-CSL2025-39,CN-DSL-36,CN-PIPL-41",
				"C|US|CN|store/s-keys/keys/us-plain|cn-pi|CN-DSL-36,CN-PIPL-41",
				"C|US|CN|store/s-keys-op/operator/us-plain|cn-pi|CN-DSL-36,CN-PIPL-41",
				"C|US|CN|store/s-cust/custodian/us-plain|cn-pi|CN-DSL-36,CN-PIPL-41",
				"C|US|CN|store/s-admin/flow/a-us/accessor/us-plain|cn-pi|CN-DSL-36,CN-PIPL-41",
				"C|US|CN|store/s-deep/operator/de-deep/parent/us-mid|cn-pi|CN-DSL-36,CN-PIPL-41", // nearest US entity
				"C|US|CN|store/s-two/operator/cn-two/parent/cn-b/parent/us-parent|cn-pi|CN-DSL-36,CN-PIPL-41",
				"V|CN-PIPL-38|dataset/cn-pi/flow/a-us",             // admin access from the US is a transfer
				"V|CN-PIPL-38|dataset/cn-pi/store/s-hk/collection", // collected from CN into HK
			},
		},
		{
			name: "Hong Kong is outside CN",
			t: &residency.Topology{
				Entities: commonEntities(),
				Datasets: []residency.Dataset{
					ds("hk-pi", "CN", "cn-plain", personal),
					ds("hk-imp", "CN", "cn-plain", important), // not personal, controller not CII
				},
				Stores: []residency.Store{
					store("s-cn", "CN", "cn-plain", "hk-pi", "hk-imp"),
					store("s-hk", "HK", "us-plain", "hk-pi", "hk-imp"),
					store("s-hk2", "HK", "sg-co", "hk-pi"),
				},
				Flows: []residency.Flow{
					repl("f-hk", "s-cn", "s-hk", []string{"hk-pi", "hk-imp"}),
					repl("f-hk-sa", "s-cn", "s-hk2", nil, sa), // carries every dataset of s-cn
				},
			},
			want: []string{"V|CN-PIPL-38|dataset/hk-pi/flow/f-hk"},
		},
	}
}

func TestGolden(t *testing.T) {
	cs := testCheckSet(t)
	ctx := context.Background()
	for _, g := range goldens() {
		top, err := Adapt(g.t, cs.cat)
		if err != nil {
			t.Fatalf("%s: %v", g.name, err)
		}
		for _, e := range engines(cs) {
			t.Run(g.name+"/"+e.Name(), func(t *testing.T) {
				got, err := evaluateOnce(ctx, e, top)
				if err != nil {
					t.Fatal(err)
				}
				if err := Compare("golden "+g.name, "hand-derived", g.want, e.Name(), got); err != nil {
					t.Fatal(err)
				}
			})
		}
	}
}

// TestAgreement compares every engine with the library on synthetic
// topologies over several seeds and sizes.
func TestAgreement(t *testing.T) {
	cs := testCheckSet(t)
	seeds, sizes := []uint64{1, 2, 3, 4, 5}, []int{50, 500, 3000}
	if testing.Short() {
		seeds, sizes = seeds[:2], sizes[:2]
	}
	if err := verify(context.Background(), cs, engines(cs), seeds, sizes); err != nil {
		t.Fatal(err)
	}
	if !testing.Short() {
		// CN-CSL2025-39 needs a CII controller's data of subjects in CN,
		// which only larger topologies hold.
		if err := verify(context.Background(), cs, engines(cs), []uint64{1, 3}, []int{10_000}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCoverage guards against a generator change that leaves a rule or a
// link without findings, which would make agreement on it vacuous.
func TestCoverage(t *testing.T) {
	cs := testCheckSet(t)
	top, err := topology(cs, 10_000, 1)
	if err != nil {
		t.Fatal(err)
	}
	got, err := evaluateOnce(context.Background(), engines(cs)[0], top)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]func(string) bool{
		"localization, copy abroad": func(f string) bool { return strings.HasPrefix(f, "V|CN-CSL2025-39|") && strings.Contains(f, "/store/") },
		"PIPL transfer by flow":     func(f string) bool { return strings.HasPrefix(f, "V|CN-PIPL-38|") && strings.Contains(f, "/flow/f") },
		"PIPL collection": func(f string) bool {
			return strings.HasPrefix(f, "V|CN-PIPL-38|") && strings.HasSuffix(f, "/collection")
		},
		"PIPL admin access":     func(f string) bool { return strings.HasPrefix(f, "V|CN-PIPL-38|") && strings.Contains(f, "/flow/a") },
		"GDPR transfer by flow": func(f string) bool { return strings.HasPrefix(f, "V|EU-GDPR-44|") && strings.Contains(f, "/flow/f") },
		"GDPR collection": func(f string) bool {
			return strings.HasPrefix(f, "V|EU-GDPR-44|") && strings.HasSuffix(f, "/collection")
		},
		"GDPR admin access":         func(f string) bool { return strings.HasPrefix(f, "V|EU-GDPR-44|") && strings.Contains(f, "/flow/a") },
		"conflict via operator":     func(f string) bool { return strings.Contains(f, "/operator/") && !strings.Contains(f, "/parent/") },
		"conflict via parent":       func(f string) bool { return strings.Contains(f, "/operator/") && strings.Count(f, "/parent/") >= 2 },
		"conflict via key holder":   func(f string) bool { return strings.HasPrefix(f, "C|") && strings.Contains(f, "/keys/") },
		"conflict via admin access": func(f string) bool { return strings.HasPrefix(f, "C|") && strings.Contains(f, "/accessor/") },
		"conflict with CSL-39": func(f string) bool {
			return strings.HasPrefix(f, "C|") && strings.HasSuffix(f, "|CN-CSL2025-39,CN-DSL-36,CN-PIPL-41")
		},
	}
	for name, match := range want {
		n := 0
		for _, f := range got {
			if match(f) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("N=10000 seed 1: no finding of kind %q", name)
		}
	}
}

func TestCheckCatalog(t *testing.T) {
	cs := testCheckSet(t)
	n := 0
	for r := range cs.cat.Rules() {
		n++
		if _, ok := ruleShapes[r.ID]; !ok {
			t.Errorf("unexpected rule %s", r.ID)
		}
	}
	if n != len(CheckRules) {
		t.Errorf("%d rules, want %d", n, len(CheckRules))
	}
	adequacy := 0
	for m := range cs.cat.Mechanisms() {
		if strings.HasPrefix(m.ID, adequacyPrefix) {
			adequacy++
		}
		for _, id := range m.Satisfies {
			if _, ok := ruleShapes[id]; !ok {
				t.Errorf("mechanism %s satisfies %s, outside the check set", m.ID, id)
			}
		}
	}
	if adequacy < 10 {
		t.Errorf("%d adequacy decisions, want the built-in catalog's (15)", adequacy)
	}
	for _, c := range []string{"US", "CN", "HK", "SG", "IN"} {
		if cs.facts.adequate[code(c)] {
			t.Errorf("%s counted adequate", c)
		}
	}
	for _, c := range []string{"JP", "CH", "GB", "KR"} {
		if !cs.facts.adequate[code(c)] {
			t.Errorf("%s not counted adequate", c)
		}
	}
	for _, c := range []string{"DE", "NO", "IS", "LI"} {
		if !cs.facts.eea[code(c)] {
			t.Errorf("%s not in the EEA", c)
		}
	}
	if cs.facts.eea[code("GB")] || cs.facts.eea[code("CH")] {
		t.Error("GB or CH counted in the EEA")
	}
}

// TestAdapt checks that unknown mechanisms are dropped and that what the
// policy does not model is refused rather than compared loosely.
func TestAdapt(t *testing.T) {
	cs := testCheckSet(t)
	base := func() *residency.Topology {
		return &residency.Topology{
			Entities: commonEntities(),
			Datasets: []residency.Dataset{ds("d", "DE", "de-co", personal)},
			Stores: []residency.Store{
				{ID: "a", Location: code("DE"), Operators: []residency.Tenure{{Entity: "de-co"}}, Datasets: []string{"d"},
					Mechanisms: []string{"eu-bcr", mechSCC}},
				store("b", "US", "us-plain", "d"),
			},
			Flows: []residency.Flow{repl("f", "a", "b", []string{"d"}, "eu-derogation-49", "cn-separate-consent")},
		}
	}
	orig := base()
	got, err := Adapt(orig, cs.cat)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got.Stores[0].Mechanisms) != "["+mechSCC+"]" || len(got.Flows[0].Mechanisms) != 0 {
		t.Errorf("mechanisms after Adapt: store %v, flow %v", got.Stores[0].Mechanisms, got.Flows[0].Mechanisms)
	}
	if len(orig.Stores[0].Mechanisms) != 2 || len(orig.Flows[0].Mechanisms) != 2 {
		t.Error("Adapt modified its input")
	}
	refused := map[string]func(*residency.Topology){
		"dated store": func(t *residency.Topology) { t.Stores[0].Period.From = AsOf },
		"dated flow":  func(t *residency.Topology) { t.Flows[0].Period.From = AsOf },
		"two operators": func(t *residency.Topology) {
			t.Stores[0].Operators = append(t.Stores[0].Operators, t.Stores[0].Operators[0])
		},
		"region":           func(t *residency.Topology) { t.Stores[0].Region = "aws:eu-central-1" },
		"subdivision":      func(t *residency.Topology) { t.Stores[0].Location = code("CA-BC") },
		"repeated dataset": func(t *residency.Topology) { t.Stores[0].Datasets = []string{"d", "d"} },
		"repeated custodian": func(t *residency.Topology) {
			t.Stores[0].Custodians = []residency.Tenure{{Entity: "us-plain"}, {Entity: "us-plain"}}
		},
		"deep control chain": func(t *residency.Topology) {
			for i := range maxControlDepth + 1 {
				t.Entities = append(t.Entities, owned(ent("chain"+strconv.Itoa(i), "CN"), "chain"+strconv.Itoa(i+1), 100, false))
			}
			t.Entities = append(t.Entities, ent("chain"+strconv.Itoa(maxControlDepth+1), "US"))
		},
	}
	for name, change := range refused {
		top := base()
		change(top)
		if _, err := Adapt(top, cs.cat); err == nil {
			t.Errorf("%s: Adapt accepted it", name)
		}
	}
}

// TestPolicyFormatted keeps policy.rego in `opa fmt` form.
func TestPolicyFormatted(t *testing.T) {
	got, err := format.Source("policy.rego", []byte(policy))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != policy {
		t.Errorf("policy.rego is not opa-fmt formatted; formatted version:\n%s", got)
	}
}

func TestEvaluateHonoursCancel(t *testing.T) {
	cs := testCheckSet(t)
	top, err := topology(cs, 500, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range engines(cs) {
		ev, err := e.Build(context.Background(), top)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := ev.Evaluate(ctx); err == nil {
			t.Errorf("%s: Evaluate with a cancelled context succeeded", e.Name())
		} else if e.Name() == "loop" && !errors.Is(err, context.Canceled) {
			t.Errorf("%s: got %v, want context.Canceled", e.Name(), err)
		}
	}
}

func TestCompare(t *testing.T) {
	if err := Compare("x", "a", []string{"1", "2", "2"}, "b", []string{"2", "1", "2"}); err != nil {
		t.Errorf("equal multisets: %v", err)
	}
	err := Compare("x", "a", []string{"1", "2", "2"}, "b", []string{"2", "3"})
	var m *Mismatch
	if !errors.As(err, &m) || fmt.Sprint(m.Missing) != "[1 2]" || fmt.Sprint(m.Extra) != "[3]" {
		t.Errorf("got %v", err)
	}
}

func TestParseFlags(t *testing.T) {
	opts, err := parseFlags([]string{"-n", "10000,1000,1_000", "-engines", "loop,dataresidency", "-runs", "3"})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(opts.sizes) != "[1000 10000]" || fmt.Sprint(opts.engines) != "[loop dataresidency]" || opts.sampling.Runs != 3 {
		t.Errorf("got %+v", opts)
	}
	for _, bad := range [][]string{{"-n", "0"}, {"-n", "x"}, {"-engines", "nope"}, {"extra"}} {
		if _, err := parseFlags(bad); err == nil {
			t.Errorf("parseFlags(%q) succeeded", bad)
		}
	}
}

var benchSizes = flag.String("sizes", "1000", "comma-separated store counts for BenchmarkEvaluate")

// BenchmarkEvaluate times one evaluation per op for every engine and size
// (go test -bench Evaluate -sizes 1000,10000). It checks agreement first.
func BenchmarkEvaluate(b *testing.B) {
	cs := testCheckSet(b)
	ctx := context.Background()
	for field := range strings.SplitSeq(*benchSizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil || n < 2 {
			b.Fatalf("-sizes: bad size %q", field)
		}
		top, err := topology(cs, n, 1)
		if err != nil {
			b.Fatal(err)
		}
		want, err := evaluateOnce(ctx, engines(cs)[0], top)
		if err != nil {
			b.Fatal(err)
		}
		for _, e := range engines(cs) {
			b.Run(fmt.Sprintf("n=%d/%s", n, e.Name()), func(b *testing.B) {
				ev, err := e.Build(ctx, top)
				if err != nil {
					b.Fatal(err)
				}
				got, err := ev.Evaluate(ctx)
				if err != nil {
					b.Fatal(err)
				}
				if err := Compare(fmt.Sprintf("N=%d", n), reference, want, e.Name(), got); err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				for b.Loop() {
					if _, err := ev.Evaluate(ctx); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/store")
				b.ReportMetric(float64(len(want)), "findings")
			})
		}
	}
}
